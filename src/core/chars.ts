/**
 * Character classes for patterns, as class bodies to put between brackets: `[${LETTER}${DIGIT}]`.
 *
 * They stand for \p{L}, \p{Lu}, \p{Ll}, \p{M} and \p{N} over the scripts a Vietnamese
 * article is written in (Latin with its Vietnamese letters, combining marks, Greek, Cyrillic).
 * V8 spends about a millisecond compiling each \p{…} class (more under the i flag); with a
 * hundred and fifty patterns that was most of the start-up of `vnpress parse one.txt`, and
 * these ranges compile in a tenth of that. Other scripts (CJK, Arabic …) count as non-letters,
 * which only matters next to a Vietnamese word, where nothing a rule looks for occurs.
 *
 * Generated from Unicode by test/core/chars.test.ts over CHAR_BLOCKS; it fails when they drift.
 */

/** Code point ranges the classes cover (inclusive). */
export const CHAR_BLOCKS: readonly (readonly [number, number])[] = [[0x0000, 0x04ff], [0x1e00, 0x1eff]];

/** \p{L}: letters. */
export const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u04FF\\u1E00-\\u1EFF';
/** \p{M}: combining marks (NFD tone marks, Cyrillic titlo). */
export const MARK = '\\u0300-\\u036F\\u0483-\\u0489';
/** \p{N}: digits and the Latin-1 superscripts and fractions. */
export const DIGIT = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE';
/** \p{Lu}: upper-case letters. */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100\\u0102\\u0104\\u0106\\u0108\\u010A\\u010C\\u010E\\u0110\\u0112\\u0114\\u0116\\u0118\\u011A\\u011C\\u011E\\u0120\\u0122\\u0124\\u0126\\u0128\\u012A\\u012C\\u012E\\u0130\\u0132\\u0134\\u0136\\u0139\\u013B\\u013D\\u013F\\u0141\\u0143\\u0145\\u0147\\u014A\\u014C\\u014E\\u0150\\u0152\\u0154\\u0156\\u0158\\u015A\\u015C\\u015E\\u0160\\u0162\\u0164\\u0166\\u0168\\u016A\\u016C\\u016E\\u0170\\u0172\\u0174\\u0176\\u0178\\u0179\\u017B\\u017D\\u0181\\u0182\\u0184\\u0186\\u0187\\u0189-\\u018B\\u018E-\\u0191\\u0193\\u0194\\u0196-\\u0198\\u019C\\u019D\\u019F\\u01A0\\u01A2\\u01A4\\u01A6\\u01A7\\u01A9\\u01AC\\u01AE\\u01AF\\u01B1-\\u01B3\\u01B5\\u01B7\\u01B8\\u01BC\\u01C4\\u01C7\\u01CA\\u01CD\\u01CF\\u01D1\\u01D3\\u01D5\\u01D7\\u01D9\\u01DB\\u01DE\\u01E0\\u01E2\\u01E4\\u01E6\\u01E8\\u01EA\\u01EC\\u01EE\\u01F1\\u01F4\\u01F6-\\u01F8\\u01FA\\u01FC\\u01FE\\u0200\\u0202\\u0204\\u0206\\u0208\\u020A\\u020C\\u020E\\u0210\\u0212\\u0214\\u0216\\u0218\\u021A\\u021C\\u021E\\u0220\\u0222\\u0224\\u0226\\u0228\\u022A\\u022C\\u022E\\u0230\\u0232\\u023A\\u023B\\u023D\\u023E\\u0241\\u0243-\\u0246\\u0248\\u024A\\u024C\\u024E\\u0370\\u0372\\u0376\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E\\u038F\\u0391-\\u03A1\\u03A3-\\u03AB\\u03CF\\u03D2-\\u03D4\\u03D8\\u03DA\\u03DC\\u03DE\\u03E0\\u03E2\\u03E4\\u03E6\\u03E8\\u03EA\\u03EC\\u03EE\\u03F4\\u03F7\\u03F9\\u03FA\\u03FD-\\u042F\\u0460\\u0462\\u0464\\u0466\\u0468\\u046A\\u046C\\u046E\\u0470\\u0472\\u0474\\u0476\\u0478\\u047A\\u047C\\u047E\\u0480\\u048A\\u048C\\u048E\\u0490\\u0492\\u0494\\u0496\\u0498\\u049A\\u049C\\u049E\\u04A0\\u04A2\\u04A4\\u04A6\\u04A8\\u04AA\\u04AC\\u04AE\\u04B0\\u04B2\\u04B4\\u04B6\\u04B8\\u04BA\\u04BC\\u04BE\\u04C0\\u04C1\\u04C3\\u04C5\\u04C7\\u04C9\\u04CB\\u04CD\\u04D0\\u04D2\\u04D4\\u04D6\\u04D8\\u04DA\\u04DC\\u04DE\\u04E0\\u04E2\\u04E4\\u04E6\\u04E8\\u04EA\\u04EC\\u04EE\\u04F0\\u04F2\\u04F4\\u04F6\\u04F8\\u04FA\\u04FC\\u04FE\\u1E00\\u1E02\\u1E04\\u1E06\\u1E08\\u1E0A\\u1E0C\\u1E0E\\u1E10\\u1E12\\u1E14\\u1E16\\u1E18\\u1E1A\\u1E1C\\u1E1E\\u1E20\\u1E22\\u1E24\\u1E26\\u1E28\\u1E2A\\u1E2C\\u1E2E\\u1E30\\u1E32\\u1E34\\u1E36\\u1E38\\u1E3A\\u1E3C\\u1E3E\\u1E40\\u1E42\\u1E44\\u1E46\\u1E48\\u1E4A\\u1E4C\\u1E4E\\u1E50\\u1E52\\u1E54\\u1E56\\u1E58\\u1E5A\\u1E5C\\u1E5E\\u1E60\\u1E62\\u1E64\\u1E66\\u1E68\\u1E6A\\u1E6C\\u1E6E\\u1E70\\u1E72\\u1E74\\u1E76\\u1E78\\u1E7A\\u1E7C\\u1E7E\\u1E80\\u1E82\\u1E84\\u1E86\\u1E88\\u1E8A\\u1E8C\\u1E8E\\u1E90\\u1E92\\u1E94\\u1E9E\\u1EA0\\u1EA2\\u1EA4\\u1EA6\\u1EA8\\u1EAA\\u1EAC\\u1EAE\\u1EB0\\u1EB2\\u1EB4\\u1EB6\\u1EB8\\u1EBA\\u1EBC\\u1EBE\\u1EC0\\u1EC2\\u1EC4\\u1EC6\\u1EC8\\u1ECA\\u1ECC\\u1ECE\\u1ED0\\u1ED2\\u1ED4\\u1ED6\\u1ED8\\u1EDA\\u1EDC\\u1EDE\\u1EE0\\u1EE2\\u1EE4\\u1EE6\\u1EE8\\u1EEA\\u1EEC\\u1EEE\\u1EF0\\u1EF2\\u1EF4\\u1EF6\\u1EF8\\u1EFA\\u1EFC\\u1EFE';
/** \p{Ll}: lower-case letters. */
export const LOWER = 'a-z\\u00B5\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0101\\u0103\\u0105\\u0107\\u0109\\u010B\\u010D\\u010F\\u0111\\u0113\\u0115\\u0117\\u0119\\u011B\\u011D\\u011F\\u0121\\u0123\\u0125\\u0127\\u0129\\u012B\\u012D\\u012F\\u0131\\u0133\\u0135\\u0137\\u0138\\u013A\\u013C\\u013E\\u0140\\u0142\\u0144\\u0146\\u0148\\u0149\\u014B\\u014D\\u014F\\u0151\\u0153\\u0155\\u0157\\u0159\\u015B\\u015D\\u015F\\u0161\\u0163\\u0165\\u0167\\u0169\\u016B\\u016D\\u016F\\u0171\\u0173\\u0175\\u0177\\u017A\\u017C\\u017E-\\u0180\\u0183\\u0185\\u0188\\u018C\\u018D\\u0192\\u0195\\u0199-\\u019B\\u019E\\u01A1\\u01A3\\u01A5\\u01A8\\u01AA\\u01AB\\u01AD\\u01B0\\u01B4\\u01B6\\u01B9\\u01BA\\u01BD-\\u01BF\\u01C6\\u01C9\\u01CC\\u01CE\\u01D0\\u01D2\\u01D4\\u01D6\\u01D8\\u01DA\\u01DC\\u01DD\\u01DF\\u01E1\\u01E3\\u01E5\\u01E7\\u01E9\\u01EB\\u01ED\\u01EF\\u01F0\\u01F3\\u01F5\\u01F9\\u01FB\\u01FD\\u01FF\\u0201\\u0203\\u0205\\u0207\\u0209\\u020B\\u020D\\u020F\\u0211\\u0213\\u0215\\u0217\\u0219\\u021B\\u021D\\u021F\\u0221\\u0223\\u0225\\u0227\\u0229\\u022B\\u022D\\u022F\\u0231\\u0233-\\u0239\\u023C\\u023F\\u0240\\u0242\\u0247\\u0249\\u024B\\u024D\\u024F-\\u0293\\u0296-\\u02AF\\u0371\\u0373\\u0377\\u037B-\\u037D\\u0390\\u03AC-\\u03CE\\u03D0\\u03D1\\u03D5-\\u03D7\\u03D9\\u03DB\\u03DD\\u03DF\\u03E1\\u03E3\\u03E5\\u03E7\\u03E9\\u03EB\\u03ED\\u03EF-\\u03F3\\u03F5\\u03F8\\u03FB\\u03FC\\u0430-\\u045F\\u0461\\u0463\\u0465\\u0467\\u0469\\u046B\\u046D\\u046F\\u0471\\u0473\\u0475\\u0477\\u0479\\u047B\\u047D\\u047F\\u0481\\u048B\\u048D\\u048F\\u0491\\u0493\\u0495\\u0497\\u0499\\u049B\\u049D\\u049F\\u04A1\\u04A3\\u04A5\\u04A7\\u04A9\\u04AB\\u04AD\\u04AF\\u04B1\\u04B3\\u04B5\\u04B7\\u04B9\\u04BB\\u04BD\\u04BF\\u04C2\\u04C4\\u04C6\\u04C8\\u04CA\\u04CC\\u04CE\\u04CF\\u04D1\\u04D3\\u04D5\\u04D7\\u04D9\\u04DB\\u04DD\\u04DF\\u04E1\\u04E3\\u04E5\\u04E7\\u04E9\\u04EB\\u04ED\\u04EF\\u04F1\\u04F3\\u04F5\\u04F7\\u04F9\\u04FB\\u04FD\\u04FF\\u1E01\\u1E03\\u1E05\\u1E07\\u1E09\\u1E0B\\u1E0D\\u1E0F\\u1E11\\u1E13\\u1E15\\u1E17\\u1E19\\u1E1B\\u1E1D\\u1E1F\\u1E21\\u1E23\\u1E25\\u1E27\\u1E29\\u1E2B\\u1E2D\\u1E2F\\u1E31\\u1E33\\u1E35\\u1E37\\u1E39\\u1E3B\\u1E3D\\u1E3F\\u1E41\\u1E43\\u1E45\\u1E47\\u1E49\\u1E4B\\u1E4D\\u1E4F\\u1E51\\u1E53\\u1E55\\u1E57\\u1E59\\u1E5B\\u1E5D\\u1E5F\\u1E61\\u1E63\\u1E65\\u1E67\\u1E69\\u1E6B\\u1E6D\\u1E6F\\u1E71\\u1E73\\u1E75\\u1E77\\u1E79\\u1E7B\\u1E7D\\u1E7F\\u1E81\\u1E83\\u1E85\\u1E87\\u1E89\\u1E8B\\u1E8D\\u1E8F\\u1E91\\u1E93\\u1E95-\\u1E9D\\u1E9F\\u1EA1\\u1EA3\\u1EA5\\u1EA7\\u1EA9\\u1EAB\\u1EAD\\u1EAF\\u1EB1\\u1EB3\\u1EB5\\u1EB7\\u1EB9\\u1EBB\\u1EBD\\u1EBF\\u1EC1\\u1EC3\\u1EC5\\u1EC7\\u1EC9\\u1ECB\\u1ECD\\u1ECF\\u1ED1\\u1ED3\\u1ED5\\u1ED7\\u1ED9\\u1EDB\\u1EDD\\u1EDF\\u1EE1\\u1EE3\\u1EE5\\u1EE7\\u1EE9\\u1EEB\\u1EED\\u1EEF\\u1EF1\\u1EF3\\u1EF5\\u1EF7\\u1EF9\\u1EFB\\u1EFD\\u1EFF';

/** The code unit written at `i` of a class body (a character or `\\uXXXX`), and where the next starts. */
function classUnit(body: string, i: number): [number, number] {
  if (body.charCodeAt(i) !== 0x5c) return [body.charCodeAt(i), i + 1];
  return [parseInt(body.slice(i + 2, i + 6), 16), i + 6];
}

/**
 * A lookup table for a class body such as `${LETTER}${MARK}` (literal characters and
 * `\\uXXXX`, single or in ranges): `value` is set (or-ed into `table`) for the code units in
 * the class below the table's size; look up only below it. Read by hand, range by range:
 * this runs at start-up, before any code is optimised.
 */
export function charTable(classBody: string, size = CLASSED_BELOW, value = 1, table: Uint8Array = new Uint8Array(size)): Uint8Array {
  for (let i = 0; i < classBody.length;) {
    const [from, next] = classUnit(classBody, i);
    let to = from;
    i = next;
    if (classBody.charCodeAt(i) === 0x2d && i + 1 < classBody.length) [to, i] = classUnit(classBody, i + 1);
    for (let c = from; c <= to && c < table.length; c++) table[c] |= value;
  }
  return table;
}

/** The classes hold no code unit from here up (CHAR_BLOCKS end at U+1EFF). */
export const CLASSED_BELOW = 0x1f00;

// Bits of CHAR_CLASS.
export const IS_LETTER = 1;
export const IS_MARK = 2;
export const IS_DIGIT = 4;
export const IS_UPPER = 8;
export const IS_LOWER = 16;
/** A word character: letter, combining mark or digit (`[${LETTER}${MARK}${DIGIT}]`). */
export const IS_WORD = IS_LETTER | IS_MARK | IS_DIGIT;

/**
 * The classes above by code unit, built once: hand-written scanners test a character with
 * one look-up instead of a regex (look up only below CLASSED_BELOW, or use `classAt`).
 */
export const CHAR_CLASS = new Uint8Array(CLASSED_BELOW);
charTable(LETTER, CLASSED_BELOW, IS_LETTER, CHAR_CLASS);
charTable(MARK, CLASSED_BELOW, IS_MARK, CHAR_CLASS);
charTable(DIGIT, CLASSED_BELOW, IS_DIGIT, CHAR_CLASS);
charTable(UPPER, CLASSED_BELOW, IS_UPPER, CHAR_CLASS);
charTable(LOWER, CLASSED_BELOW, IS_LOWER, CHAR_CLASS);

/**
 * Class bits of the character at `i` (0 past either end). The bounds are tested first: an
 * out-of-range charCodeAt (NaN) makes V8 recompile its callers for floating-point codes.
 */
export function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < CLASSED_BELOW ? CHAR_CLASS[c] : 0;
}

const has = (code: number, bits: number): boolean => code < CLASSED_BELOW && (CHAR_CLASS[code] & bits) !== 0;
// Tests of one code unit (a UTF-16 code unit: the classes hold nothing outside the BMP).
export const isLetterCode = (code: number): boolean => has(code, IS_LETTER);
export const isUpperCode = (code: number): boolean => has(code, IS_UPPER);
export const isLowerCode = (code: number): boolean => has(code, IS_LOWER);
export const isDigitCode = (code: number): boolean => has(code, IS_DIGIT);
export const isMarkCode = (code: number): boolean => has(code, IS_MARK);
/**
 * Whether a pattern's classes or case folding may read the unit otherwise than CHAR_CLASS and
 * lower-casing: from U+1F00 up (Greek Extended, the Kelvin sign and other letter-like symbols,
 * which the i flag folds onto letters), General Punctuation (U+2000–U+206F, no case) aside.
 * Look-ups that stand for lexicon patterns leave such units to the pattern.
 */
export const isFoldedOutsideTable = (code: number): boolean => code >= CLASSED_BELOW && (code < 0x2000 || code > 0x206f);
/** A letter or digit: where a pattern's word boundary ends at the least. */
export const isLetterOrDigitCode = (code: number): boolean => has(code, IS_LETTER | IS_DIGIT);
/** A letter, combining mark or digit: a word character (`[${LETTER}${MARK}${DIGIT}]`). */
export const isWordCode = (code: number): boolean => has(code, IS_WORD);

// Tests of a text used across the rules, read from the table: as patterns (`^[${UPPER}]`, `[${LETTER}]`
// with the u flag) V8 compiled a class of 2,400 characters at each one's first use in a run.
/** The text starts with an upper-case letter. */
export const startsUpper = (text: string): boolean => text.length > 0 && isUpperCode(text.charCodeAt(0));
/** The text starts with a lower-case letter. */
export const startsLower = (text: string): boolean => text.length > 0 && isLowerCode(text.charCodeAt(0));
/** The text holds a letter (for one character: is it a letter). */
export const hasLetter = (text: string): boolean => holds(text, IS_LETTER);
/** The text holds an upper-case letter. */
export const hasUpper = (text: string): boolean => holds(text, IS_UPPER);

/** Does a code unit of `text` have one of `bits`? (The classes hold no surrogate: a code unit stands for its code point.) */
function holds(text: string, bits: number): boolean {
  for (let i = 0; i < text.length; i++) if (has(text.charCodeAt(i), bits)) return true;
  return false;
}

/**
 * The dashes a separator may be written with, as data: hyphen-minus, figure dash (U+2012),
 * en dash (U+2013), em dash (U+2014), horizontal bar (U+2015) and minus sign (U+2212).
 * Vietnamese web text sets a byline, an outlet tag, a role or a second name off with any of
 * them ("Ông A – Giám đốc Sở B", "Tường Vy — SGGPO", "TP - Sáng 18-8"): editors and word
 * processors turn " - " into an en or em dash, some CMSs and Windows keyboards give the bar
 * or the minus sign, and the figure dash looks the same. Not the hyphens U+2010 and U+2011,
 * which are written only inside a word, nor the two- and three-em dashes (U+2E3A, U+2E3B),
 * which mark something left out. Only the hyphen-minus joins a word ("GD-ĐT", "30-4",
 * "Covid-19"): a site that reads a separator must still look at the spaces around it.
 */
export const SEPARATOR_DASHES = '-\u2012\u2013\u2014\u2015\u2212';

/** SEPARATOR_DASHES as a class body, for patterns: `[${DASH}]`, `[${DASH},]`. */
export const DASH = [...SEPARATOR_DASHES].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

// A table by code unit up to the highest dash: scanners test every character with it.
const DASH_CODES = new Uint8Array(Math.max(...[...SEPARATOR_DASHES].map((c) => c.charCodeAt(0))) + 1);
for (const c of SEPARATOR_DASHES) DASH_CODES[c.charCodeAt(0)] = 1;
/** Whether the code unit `code` is one of SEPARATOR_DASHES. */
export const isDashCode = (code: number): boolean => code < DASH_CODES.length && DASH_CODES[code] === 1;

/**
 * The marks that open a list item ("- ", "• ", "* ", "+ "; a number and "." or ")" too, which
 * each reader tests itself): any separator dash, a bullet, an asterisk or a plus sign.
 */
export const LIST_MARKS = `${SEPARATOR_DASHES}•*+`;

/** LIST_MARKS as a class body, for patterns: `[${LIST_MARK}]`. */
export const LIST_MARK = `${DASH}•*+`;

/** The text holds a dash of SEPARATOR_DASHES. */
export const HAS_DASH = new RegExp(`[${DASH}]`, 'u');

/** Whether `text` is a single dash (a dash token, a dash character read as a string). */
export const isDashText = (text: string | undefined): boolean => text !== undefined && text.length === 1 && isDashCode(text.charCodeAt(0));
