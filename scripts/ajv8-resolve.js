'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a Node preload, CommonJS by nature */
// With legacy-peer-deps (kept because office-addin-dev-settings' peer keytar cannot build here), npm hoists
// ajv-keywords@5 and ajv-draft-04, which need ajv@8, next to eslint's ajv@6, so webpack's schema-utils and
// office-addin-manifest fail with "Cannot find module 'ajv/dist/...'". This preload sends their `ajv` imports to the
// ajv@8 npm installed inside schema-utils. It does nothing once the top-level ajv is 8 (the real fix: add ajv@8).
const Module = require('module');
const path = require('path');

function ajv8Dir() {
  try {
    const top = require('ajv/package.json');
    if (top.version.startsWith('8.')) return null;
    const nested = require.resolve('ajv/package.json', { paths: [path.dirname(require.resolve('schema-utils/package.json'))] });
    return require(nested).version.startsWith('8.') ? path.dirname(nested) : null;
  } catch {
    return null;
  }
}

const AJV8 = ajv8Dir();
const NEEDS_AJV8 = /[\\/]node_modules[\\/](ajv-keywords|ajv-draft-04|@microsoft[\\/]app-manifest)[\\/]/;

if (AJV8) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if ((request === 'ajv' || request.startsWith('ajv/')) && parent && NEEDS_AJV8.test(parent.filename || '')) {
      return resolve.call(this, AJV8 + request.slice(3), parent, ...rest);
    }
    return resolve.call(this, request, parent, ...rest);
  };
}
