'use strict';
// The benchmark's floor: load each workbook with exceljs's readFile and do nothing else.
const ExcelJS = require('exceljs');

(async () => {
  for (const file of process.argv.slice(2)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
  }
})();
