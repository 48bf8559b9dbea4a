import { firstAfter } from './sorted.js';

/**
 * White space around one line feed, [start, end), that a soft line break makes read as one
 * space, or as nothing (`space` false: a word broken after a hyphen).
 */
export interface LineGap {
  start: number;
  end: number;
  space: boolean;
}

/** Where an offset of a text lands once `gaps` (in order) are read as they say: old offset → new. */
export function offsetsAfterJoining(gaps: readonly LineGap[]): (offset: number) => number {
  const ends: number[] = [];
  const removed: number[] = [];
  let total = 0;
  for (const gap of gaps) {
    total += gap.end - gap.start - (gap.space ? 1 : 0);
    ends.push(gap.end);
    removed.push(total);
  }
  return (offset) => {
    // Gaps ending at or before the offset; one it lies in counts from its start.
    const before = firstAfter(ends, offset);
    const shift = before > 0 ? removed[before - 1] : 0;
    const gap = gaps[before];
    return gap && offset > gap.start ? Math.min(offset - shift, gap.start - shift + (gap.space ? 1 : 0)) : offset - shift;
  };
}

/** Maps offsets to 1-based line:column and back, by binary search over line starts. */
export class LineIndex {
  private starts: number[] = [0];
  /**
   * Column of each line's first offset in `starts`: 1 (absent when all are), but for a line
   * joined to the one before, the column its text starts at in the file.
   */
  private columns: number[] | undefined;

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    const line = Math.max(0, firstAfter(this.starts, offset) - 1);
    return { line: line + 1, column: offset - this.starts[line] + (this.columns === undefined ? 1 : this.columns[line]) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  get count(): number {
    return this.starts.length;
  }

  /**
   * This index for the text with `gaps` read as they say: the lines stay the file's, a
   * joined line starting where its text now stands, at the column it had.
   */
  joined(gaps: readonly LineGap[]): LineIndex {
    const moved = offsetsAfterJoining(gaps);
    const index = new LineIndex('');
    index.starts = [];
    index.columns = [];
    let g = 0;
    for (const start of this.starts) {
      while (g < gaps.length && gaps[g].end < start) g++;
      const gap = gaps[g];
      const inGap = gap !== undefined && gap.start < start && start <= gap.end;
      index.starts.push(moved(inGap ? gap.end : start));
      index.columns.push(inGap ? gap.end - start + 1 : 1);
    }
    return index;
  }
}
