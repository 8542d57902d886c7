import type { WpsWorkbookModel } from './WpsModel';

export interface WpsHostOptions {
  /** How Value2 gives an error cell: its CVErr code, as COM does, or its text. The adapter must read both. */
  errorsAs: 'code' | 'text';
}

/** What every simulated object shares: the workbook, the options, and the tally of object-model calls. */
export class WpsEnv {
  calls = 0;
  readonly byMember = new Map<string, number>();
  /** Application.DisplayAlerts: WPS asks the user before deleting a sheet while it is on. */
  displayAlerts = true;
  /** The active window's split (rows and columns above and left of it), set before freezing panes. */
  readonly window = { splitRow: 0, splitColumn: 0 };

  constructor(
    readonly model: WpsWorkbookModel,
    readonly options: WpsHostOptions,
  ) {}

  /** One call into WPS (a property read or write, or a method): each crosses from the pane into WPS. */
  count(member: string): void {
    this.calls++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }
}
