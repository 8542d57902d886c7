#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports */
// Builds what the browser tests load, once per run, outside Jest's module system (run by globalSetup.js): the task
// pane as for production (the project's webpack config, no dev certificates) into test-artifacts/e2e/dist, and the
// simulated Office.js into test-artifacts/e2e/fake-office.js; their paths go to test-artifacts/e2e/built.json.
const path = require('path');
const webpack = require('webpack');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-artifacts', 'e2e');

function compile(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

async function main() {
  const pane = await require(path.join(ROOT, 'webpack.config.js'))({ e2e: true }, { mode: 'production' });
  await compile({ ...pane, context: ROOT, output: { ...pane.output, path: path.join(OUT, 'dist') } });
  await compile({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: path.join(ROOT, 'tests/hosts/excel/simulated/browser/installFakeOffice.ts'),
    output: { path: OUT, filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', transpileOnly: true } } }] },
  });
  const built = JSON.stringify({ distDir: path.join(OUT, 'dist'), fakeOffice: path.join(OUT, 'fake-office.js') });
  require('fs').writeFileSync(path.join(OUT, 'built.json'), built);
  process.stdout.write(built);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
