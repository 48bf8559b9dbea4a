/** The I/O a command runs against: the real process in bin/, buffers in tests. */
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  argv: string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes, documented in the README. */
export const EXIT = {
  /** Every input parsed (or checked) clean. */
  ok: 0,
  /** An input parsed with errors (findings), or warnings under --strict. */
  findings: 1,
  /** The run failed: bad usage, or an input could not be read. */
  failed: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
