/** `vnpress render`: articles (or parsed data) to publishable Markdown or HTML. */
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { InputError } from '../../core/diagnostics.js';
import { readInputFile } from '../../read/file.js';
import { renderHtml } from '../../render/html.js';
import { LANGS, type Lang } from '../../render/labels.js';
import { renderMarkdown } from '../../render/markdown.js';
import { bodyOf, frontMatterExtras, renderInput } from '../../render/release.js';
import { missingPlaceholders } from '../../render/template.js';
import { openBatch, printSummary, reportInputError, type BatchItem } from '../batch.js';
import { addBatchOptions, type BatchFlags } from '../batch-options.js';
import { prepareOutDir, writeOutput } from '../output.js';
import { EXIT } from '../io.js';
import type { RunState } from '../main.js';
import { outputName } from './parse.js';

type Target = 'md' | 'html';

interface RenderFlags extends BatchFlags {
  to: Target;
  out?: string;
  output?: string;
  template?: string;
  lang: Lang;
}

/** The page for one batch item: the original body comes along when there is one. */
export function renderItem(item: BatchItem, flags: Pick<RenderFlags, 'to' | 'lang'>, template?: string): string {
  const input = renderInput(item.article, { body: bodyOf(item.doc, item.article), ...frontMatterExtras(item.doc) });
  return flags.to === 'md' ? renderMarkdown(input, { lang: flags.lang }) : renderHtml(input, { lang: flags.lang, template });
}

/** The user's template, undefined when none is asked for, null (reported) when unusable. */
export async function loadTemplate(state: RunState, path: string | undefined): Promise<string | undefined | null> {
  if (!path) return undefined;
  try {
    const { text } = await readInputFile(resolve(state.io.cwd, path));
    const missing = missingPlaceholders(text);
    if (missing.length) throw new InputError(path, 'template', `template has no ${missing.map((m) => `{{${m}}}`).join(', ')} placeholder`);
    return text;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reportInputError(state, new InputError(path, error.code, error.message, error.line));
    return null;
  }
}

async function run(state: RunState, inputs: string[], flags: RenderFlags): Promise<void> {
  const { io } = state;
  if (flags.out && flags.output) {
    io.stderr.write('vnpress: use either --out DIR or -o FILE, not both\n');
    return state.raise(EXIT.failed);
  }
  const template = await loadTemplate(state, flags.template);
  if (template === null) return;
  if (flags.out && !(await prepareOutDir(state, resolve(io.cwd, flags.out)))) return;
  const batch = await openBatch(state, inputs, { ...flags, acceptData: true });
  const pages: string[] = [];
  const used = new Map<string, number>();
  for await (const item of batch.items) {
    const text = renderItem(item, flags, template);
    if (flags.out) await writeOutput(state, join(resolve(io.cwd, flags.out), outputName(item.input.display, used, flags.to)), text, batch.status);
    else pages.push(text);
  }
  if (flags.out) return printSummary(state, batch, flags, 'rendered');
  if (!pages.length) return;
  if (pages.length > 1) {
    io.stderr.write(`vnpress: ${pages.length} articles make ${pages.length} pages: use --out DIR to write one file each\n`);
    return state.raise(EXIT.failed);
  }
  if (flags.output) await writeOutput(state, resolve(io.cwd, flags.output), pages[0]);
  else io.stdout.write(pages[0]);
}

export function renderCommand(state: RunState): Command {
  const command = new Command('render')
    .description('render articles, or parsed .json/.yaml data, as publishable Markdown or HTML')
    .argument('<inputs...>', 'articles (.txt, .md), parsed data (.json, .yaml), directories, globs, - for stdin; !GLOB leaves out what it matches')
    .addOption(new Option('-t, --to <format>', 'output format').choices(['md', 'html']).makeOptionMandatory())
    .option('--out <dir>', 'write NAME.md (or NAME.html) per input into DIR')
    .option('-o, --output <file>', 'write the one rendered article to FILE instead of stdout')
    .option('--template <file>', 'HTML template with {{content}} and the other placeholders of the README')
    .addOption(new Option('--lang <lang>', 'language of the labels (the content is never translated)').choices([...LANGS]).default('vi'));
  return addBatchOptions(command, state)
    .addHelpText('after', '\nExit codes: 0 rendered, 1 rendered with errors, 2 the run failed (bad usage, unreadable input).')
    .action(async (inputs: string[], flags: RenderFlags) => run(state, inputs, flags));
}
