#!/usr/bin/env node
import { run } from '../dist/vnpress/bin.js';
process.exitCode = await run(process);
