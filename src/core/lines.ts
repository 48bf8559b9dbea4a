import { firstAfter } from './sorted.js';

/** Maps offsets to 1-based line:column and back, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    const line = Math.max(0, firstAfter(this.starts, offset) - 1);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  get count(): number {
    return this.starts.length;
  }
}
