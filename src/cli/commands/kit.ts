/** `vnpress kit`: one press-kit folder (and zip) per article, safe and byte-reproducible. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { KitConfig } from '../config.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { LABELS, LANGS, type Lang } from '../../render/labels.js';
import { existingKit, KitWriteError, writeKitFolder, writeKitZip } from '../../render/presskit/folder.js';
import { kitsIndexPage, type KitEntry } from '../../render/presskit/index-page.js';
import { buildKit } from '../../render/presskit/kit.js';
import { sha256 } from '../../render/presskit/manifest.js';
import { slugify, uniqueSlug } from '../../render/presskit/slug.js';
import { zipKit } from '../../render/presskit/zip.js';
import { bodyOf, frontMatterExtras, renderInput } from '../../render/release.js';
import { openBatch, printSummary, type BatchItem } from '../batch.js';
import { addBatchOptions, configOf, type BatchFlags } from '../batch-options.js';
import { prepareOutDir } from '../output.js';
import { loadTemplate } from './render.js';
import { EXIT } from '../io.js';
import type { RunState } from '../main.js';
import { VERSION } from '../version.js';

interface KitFlags extends BatchFlags {
  out: string;
  zip?: boolean;
  template?: string;
  force?: boolean;
  lang: Lang;
}

/** sha256 of the input's bytes (of its text for standard input). */
async function inputHash(item: BatchItem): Promise<string> {
  return sha256(item.input.path ? await readFile(item.input.path) : item.doc.text);
}

function fail(state: RunState, message: string): void {
  state.io.stderr.write(`vnpress: ${message}\n`);
  state.raise(EXIT.failed);
}

async function makeKit(state: RunState, item: BatchItem, slug: string, flags: KitFlags, config: KitConfig, template?: string): Promise<boolean> {
  const existing = flags.force ? [] : await existingKit(resolve(state.io.cwd, flags.out), slug, Boolean(flags.zip));
  if (existing.length) {
    fail(state, `${existing.join(', ')} exists (use --force to replace it)`);
    return false;
  }
  const extras = frontMatterExtras(item.doc);
  const input = renderInput(item.article, {
    body: bodyOf(item.doc, item.article),
    contact: extras.contact ?? config.contact ?? null,
    about: extras.about ?? config.about ?? null,
  });
  const files = buildKit(input, { lang: flags.lang, version: VERSION, template, input: { file: item.input.display, sha256: await inputHash(item) } });
  const dir = resolve(state.io.cwd, flags.out);
  try {
    await writeKitFolder(dir, slug, files, Boolean(flags.force));
    if (flags.zip) await writeKitZip(dir, slug, zipKit(slug, files));
  } catch (error) {
    const reason = error instanceof KitWriteError ? error.message : `cannot write kit ${slug} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    fail(state, reason);
    return false;
  }
  state.io.stderr.write(flags.quiet ? '' : `vnpress: ${item.input.display} → ${join(flags.out, slug)}${flags.zip ? ` + ${slug}.zip` : ''}\n`);
  return true;
}

async function run(state: RunState, inputs: string[], flags: KitFlags, config: KitConfig): Promise<void> {
  const template = await loadTemplate(state, flags.template);
  if (template === null) return;
  if (!(await prepareOutDir(state, resolve(state.io.cwd, flags.out)))) return;
  const batch = await openBatch(state, inputs, { ...flags, acceptData: true });
  const used = new Set<string>();
  const made: KitEntry[] = [];
  for await (const item of batch.items) {
    const slug = uniqueSlug(slugify(item.article.title), used);
    if (await makeKit(state, item, slug, flags, config, template)) made.push({ slug, article: item.article, zip: Boolean(flags.zip) });
  }
  printSummary(state, batch, flags);
  if (made.length > 1 || (!batch.single && made.length)) {
    const target = join(resolve(state.io.cwd, flags.out), 'index.html');
    try {
      await writeFileAtomic(target, kitsIndexPage(made, LABELS[flags.lang]));
    } catch (error) {
      fail(state, `${target}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}

export function kitCommand(state: RunState): Command {
  const command = new Command('kit')
    .description('make a press kit per article: landing page, press release, fact sheet, quotes, people, calendar, data')
    .argument('<inputs...>', 'articles (.txt, .md), parsed data (.json, .yaml), directories, globs, - for stdin; !GLOB leaves out what it matches')
    .requiredOption('--out <dir>', 'folder that receives DIR/<slug>/ per article')
    .option('--zip', 'also write DIR/<slug>.zip holding the same files')
    .option('--template <file>', 'HTML template for index.html and press-release.html (placeholders as for render)')
    .option('--force', 'replace a kit that exists already')
    .addOption(new Option('--lang <lang>', 'language of the labels (the content is never translated)').choices([...LANGS]).default('vi'));
  // Media contact and boilerplate come from the config (--config, or the one found): `kit.contact`, `kit.about`.
  return addBatchOptions(command, state)
    .addHelpText('after', '\nExit codes: 0 kits written, 1 written from articles with errors, 2 the run failed (bad usage, unreadable input, a kit exists).')
    .action(async (inputs: string[], flags: KitFlags, self: Command) => run(state, inputs, flags, configOf(self).kit ?? {}));
}
