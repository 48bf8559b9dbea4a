/**
 * The article fields `check --require` can name, derived from the model so that a field
 * added there is requirable at once: scalars ("title", "event.date") and lists
 * ("organizers", "quotes").
 */
import { createArticle, type Article } from '../model/article.js';

const HIDDEN = new Set(['file', 'evidence']);

function fieldPaths(): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(createArticle('-'))) {
    if (HIDDEN.has(key)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) paths.push(...Object.keys(value).map((inner) => `${key}.${inner}`));
    else paths.push(key);
  }
  return paths;
}

export const REQUIRABLE_FIELDS: readonly string[] = fieldPaths();

/** What `check` requires when neither --require nor the config says otherwise. */
export const DEFAULT_REQUIRED: readonly string[] = ['title', 'event.name', 'event.date', 'organizers'];

/** The value at a dotted path ("event.date"). */
export function fieldValue(article: Article, path: string): unknown {
  let value: unknown = article;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | null)?.[key];
  return value;
}

/** Present: a non-empty string or list. */
export function hasValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim().length > 0;
  return value != null;
}
