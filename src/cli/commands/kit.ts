/** `vnpress kit`: one press-kit folder (and zip) per article, safe and byte-reproducible. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import YAML from 'yaml';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { InputError } from '../../core/diagnostics.js';
import { DEFAULT_MAX_SIZE, readInputFile } from '../../read/file.js';
import { LABELS, LANGS, type Lang } from '../../render/labels.js';
import { existingKit, KitWriteError, writeKitFolder, writeKitZip } from '../../render/presskit/folder.js';
import { kitsIndexPage, type KitEntry } from '../../render/presskit/index-page.js';
import { buildKit } from '../../render/presskit/kit.js';
import { sha256 } from '../../render/presskit/manifest.js';
import { slugify, uniqueSlug } from '../../render/presskit/slug.js';
import { zipKit } from '../../render/presskit/zip.js';
import { bodyOf, frontMatterExtras, renderInput } from '../../render/release.js';
import { openBatch, reportInputError, type BatchItem } from '../batch.js';
import { loadTemplate } from './render.js';
import { EXIT } from '../io.js';
import type { RunState } from '../main.js';
import { byteSizeOption, isoDateOption } from '../options.js';
import { VERSION } from '../version.js';

interface KitFlags {
  out: string;
  zip?: boolean;
  config?: string;
  template?: string;
  force?: boolean;
  lang: Lang;
  referenceDate?: string;
  maxSize: number;
  quiet?: boolean;
}

interface KitConfig {
  contact: string | null;
  about: string | null;
}

/** Media contact and boilerplate: top-level `contact`/`about`, or under `kit:`. */
export function parseKitConfig(text: string, file: string): KitConfig {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (error) {
    throw new InputError(file, 'config', `not valid JSON or YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  const root = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const section = (root.kit && typeof root.kit === 'object' ? root.kit : root) as Record<string, unknown>;
  const value = (key: string): string | null => {
    const v = section[key];
    if (v == null) return null;
    if (typeof v !== 'string') throw new InputError(file, 'config', `${key} must be a string`);
    return v.trim() || null;
  };
  return { contact: value('contact'), about: value('about') };
}

async function loadConfig(state: RunState, path: string | undefined): Promise<KitConfig | null> {
  if (!path) return { contact: null, about: null };
  try {
    return parseKitConfig((await readInputFile(resolve(state.io.cwd, path))).text, path);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reportInputError(state, new InputError(path, error.code, error.message, error.line));
    return null;
  }
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
    contact: extras.contact ?? config.contact,
    about: extras.about ?? config.about,
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

async function run(state: RunState, inputs: string[], flags: KitFlags): Promise<void> {
  const config = await loadConfig(state, flags.config);
  const template = await loadTemplate(state, flags.template);
  if (!config || template === null) return;
  const batch = await openBatch(state, inputs, { ...flags, acceptData: true });
  const used = new Set<string>();
  const made: KitEntry[] = [];
  for await (const item of batch.items) {
    const slug = uniqueSlug(slugify(item.article.title), used);
    if (await makeKit(state, item, slug, flags, config, template)) made.push({ slug, article: item.article, zip: Boolean(flags.zip) });
  }
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
  return new Command('kit')
    .description('make a press kit per article: landing page, press release, fact sheet, quotes, people, calendar, data')
    .argument('<inputs...>', 'articles (.txt, .md), parsed data (.json, .yaml), directories, globs, or - for stdin')
    .requiredOption('--out <dir>', 'folder that receives DIR/<slug>/ per article')
    .option('--zip', 'also write DIR/<slug>.zip holding the same files')
    .option('--config <file>', 'JSON or YAML with the media `contact` and the `about` boilerplate (front matter wins)')
    .option('--template <file>', 'HTML template for index.html and press-release.html (placeholders as for render)')
    .option('--force', 'replace a kit that exists already')
    .addOption(new Option('--lang <lang>', 'language of the labels (the content is never translated)').choices([...LANGS]).default('vi'))
    .option('--reference-date <date>', 'YYYY-MM-DD used for the year when the article gives none', isoDateOption)
    .option('--max-size <bytes>', 'refuse inputs larger than this (e.g. 10m)', byteSizeOption, DEFAULT_MAX_SIZE)
    .option('-q, --quiet', 'print errors only, not warnings or progress')
    .addHelpText('after', '\nExit codes: 0 kits written, 1 written from articles with errors, 2 the run failed (bad usage, unreadable input, a kit exists).')
    .action(async (inputs: string[], flags: KitFlags) => run(state, inputs, flags));
}
