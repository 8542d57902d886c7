import { editSheetCells, type CellChange } from '../../../src/cli/xlsx/write/editSheetCells';
import { StylesEditor } from '../../../src/cli/xlsx/write/StylesEditor';

const change = (row: number, col: number, value?: string, style = (s: number) => s + 100): CellChange => ({ row, col, ...(value !== undefined ? { value } : {}), style });
const sheet = (data: string, before = '') => `<worksheet xmlns="m">${before}${data}<pageMargins left="1"/></worksheet>`;

describe('editSheetCells', () => {
  const xml = sheet('<sheetData><row r="2" spans="1:3"><c r="A2" s="1"><v>1</v></c><c r="C2" t="s"><v>0</v></c></row><row r="5"><c r="B5"><f>A2*2</f><v>2</v></c></row></sheetData>');

  it('changes only the cells asked for, and inserts new cells and rows in order', () => {
    const { xml: out, refused } = editSheetCells(xml, [change(1, 1, '7'), change(1, 2, '8'), change(3, 0, '9'), change(9, 3, '10'), change(0, 0)]);
    expect(refused).toEqual([]);
    expect(out).toBe(
      sheet(
        '<sheetData><row r="1"><c r="A1" s="100"/></row>' +
          '<row r="2" spans="1:3"><c r="A2" s="1"><v>1</v></c><c r="B2" s="100"><v>7</v></c><c r="C2" s="100"><v>8</v></c></row>' +
          '<row r="4"><c r="A4" s="100"><v>9</v></c></row><row r="5"><c r="B5"><f>A2*2</f><v>2</v></c></row><row r="10"><c r="D10" s="100"><v>10</v></c></row></sheetData>',
      ),
    );
  });

  it('never writes a value over a formula, but may restyle it', () => {
    const { xml: out, refused } = editSheetCells(xml, [change(4, 1, '3'), change(4, 1)]);
    expect(refused).toHaveLength(1);
    expect(out).toBe(xml);
    expect(editSheetCells(xml, [change(4, 1)]).xml).toContain('<c r="B5" s="100"><f>A2*2</f><v>2</v></c>');
  });

  it('widens a row’s spans hint for a cell beyond it, and gives a new cell its row’s or column’s style', () => {
    const withStyles = sheet('<sheetData><row r="1" spans="2:3" s="4" customFormat="1"><c r="B1"><v>1</v></c></row></sheetData>', '<cols><col min="5" max="6" style="9"/></cols>');
    const out = editSheetCells(withStyles, [change(0, 5, '1', (s) => s), change(1, 4, '2', (s) => s)]).xml;
    expect(out).toContain('<row r="1" spans="2:6" s="4" customFormat="1"><c r="B1"><v>1</v></c><c r="F1" s="4"><v>1</v></c></row>');
    expect(out).toContain('<row r="2"><c r="E2" s="9"><v>2</v></c></row>');
  });

  it('fills an empty sheetData, keeps a namespace prefix, and follows rows and cells without addresses', () => {
    expect(editSheetCells(sheet('<sheetData/>'), [change(0, 0, '1')]).xml).toBe(sheet('<sheetData><row r="1"><c r="A1" s="100"><v>1</v></c></row></sheetData>'));
    const prefixed = '<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(editSheetCells(prefixed, [change(0, 1, '5')]).xml).toBe('<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="100"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>');
  });
});

describe('StylesEditor', () => {
  const styles = (numFmts: string) =>
    `<styleSheet xmlns="m">${numFmts}<fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="2" fontId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

  it('adds a format copied from the cell’s own with the new number format, reusing built-in and existing codes', () => {
    const editor = new StylesEditor(styles('<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>'));
    expect(editor.withNumberFormat(1, '0.00')).toBe(1); // already its format
    expect(editor.withNumberFormat(1, '0.0%')).toBe(2);
    expect(editor.withNumberFormat(1, '0.0%')).toBe(2);
    expect(editor.withNumberFormat(0, '0.000')).toBe(3);
    const out = editor.result();
    expect(out).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="0.000"/></numFmts>');
    expect(out).toContain('<xf numFmtId="170" fontId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="171" fontId="0" applyNumberFormat="1"/></cellXfs>');
    expect(out).toContain('<cellXfs count="4">');
  });

  it('creates numFmts first when the part has none, and appends a solid fill', () => {
    const editor = new StylesEditor(styles(''));
    expect(editor.withNumberFormat(0, '0.0"分"')).toBe(2);
    expect(editor.withSolidFill(0, 'FFFFC7CE')).toBe(3);
    const out = editor.result();
    expect(out.startsWith('<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;分&quot;"/></numFmts>'.replace('分', Buffer.from('分').toString('latin1')))).toBe(true);
    expect(out).toContain('<fills count="3"><fill/><fill/><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills>');
    expect(out).toContain('<xf numFmtId="0" fontId="0" fillId="2" applyFill="1"/>');
  });
});
