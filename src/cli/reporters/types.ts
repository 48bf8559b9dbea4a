/**
 * The one interface every `check` reporter implements: the results of a run in, the text
 * for standard output back. Reporters never decide the exit code.
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import type { ChalkInstance } from 'chalk';

export const REPORTER_NAMES = ['text', 'json', 'github', 'sarif'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

/** A finding is a diagnostic: file:line:column, severity, rule id and message. */
export type Finding = Diagnostic;

/** One input of the run, in input order. */
export interface FileResult {
  file: string;
  findings: Finding[];
  /** The input could not be read or parsed; its one finding says why. */
  failed: boolean;
}

export interface ReportContext {
  /** Colours for the text reporter (level 0 when off). */
  chalk: ChalkInstance;
  /** Working directory, for relative paths in SARIF. */
  cwd: string;
  version: string;
}

export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;
