/**
 * The whole CLI as one entry: bundled to dist/vnpress/cli.cjs, which bin.ts loads for every
 * command but `--version`. main.ts and each command load on demand.
 */
import type { CliIO } from './io.js';
import { isVersionProbe, VERSION } from './version.js';
import { cleanUpOnSignals } from './signals.js';
import { beforeFirstTempFile } from '../core/atomic-write.js';
import { fileOutput } from './file-output.js';

export async function main(io: CliIO): Promise<number> {
  if (isVersionProbe(io.argv)) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  return (await import('./main.js')).main(io);
}

/**
 * The real process (descriptor 1 is its standard output) as the CLI's I/O, temporary files
 * cleaned up on signals once there are any.
 */
export async function run(proc: NodeJS.Process): Promise<number> {
  beforeFirstTempFile(() => cleanUpOnSignals(proc));
  let stderrWatched = false;
  return main({
    argv: proc.argv.slice(2),
    // Read when a command reads standard input: creating the stream costs about 3 ms.
    get stdin() {
      return proc.stdin;
    },
    // A file (or /dev/null) is written directly; a terminal or a pipe gets the real stream.
    stdout: fileOutput(1) ?? proc.stdout,
    // Created when first written (a clean run writes nothing there). When its reader goes
    // away (`… 2>&1 >out.ndjson | head`), diagnostics are dropped and the run goes on: the
    // data still has somewhere to go (an unheard error would end the process, exit 1).
    get stderr() {
      if (!stderrWatched) {
        stderrWatched = true;
        proc.stderr.on('error', () => {});
      }
      return proc.stderr;
    },
    cwd: proc.cwd(),
    env: proc.env,
  });
}

/** For the build and its tests: the lexicon sources compiled at build time (see lexicon/precompiled.ts). */
export { builtLexiconSources, recordLexiconSources } from '../lexicon/precompiled.js';
