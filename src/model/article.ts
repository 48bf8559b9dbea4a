/**
 * The data model of a parsed article. Field names follow ../shared/eval/GUIDELINE.md;
 * every extracted value carries its evidence: the span(s) of the document text it came
 * from and the id of the rule that produced it.
 */

/** Where a value came from: a span of the document text and the rule that found it. */
export interface Evidence {
  /** Rule id, `field.rule` (e.g. `date.day-month`, `people.honorific-dash-role`). */
  rule: string;
  /** Offsets into the normalised document text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** 1-based line and column of `start` (lines are those of the original file). */
  line: number;
  column: number;
}

export interface Traced {
  evidence: Evidence[];
}

export interface Source {
  /** The outlet credited ("theo báo X" gives X). */
  name: string | null;
  /** Byline person. */
  author: string | null;
  url: string | null;
}

export interface EventInfo {
  name: string | null;
  /** Kind of event from the event-type lexicon (e.g. "khai mạc", "hội nghị"). */
  type: string | null;
  theme: string | null;
  /** ISO date `YYYY-MM-DD`; `XXXX-MM-DD` when the text gives no year. */
  date: string | null;
  endDate: string | null;
  /** `HH:MM` (24 h) or a part of day ("chiều") when no clock time is given. */
  time: string | null;
  location: string | null;
}

export interface Organization extends Traced {
  /** As written in the text. */
  name: string;
  /** Abbreviations expanded (UBND → Ủy ban nhân dân), or null when nothing to expand. */
  expanded: string | null;
}

export interface Person extends Traced {
  /** Full name without honorific or title. */
  name: string;
  /** ông, bà, đồng chí, PGS.TS., Đại tá … as written. */
  honorific: string | null;
  /** Position as written, the fullest one the article gives. */
  role: string | null;
  /** The organisation named in the role, when there is one. */
  organization: string | null;
}

export interface Message extends Traced {
  text: string;
}

export interface Quote extends Traced {
  /** Resolved full name, or the organisation/title as written when no person is named. */
  speaker: string | null;
  role: string | null;
  text: string;
  /** true: words inside quotation marks; false: reported speech. */
  direct: boolean;
}

export interface Caption extends Traced {
  text: string;
}

export interface DateMention extends Traced {
  /** The mention as written ("Chiều 2/10"). */
  text: string;
  /** Resolved ISO date, `XXXX-MM-DD` when the year is unknown. */
  date: string | null;
  endDate: string | null;
  time: string | null;
  partOfDay: string | null;
  calendar: 'solar' | 'lunar';
}

export interface Article {
  /** Input path as given, or "-" for standard input. */
  file: string;
  title: string | null;
  lead: string | null;
  source: Source;
  event: EventInfo;
  organizers: Organization[];
  people: Person[];
  organizations: Organization[];
  messages: Message[];
  quotes: Quote[];
  captions: Caption[];
  dates: DateMention[];
  /** Evidence of the scalar fields, keyed by path ("title", "event.date", "source.name"). */
  evidence: Record<string, Evidence[]>;
}

/**
 * `article` without its evidence (empty lists in place), changed in place and returned:
 * for output that prints none, it is less than half as much to serialise.
 */
export function dropEvidence(article: Article): Article {
  for (const list of [article.organizers, article.people, article.organizations, article.messages, article.quotes, article.captions, article.dates]) {
    for (const item of list as Traced[]) item.evidence = [];
  }
  article.evidence = {};
  return article;
}

/** A fresh article with every field present, in the fixed output key order. */
export function createArticle(file: string): Article {
  return {
    file,
    title: null,
    lead: null,
    source: { name: null, author: null, url: null },
    event: { name: null, type: null, theme: null, date: null, endDate: null, time: null, location: null },
    organizers: [],
    people: [],
    organizations: [],
    messages: [],
    quotes: [],
    captions: [],
    dates: [],
    evidence: {},
  };
}
