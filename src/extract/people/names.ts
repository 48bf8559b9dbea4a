/**
 * Personal names: runs of capitalised syllables, and whether a run is plausibly a person
 * (a Vietnamese family name first, or a foreign name) rather than a place or a thing.
 */
import { DOTTED_ABBREVIATIONS } from '../../lexicon/vi/abbreviations.js';
import { PROVINCE_UNITS } from '../../lexicon/vi/places.js';
import { ADDRESSED_SURNAMES, BAPTISMAL_NAMES, FOREIGN_NAME_PARTICLES, MAJOR_SURNAMES, MONASTIC_FAMILY_NAME, NOT_NAME_WORDS, PERSONAL_MIDDLE_NAMES, PREPOSITION_SURNAMES, SURNAMES, UNITS_BEFORE_PLACE_NAMES } from '../../lexicon/vi/names.js';
import { ADMIN_UNIT_SET, HONORIFIC_SET, ORG_HEAD_SET, PLACE_NAME_SET, PLACE_WORD_SET, POSITION_SET } from '../phrases.js';
import { KeyPhrases, WordSet } from '../phrase-sets.js';
import { splitDottedTitlesBefore, splitGluedWordsBefore, type Token } from '../tokens.js';
import { ACADEMIC_TITLES, MONASTIC_ABBREVIATIONS } from '../../lexicon/vi/honorifics.js';
import { CLASSED_BELOW } from '../../core/chars.js';

const SURNAME_KEYS = new WordSet(SURNAMES);
splitGluedWordsBefore(SURNAME_KEYS.bit);
// One-word titles ("PGS.TS", "ThS") and monks' abbreviated ranks ("TT.Thích …"): a dot may
// glue them to the name after.
splitDottedTitlesBefore(new WordSet([...ACADEMIC_TITLES.filter((title) => !title.includes(' ')), ...MONASTIC_ABBREVIATIONS]).bit);
const NOT_NAME_KEYS = new WordSet(NOT_NAME_WORDS);
const UNIT_BEFORE_PLACE_KEYS = new WordSet(UNITS_BEFORE_PLACE_NAMES);
const MAJOR_SURNAME_KEYS = new WordSet(MAJOR_SURNAMES);
const ADDRESSED_SURNAME_KEYS = new WordSet(ADDRESSED_SURNAMES);
const DOTTED_KEYS = new WordSet(DOTTED_ABBREVIATIONS);
const PERSONAL_MIDDLE_KEYS = new WordSet(PERSONAL_MIDDLE_NAMES);
const BAPTISMAL_KEYS = new WordSet(BAPTISMAL_NAMES);
const PREPOSITION_SURNAME_KEYS = new WordSet(PREPOSITION_SURNAMES);

/**
 * The full stop at `j` of a dotted place abbreviation before a capitalised word ("TP. Hồ
 * Chí Minh", "Tp. Vinh"): inside a name, a role or an organisation, it ends nothing.
 */
export function isPlaceAbbreviationDot(tokens: readonly Token[], j: number): boolean {
  const dot = tokens[j];
  const before = tokens[j - 1];
  // Flags and offsets first: a token's text is cut from the document when first asked.
  return !!dot && !!before && before.cap && !dot.word && before.end === dot.start && dot.end === dot.start + 1 && dot.text === '.'
    && DOTTED_KEYS.has(before) && ADMIN_UNIT_SET.match(tokens, j - 1) === 1 && !!tokens[j + 1]?.cap;
}

/** A place word ends right before `i` ("đường Nguyễn Trãi", "TP. Hồ Chí Minh"): what follows names a place. */
export const placeWordBefore = (tokens: readonly Token[], i: number): boolean =>
  PLACE_WORD_SET.endsBefore(tokens, i) || (isPlaceAbbreviationDot(tokens, i - 1) && PLACE_WORD_SET.endsBefore(tokens, i - 1));

/** Longest native name in syllables (family name, middle names, given name). */
export const MAX_NATIVE_SYLLABLES = 4;
export const MAX_NAME_SYLLABLES = 5;

/** A capitalised word of letters: "Cương", "H'Luyên", "Hang-seo"; not "UBND", "GD&ĐT", "30-4". */
export function isNameSyllable(t: Token | undefined): boolean {
  return !!t && t.nameSyllable;
}

/** A capitalised name syllable at `k` standing alone, none beside it (one of "Việt - Đức"): no person's full name. */
export const isLoneNameSyllable = (tokens: readonly Token[], k: number): boolean =>
  !!tokens[k]?.nameSyllable && !tokens[k - 1]?.nameSyllable && !tokens[k + 1]?.nameSyllable;

/** End (exclusive) of the run of name syllables from `i`, cut before a position word. */
export function nameRunEnd(tokens: readonly Token[], i: number, max = MAX_NAME_SYLLABLES + 3): number {
  let j = i;
  while (j < tokens.length && j - i < max && isNameSyllable(tokens[j])) {
    // "Lê Văn A Giám đốc …", "Lê Văn A Phó Giám đốc …" (no given name is "Phó").
    if (j - i >= 2 && (POSITION_SET.has(tokens, j) || (tokens[j].key === 'phó' && POSITION_SET.match(tokens, j + 1, true) > 0))) break;
    j++;
    if (isMiddleInitialDot(tokens, i, j)) j++;
    else if (isForeignHyphen(tokens, j)) j++;
    else j = foreignParticlesEnd(tokens, j);
  }
  return j;
}

const PARTICLE_KEYS: ReadonlySet<string> = new Set(FOREIGN_NAME_PARTICLES);

/**
 * "Aukje de Vries", "Ursula von der Leyen": the end of the lower-case particles from `j` when
 * they stand between two foreign syllables (neither a Vietnamese one), inside one name; else `j`.
 */
function foreignParticlesEnd(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k < tokens.length && tokens[k].word && !tokens[k].cap && PARTICLE_KEYS.has(tokens[k].text)) k++;
  const after = tokens[k];
  return k > j && isNameSyllable(after) && !isNativeSyllable(tokens[j - 1].text) && !isNativeSyllable(after.text) ? k : j;
}

/**
 * "Philipp Schmidt-Thome": the hyphen at `j` joins two foreign syllables, glued to both, into
 * one double family name. Not next to a Vietnamese syllable ("Lê Văn An-Giám đốc Sở": a
 * role set off by a dash typed without spaces).
 */
function isForeignHyphen(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const hyphen = tokens[j];
  const after = tokens[j + 1];
  return hyphen?.text === '-' && hyphen.start === before.end && after?.start === hyphen.end && isNameSyllable(after) && after.cap
    && !isNativeSyllable(before.text) && !isNativeSyllable(after.text);
}

/**
 * "Donald J. Trump", "Jerril G. Santos": the dot at `j` closes a foreign name's middle
 * initial (the run from `i` opens with a syllable no Vietnamese word has), and the name goes
 * on after it. A Vietnamese name never has one: "Lê Văn A. Sau đó, …" ends a sentence.
 */
function isMiddleInitialDot(tokens: readonly Token[], i: number, j: number): boolean {
  const initial = tokens[j - 1];
  const dot = tokens[j];
  return j - 1 > i && initial.text.length === 1 && dot?.text === '.' && dot.start === initial.end
    && isNameSyllable(tokens[j + 1]) && tokens[j + 1].start === dot.end + 1 && !isNativeSyllable(tokens[i].text);
}

export const isSurname = (t: Token) => SURNAME_KEYS.has(t);
/** The word after `i` is a middle name only persons bear ("Thị"): `i` opens a name, whatever its family name. */
export const hasPersonalMiddleName = (tokens: readonly Token[], i: number): boolean => !!tokens[i + 1] && PERSONAL_MIDDLE_KEYS.has(tokens[i + 1]);
/** One of the most common family names ("Nguyễn", "Lê"): far likelier a person's than a rarer one. */
export const isMajorSurname = (t: Token) => MAJOR_SURNAME_KEYS.has(t);

// Vietnamese syllable shape (diacritics removed): onset, vowel nucleus, coda. A syllable
// outside it ("Keomanivong", "Jimmy", "Chae") marks a foreign name. The shape is
//   ^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?
//    (?:uye|uya|uyu|uoi|uou|oai|oay|oao|oeo|uay|ieu|yeu|ai|ao|au|ay|eo|eu|ia|iu|ie|oa|oe|oi|ua|ue|ui|uo|uy|uu|ya|ye|yu|[aeiouy])
//    (?:ch|ng|nh|[cmnpt])?$
// tried part by part on the base letters (numbered a = 1 … z = 26, packed by fives into
// an index of one table of part flags), not
// matched on a plain copy of the text: no string is made per syllable, nor kept.
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', ...'bcdghklmnprstvx'];
const NUCLEI = [
  'uye', 'uya', 'uyu', 'uoi', 'uou', 'oai', 'oay', 'oao', 'oeo', 'uay', 'ieu', 'yeu', 'ai', 'ao', 'au', 'ay', 'eo', 'eu', 'ia',
  'iu', 'ie', 'oa', 'oe', 'oi', 'ua', 'ue', 'ui', 'uo', 'uy', 'uu', 'ya', 'ye', 'yu', ...'aeiouy',
];
const CODAS = ['ch', 'ng', 'nh', ...'cmnpt'];
const packed = (letters: string) => [...letters].reduce((n, c) => n * 32 + c.charCodeAt(0) - 96, 0);
const ONSET = 1;
const NUCLEUS = 2;
const CODA = 4;
/**
 * The part flags by packed letters (three letters at most: below 32 ** 3), in one table: a
 * syllable's look-ups fall in one table's lines, not three (the tables are cold at each
 * document's first names).
 */
const PARTS = new Uint8Array(32 ** 3);
for (const [flag, parts] of [[ONSET, ONSETS], [NUCLEUS, NUCLEI], [CODA, CODAS]] as const) for (const part of parts) PARTS[packed(part)] |= flag;
/** Most letters of a native syllable: onset, nucleus and coda at their longest. */
const MAX_NATIVE_LETTERS = 8;

/** BASE_LETTER values besides the letters: not worked out yet, a combining mark (dropped), anything else. */
const UNKNOWN = 0;
const MARK = 27;
const OTHER = 255;

/**
 * By code unit: the base letter (1-26) a character lower-cases, decomposes and drops its
 * marks to ("Ấ" → a, "đ" → d), MARK for a combining mark, OTHER for anything else (then the
 * syllable is plainly made and tested as a whole). Worked out for each character when first
 * met: normalising them all at once would cost every start a couple of milliseconds.
 */
const BASE_LETTER = new Uint8Array(CLASSED_BELOW);
for (let c = 0; c < 26; c++) BASE_LETTER[0x41 + c] = BASE_LETTER[0x61 + c] = c + 1;
BASE_LETTER.fill(MARK, 0x300, 0x370);

function baseLetterOf(code: number): number {
  const plain = plainLetters(String.fromCharCode(code));
  const base = plain.length === 1 && plain >= 'a' && plain <= 'z' ? plain.charCodeAt(0) - 96 : OTHER;
  BASE_LETTER[code] = base;
  return base;
}

/** The text lower-cased, without its diacritics ("đ" as "d"). */
const plainLetters = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');

/** letters[from, to) packed by fives. */
function pack(letters: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 32 + letters[k];
  return n;
}

/** Does letters[0, n) split into onset, nucleus and coda (see above)? */
function hasNativeShape(letters: Uint8Array, n: number): boolean {
  for (let onset = Math.min(3, n - 1); onset >= 0; onset--) {
    if (onset > 0 && !(PARTS[pack(letters, 0, onset)] & ONSET)) continue;
    for (let nucleus = 1; nucleus <= 3 && onset + nucleus <= n; nucleus++) {
      if (!(PARTS[pack(letters, onset, onset + nucleus)] & NUCLEUS)) continue;
      const coda = n - onset - nucleus;
      if (coda === 0 || (coda <= 2 && PARTS[pack(letters, onset + nucleus, n)] & CODA)) return true;
    }
  }
  return false;
}

const letters = new Uint8Array(MAX_NATIVE_LETTERS + 1);

export function isNativeSyllable(text: string): boolean {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    let base = c < CLASSED_BELOW ? BASE_LETTER[c] : OTHER;
    if (base === UNKNOWN) base = baseLetterOf(c);
    if (base === MARK) continue;
    if (base === OTHER) return hasNativeShapeText(plainLetters(text));
    if (n === MAX_NATIVE_LETTERS) return false;
    letters[n++] = base;
  }
  return hasNativeShape(letters, n);
}

/** hasNativeShape of a plain string, for the rare syllable with a character not in BASE_LETTER. */
function hasNativeShapeText(plain: string): boolean {
  if (plain.length > MAX_NATIVE_LETTERS) return false;
  for (let k = 0; k < plain.length; k++) {
    const c = plain.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return false;
    letters[k] = c - 96;
  }
  return hasNativeShape(letters, plain.length);
}

/**
 * Is tokens [from, to) a plausible full personal name? `addressed`: a form of address stands
 * before it, after which a family name that is also a common word may open it (ADDRESSED_SURNAMES).
 * `anyFamily`: the context says it is a person (a form of address before, a post after), so
 * three syllables or more need no known family name.
 */
export function isPlausibleName(tokens: readonly Token[], from: number, to: number, addressed = false, anyFamily = false): boolean {
  const n = to - from;
  if (n < 2 || n > MAX_NAME_SYLLABLES) return false;
  // "Hà Nội", "Thái Lan"; a three-syllable place may also be a person ("Hồ Chí Minh").
  if (n < 3 && PLACE_NAME_SET.match(tokens, from) === n) return false;
  // "Nông Lâm Vĩnh Long": a run ending in a province is an organisation's name; but a family
  // name and a given name that spells a province make a person ("Trương Hòa Bình"), when
  // they are the whole capitalised run (a form of address aside), not the tail of a longer one.
  // Not a family name that is also a preposition with no form of address ("Từ Hà Nội về …").
  const before = tokens[from - 1];
  const givenIsPlace = n === 3 && isSurname(tokens[from]) && !(before?.word && before.cap && !HONORIFIC_SET.has(tokens, from - 1))
    && !(PREPOSITION_SURNAME_KEYS.has(tokens[from]) && !addressed);
  for (let k = from + 1; k < to - 1; k++) if (PLACE_NAME_SET.match(tokens, k) === to - k && !givenIsPlace) return false;
  for (let k = from; k < to; k++) if (NOT_NAME_KEYS.has(tokens[k]) || (k < to - 1 && UNIT_BEFORE_PLACE_KEYS.has(tokens[k]))) return false;
  for (let k = from; k < to; k++) if (!isNativeSyllable(tokens[k].text)) return true;
  // "Thích Đạt Ma Chí Hải": a monk's name, "Thích" and a lineage name of up to four syllables.
  if (n > MAX_NATIVE_SYLLABLES && tokens[from].text !== MONASTIC_FAMILY_NAME) return false;
  return isSurname(tokens[from]) || (anyFamily && n >= 3) || (n === 2 && MAJOR_SURNAME_KEYS.has(tokens[from + 1]))
    || (addressed && n >= 3 && ADDRESSED_SURNAME_KEYS.has(tokens[from]))
    || (n >= 3 && hasPersonalMiddleName(tokens, from));
}

/** Two or three native syllables that are no place: a stage or pen name (after an artistic or academic title, "NSND Lan Hương"). */
export function isStageName(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!isNativeSyllable(tokens[k].text) || PLACE_NAME_SET.match(tokens, k) > 1) return false;
  return true;
}

/**
 * What stands right before a capitalised run that may end in a name ('regnal': a monarch's
 * title, "vua"; 'rank': a military rank, "Thiếu tá", a position too).
 */
export type RunContext = 'position' | 'rank' | 'regnal' | 'place-word' | 'org-head' | 'namesake' | 'other';

/** Syllables of a full native name (family, middle and given name). */
export const FULL_NAME_SYLLABLES = 3;

/**
 * Where the name starts inside a capitalised run that follows a role or organisation
 * ("… Sở GD&ĐT Hà Nội Trần Thế Cương"): known place names at its head are skipped; a run
 * that is only a place name is a person only straight after a position and when it is a
 * full three-syllable name ("Chủ tịch Hồ Chí Minh", not "Tổng thống Hàn Quốc"); after a
 * place word ("xã", "tỉnh") or an organisation head ("Hiệp hội") the run opens with the
 * place or organisation's own name unless it is a full native name, and after a namesake
 * word ("THPT", "Giải") it always does ("Trường THPT Lê Quý Đôn"). A native name (family
 * name first) is preferred; a foreign one must open the run and hold no known place.
 * Returns -1 when the run holds no name.
 */
export function nameStartInRun(tokens: readonly Token[], from: number, to: number, context: RunContext): number {
  // "vua An Dương Vương", "công chúa Mỵ Châu": a reign or given name, no family name first.
  if (context === 'regnal' && isRegnalName(tokens, from, to)) return from;
  // "Thiếu tá Định Quốc Kiệt": a rank is only ever a person's, so a full native name after it
  // is one, though its family name is rarer than the lexicon lists.
  if (context === 'rank' && to - from === FULL_NAME_SYLLABLES && isRegnalName(tokens, from, to)) return from;
  const titled = context === 'position' || context === 'rank' || context === 'regnal';
  // "Đức cha Gioan Maria Vũ Tất": saints' names before a family name are the person's.
  let baptised = from;
  while (baptised < to && BAPTISMAL_KEYS.has(tokens[baptised])) baptised++;
  if (baptised > from && to - baptised >= 2 && isSurname(tokens[baptised]) && isPlausibleName(tokens, baptised, to)) return from;
  const whole = PLACE_NAME_SET.match(tokens, from);
  if (whole === to - from) return titled && isPlausibleName(tokens, from, to) ? from : -1;
  let k = from;
  for (let p = whole; p > 0 && k + p < to; p = PLACE_NAME_SET.match(tokens, k)) k += p;
  const guarded = k === from && (!titled && context !== 'other' || ORG_HEAD_SET.has(tokens, from));
  for (let s = k; s <= to - 2; s++) {
    // A family name, or one the lexicon lacks before "Thị", which only a person's name holds ("tỉnh Văn Thị A").
    const opensName = isSurname(tokens[s]) || (to - s >= FULL_NAME_SYLLABLES && hasPersonalMiddleName(tokens, s));
    if (!opensName || !isPlausibleName(tokens, s, to) || PLACE_NAME_SET.match(tokens, s) === to - s) continue;
    if (s === from && guarded && (to - from < 3 || context === 'namesake') && !provinceHeadsName(tokens, from, to, context)) continue;
    // "UBND Huyện Châu Phú": after a unit written with a capital, a place's name.
    if (s > from && ADMIN_UNIT_SET.endsBefore(tokens, s, 2)) continue;
    // "cha Trưởng hạt Đông Nam Phú Thọ Ignatiô Nguyễn Quang Triều": saints' names stay with it.
    while (s > k && BAPTISMAL_KEYS.has(tokens[s - 1])) s--;
    return s;
  }
  if (guarded || !isPlausibleName(tokens, k, to)) return -1;
  for (let s = k; s < to; s++) if (PLACE_NAME_SET.match(tokens, s) > 1) return -1;
  return k;
}

/** (A KeyPhrases set: the phrase sets' token bits are all taken.) */
const PROVINCE_UNIT = new KeyPhrases(PROVINCE_UNITS);

/**
 * "Phó Chủ tịch UBND tỉnh Hoàng Nam;": two syllables after "tỉnh" closing a post, a common
 * family name first and no province's name, then the item's end, are the post holder's name.
 */
function provinceHeadsName(tokens: readonly Token[], from: number, to: number, context: RunContext): boolean {
  if (context !== 'place-word' || to - from !== 2 || from === 0 || PROVINCE_UNIT.at(tokens, from - 1) !== 1 || !isMajorSurname(tokens[from])) return false;
  const after = tokens[to];
  return !after || after.text === ';' || after.text === '.' || after.text === ',';
}

/**
 * Whether tokens [from, to), after a monarch's title (or a rank), are a name as such titles
 * take: two to four native syllables, holding no place name or word that is never a name's,
 * whatever the first.
 */
function isRegnalName(tokens: readonly Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > MAX_NATIVE_SYLLABLES) return false;
  for (let k = from; k < to; k++) {
    if (NOT_NAME_KEYS.has(tokens[k]) || !isNativeSyllable(tokens[k].text) || PLACE_NAME_SET.match(tokens, k) > 1) return false;
  }
  return true;
}
