/** YAML: one document per article, `---` separated, in the same key order as JSON. */
import YAML from 'yaml';
import type { Article } from '../model/article.js';
import { articleData, type DataOptions } from './data.js';

export function renderYaml(articles: Article | Article[], options: DataOptions = {}): string {
  const list = Array.isArray(articles) ? articles : [articles];
  return list.map((a) => `---\n${YAML.stringify(articleData(a, options), { lineWidth: 0 })}`).join('');
}
