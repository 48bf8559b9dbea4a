/**
 * `vnpress check`: validate articles (required fields, plausibility) and report findings
 * through a reporter (text, json, github, sarif). Exit 0 without errors, 1 with errors (or
 * warnings under --strict), 2 when the run failed (bad usage, an input that cannot be read).
 */
import { Command, Option } from 'commander';
import { checkArticle, DEFAULT_REQUIRED } from '../../check/index.js';
import { openBatch, printSummary } from '../batch.js';
import { addBatchOptions, type BatchFlags } from '../batch-options.js';
import { EXIT } from '../io.js';
import type { RunState } from '../main.js';
import { fieldListOption } from '../options.js';
import { REPORTER_NAMES, reporters, type FileResult, type ReporterName } from '../reporters/index.js';
import { chalkFor } from '../color.js';
import { VERSION } from '../version.js';

interface CheckFlags extends BatchFlags {
  require?: string[];
  reporter: ReporterName;
  strict?: boolean;
}

async function run(state: RunState, inputs: string[], flags: CheckFlags): Promise<void> {
  const { io } = state;
  const results: FileResult[] = [];
  const batch = await openBatch(state, inputs, flags, {
    printDiagnostics: false,
    onFailure(input, error) {
      const finding = { severity: 'error' as const, ruleId: `read/${error.code}`, message: error.message, file: input.display, line: error.line ?? 1, column: 1 };
      results.push({ file: input.display, failed: true, findings: [finding] });
    },
  });
  const options = { require: flags.require ?? DEFAULT_REQUIRED, referenceDate: flags.referenceDate };
  for await (const { doc, article, input } of batch.items) {
    const findings = checkArticle(doc, article, options);
    // --quiet: errors only, as for every command.
    results.push({ file: input.display, failed: false, findings: flags.quiet ? findings.filter((f) => f.severity === 'error') : findings });
  }
  const findings = results.filter((r) => !r.failed).flatMap((r) => r.findings);
  if (findings.some((f) => f.severity === 'error' || (flags.strict && f.severity === 'warning'))) state.raise(EXIT.findings);
  io.stdout.write(reporters[flags.reporter](results, { chalk: await chalkFor(io.stdout, io.env), cwd: io.cwd, version: VERSION }));
  if (flags.reporter !== 'text') printSummary(state, batch, flags, 'checked');
}

export function checkCommand(state: RunState): Command {
  const command = new Command('check')
    .description('validate articles: required fields and plausibility, as findings for people or CI')
    .argument('<inputs...>', 'article files (.txt, .md), directories, globs, - for stdin; !GLOB leaves out what it matches')
    .option('--require <fields>', `comma-separated fields that must have a value (default: ${DEFAULT_REQUIRED.join(',')})`, fieldListOption)
    .addOption(new Option('--reporter <name>', 'how to print findings').choices(REPORTER_NAMES).default('text'))
    .option('--strict', 'exit 1 on warnings too');
  return addBatchOptions(command, state)
    .addHelpText('after', '\nExit codes: 0 no errors, 1 errors (or warnings with --strict), 2 the run failed (bad usage, unreadable input).')
    .action(async (inputs: string[], flags: CheckFlags) => run(state, inputs, flags));
}
