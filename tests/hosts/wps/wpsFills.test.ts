import { readFills, restoreFill, paint, type FillRecord } from '../../../src/hosts/wps/wpsFills';
import { createFakeWps } from './simulated/createFakeWps';
import type { WpsWorkbookModel } from './simulated/WpsModel';

function sheetOf(cells: WpsWorkbookModel['sheets'][number]['cells']): WpsWorkbookModel {
  return { name: 'f.xlsx', properties: {}, activeSheet: 'S', sheets: [{ name: 'S', visible: -1, protectContents: false, cells }] };
}

const positions = Array.from({ length: 40 }, (_, i) => ({ row: i * 3, col: (i * 7) % 11 }));

describe('fills through WPS Interior', () => {
  it('reads the fills of scattered unfilled cells in a few calls, however many cells', () => {
    const wps = createFakeWps(sheetOf({ '1,1': { value: 1, interior: { color: 255, pattern: 1, patternColor: 0, tintAndShade: 0, patternTintAndShade: 0 } } }));
    const sheet = wps.application.ActiveWorkbook!.Worksheets.Item(1);
    wps.resetCalls();
    const fills = readFills(sheet, positions);
    expect(fills.every((f) => f.pattern === 'None')).toBe(true);
    // five properties, each one multi-area range chunk (the 40 addresses fit in 255 characters) and one answer
    expect(wps.callsTo('Interior.Pattern')).toBe(1);
    expect(wps.calls()).toBeLessThanOrEqual(5 * 3);
  });

  it('gives back exactly the fills it read, patterns, pattern colours and tints included', () => {
    let seed = 11;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const patterns = [1, -4125, 17, 15, -4142];
    const cells: WpsWorkbookModel['sheets'][number]['cells'] = {};
    for (const p of positions) {
      const pattern = patterns[random(patterns.length)];
      if (pattern !== -4142) cells[`${p.row},${p.col}`] = { interior: { color: random(0xffffff), pattern, patternColor: random(0xffffff), tintAndShade: random(5) / 10, patternTintAndShade: 0 } };
    }
    const wps = createFakeWps(sheetOf(structuredClone(cells)));
    const sheet = wps.application.ActiveWorkbook!.Worksheets.Item(1);
    const saved: FillRecord[] = readFills(sheet, positions);
    for (const p of positions) paint(sheet.Range(`${String.fromCharCode(65 + p.col)}${p.row + 1}`).Interior, '#FFC7CE');
    expect(Object.values(wps.model.sheets[0].cells).every((c) => c.interior?.color === 0xcec7ff)).toBe(true);
    positions.forEach((p, i) => restoreFill(sheet.Range(`${String.fromCharCode(65 + p.col)}${p.row + 1}`).Interior, saved[i]));
    expect(wps.model.sheets[0].cells).toEqual(cells);
  });
});
