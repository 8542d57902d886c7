import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, type Analysis } from '../../src/core';
import { FIXTURES_DIR, loadFixture, key } from '../helpers/grid';

/**
 * The shared fixtures, judged the way ../shared/tools/score.js judges the CLI's report: every error group found,
 * no false error, every required warning, every score filled right, every review cell left, every status right.
 */
interface Truth {
  workbook: string;
  errors?: { id?: string; cells: string[] }[];
  consequences?: { cells: string[] }[];
  warnings?: { id?: string; cells: string[]; optional?: boolean }[];
  scores?: { cell: string; value: string; note?: string }[];
  review?: { cell: string }[];
  status?: { cell: string; indicator: string; met: boolean }[];
}

const truths: Truth[] = fs
  .readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, f), 'utf8')));

const asNumber = (text: string) => (text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text.replace(/[,分]/g, '')));

const analyses = new Map<string, Analysis>();
beforeAll(async () => {
  for (const truth of truths) analyses.set(truth.workbook, analyseWorkbook(await loadFixture(truth.workbook)));
});

describe.each(truths.map((t) => [t.workbook, t] as const))('%s', (_name, truth) => {
  const analysis = () => analyses.get(truth.workbook)!;

  it('finds every error group and reports no false error', () => {
    const errorCells = new Set(analysis().findings.filter((f) => f.severity === 'error').map((f) => key(f)));
    const missed = (truth.errors ?? []).filter((g) => !g.cells.some((c) => errorCells.has(c))).map((g) => g.id ?? g.cells[0]);
    const allowed = new Set([...(truth.errors ?? []), ...(truth.consequences ?? [])].flatMap((g) => g.cells));
    const falseErrors = [...errorCells].filter((c) => !allowed.has(c));
    expect({ missed, falseErrors }).toEqual({ missed: [], falseErrors: [] });
  });

  it('reports every required warning', () => {
    const reported = new Set(analysis().findings.map((f) => key(f)));
    const missing = (truth.warnings ?? []).filter((w) => !w.optional && !w.cells.some((c) => reported.has(c))).map((w) => w.id);
    expect(missing).toEqual([]);
  });

  it('fills every score with the report’s own figure and leaves review cells to a person', () => {
    const fills = new Map(analysis().fills.filter((f) => !f.conflict).map((f) => [key(f), Number(f.value)]));
    const wrong = (truth.scores ?? [])
      .filter((s) => {
        const got = fills.get(s.cell);
        const tolerance = s.note?.includes('执行率') || /\.\d{3,}/.test(s.value) ? 0.00005 : 0.001;
        return got === undefined || Math.abs(got - asNumber(s.value)) > tolerance;
      })
      .map((s) => `${s.cell}=${fills.get(s.cell)} want ${s.value}`);
    expect(wrong).toEqual([]);
    const listed = new Set([...analysis().review, ...analysis().findings].map((r) => key(r)));
    const notLeft = (truth.review ?? []).filter((r) => fills.has(r.cell) || !listed.has(r.cell)).map((r) => r.cell);
    expect(notLeft).toEqual([]);
  });

  it('judges every indicator’s status', () => {
    const status = new Map(analysis().indicators.map((i) => [key(i), i.status]));
    const wrong = (truth.status ?? []).filter((s) => (status.get(s.cell) === 'met') !== s.met || !status.has(s.cell)).map((s) => `${s.cell} ${s.indicator}: ${status.get(s.cell)}`);
    expect(wrong).toEqual([]);
  });
});
