import { bgrOf, hexOf, XL_PATTERN } from '../../../../src/hosts/wps/wpsConstants';
import { createFakeWps } from './createFakeWps';
import { loadWpsModel } from './loadWpsModel';
import type { WpsWorkbookModel } from './WpsModel';

/** The simulated WPS must behave as WPS documents (by its COM heritage): these pin the behaviours the adapter meets. */
function model(): WpsWorkbookModel {
  return {
    name: 't.xlsx',
    properties: {},
    activeSheet: 'A',
    sheets: [
      { name: 'A', visible: -1, protectContents: false, cells: { '1,1': { value: 5, numberFormat: '0.00' }, '1,2': { value: 'x' }, '2,1': { error: '#N/A' }, '3,3': { locked: false } } },
      { name: 'B', visible: 0, protectContents: true, cells: { '0,0': { value: 1 }, '0,1': { locked: false } } },
    ],
  };
}

const sheet = (wps: ReturnType<typeof createFakeWps>, name: string) => wps.application.ActiveWorkbook!.Worksheets.Item(name);

describe('the simulated WPS object model', () => {
  it('has 1-based indexes and throws for a sheet that is not there', () => {
    const wps = createFakeWps(model());
    const sheets = wps.application.ActiveWorkbook!.Worksheets;
    expect(sheets.Item(1).Name).toBe('A');
    expect(() => sheets.Item(0)).toThrow();
    expect(() => sheets.Item(3)).toThrow();
    expect(() => sheets.Item('C')).toThrow();
  });

  it('answers Value2 as a scalar for one cell and as rows of cells for a range; errors as CVErr codes or text', () => {
    const a = sheet(createFakeWps(model()), 'A');
    expect(a.Range('B2').Value2).toBe(5);
    expect(a.Range('B2:C3').Value2).toEqual([[5, 'x'], [-2146826246, undefined]]);
    expect(sheet(createFakeWps(model(), { errorsAs: 'text' }), 'A').Range('B3').Value2).toBe('#N/A');
    const used = a.UsedRange;
    expect([used.Row, used.Column, used.Rows.Count, used.Columns.Count]).toEqual([2, 2, 3, 3]);
  });

  it('answers NumberFormat and Interior properties as one value when the cells agree, null when they differ', () => {
    const a = sheet(createFakeWps(model()), 'A');
    expect(a.Range('B2').NumberFormat).toBe('0.00');
    expect(a.Range('B2:C2').NumberFormat).toBeNull();
    expect(a.Range('C2:C3').NumberFormat).toBe('General');
    expect(a.Range('B2:C3').Interior.Pattern).toBe(XL_PATTERN.none);
    a.Range('B2').Interior.Color = bgrOf('#FFC7CE');
    expect(hexOf(a.Range('B2').Interior.Color as number)).toBe('#FFC7CE');
    expect(a.Range('B2').Interior.Pattern).toBe(XL_PATTERN.solid); // a colour on an unfilled cell makes it solid
    expect(a.Range('B2,C2').Interior.Color).toBeNull();
    a.Range('B2').Interior.Pattern = XL_PATTERN.none;
    expect(a.Range('B2,C2').Interior.Color).toBe(16777215);
  });

  it('answers Hidden of whole rows or columns as COM does (true, false, null when some are) and refuses it elsewhere', () => {
    const wps = createFakeWps(model());
    wps.hideRows('A', '3:4');
    wps.hideColumns('A', 'E:XFD');
    const a = sheet(wps, 'A');
    expect(a.Range('A1:A2').EntireRow.Hidden).toBe(false);
    expect(a.Range('B3:B4').EntireRow.Hidden).toBe(true);
    expect(a.Range('A2:A3').EntireRow.Hidden).toBeNull();
    expect(a.Range('E1').EntireColumn.Hidden).toBe(true);
    expect(a.Range('D1:E1').EntireColumn.Hidden).toBeNull();
    expect(a.Range('A1:D9').EntireColumn.Hidden).toBe(false);
    expect(() => a.Range('A1:B2').Hidden).toThrow('Hidden');
    expect(() => a.Range('A1:A1048576').EntireRow.Hidden).toThrow('Hidden'); // the whole sheet: neither rows nor columns
    expect(wps.callsTo('Range.Hidden')).toBe(8);
  });

  it('reads entered text as WPS does: numbers and percentages as numbers, apostrophe or text format as text', () => {
    const wps = createFakeWps(model());
    const a = sheet(wps, 'A');
    a.Range('E1:E4').Value2 = [['5'], ['98%'], ["'5"], ['=B2*2']];
    expect(a.Range('E1:E3').Value2).toEqual([[5], [0.98], ['5']]);
    expect(wps.cell('A', 'E2')?.numberFormat).toBe('0%');
    expect(a.Range('E4').Formula).toBe('=B2*2');
    a.Range('F1').NumberFormat = '@';
    a.Range('F1').Value2 = '5';
    expect(a.Range('F1').Value2).toBe('5');
    expect(() => (a.Range('E1:E2').Value2 = [[1, 2]])).toThrow();
    a.Range('G1').Value2 = '#N/A';
    expect(wps.cell('A', 'G1')).toEqual({ error: '#N/A' });
  });

  it('refuses writes to locked cells of a protected sheet, allows unlocked ones', () => {
    const wps = createFakeWps(model());
    const b = sheet(wps, 'B');
    expect(() => (b.Range('A1').Value2 = 2)).toThrow(/受保护/);
    expect(() => (b.Range('A1').Interior.Color = 255)).toThrow(/受保护/);
    expect(() => (b.Range('A1:B1').NumberFormat = '0')).toThrow(/受保护/);
    expect(wps.cell('B', 'A1')).toEqual({ value: 1 });
    b.Range('B1').Value2 = 3;
    expect(wps.cell('B', 'B1')).toEqual({ value: 3, locked: false });
    expect([b.Range('A1').Locked, b.Range('B1').Locked, b.Range('A1:B1').Locked]).toEqual([true, false, null]);
    // Formatting is refused too, unless the protection allows formatting cells; contents stay refused.
    wps.model.sheets[1].allowFormattingCells = true;
    expect(b.Protection.AllowFormattingCells).toBe(true);
    b.Range('A1').Interior.Color = 255;
    b.Range('A1').NumberFormat = '0.0';
    expect(() => (b.Range('A1').Value2 = 2)).toThrow(/受保护/);
    expect(wps.cell('B', 'A1')).toMatchObject({ value: 1, numberFormat: '0.0', interior: { color: 255, pattern: 1 } });
  });

  it('selects only on the active sheet, and cannot activate a hidden one', () => {
    const wps = createFakeWps(model());
    const a = sheet(wps, 'A');
    const b = sheet(wps, 'B');
    expect(() => b.Activate()).toThrow();
    expect(() => b.Range('A1').Select()).toThrow();
    wps.setVisible('B', -1);
    expect(() => b.Range('A1').Select()).toThrow(); // visible now, but not active
    b.Activate();
    b.Range('A1').Select();
    expect(wps.model.selection).toEqual({ sheet: 'B', address: 'A1' });
    expect(() => a.Range('A1').Select()).toThrow();
  });

  it('keeps custom document properties of at most 255 characters, across a reopen', () => {
    const wps = createFakeWps(model());
    const properties = wps.application.ActiveWorkbook!.CustomDocumentProperties;
    properties.Add('k', false, 4, 'v');
    expect(() => properties.Add('k', false, 4, 'w')).toThrow();
    expect(() => properties.Add('long', false, 4, 'x'.repeat(256))).toThrow();
    expect(() => properties.Item('missing')).toThrow();
    expect(properties.Item(1).Value).toBe('v');
    const again = wps.reopen().application.ActiveWorkbook!.CustomDocumentProperties;
    expect([again.Count, again.Item('k').Value]).toEqual([1, 'v']);
    again.Item('k').Delete();
    expect(again.Count).toBe(0);
  });

  it('refuses an address longer than 255 characters, and a deleted sheet', () => {
    const wps = createFakeWps(model());
    const a = sheet(wps, 'A');
    expect(() => a.Range(Array.from({ length: 80 }, (_, i) => `A${i + 1}`).join(','))).toThrow();
    wps.deleteSheet('A');
    expect(() => a.Name).toThrow();
  });

  it('counts every object-model call', () => {
    const wps = createFakeWps(model());
    wps.resetCalls();
    void sheet(wps, 'A').Range('B2').Value2;
    expect(wps.calls()).toBe(5); // ActiveWorkbook, Worksheets, Item, Range, Value2
    expect(wps.callsTo('Range.Value2')).toBe(1);
  });

  it('translates a fixture: BGR colours and pattern constants', async () => {
    const converted = await loadWpsModel('hami-2019');
    expect(converted.sheets.map((s) => s.name)).toContain('收支分析表');
    const filled = converted.sheets.flatMap((s) => Object.values(s.cells)).filter((c) => c.interior);
    expect(filled.every((c) => c.interior!.pattern !== XL_PATTERN.none && Number.isInteger(c.interior!.color))).toBe(true);
    expect(bgrOf('#0000FF')).toBe(0xff0000);
    expect(hexOf(0x0000ff)).toBe('#FF0000');
  });
});
