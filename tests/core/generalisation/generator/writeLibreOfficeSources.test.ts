import * as path from 'path';
import { generateCase } from './case';
import { LIBREOFFICE_SEEDS, writeXlsx } from './libreOfficeSamples';

/**
 * Not a check: writes the exceljs sources for scripts/make-libreoffice-samples.sh when WRITE_GENERATED names a
 * folder, and is skipped otherwise.
 */
const out = process.env.WRITE_GENERATED;
(out ? it : it.skip)('writes the generated workbooks LibreOffice converts', async () => {
  for (const seed of LIBREOFFICE_SEEDS) await writeXlsx(generateCase(seed).workbook, path.join(out!, `generated-${seed}.xlsx`));
});
