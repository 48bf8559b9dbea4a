/**
 * What the lexicon compilers make, made at build time for the CLI: alternations, tries and
 * first-character guards (compile.ts), phrase words (extract/phrase-sets.ts), and patterns
 * rewritten to match without the i flag (case-fold.ts). Made at every start, this ran in
 * cold code before anything was optimised: together some 45 M instructions of
 * `vnpress parse one.txt`. The build runs the CLI while recording what each compiler made
 * and writes the record into the CLI bundle over the placeholder below (bin.ts
 * `buildCodeCache`). Anywhere else (the library, the tests) the placeholder stays and every
 * compiler runs at first use, as before (case folding does not run at all there).
 *
 * A record is keyed by the compiler and its whole input, so an input that changes simply
 * misses (and the build makes a new record anyway).
 */

/**
 * Replaced in dist/vnpress/cli.cjs by the record, an object literal (see `PLACEHOLDER_NAME`).
 * A literal rather than a JSON text to parse: its strings come from the code cache, and a
 * start skips a JSON.parse of some 560,000 characters (10 M instructions) and the garbage
 * collector copying what it made.
 */
const BUILT: unknown = '__VNPRESS_PRECOMPILED_LEXICON_SOURCES__';

/** The placeholder is this name between two underscores on each side (not spelt out here, so the build finds it once). */
export const PLACEHOLDER_NAME = 'VNPRESS_PRECOMPILED_LEXICON_SOURCES';

const built = typeof BUILT === 'object' ? (BUILT as Readonly<Record<string, string>>) : null;
let recording: Map<string, string> | null = null;

/** The build's record, or null (not running from the CLI bundle). */
export function builtLexiconSources(): Readonly<Record<string, string>> | null {
  return built;
}

/** Start recording what the compilers make (the build, before the CLI's first run). */
export function recordLexiconSources(): Map<string, string> {
  return (recording = new Map());
}

/**
 * What `make()` returns for `words` under the compiler `kind`: from the build's record when
 * it has one, else made now (and recorded when the build is recording).
 */
export function precompiled(kind: string, words: readonly string[], make: () => string): string {
  return built === null && recording === null ? make() : lookUp(kind, words, make);
}

/**
 * Like `precompiled`, for what is worth making only at build time: null when there is no
 * record of it (`make` runs only while the build records).
 */
export function precompiledOnly(kind: string, words: readonly string[], make: () => string): string | null {
  return built === null && recording === null ? null : lookUp(kind, words, recording ? make : null);
}

function lookUp(kind: string, words: readonly string[], make: () => string): string;
function lookUp(kind: string, words: readonly string[], make: (() => string) | null): string | null;
function lookUp(kind: string, words: readonly string[], make: (() => string) | null): string | null {
  const key = `${kind}\u0001${words.join('\u0000')}`;
  const known = built?.[key];
  if (typeof known === 'string') return known;
  if (!make) return null;
  const made = make();
  recording?.set(key, made);
  return made;
}
