/* eslint-disable @typescript-eslint/no-require-imports */
// Jest globalSetup of the browser tests: build the pane and the simulated Office.js once for all test files.
const { execFileSync } = require('child_process');
const path = require('path');

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, 'build-bundles.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
};
