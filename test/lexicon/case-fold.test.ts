import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseVariants, foldCase } from '../../src/lexicon/case-fold.js';
import { FIXTURES, ROOT, SHARED } from '../helpers.js';

/** Every code unit, as a one-character string (for brute-force comparisons with V8's `i`). */
const ALL_UNITS = Array.from({ length: 0x10000 }, (_, u) => String.fromCharCode(u));
const TRICKY = 'KkKSsſIiİıßẞσςΣµΜμΩωΩÅåÅǄǅǆΐ';

describe('caseVariants', () => {
  it('are exactly the code units V8 matches under the i flag (no u), for letters of the lexicons and the tricky ones', () => {
    const letters = new Set(`${TRICKY}aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ`);
    for (const letter of [...letters, ...[...letters].map((l) => l.toUpperCase()).filter((l) => l.length === 1)]) {
      const re = new RegExp(`^${letter}$`, 'i');
      const matched = ALL_UNITS.filter((x) => re.test(x)).map((x) => x.charCodeAt(0));
      expect(caseVariants(letter.charCodeAt(0)), letter).toEqual(matched);
    }
  });
});

describe('foldCase', () => {
  const same = (source: string, texts: readonly string[]) => {
    const folded = foldCase(source);
    expect(folded, source).not.toBeNull();
    expect(folded).not.toMatch(/\(\?i/);
    const original = new RegExp(source, 'gi');
    const rewritten = new RegExp(folded!, 'g');
    for (const text of texts) expect([...text.matchAll(rewritten)].map((m) => [m.index, m[0]]), `${source} on ${text}`).toEqual([...text.matchAll(original)].map((m) => [m.index, m[0]]));
  };

  it('matches what the pattern matches under i: words, classes, ranges, negated classes, escapes, quantifiers', () => {
    const texts = ['Ông Trần THẾ Cương, ông trần thế cương', 'PHÓ CHỦ TỊCH phó chủ tịch Phó Chủ tịch', `${TRICKY} ${TRICKY.toLowerCase()}`, 'a{2} {x} [ab] ĐẠI hội đại Hội', 'x-y x_y X.Y 10/10 Ⅻ ⅻ'];
    for (const source of [
      '(?:ông|bà|phó chủ tịch)',
      '[a-zđ]+\\s[À-Ỹ]{1,3}',
      '(?<![A-Za-z\\u00C0-\\u00D6])(?:đại hội)(?![a-z])',
      '[^a-z\\s]+',
      'x\\.y|x\\-y|\\d+\\/\\d+',
      '\\u0110\\u1EA0i|\\x41',
      'a{2}|\\{x\\}|{x}|\\[ab\\]',
      '\\bk\\b|s|ſ|ß|σ|µ|ω|å|ǅ|ⅻ',
      '(?=[TBK])(?:thế|bà)',
      '(?<name>ông)\\s',
    ]) same(source, texts);
  });

  it('leaves what it does not take to the i flag: back-references, Unicode escapes', () => {
    expect(foldCase('(a)\\1')).toBeNull();
    expect(foldCase('(?<x>a)\\k<x>')).toBeNull();
    expect(foldCase('\\p{L}')).toBeNull();
    expect(foldCase('\\cA')).toBeNull();
  });
});

// The CLI carries every lexicon pattern of a parse rewritten (lexicon/precompiled.ts).
const BIN = join(ROOT, 'dist', 'vnpress', 'bin.cjs');

describe.skipIf(!existsSync(BIN))('the case-folded patterns of the built CLI', () => {
  it('find what the original patterns find under i, on the fixtures (as written, upper-cased, lower-cased) and the dev corpus', async () => {
    const { loadCli } = (await import(BIN)) as typeof import('../../src/cli/bin.js');
    const built = Object.entries(loadCli(null).exports.builtLexiconSources() ?? {}).filter(([key]) => key.startsWith('case-folded\u0001'));
    expect(built.length).toBeGreaterThan(30);
    const files = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(FIXTURES, f));
    const corpus = join(SHARED, 'corpus', 'dev', 'raw');
    if (existsSync(corpus)) files.push(...readdirSync(corpus).map((f) => join(corpus, f)));
    const texts = files.map((f) => readFileSync(f, 'utf8').normalize('NFC'));
    const all = [...texts, ...texts.slice(0, 8).map((t) => t.toUpperCase()), ...texts.slice(0, 8).map((t) => t.toLowerCase()), TRICKY];
    for (const [key, folded] of built) {
      // Empty: not rewritten (a back-reference), compiled with i as written.
      if (!folded) continue;
      const source = key.slice('case-folded\u0001'.length);
      // Multi-line flags do not change case: compare as global searches over each text.
      const original = new RegExp(source, 'gim');
      const rewritten = new RegExp(folded, 'gm');
      for (const text of all) {
        const want = [...text.matchAll(original)].map((m) => `${m.index}:${m[0]}`).join('|');
        const got = [...text.matchAll(rewritten)].map((m) => `${m.index}:${m[0]}`).join('|');
        if (got !== want) expect(got, source).toBe(want);
      }
    }
  });
});
