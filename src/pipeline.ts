/** Convenience: parse then extract. Nothing happens here that the phases do not do. */
import type { Article } from './model/article.js';
import { extract, type ExtractOptions } from './extract/index.js';
import { parse, type ParseOptions } from './read/index.js';

export function parseArticle(text: string, options: ParseOptions & ExtractOptions = {}): Article {
  return extract(parse(text, options), options);
}
