/**
 * sarif: SARIF 2.1.0, the format code-scanning tools (GitHub code scanning among them)
 * accept. One run; a rule entry per rule id seen; file locations relative to the working
 * directory (`%SRCROOT%`), columns counted in UTF-16 code units.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../core/diagnostics.js';
import { checkRules } from '../../check/index.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const DESCRIPTIONS = new Map(checkRules.map((rule) => [rule.id, rule.description]));

function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!isAbsolute(file)) return { uri: encodeURI(file.split(sep).join('/')), uriBaseId: '%SRCROOT%' };
  const inside = relative(cwd, file);
  if (!inside.startsWith('..') && !isAbsolute(inside)) return { uri: encodeURI(inside.split(sep).join('/')), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(file).href };
}

export const sarifReporter: Reporter = (results, { cwd, version }) => {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const sarifResults: Result[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      if (!ruleIndex.has(f.ruleId)) {
        ruleIndex.set(f.ruleId, rules.length);
        const description = DESCRIPTIONS.get(f.ruleId);
        rules.push(description ? { id: f.ruleId, shortDescription: { text: description } } : { id: f.ruleId });
      }
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: artifactUri(f.file, cwd),
            region: { startLine: f.line, startColumn: f.column },
          },
        }],
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'vnpress', version, informationUri: 'https://github.com/vnpress/vnpress', rules } },
      invocations: [{ executionSuccessful: !results.some((r) => r.failed) }],
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
