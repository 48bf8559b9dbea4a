/**
 * Bytes to text: BOM detection (UTF-8, UTF-16 LE/BE), strict UTF-8 validation, the legacy
 * Vietnamese encodings recognised by what they decode to, and the refusals that keep
 * garbage out of the pipeline (binary data). Never a silent guess: a conversion carries a
 * warning naming the encoding, and a file that fits no encoding clearly is refused.
 */
import { isUtf8, transcode } from 'node:buffer';
import { lazyRequire } from '../core/lazy.js';

// Loaded only for legacy or mojibake input: its code-page tables are a third of the CLI bundle.
const iconv = lazyRequire<typeof import('iconv-lite')>('iconv-lite');
import { InputError } from '../core/diagnostics.js';
import { charTable } from '../core/chars.js';
import { LEGACY_NAMES, decodeLegacy, type LegacyEncoding } from './legacy-encodings.js';
import { languageStats } from './vietnamese.js';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

/** Names `--encoding` accepts (lower-case) → encoding. */
export const ENCODING_ALIASES: Readonly<Record<string, EncodingName>> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'utf-16le': 'utf-16le', utf16le: 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  'windows-1258': 'windows-1258', cp1258: 'windows-1258',
  tcvn3: 'tcvn3', abc: 'tcvn3',
  vni: 'vni', 'vni-windows': 'vni',
};

export interface Decoded {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  /** Set when the text was converted from a legacy encoding or bytes were replaced. */
  warning?: string;
}

/** File signatures of the binary files most often dropped into an article folder by mistake. */
const SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['old Office .doc or .xls document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip archive', [0x1f, 0x8b]],
  ['RIFF media (WebP, WAV, AVI)', [0x52, 0x49, 0x46, 0x46]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** `transcode` needs ICU (every official Node build has it). */
const HAS_ICU = typeof process.versions.icu === 'string';

/** Bytes sampled to recognise a legacy encoding (the winner then decodes the whole file). */
const SAMPLE_BYTES = 64 * 1024;
/** A legacy guess needs this many real syllables with diacritics … */
const MIN_SYLLABLES = 3;
/** … and at most this share of mojibake words beside them. */
const MAX_FOREIGN_SHARE = 0.1;

function utf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** A control character in text: below U+0020, other than tab, line feed, form feed and carriage return. */
const isControl = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d;

/**
 * ASCII text in UTF-16 without a BOM has a NUL in every other byte, and text (no control
 * character) in the others: a few bytes of binary data may have the NULs, not the text.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  let even = 0;
  let odd = 0;
  let evenControls = 0;
  let oddControls = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    else if (isControl(bytes[i])) evenControls++;
    if (bytes[i + 1] === 0) odd++;
    else if (isControl(bytes[i + 1])) oddControls++;
  }
  if (odd > n / 4 && even === 0 && evenControls === 0) return 'utf-16le';
  if (even > n / 4 && odd === 0 && oddControls === 0) return 'utf-16be';
  return null;
}

/** Latin-1 characters outside Vietnamese spelling: the trace legacy bytes leave in Unicode. */
const MOJIBAKE_CHARS = String.raw`\u0080-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6\u00f8\u00fb\u00fc\u00fe\u00ff`;
const MOJIBAKE_HINT = new RegExp(`[${MOJIBAKE_CHARS}]`);
/** MOJIBAKE_HINT by code point below U+0100 (written in UTF-8 as 0xC2 or 0xC3 and one more byte). */
const LATIN1_HINT = charTable(MOJIBAKE_CHARS, 0x100);

/** What the first SAMPLE_BYTES hold. */
interface Sample {
  /** Control bytes other than tab, line feed, form feed and carriage return. */
  controls: number;
  /** A MOJIBAKE_HINT character, if the bytes are UTF-8. */
  mojibakeHint: boolean;
}

/**
 * The bytes [from, to) by byte: the number of control bytes (see Sample) times 4, plus 2
 * when one is the lead byte of a MOJIBAKE_HINT character.
 */
function byteCounts(bytes: Uint8Array, from: number, to: number): number {
  let counts = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    // isControl(b), written out: the byte loop of every input ran 5% slower through the call.
    if (b < 0x20) {
      if (b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) counts += 4;
    } else if ((b === 0xc2 || b === 0xc3) && LATIN1_HINT[((b & 0x03) << 6) | (bytes[i + 1] & 0x3f)]) counts |= 2;
  }
  return counts;
}

/**
 * Whether a 32-bit word may hold a byte byteCounts looks at: one below 0x20, or 0xC2 or
 * 0xC3 ("hasless" and "haszero" of Bit Twiddling Hacks, exact as to whether one is there).
 */
function mayCount(x: number): boolean {
  const lead = (x & 0xfefefefe) ^ 0xc2c2c2c2;
  return ((((x - 0x20202020) & ~x) | ((lead - 0x01010101) & ~lead)) & 0x80808080) !== 0;
}

const NO_WORDS = new Int32Array(0);

/**
 * What the first SAMPLE_BYTES hold, read four bytes at a time where they are aligned: most
 * words of an article hold neither kind of byte. (Every input is sampled: read by byte,
 * this was 1.5% of the time of a batch.)
 */
export function sampleBytes(bytes: Uint8Array): Sample {
  const sampled = Math.min(bytes.length, SAMPLE_BYTES);
  // Bytes before the first aligned word (all of them when there is none).
  const head = Math.min(sampled, (4 - (bytes.byteOffset & 3)) & 3);
  const count = head < sampled ? (sampled - head) >> 2 : 0;
  const words = count ? new Int32Array(bytes.buffer, bytes.byteOffset + head, count) : NO_WORDS;
  let found = byteCounts(bytes, 0, head);
  let controls = found >> 2;
  let hint = found;
  for (let w = 0; w < count; w++) {
    if (!mayCount(words[w])) continue;
    found = byteCounts(bytes, head + 4 * w, head + 4 * w + 4);
    controls += found >> 2;
    hint |= found;
  }
  found = byteCounts(bytes, head + 4 * count, sampled);
  return { controls: controls + (found >> 2), mojibakeHint: ((hint | found) & 2) !== 0 };
}

/** Throws on binary data; returns what the sample holds. */
function refuseBinary(bytes: Uint8Array, file: string): Sample {
  for (const [kind, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new InputError(file, 'binary', `binary file (${kind}), not an article`);
  }
  if (bytes.includes(0)) {
    const order = utf16Order(bytes);
    if (order) throw new InputError(file, 'encoding', `looks like UTF-16 without a byte-order mark; name it with --encoding ${order}`);
    throw new InputError(file, 'binary', 'binary file (contains NUL bytes), not an article');
  }
  const sample = sampleBytes(bytes);
  if (sample.controls > Math.min(bytes.length, SAMPLE_BYTES) / 100) throw new InputError(file, 'binary', 'binary file (control characters), not an article');
  return sample;
}

/** Line of the first byte that is not UTF-8, for the error message. */
function firstBadLine(bytes: Uint8Array): number {
  const lossy = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const at = lossy.indexOf('\ufffd');
  return at < 0 ? 1 : lossy.slice(0, at).split('\n').length;
}

interface Candidate {
  encoding: LegacyEncoding;
  syllables: number;
  foreign: number;
}

/** Try each legacy encoding on a sample; accept one only when it is clearly right. */
function detectLegacy(bytes: Uint8Array, file: string): Decoded {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const candidates: Candidate[] = (Object.keys(LEGACY_NAMES) as LegacyEncoding[]).map((encoding) => {
    const { text, unknown } = decodeLegacy(sample, encoding);
    const stats = languageStats(text);
    return { encoding, syllables: stats.vietnamese, foreign: stats.foreign + unknown };
  });
  const plausible = candidates
    .filter((c) => c.syllables >= MIN_SYLLABLES && c.foreign <= c.syllables * MAX_FOREIGN_SHARE)
    .sort((a, b) => b.syllables - b.foreign - (a.syllables - a.foreign));
  const line = firstBadLine(bytes);
  if (!plausible.length) {
    throw new InputError(file, 'encoding', `not valid UTF-8 (line ${line}) and not recognisably Windows-1258, TCVN3 or VNI-Windows; name the encoding with --encoding`);
  }
  const [best, second] = plausible;
  if (second && second.syllables - second.foreign >= (best.syllables - best.foreign) / 2) {
    throw new InputError(file, 'encoding', `not valid UTF-8 (line ${line}); could be ${LEGACY_NAMES[best.encoding]} or ${LEGACY_NAMES[second.encoding]}: name the encoding with --encoding`);
  }
  return {
    text: decodeLegacy(bytes, best.encoding).text,
    encoding: best.encoding,
    bom: false,
    warning: `not UTF-8: decoded as ${LEGACY_NAMES[best.encoding]} and converted to Unicode (save the file as UTF-8, or pass --encoding, to silence this)`,
  };
}

/**
 * Old archives also hold legacy text that was pasted into a Unicode file ("ViÖt Nam",
 * "Vieät Nam"): valid UTF-8, but its words are mojibake. When most accented words are not
 * Vietnamese and the text fits Windows-1252, its bytes get the same legacy recognition.
 */
function repairPastedLegacy(decoded: Decoded, file: string, hint?: boolean): Decoded {
  // Legacy bytes read as Windows-1252 always bring Latin-1 symbols or letters Vietnamese
  // never uses (µ ¸ ¨ Ö ä …); without one, skip the costly syllable count. `hint` says
  // whether there is one, when the bytes sampled were the whole text.
  if (!(hint ?? MOJIBAKE_HINT.test(decoded.text.slice(0, SAMPLE_BYTES)))) return decoded;
  const stats = languageStats(decoded.text);
  if (stats.foreign < MIN_SYLLABLES || stats.foreign <= stats.vietnamese) return decoded;
  const bytes = iconv().encode(decoded.text, 'windows1252');
  if (iconv().decode(bytes, 'windows1252') !== decoded.text) return decoded; // not all Windows-1252
  try {
    const repaired = detectLegacy(bytes, file);
    const name = LEGACY_NAMES[repaired.encoding as LegacyEncoding];
    return { ...repaired, bom: decoded.bom, warning: `${name} text stored as Unicode ("mojibake"): converted to Vietnamese; check the text` };
  } catch {
    return decoded; // no legacy encoding explains it either: leave the text as it is
  }
}

/** Decode as the encoding the user named; bytes that do not fit are replaced, with a warning. */
function decodeForced(bytes: Uint8Array, encoding: EncodingName): Decoded {
  const bom = encoding === 'utf-8' ? startsWith(bytes, [0xef, 0xbb, 0xbf])
    : encoding === 'utf-16le' ? startsWith(bytes, [0xff, 0xfe])
      : encoding === 'utf-16be' ? startsWith(bytes, [0xfe, 0xff]) : false;
  const body = bytes.subarray(bom ? (encoding === 'utf-8' ? 3 : 2) : 0);
  let text: string;
  let unknown: number;
  if (encoding === 'utf-8' || encoding === 'utf-16le') {
    text = new TextDecoder(encoding).decode(body);
    unknown = text.match(/\ufffd/g)?.length ?? 0;
  } else if (encoding === 'utf-16be') {
    text = utf16be(body);
    unknown = text.match(/\ufffd/g)?.length ?? 0;
  } else {
    ({ text, unknown } = decodeLegacy(body, encoding));
  }
  const name = encoding in LEGACY_NAMES ? LEGACY_NAMES[encoding as LegacyEncoding] : encoding.toUpperCase();
  const warning = unknown ? `${unknown} byte(s) have no meaning in ${name}; the text may be in another encoding` : undefined;
  return { text, encoding, bom, warning };
}

export function decode(bytes: Uint8Array, file: string, forced?: EncodingName): Decoded {
  if (forced) return decodeForced(bytes, forced);
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: utf16be(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  const sample = refuseBinary(body, file);
  if (!isUtf8(body)) {
    if (bom) throw new InputError(file, 'encoding', `starts with a UTF-8 byte-order mark but is not valid UTF-8 (line ${firstBadLine(body)})`);
    return detectLegacy(body, file);
  }
  const hint = body.length <= SAMPLE_BYTES ? sample.mojibakeHint : undefined;
  return repairPastedLegacy({ text: validUtf8(body), encoding: 'utf-8', bom }, file, hint);
}

/**
 * Text of bytes known to be valid UTF-8, as TextDecoder gives it (which also drops a
 * second byte-order mark). ICU's converter via `transcode` is about eight times faster
 * than Node 20's TextDecoder on Vietnamese text.
 */
function validUtf8(body: Uint8Array): string {
  if (!HAS_ICU || startsWith(body, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(body);
  const utf16 = transcode(body, 'utf8', 'ucs2');
  return utf16.toString('ucs2', 0, utf16.length);
}
