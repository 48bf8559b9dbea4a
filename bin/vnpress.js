#!/usr/bin/env node
import { cleanUpOnSignals, main } from '../dist/vnpress/bin.js';
cleanUpOnSignals(process);
process.exitCode = await main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
