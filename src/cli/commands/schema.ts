/** `vnpress schema`: the JSON Schema of parse's JSON output. */
import { Command } from 'commander';
import { articleSchema } from '../../model/schema.js';
import type { RunState } from '../main.js';

export function schemaCommand(state: RunState): Command {
  return new Command('schema')
    .description('print the JSON Schema of the output of `parse --format json`')
    .action(() => {
      state.io.stdout.write(`${JSON.stringify(articleSchema, null, 2)}\n`);
    });
}
