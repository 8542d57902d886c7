import type { CellRef } from '../../grid/address';
import type { SheetView } from '../../grid/SheetView';
import type { WorkbookGrid } from '../../grid/types';
import type { CellValues } from '../../relations/CellValues';
import type { Relation } from '../../relations/Relation';
import type { FundId } from '../../vocabulary';
import type { RecognisedTable } from '../RecognisedTable';
import { crossTableRelations, expenditureByFund } from './crossTableRelations';
import { findTitle, flowOfTable } from './describeTable';
import { findValueColumns } from './findValueColumns';
import { lineItemRelations } from './lineItemRelations';
import type { LineItemTable } from './LineItemTable';
import { allItems, readSections } from './readSections';
import { classifyRowLabel } from './rowLabels';

export interface LineItemAnalysis {
  tables: RecognisedTable[];
  /** Relations across tables (结余表 = 收入表 − 支出表, per fund). */
  crossTableRelations: Relation[];
  /** Each fund's total expenditure cell in a 决算支出表, for the self-evaluation cross-check. */
  expenditureByFund: Map<FundId, CellRef>;
}

/** Fewer numbered lines than this is a list of notes, not a table of items. */
const MIN_ITEMS = 2;

/** Find every 决算收入表 / 支出表 / 结余表 in the workbook, wherever it sits, and the relations it implies. */
export function recogniseLineItemTables(workbook: WorkbookGrid, values: CellValues): LineItemAnalysis {
  const found: LineItemTable[] = [];
  for (const sheet of workbook.sheets) {
    const view = values.view(sheet.name);
    if (view) found.push(...findLineItemTables(view, values));
  }
  return {
    tables: found.map((table) => toRecognisedTable(table, values)),
    crossTableRelations: crossTableRelations(found),
    expenditureByFund: expenditureByFund(found),
  };
}

/**
 * Scan each column top to bottom for a total that heads numbered items, or numbered items that a total closes,
 * with amounts beside them.
 */
export function findLineItemTables(view: SheetView, values: CellValues): LineItemTable[] {
  const tables: LineItemTable[] = [];
  for (const col of view.columns()) {
    let floor = view.top;
    for (const row of view.rowsIn(col)) {
      // Rows inside the table just read belong to it.
      // Numbers are never labels: a listing of amounts is passed over at one lookup a cell.
      if (row < floor || !view.holdsText(row, col)) continue;
      const kind = classifyRowLabel(view.word(row, col)).kind;
      if (kind !== 'total' && kind !== 'item') continue;
      if (tables.some((t) => t.labelCol < col && col <= t.right && t.top <= row && row <= t.bottom)) continue;
      const table = readTable(view, values, col, row, floor);
      if (!table) continue;
      tables.push(table);
      floor = table.bottom + 1;
    }
  }
  return tables.sort((a, b) => a.top - b.top || a.labelCol - b.labelCol);
}

function readTable(view: SheetView, values: CellValues, col: number, first: number, floor: number): LineItemTable | null {
  const { sections, bottom } = readSections(view, col, first);
  const itemCount = sections.reduce((n, s) => n + allItems(s).length, 0);
  if (itemCount < MIN_ITEMS) return null;
  const { columns, rateColumns, headerRow } = findValueColumns(view, values, col, first, bottom, floor);
  if (columns.length === 0) return null;
  const top = headerRow ?? first;
  const right = Math.max(...[...columns, ...rateColumns].map((c) => c.col));
  const title = findTitle(view, top, col, right, floor);
  return { sheet: view.name, labelCol: col, top, bottom, right, title, flow: flowOfTable(title, sections), sections, columns, rateColumns };
}

function toRecognisedTable(table: LineItemTable, values: CellValues): RecognisedTable {
  return {
    kind: 'line-items',
    sheet: table.sheet,
    range: { top: table.top, left: table.labelCol, bottom: table.bottom, right: table.right },
    ...(table.title ? { title: table.title } : {}),
    relations: lineItemRelations(table, values),
    findings: [],
  };
}
