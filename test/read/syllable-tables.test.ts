import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLetterForms, buildSyllableAutomaton, syllableTablesSource } from '../../src/read/syllable-build.js';
import { LETTER_FORM, SYLLABLE_AUTOMATON } from '../../src/read/syllable-automaton.js';

const TABLES = fileURLToPath(new URL('../../src/read/syllable-tables.ts', import.meta.url));

describe('syllable tables', () => {
  it('are what the syllable lexicon and Unicode make (`npm run test:update` writes them)', () => {
    const source = syllableTablesSource();
    if (process.env.UPDATE) writeFileSync(TABLES, source);
    expect(readFileSync(TABLES, 'utf8')).toBe(source);
  });

  it('are read back into the automaton and letter forms they were made from', () => {
    const { next, accepts, start } = buildSyllableAutomaton();
    const { symbols } = SYLLABLE_AUTOMATON;
    expect(SYLLABLE_AUTOMATON.start).toBe(start);
    expect([...SYLLABLE_AUTOMATON.accepts].map(Boolean)).toEqual(accepts);
    expect(next.flat()).toEqual([...SYLLABLE_AUTOMATON.next]);
    expect(next[0]).toHaveLength(symbols);
    const forms = buildLetterForms();
    for (let c = 0; c < 0x300; c++) expect(LETTER_FORM[c], `U+${c.toString(16)}`).toBe(forms.get(c) ?? 0);
    for (let c = 0x1e00; c < 0x1f00; c++) expect(LETTER_FORM[c], `U+${c.toString(16)}`).toBe(forms.get(c) ?? 0);
  });
});
