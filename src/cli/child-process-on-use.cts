/**
 * What the CLI bundle gets for `node:child_process` (package.json build:cli:bundle, --alias).
 * commander requires it when it loads, for executable subcommands vnpress never has; this
 * stand-in loads the real module on first use instead, about 2 ms off every start.
 */
import type * as ChildProcess from 'child_process';

const real = (): typeof ChildProcess => require('child_process') as typeof ChildProcess;

export = new Proxy({} as typeof ChildProcess, { get: (_target, name) => real()[name as keyof typeof ChildProcess] });
