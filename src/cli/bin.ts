/**
 * What bin/vnpress.js runs. `--version` is answered before the commands, commander and
 * the parsers are loaded, so CI scripts that probe the tool pay only Node's own start;
 * everything else loads main.ts on demand (a separate chunk in the bundled CLI).
 */
import type { CliIO } from './io.js';
import { VERSION } from './version.js';

import { cleanUpOnSignals } from './signals.js';

const isVersionProbe = (argv: readonly string[]) => argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');

export async function main(io: CliIO): Promise<number> {
  if (isVersionProbe(io.argv)) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  return (await import('./main.js')).main(io);
}

/** bin/vnpress.js: the real process as the CLI's I/O, temporary files cleaned up on signals. */
export async function run(proc: NodeJS.Process): Promise<number> {
  cleanUpOnSignals(proc);
  if (!isVersionProbe(proc.argv.slice(2))) await compileRegexesOnce();
  return main({ argv: proc.argv.slice(2), stdin: proc.stdin, stdout: proc.stdout, stderr: proc.stderr, cwd: proc.cwd(), env: proc.env });
}

/**
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to machine
 * code when it runs again: every extractor pattern is compiled twice in a short run, a
 * quarter of the cold parse of one article. Ours all run many times, so compile them once.
 */
async function compileRegexesOnce(): Promise<void> {
  (await import('node:v8')).setFlagsFromString('--no-regexp-tier-up');
}
