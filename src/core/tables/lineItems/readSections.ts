import type { SheetView } from '../../grid/SheetView';
import { identifyFund, labelWord } from '../../vocabulary';
import type { LineItem } from './LineItemTable';
import { classifyRowLabel, type NumberingStyle, type RowLabel } from './rowLabels';

export interface SectionBlock {
  sections: LineItem[];
  bottom: number;
}

type Outline = { node: LineItem; style: NumberingStyle }[];

/**
 * Read the sections of a line-item table whose first labelled row is at (`first`, `col`). A block that starts
 * with a total lists each total above its numbered items (yuepuhu-2020); one that starts with an item lists
 * the items first and closes each section with its total (合计 at the bottom). Items nest by numbering style,
 * a `其中` row and the un-numbered rows after it are parts of the line above, and a `小计` sums the items
 * since the previous one. The block ends at the first row that fits none of these.
 */
export function readSections(view: SheetView, col: number, first: number): SectionBlock {
  const totalFirst = classifyRowLabel(view.word(first, col)).kind === 'total';
  const sections: LineItem[] = [];
  /** The section being filled: in a total-last block, a placeholder until its total closes it. */
  let open: LineItem | null = null;
  let outline: Outline = [];
  let ofWhichParent: LineItem | null = null;
  let bottom = first;

  for (let row = first; row <= view.bottom; row++) {
    const label = view.text(row, col);
    const kind = classifyRowLabel(view.word(row, col));
    if (kind.kind === 'empty') {
      // One blank row between total-first sections is layout; anything else ends the table.
      const next = classifyRowLabel(view.word(row + 1, col));
      if (totalFirst && (next.kind === 'total' || next.kind === 'item')) continue;
      break;
    }
    if (kind.kind === 'total') {
      if (totalFirst) {
        open = lineItem(row, label);
        sections.push(open);
      } else {
        // A total with no items above it is not this block's.
        if (!open || open.children.length === 0) break;
        Object.assign(open, { row, label, fund: identifyFund(label) });
        sections.push(open);
      }
      outline = [];
      ofWhichParent = null;
    } else if (kind.kind === 'item') {
      if (!totalFirst && (!open || sections.includes(open))) open = lineItem(-1, '');
      if (!open) break;
      placeInOutline(lineItem(row, label), kind, open, outline);
      ofWhichParent = null;
    } else if (kind.kind === 'subtotal') {
      if (!open || sections.includes(open) !== totalFirst) break;
      addSubtotal(open, row, label);
      ofWhichParent = null;
    } else {
      // 其中 rows belong to the line just above; a plain row is a part only inside a 其中 list.
      const parent: LineItem | null = kind.kind === 'ofWhich' ? outline[outline.length - 1]?.node ?? open : ofWhichParent;
      if (!parent || parent.row < 0) break;
      // `其中：` alone on its row only opens the list of parts below it.
      if (labelWord(label)) parent.ofWhich.push({ row, label, key: labelWord(label) });
      ofWhichParent = parent;
    }
    if (totalFirst || (open && sections.includes(open))) bottom = row;
  }
  return { sections, bottom };
}

function lineItem(row: number, label: string): LineItem {
  return { row, label, fund: identifyFund(label), ofWhich: [], children: [], subtotals: [] };
}

/** A 小计 covers the section's top-level items listed since the previous 小计. */
function addSubtotal(section: LineItem, row: number, label: string): void {
  const covered = new Set(section.subtotals.flatMap((s) => s.parts));
  const parts = section.children.filter((child) => child.row < row && !covered.has(child));
  if (parts.length > 0) section.subtotals.push({ row, label, parts });
}

/** Outline rule: a style already on the path closes the deeper levels; a new style nests under the last line. */
function placeInOutline(node: LineItem, kind: RowLabel, section: LineItem, outline: Outline): void {
  const style = kind.style ?? 'chinese';
  const level = outline.findIndex((entry) => entry.style === style);
  if (level >= 0) outline.length = level;
  const parent = outline[outline.length - 1]?.node ?? section;
  parent.children.push(node);
  outline.push({ node, style });
}

/** Every numbered line of a section, at any depth. */
export function allItems(node: LineItem): LineItem[] {
  return node.children.flatMap((child) => [child, ...allItems(child)]);
}
