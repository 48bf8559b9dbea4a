/**
 * The pre-Unicode Vietnamese encodings that old archives hold. Windows-1258 is a code page
 * (decoded by iconv-lite); TCVN3 (ABC) and VNI-Windows were font encodings, defined here as
 * data: each byte (seen through Windows-1252, as the fonts did) and what it stood for.
 */
import { lazyRequire } from '../core/lazy.js';

// Loaded only for legacy or mojibake input: its code-page tables are a third of the CLI bundle.
const iconv = lazyRequire<typeof import('iconv-lite')>('iconv-lite');

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

export const LEGACY_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
};

/**
 * TCVN3: runs of consecutive bytes from `from`, one character each. Upper-case toned
 * letters have no codes (fonts such as .VnTimeH drew the lower-case codes as capitals), so
 * such text decodes to lower case.
 */
export const TCVN3_RUNS: readonly (readonly [from: number, chars: string])[] = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];

/** VNI-Windows: characters that stand alone (as Windows-1252 shows them → what they are). */
export const VNI_LETTERS: readonly (readonly [string, string])[] = [
  ['ñ', 'đ'], ['Ñ', 'Đ'], ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'],
  ['æ', 'ỉ'], ['Æ', 'Ỉ'], ['ó', 'ĩ'], ['Ó', 'Ĩ'], ['ò', 'ị'], ['Ò', 'Ị'], ['î', 'ỵ'], ['Î', 'Ỵ'],
];

const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** VNI-Windows: the byte after a vowel that adds its marks (lower- and upper-case forms). */
export const VNI_MARKS: readonly (readonly [string, string])[] = [
  ['âÂ', CIRCUMFLEX], ['êÊ', BREVE],
  ['ùÙ', '\u0301'], ['øØ', '\u0300'], ['ûÛ', '\u0309'], ['õÕ', '\u0303'], ['ïÏ', '\u0323'],
  ['áÁ', `${CIRCUMFLEX}\u0301`], ['àÀ', `${CIRCUMFLEX}\u0300`], ['åÅ', `${CIRCUMFLEX}\u0309`], ['ãÃ', `${CIRCUMFLEX}\u0303`], ['äÄ', `${CIRCUMFLEX}\u0323`],
  ['éÉ', `${BREVE}\u0301`], ['èÈ', `${BREVE}\u0300`], ['úÚ', `${BREVE}\u0309`], ['üÜ', `${BREVE}\u0303`], ['ëË', `${BREVE}\u0323`],
];

const TCVN3_TABLE = new Map<number, string>(TCVN3_RUNS.flatMap(([from, chars]) => [...chars].map((c, i) => [from + i, c] as const)));
const VNI_LETTER_TABLE = new Map(VNI_LETTERS);
const VNI_MARK_TABLE = new Map(VNI_MARKS.flatMap(([forms, marks]) => [...forms].map((f) => [f, marks] as const)));
const VOWELS = new Set('aeiouyơưAEIOUYƠƯ');

export interface LegacyText {
  text: string;
  /** Bytes (or marks) the encoding gives no meaning to here: a sign of the wrong guess. */
  unknown: number;
}

const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
// Not TextDecoder: Node's 'windows-1252' decodes 0x80-0x9F as C1 controls, not “ ” –.
const windows1252 = (bytes: Uint8Array) => iconv().decode(buffer(bytes), 'windows1252');

function decodeTcvn3(bytes: Uint8Array): LegacyText {
  let unknown = 0;
  // Windows-1252 leaves 0xA1-0xFF at U+00A1-U+00FF, so the byte is the char code.
  const text = windows1252(bytes).replace(/[\u00a1-\u00ff]/g, (c) => {
    const mapped = TCVN3_TABLE.get(c.charCodeAt(0));
    if (mapped === undefined) unknown++;
    return mapped ?? c;
  });
  return { text, unknown };
}

function takesMark(vowel: string, marks: string): boolean {
  const base = vowel.toLowerCase();
  if (marks.startsWith(CIRCUMFLEX)) return 'aeo'.includes(base);
  if (marks.startsWith(BREVE)) return base === 'a';
  return true;
}

function decodeVni(bytes: Uint8Array): LegacyText {
  const latin = windows1252(bytes);
  const out: string[] = [];
  let unknown = 0;
  for (let i = 0; i < latin.length; i++) {
    const letter = VNI_LETTER_TABLE.get(latin[i]) ?? latin[i];
    const marks = VNI_MARK_TABLE.get(latin[i + 1]);
    if (marks !== undefined && VOWELS.has(letter) && takesMark(letter, marks)) {
      out.push((letter + marks).normalize('NFC'));
      i++;
    } else {
      if (VNI_MARK_TABLE.has(latin[i])) unknown++; // a mark with no vowel before it
      out.push(letter);
    }
  }
  return { text: out.join(''), unknown };
}

function decodeWindows1258(bytes: Uint8Array): LegacyText {
  const text = iconv().decode(buffer(bytes), 'windows1258');
  // A tone mark that follows no vowel means these were not Windows-1258 bytes.
  const unknown = text.match(/(?<![aeiouyâêôăơưAEIOUYÂÊÔĂƠƯ])[\u0300\u0301\u0303\u0309\u0323]/g)?.length ?? 0;
  return { text, unknown };
}

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): LegacyText {
  if (encoding === 'tcvn3') return decodeTcvn3(bytes);
  if (encoding === 'vni') return decodeVni(bytes);
  return decodeWindows1258(bytes);
}
