/**
 * Organisation names in a block's tokens: a head word ("Sở", "UBND", "Trường", "Hội")
 * and its proper part, which runs over capitalised words, acronyms and numbers, an
 * administrative unit with its name ("huyện Cần Giờ", "TP HCM"), lower-case syllables that
 * lead to a further capitalised word ("Ban Tuyên giáo Tỉnh ủy") or complete the word just
 * before ("Sở Du lịch"), "tại" + a place for embassies and associations abroad, a
 * parenthesised acronym ("Hiệp hội … (VIA)"), and a committee's purpose in lower case up to
 * the unit before its verb ("Ban chỉ đạo … tỉnh phối hợp với"). It ends before "thuộc".
 */
import { isDigitCode, UPPER } from '../../core/chars.js';
import { acronymLetters, baseInitial, isRomanNumeral } from '../../core/text.js';
import {
  ADMIN_UNIT_SET, BREAKER_IN_COMPOUND, BREAKER_SET, COORGANIZER_LINK_SET, EVENT_NOUN_SET, LOWER_CASE_HEAD_SET, NOT_ORGANIZATION_SET, ORG_HEAD_SET,
  ORGANIZING_VERB_SET, PLACE_NAME_SET, POSITION_SET,
} from '../phrases.js';
import { isLoneNameSyllable, isPlaceAbbreviationDot, nameRunEnd, nameStartInRun } from '../people/names.js';
import { isDash, matchPosition } from '../people/roles.js';
import {
  ACADEMIC_SET, HONORIFIC_SET, NAMESAKE_SET, ORGANIZED_BY_SET, ORGANIZING_ADVERB_SET, SPONSORING_VERB_PHRASES, STANDALONE_HEAD_SET, STAND_IN_SET, skipOrganizingAdverbs,
} from '../phrases.js';
import { derivedKey, type Block, type VnDocument } from '../../core/document.js';
import { entryWords, KeyPhrases, PhraseSet, WordSet } from '../phrase-sets.js';
import { blockTokens, type Token } from '../tokens.js';
import { ADMIN_UNITS, BRAND_HEADS, COUNTING_WORDS, FIELD_NAMED_HEADS, HALF_CAPITALISED_FIELDS, HALF_CAPITALISED_WORDS, HEAD_WORD_COMPOUNDS, LOWER_CASE_HEADS, NOT_FIELD_OPENERS, OWNER_LINKS, POLICE_FIELDS, POLICE_WORDS, SECTOR_WORDS, VISIT_PURPOSE_VERBS } from '../../lexicon/vi/organizations.js';
import { SecondSyllables } from '../compounds.js';
import { DATED_OPENERS } from '../../lexicon/vi/captions.js';
import { MEMBER_GROUPS, PEOPLE_GROUPS } from '../../lexicon/vi/events.js';
import { keySet } from '../../lexicon/compile.js';

export interface TokenSpan {
  start: number;
  end: number;
  bare: boolean;
  /** The place it shares with the body after it ("HĐND" of "…, UBND xã X"): tokens [start, end). */
  place?: { start: number; end: number };
}

const COUNTING_WORD_SET = new WordSet(COUNTING_WORDS);
/** One-word parts of the day that open a dated lead ("Ngày 26/4", "Sáng 5/3"), as match keys. */
const DAY_PART_KEYS = new Set(DATED_OPENERS.filter((w) => !w.includes(' ')));
/** Brands that name a bank alone (BRAND_HEADS): never a bare head. */
const BRAND_KEYS = keySet(BRAND_HEADS);

/** Most tokens in one organisation name; most lower-case syllables in a row inside it. */
const MAX_TOKENS = 16;
const MAX_LOWER_RUN = 5;
const MAX_TRAILING_LOWER = 3;

/** An organising verb, a co-organiser link or an adverb before them: the subject ends here. */
const endsSubject = (tokens: readonly Token[], j: number) =>
  ORGANIZING_VERB_SET.has(tokens, j) || COORGANIZER_LINK_SET.has(tokens, j) || ORGANIZING_ADVERB_SET.has(tokens, j);

/**
 * A longer lower-case tail ("Liên hiệp các Hội khoa học kỹ thuật phối hợp với …") ends a
 * name only before an organising verb or a link of two words or more: a one-word link also
 * means "the same" or "with" ("… dành trọn buổi chiều cùng ngày").
 */
const MAX_TAIL_BEFORE_VERB = 5;
const surelyEndsSubject = (tokens: readonly Token[], j: number) => {
  const k = skipOrganizingAdverbs(tokens, j);
  return ORGANIZING_VERB_SET.has(tokens, k) || COORGANIZER_LINK_SET.match(tokens, k) >= 2;
};

/**
 * Is `t` the punctuation `mark`? Asked of words too, whose text (cut from the document when
 * first asked) is left uncut: no mark is a word.
 */
const isMark = (t: Token | undefined, mark: string) => !!t && !t.word && t.text === mark;

/** Most tokens of a bracketed aside between a subject and its verb. */
const MAX_ASIDE = 10;

/** Past a short bracketed aside at `j` ("… Tư vấn nghề nghiệp (Tỉnh đoàn Lâm Hà) tổ chức"), or `j`. */
function pastAside(tokens: readonly Token[], j: number): number {
  if (!isMark(tokens[j], '(')) return j;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_ASIDE; k++) if (isMark(tokens[k], ')')) return k + 1;
  return j;
}

/** Most adverbs in a row before an organising verb ("cũng đã long trọng tổ chức"). */
const MAX_ADVERBS = 4;

/**
 * A lower-case organising adverb at `j` that leads, past any further adverbs, to an
 * organising verb or link: "Trường X long trọng tổ chức" ends the name before it.
 */
function adverbBeforeVerb(tokens: readonly Token[], j: number): boolean {
  if (tokens[j].cap) return false;
  const k = skipOrganizingAdverbs(tokens, j, MAX_ADVERBS);
  return k > j && (ORGANIZING_VERB_SET.has(tokens, k) || COORGANIZER_LINK_SET.has(tokens, k));
}

/** A capitalised word or a number (read on the key: the name rules ask a lower-case word's key next). */
const isProper = (t: Token | undefined) => !!t?.word && (t.cap || isDigitCode(t.key.charCodeAt(0)));

/** Phrase sets a head starts in: a word that starts neither is no head. */
const HEAD_BITS = ORG_HEAD_SET.bit | LOWER_CASE_HEAD_SET.bit;

/** Most tokens of a lower-case head (LOWER_CASE_HEAD_SET holds these): a capitalised word must follow within as many. */
// (Counted from the words the phrase set keys them by, which the CLI has from its build:
// tokenizing every head at start-up cost most of a millisecond of cold code.)
const MAX_LOWER_HEAD = Math.max(...entryWords(LOWER_CASE_HEADS).map((words) => words.length));

/** Length of an organisation head at `i`; a lower-case head counts before a proper word ("trường ĐH …"). */
export function matchHead(tokens: readonly Token[], i: number): number {
  // Words that are no organisation ("hội trường") are looked up only for a head.
  const n = ORG_HEAD_SET.match(tokens, i) || lowerCaseHead(tokens, i);
  return n && !NOT_ORGANIZATION_SET.has(tokens, i) && !afterSectorWord(tokens, i) && !verbBeforeEvent(tokens, i, n) ? n : 0;
}

/** "Tổ chức Hội thi …" (a headline's verb, capitalised): a head that is an organising verb, before an event noun, is the verb. */
const verbBeforeEvent = (tokens: readonly Token[], i: number, head: number) =>
  EVENT_NOUN_SET.has(tokens, i + head) && ORGANIZING_VERB_SET.match(tokens, i) === head;

/** Asked of the word before every head: by word number, its key (most often cut for nothing) left uncut. */
const SECTOR_WORD_SET = new WordSet(SECTOR_WORDS);

/** "ngành Ngân hàng": the head names a sector, not a body. */
const afterSectorWord = (tokens: readonly Token[], i: number) => i > 0 && !tokens[i - 1].cap && SECTOR_WORD_SET.has(tokens[i - 1]);

/**
 * Lower case only for heads that are not also common words ("trường ĐH …", not "tổ chức
 * Diễn đàn" or "nhà báo Việt Nam"), never as the second syllable of a word ("Phái đoàn"),
 * and before a capitalised word. Nor inside a word that is no organisation ("hội trường
 * UBND xã").
 */
function lowerCaseHead(tokens: readonly Token[], i: number): number {
  // Most words that open a head open only a capitalised one ("Sở", "Bộ"): nothing to read.
  // (Past the last token there is none, as for the phrase sets' match.)
  if (i >= tokens.length || !(tokens[i].starts & LOWER_CASE_HEAD_SET.bit)) return 0;
  let capitalised = false;
  for (let k = i + 1; k <= i + MAX_LOWER_HEAD && k < tokens.length && !capitalised; k++) capitalised = tokens[k].cap;
  if (!capitalised) return 0;
  const inWord = i > 0 && (tokens[i - 1].cap || NOT_ORGANIZATION_SET.match(tokens, i - 1) > 1);
  const lower = inWord ? 0 : LOWER_CASE_HEAD_SET.match(tokens, i);
  return lower && tokens[i + lower]?.cap ? lower : 0;
}

const OWNER_LINK_PHRASES = new KeyPhrases(OWNER_LINKS);
/** The first words of the owner links: asked of every lower-case word after a name, by word number. */
const OWNER_LINK_FIRST_WORDS = new WordSet(OWNER_LINKS.map((link) => link.split(' ')[0]));

/** Length of a lower-case owner link at `j` ("thuộc", "trực thuộc"; see OWNER_LINKS), or 0. */
export function ownerLinkLength(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t?.word || t.cap || !OWNER_LINK_FIRST_WORDS.has(t)) return 0;
  const length = OWNER_LINK_PHRASES.at(tokens, j);
  // Both words in lower case: "trực thuộc".
  return length === 2 && (!tokens[j + 1].word || tokens[j + 1].cap) ? 0 : length;
}

const FIELD_NAMED_HEAD = new KeyPhrases(FIELD_NAMED_HEADS);
const VISIT_PURPOSE = new KeyPhrases(VISIT_PURPOSE_VERBS);

/**
 * "về" at `j` opens the field a body is named for ("Ủy ban về người Việt Nam ở nước ngoài"):
 * the name at `i` has a head of FIELD_NAMED_HEADS, and no verb follows "về" ("Ban Chỉ đạo
 * tỉnh về kiểm tra …": it came to check).
 */
function opensField(tokens: readonly Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  return tokens[j].key === 'về' && !tokens[j].cap && !!next?.word && FIELD_NAMED_HEAD.at(tokens, i) > 0 && !stops(tokens, j + 1) && !VISIT_PURPOSE.at(tokens, j + 1);
}

/** A word that cannot be inside an organisation name. */
function stops(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.word) return true;
  if (t.cap) return false;
  // "và" and "với" also join words inside names ("Sở Tài nguyên và Môi trường").
  const link = COORGANIZER_LINK_SET.has(tokens, i) && t.key !== 'và' && t.key !== 'với';
  return link || ORGANIZED_BY_SET.has(tokens, i) || (BREAKER_SET.has(tokens, i) && !BREAKER_IN_COMPOUND.closesToken(tokens, i))
    || ORGANIZING_VERB_SET.has(tokens, i) || POSITION_SET.match(tokens, i, true) > 0;
}

/**
 * Is the comma or dash at `j` the end of a name whose last `lowerRun` words are lower-case,
 * the next organisation after it? After a comma two such words end a name anyway.
 */
function nextOrganization(tokens: readonly Token[], j: number, lowerRun: number): boolean {
  const t = tokens[j];
  const comma = isMark(t, ',');
  if (comma && lowerRun <= 2) return true;
  return (comma || isDash(t)) && matchHead(tokens, j + 1) > 0;
}

/** Most words between the start of a position and the organisation it belongs to. */
const MAX_ROLE_REACH = 6;

/**
 * Does a position start shortly before `i`, with only words between ("Thứ trưởng" in
 * "Thứ trưởng Bộ Y tế Lê A", "Phó Thủ tướng Thường trực" before "Chính phủ Lê B", "Chủ
 * tịch Quốc hội" holding the head itself)?
 */
function afterPosition(tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k <= MAX_ROLE_REACH && k <= i; k++) {
    if (!tokens[i - k].word) return false;
    if (matchPosition(tokens, i - k) > 0) return true;
  }
  return false;
}

/**
 * A capitalised word at `j` that opens neither another organisation, a role, a form of
 * address nor an academic title ("- Cô Lê A", "và Giáo sư Lê B").
 */
const joinsNext = (tokens: readonly Token[], j: number) =>
  !!tokens[j]?.cap && !matchHead(tokens, j) && !matchPosition(tokens, j) && !HONORIFIC_SET.has(tokens, j) && !ACADEMIC_SET.has(tokens, j);

/** Most words of the fields listed after a comma inside a name (see listedFieldsEnd). */
const MAX_LISTED_FIELDS = 12;

/** A capitalised word at `k` that joins a name ("Thông tin"; see joinsNext). */
const fieldWord = (tokens: readonly Token[], k: number) => joinsNext(tokens, k) && tokens[k].word && !tokens[k].acronym;

/**
 * After a comma inside a name, fields of the same name up to "và" and the last one: a
 * capitalised word, then "và" and a capitalised word and a lower-case one ("Thông tin và
 * Thể thao"; a person's name is capitalised throughout). Returns the end of the last
 * field's two words, or -1.
 */
function listedFieldsEnd(tokens: readonly Token[], k: number): number {
  for (let n = k; n < tokens.length && n - k < MAX_LISTED_FIELDS; n++) {
    const t = tokens[n];
    // "Công ty Cổ phần Sản xuất, Xây dựng, Thương mại và Nông nghiệp X": more fields, each a
    // capitalised word and a lower-case one, after commas.
    if (n > k && isMark(t, ',') && fieldWord(tokens, n + 1) && tokens[n + 2]?.word && !tokens[n + 2].cap) continue;
    if (!t.word) return -1;
    if (t.key !== 'và' || t.cap) continue;
    const last = tokens[n + 2];
    return n > k && fieldWord(tokens, k) && fieldWord(tokens, n + 1) && last?.word && !last.cap ? n + 3 : -1;
  }
  return -1;
}

/**
 * End of a lower-case position word that closes a name's lower-case tail right before the
 * organising verb ("Ban Công tác đại biểu đã tổ chức"), or -1.
 */
function positionTailEnd(tokens: readonly Token[], j: number, lowerRun: number): number {
  const n = tokens[j].cap ? 0 : POSITION_SET.match(tokens, j, true);
  return n && lowerRun + n <= MAX_TRAILING_LOWER && endsSubject(tokens, j + n) ? j + n : -1;
}

/** Most capitalised words in the part of a place name after its dash ("Bà Rịa - Vũng Tàu"). */
const MAX_PLACE_PART = 2;

/**
 * End of the part of a hyphenated place name after the dash at `j` ("tỉnh Thừa Thiên - Huế"),
 * or -1: one or two capitalised words that join the name (see joinsNext), not a longer run
 * (a person: "tỉnh X - Nguyễn Văn A"), unless a person's name in a role follows them.
 */
function placePartEnd(tokens: readonly Token[], j: number, inRole: boolean): number {
  let k = j + 1;
  while (k - j <= MAX_PLACE_PART && joinsNext(tokens, k)) k++;
  if (k > j + 1 && !tokens[k]?.cap) return k;
  // In a role the person's name may follow: "Chủ tịch UBND tỉnh Thừa Thiên - Huế Lê Văn A".
  if (!inRole || k === j + 1) return -1;
  const name = nameStartInRun(tokens, j + 1, nameRunEnd(tokens, j + 1), 'other');
  return name > j + 1 && name <= k ? name : -1;
}

/** Most syllables of a district's name after a dash (seatBeforeVerbEnd). */
const MAX_SEAT_SYLLABLES = 3;

/**
 * End of a place's name after the dash at `j` that an organising verb follows (adverbs
 * between), or -1: one to three capitalised syllables, none opening an organisation (a
 * second body after a dash is another organiser: "Trường A – Trường B tổ chức").
 */
function seatBeforeVerbEnd(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  while (k < tokens.length && k - j <= MAX_SEAT_SYLLABLES && tokens[k].nameSyllable && !(tokens[k].starts & HEAD_BITS)) k++;
  return k > j + 1 && surelyEndsSubject(tokens, k) ? k : -1;
}

/**
 * End of the second country of a pair joined by the dash at `j` inside a name ("Hội Hữu
 * nghị Việt - Nhật", "Trường THPT Việt Nam - Lào"), or -1: a country's name or one
 * capitalised syllable on each side (one syllable is no person's full name, nor the start
 * of a longer name when no capitalised syllable follows it).
 */
function countryPairEnd(tokens: readonly Token[], j: number): number {
  if (!PLACE_NAME_SET.endsBefore(tokens, j, 4) && !isLoneNameSyllable(tokens, j - 1)) return -1;
  const country = PLACE_NAME_SET.match(tokens, j + 1);
  if (country) return j + 1 + country;
  return isLoneNameSyllable(tokens, j + 1) && joinsNext(tokens, j + 1) ? j + 2 : -1;
}

/** After the dash at `j`, a field's name: a capitalised word that joins a name, then a lower-case one ("Truyền hình"). */
const fieldAfterDash = (tokens: readonly Token[], j: number) =>
  fieldWord(tokens, j + 1) && !!tokens[j + 2]?.word && !tokens[j + 2].cap && !stops(tokens, j + 2);

/**
 * The acronym in the brackets at `open` spells the initials of the words of the name before
 * it, from `from` ("Liên đoàn Lao động (LĐLĐ)", "Sở Giáo dục và Đào tạo (GD&ĐT)": a "và"
 * of the name may stand unspelled), two letters at least.
 */
function abbreviatesWordsBefore(tokens: readonly Token[], from: number, open: number): boolean {
  const letters = acronymLetters(tokens[open + 1].text);
  if (letters.length < 2) return false;
  let k = open - 1;
  for (let n = letters.length - 1; n >= 0; n--, k--) {
    if (k >= from && tokens[k].key === 'và' && baseInitial(tokens[k].text) !== letters[n]) k--;
    if (k < from || !tokens[k].word || baseInitial(tokens[k].text) !== letters[n]) return false;
  }
  return true;
}

const MEMBER_GROUP = new KeyPhrases(MEMBER_GROUPS);

/**
 * After a name's capitalised field, lower-case words that name its members right
 * before the body's seat ("Hội Doanh nhân cựu chiến binh tỉnh Hải Dương"): their length, or 0.
 * Elsewhere such words after a name open a role or the clause after it.
 */
function membersBeforeSeat(tokens: readonly Token[], j: number): number {
  const members = MEMBER_GROUP.at(tokens, j);
  const unit = members ? ADMIN_UNIT_SET.match(tokens, j + members) : 0;
  return unit && tokens[j + members + unit]?.cap ? members : 0;
}

/** A bracketed acronym at `k`: "(KH-CN)". */
export const bracketedAcronym = (tokens: readonly Token[], k: number) => isMark(tokens[k], '(') && !!tokens[k + 1]?.acronym && isMark(tokens[k + 2], ')');

/**
 * After the dash at `j`, lower-case words the name's bracketed acronym closes: the rest of
 * the name, written in lower case ("Sở Khoa học - công nghệ (KH-CN)").
 */
function acronymClosesLowerPart(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  while (k < tokens.length && k - j <= MAX_TRAILING_LOWER && tokens[k].word && !tokens[k].cap && !stops(tokens, k)) k++;
  return k > j + 1 && bracketedAcronym(tokens, k);
}

/** Most capitalised words of a place after a name's bracketed acronym. */
const MAX_PLACE_AFTER_ACRONYM = 3;

/**
 * End of the place that closes a name after its bracketed acronym, right before the
 * organising verb ("Bộ đội Biên phòng (BĐBP) tỉnh tổ chức", "Giải thưởng X (KHCN) Việt Nam
 * tổ chức"): a unit word and/or capitalised words. -1 if none.
 */
function placeBeforeVerb(tokens: readonly Token[], from: number): number {
  let k = from + (tokens[from]?.cap ? 0 : ADMIN_UNIT_SET.match(tokens, from));
  const named = k;
  while (k < tokens.length && k - named < MAX_PLACE_AFTER_ACRONYM && joinsNext(tokens, k) && tokens[k].word && !tokens[k].acronym) k++;
  return k > from && endsSubject(tokens, k) ? k : -1;
}

/** A unit abbreviated with a dot and glued to the capitalised word after it ("TP.Hội"). */
const GLUED_UNIT = new RegExp(`^(?:${ADMIN_UNITS.filter((u) => u.endsWith('.')).map((u) => u.slice(0, -1)).join('|')})\\.[${UPPER}]`, 'u');
const gluedUnit = (t: Token) => GLUED_UNIT.test(t.text);

/** Most lower-case words of a body's purpose before the unit that closes its name (see purposeUnit). */
const MAX_PURPOSE_RUN = 9;
/** Most capitalised words of the unit's name there. */
const MAX_PURPOSE_PLACE = 4;

/**
 * Where the place is that closes a long lower-case name, `run` words of it read up to `j`:
 * more lower-case words, none that ends a name (a dash or "&" may join two of them: "giáo dục
 * nghề nghiệp - giáo dục thường xuyên", "văn hóa – thông tin & thể thao"), then a unit and
 * its name, or a name alone, and an organising verb or link ("… hiến máu tình nguyện tỉnh
 * phối hợp với", "… thể thao Hàm Tân đã tổ chức"), maybe after a bracketed aside. Returns where the unit or the name starts,
 * or -1.
 */
function purposeUnit(tokens: readonly Token[], j: number, run: number): number {
  for (let k = j; k < tokens.length && run <= MAX_PURPOSE_RUN; k++, run++) {
    const t = tokens[k];
    if (!t.word) {
      const next = tokens[k + 1];
      if ((isDash(t) || t.text === '&') && next?.word && !next.cap && !stops(tokens, k + 1)) continue;
      return -1;
    }
    // The unit may be a capitalised abbreviation, glued to its place's first word ("… di sản
    // văn hóa TP.Hội An tổ chức": one token).
    const unit = ADMIN_UNIT_SET.match(tokens, k) || (t.cap && gluedUnit(t) ? 1 : 0);
    if (!unit && !t.cap) {
      if (stops(tokens, k)) return -1;
      continue;
    }
    let end = k + unit;
    if (unit && isPlaceAbbreviationDot(tokens, end)) end++;
    const named = end;
    while (end - named < MAX_PURPOSE_PLACE && tokens[end]?.cap && tokens[end].word) end++;
    // A short form in brackets may stand between ("… hiến máu tình nguyện tỉnh (Ban Chỉ đạo) phối hợp với").
    return (unit || end > named) && surelyEndsSubject(tokens, pastAside(tokens, end)) ? k : -1;
  }
  return -1;
}

/** Most places a plural unit lists ("các tỉnh A, B, C và D"). */
const MAX_LISTED_PLACES = 8;
/** Most words of one place so listed. */
const MAX_PLACE_WORDS = 4;

/**
 * End (exclusive) of the places listed after the first one of a plural unit, from the comma
 * at `j` (", Đồng Tháp và Cần Thơ"): capitalised names joined by commas, the last by "và";
 * -1 when no "và" closes the list (a comma may end the organisation there).
 */
function placeListEnd(tokens: readonly Token[], j: number): number {
  for (let places = 0; places < MAX_LISTED_PLACES; places++) {
    const joint = tokens[j];
    if (!joint || (!isMark(joint, ',') && joint.key !== 'và')) return -1;
    const last = joint.key === 'và' || tokens[j + 1]?.key === 'và';
    let k = joint.key === 'và' ? j + 1 : tokens[j + 1]?.key === 'và' ? j + 2 : j + 1;
    const start = k;
    while (k < tokens.length && tokens[k].word && tokens[k].cap && !tokens[k].acronym && k - start < MAX_PLACE_WORDS) k++;
    if (k === start || matchHead(tokens, start) > 0) return -1;
    if (last) return k;
    j = k;
  }
  return -1;
}

/**
 * End (exclusive) of the organisation that starts with a head at `i` of length `head`. In
 * a role ("Thứ trưởng Bộ Y tế Lê Văn A") it ends where the person's name starts.
 */
export function organizationEnd(tokens: readonly Token[], i: number, head: number): number {
  const inRole = afterPosition(tokens, i);
  let j = i + head;
  let end = j;
  let lowerRun = 0;
  let properRun = 0;
  let hadProper = false;
  /** Reading the name after an administrative unit ("tỉnh Bà Rịa"), which a dash may go on. */
  let inPlace = false;
  /** That unit is plural ("các tỉnh"): its places may be listed. */
  let pluralUnit = false;
  /**
   * Tokens MAX_TOKENS does not count: listed fields ("Sản xuất, Xây dựng, Thương mại và Nông
   * nghiệp") and a bracketed acronym the name goes on after ("… an toàn thực phẩm (VSATTP) tỉnh Cà Mau").
   */
  let uncounted = 0;
  /** The name holds its members' word ("Đoàn thầy thuốc"): lower-case words after it may close it before another organisation, as after a proper name. */
  let namedMembers = false;
  while (j < tokens.length && j - i - uncounted < MAX_TOKENS) {
    const t = tokens[j];
    // Punctuation (never a word) that joins or closes a name.
    if (!t.word) {
      const mark = t.text;
      if (mark === '(' && bracketedAcronym(tokens, j)) {
        // "Câu lạc bộ (CLB) Nhà giáo X", "Ủy ban nhân dân (UBND) tỉnh Y": the acronym of the
        // head alone; the name goes on after it.
        const after = j + 3;
        // So with the acronym of the whole name before it, before a named place: "Liên đoàn Lao
        // động (LĐLĐ) thành phố Y" (a unit word alone there is left to the verb: see placeBeforeVerb).
        const unitAfter = ADMIN_UNIT_SET.match(tokens, after);
        if ((j === i + head ? joinsNext(tokens, after) || unitAfter > 0 : abbreviatesWordsBefore(tokens, i, j) && (joinsNext(tokens, after) || (unitAfter > 0 && joinsNext(tokens, after + unitAfter))))) {
          uncounted += after - j;
          j = after;
          continue;
        }
        end = Math.max(after, placeBeforeVerb(tokens, after));
        break;
      }
      // "Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên huyện X phối hợp …": a name in
      // lower case, its parts joined by a dash or "&", runs on to the place before the verb.
      if ((isDash(t) || mark === '&') && lowerRun > 0 && !hadProper) {
        const unitAt = purposeUnit(tokens, j, lowerRun);
        if (unitAt >= 0) {
          j = unitAt;
          lowerRun = 0;
          continue;
        }
      }
      // "Quỹ “Vì người nghèo” huyện X", "Câu lạc bộ “Nắng sân trường” xã Y": a quoted name
      // right after the head or a capitalised word is the organisation's own, and its place may follow.
      if (j === i + head || tokens[j - 1].cap) {
        const quoted = quotedNameEnd(tokens, j);
        if (quoted > j) {
          j = end = quoted;
          lowerRun = 0;
          properRun = 0;
          hadProper = true;
          continue;
        }
      }
      // "Trường Đại học Y Dược TP. Hồ Chí Minh": the dot of a place abbreviation.
      if ((mark === '&' && isProper(tokens[j + 1])) || isPlaceAbbreviationDot(tokens, j)) {
        j++;
        continue;
      }
      // "Sở Lao động - Thương binh và Xã hội": a dash after a lower-case syllable of the name
      // joins the next part of the same name (a new organisation or a role would open with
      // its head or position); so do lower-case words the name's acronym closes.
      if (isDash(t) && lowerRun > 0 && hadProper && (joinsNext(tokens, j + 1) || acronymClosesLowerPart(tokens, j))) {
        j++;
        continue;
      }
      // "Đài Phát thanh - Truyền hình tỉnh X": so does a dash right after a head that ends in
      // a lower-case syllable, before a field of the same shape (a person's name is capitalised throughout);
      // and one after a field of two words both capitalised, right after the head ("Sở Văn Hóa - Thể thao
      // và Du lịch"), before such a field.
      if (isDash(t) && ((j === i + head && head >= 2 && !tokens[j - 1].cap) || (j === i + head + 2 && lowerRun === 0 && fieldWord(tokens, j - 2) && fieldWord(tokens, j - 1)))
        && fieldAfterDash(tokens, j)) {
        j++;
        continue;
      }
      // "UBND các tỉnh An Giang, Đồng Tháp và Cần Thơ": the places of a plural unit, listed.
      const listEnd = inPlace && pluralUnit && mark === ',' ? placeListEnd(tokens, j) : -1;
      if (listEnd > 0) {
        j = end = listEnd;
        break;
      }
      const placeEnd = inPlace && properRun > 2 && isDash(t) ? placePartEnd(tokens, j, inRole) : -1;
      if (placeEnd > 0) {
        j = end = placeEnd;
        continue;
      }
      // "Trường THPT Vạn Xuân – Hoài Đức long trọng tổ chức …": its district after a dash, told
      // from its namesakes, right before the organising verb.
      const seatEnd = !inPlace && properRun > 0 && isDash(t) ? seatBeforeVerbEnd(tokens, j) : -1;
      if (seatEnd > 0) {
        j = end = seatEnd;
        break;
      }
      const pairEnd = !inPlace && properRun > 0 && isDash(t) ? countryPairEnd(tokens, j) : -1;
      if (pairEnd > 0) {
        j = end = pairEnd;
        properRun = 1;
        continue;
      }
    }
    // "Trung tâm Văn hóa, Du lịch và Thể thao huyện X": the fields of one name listed.
    const fieldsEnd = hadProper && lowerRun <= 2 && isMark(t, ',') ? listedFieldsEnd(tokens, j + 1) : -1;
    if (fieldsEnd > 0) {
      uncounted += fieldsEnd - j;
      j = end = fieldsEnd;
      lowerRun = 0;
      properRun = 1;
      continue;
    }
    // "Cục Cảnh sát điều tra tội phạm về ma túy": what a police unit is named for, its first
    // word capitalised or not ("Phòng Cảnh sát Phòng cháy chữa cháy và cứu nạn cứu hộ").
    const policeField = POLICE.endingBefore(tokens, j, i) > 0 ? POLICE_FIELD.longestAt(tokens, j) : 0;
    if (policeField) {
      j = end = j + policeField;
      lowerRun = 0;
      properRun = 1;
      hadProper = true;
      continue;
    }
    // "Chi đoàn giáo viên Trường X", "Câu lạc bộ phóng viên trẻ": right after the head, a
    // lower-case position word names the members, and the name goes on ("Bộ trưởng" is a post;
    // "Ban đại diện cha mẹ học sinh" no members' board).
    const members = j === i + head && t.word && !t.cap && !matchPosition(tokens, i) && !STAND_IN_SET.has(tokens, j) ? POSITION_SET.match(tokens, j, true) || MEMBER_GROUP.at(tokens, j)
      : hadProper && end === j && t.word && !t.cap && !STAND_IN_SET.has(tokens, j) ? membersBeforeSeat(tokens, j) : 0;
    if (members) {
      j = end = j + members;
      namedMembers = true;
      continue;
    }
    // "Thời báo Văn học nghệ thuật thuộc Liên hiệp …", "Trường X thuộc diện …": the name ends
    // before what it belongs to, its lower-case words with it (the organiser chain reads an
    // owning organisation on, as after "của").
    if (hadProper && ownerLinkLength(tokens, j)) {
      if (lowerRun <= MAX_TRAILING_LOWER) end = j;
      break;
    }
    if ((stops(tokens, j) && !opensField(tokens, i, j)) || adverbBeforeVerb(tokens, j)) {
      // "Ban Dự án Ngày Quốc tổ Việt Nam toàn cầu phối hợp với …": lower-case words that
      // run up to an organising verb or link finish the name.
      // Two such words may also close a name in a list ("Hội Doanh nhân trẻ, …").
      const tail = lowerRun ? positionTailEnd(tokens, j, lowerRun) : -1;
      const after = lowerRun ? pastAside(tokens, j) : j;
      if (lowerRun && lowerRun <= MAX_TRAILING_LOWER && endsSubject(tokens, after)) end = j;
      else if (lowerRun && lowerRun <= MAX_TAIL_BEFORE_VERB && surelyEndsSubject(tokens, after)) end = j;
      else if (tail > 0) end = tail;
      // Three may, and before a dash, when another organisation follows ("Khoa Y học cổ
      // truyền, Trường …", "Hội Người cao tuổi - Hội Chữ thập đỏ …"), also past the name's
      // aside in brackets ("Vụ Giáo dục đại học (Bộ GD&ĐT), Sở …").
      else if ((hadProper || namedMembers) && lowerRun <= MAX_TRAILING_LOWER && nextOrganization(tokens, after, lowerRun)) end = j;
      break;
    }
    const unit = t.cap ? 0 : ADMIN_UNIT_SET.match(tokens, j);
    if (unit) {
      pluralUnit = tokens[j - 1]?.key === 'các';
      j += unit;
      end = j;
      lowerRun = 0;
      properRun = 2;
      inPlace = true;
      continue;
    }
    if (inRole && t.cap) {
      const run = nameRunEnd(tokens, j);
      const namesake = NAMESAKE_SET.match(tokens, j - 1) === 1 || NAMESAKE_SET.match(tokens, j - 2) === 2;
      const context = namesake ? 'namesake' : isPlaceAbbreviationDot(tokens, j - 1) ? 'place-word' : 'other';
      const name = run - j >= 2 ? nameStartInRun(tokens, j, run, context) : -1;
      if (name >= 0) return name === j ? end : name;
    }
    // "Báo Cà Mau Ngày 26/4, huyện …": a part of the day and its date open the lead's time.
    if (t.cap && hadProper && DAY_PART_KEYS.has(t.key) && isDigitCode(tokens[j + 1]?.text.charCodeAt(0) ?? 0)) break;
    if (isProper(t)) {
      // "HỘI PHỤ NỮ XÃ X TỌA ĐÀM KỶ NIỆM …": in a line in capitals every word looks like a name;
      // past the name after the head, an event's head is the event the body holds, not its name.
      if (j > i + head + 1 && t.acronym && tokens[j - 1].acronym && EVENT_NOUN_SET.has(tokens, j)) break;
      // "Tỉnh ủy lần thứ 8", "Đảng bộ tỉnh lần thứ XX", "UBND tỉnh họp tháng 12": a number
      // after a counting word is no part of the name ("Bệnh viện Quân y 103", "Trường Mầm non
      // số 1" keep theirs).
      if (lowerRun && COUNTING_WORD_SET.has(tokens[j - 1]) && (!t.cap || isRomanNumeral(t.text))) {
        // The counting words ("lần thứ", "năm") leave with it.
        let counting = j - 1;
        while (counting > j - lowerRun && COUNTING_WORD_SET.has(tokens[counting - 1])) counting--;
        end = Math.min(end, counting);
        break;
      }
      // "Sở X 6 tỉnh Việt Bắc": a number before an administrative unit counts places, unless
      // it is a unit's own number ("phường 12 quận 3") or the name's ("số 2 huyện Y"). Right
      // after a head, the places counted are what it is of ("Chính quyền 4 tỉnh Nam Lào").
      if (hadProper && !t.cap && ADMIN_UNIT_SET.has(tokens, j + 1) && !tokens[j + 1].cap && tokens[j - 1].key !== 'số' && !ADMIN_UNIT_SET.endsBefore(tokens, j, 2)) break;
      j++;
      end = j;
      lowerRun = 0;
      properRun++;
      hadProper = true;
      continue;
    }
    inPlace = false;
    if (t.key === 'và' || t.key === 'tại') {
      // "và" before another organisation's head, a role, a form of address or an acronym
      // ("Báo X và VNVC", "Đảng ủy và BGH trường") ends this one; so does "và" right after a
      // head that has no name yet ("Ban chỉ đạo và Tổ giúp việc"): it joins two bodies.
      if (t.key === 'và' ? !hadProper || !joinsNext(tokens, j + 1) || tokens[j + 1].acronym : !tokens[j + 1]?.cap) {
        // "Hội Người cao tuổi và UBND xã …": before another organisation, a short lower-case
        // tail finishes this name, as before a comma (see nextOrganization).
        if (t.key === 'và' && hadProper && lowerRun > 0 && lowerRun <= MAX_TRAILING_LOWER && matchHead(tokens, j + 1) > 0) end = j;
        // "Công đoàn Thông tin và truyền thông Việt Nam", "Hội Bảo trợ người khuyết tật và trẻ mồ
        // côi tỉnh": inside a field written in lower case, "và" and a lower-case word go on with
        // the fields; the lower-case run's rules below keep them only if they reach a place, a
        // capitalised word or the verb. After a place ("UBND tỉnh X và lực lượng …") it is
        // another party.
        else if (t.key === 'và' && hadProper && lowerRun > 0 && fieldAfterAnd(tokens, j + 1)) {
          j++;
          continue;
        }
        break;
      }
      j++;
      continue;
    }
    // "Công ty X tài trợ thông qua Quỹ Y": a sponsoring verb right after the name (adverbs
    // aside) is the clause after it, though a capitalised word follows within a few words.
    if (hadProper && lowerRun === 0 && SPONSORING_VERB_PHRASES.at(tokens, skipOrganizingAdverbs(tokens, j)) > 0) break;
    // "Huyện ủy duyệt đại hội Đảng bộ xã X": a head that names its body alone takes no
    // lower-case words (only a place, read above); they are the clause after it.
    if (j === i + head && standsAlone(tokens, i, head)) break;
    // A lower-case syllable: kept when it completes a single capitalised syllable before it
    // ("Sở Du lịch", not "tỉnh Lai Châu ký"), or when the run leads on to a capitalised word.
    lowerRun++;
    if (lowerRun > MAX_LOWER_RUN) {
      // "Ban chỉ đạo vận động hiến máu tình nguyện tỉnh phối hợp với …": a committee's purpose,
      // written out in lower case, runs on to the unit that closes the name before the verb.
      const unitAt = purposeUnit(tokens, j, lowerRun);
      if (unitAt < 0) break;
      j = unitAt;
      lowerRun = 0;
      continue;
    }
    j++;
    const before = tokens[j - 2];
    if (lowerRun === 1 && (properRun === 1 || HALF_CAPITALISED.closesToken(tokens, j - 1)) && before.cap && !before.acronym) end = j;
    // "Bộ Giao thông vận tải Đinh La Thăng": a field of two words with its first syllable capitalised only.
    else if (lowerRun === 3 && tokens[j - 4].cap && HALF_CAPITALISED_FIELD.at(tokens, j - 4) === 4) end = j;
    properRun = 0;
  }
  return end;
}

/**
 * Every organisation name in `tokens`, left to right, not overlapping. A head word of one or two syllables standing alone ("Hiệp hội", "các Sở") is returned as `bare`: it
 * names no organisation of its own ("Tổng lãnh sự quán" does).
 */
export function findOrganizations(tokens: readonly Token[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i].starts & HEAD_BITS)) continue;
    const head = matchHead(tokens, i);
    // "thầy Đoàn Mạnh Cường": after a form of address the head word is a family name.
    if (!head || (i > 0 && HONORIFIC_SET.has(tokens, i - 1)) || insideLowerCaseHead(tokens, i) || verbInCapitals(tokens, i) || closesCompound(tokens, i)
      || closesPlaceName(tokens, i, head) || opensPlaceName(tokens, i, head)) continue;
    const end = organizationEnd(tokens, i, head);
    spans.push({ start: i, end, bare: end - i === head && head <= 2 && !tokens[i].acronym && !standsAlone(tokens, i, head) && !BRAND_KEYS.has(tokens[i].key) });
    i = end - 1;
  }
  return spans;
}

/**
 * "XÃ X TỔ CHỨC RA QUÂN …": in a line written in capitals, which tell nothing, a head that
 * is also an organising verb ("Tổ chức") is the verb.
 */
const verbInCapitals = (tokens: readonly Token[], i: number) => tokens[i].acronym && ORGANIZING_VERB_SET.has(tokens, i);

/** Most words of a place's name (PLACE_NAMES: "Bà Rịa - Vũng Tàu"). */
const MAX_PLACE_NAME_WORDS = 4;

/**
 * "đồng bằng sông Hồng - Hải Phòng 2013": a capitalised head that closes a place's name with
 * the capitalised words before it ("Phòng" of "Hải Phòng") opens no organisation.
 */
function closesPlaceName(tokens: readonly Token[], i: number, head: number): boolean {
  if (i === 0 || !tokens[i].cap || !tokens[i - 1].cap) return false;
  for (let k = head + 1; k <= MAX_PLACE_NAME_WORDS && k <= i + head; k++) if (PLACE_NAME_SET.match(tokens, i + head - k) === k) return true;
  return false;
}

/** "Hội An", "quần đảo Trường Sa": a capitalised head that opens a place's name opens no organisation. */
const opensPlaceName = (tokens: readonly Token[], i: number, head: number) => tokens[i].cap && PLACE_NAME_SET.match(tokens, i) > head;

const HEAD_IN_COMPOUND = new SecondSyllables(HEAD_WORD_COMPOUNDS);
const HALF_CAPITALISED = new SecondSyllables(HALF_CAPITALISED_WORDS);
const HALF_CAPITALISED_FIELD = new KeyPhrases(HALF_CAPITALISED_FIELDS);
const POLICE = new KeyPhrases(POLICE_WORDS);
const POLICE_FIELD = new KeyPhrases(POLICE_FIELDS);

/**
 * "BẢO VỆ MÔI TRƯỜNG BIỂN", "Ngày Hội Văn Hóa": a capitalised head that closes a common word
 * with the capitalised syllable before it (HEAD_WORD_COMPOUNDS) opens no organisation.
 */
const closesCompound = (tokens: readonly Token[], i: number) =>
  tokens[i].cap && i > 0 && tokens[i - 1].cap && HEAD_IN_COMPOUND.closesToken(tokens, i);

/**
 * "Trưởng ban Tổ chức hội thảo": the head at `i` ("Tổ chức") ends a longer head that starts
 * with the lower-case word before it, the last word of a position ("ban"): it is part of
 * the post, and names no organisation of its own.
 */
const insideLowerCaseHead = (tokens: readonly Token[], i: number) =>
  i > 0 && tokens[i - 1].word && !tokens[i - 1].cap && ORG_HEAD_SET.match(tokens, i - 1, true) > 1;

/**
 * A head of two words that names a body alone ("Huyện ủy", "Thành đoàn"), not right after
 * a position, whose organisation it is ("Bí thư Huyện ủy Lê A khai mạc …").
 */
export function standsAlone(tokens: readonly Token[], i: number, head: number): boolean {
  return head === 2 && STANDALONE_HEAD_SET.match(tokens, i) === 2 && !afterPosition(tokens, i);
}

interface DocSpans {
  doc: VnDocument;
  byStart: Map<number, TokenSpan[]>;
}

/** The spans of the document asked last, by block start (see blockTokens: not a WeakMap). */
let last: DocSpans | null = null;
const DOC_SPANS = derivedKey<DocSpans>('organization-spans');

/** findOrganizations over a block's tokens (see blockTokens), computed once per document. */
export function organizationsOf(doc: VnDocument, block: Block): TokenSpan[] {
  if (last?.doc !== doc) last = doc.derived(DOC_SPANS, () => ({ doc, byStart: new Map() }));
  const { byStart } = last;
  let spans = byStart.get(block.start);
  if (!spans) byStart.set(block.start, (spans = findOrganizations(blockTokens(doc, block))));
  return spans;
}

const NOT_FIELD_OPENER_SET = new PhraseSet([...NOT_FIELD_OPENERS, ...PEOPLE_GROUPS]);

/** Most lower-case words of a field after "và" before the capitalised word it leads to. */
const MAX_FIELD_AFTER_AND = 4;

/**
 * A lower-case word at `k` (after "và") that may open a field of the name: no verb, number,
 * unit, head, post, form of address, quantifier or group of people ("… và 35 năm", "… và tỉnh Y", "…
 * và các đơn vị", "… và nhân dân"), and not leading to another organisation's head ("Sở Nội vụ
 * và bầu Trung tâm …": a verb).
 */
function fieldAfterAnd(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || t.cap || isDigitCode(t.text.charCodeAt(0)) || ADMIN_UNIT_SET.has(tokens, k)) return false;
  if (matchHead(tokens, k) || matchPosition(tokens, k) || HONORIFIC_SET.has(tokens, k) || NOT_FIELD_OPENER_SET.has(tokens, k)) return false;
  // "… phối hợp cùng Bộ Y tế xây dựng và triển khai": a verb after "và" is the clause's.
  if (stops(tokens, k) || adverbBeforeVerb(tokens, k)) return false;
  let n = k + 1;
  while (n < tokens.length && n - k < MAX_FIELD_AFTER_AND && tokens[n].word && !tokens[n].cap) n++;
  return !tokens[n]?.cap || !matchHead(tokens, n);
}

/** Most tokens of a quoted name after an organisation's head ("CLB “Nắng sân trường”"). */
const MAX_QUOTED_NAME_TOKENS = 16;
const OPENING_QUOTES = new Set(['“', '"', '«', "'"]);
const CLOSING_QUOTES = new Set(['”', '"', '»', "'"]);
/** Whether `t` is a quotation mark that may close a quoted name or title. */
export const isClosingQuote = (t: Token | undefined) => !!t && !t.word && CLOSING_QUOTES.has(t.text);

/** End of a quoted name right after an organisation ("CLB “Nắng sân trường”"), or `j` if none. */
export function quotedNameEnd(tokens: readonly Token[], j: number): number {
  const open = tokens[j];
  if (!open || open.word || !OPENING_QUOTES.has(open.text) || !tokens[j + 1]?.cap) return j;
  for (let k = j + 2; k < tokens.length && k - j <= MAX_QUOTED_NAME_TOKENS; k++) {
    if (!tokens[k].word && CLOSING_QUOTES.has(tokens[k].text)) return k + 1;
  }
  return j;
}
