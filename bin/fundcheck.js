#!/usr/bin/env node
'use strict';
// The compiled CLI lives in build/ (made by `npm run build:cli`, which `npm ci` runs through `prepare`).
const path = require('path');
let cli;
try {
  cli = require(path.join(__dirname, '..', 'build', 'cli', 'main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('fundcheck: the CLI is not built yet; run `npm run build:cli` first\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`fundcheck: internal error: ${error && error.message ? error.message : error}\n`);
    process.exit(3);
  },
);
