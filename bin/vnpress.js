#!/usr/bin/env node
// CommonJS (bin/package.json): a command starts without Node's ES module loader.
require('../dist/vnpress/bin.cjs').run(process).then((code) => { process.exitCode = code; });
