import type { CellRef } from '../grid/address';
import type { SheetCell, SheetGrid } from '../grid/types';
import type { Fact, Member } from '../facts/Fact';
import type { DimensionEdge } from '../reading/readOutline';
import type { ReadTable } from '../reading/readTables';
import type { ReportDocument, TextPlace } from './ReportDocument';
import { readTextFacts, type TextFact } from './readTextFacts';

/** A document's figures as the core checks them: a sheet of their values, a table per paragraph, each figure's place. */
export interface TextTables {
  sheet: SheetGrid;
  tables: ReadTable[];
  /** Each figure's place in the text, by its row on the sheet. */
  places: TextPlace[];
}

/**
 * The text's facts in the tables' model, so one catalogue checks both: each figure is a cell of a sheet of its own
 * (its value as written, signed by its words; its decimals as its number format), and each paragraph is a table of
 * the facts it states, its 其中 parts as parts of their line. The relations then come from the facts as for any
 * table: 增减 = 本年 − 上年 and its rate inside a sentence, 完成预算% against a budget wherever it is stated (the
 * workbook's), 当期结余 = 收入 − 支出 of one fund, and the same fact stated twice — in two paragraphs, or in a
 * paragraph and a table — must agree.
 */
export function textTables(report: ReportDocument, sheetName: string, firstId: number, reportYear: number): TextTables {
  const facts = readTextFacts(report, reportYear);
  const cells: SheetCell[] = facts.map((fact, row) => ({
    row,
    col: 0,
    value: cellText(fact),
  }));
  const sheet: SheetGrid = { name: sheetName, cells };
  const tables: ReadTable[] = [];
  const byParagraph = new Map<number, number[]>();
  facts.forEach((fact, i) => byParagraph.set(fact.paragraph.number, [...(byParagraph.get(fact.paragraph.number) ?? []), i]));
  for (const rows of byParagraph.values()) tables.push(paragraphTable(facts, rows, sheetName, firstId + tables.length, reportYear));
  return {
    sheet,
    tables,
    places: facts.map((fact) => placeOf(report, fact)),
  };
}

/**
 * The figure as a cell holds it: its digits as written, signed by its words, a rate with its %. Read as typed text
 * is read (decimals as written, no binary fraction), so 29.84% stands for 29.835% to 29.845% exactly.
 */
function cellText(fact: TextFact): string {
  const digits = fact.figure.digits.replace(/^-/, '');
  const negative = fact.signed < 0 || (fact.signed === 0 && fact.figure.digits.startsWith('-'));
  return `${negative ? '-' : ''}${digits}${fact.figure.unit.kind === 'percent' ? '%' : ''}`;
}

function paragraphTable(facts: TextFact[], rows: number[], sheet: string, id: number, reportYear: number): ReadTable {
  const at = (row: number): CellRef => ({ sheet, row, col: 0 });
  // A line per figure, one column: a sentence's figures have no labels of their own, their facts say what they are.
  const line = (index: number, fund: string, account: string): Member => ({
    index,
    path: [],
    labelCell: null,
    label: { word: '', known: true },
    hasData: true,
    parent: null,
    edge: null,
    fund,
    account,
    hidden: false,
  });
  const members = rows.map((row) => line(row, facts[row].dims.fund, facts[row].dims.account));
  const column = line(0, '', '');
  const tableFacts: Fact[] = rows.map((row, r) => ({
    at: at(row),
    dims: facts[row].dims,
    table: id,
    row: r,
    col: 0,
    hidden: false,
    empty: false,
  }));
  const edges: DimensionEdge[] = [];
  for (const row of rows) {
    const partOf = facts[row].partOf;
    if (partOf === undefined) continue;
    const edge: DimensionEdge = {
      dim: 'account',
      parent: facts[partOf].dims.account,
      child: facts[row].dims.account,
      kind: 'part',
    };
    if (!edges.some((e) => e.parent === edge.parent && e.child === edge.child)) edges.push(edge);
  }
  const first = facts[rows[0]];
  return {
    id,
    sheet,
    range: { top: rows[0], left: 0, bottom: rows[rows.length - 1], right: 0 },
    title: first.heading,
    entity: '',
    kind: 'report-text',
    rows: members,
    columns: [column],
    facts: tableFacts,
    reportYear,
    scale: 0,
    finalAccounts: false,
    hidden: false,
    edges,
    unitInLabels: [],
  };
}

function placeOf(report: ReportDocument, fact: TextFact): TextPlace {
  const quote = fact.paragraph.text.slice(fact.sentence.start, fact.sentence.end);
  return {
    document: report.name,
    paragraph: fact.paragraph.number,
    heading: fact.heading,
    quote,
    start: fact.figure.start - fact.sentence.start,
    end: fact.figure.end - fact.sentence.start,
  };
}
