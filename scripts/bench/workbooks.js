'use strict';
// Generators of large workbooks from the fixtures, for `npm run bench` and the CLI's scale tests. They write
// the package directly (the built ZipWriter), so a million-row listing takes seconds, not minutes.
const fs = require('fs');
const path = require('path');
const yauzl = require('yauzl');
const zlib = require('zlib');
const { ZipWriter } = require('../../build/cli/xlsx/write/ZipWriter');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** The parts of a package, inflated, in order. */
async function readParts(file) {
  const zip = await yauzl.openPromise(file, { autoClose: false });
  const parts = new Map();
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk);
    parts.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return parts;
}

function writeParts(file, parts) {
  const fd = fs.openSync(file, 'w');
  try {
    const zip = new ZipWriter(fd);
    for (const [name, content] of parts) zip.add(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    zip.finish();
  } finally {
    fs.closeSync(fd);
  }
}

/** The fixture's sheets as [name, part] in tab order (the fixtures use plain rIdN / sheetN.xml names). */
function sheetsOf(parts) {
  const workbook = parts.get('xl/workbook.xml').toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels').toString('utf8');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2].replace(/^\/?(xl\/)?/, 'xl/')]));
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => [m[1], targets.get(m[2])]);
}

/** Replace the workbook's sheets by `sheets` ([name, xml]); shared strings and styles stay the fixture's. */
function withSheets(parts, sheets) {
  const out = new Map([...parts].filter(([name]) => !/^xl\/worksheets\//.test(name)));
  const workbook = parts.get('xl/workbook.xml').toString('utf8');
  const list = sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`).join('');
  out.set('xl/workbook.xml', workbook.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${list}</sheets>`).replace(/<definedNames>[\s\S]*<\/definedNames>/, ''));
  const rels = parts.get('xl/_rels/workbook.xml.rels').toString('utf8').replace(/<Relationship [^>]*\/worksheet"[^>]*\/>/g, '');
  const sheetRels = sheets.map((_, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  out.set('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', `${sheetRels}</Relationships>`));
  const types = parts.get('[Content_Types].xml').toString('utf8').replace(/<Override PartName="\/xl\/worksheets\/[^>]*\/>/g, '');
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`).join('');
  out.set('[Content_Types].xml', types.replace('</Types>', `${overrides}</Types>`));
  sheets.forEach(([, xml], i) => out.set(`xl/worksheets/sheet${i + 1}.xml`, xml));
  return out;
}

/** A workbook of `count` sheets: the fixture's sheets again and again (a province's county tables in one file). */
async function manySheets(fixture, count, out) {
  const parts = await readParts(fixture);
  const source = sheetsOf(parts);
  const sheets = Array.from({ length: count }, (_, i) => {
    const [name, part] = source[i % source.length];
    return [`${i + 1}-${name}`.slice(0, 31), parts.get(part)];
  });
  writeParts(out, withSheets(parts, sheets));
  return out;
}

/** The fixture's sheets and a listing of `rows` payment rows on a sheet of its own (names as shared strings). */
async function tableBesideListing(fixture, rows, out) {
  const parts = await readParts(fixture);
  const sheets = sheetsOf(parts).map(([name, part]) => [name, parts.get(part)]);
  const sst = parts.get('xl/sharedStrings.xml').toString('utf8');
  const base = (sst.match(/<si>/g) || []).length;
  const header = ['序号', '姓名', '身份证号', '发放金额', '发放日期'];
  const names = [];
  const chunks = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`];
  chunks.push(`<row r="1">${header.map((h, c) => `<c r="${'ABCDE'[c]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`);
  let batch = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    names.push(`<si><t>参保人${i}</t></si>`);
    batch.push(
      `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c><c r="B${r}" t="s"><v>${base + i}</v></c><c r="C${r}" t="inlineStr"><is><t>6528${String(100000000000 + i)}</t></is></c>` +
        `<c r="D${r}"><v>${(1000 + (i % 997) * 1.37).toFixed(2)}</v></c><c r="E${r}"><v>${43831 + (i % 366)}</v></c></row>`,
    );
    if (batch.length === 10000) {
      chunks.push(batch.join(''));
      batch = [];
    }
  }
  chunks.push(batch.join(''), '</sheetData></worksheet>');
  const count = base + rows;
  const newSst = sst
    .replace(/count="\d+"/, `count="${count}"`)
    .replace(/uniqueCount="\d+"/, `uniqueCount="${count}"`)
    .replace('</sst>', `${names.join('')}</sst>`);
  const out2 = withSheets(new Map([...parts, ['xl/sharedStrings.xml', newSst]]), [...sheets, ['发放明细', Buffer.from(chunks.join(''), 'utf8')]]);
  writeParts(out, out2);
  return out;
}

const FUND_NAMES = ['企业职工基本养老保险', '城乡居民基本养老保险', '机关事业单位基本养老保险', '职工基本医疗保险', '城乡居民基本医疗保险', '工伤保险', '失业保险'];

/**
 * A report table beside a payment listing as real ones are (issue 21): a 险种 column naming the fund on every row,
 * names and ID numbers as text, a base and an amount, a date, and a 补缴 note on one row in twenty. The fund names
 * are report words on every row, so no filter by report words can keep such a listing small.
 */
async function realisticListing(fixture, rows, out) {
  const parts = await readParts(fixture);
  const sheets = sheetsOf(parts).map(([name, part]) => [name, parts.get(part)]);
  const sst = parts.get('xl/sharedStrings.xml').toString('utf8');
  const base = (sst.match(/<si>/g) || []).length;
  const header = ['序号', '险种', '姓名', '身份证号', '缴费基数', '金额', '缴费日期', '备注'];
  const added = [...FUND_NAMES, '补缴2019年欠费', ...Array.from({ length: Math.min(rows, 50_000) }, (_, i) => `参保人${i}`)];
  const index = (i) => base + i;
  const chunks = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`];
  chunks.push(`<row r="1">${header.map((h, c) => `<c r="${'ABCDEFGH'[c]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`);
  let batch = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const note = i % 20 === 7 ? `<c r="H${r}" t="s"><v>${index(FUND_NAMES.length)}</v></c>` : '';
    batch.push(
      `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c><c r="B${r}" t="s"><v>${index(i % FUND_NAMES.length)}</v></c>` +
        `<c r="C${r}" t="s"><v>${index(FUND_NAMES.length + 1 + (i % 50_000))}</v></c><c r="D${r}" t="inlineStr"><is><t>6528${String(100000000000 + i)}</t></is></c>` +
        `<c r="E${r}"><v>${3000 + (i % 977) * 7}</v></c><c r="F${r}"><v>${(300 + (i % 997) * 1.37).toFixed(2)}</v></c><c r="G${r}"><v>${43831 + (i % 366)}</v></c>${note}</row>`,
    );
    if (batch.length === 10000) {
      chunks.push(batch.join(''));
      batch = [];
    }
  }
  chunks.push(batch.join(''), '</sheetData></worksheet>');
  const count = base + added.length;
  const newSst = sst
    .replace(/count="\d+"/, `count="${count}"`)
    .replace(/uniqueCount="\d+"/, `uniqueCount="${count}"`)
    .replace('</sst>', `${added.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`);
  writeParts(out, withSheets(new Map([...parts, ['xl/sharedStrings.xml', newSst]]), [...sheets, ['缴费明细', Buffer.from(chunks.join(''), 'utf8')]]));
  return out;
}

/** `count` county files in `dir`: the fixtures again and again under county names. */
function countyFiles(fixturesDir, count, dir) {
  const fixtures = fs.readdirSync(fixturesDir).filter((f) => f.endsWith('.xlsx')).sort();
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const target = path.join(dir, `county-${String(i + 1).padStart(3, '0')}.xlsx`);
    fs.copyFileSync(path.join(fixturesDir, fixtures[i % fixtures.length]), target);
    return target;
  });
}

module.exports = { manySheets, tableBesideListing, realisticListing, countyFiles, readParts, writeParts, zlib };
