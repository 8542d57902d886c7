import * as fs from 'fs';
import { Readable } from 'stream';
import { ZipWriter } from '../../../src/cli/xlsx/write/ZipWriter';

/** Write a zip of the given parts (text or bytes), in order: for packages no real writer would make. */
export function writePackage(file: string, parts: Record<string, string | Buffer>): void {
  const fd = fs.openSync(file, 'w');
  try {
    const zip = new ZipWriter(fd);
    for (const [name, content] of Object.entries(parts)) zip.add(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    zip.finish();
  } finally {
    fs.closeSync(fd);
  }
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The worksheet's inner XML (sheetData and what follows), or a whole part when it starts with `<?xml`. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

/** The parts of a minimal valid .xlsx with these sheets (and optional shared strings and styles). */
export function xlsxParts(sheets: SheetSpec[], extra: { sharedStrings?: string[]; styles?: string; workbookExtra?: string } = {}): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      (extra.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : '') +
      (extra.styles ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` : '') +
      `</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.workbookExtra ?? ''}<sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
      `</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      (extra.sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
      (extra.styles ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : '') +
      `</Relationships>`,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml.startsWith('<?xml') ? s.xml : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`;
  });
  if (extra.sharedStrings) {
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${extra.sharedStrings.map((t) => `<si><t>${escape(t)}</t></si>`).join('')}</sst>`;
  }
  if (extra.styles) parts['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${extra.styles}</styleSheet>`;
  return parts;
}

export interface RawPart {
  name: string;
  /** Deflated bytes, stored as they are. */
  deflated: Buffer;
  crc: number;
  /** The uncompressed size the zip declares (a liar declares less than the part inflates to). */
  declaredSize: number;
  /** 8 (deflated, the default) or 0 (stored: `deflated` holds the bytes themselves). */
  compressionMethod?: 0 | 8;
}

/** Like writePackage, with parts whose compressed bytes and declared size are given (zip bombs, liars). */
export async function writePackageWithRaw(file: string, parts: Record<string, string>, raw: RawPart[]): Promise<void> {
  const fd = fs.openSync(file, 'w');
  try {
    const zip = new ZipWriter(fd);
    for (const [name, content] of Object.entries(parts)) zip.add(name, Buffer.from(content, 'utf8'));
    for (const part of raw) {
      const entry = {
        fileNameRaw: Buffer.from(part.name),
        fileCommentRaw: Buffer.alloc(0),
        versionMadeBy: 20,
        versionNeededToExtract: 20,
        generalPurposeBitFlag: 0,
        compressionMethod: part.compressionMethod ?? 8,
        lastModFileTime: 0,
        lastModFileDate: 33,
        crc32: part.crc,
        compressedSize: part.deflated.length,
        uncompressedSize: part.declaredSize,
        internalFileAttributes: 0,
        externalFileAttributes: 0,
      };
      await zip.copy(entry as unknown as Parameters<ZipWriter['copy']>[0], Readable.from([part.deflated]));
    }
    zip.finish();
  } finally {
    fs.closeSync(fd);
  }
}
