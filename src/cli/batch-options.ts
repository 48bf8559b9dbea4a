/**
 * The options every command that reads articles shares (--config, --encoding, --max-size,
 * --reference-date, --shard, --quiet, --debug), and the config file applied under them:
 * a value given on the command line wins, then the config file, then the built-in default.
 */
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_SIZE } from '../read/file.js';
import type { BatchOptions } from './batch.js';
import { loadConfig, type VnpressConfig } from './config.js';
import type { RunState } from './main.js';
import { byteSizeOption, encodingOption, isoDateOption, shardOption } from './options.js';

export interface BatchFlags extends BatchOptions {
  config?: string;
  maxSize: number;
}

/** Config keys that set an option of the same name when the command has it. */
const FROM_CONFIG = ['require', 'reporter', 'strict', 'referenceDate', 'maxSize', 'encoding'] as const;

const loaded = new WeakMap<Command, VnpressConfig>();

/** The config the command ran with (after its options were parsed). */
export function configOf(command: Command): VnpressConfig {
  return loaded.get(command) ?? { path: null };
}

export function addBatchOptions(command: Command, state: RunState): Command {
  command
    .option('--config <file>', 'read defaults from this config file (default: vnpress.config.json or .yaml, from here upward)')
    .option('--encoding <name>', 'decode inputs as utf-8, utf-16le, utf-16be, windows-1258, tcvn3 or vni instead of detecting', encodingOption)
    .addOption(new Option('--max-size <bytes>', 'refuse inputs larger than this (e.g. 512k, 10m)').argParser(byteSizeOption).default(DEFAULT_MAX_SIZE, '10m'))
    .option('--reference-date <date>', 'YYYY-MM-DD used for the year and "hôm nay" when the article gives none', isoDateOption)
    .option('--shard <i/n>', 'take only the I-th of every N inputs (stable order), to split a batch across jobs', shardOption)
    .option('-q, --quiet', 'print errors only: no warnings, progress bar or summary')
    .option('--debug', 'show stack traces of internal errors (also VNPRESS_DEBUG=1)');
  command.hook('preAction', async (_self, action) => {
    const config = await loadConfig(state.io.cwd, action.getOptionValue('config') as string | undefined);
    for (const key of FROM_CONFIG) {
      const value = config[key];
      const known = action.options.some((o) => o.attributeName() === key);
      if (value !== undefined && known && action.getOptionValueSource(key) !== 'cli') action.setOptionValueWithSource(key, value, 'config');
    }
    loaded.set(action, config);
  });
  return command;
}
