import { fromA1, rangeToA1, type CellRef, type Finding, type Severity, type TableSummary } from '../../src/core';
import { a1 } from '../helpers/grid';

const ref = (key: string): CellRef => {
  const [sheet, cell] = key.split('!');
  return { sheet, ...fromA1(cell) };
};
const range = (a1Range: string) => {
  const [from, to] = a1Range.split(':').map((c) => fromA1(c));
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
};
import { groupFindings } from '../../src/taskpane/groupFindings';

const finding = (sheet: string, cell: string, severity: Severity, causedBy?: string): Finding => ({
  at: ref(`${sheet}!${cell}`),
  severity,
  rule: 'sum',
  stated: '1',
  expected: '2',
  message: 'm',
  related: [],
  ...(causedBy ? { causedBy: ref(causedBy) } : {}),
});

const tables: TableSummary[] = [
  { sheet: 'S', range: range('A1:G15'), kind: 'fund-balance-transposed' },
  { sheet: 'T', range: range('B2:D9'), kind: 'line-items' },
];
const ALL = new Set<Severity>(['error', 'warning', 'info']);

describe('grouping findings for the pane', () => {
  it('folds consequences under their root cause and lists the error first', () => {
    const findings = [finding('S', 'G12', 'info', 'S!G4'), finding('S', 'B3', 'warning'), finding('S', 'G4', 'error')];
    const [sheet] = groupFindings(findings, tables, ALL);
    expect(sheet.tables[0].nodes.map((n) => a1(n.finding))).toEqual(['G4', 'B3']);
    expect(sheet.tables[0].nodes[0].consequences.map((c) => a1(c))).toEqual(['G12']);
  });

  it('groups by sheet in workbook order, then by table, with cells outside tables last', () => {
    const findings = [finding('S', 'G4', 'error'), finding('T', 'Z99', 'warning'), finding('T', 'C3', 'error')];
    const groups = groupFindings(findings, tables, ALL);
    expect(groups.map((g) => g.sheet)).toEqual(['S', 'T']);
    expect(groups[1].tables.map((g) => (g.table ? rangeToA1(g.table.range) : null))).toEqual(['B2:D9', null]);
  });

  it('filters by severity, still showing a consequence on its own when its root is hidden', () => {
    const findings = [finding('S', 'G4', 'error'), finding('S', 'G12', 'info', 'S!G4'), finding('S', 'B3', 'warning')];
    expect(groupFindings(findings, tables, new Set(['warning']))[0].tables[0].nodes.map((n) => a1(n.finding))).toEqual(['B3']);
    expect(groupFindings(findings, tables, new Set(['info']))[0].tables[0].nodes.map((n) => a1(n.finding))).toEqual(['G12']);
    expect(groupFindings(findings, tables, new Set())).toEqual([]);
  });
});
