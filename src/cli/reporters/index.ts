/** The reporters of `check`, by name; all share the Reporter signature of ./types.ts. */
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';
import type { Reporter, ReporterName } from './types.js';

export type { FileResult, Finding, Reporter, ReportContext, ReporterName } from './types.js';
export { REPORTER_NAMES } from './types.js';

export const reporters: Readonly<Record<ReporterName, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: sarifReporter,
};
