/* eslint-disable @typescript-eslint/no-require-imports */
// Jest globalSetup of the browser tests: build the Excel pane, the WPS add-in and both simulated hosts once for all
// test files (build-bundles.js).
const { execFileSync } = require('child_process');
const path = require('path');

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, 'build-bundles.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
};
