/**
 * The one object that travels through every phase (like vfile): the normalised text, its
 * segmentation with offsets, the front matter, and the diagnostics collected on the way.
 */
import type { Evidence } from '../model/article.js';
import { LineIndex, offsetsAfterJoining, type LineGap } from './lines.js';
import { isSpace, matchKey } from './text.js';
import { CHAR_CLASS, CLASSED_BELOW, IS_LETTER, IS_MARK } from './chars.js';
import type { Diagnostic, Severity } from './diagnostics.js';

export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'headline' | 'paragraph' | 'heading' | 'caption' | 'credit';

/** A line-level unit of the body: the headline, a paragraph, a heading or a caption. */
export interface Block extends Span {
  index: number;
  kind: BlockKind;
  text: string;
}

/**
 * A block, made here by every reader: objects of one shape keep the extractors' property
 * loads monomorphic (blocks spread from other blocks got another hidden class, and a batch
 * mixing .txt and .md files deoptimized some thirty functions when the second kind came).
 */
export function newBlock(index: number, kind: BlockKind, start: number, end: number, text: string): Block {
  return { index, kind, start, end, text };
}

export interface Sentence extends Span {
  /** Index of the block the sentence belongs to. */
  block: number;
  text: string;
}

/** Text inside a pair of quotation marks; `start`/`end` exclude the marks. */
export interface QuotedSpan extends Span {
  block: number;
  open: string;
  close: string;
  text: string;
  /** The closing mark was missing in the block (the quote may continue in the next one). */
  unclosed: boolean;
}

export interface FrontMatter {
  title?: string;
  date?: string;
  source?: string;
  author?: string;
  url?: string;
  location?: string;
  organizers?: string[];
  [key: string]: unknown;
}

/** Index of the last item whose `start` is ≤ `offset` (items sorted by start), or -1. */
export function lastAtOrBefore(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The span containing `offset`, in spans sorted by start and not overlapping. */
function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const span = spans[lastAtOrBefore(spans, offset)];
  return span && offset < span.end ? span : undefined;
}

/** For each block, the [first, end) range of items (sorted by block) that belong to it. */
export function rangesByBlock(blockCount: number, items: readonly { block: number }[]): Int32Array {
  const ranges = new Int32Array(blockCount * 2);
  for (let i = items.length - 1; i >= 0; i--) ranges[items[i].block * 2] = i;
  for (let i = 0; i < items.length; i++) ranges[items[i].block * 2 + 1] = i + 1;
  return ranges;
}

const isLetterOrMarkCode = (c: number) => c < CLASSED_BELOW && (CHAR_CLASS[c] & (IS_LETTER | IS_MARK)) !== 0;

export type DocumentFormat = 'txt' | 'md';

/** A kind of data derived from a document while it is extracted (see VnDocument.derived). */
export interface DerivedKey<T> {
  readonly name: string;
  /** Never set: ties the key to the type of its data. */
  readonly type?: T;
}

export const derivedKey = <T>(name: string): DerivedKey<T> => ({ name });

export class VnDocument {
  readonly lines: LineIndex;
  /** Same-length copy of `text` for lexicon matching (tone placement made canonical). */
  readonly key: string;
  blocks: Block[] = [];
  sentences: Sentence[] = [];
  quotes: QuotedSpan[] = [];
  frontMatter: FrontMatter = {};
  /** Offset where the body starts (after the front matter, if any). */
  bodyStart = 0;
  /**
   * The text holds no white space but line feeds and single plain spaces (see scanText):
   * every plain-text block, a trimmed line, is squashed as it is.
   */
  singleSpaced = false;
  readonly diagnostics: Diagnostic[] = [];
  /** See `derived`. */
  private readonly derivedData = new Map<DerivedKey<unknown>, unknown>();
  /** Per-block sentence ranges, rebuilt when `sentences` or `blocks` is replaced. */
  private sentenceIndex?: { sentences: Sentence[]; blocks: Block[]; ranges: Int32Array };

  /** `key` is `matchKey(text)`, when the caller knows it already. */
  constructor(
    readonly path: string,
    readonly text: string,
    readonly format: DocumentFormat,
    key?: string,
  ) {
    this.lines = new LineIndex(text);
    this.key = key ?? matchKey(text);
  }

  /**
   * Join lines parted by soft line breaks: each gap (in order) reads as one space, or as
   * nothing after a hyphen ("Thừa Thiên-" / "Huế" reads "Thừa Thiên-Huế"). Every rule reads
   * `text` and `key`, so each sees one line, single-spaced as the cleaning leaves every line;
   * `lines` still gives each offset the file's line, and the column it has there. Returns
   * where an offset found before joining (a block's) lands now.
   */
  joinLines(gaps: readonly LineGap[]): (offset: number) => number {
    const joined = (from: string) => {
      const pieces: string[] = [];
      let start = 0;
      for (const gap of gaps) {
        pieces.push(from.slice(start, gap.start), gap.space ? ' ' : '');
        start = gap.end;
      }
      pieces.push(from.slice(start));
      return pieces.join('');
    };
    const text = joined(this.text);
    // (A tone pair holds no white space, and the key differs only in pairs.)
    (this as { key: string }).key = this.key === this.text ? text : joined(this.key);
    (this as { text: string }).text = text;
    (this as { lines: LineIndex }).lines = this.lines.joined(gaps);
    return offsetsAfterJoining(gaps);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /**
   * `matchKey(text)` for a `text` that stands at `start` in the document (a block's or a
   * sentence's): a slice of `key`, when no letter touches it on either side (a tone moved
   * across its edge would differ), else computed.
   */
  keyOf(text: string, start: number): string {
    const end = start + text.length;
    const { key } = this;
    if ((start > 0 && isLetterOrMarkCode(key.charCodeAt(start - 1))) || (end < key.length && isLetterOrMarkCode(key.charCodeAt(end)))) return matchKey(text);
    // (Comparing a slice is several times faster than startsWith at an offset.)
    return this.text.slice(start, end) === text ? key.slice(start, end) : matchKey(text);
  }

  /**
   * What `make` derives from this document (token scans, candidate indexes), made once and
   * kept here while the document is extracted: extractors that run over several documents
   * in turn (extractAll) each find the data of the one they are given. Made again when
   * `isCurrent` says what was kept is out of date (a lexicon made since). Dropped when
   * extraction ends (dropDerived), so that a kept document holds its text, not its tokens.
   */
  derived<T>(key: DerivedKey<T>, make: () => T, isCurrent?: (data: T) => boolean): T {
    let data = this.derivedData.get(key) as T | undefined;
    if (data === undefined || (isCurrent && !isCurrent(data))) this.derivedData.set(key, (data = make()));
    return data;
  }

  /** Keep `data` as what `key` derives (made by an extractor on its way), replacing any. */
  keep<T>(key: DerivedKey<T>, data: T): void {
    this.derivedData.set(key, data);
  }

  /** What is kept under `key`, if anything. */
  kept<T>(key: DerivedKey<T>): T | undefined {
    return this.derivedData.get(key) as T | undefined;
  }

  dropDerived(): void {
    this.derivedData.clear();
  }

  /** What `recase` replaced, to put back (restoreWritten). */
  private written?: { text: string; key: string; block?: Block; blockText?: string };

  /**
   * Replace `text[start, start + cased.length)` by `cased`, the same letters in other case
   * (see extract/recase.ts), in the text, the key and the block that holds it, until
   * restoreWritten. Tokens and other derived data are dropped: they read the case.
   */
  recase(start: number, cased: string): void {
    const end = start + cased.length;
    const { text, key } = this;
    const found = this.blocks.find((b) => b.start <= start && end <= b.end);
    // A block whose text is the document's own slice (a Markdown heading's is not) follows it.
    const block = found && found.text === text.slice(found.start, found.end) ? found : undefined;
    this.written ??= { text, key, block, blockText: block?.text };
    let keyPart = '';
    for (let i = start; i < end; i++) keyPart += cased[i - start] === text[i] ? key[i] : key[i].toLowerCase();
    const self = this as { text: string; key: string };
    self.text = text.slice(0, start) + cased + text.slice(end);
    self.key = key === text ? self.text : key.slice(0, start) + keyPart + key.slice(end);
    if (block) block.text = self.text.slice(block.start, block.end);
    this.dropDerived();
  }

  /** The text as written, while `recase` has changed it; else undefined. */
  get writtenText(): string | undefined {
    return this.written?.text;
  }

  /** Puts back the text as written, if `recase` changed it (values keep offsets into it). */
  restoreWritten(): void {
    const { written } = this;
    if (!written) return;
    const self = this as { text: string; key: string };
    self.text = written.text;
    self.key = written.key;
    if (written.block) written.block.text = written.blockText!;
    this.written = undefined;
  }

  /** Evidence for a span of the text, found by `rule`. */
  evidence(start: number, end: number, rule: string): Evidence {
    const { line, column } = this.lines.position(start);
    return { rule, start, end, line, column };
  }

  report(severity: Severity, ruleId: string, message: string, offset = this.bodyStart): Diagnostic {
    const { line, column } = this.lines.position(offset);
    const diagnostic = { severity, ruleId, message, file: this.path, line, column };
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }

  /**
   * True when `squash(block.text)` is known to be the text itself without reading it: the
   * document is single-spaced and the block a trimmed line of it (a plain-text block; a
   * Markdown heading may span lines). False tells nothing.
   */
  knownSquashed(block: Block): boolean {
    const { text } = block;
    return this.singleSpaced && this.format === 'txt' && text.length > 0 && !isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1));
  }

  /** Paragraph blocks (not headline, headings or captions). */
  get paragraphs(): Block[] {
    return this.blocks.filter((b) => b.kind === 'paragraph');
  }

  private sentenceRanges(): Int32Array {
    let index = this.sentenceIndex;
    if (!index || index.sentences !== this.sentences || index.blocks !== this.blocks) {
      index = { sentences: this.sentences, blocks: this.blocks, ranges: rangesByBlock(this.blocks.length, this.sentences) };
      this.sentenceIndex = index;
    }
    return index.ranges;
  }

  sentencesOf(block: number): Sentence[] {
    const ranges = this.sentenceRanges();
    return this.sentences.slice(ranges[block * 2], ranges[block * 2 + 1]);
  }

  /** `sentencesOf(block).length`, without the array. */
  sentenceCount(block: number): number {
    const ranges = this.sentenceRanges();
    return ranges[block * 2 + 1] - ranges[block * 2];
  }

  sentenceAt(offset: number): Sentence | undefined {
    return spanAt(this.sentences, offset);
  }

  blockAt(offset: number): Block | undefined {
    return spanAt(this.blocks, offset);
  }
}
