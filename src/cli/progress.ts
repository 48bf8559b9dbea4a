/**
 * The stderr side of a batch: diagnostics, one per line, and, when a person is watching a
 * long batch (stderr is a terminal, not CI, not --quiet), a progress bar on the last line
 * that every message clears before it prints and redraws after.
 */
import type { Writable } from 'node:stream';
import type { CliIO } from './io.js';

/** Fewer inputs than this finish too fast for a bar to help. */
export const PROGRESS_MIN_INPUTS = 20;
/** Redraw at most this often (ms): a terminal is slower than the parser. */
const REDRAW_MS = 80;
const BAR_WIDTH = 20;

const isTTY = (stream: Writable) => Boolean((stream as { isTTY?: boolean }).isTTY);
const columnsOf = (stream: Writable) => (stream as { columns?: number }).columns || 80;

export interface StatusLine {
  /** Print one diagnostic line (without the newline). */
  line(text: string): void;
  /** One more input done; `label` names it. */
  tick(label: string): void;
  /** Remove the bar (end of batch). */
  done(): void;
}

export interface ProgressOptions {
  total: number;
  quiet?: boolean;
  /** Monotonic milliseconds; injectable so tests need not wait. */
  now?: () => number;
}

export function progressEnabled(io: CliIO, options: ProgressOptions): boolean {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  // The terminal test last: asking creates the stderr stream, which a short run never needs.
  return !options.quiet && !ci && options.total >= PROGRESS_MIN_INPUTS && isTTY(io.stderr);
}

export function createStatusLine(io: CliIO, options: ProgressOptions): StatusLine {
  const enabled = progressEnabled(io, options);
  const now = options.now ?? (() => performance.now());
  let done = 0;
  let shown = false;
  let lastDraw = -Infinity;
  let label = '';

  const draw = () => {
    const filled = Math.round((done / options.total) * BAR_WIDTH);
    const counts = `${done}/${options.total}`;
    const head = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${counts} `;
    const room = Math.max(0, columnsOf(io.stderr) - head.length - 1);
    const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    io.stderr.write(`\r\x1b[K${head}${name}`);
    shown = true;
    lastDraw = now();
  };
  const clear = () => {
    if (shown) io.stderr.write('\r\x1b[K');
    shown = false;
  };

  return {
    line(text) {
      if (!enabled) {
        io.stderr.write(`${text}\n`);
        return;
      }
      clear();
      io.stderr.write(`${text}\n`);
      draw();
    },
    tick(name) {
      done++;
      label = name;
      if (enabled && (now() - lastDraw >= REDRAW_MS || done === options.total)) draw();
    },
    done() {
      if (enabled) clear();
    },
  };
}
