'use strict';
// Loads the CLI's bundle (build/bundle/fundcheck.js, `npm run build:cli`) with the code cache that
// scripts/make-cli-cache.js made for it when it was built: V8 then neither parses nor compiles the functions a
// run uses (≈ 40 ms of every run). Node 22 does this itself (module.enableCompileCache); Node 20 needs vm.Script.
// A cache made by another Node (V8 rejects it: script.cachedDataRejected) or none at all only costs that time.
const fs = require('fs');
const Module = require('module');
const path = require('path');
const vm = require('vm');

const BUNDLE = path.join(__dirname, '..', 'build', 'bundle', 'fundcheck.js');
const CODE_CACHE = `${BUNDLE}.cache`;

/** The bundle's exports and its script (for createCachedData). Throws ENOENT (error.path BUNDLE) when not built. */
function loadBundle({ withCache = true } = {}) {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  let cachedData;
  if (withCache) {
    try {
      cachedData = fs.readFileSync(CODE_CACHE);
    } catch {
      // no cache: compiled as any module is
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  // As Node runs a CommonJS module: the bundle requires only Node's built-in modules.
  script.runInThisContext().call(module.exports, module.exports, require, module, BUNDLE, path.dirname(BUNDLE));
  return { cli: module.exports, script };
}

module.exports = { loadBundle, BUNDLE, CODE_CACHE };
