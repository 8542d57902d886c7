// npm links the bins of dependencies, not the project's own; tools that run `node_modules/.bin/fundcheck`
// (the fixture scorer, scripts on a checkout) need it, so `prepare` links it after every install.
const fs = require('fs');
const path = require('path');
const binDir = path.join(__dirname, '..', 'node_modules', '.bin');
const link = path.join(binDir, 'fundcheck');
fs.mkdirSync(binDir, { recursive: true });
try { fs.unlinkSync(link); } catch {}
fs.symlinkSync(path.join('..', '..', 'bin', 'fundcheck.js'), link);
