#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports */
// Builds what the WPS browser tests load, outside Jest (run as a child process by wps.test.ts): the WPS add-in as
// `npm run build:wps` builds it (type checking is left to tsc, which CI runs first) into test-artifacts/e2e-wps,
// and the simulated WPS Application into test-artifacts/e2e-wps/fake-wps.js.
const path = require('path');
const webpack = require('webpack');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-artifacts', 'e2e-wps');

function compile(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** The same loaders without type checking: the build's output is the same, in a fraction of the time. */
function transpileOnly(config) {
  const rules = config.module.rules.map((rule) => ({ ...rule, use: { ...rule.use, options: { ...rule.use.options, transpileOnly: true } } }));
  return { ...config, module: { ...config.module, rules } };
}

async function main() {
  const wpsConfig = require(path.join(ROOT, 'webpack.wps.config.js'));
  const addin = await wpsConfig({ out: path.join(OUT, 'addin') }, { mode: 'production' });
  await compile({ ...transpileOnly(addin), context: ROOT });
  await compile({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: path.join(ROOT, 'tests/hosts/wps/simulated/browser/installFakeWps.ts'),
    output: { path: OUT, filename: 'fake-wps.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', transpileOnly: true } } }] },
  });
  process.stdout.write(JSON.stringify({ addinDir: path.join(OUT, 'addin', wpsConfig.FOLDER), fakeWps: path.join(OUT, 'fake-wps.js') }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
