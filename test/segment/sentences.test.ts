import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

const block = (text: string) => ({ index: 0, kind: 'paragraph' as const, start: 0, end: text.length, text });

describe('splitSentences', () => {
  it('splits at a full stop followed by a capital letter', () => {
    expect(splitSentences(block('Buổi lễ diễn ra sáng nay. Các em học sinh rất vui.')).map((s) => s.text))
      .toEqual(['Buổi lễ diễn ra sáng nay.', 'Các em học sinh rất vui.']);
  });

  it('does not split after an academic title abbreviation', () => {
    expect(splitSentences(block('Phát biểu có PGS. TS Lê Văn Khoa và ông Hùng.'))).toHaveLength(1);
  });

  it('does not split inside quotation marks', () => {
    expect(splitSentences(block('Ông nói: “Trời mưa. Chúng ta vẫn làm.” Sau đó ông về.')).map((s) => s.text))
      .toEqual(['Ông nói: “Trời mưa. Chúng ta vẫn làm.”', 'Sau đó ông về.']);
  });

  it('stays linear on a long run of dotted letters', () => {
    const started = performance.now();
    splitSentences(block('a.'.repeat(300_000)));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
