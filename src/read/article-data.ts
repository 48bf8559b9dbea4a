/**
 * Parsed data back into Articles: the JSON or YAML that `parse` writes (one object, a list,
 * or several YAML documents), possibly corrected by hand. Values of the wrong type are
 * refused with a one-line error naming the field; evidence is kept when it is present.
 */
import { InputError } from '../core/diagnostics.js';
import { createArticle, type Article, type Evidence } from '../model/article.js';
import { lazyRequire } from '../core/lazy.js';

// Loaded on first use: every batch imports this module, few read parsed data.
const yaml = lazyRequire<typeof import('yaml')>('yaml');

type Data = Record<string, unknown>;

/** Paths whose contents are parsed data rather than an article's text. */
export function isDataPath(path: string): boolean {
  return /\.(json|ya?ml)$/i.test(path);
}

class FieldError extends Error {}

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(data: Data, key: string, path: string): string | null {
  const value = data[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new FieldError(`${path}${key} must be a string or null`);
}

function required(data: Data, key: string, path: string): string {
  const value = str(data, key, path);
  if (!value) throw new FieldError(`${path}${key} is required`);
  return value;
}

function evidence(data: Data): Evidence[] {
  return Array.isArray(data.evidence) ? (data.evidence as Evidence[]) : [];
}

function list<T>(data: Data, key: string, item: (entry: Data, path: string) => T): T[] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new FieldError(`${key} must be a list`);
  return value.map((entry, i) => {
    const path = `${key}[${i}].`;
    // A bare string is accepted where only the text matters (messages, captions, organizers).
    const object = typeof entry === 'string' ? { text: entry, name: entry } : entry;
    if (!isObject(object)) throw new FieldError(`${key}[${i}] must be an object`);
    return item(object, path);
  });
}

function section(data: Data, key: string): Data {
  const value = data[key] ?? {};
  if (!isObject(value)) throw new FieldError(`${key} must be an object`);
  return value;
}

function articleFrom(data: Data, file: string): Article {
  const article = createArticle(typeof data.file === 'string' ? data.file : file);
  article.title = str(data, 'title', '');
  article.lead = str(data, 'lead', '');
  const source = section(data, 'source');
  article.source = { name: str(source, 'name', 'source.'), author: str(source, 'author', 'source.'), url: str(source, 'url', 'source.') };
  const event = section(data, 'event');
  for (const key of Object.keys(article.event) as (keyof Article['event'])[]) article.event[key] = str(event, key, 'event.');
  const organization = (o: Data, path: string) => ({ name: required(o, 'name', path), expanded: str(o, 'expanded', path), evidence: evidence(o) });
  article.organizers = list(data, 'organizers', organization);
  article.organizations = list(data, 'organizations', organization);
  article.people = list(data, 'people', (p, path) => ({
    name: required(p, 'name', path),
    honorific: str(p, 'honorific', path),
    role: str(p, 'role', path),
    organization: str(p, 'organization', path),
    evidence: evidence(p),
  }));
  article.messages = list(data, 'messages', (m, path) => ({ text: required(m, 'text', path), evidence: evidence(m) }));
  article.captions = list(data, 'captions', (c, path) => ({ text: required(c, 'text', path), evidence: evidence(c) }));
  article.quotes = list(data, 'quotes', (q, path) => {
    if (q.direct !== undefined && typeof q.direct !== 'boolean') throw new FieldError(`${path}direct must be true or false`);
    return { speaker: str(q, 'speaker', path), role: str(q, 'role', path), text: required(q, 'text', path), direct: q.direct !== false, evidence: evidence(q) };
  });
  article.dates = list(data, 'dates', (d, path) => ({
    text: str(d, 'text', path) ?? '',
    date: str(d, 'date', path),
    endDate: str(d, 'endDate', path),
    time: str(d, 'time', path),
    partOfDay: str(d, 'partOfDay', path),
    calendar: d.calendar === 'lunar' ? 'lunar' : 'solar',
    evidence: evidence(d),
  }));
  if (isObject(data.evidence)) article.evidence = data.evidence as Record<string, Evidence[]>;
  return article;
}

function documents(text: string, file: string): unknown[] {
  if (/\.json$/i.test(file)) return [JSON.parse(text)];
  return yaml().parseAllDocuments(text).map((doc) => {
    if (doc.errors.length) throw doc.errors[0];
    return doc.toJS();
  });
}

/** Every article in a JSON or YAML text (`file` names it in errors and picks the syntax). */
export function readArticleData(text: string, file: string): Article[] {
  let values: unknown[];
  try {
    values = documents(text, file).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== null);
  } catch (error) {
    throw new InputError(file, 'data', `not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${String((error as Error).message).split('\n')[0]}`);
  }
  if (!values.length) throw new InputError(file, 'data', 'holds no article');
  return values.map((value, i) => {
    const where = values.length > 1 ? `article ${i + 1}: ` : '';
    if (!isObject(value)) throw new InputError(file, 'data', `${where}an article must be an object`);
    try {
      return articleFrom(value, file);
    } catch (error) {
      if (error instanceof FieldError) throw new InputError(file, 'data', `${where}${error.message}`);
      throw error;
    }
  });
}
