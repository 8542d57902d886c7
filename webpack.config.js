/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane into dist/: taskpane.html, its bundle, the icons and the manifest.
// `npm run build` rewrites the manifest's dev URLs to ADDIN_URL (where the files will be hosted) and refuses to
// run without it, so no manifest ever ships a placeholder host; `npm run dev-server` serves dist/ on
// https://localhost:3000 with office-addin-dev-certs. The e2e tests build for production with env.e2e (manifest
// left on the dev URLs, never deployed) and never touch the dev certificates.
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const VERSION = require('./package.json').version;
const { DefinePlugin } = require('webpack');
const DEV_PORT = 3000;

/** Where a production build will be hosted: an https URL ending in "/", or a clear refusal. */
function productionUrl(value) {
  if (!value) {
    throw new Error(
      'npm run build needs ADDIN_URL, the https address where dist/ will be hosted, e.g.\n' +
        '  ADDIN_URL=https://intranet.example.gov.cn/fundcheck/ npm run build\n' +
        'For development use `npm run dev-server` (https://localhost:3000) instead.',
    );
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be an https address (Office loads add-ins over https only): ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The manifest for a production host: every dev URL becomes one under `url` (the files' folder), an AppDomain the
 * origin alone (a domain carries no path), and the comment says where the files are; nothing else changes.
 */
function manifestFor(content, url) {
  const origin = new URL(url).origin;
  return content
    .replace(/(<!--[^]*?)URLs point at the dev server \(https:\/\/localhost:3000\); webpack rewrites them for production builds\./, `$1URLs point at ${url} (built with ADDIN_URL).`)
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(DEV_URL, url);
}

// Fluent UI's context selector needs `scheduler` as a peer; with legacy-peer-deps it is installed only inside
// react-dom. Resolving it from there also guarantees the one copy React itself uses.
const SCHEDULER = path.dirname(require.resolve('scheduler/package.json', { paths: [path.dirname(require.resolve('react-dom/package.json'))] }));

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  // Checked when this build runs (not when webpack.wps.config.js borrows the compile settings): a clear refusal.
  const rewrites = !dev && !env.e2e;
  const rewriteTo = () => productionUrl(process.env.ADDIN_URL);
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    // The analysis runs in a worker of its own (analysisWorker.js), so the pane never freezes on a large workbook.
    entry: { taskpane: './src/taskpane/index.tsx', analysisWorker: './src/taskpane/analysis/analysisWorker.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: { scheduler: SCHEDULER } },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', onlyCompileBundledFiles: true } } }],
    },
    performance: { hints: false },
    plugins: [
      ...(rewrites ? [{ apply: (compiler) => compiler.hooks.beforeRun.tap('RequireAddinUrl', () => void rewriteTo()) }] : []),
      new DefinePlugin({ FUNDCHECK_VERSION: JSON.stringify(VERSION) }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Copied as written: it must stay ES5 to run in Internet Explorer 11.
          { from: 'src/taskpane/hostcheck.js', to: '[name][ext]' },
          // The help page the pane and the manifest (SupportUrl, LearnMoreUrl) link to; its version is the package's.
          { from: 'src/taskpane/help.html', to: '[name][ext]', transform: (content) => content.toString().replaceAll('{{version}}', VERSION) },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => (rewrites ? manifestFor(content.toString(), rewriteTo()) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() },
          static: { directory: path.resolve(__dirname, 'dist') },
        }
      : undefined,
  };
};
