/* eslint-disable @typescript-eslint/no-require-imports */
// Bundles the compiled CLI (build/cli, which tsc makes first) into build/bundle: the command then reads and
// compiles one file at start, not some 130 modules and their package.json files (≈ 50 ms of every run), and
// scripts/make-cli-cache.js can give V8 one code cache for all of it. Node's built-in modules stay outside.
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: {
    fundcheck: './build/cli/main.js',
    // Started by checkFiles as `checkWorker.js` beside itself: in the bundle, beside the bundle.
    checkWorker: './build/cli/checkWorker.js',
  },
  output: { path: path.resolve(__dirname, 'build/bundle'), filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
  // Readable stack traces (FUNDCHECK_DEBUG=1) and no time spent minifying: parsing is what the code cache saves.
  optimization: { minimize: false, splitChunks: false },
  // The real __dirname of the bundle, so that checkFiles finds the worker script beside it.
  node: { __dirname: false, __filename: false },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};
