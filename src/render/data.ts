/** The plain data shape written by the json, ndjson and yaml renderers. */
import type { Article } from '../model/article.js';

export interface DataOptions {
  /** Keep the evidence (spans and rule ids) of every value. Off by default for readability. */
  evidence?: boolean;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (key !== 'evidence') out[key] = strip(inner);
    return out;
  }
  return value;
}

/** The article as plain data in the fixed key order, with or without evidence. */
export function articleData(article: Article, options: DataOptions = {}): Record<string, unknown> {
  return (options.evidence ? structuredClone(article) : strip(article)) as Record<string, unknown>;
}
