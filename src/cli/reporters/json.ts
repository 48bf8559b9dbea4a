/** json: one array of every finding (unreadable inputs included), for scripts. */
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = (results) => {
  const findings = results.flatMap((r) => r.findings.map(({ file, line, column, severity, ruleId, message }) => ({ file, line, column, severity, ruleId, message })));
  return `${JSON.stringify(findings, null, 2)}\n`;
};
