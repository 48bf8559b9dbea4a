import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { reporters, type FileResult } from '../../src/cli/reporters/index.js';

const RESULTS: FileResult[] = [
  {
    file: 'bai/a.md',
    failed: false,
    findings: [
      { file: 'bai/a.md', line: 1, column: 1, severity: 'error', ruleId: 'check/required-field', message: 'required field "event.date" is missing' },
      { file: 'bai/a.md', line: 12, column: 40, severity: 'warning', ruleId: 'check/unbalanced-quote', message: 'quotation mark “ is never closed' },
    ],
  },
  { file: 'bai/b.txt', failed: false, findings: [] },
  { file: 'bai/c, 50%.txt', failed: false, findings: [{ file: 'bai/c, 50%.txt', line: 3, column: 2, severity: 'info', ruleId: 'check/person-role', message: 'person "Lò Văn Khải" has no role\nsecond line' }] },
  { file: 'anh.png', failed: true, findings: [{ file: 'anh.png', line: 1, column: 1, severity: 'error', ruleId: 'read/binary', message: 'binary file (PNG image), not an article' }] },
];
const context = (level: 0 | 1 = 0) => ({ chalk: new Chalk({ level }), cwd: '/repo', version: '9.9.9' });

describe('reporters', () => {
  it('text: findings under their file, aligned, then a summary line', () => {
    expect(reporters.text(RESULTS, context())).toBe([
      'bai/a.md',
      '  1:1    error    required field "event.date" is missing  check/required-field',
      '  12:40  warning  quotation mark “ is never closed        check/unbalanced-quote',
      '',
      'bai/c, 50%.txt',
      '  3:2  info     person "Lò Văn Khải" has no role second line  check/person-role',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 note) in 2 files of 3 checked; 1 file could not be read',
      '',
    ].join('\n'));
  });

  it('text: colours only when asked to', () => {
    expect(reporters.text(RESULTS, context(1))).toContain('\u001b[31merror');
    expect(reporters.text(RESULTS, context(0))).not.toContain('\u001b[');
  });

  it('every reporter takes a file with more findings than a call takes arguments', () => {
    const findings = Array.from({ length: 300_000 }, (_, i) => ({ file: 'dai.txt', line: i + 2, column: 6, severity: 'warning' as const, ruleId: 'segment/unbalanced-quote', message: 'quotation mark “ is not closed in its paragraph' }));
    const many: FileResult[] = [{ file: 'dai.txt', failed: false, findings }];
    for (const reporter of Object.values(reporters)) expect(reporter(many, context()).length).toBeGreaterThan(300_000);
    expect(reporters.text(many, context())).toContain('\n  300001:6  warning  quotation mark');
  });

  it('text: says so when there is nothing to report', () => {
    expect(reporters.text([RESULTS[1]], context())).toBe('✔ 1 file checked: no problems\n');
  });

  it('json: one array of every finding, unreadable inputs included', () => {
    const findings = JSON.parse(reporters.json(RESULTS, context()));
    expect(findings).toHaveLength(4);
    expect(findings[0]).toEqual({ file: 'bai/a.md', line: 1, column: 1, severity: 'error', ruleId: 'check/required-field', message: 'required field "event.date" is missing' });
    expect(JSON.parse(reporters.json([], context()))).toEqual([]);
  });

  it('github: one workflow command per finding, escaped as the runner expects', () => {
    expect(reporters.github(RESULTS, context()).split('\n')).toEqual([
      '::error file=bai/a.md,line=1,col=1,title=check/required-field::required field "event.date" is missing',
      '::warning file=bai/a.md,line=12,col=40,title=check/unbalanced-quote::quotation mark “ is never closed',
      '::notice file=bai/c%2C 50%25.txt,line=3,col=2,title=check/person-role::person "Lò Văn Khải" has no role%0Asecond line',
      '::error file=anh.png,line=1,col=1,title=read/binary::binary file (PNG image), not an article',
      '',
    ]);
    expect(reporters.github([], context())).toBe('');
  });

  it('sarif: a 2.1.0 log with one rule per id and results pointing at them', () => {
    const log = JSON.parse(reporters.sarif(RESULTS, context())) as Log;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'vnpress', version: '9.9.9' });
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(['check/required-field', 'check/unbalanced-quote', 'check/person-role', 'read/binary']);
    expect(run.tool.driver.rules?.[0].shortDescription?.text).toMatch(/requires/);
    expect(run.results?.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'error']);
    for (const result of run.results ?? []) expect(run.tool.driver.rules?.[result.ruleIndex ?? -1].id).toBe(result.ruleId);
    expect(run.results?.[1].locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'bai/a.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 40 },
    });
    expect(run.results?.[2].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('bai/c,%2050%25.txt');
    expect(run.invocations?.[0].executionSuccessful).toBe(false);
  });

  it('sarif: absolute paths inside the working directory become relative, others file URIs', () => {
    const at = (file: string) => {
      const log = JSON.parse(reporters.sarif([{ file, failed: false, findings: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'x/y', message: 'm' }] }], context())) as Log;
      return log.runs[0].results?.[0].locations?.[0].physicalLocation?.artifactLocation;
    };
    expect(at('/repo/bai/a.md')).toEqual({ uri: 'bai/a.md', uriBaseId: '%SRCROOT%' });
    expect(at('/elsewhere/a.md')).toEqual({ uri: 'file:///elsewhere/a.md' });
  });

  it('keep one finding per line or entry whatever the file names and messages hold', () => {
    const finding = fc.record({
      file: fc.string({ unit: 'grapheme', maxLength: 30 }),
      line: fc.integer({ min: 1, max: 10_000 }),
      column: fc.integer({ min: 1, max: 500 }),
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      ruleId: fc.constantFrom('check/required-field', 'read/binary'),
      message: fc.string({ unit: 'grapheme', maxLength: 60 }),
    });
    fc.assert(fc.property(fc.array(finding, { maxLength: 8 }), (findings) => {
      const results: FileResult[] = [{ file: 'x', failed: false, findings }];
      const github = reporters.github(results, context());
      expect(github ? github.trimEnd().split('\n') : []).toHaveLength(findings.length);
      expect(JSON.parse(reporters.json(results, context()))).toHaveLength(findings.length);
      expect((JSON.parse(reporters.sarif(results, context())) as Log).runs[0].results).toHaveLength(findings.length);
      const text = reporters.text(results, context());
      expect(text.split('\n').filter((l) => l.startsWith('  ')).length).toBe(findings.length);
    }), { numRuns: 200 });
  });
});
