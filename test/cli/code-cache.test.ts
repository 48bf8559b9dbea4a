import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiSource, loadCommonJs } from '../../src/cli/code-cache.js';
import { ROOT } from '../helpers.js';
import { withLexiconSources } from '../../src/cli/bin.js';
import { alternation, firstCharGuard, lexiconTrie } from '../../src/lexicon/compile.js';
import { phraseWords } from '../../src/extract/phrase-sets.js';
import { foldCase } from '../../src/lexicon/case-fold.js';

describe('loadCommonJs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnpress-code-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bundle = join(dir, 'bundle.cjs');
  const cache = join(dir, 'bundle.cache');
  writeFileSync(bundle, [
    "const { basename } = require('node:path');",
    'exports.file = basename(__filename);',
    'exports.twice = (n) => 2 * n;',
    "module.exports.where = () => new Error('here').stack.split('\\n')[1];",
  ].join('\n'));

  it('runs the file as CommonJS, with require, __filename and line numbers of its own', () => {
    const { exports, fromCache } = loadCommonJs<{ file: string; twice(n: number): number; where(): string }>(bundle, null);
    expect(exports.file).toBe('bundle.cjs');
    expect(exports.twice(21)).toBe(42);
    expect(exports.where()).toContain(`${bundle}:4:`);
    expect(fromCache).toBe(false);
  });

  it('writes the bundle as ASCII that means the same in strings, regex literals and regex sources', () => {
    const file = join(dir, 'vietnamese.cjs');
    const source = 'module.exports = { re: /^[ờà]+ 😀$/u, text: "Hà Nội", raw: new RegExp(String.raw`^đ\\s[ư]$`, "iu") }; // chú thích';
    writeFileSync(file, asciiSource(source));
    expect(readFileSync(file, 'utf8')).toMatch(/^[\x00-\x7f]+$/);
    const { exports } = loadCommonJs<{ re: RegExp; text: string; raw: RegExp }>(file, null);
    expect(exports.re.test('àờ 😀')).toBe(true);
    expect(exports.text).toBe('Hà Nội');
    expect(exports.raw.test('Đ Ư')).toBe(true);
  });

  // V8 also keeps compiled scripts in memory: each load whose cache matters runs in a child.
  const LIBRARY = join(ROOT, 'dist', 'cli', 'code-cache.js');
  const loadInChild = (save: boolean) => {
    const probe = `const { loadCommonJs, saveCodeCache } = await import(${JSON.stringify(LIBRARY)});
      const loaded = loadCommonJs(${JSON.stringify(bundle)}, ${JSON.stringify(cache)});
      if (loaded.exports.twice(21) !== 42) throw new Error('wrong result');
      if (${save}) saveCodeCache(loaded.script, ${JSON.stringify(cache)});
      console.log(loaded.fromCache);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    return child.stdout.trim();
  };

  it.skipIf(!existsSync(LIBRARY))('compiles from a saved cache, and from source when the cache is missing or does not fit', () => {
    rmSync(cache, { force: true });
    expect(loadInChild(true)).toBe('false');
    expect(existsSync(cache)).toBe(true);
    expect(loadInChild(false)).toBe('true');
    writeFileSync(cache, Buffer.from('not a code cache'));
    expect(loadInChild(false)).toBe('false');
  });
});

// The build (test/global-setup.ts) warms the bundled CLI and saves its code cache.
const BIN = join(ROOT, 'dist', 'vnpress', 'bin.cjs');

describe.skipIf(!existsSync(BIN))('the built CLI', () => {
  it('has no dynamic import() left in its bundle (a script compiled from a cache cannot run one), and is strict code', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'vnpress', 'cli.cjs'), 'utf8');
    expect(bundle).not.toMatch(/\bimport\(/);
    // The banner comes first: the directive must open it, or the whole bundle runs sloppy.
    expect(bundle.startsWith("'use strict';")).toBe(true);
  });

  it('starts from the code cache the build saved', () => {
    const probe = `const bin = await import(${JSON.stringify(BIN)}); console.log((await bin.loadCli(${JSON.stringify(join(ROOT, 'dist', 'vnpress', 'cli.cache'))})).fromCache)`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('true');
  });
});

describe('withLexiconSources', () => {
  const placeholder = '"__VNPRESS_PRECOMPILED_LEXICON_SOURCES__"';
  it('writes the record as an object literal over the one placeholder', () => {
    const bundle = `const BUILT = ${placeholder};\nmodule.exports = BUILT;`;
    const sources = new Map([['trie\u0001ông\u0000bà', '(?:ông|bà)'], ['x\u0001"\\', '\u2028']]);
    const written = withLexiconSources(bundle, sources);
    expect(new Function('module', `${written}; return module.exports;`)({ exports: {} })).toEqual(Object.fromEntries(sources));
  });

  it('refuses a bundle without the placeholder, or with two', () => {
    expect(() => withLexiconSources('const BUILT = 1;', new Map())).toThrow(/placeholder once/);
    expect(() => withLexiconSources(`${placeholder}; ${placeholder}`, new Map())).toThrow(/placeholder once/);
  });
});

describe.skipIf(!existsSync(BIN))('the lexicon sources in the built CLI', () => {
  it('are what the compilers make from the same lexicons now', async () => {
    const { loadCli } = (await import(BIN)) as typeof import('../../src/cli/bin.js');
    const built = loadCli(null).exports.builtLexiconSources();
    expect(built).not.toBeNull();
    const entries = Object.entries(built!);
    // Every module-level lexicon pattern of a parse is in the record.
    expect(entries.length).toBeGreaterThan(50);
    const wordText = (phrase: string) => phraseWords(phrase).join(' ');
    const compilers: Record<string, (words: readonly string[]) => string> = {
      alternation,
      trie: lexiconTrie,
      'first-char-guard': firstCharGuard,
      'case-folded': ([source]) => foldCase(source) ?? '',
      'phrase-words': ([phrase]) => wordText(phrase),
      'phrase-set-words': (phrases) => phrases.map(wordText).join('\n'),
    };
    for (const [key, source] of entries) {
      const [kind, list] = key.split('\u0001');
      expect(compilers[kind], key).toBeDefined();
      expect(compilers[kind](list.split('\u0000')), key).toBe(source);
    }
  });
});
