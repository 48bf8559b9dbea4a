/**
 * vnpress.config.json / .yaml: project defaults for every command, found from the working
 * directory upward (or named with --config). Command-line flags win over the file; a key
 * the file should not have is an error that names it, so a typo never goes unnoticed.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { lazyRequire } from '../core/lazy.js';
import { InputError } from '../core/diagnostics.js';
import type { EncodingName } from '../read/decode.js';
import { byteSizeOption, encodingOption, fieldListOption, isoDateOption, reporterOption } from './options.js';
import { shownPath } from './output.js';
import type { ReporterName } from './reporters/types.js';

// Most runs have no config file, or a JSON one: the YAML parser loads only for a YAML file.
const yaml = lazyRequire<typeof import('yaml')>('yaml');

export const CONFIG_NAMES = ['vnpress.config.json', 'vnpress.config.yaml', 'vnpress.config.yml'] as const;

export interface KitConfig {
  /** Media contact shown in press kits (name, phone, e-mail: free text). */
  contact?: string;
  /** Organisation boilerplate ("About us") shown in press kits. */
  about?: string;
}

export interface VnpressConfig {
  /** Where the settings came from, or null when no file was found. */
  path: string | null;
  require?: string[];
  reporter?: ReporterName;
  strict?: boolean;
  referenceDate?: string;
  maxSize?: number;
  encoding?: EncodingName;
  kit?: KitConfig;
}

type Check = (value: unknown) => unknown;

const text: Check = (value) => {
  if (typeof value !== 'string') throw new InvalidArgumentError('expected text');
  return value;
};
const flag: Check = (value) => {
  if (typeof value !== 'boolean') throw new InvalidArgumentError('expected true or false');
  return value;
};
const viaOption = (parse: (value: string) => unknown): Check => (value) => parse(Array.isArray(value) ? value.join(',') : String(value));

/** Every key a config file may hold, with the check its value must pass. */
const KEYS: Record<string, Check> = {
  $schema: text,
  require: viaOption(fieldListOption),
  reporter: viaOption(reporterOption),
  strict: flag,
  referenceDate: viaOption(isoDateOption),
  maxSize: viaOption(byteSizeOption),
  encoding: viaOption(encodingOption),
};
const KIT_KEYS: Record<string, Check> = { contact: text, about: text };

function validate(data: unknown, keys: Record<string, Check>, file: string, prefix: string): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(file, 'config', `${prefix ? `"${prefix}"` : 'the file'} must be an object of settings`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (key === 'kit' && !prefix) {
      out.kit = validate(value, KIT_KEYS, file, 'kit');
      continue;
    }
    const check = keys[key];
    if (!check) {
      const known = [...Object.keys(keys).filter((k) => k !== '$schema'), ...(prefix ? [] : ['kit'])];
      throw new InputError(file, 'config', `unknown key "${name}" (known keys: ${known.join(', ')})`);
    }
    try {
      out[key] = check(value);
    } catch (error) {
      throw new InputError(file, 'config', `"${name}": ${(error as Error).message}`);
    }
  }
  return out;
}

function parseFile(source: string, file: string): unknown {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(source);
    } catch (error) {
      // JSON.parse gives an offset at best; else the YAML parser (a superset) may say where.
      const at = /at position (\d+)/.exec((error as Error).message);
      const line = at ? source.slice(0, Number(at[1])).split('\n').length : yaml().parseDocument(source).errors[0]?.linePos?.[0].line;
      const reason = (error as Error).message.split(/\n|, "/)[0];
      throw new InputError(file, 'config', `not valid JSON (${reason})`, line);
    }
  }
  const doc = yaml().parseDocument(source);
  const error = doc.errors[0];
  if (error) throw new InputError(file, 'config', `not valid YAML (${error.message.split('\n')[0]})`, error.linePos?.[0].line);
  return doc.toJS() ?? {};
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * The first directory from `cwd` upward that holds a config file, or null. Probed with
 * `stat` that returns nothing when a file is missing: most runs have no config, and a
 * failed open per name and directory costs an exception each (milliseconds at start-up).
 */
async function discover(cwd: string): Promise<{ path: string; source: string } | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found: { path: string; source: string }[] = [];
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (!statSync(path, { throwIfNoEntry: false })) continue;
      const source = await readIfExists(path);
      if (source !== null) found.push({ path, source });
    }
    if (found.length > 1) {
      throw new InputError(relative(cwd, dir) || '.', 'config', `more than one config file (${found.map((f) => f.path.slice(dir.length + 1)).join(', ')}): keep one`);
    }
    if (found.length) return found[0];
    if (dirname(dir) === dir) return null;
  }
}

/** Load the config named by --config, or the one found from `cwd` upward. */
export async function loadConfig(cwd: string, explicit?: string): Promise<VnpressConfig> {
  let found: { path: string; source: string } | null;
  if (explicit) {
    const path = resolve(cwd, explicit);
    let source: string | null;
    try {
      source = await readIfExists(path);
    } catch (error) {
      throw new InputError(explicit, 'config', `cannot read config (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (source === null) throw new InputError(explicit, 'config', 'no such config file');
    found = { path, source };
  } else {
    found = await discover(cwd);
  }
  if (!found) return { path: null };
  const shown = explicit ?? shownPath(cwd, found.path);
  const settings = validate(parseFile(found.source, shown), KEYS, shown, '');
  delete settings.$schema;
  return { path: found.path, ...settings } as VnpressConfig;
}
