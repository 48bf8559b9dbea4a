/**
 * text: for people. Findings grouped under their file, aligned, coloured on a terminal,
 * then one summary line. Inputs that could not be read were already named on stderr;
 * here they are only counted.
 */
import type { Severity } from '../../core/diagnostics.js';
import type { ChalkInstance } from 'chalk';
import { plural, totals } from './summary.js';
import type { Reporter } from './types.js';

const paint = (chalk: ChalkInstance, severity: Severity, text: string) =>
  severity === 'error' ? chalk.red(text) : severity === 'warning' ? chalk.yellow(text) : chalk.blue(text);

export const textReporter: Reporter = (results, { chalk }) => {
  const out: string[] = [];
  for (const result of results) {
    if (result.failed || !result.findings.length) continue;
    out.push(chalk.underline(result.file));
    const positions = result.findings.map((f) => `${f.line}:${f.column}`);
    // Widths by reduce, not Math.max(...): a file may have more findings than a call takes arguments.
    const width = positions.reduce((w, p) => Math.max(w, p.length), 0);
    const messages = result.findings.map((f) => f.message.replace(/\s*\n\s*/g, ' ')); // one line each
    const messageWidth = messages.reduce((w, m) => Math.max(w, m.length), 0);
    result.findings.forEach((f, i) => {
      const severity = paint(chalk, f.severity, f.severity.padEnd(7));
      out.push(`  ${chalk.dim(positions[i].padEnd(width))}  ${severity}  ${messages[i].padEnd(messageWidth)}  ${chalk.dim(f.ruleId)}`);
    });
    out.push('');
  }
  const t = totals(results);
  const unread = t.failed ? `; ${plural(t.failed, 'file')} could not be read` : '';
  const problems = t.errors + t.warnings + t.notes;
  if (!problems) {
    const line = `${t.failed ? '✖' : '✔'} ${plural(t.files - t.failed, 'file')} checked: no problems${unread}`;
    out.push(t.failed ? chalk.red(line) : chalk.green(line));
  } else {
    const line = `✖ ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.notes, 'note')}) in ${plural(t.filesWithFindings, 'file')} of ${t.files - t.failed} checked${unread}`;
    out.push(t.errors || t.failed ? chalk.red.bold(line) : chalk.yellow.bold(line));
  }
  return `${out.join('\n')}\n`;
};
