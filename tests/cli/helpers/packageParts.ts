import { SaxesParser } from 'saxes';
import * as zlib from 'zlib';
import { ZipPackage } from '../../../src/cli/xlsx/ZipPackage';
import { writePackage } from './packages';

/** Every part of a package, inflated. */
export async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const pkg = await ZipPackage.open(file);
  try {
    const parts = new Map<string, Buffer>();
    for (const entry of pkg.entries) if (!entry.fileName.endsWith('/')) parts.set(entry.fileName, await pkg.buffer(entry.fileName));
    return parts;
  } finally {
    pkg.close();
  }
}

/** The parts added, removed or changed (byte for byte) between two packages, sorted. */
export async function changedParts(before: string, after: string): Promise<string[]> {
  const [a, b] = [await partsOf(before), await partsOf(after)];
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !a.has(name) || !b.has(name) || !a.get(name)!.equals(b.get(name)!)).sort();
}

/** Throws unless every XML part of the package is well formed. */
export async function expectWellFormed(file: string): Promise<void> {
  for (const [name, bytes] of await partsOf(file)) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const parser = new SaxesParser();
    try {
      parser.write(bytes.toString('utf8')).close();
    } catch (error) {
      throw new Error(`${name} is not well formed: ${(error as Error).message}`);
    }
  }
}

/**
 * A copy of `source` with the parts other programs add that FundCheck must carry over untouched: macros (the
 * workbook becomes macro-enabled), a custom XML part with its properties, custom document properties, and
 * WPS's cell-image part.
 */
export async function withForeignParts(source: string, target: string): Promise<void> {
  const parts = Object.fromEntries(await partsOf(source)) as Record<string, Buffer>;
  const text = (name: string) => parts[name].toString('utf8');
  const add = (name: string, content: string | Buffer) => (parts[name] = typeof content === 'string' ? Buffer.from(content) : content);
  const rel = (type: string, id: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  add('xl/vbaProject.bin', zlib.deflateSync(Buffer.from('Attribute VB_Name = "Module1"\nSub Check()\nEnd Sub\n')));
  add('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><fundReport xmlns="urn:example:fund"><county>巴州</county></fundReport>');
  add('customXml/itemProps1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6B1B4B1A-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>');
  add('customXml/_rels/item1.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel(`${R}/customXmlProps`, 'rId1', 'itemProps1.xml')}</Relationships>`);
  add('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>张三</vt:lpwstr></property></Properties>');
  add('xl/cellimages.xml', '<?xml version="1.0" encoding="UTF-8"?><etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"/>');
  add('[Content_Types].xml', text('[Content_Types].xml')
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
  add('xl/_rels/workbook.xml.rels', text('xl/_rels/workbook.xml.rels').replace('</Relationships>',
    `${rel('http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'rIdVba', 'vbaProject.bin')}${rel(`${R}/customXml`, 'rIdXml', '../customXml/item1.xml')}${rel('http://www.wps.cn/officeDocument/2020/cellImage', 'rIdImg', 'cellimages.xml')}</Relationships>`));
  add('_rels/.rels', text('_rels/.rels').replace('</Relationships>', `${rel(`${R}/custom-properties`, 'rIdCustom', 'docProps/custom.xml')}</Relationships>`));
  writePackage(target, parts);
}
