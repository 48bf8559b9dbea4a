/**
 * The CLI entry: `main(io)` builds the commands, runs them against `io` and returns the
 * exit code. Nothing here calls process.exit; bin/vnpress.js sets process.exitCode.
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../core/diagnostics.js';
import { EXIT, type CliIO } from './io.js';
import { VERSION } from './version.js';

export type { CliIO } from './io.js';
export { EXIT } from './io.js';
export { cleanUpOnSignals } from './signals.js';

/** Shared state of one run: the I/O and the exit code commands raise. */
export interface RunState {
  io: CliIO;
  exitCode: number;
  /** Raise the exit code (a failure is never lowered to a finding). */
  raise(code: number): void;
  /**
   * Standard output failed: its reader went away (`vnpress parse … | head`) or a write
   * error. A batch reads no further input then: nothing it made could be written.
   */
  outputClosed: boolean;
}

type CommandFactory = (state: RunState) => Command;

/**
 * Each command's module, loaded when that command runs (all of them for the help or an
 * unknown name): `parse` then never loads the Markdown/HTML renderers, and start-up stays
 * close to Node's own.
 */
const COMMANDS: Record<string, () => Promise<CommandFactory>> = {
  parse: async () => (await import('./commands/parse.js')).parseCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  kit: async () => (await import('./commands/kit.js')).kitCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
};

/** The factories of the commands `argv` may run: the one it names, or all of them. */
export async function commandsFor(argv: readonly string[]): Promise<CommandFactory[]> {
  const named = Object.hasOwn(COMMANDS, argv[0] ?? '') ? [COMMANDS[argv[0]]] : Object.values(COMMANDS);
  return Promise.all(named.map((load) => load()));
}

export function createProgram(state: RunState, commands: readonly CommandFactory[]): Command {
  const program = new Command('vnpress')
    .description('Turn Vietnamese news articles into structured data and publishable material.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run vnpress --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => state.io.stdout.write(s),
      writeErr: (s) => state.io.stderr.write(s),
    });
  for (const command of commands) program.addCommand(command(state));
  for (const command of program.commands) command.copyInheritedSettings(program);
  return program;
}

export async function main(io: CliIO): Promise<number> {
  const state: RunState = {
    io,
    exitCode: EXIT.ok,
    outputClosed: false,
    raise(code) {
      this.exitCode = Math.max(this.exitCode, code);
    },
  };
  const program = createProgram(state, await commandsFor(io.argv));
  // A reader that stops early (`vnpress parse … | head`) is not an error.
  io.stdout.on?.('error', (error: NodeJS.ErrnoException) => {
    state.outputClosed = true;
    if (error.code !== 'EPIPE') io.stderr.write(`vnpress: cannot write output: ${error.message}\n`);
    state.raise(error.code === 'EPIPE' ? EXIT.ok : EXIT.failed);
  });
  try {
    if (!io.argv.length) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(io.argv, { from: 'user' });
    // A failed write to standard output arrives as an event after the write (as streams
    // report it): wait for it before the exit code is decided.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.failed;
    }
    // A problem with what the user gave us (a broken config file): one line, no trace.
    if (error instanceof InputError) {
      io.stderr.write(`vnpress: ${error.oneLine}\n`);
      return EXIT.failed;
    }
    // A bug, not an input problem: one line unless the user asked for the trace.
    const debug = io.env.VNPRESS_DEBUG === '1' || io.argv.includes('--debug');
    io.stderr.write(`vnpress: internal error: ${(error as Error).message}\n`);
    if (debug) io.stderr.write(`${(error as Error).stack}\n`);
    else io.stderr.write('vnpress: set VNPRESS_DEBUG=1 for the stack trace, and please report it\n');
    return EXIT.failed;
  }
}
