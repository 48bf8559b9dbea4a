/** Messages collected while reading and extracting, vfile-message style. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable id, `area/what` (e.g. `event/no-date`, `read/encoding`). */
  ruleId: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** `file:line:column: severity message [ruleId]`, the form editors and CI logs link. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.ruleId}]`;
}

/** A failure to read an input: reported in one line, never with a stack trace. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** One line naming the file and the problem. */
  get oneLine(): string {
    return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.message}`;
  }
}

/** Sort order of diagnostics: reading order (line, then column). */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}
