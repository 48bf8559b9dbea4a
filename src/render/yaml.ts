/** YAML: one document per article, `---` separated, in the same key order as JSON. */
import type { Article } from '../model/article.js';
import { lazyRequire } from '../core/lazy.js';
import { articleData, type DataOptions } from './data.js';

const yaml = lazyRequire<typeof import('yaml')>('yaml');

export function renderYaml(articles: Article | Article[], options: DataOptions = {}): string {
  const list = Array.isArray(articles) ? articles : [articles];
  return list.map((a) => `---\n${yaml().stringify(articleData(a, options), { lineWidth: 0 })}`).join('');
}
