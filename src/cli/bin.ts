/**
 * What bin/vnpress.js runs. `--version` is answered before the commands, commander and
 * the parsers are loaded, so CI scripts that probe the tool pay only Node's own start;
 * everything else loads main.ts on demand (a separate chunk in the bundled CLI).
 */
import type { CliIO } from './io.js';
import { VERSION } from './version.js';

import { cleanUpOnSignals } from './signals.js';

export async function main(io: CliIO): Promise<number> {
  if (io.argv.length === 1 && (io.argv[0] === '--version' || io.argv[0] === '-V')) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  return (await import('./main.js')).main(io);
}

/** bin/vnpress.js: the real process as the CLI's I/O, temporary files cleaned up on signals. */
export async function run(proc: NodeJS.Process): Promise<number> {
  cleanUpOnSignals(proc);
  return main({ argv: proc.argv.slice(2), stdin: proc.stdin, stdout: proc.stdout, stderr: proc.stderr, cwd: proc.cwd(), env: proc.env });
}
