import { describe, expect, it } from 'vitest';
import { articleData, createArticle } from '../../src/index.js';

describe('articleData', () => {
  const article = createArticle('a.txt');
  const evidence = [{ column: 1, line: 1, end: 4, start: 0, rule: 'quotes.direct-after' }];
  // Built in an unusual key order, as an extractor might.
  article.quotes.push({ text: 'Xin chào', direct: true, evidence, speaker: 'Lê Văn A', role: null } as never);
  article.evidence['title'] = evidence;

  it('writes keys in the model order whatever order an extractor used', () => {
    expect(Object.keys((articleData(article).quotes as object[])[0])).toEqual(['speaker', 'role', 'text', 'direct']);
  });

  it('leaves evidence out by default and keeps it, ordered, when asked', () => {
    expect(JSON.stringify(articleData(article))).not.toContain('evidence');
    const withEvidence = articleData(article, { evidence: true });
    const quote = (withEvidence.quotes as { evidence: object[] }[])[0];
    expect(Object.keys(quote.evidence[0])).toEqual(['rule', 'start', 'end', 'line', 'column']);
    expect(Object.keys(withEvidence.evidence as object)).toEqual(['title']);
  });
});
