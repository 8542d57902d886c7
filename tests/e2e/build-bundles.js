#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports */
// Builds everything the browser tests load, once per run, outside Jest's module system (run by globalSetup.js):
// the Excel task pane as `npm run build` builds it (manifest left on the dev URLs, never deployed) into
// test-artifacts/e2e/dist, the WPS add-in as `npm run build:wps` builds it into test-artifacts/e2e-wps/addin, and
// the simulated Office.js and WPS beside them. One webpack run compiles all four side by side, and the type check
// runs beside it in its own process (tsc over the pane, the hosts and the simulations), so neither waits for the
// other (see forTests). The paths go to test-artifacts/e2e/built.json.
const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-artifacts', 'e2e');
const WPS_OUT = path.join(ROOT, 'test-artifacts', 'e2e-wps');

function compile(configs) {
  return new Promise((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

function typeCheck() {
  const tsc = require.resolve('typescript/bin/tsc');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tsc, '--noEmit', '-p', path.join(ROOT, 'tsconfig.addin.json')], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(new Error(`type errors in the pane or the hosts:\n${stdout}`));
      resolve();
    });
  });
}

/**
 * The production config with savings that change no behaviour: the loaders skip their own type check (tsc runs
 * beside the build), and with `minimize: false` the bundle is not minified (terser is half a build's time;
 * production mode, its NODE_ENV and tree shaking stay). The Excel pane stays minified, as shipped, since the
 * 1,000-sheet test measures its long tasks; the WPS suite tests behaviour only.
 */
function forTests(config, { minimize }) {
  const rules = config.module.rules.map((rule) => ({ ...rule, use: { ...rule.use, options: { ...rule.use.options, transpileOnly: true } } }));
  return { ...config, context: ROOT, module: { ...config.module, rules }, optimization: { ...config.optimization, minimize } };
}

/** A simulated host for the browser, as one script. */
function simulation(name, entry, out, filename) {
  return {
    name,
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: path.join(ROOT, entry),
    output: { path: out, filename },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', transpileOnly: true } } }] },
  };
}

async function main() {
  const excel = await require(path.join(ROOT, 'webpack.config.js'))({ e2e: true }, { mode: 'production' });
  const wpsConfig = require(path.join(ROOT, 'webpack.wps.config.js'));
  const wps = await wpsConfig({ out: path.join(WPS_OUT, 'addin') }, { mode: 'production' });
  await Promise.all([
    typeCheck(),
    compile([
      { ...forTests(excel, { minimize: true }), name: 'excel', output: { ...excel.output, path: path.join(OUT, 'dist') } },
      { ...forTests(wps, { minimize: false }), name: 'wps' },
      simulation('fake-office', 'tests/hosts/excel/simulated/browser/installFakeOffice.ts', OUT, 'fake-office.js'),
      simulation('fake-wps', 'tests/hosts/wps/simulated/browser/installFakeWps.ts', WPS_OUT, 'fake-wps.js'),
    ]),
  ]);
  const built = {
    distDir: path.join(OUT, 'dist'),
    fakeOffice: path.join(OUT, 'fake-office.js'),
    wpsAddinDir: path.join(WPS_OUT, 'addin', wpsConfig.FOLDER),
    fakeWps: path.join(WPS_OUT, 'fake-wps.js'),
  };
  fs.writeFileSync(path.join(OUT, 'built.json'), JSON.stringify(built));
  process.stdout.write(JSON.stringify(built));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
