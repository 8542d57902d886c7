/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the WPS 加载项 (type et) into dist-wps/: the add-in folder fundcheck_<version>/ in the layout of wpsjs's
// templates (index.html + the ribbon's script, ribbon.xml, the JsPlugin manifest.xml, the pane built for WPS) and
// the jsplugins.xml an administrator deploys. The pane's compile settings are the Excel build's (webpack.config.js).
// WPS_ADDIN_URL=https://intranet.host/fundcheck/ writes the online-mode jsplugins.xml for that address.
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { version } = require('./package.json');

const NAME = 'fundcheck';
const FOLDER = `${NAME}_${version}`;
const DEFAULT_OUT = path.resolve(__dirname, 'dist-wps');

/** jsplugins.xml for the offline mode (the folder copied next to it) and, given a URL, for the online mode. */
function jspluginsFiles(url) {
  const xml = (line) => `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${line}\n</jsplugins>\n`;
  const files = { 'jsplugins.offline.xml': xml(`<jsplugin name="${NAME}" type="et" url="${FOLDER}" version="${version}" enable="enable_dev" install="null"/>`) };
  if (url) files['jsplugins.xml'] = xml(`<jspluginonline name="${NAME}" type="et" url="${url.endsWith('/') ? url : `${url}/`}"/>`);
  return files;
}

class WriteJsplugins {
  constructor(out) {
    this.out = out;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('WriteJsplugins', () => {
      for (const [file, text] of Object.entries(jspluginsFiles(process.env.WPS_ADDIN_URL))) fs.writeFileSync(path.join(this.out, file), text);
    });
  }
}

/** `env.out`: where to build (the browser tests build into test-artifacts/). */
module.exports = async (env = {}, argv = {}) => {
  const base = await require('./webpack.config.js')(env, argv);
  const out = env.out ?? DEFAULT_OUT;
  fs.rmSync(out, { recursive: true, force: true });
  return {
    mode: base.mode,
    devtool: base.devtool,
    resolve: base.resolve,
    // The ribbon's script runs in the page WPS loads at start-up, whose browser may be older than the pane needs:
    // it is compiled to ES2017 (no optional chaining or catch without a binding), the pane to the Excel build's target.
    module: {
      rules: [
        {
          test: /src[\\/]hosts[\\/]wps[\\/]ribbon(Entry)?\.ts$/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', onlyCompileBundledFiles: true, instance: 'ribbon', compilerOptions: { target: 'ES2017' } } },
        },
        { ...base.module.rules[0], exclude: [/node_modules/, /src[\\/]hosts[\\/]wps[\\/]ribbon(Entry)?\.ts$/] },
      ],
    },
    performance: base.performance,
    entry: { taskpane: './src/taskpane/wps.tsx', ribbon: './src/hosts/wps/ribbonEntry.ts', analysisWorker: './src/taskpane/analysis/analysisWorker.ts' },
    output: { path: path.join(out, FOLDER), filename: '[name].js', clean: true },
    plugins: [
      new (require('webpack').DefinePlugin)({ FUNDCHECK_VERSION: JSON.stringify(version) }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/wps.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './wps/index.html', chunks: ['ribbon'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-32.png', to: 'assets/[name][ext]' },
          { from: 'assets/icon.svg', to: 'assets/[name][ext]' },
          { from: 'wps/ribbon.xml', to: '[name][ext]' },
          { from: 'wps/manifest.xml', to: '[name][ext]' },
          { from: 'wps/es2020-probe.js', to: '[name][ext]' },
          { from: 'wps/pane-check.js', to: '[name][ext]' },
          { from: 'src/taskpane/help.html', to: '[name][ext]', transform: (content) => content.toString().replaceAll('{{version}}', version) },
        ],
      }),
      new WriteJsplugins(out),
    ],
  };
};

module.exports.FOLDER = FOLDER;
module.exports.jspluginsFiles = jspluginsFiles;
