/**
 * The lexicon compilers memoise the keys of lexicon entries (a bounded set). Text read from
 * articles must never land there: an unbounded batch would keep every article it cut a line
 * from (V8 keeps a slice's parent string), and peak memory would grow with the batch.
 */
import { describe, expect, it } from 'vitest';
import { memoizedEntryKeys } from '../../src/lexicon/compile.js';
import { parseArticle } from '../../src/pipeline.js';

/** An article of its own kind each time: a bracketed dateline tag, a lunar year, a closing line and a credit vary with `n`. */
const article = (n: number) => [
  `Lễ khai mạc hội thi số ${n}`,
  `(Hoa Mai ${n}) - Sáng 2/10, UBND xã Hoa ${n} tổ chức hội thi nhân dịp Tết Quý Mão tại nhà văn hóa thôn ${n}.`,
  `Ông Lê Văn An ${n} cho biết, hội thi năm nay có ${n} đội tham gia.`,
  `Theo Lâm Văn ${n}`,
  `Dòng kết thúc bài viết số ${n} của Giao Thông`,
].join('\n');

describe('lexicon entry memos', () => {
  it('keep nothing of the articles read', () => {
    parseArticle(article(0), { path: 'a0.txt' });
    const before = memoizedEntryKeys();
    for (let n = 1; n <= 30; n++) parseArticle(article(n), { path: `a${n}.txt` });
    expect(memoizedEntryKeys()).toBe(before);
  });
});
