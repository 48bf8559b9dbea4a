import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { articleData } from '../../src/render/data.js';
import { dropEvidence } from '../../src/model/article.js';
import { ARTICLE_TXT } from '../support/articles.js';

describe('dropEvidence', () => {
  it('empties every evidence list and nothing else', () => {
    const article = parseArticle(ARTICLE_TXT, { path: 'a.txt' });
    const kept = JSON.stringify(articleData(article));
    expect(Object.keys(article.evidence).length).toBeGreaterThan(0);
    expect(article.people.length).toBeGreaterThan(0);

    const dropped = dropEvidence(article);
    expect(dropped.evidence).toEqual({});
    const lists = [dropped.organizers, dropped.people, dropped.organizations, dropped.messages, dropped.quotes, dropped.captions, dropped.dates];
    expect(lists.flat().length).toBeGreaterThan(0);
    for (const item of lists.flat()) expect(item.evidence).toEqual([]);
    expect(JSON.stringify(articleData(dropped))).toBe(kept);
  });
});
