import * as CFB from 'cfb';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { memoryIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { toReadFailure } from '../../src/cli/xlsx/ReadFailure';
import { writePackage, writePackageWithRaw, xlsxParts } from './helpers/packages';
import { fixture, tempDir } from './helpers/testWorkbooks';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

/** An OLE compound file holding streams of these names (what Excel writes for .xls, encrypted .xlsx, .doc). */
function compoundFile(name: string, streams: string[]): string {
  const container = CFB.utils.cfb_new();
  for (const stream of streams) CFB.utils.cfb_add(container, stream, Buffer.from('payload of ' + stream));
  fs.writeFileSync(file(name), CFB.write(container, { type: 'buffer' }) as Buffer);
  return file(name);
}

/** A zip whose extra parts inflate to 100 MB each from about 100 KB: 30 of them make a 3 MB file declaring 3 GB. */
async function zipBomb(name: string, parts: number): Promise<string> {
  const inflated = Buffer.alloc(100 * 1024 * 1024, 0x20);
  const deflated = zlib.deflateRawSync(inflated, { level: 9 });
  const crc = zlib.crc32(inflated);
  const raw = Array.from({ length: parts }, (_, i) => ({ name: `xl/media/blank${i}.xml`, deflated, crc, declaredSize: inflated.length }));
  await writePackageWithRaw(file(name), xlsxParts([{ name: 's', xml: '<sheetData/>' }]), raw);
  return file(name);
}

async function check(target: string) {
  const io = memoryIo();
  const code = await main(['check', target], io);
  return { code, out: io.out, err: io.err };
}

const RAW_JS = /Cannot read properties|Invalid string length|disallowed character|ELOOP|ENOENT|Error:|\bat \S+ \(|undefined|central directory|zlib|invalid/i;

describe('fundcheck check: every unreadable input gets a reason a person understands', () => {
  const bytes = fs.readFileSync(fixture('bazhou-2020.xlsx'));
  fs.writeFileSync(file('truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
  fs.symlinkSync(file('loop-b.xlsx'), file('loop-a.xlsx'));
  fs.symlinkSync(file('loop-a.xlsx'), file('loop-b.xlsx'));
  execFileSync('mkfifo', [file('pipe.xlsx')]);
  writePackage(file('bad-xml.xlsx'), { ...xlsxParts([{ name: 's', xml: '<sheetData/>' }]), 'xl/workbook.xml': '<?xml version="1.0"?><workbook>\u0001</workbook>' });
  writePackage(file('docx.xlsx'), {
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  });
  writePackage(file('no-sheets.xlsx'), xlsxParts([]));
  writePackage(file('missing-sheet-part.xlsx'), (() => {
    const parts = xlsxParts([{ name: 's', xml: '<sheetData/>' }]);
    parts['xl/worksheets/sheet1.xml'] = '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>'; // cut short
    return parts;
  })());

  it.each([
    ['truncated', () => file('truncated.xlsx'), /文件已损坏或不完整/],
    ['a symbolic-link loop', () => file('loop-a.xlsx'), /符号链接形成循环/],
    ['a named pipe', () => file('pipe.xlsx'), /不是普通文件/],
    ['an encrypted .xlsx', () => compoundFile('secret.xlsx', ['EncryptionInfo', 'EncryptedPackage']), /设有打开密码（已加密）/],
    ['an old .xls', () => compoundFile('old.xlsx', ['Workbook']), /旧版 \.xls/],
    ['a Word .doc renamed', () => compoundFile('letter.xlsx', ['WordDocument']), /不是 Excel 工作簿/],
    ['a workbook part with a control character', () => file('bad-xml.xlsx'), /文件已损坏或不完整/],
    ['a .docx renamed', () => file('docx.xlsx'), /不是 Excel 工作簿/],
    ['a workbook without sheets', () => file('no-sheets.xlsx'), /没有工作表/],
    ['a sheet part cut short', () => file('missing-sheet-part.xlsx'), /文件已损坏或不完整/],
  ])('%s: exit 2, one line, no JavaScript message', async (_label, make, reason) => {
    const target = make();
    const { code, out, err } = await check(target);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(target);
    expect(err).toMatch(reason);
    expect(err.replace(target, '')).not.toMatch(RAW_JS);
  });

  it('refuses a 3 MB zip bomb from its declared sizes, before inflating anything', async () => {
    const target = await zipBomb('bomb.xlsx', 30);
    expect(fs.statSync(target).size).toBeLessThan(4 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const { code, err } = await check(target);
    expect(code).toBe(2);
    expect(err).toMatch(/压缩比异常，疑似压缩炸弹/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('stops a sheet that inflates past the size it declared (a lying zip bomb)', async () => {
    const parts = xlsxParts([{ name: 's', xml: '<sheetData/>' }]);
    delete (parts as Record<string, string>)['xl/worksheets/sheet1.xml'];
    const inflated = Buffer.concat([Buffer.from('<worksheet><sheetData>'), Buffer.alloc(50 * 1024 * 1024, 0x20)]);
    const raw = [{ name: 'xl/worksheets/sheet1.xml', deflated: zlib.deflateRawSync(inflated), crc: zlib.crc32(inflated), declaredSize: 4096 }];
    await writePackageWithRaw(file('liar.xlsx'), parts, raw);
    const { code, err } = await check(file('liar.xlsx'));
    expect(code).toBe(2);
    expect(err).toMatch(/文件已损坏或不完整/);
  });

  it('words a string past V8’s limit as too large and an unknown failure as damaged, never with its message', () => {
    expect(toReadFailure(new RangeError('Invalid string length')).kind).toBe('tooLarge');
    expect(toReadFailure(new TypeError("Cannot read properties of undefined (reading 'x')")).kind).toBe('corrupt');
    expect(toReadFailure(Object.assign(new Error('x'), { code: 'ELOOP' })).kind).toBe('linkLoop');
    expect(toReadFailure(Object.assign(new Error('x'), { code: 'EIO' }))).toEqual(expect.objectContaining({ kind: 'unreadable', detail: 'EIO' }));
  });
});
