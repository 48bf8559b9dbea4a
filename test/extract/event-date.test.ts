import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { firstDuration } from '../../src/extract/event-date.js';
import { NUMBER_WORDS } from '../../src/lexicon/vi/events.js';

const fixtureKeys = readdirSync('fixtures')
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => parse(readFileSync(`fixtures/${f}`, 'utf8'), { path: f }).key);

describe('firstDuration', () => {
  it('finds the first match a scan of the pattern finds, from an offset', () => {
    const numbers = NUMBER_WORDS.map(([w]) => w).join('|');
    const pattern = new RegExp(`(?:diễn ra|kéo dài|tổ chức)\\s+trong\\s+(\\d{1,2}|(?:${numbers}))\\s+ngày`, 'giu');
    const texts = [
      ...fixtureKeys,
      'Giải diễn ra trong 3 ngày. Hội chợ KÉO DÀI  TRONG bốn ngày, tổ chức\ntrong 12 ngày; xdiễn ra trong 2 ngày.',
      'trong 3 ngày, diễn ratrong 3 ngày, diễn ra trong trong 3 ngày, tổ chức trong 123 ngày, kéo dài trong mười ngày',
      'diễn ra '.repeat(500) + 'trong 5 ngày',
      'Lễ hội tổ chức trong hai ngày, Tổ Chức  trong 2 ngày.',
    ];
    for (const text of texts) {
      for (const from of [0, 5, Math.floor(text.length / 3)]) {
        pattern.lastIndex = from;
        const expected = pattern.exec(text);
        const found = firstDuration(text, from);
        expect(found && [found.index, ...found], text).toEqual(expected && [expected.index, ...expected]);
      }
    }
  });
});
