/**
 * The plain data shape written by the json, ndjson and yaml renderers. Keys are written in
 * the model's order here, whatever order an extractor built an object in, so that output
 * bytes stay stable.
 */
import type { Article, Evidence, Organization, Person, Quote, Caption, Message, DateMention } from '../model/article.js';

export interface DataOptions {
  /** Keep the evidence (spans and rule ids) of every value. Off by default for readability. */
  evidence?: boolean;
}

type Plain = Record<string, unknown>;

const KEYS = {
  organization: ['name', 'expanded'],
  person: ['name', 'honorific', 'role', 'organization'],
  message: ['text'],
  quote: ['speaker', 'role', 'text', 'direct'],
  caption: ['text'],
  date: ['text', 'date', 'endDate', 'time', 'partOfDay', 'calendar'],
  evidence: ['rule', 'start', 'end', 'line', 'column'],
} as const;

function pick(value: object, keys: readonly string[]): Plain {
  const source = value as Plain;
  const out: Plain = {};
  for (const key of keys) out[key] = source[key] ?? null;
  return out;
}

function list<T extends { evidence: Evidence[] }>(items: T[], keys: readonly string[], evidence: boolean): Plain[] {
  return items.map((item) => {
    const out = pick(item, keys);
    if (evidence) out.evidence = item.evidence.map((e) => pick(e, KEYS.evidence));
    return out;
  });
}

/** The article as plain data in the fixed key order, with or without evidence. */
export function articleData(article: Article, options: DataOptions = {}): Plain {
  const evidence = Boolean(options.evidence);
  const data: Plain = {
    file: article.file,
    title: article.title,
    lead: article.lead,
    source: pick(article.source, ['name', 'author', 'url']),
    event: pick(article.event, ['name', 'type', 'theme', 'date', 'endDate', 'time', 'location']),
    organizers: list<Organization>(article.organizers, KEYS.organization, evidence),
    people: list<Person>(article.people, KEYS.person, evidence),
    organizations: list<Organization>(article.organizations, KEYS.organization, evidence),
    messages: list<Message>(article.messages, KEYS.message, evidence),
    quotes: list<Quote>(article.quotes, KEYS.quote, evidence),
    captions: list<Caption>(article.captions, KEYS.caption, evidence),
    dates: list<DateMention>(article.dates, KEYS.date, evidence),
  };
  if (evidence) {
    const fields = Object.keys(article.evidence).sort();
    data.evidence = Object.fromEntries(fields.map((f) => [f, article.evidence[f].map((e) => pick(e, KEYS.evidence))]));
  }
  return data;
}
