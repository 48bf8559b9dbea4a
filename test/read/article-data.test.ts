import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostics.js';
import { isDataPath, readArticleData } from '../../src/read/article-data.js';
import { articleData } from '../../src/render/data.js';
import { renderJson } from '../../src/render/json.js';
import { renderYaml } from '../../src/render/yaml.js';
import { sampleArticle } from '../render/sample-article.js';

describe('readArticleData', () => {
  it('reads what parse --format json writes back to the same article', () => {
    const [article] = readArticleData(renderJson(sampleArticle()), 'a.json');
    expect(articleData(article)).toEqual(articleData(sampleArticle()));
  });

  it('reads every YAML document and every item of a JSON list', () => {
    const yaml = renderYaml([sampleArticle(), sampleArticle()]);
    expect(readArticleData(yaml, 'a.yaml')).toHaveLength(2);
    expect(readArticleData(renderJson([sampleArticle(), sampleArticle(), sampleArticle()]), 'a.json')).toHaveLength(3);
  });

  it('takes a hand-written YAML with missing fields and bare strings', () => {
    const [article] = readArticleData('title: Lễ mít tinh\nmessages: ["Vì biển đảo quê hương"]\norganizers: [Huyện đoàn Bình Sơn]\n', 'sua.yaml');
    expect(article.title).toBe('Lễ mít tinh');
    expect(article.messages).toEqual([{ text: 'Vì biển đảo quê hương', evidence: [] }]);
    expect(article.organizers[0]).toEqual({ name: 'Huyện đoàn Bình Sơn', expanded: null, evidence: [] });
    expect(article.event.date).toBeNull();
    expect(article.file).toBe('sua.yaml');
  });

  it.each([
    ['{"title": 3, "people": [{"role": "Giám đốc"}]}', 'a.json', 'people[0].name is required'],
    ['{"title": ["x"]}', 'a.json', 'title must be a string or null'],
    ['{"quotes": [{"text": "x", "direct": "có"}]}', 'a.json', 'quotes[0].direct must be true or false'],
    ['{"title": ', 'a.json', 'not valid JSON'],
    ['title: [', 'a.yaml', 'not valid YAML'],
    ['- 1\n- 2\n', 'a.yaml', 'article 1: an article must be an object'],
  ])('refuses %j with a one-line reason', (text, file, reason) => {
    expect(() => readArticleData(text, file)).toThrow(InputError);
    expect(() => readArticleData(text, file)).toThrow(reason);
  });

  it('knows data files by their extension', () => {
    expect(['a.json', 'b.YAML', 'c.yml'].map(isDataPath)).toEqual([true, true, true]);
    expect(['a.md', 'b.txt', 'json'].map(isDataPath)).toEqual([false, false, false]);
  });
});
