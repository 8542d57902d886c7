import type { SheetView } from '../../grid/SheetView';
import { identifyFund, normaliseLabel } from '../funds';
import type { LineItem } from './LineItemTable';
import { classifyRowLabel, type NumberingStyle, type RowLabel } from './rowLabels';

export interface SectionBlock {
  sections: LineItem[];
  bottom: number;
}

/**
 * Read the sections of a line-item table whose first total is at (`top`, `col`): each total starts a section,
 * numbered items follow it (nested by numbering style), and a `其中` row with the un-numbered rows after it are
 * parts of the line above. The block ends at the first row that fits none of these.
 */
export function readSections(view: SheetView, col: number, top: number): SectionBlock {
  const sections: LineItem[] = [];
  let outline: { node: LineItem; style: NumberingStyle }[] = [];
  let ofWhichParent: LineItem | null = null;
  let bottom = top;

  for (let row = top; row <= view.bottom; row++) {
    const label = view.text(row, col);
    const kind = classifyRowLabel(label);
    if (kind.kind === 'empty') {
      // One blank row between sections is layout; anything more ends the table.
      const next = classifyRowLabel(view.text(row + 1, col));
      if (next.kind === 'total' || next.kind === 'item') continue;
      break;
    }
    if (kind.kind === 'total') {
      const section = lineItem(row, label);
      sections.push(section);
      outline = [];
      ofWhichParent = null;
    } else if (kind.kind === 'item') {
      const section = sections[sections.length - 1];
      if (!section) break;
      placeInOutline(lineItem(row, label), kind, section, outline);
      ofWhichParent = null;
    } else {
      // 其中 rows belong to the line just above; a plain row is a part only inside a 其中 list.
      const parent: LineItem | null | undefined = kind.kind === 'ofWhich' ? outline[outline.length - 1]?.node ?? sections[sections.length - 1] : ofWhichParent;
      if (!parent) break;
      parent.ofWhich.push({ row, label, key: normaliseLabel(label) });
      ofWhichParent = parent;
    }
    bottom = row;
  }
  return { sections, bottom };
}

function lineItem(row: number, label: string): LineItem {
  return { row, label, fund: identifyFund(label), ofWhich: [], children: [] };
}

/** Outline rule: a style already on the path closes the deeper levels; a new style nests under the last line. */
function placeInOutline(
  node: LineItem,
  kind: RowLabel,
  section: LineItem,
  outline: { node: LineItem; style: NumberingStyle }[],
): void {
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
