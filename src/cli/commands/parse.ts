/** `vnpress parse`: articles to JSON, NDJSON or YAML, on stdout or one file per input. */
import { basename, extname, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { writeFileAtomic } from '../../core/atomic-write.js';
import type { Article } from '../../model/article.js';
import { renderJson, renderNdjsonLine } from '../../render/json.js';
import { renderYaml } from '../../render/yaml.js';
import { openBatch } from '../batch.js';
import type { Concurrency } from '../concurrency.js';
import { writeDrained } from '../drain.js';
import { chalkFor } from '../color.js';
import { renderExplain } from '../../render/explain.js';
import { EXIT } from '../io.js';
import type { RunState } from '../main.js';
import { byteSizeOption, isoDateOption, threadCountOption } from '../options.js';
import { DEFAULT_MAX_SIZE } from '../../read/file.js';

type Format = 'json' | 'yaml' | 'ndjson';

interface ParseFlags {
  format: Format;
  out?: string;
  referenceDate?: string;
  evidence?: boolean;
  explain?: boolean;
  maxSize: number;
  quiet?: boolean;
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
  // --explain needs each document's text, which worker threads do not send back.
  const batch = await openBatch(state, inputs, { ...flags, concurrency: flags.explain ? 1 : flags.concurrency });
  const collected: Article[] = [];
  const used = new Map<string, number>();
  const chalk = flags.explain ? chalkFor(io.stdout, io.env) : undefined;
  for await (const { article, input, doc } of batch.items) {
    if (flags.explain) {
      io.stdout.write(renderExplain(doc, article, { chalk: chalk?.level ? chalk : undefined }));
    } else if (flags.out) {
      const extension = flags.format === 'yaml' ? 'yaml' : 'json';
      const target = join(resolve(io.cwd, flags.out), outputName(input.display, used, extension));
      const text = flags.format === 'ndjson' ? renderJson(article, { evidence }) : render(article, flags.format, evidence);
      try {
        await writeFileAtomic(target, text);
      } catch (error) {
        io.stderr.write(`vnpress: ${target}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
        state.raise(EXIT.failed);
      }
    } else if (flags.format === 'json') {
      collected.push(article); // JSON needs the whole list before it can be written
    } else {
      await writeDrained(io.stdout, render(article, flags.format, evidence));
    }
  }
  if (!flags.explain && !flags.out && flags.format === 'json' && (collected.length || !batch.single)) {
    io.stdout.write(renderJson(batch.single ? collected[0] : collected, { evidence }));
  }
}

export function parseCommand(state: RunState): Command {
  return new Command('parse')
    .description('extract the event, people, organisations, quotes, captions and source of articles')
    .argument('<inputs...>', 'article files (.txt, .md), directories, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'yaml', 'ndjson']).default('json'))
    .option('-o, --out <dir>', 'write NAME.json (or NAME.yaml) per input into DIR instead of stdout')
    .option('--reference-date <date>', 'YYYY-MM-DD used for the year and "hôm nay" when the article gives none', isoDateOption)
    .option('--evidence', 'include the source span and rule of every value')
    .option('--explain', 'show each value with the sentence it came from, the span marked, and the rule')
    .option('--max-size <bytes>', 'refuse inputs larger than this (e.g. 10m)', byteSizeOption, DEFAULT_MAX_SIZE)
    .option('-q, --quiet', 'print errors only, not warnings')
    .option('--concurrency <n>', 'worker threads, or auto: one per core for 64 or more inputs (1: none)', threadCountOption, 'auto')
    .addHelpText('after', '\nExit codes: 0 parsed, 1 parsed with errors, 2 the run failed (bad usage, unreadable input).')
    .action(async (inputs: string[], flags: ParseFlags) => run(state, inputs, flags));
}
