/**
 * Year inference for dates written without one ("Chiều 2/10"). The chain, most reliable
 * first: the front matter date, else a publication stamp's ("31/08/2018, 16:17" under the
 * headline, the day of writing: the years of a term, a plan or a contest round in the
 * sentence, "(2018 - 2019)", are not the report's); the years in the same sentence (an event
 * name "… năm 2023", an anniversary "(1955 – 2023)", a school year "2019-2020"); the years of
 * the whole article, weighted (a full date counts double, the headline counts double) with
 * plans ("đến năm 2030", a sentence with "sẽ", "dự kiến") and birth years left out; an
 * anniversary's count; a plan for a later month of a year ("tháng 6/2008" in a sentence with
 * "sẽ"); the reference date.
 * The day of writing gives the year nearest to it (a January article's "30/12" is last year's).
 * Null when nothing gives one (→ `XXXX`).
 */
import type { Block, Span, VnDocument } from '../core/document.js';
import { alternation, lexiconLowerKey, lexiconPatternOnUse, textLowerKey, wordRegex } from '../lexicon/compile.js';
import { ANNIVERSARY_BASES, ANNIVERSARY_FILLERS, ANNIVERSARY_WORDS, COHORT_BEFORE_RANGE, FIRST_ORDINALS, FUTURE_MARKERS, FUTURE_YEAR_BEFORE, NEW_YEAR_WORDS, NOT_FUTURE_MARKERS, NOT_FUTURE_YEAR_BEFORE, PERIOD_BEFORE_RANGE, SITTING_WORDS, TERM_BEFORE_RANGE, YEAR_BRANCHES, YEAR_STEMS } from '../lexicon/vi/dates.js';
import type { RawDate } from './date-scan.js';
import { CYCLE_NAME, type BareYear } from './date-patterns.js';
import { isPlausibleYear } from './validate/dates.js';
import { DASH, DIGIT, isWordCode, LETTER, SEPARATOR_DASHES } from '../core/chars.js';
import { isSpace } from '../core/text.js';
import { EndWords, PrefixScan } from './event-scans.js';
import { firstLeadPosition } from './lead.js';
import { KeyPrefixes } from './phrase-sets.js';

interface YearHint {
  year: number;
  offset: number;
  weight: number;
}

// Dates are read before the organisations tokenize the blocks: a prefix scan, not the block word index.
const PLAN = new PrefixScan(wordRegex(FUTURE_MARKERS, 'giu'), FUTURE_MARKERS);
/** A word opening with a plan word that names none ("kế hoạch hóa gia đình"), at a plan word's match. */
const NOT_PLAN = new KeyPrefixes(NOT_FUTURE_MARKERS);
const NOT_NOW = new EndWords(
  lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])(?<!(?:${alternation(NOT_FUTURE_YEAR_BEFORE)})\\s)${alternation(FUTURE_YEAR_BEFORE)}\\s*$`), FUTURE_YEAR_BEFORE,
);
/** `words` right before a year ("nhiệm kỳ 2024", "giai đoạn 2021"). */
const beforeYear = (words: readonly string[]) => new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(words)}\\s*$`), words);
/** `words`, a year and a dash before a year: the range's last year ("nhiệm kỳ 2022-" before 2027). */
const beforeRangeEnd = (words: readonly string[]) => new EndWords(
  lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(words)}\\s*\\d{4}\\s*[${DASH}]\\s*$`), words, `0123456789${SEPARATOR_DASHES}`,
);
/** "nhiệm kỳ 2022-" before a year: the end of a term of office. */
const TERM_END = beforeRangeEnd(TERM_BEFORE_RANGE);
/** "giai đoạn 2026-" or "giai đoạn" before a year: a year of a plan's period (PERIOD_BEFORE_RANGE). */
const PERIOD_END = beforeRangeEnd(PERIOD_BEFORE_RANGE);
const PERIOD_START = beforeYear(PERIOD_BEFORE_RANGE);
/** "niên khóa 2000 - " or "niên khóa" before a year: a year of somebody's studies (COHORT_BEFORE_RANGE). */
const COHORT_END = beforeRangeEnd(COHORT_BEFORE_RANGE);
const COHORT_START = beforeYear(COHORT_BEFORE_RANGE);
/** "nhiệm kỳ" right before a year: the first year of a term of office. */
const TERM_START = beforeYear(TERM_BEFORE_RANGE);
/** A sitting numbered past the term's first ("kỳ họp thứ 12", "phiên họp thường kỳ lần thứ 27"), up to three words between. */
const LATER_SITTING = lexiconPatternOnUse(
  `(?<![${LETTER}${DIGIT}])(?:${alternation(SITTING_WORDS)})\\s+(?:[${LETTER}]+\\s+){0,3}?thứ\\s*(?!(?:${alternation(FIRST_ORDINALS)})(?![${LETTER}${DIGIT}]))[${LETTER}${DIGIT}]`,
  'i',
);
/**
 * Years before this one standing alone name history ("Xuân Mậu Thân 1968", "Cách mạng
 * Tháng Tám 1945"), not the time of a report: they resolve no day.
 */
export const OLDEST_REPORT_YEAR = 1990;
/**
 * A school year pair ("năm học 2025 – 2026"): a date from September, when the school year
 * opens, belongs to its first year; an August prize-giving closes the year before.
 */
const SECOND_HALF_FROM_MONTH = 9;

/**
 * Last month in which a day is the next year's when its sentence reviews one year and plans
 * the next ("Sáng 02/01, … tổng kết công tác năm 2019 và triển khai kế hoạch năm 2020"): a
 * year is reviewed in its last weeks or the first months after it.
 */
const REVIEW_AFTER_LAST_MONTH = 3;
/**
 * A new year's word before a year ("đón Tết Nguyên đán 2026", "Xuân Bính Ngọ 2026"), tested
 * on the key before it; not the winter-spring rice crop ("vụ đông xuân 2023-2024").
 */
const NEW_YEAR_BEFORE = lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])(?<!đông\\s)(?:${alternation(NEW_YEAR_WORDS)})(?:\\s+${CYCLE_NAME})?\\s*$`, 'i');
/** Most characters of NEW_YEAR_BEFORE's match. */
const NEW_YEAR_REACH = 40;
/** A new year named by its lunar year alone ("vui Tết Quý Mão"), no number after. */
const NEW_YEAR_NAMED = lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])(?:${alternation(NEW_YEAR_WORDS)})\\s+${CYCLE_NAME}(?![${LETTER}${DIGIT}])(?!\\s*\\d)`, 'gi');
/** The first year of the sixty-year cycle this reading assumes with no year to go by (Giáp Tý 1984 to Quý Hợi 2043). */
const CYCLE_START = 1984;
const STEM_INDEX = new Map(YEAR_STEMS.map((s, i) => [lexiconLowerKey(s), i]));
const BRANCH_INDEX = new Map(YEAR_BRANCHES.flatMap((names, i) => names.map((n) => [lexiconLowerKey(n), i] as const)));

/**
 * The year a lunar year's stem and branch name ("quý", "mão": 2023): of the cycle nearest
 * `near` when given, else of 1984–2043; null for a pair no year has (a stem and a branch
 * of different parity).
 */
export function cycleYear(stem: string, branch: string, near: number | null): number | null {
  const s = STEM_INDEX.get(textLowerKey(stem));
  const b = BRANCH_INDEX.get(textLowerKey(branch));
  if (s === undefined || b === undefined) return null;
  for (let y = CYCLE_START; y < CYCLE_START + 60; y++) {
    if ((y - 4) % 10 !== s || (y - 4) % 12 !== b) continue;
    return near === null ? y : y + 60 * Math.round((near - y) / 60);
  }
  return null;
}

/** "năm" after the number ending at `at`: it counts years ("1973 năm khởi nghĩa …"). */
function yearsAfter(key: string, at: number): boolean {
  let i = at;
  while (i < key.length && isSpace(key.charCodeAt(i))) i++;
  return i > at && key.slice(i, i + 3).toLowerCase() === 'năm' && !isWordCode(key.charCodeAt(i + 3));
}
/** "56 năm " of an anniversary: the count of years and where what is counted is named. */
const YEARS_COUNT = new RegExp(String.raw`(?<![${LETTER}${DIGIT}])(\d{1,4})\s+năm\s+`, 'giu');
const ANNIVERSARY_BEFORE = new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(ANNIVERSARY_WORDS)}\\s*$`, 'i'), ANNIVERSARY_WORDS);
/** Most characters of a kept day's name and the fillers before it. */
const ANNIVERSARY_REACH = 80;

/**
 * The year an anniversary falls in, when the text gives no year of its own: a kept day's
 * count anywhere in the text ("33 năm ngày Nhà giáo Việt Nam": 1982 + 33), else the first
 * count after "kỷ niệm" from the first year of history the text gives ("kỷ niệm 50 năm Ngày
 * truyền thống" and "Ngày 1-11-1975, …": 2025). Null when none gives a year of a report's time.
 */
function anniversaryYear(key: string, history: readonly number[], referenceYear: number | null): number | null {
  const isReportYear = (year: number) => year >= OLDEST_REPORT_YEAR && isPlausibleYear(year) && (referenceYear === null || year <= referenceYear + 1);
  // A kept day's count is sure wherever it stands; a count from the text's first year of
  // history only guesses which year is counted from ("115 năm thành lập" and "đến năm 1957,
  // tên gọi … được xác lập", a renaming), so it waits for the end.
  let fromHistory: number | null = null;
  const counts = YEARS_COUNT;
  counts.lastIndex = 0;
  for (let m = counts.exec(key); m; m = counts.exec(key)) {
    const years = Number(m[1]);
    let at = m.index + m[0].length;
    const tail = key.slice(at, at + ANNIVERSARY_REACH).toLowerCase();
    let from = 0;
    for (let moved = true; moved;) {
      moved = false;
      for (const filler of ANNIVERSARY_FILLERS) {
        if (tail.startsWith(filler, from) && tail.charCodeAt(from + filler.length) === 0x20) {
          from += filler.length + 1;
          moved = true;
        }
      }
    }
    const kept = ANNIVERSARY_BASES.find(([name]) => tail.startsWith(name, from) && !isWordCode(tail.charCodeAt(from + name.length)));
    at = m.index;
    if (kept) {
      if (isReportYear(kept[1] + years)) return kept[1] + years;
    } else if (fromHistory === null && history.length && ANNIVERSARY_BEFORE.test(key, Math.max(0, at - 20), at) && isReportYear(history[0] + years)) {
      fromHistory = history[0] + years;
    }
  }
  return fromHistory;
}

/** A day more months than this away from the day of writing belongs to the year before or after. */
const MONTHS_APART = 6;

/** The paragraphs under the headline before the lead: publication stamps ("25/11/2017 17:49"). */
export function stampBlocks(doc: VnDocument): Block[] {
  const { blocks } = doc;
  const lead = firstLeadPosition(blocks, blocks.find((b) => b.kind === 'headline'));
  const stamps: Block[] = [];
  for (let i = 0; i < lead; i++) if (blocks[i].kind === 'paragraph') stamps.push(blocks[i]);
  return stamps;
}

/**
 * The day of a publication stamp ("31/08/2018, 16:17"): the day the article was written,
 * which gives the year of "Ngày 30/8" as the front matter's date does. Null when no stamp
 * holds a full date of a report's time.
 */
export function stampDay(doc: VnDocument, days: readonly RawDate[]): RawDate | null {
  const stamps = stampBlocks(doc);
  if (!stamps.length) return null;
  for (const d of days) {
    if (d.year === null || d.day === null || d.month === null || d.year < OLDEST_REPORT_YEAR || d.endDay !== null) continue;
    if (stamps.some((b) => d.start >= b.start && d.start < b.end)) return d;
  }
  return null;
}

/** The last year of a period that the next one of `years` follows at once (2025 of 2017-2025, 2026-2035), or -1. */
function periodTurn(years: readonly number[]): number {
  if (years.length < 3) return -1;
  for (const y of years) if (years.includes(y + 1)) return y;
  return -1;
}

/** Whether a text may name a new year ("Tết", "Xuân", "năm mới"): most do not, and are not scanned for one. */
const hasNewYearWord = (key: string) => key.includes('ết') || key.includes('uân') || key.includes('ẾT') || key.includes('UÂN') || key.includes('ăm mới');

export class YearResolver {
  private readonly hints: YearHint[] = [];
  /** The years of plans' periods: the article's year only when no other year gives one. */
  private readonly periodHints: YearHint[] = [];
  /** Distinct years of each sentence (in the order found), keyed by the sentence's start. */
  private readonly bySentence = new Map<number, number[]>();
  /** The same for the years of a plan's period ("giai đoạn 2026-2030"), read when a sentence has no other. */
  private readonly periodsBySentence = new Map<number, number[]>();
  /**
   * The years sentences plan for, in text order, with their sentence's start and the month
   * written before them ("triển khai kế hoạch năm 2020", "Đến trung tuần tháng 6/2008, … sẽ"):
   * no year of a day but a review's (REVIEW_AFTER_LAST_MONTH), or the last resort of a text
   * with no other year.
   */
  private readonly planned: { sentence: number; year: number; month: number | null }[] = [];
  private readonly articleYear: number | null;
  /** The first year of a school year that ties for the article's year (see weightedYear). */
  private pairFrom: number | null = null;
  /** Years of history the text gives (before OLDEST_REPORT_YEAR), in the order found. */
  private readonly history: number[] = [];
  /** The year of an anniversary (anniversaryYear), looked for only when nothing else gives one; undefined until then. */
  private anniversary: number | null | undefined;
  /** The year written in full with each day and month ("28-12-2019"), by day * 100 + month; NaN when two years differ. */
  private readonly fullDays = new Map<number, number>();

  constructor(
    private readonly doc: VnDocument,
    days: readonly RawDate[],
    /** The years standing alone (date-scan.ts), in text order. */
    bareYears: readonly BareYear[],
    private readonly fixedYear: number | null,
    private readonly referenceYear: number | null,
    /** Month of the day of writing (front matter or reference date), for the nearest-year rule. */
    private readonly referenceMonth: number | null = null,
  ) {
    const headline = doc.blocks.find((b) => b.kind === 'headline');
    const inHeadline = (offset: number) => (headline && offset >= headline.start && offset < headline.end ? 2 : 1);
    const withYear = days.filter((d) => d.year !== null);
    for (const day of withYear) {
      // "Ngày 1-11-1975, bệnh viện đón bệnh nhân đầu tiên": history, which an anniversary counts from.
      if (day.year! < OLDEST_REPORT_YEAR) {
        this.history.push(day.year!);
        continue;
      }
      if (day.day !== null && day.month !== null && !day.lunar) {
        const at = day.day * 100 + day.month;
        const known = this.fullDays.get(at);
        this.fullDays.set(at, known === undefined || known === day.year ? day.year! : NaN);
      }
      this.add(day.year!, day.start, 2 * inHeadline(day.start));
      if (day.endYear !== null && day.endYear !== day.year) this.add(day.endYear, day.start, 2);
    }
    const plans = new Map<number, number>();
    /** Where the sentence's first plan word starts, -1 for none. */
    const planAt = (sentence: Span) => {
      let at = plans.get(sentence.start);
      if (at === undefined) {
        at = -1;
        const text = doc.key.slice(sentence.start, sentence.end);
        PLAN.forEach(text, (m) => NOT_PLAN.wholeAt(text, m.index) || ((at = sentence.start + m.index), false));
        plans.set(sentence.start, at);
      }
      return at;
    };
    // "Ngày 30-1, bệnh viện khai mạc Hội nghị Khoa học Quốc tế năm 2026, với định hướng …": a
    // sentence that reports a day first is no plan up to its plan word.
    const isPlanned = (sentence: Span, at: number) => {
      const plan = planAt(sentence);
      return plan >= 0 && (plan < at || !days.some((d) => d.day !== null && d.start >= sentence.start && d.start < at));
    };
    // Both lists are in text order: one sweep skips the years that belong to a full date.
    let next = 0;
    // A term of office named again and again ("Bí thư …, nhiệm kỳ 2020-2025" for each
    // appointee) is one fact: its first year counts once, not against a full date.
    const termsSeen = new Set<number>();
    /** Whether `words` end the 25 characters before `at`, where a year starts. */
    const endsBefore = (words: EndWords, at: number) => words.test(doc.key, Math.max(0, at - 25), at);
    for (let i = 0; i < bareYears.length; i++) {
      const { start, year, month } = bareYears[i];
      while (next < withYear.length && withYear[next].end <= start) next++;
      if (start < doc.bodyStart || (next < withYear.length && withYear[next].start <= start)) continue;
      if (year < OLDEST_REPORT_YEAR) {
        // "1973 năm khởi nghĩa Hai Bà Trưng": a count of years, no year of history.
        if (!yearsAfter(doc.key, start + 4)) this.history.push(year);
        continue;
      }
      if (endsBefore(NOT_NOW, start) || endsBefore(TERM_END, start) || endsBefore(COHORT_START, start) || endsBefore(COHORT_END, start)) continue;
      const sentence = doc.sentenceAt(start);
      if (sentence && isPlanned(sentence, start)) {
        if (isPlausibleYear(year)) this.planned.push({ sentence: sentence.start, year, month });
        continue;
      }
      if (endsBefore(PERIOD_START, start) || endsBefore(PERIOD_END, start)) {
        this.add(year, start, inHeadline(start), true);
        continue;
      }
      if (endsBefore(TERM_START, start)) {
        if (sentence && LATER_SITTING().test(doc.key.slice(sentence.start, start))) continue;
        if (termsSeen.has(year)) continue;
        termsSeen.add(year);
      }
      // "đón Tết Nguyên đán 2026": the new year's days and the weeks before it, as a school year's pair.
      if (NEW_YEAR_BEFORE().test(doc.key.slice(Math.max(0, start - NEW_YEAR_REACH), start))) this.add(year - 1, start, inHeadline(start));
      this.add(year, start, inHeadline(start));
    }
    // "vui Tết Quý Mão": a new year named by its lunar year alone, no number.
    if (hasNewYearWord(doc.key)) {
      const named = NEW_YEAR_NAMED();
      named.lastIndex = doc.bodyStart;
      for (let m = named.exec(doc.key); m; m = named.exec(doc.key)) {
        const year = cycleYear(m[1], m[2], referenceYear);
        if (year === null || year < OLDEST_REPORT_YEAR) continue;
        this.add(year - 1, m.index, inHeadline(m.index));
        this.add(year, m.index, inHeadline(m.index));
      }
    }
    this.articleYear = this.weightedYear();
  }

  private add(year: number, offset: number, weight: number, period = false): void {
    if (isPlausibleYear(year) && (this.referenceYear === null || year <= this.referenceYear + 1)) {
      (period ? this.periodHints : this.hints).push({ year, offset, weight });
      const sentence = this.doc.sentenceAt(offset);
      if (sentence) {
        const bySentence = period ? this.periodsBySentence : this.bySentence;
        const years = bySentence.get(sentence.start);
        if (!years) bySentence.set(sentence.start, [year]);
        else if (!years.includes(year)) years.push(year);
      }
    }
  }

  /**
   * The year of the article: most weight, the later one on a tie. When the two years of
   * a school year tie ("năm học 2025 – 2026" and no other), the earlier one is marked
   * (`pairFrom`): the month then chooses, as for a pair in one sentence.
   */
  private weightedYear(): number | null {
    const weight = new Map<number, number>();
    for (const h of this.hints.length ? this.hints : this.periodHints) weight.set(h.year, (weight.get(h.year) ?? 0) + h.weight);
    let best: number | null = null;
    for (const [year, w] of weight) {
      const bw = best === null ? -1 : weight.get(best)!;
      if (w > bw || (w === bw && year > best!)) best = year;
    }
    if (best !== null && weight.get(best - 1) === weight.get(best)) {
      let tied = 0;
      for (const w of weight.values()) if (w === weight.get(best)) tied++;
      if (tied === 2) this.pairFrom = best - 1;
    }
    return best;
  }

  /** The year of a day written without one, at `offset`, on `day` of `month`. */
  yearFor(offset: number, month: number, day?: number): { year: number | null; source: string } {
    if (this.fixedYear !== null) return { year: this.nearest(this.fixedYear, month), source: 'front-matter' };
    // "khởi động vào sáng 28-12" and later "từ 28-12-2019 đến …": the same day, its year written out.
    const written = day === undefined ? undefined : this.fullDays.get(day * 100 + month);
    if (written !== undefined && !Number.isNaN(written)) return { year: written, source: 'same-day' };
    const sentence = this.doc.sentenceAt(offset);
    if (sentence) {
      const plain = this.bySentence.get(sentence.start);
      const years = plain ?? this.periodsBySentence.get(sentence.start);
      if (years) {
        // "tổng kết … giai đoạn 2017-2025; triển khai … giai đoạn 2026-2035": one period ends
        // and the next begins; the day falls at the turn, as in a school year's pair.
        const turn = plain ? -1 : periodTurn(years);
        if (turn > 0) return { year: month >= SECOND_HALF_FROM_MONTH ? turn : turn + 1, source: 'sentence-periods' };
        // Distinct plausible years, all of four digits: the smallest and the largest are
        // the first and last of them sorted (as strings or as numbers alike), no copy made.
        let low = years[0];
        let high = years[0];
        for (const y of years) {
          if (y < low) low = y;
          if (y > high) high = y;
        }
        if (years.length === 2 && high === low + 1) return { year: month >= SECOND_HALF_FROM_MONTH ? low : high, source: 'sentence-pair' };
        if (plain && years.length === 1 && month <= REVIEW_AFTER_LAST_MONTH && this.planned.some((p) => p.sentence === sentence.start && p.year === low + 1)) {
          return { year: low + 1, source: 'sentence-review' };
        }
        return { year: high, source: 'sentence' };
      }
    }
    if (this.pairFrom !== null) return { year: month >= SECOND_HALF_FROM_MONTH ? this.pairFrom : this.pairFrom + 1, source: 'article-pair' };
    if (this.articleYear !== null) return { year: this.articleYear, source: 'article' };
    this.anniversary ??= anniversaryYear(this.doc.key, this.history, this.referenceYear)
    if (this.anniversary !== null) return { year: this.anniversary, source: 'anniversary' };
    // "hôm 14/4 … Đến trung tuần tháng 6/2008, … sẽ đầu tư thêm": with no other year, a plan
    // for a later month of a year puts the day in that year, before it.
    const planned = this.planned.find((p) => p.month !== null && p.month >= month);
    if (planned) return { year: planned.year, source: 'planned-month' };
    if (this.referenceYear !== null) return { year: this.nearest(this.referenceYear, month), source: 'reference' };
    return { year: null, source: 'none' };
  }

  /**
   * The year of writing, or the one before or after when that puts the day nearer the day
   * of writing: "Tối 30/12" in an article of 2 January is last year's, "ngày 5/1" in one of
   * 28 December next year's.
   */
  private nearest(year: number, month: number): number {
    if (this.referenceMonth === null) return year;
    if (month - this.referenceMonth > MONTHS_APART) return year - 1;
    if (this.referenceMonth - month > MONTHS_APART) return year + 1;
    return year;
  }
}
