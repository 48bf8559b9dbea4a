/** The lexicon compilers while the build records (the CLI's way): its own file, since recording is module state. */
import { describe, expect, it } from 'vitest';
import { lexiconPattern, lexiconPatternLike, lexiconPatternOnUse, wordRegex } from '../../src/lexicon/compile.js';
import { precompiled, precompiledOnly, recordLexiconSources } from '../../src/lexicon/precompiled.js';

describe('lexicon compilers while the build records', () => {
  it('make nothing at build time only until recording starts', () => {
    expect(precompiledOnly('test', ['a'], () => 'made')).toBeNull();
    expect(precompiled('test', ['a'], () => 'made')).toBe('made');
  });

  it('record what they make, keyed by compiler and lexicon', () => {
    const record = recordLexiconSources();
    expect(precompiledOnly('test', ['a', 'b'], () => 'A|B')).toBe('A|B');
    expect(precompiled('other', ['a', 'b'], () => 'x')).toBe('x');
    expect(record.get('test\u0001a\u0000b')).toBe('A|B');
    expect(record.get('other\u0001a\u0000b')).toBe('x');
  });

  it('compile case-insensitive lexicon patterns without i, matching the same', () => {
    recordLexiconSources();
    const re = wordRegex(['ông', 'phó chủ tịch']);
    expect(re.flags).toBe('g');
    expect('Ông A, PHÓ CHỦ TỊCH B, ông C, Phó chủ tịch'.match(re)).toEqual(['Ông', 'PHÓ CHỦ TỊCH', 'ông', 'Phó chủ tịch']);
  });

  it('compile a pattern made like a folded one case-insensitive too, and like any other with its flags', () => {
    recordLexiconSources();
    const folded = lexiconPattern('(?:đại hội)', 'gi');
    const like = lexiconPatternLike('(?:khai mạc)', folded);
    expect(like.flags).toBe('g');
    expect('KHAI MẠC đại hội'.match(like)).toEqual(['KHAI MẠC']);
    expect(lexiconPatternLike('a', /x/giu).flags).toBe('giu');
    expect(lexiconPatternLike('a', /x/y).flags).toBe('y');
  });

  it('record the folded source of a pattern made on first use when it is set up, and make it once', () => {
    const record = recordLexiconSources();
    const make = lexiconPatternOnUse('(?:lễ khai mạc)', 'i');
    // The build records while it runs the CLI: a pattern first used by other articles is in the record too.
    expect([...record.keys()]).toContain('case-folded\u0001(?:lễ khai mạc)');
    const pattern = make();
    expect(make()).toBe(pattern);
    expect(pattern.flags).toBe('');
    expect('LỄ KHAI MẠC').toMatch(pattern);
  });
});
