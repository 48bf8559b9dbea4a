import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, newBlock, VnDocument } from '../../src/core/document.js';

describe('VnDocument.recase', () => {
  it('changes the case of a span in the text, the key and its block, until restoreWritten', () => {
    const text = 'HỘI THI NHÀ NÔNG GIỎI\nHội thi diễn ra sáng nay.';
    const doc = new VnDocument('t.txt', text, 'txt');
    doc.blocks = [newBlock(0, 'headline', 0, 21, text.slice(0, 21))];
    const key = doc.key;
    doc.recase(0, 'Hội thi nhà nông giỏi');
    expect(doc.text.slice(0, 22)).toBe('Hội thi nhà nông giỏi\n');
    expect(doc.key.length).toBe(text.length);
    expect(doc.key.slice(0, 7)).toBe('Hội thi');
    expect(doc.blocks[0].text).toBe('Hội thi nhà nông giỏi');
    expect(doc.writtenText).toBe(text);
    doc.restoreWritten();
    expect([doc.text, doc.key, doc.blocks[0].text, doc.writtenText]).toEqual([text, key, 'HỘI THI NHÀ NÔNG GIỎI', undefined]);
  });
});

describe('lastAtOrBefore', () => {
  it('finds the last item starting at or before an offset, as walking does, and -1 before the first', () => {
    const items = [0, 3, 3, 7, 12, 20].map((start) => ({ start, end: start + 2 }));
    const walked = (offset: number) => {
      let found = -1;
      for (let i = 0; i < items.length && items[i].start <= offset; i++) found = i;
      return found;
    };
    for (let offset = -2; offset <= 23; offset++) expect(lastAtOrBefore(items, offset), String(offset)).toBe(walked(offset));
    expect(lastAtOrBefore([], 5)).toBe(-1);
  });
});
