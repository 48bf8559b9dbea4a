/** JSON and NDJSON: stable bytes (fixed key order, 2-space indent, UTF-8 unescaped). */
import type { Article } from '../model/article.js';
import { articleData, type DataOptions } from './data.js';

export function renderJson(articles: Article | Article[], options: DataOptions = {}): string {
  const data = Array.isArray(articles) ? articles.map((a) => articleData(a, options)) : articleData(articles, options);
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** One line per article. */
export function renderNdjsonLine(article: Article, options: DataOptions = {}): string {
  return `${JSON.stringify(articleData(article, options))}\n`;
}
