'use strict';
// FundCheck's reading alone (no analysis), to tell the reader's share of a run from the core's.
const { readWorkbook } = require('../../build/cli/xlsx/readWorkbook');

(async () => {
  for (const file of process.argv.slice(2)) await readWorkbook(file, file);
})();
