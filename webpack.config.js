/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane into dist/: taskpane.html, its bundle, the icons and the manifest.
// `npm run build` rewrites the manifest's dev URLs to ADDIN_URL (where the files will be hosted);
// `npm run dev-server` serves dist/ on https://localhost:3000 with office-addin-dev-certs.
// A plain `webpack --mode production` (the e2e tests) never touches the dev certificates.
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const PROD_URL = process.env.ADDIN_URL || 'https://fundcheck.example.org/';

// Fluent UI's context selector needs `scheduler` as a peer; with legacy-peer-deps it is installed only inside
// react-dom. Resolving it from there also guarantees the one copy React itself uses.
const SCHEDULER = path.dirname(require.resolve('scheduler/package.json', { paths: [path.dirname(require.resolve('react-dom/package.json'))] }));

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: { scheduler: SCHEDULER } },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', onlyCompileBundledFiles: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, PROD_URL).replaceAll(DEV_URL.slice(0, -1), PROD_URL.replace(/\/$/, ''))),
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
