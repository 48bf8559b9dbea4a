/** `vnpress parse`: articles to JSON, NDJSON or YAML, on stdout or one file per input. */
import { basename, extname, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Article } from '../../model/article.js';
import { renderJson, renderNdjsonLine } from '../../render/json.js';
import { renderYaml } from '../../render/yaml.js';
import { openBatch, printSummary } from '../batch.js';
import { addBatchOptions, type BatchFlags } from '../batch-options.js';
import type { Concurrency } from '../concurrency.js';
import { chalkFor } from '../color.js';
import { renderExplain } from '../../render/explain.js';
import type { RunState } from '../main.js';
import { threadCountOption } from '../options.js';
import { prepareOutDir, writeData, writeOutput } from '../output.js';

type Format = 'json' | 'yaml' | 'ndjson';

interface ParseFlags extends BatchFlags {
  format: Format;
  out?: string;
  evidence?: boolean;
  explain?: boolean;
  concurrency: Concurrency;
}

/** NAME.json per input; a second input with the same name gets NAME-2.json. */
export function outputName(display: string, used: Map<string, number>, extension: string): string {
  const stem = display === '-' ? 'stdin' : basename(display, extname(display));
  const n = (used.get(stem) ?? 0) + 1;
  used.set(stem, n);
  return `${n === 1 ? stem : `${stem}-${n}`}.${extension}`;
}

function render(article: Article, format: Format, evidence: boolean): string {
  if (format === 'yaml') return renderYaml(article, { evidence });
  if (format === 'ndjson') return renderNdjsonLine(article, { evidence });
  return renderJson(article, { evidence });
}

async function run(state: RunState, inputs: string[], flags: ParseFlags): Promise<void> {
  const { io } = state;
  const evidence = Boolean(flags.evidence);
  const outDir = flags.out ? resolve(io.cwd, flags.out) : null;
  if (outDir && !(await prepareOutDir(state, outDir))) return;
  // --explain needs each document's text, which worker threads do not send back.
  const batch = await openBatch(state, inputs, { ...flags, concurrency: flags.explain ? 1 : flags.concurrency, dropEvidence: !evidence });
  const collected: Article[] = [];
  const used = new Map<string, number>();
  const chalk = flags.explain ? await chalkFor(io.stdout, io.env) : undefined;
  for await (const { article, input, doc } of batch.items) {
    if (flags.explain) {
      io.stdout.write(renderExplain(doc, article, { chalk: chalk?.level ? chalk : undefined }));
    } else if (outDir) {
      const extension = flags.format === 'yaml' ? 'yaml' : 'json';
      const target = join(outDir, outputName(input.display, used, extension));
      const text = flags.format === 'ndjson' ? renderJson(article, { evidence }) : render(article, flags.format, evidence);
      await writeOutput(state, target, text, batch.status);
    } else if (flags.format === 'json') {
      collected.push(article); // JSON needs the whole list before it can be written
    } else {
      await writeData(io.stdout, render(article, flags.format, evidence));
    }
  }
  if (!flags.explain && !flags.out && flags.format === 'json' && (collected.length || !batch.single)) {
    io.stdout.write(renderJson(batch.single ? collected[0] : collected, { evidence }));
  }
  printSummary(state, batch, flags);
}

export function parseCommand(state: RunState): Command {
  const command = new Command('parse')
    .description('extract the event, people, organisations, quotes, captions and source of articles')
    .argument('<inputs...>', 'article files (.txt, .md), directories, globs, - for stdin; !GLOB leaves out what it matches')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'yaml', 'ndjson']).default('json'))
    .option('-o, --out <dir>', 'write NAME.json (or NAME.yaml) per input into DIR instead of stdout')
    .option('--evidence', 'include the source span and rule of every value')
    .option('--explain', 'show each value with the sentence it came from, the span marked, and the rule')
    // The main thread by default: each worker holds its own heap and compiled code (about
    // 65 MB), so a default batch stays near 120 MB on any machine; threads are asked for.
    .option('--concurrency <n>', 'worker threads (about 65 MB each), or auto: one per core for 64 or more inputs', threadCountOption, 1);
  return addBatchOptions(command, state)
    .addHelpText('after', '\nExit codes: 0 parsed, 1 parsed with errors, 2 the run failed (bad usage, unreadable input).')
    .action(async (inputs: string[], flags: ParseFlags) => run(state, inputs, flags));
}
