/**
 * github: GitHub Actions workflow commands, one per finding, so that findings annotate the
 * changed files of a pull request. Escaping follows the runner's rules: `%`, CR and LF in
 * the message; also `:` and `,` in property values.
 */
import type { Severity } from '../../core/diagnostics.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const githubReporter: Reporter = (results) => {
  const lines = results.flatMap((r) => r.findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(f.ruleId)}`];
    return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
  }));
  return lines.length ? `${lines.join('\n')}\n` : '';
};
