/**
 * A case-insensitive pattern rewritten to match the same without the `i` flag: every letter
 * becomes the class of the letters it matches under `i` ("ô" → "[ôÔ]"), and every class is
 * closed the same way. V8 compiles an `i` pattern by asking ICU for the case variants of each
 * character and class, which was an eighth of the instructions of `vnpress parse one.txt`;
 * the rewritten pattern compiles in about half the time and matches the same strings.
 *
 * Only for patterns without the `u` flag (lexiconPattern drops it), where `i` follows the
 * standard's Canonicalize: a character's upper case, unless that is longer than one code
 * unit or maps a non-ASCII character to ASCII. Run at build time (lexicon/precompiled.ts):
 * building the table reads all 64K code units.
 */

/** Canonicalize of the standard (non-Unicode mode). */
function canonicalize(unit: number): number {
  const upper = String.fromCharCode(unit).toUpperCase();
  if (upper.length !== 1) return unit;
  const code = upper.charCodeAt(0);
  return unit >= 128 && code < 128 ? unit : code;
}

let variantsByUnit: Map<number, number[]> | null = null;

/** The code units `i` makes equal to `unit` (itself included), in ascending order. */
export function caseVariants(unit: number): readonly number[] {
  if (!variantsByUnit) {
    const byCanonical = new Map<number, number[]>();
    for (let u = 0; u <= 0xffff; u++) {
      const canonical = canonicalize(u);
      let units = byCanonical.get(canonical);
      if (!units) byCanonical.set(canonical, (units = []));
      units.push(u);
    }
    variantsByUnit = new Map();
    for (const units of byCanonical.values()) if (units.length > 1) for (const u of units) variantsByUnit.set(u, units);
  }
  return variantsByUnit.get(unit) ?? [unit];
}

const hex = (unit: number) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
const SYNTAX = new Set('\\^$.*+?()[]{}|/-');
/** A code unit as written in a class or as an atom: itself when printable ASCII, else an escape. */
const unitSource = (unit: number) => (unit >= 0x20 && unit < 0x7f ? (SYNTAX.has(String.fromCharCode(unit)) ? `\\${String.fromCharCode(unit)}` : String.fromCharCode(unit)) : hex(unit));

/** The body of a class holding `units` (sorted, distinct), runs written as ranges. */
function classBody(units: readonly number[]): string {
  let body = '';
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j + 1 < units.length && units[j + 1] === units[j] + 1) j++;
    body += j === i ? unitSource(units[i]) : j === i + 1 ? unitSource(units[i]) + unitSource(units[j]) : `${unitSource(units[i])}-${unitSource(units[j])}`;
    i = j + 1;
  }
  return body;
}

/** Escapes that stand for a class the same in any case (non-Unicode mode). */
const CLASS_ESCAPES = new Set('dDsSwW');
/** Escapes of one control character. */
const CONTROL_ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, f: 0x0c };

/** A pattern this rewriter does not take (a back-reference, a Unicode property …): keep `i`. */
class Unsupported extends Error {}

/**
 * Reads the escape at `source[i]` (a backslash): a code unit, or a class escape as written.
 * Returns what it stands for and where the next token starts.
 */
function readEscape(source: string, i: number, inClass: boolean): [number | string, number] {
  const c = source[i + 1];
  if (c === undefined) throw new Unsupported('trailing backslash');
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) return [parseInt(source.slice(i + 2, i + 6), 16), i + 6];
  if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) return [parseInt(source.slice(i + 2, i + 4), 16), i + 4];
  if (CLASS_ESCAPES.has(c)) return [`\\${c}`, i + 2];
  if (c in CONTROL_ESCAPES) return [CONTROL_ESCAPES[c], i + 2];
  if (c === '0' && !/[0-9]/.test(source[i + 2] ?? '')) return [0, i + 2];
  if (!inClass && (c === 'b' || c === 'B')) return [`\\${c}`, i + 2];
  if (inClass && c === 'b') return [0x08, i + 2];
  // Escaped syntax characters stand for themselves; anything else (\1, \k, \p, \c …) is not taken.
  if (/[\^$\\.*+?()[\]{}|/\-,:=!<>'"’“”–—&#%@~`;\s]/.test(c)) return [c.charCodeAt(0), i + 2];
  throw new Unsupported(`escape \\${c}`);
}

/** Reads the class at `source[i]` ("["), returns its case-closed form and where the next token starts. */
function readClass(source: string, i: number): [string, number] {
  let p = i + 1;
  const negated = source[p] === '^';
  if (negated) p++;
  const units = new Set<number>();
  const escapes: string[] = [];
  const readMember = (): number | string => {
    if (source[p] === '\\') {
      const [member, next] = readEscape(source, p, true);
      p = next;
      return member;
    }
    return source.charCodeAt(p++);
  };
  while (p < source.length && source[p] !== ']') {
    const from = readMember();
    if (typeof from === 'string') {
      escapes.push(from);
      continue;
    }
    let to = from;
    if (source[p] === '-' && p + 1 < source.length && source[p + 1] !== ']') {
      p++;
      const end = readMember();
      if (typeof end === 'string') throw new Unsupported('range to a class escape');
      to = end;
    }
    for (let u = from; u <= to; u++) for (const variant of caseVariants(u)) units.add(variant);
  }
  if (source[p] !== ']') throw new Unsupported('unterminated class');
  const sorted = [...units].sort((a, b) => a - b);
  return [`[${negated ? '^' : ''}${classBody(sorted)}${escapes.join('')}]`, p + 1];
}

/**
 * `source`, meant for the flags `i` (without `u`), rewritten to match the same strings
 * without `i`; null when it holds what this does not take (back-references, `\p{…}`,
 * named groups are fine; `\k<…>` is not).
 */
export function foldCase(source: string): string | null {
  try {
    let out = '';
    for (let i = 0; i < source.length; ) {
      const c = source[i];
      if (c === '\\') {
        const [atom, next] = readEscape(source, i, false);
        out += typeof atom === 'string' ? atom : atomSource(atom);
        i = next;
      } else if (c === '[') {
        const [cls, next] = readClass(source, i);
        out += cls;
        i = next;
      } else if (c === '(') {
        // Group syntax is copied whole: "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>".
        const group = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i, i + 40))![0];
        out += group;
        i += group.length;
      } else if (c === '{') {
        // A quantifier, or a literal brace (no case either way).
        const quantifier = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i, i + 20));
        out += quantifier ? quantifier[0] : '\\{';
        i += quantifier ? quantifier[0].length : 1;
      } else if ('^$.|)*+?}'.includes(c)) {
        out += c;
        i++;
      } else {
        out += atomSource(source.charCodeAt(i));
        i++;
      }
    }
    return out;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** One code unit as an atom matching it in any case: itself, or the class of its variants. */
function atomSource(unit: number): string {
  const variants = caseVariants(unit);
  if (variants.length === 1) return unit >= 0x20 && unit < 0x7f ? unitSource(unit) : String.fromCharCode(unit);
  return `[${variants.map((v) => (v >= 0x20 && v < 0x7f ? unitSource(v) : String.fromCharCode(v))).join('')}]`;
}
