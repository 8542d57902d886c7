/**
 * Step 2 of a case begins here: which dimension goes on which axis, in which nesting order. Every assignment of
 * two or three of the four dimensions (fund, measure, account line, series) to rows and columns, at most two
 * nested on an axis, the others fixed in the title — kept when a county clerk would make it by hand:
 * an account line is always the inner level of its axis and stays on the axis of its measure (its 收入 lines are
 * no 支出 lines), and never under a series. ASSIGNMENTS lists them all; the coverage test proves each is drawn.
 */
export type Dim = 'fund' | 'measure' | 'account' | 'series';
export const DIMS: readonly Dim[] = ['fund', 'measure', 'account', 'series'];

export interface Assignment {
  /** Outer to inner. */
  rows: Dim[];
  cols: Dim[];
  /** The dimensions with one value, stated in the title (or the sheet name). */
  title: Dim[];
}

export const assignmentName = (a: Assignment): string => `${a.rows.join('>')} | ${a.cols.join('>')}`;

/** An axis too unusual to read: series down, each fund's account lines across. */
const UNREADABLE = ['series | fund>account'];

function enumerate(): Assignment[] {
  const axes: Dim[][] = DIMS.flatMap((a) => [[a], ...DIMS.filter((b) => b !== a).map((b) => [a, b])]);
  const out: Assignment[] = [];
  for (const rows of axes) {
    for (const cols of axes) {
      if (rows.some((d) => cols.includes(d))) continue;
      const used = [...rows, ...cols];
      if (used.length > 3) continue;
      const axisOf = (d: Dim) => (rows.includes(d) ? rows : cols.includes(d) ? cols : null);
      const account = axisOf('account');
      if (account) {
        if (account.length === 2 && account[1] !== 'account') continue;
        if (account.length === 2 && account[0] === 'series') continue;
        if (used.includes('measure') && axisOf('measure') !== account) continue;
      }
      const assignment = { rows, cols, title: DIMS.filter((d) => !used.includes(d)) };
      if (!UNREADABLE.includes(assignmentName(assignment))) out.push(assignment);
    }
  }
  return out;
}

export const ASSIGNMENTS: Assignment[] = enumerate();

export const axisOf = (a: Assignment, dim: Dim): 'rows' | 'cols' | 'title' => (a.rows.includes(dim) ? 'rows' : a.cols.includes(dim) ? 'cols' : 'title');

/** Whether the dimension is nested inside another on its axis. */
export const isInner = (a: Assignment, dim: Dim): boolean => (a.rows.length === 2 && a.rows[1] === dim) || (a.cols.length === 2 && a.cols[1] === dim);

export const varies = (a: Assignment, dim: Dim): boolean => !a.title.includes(dim);

/** The same assignment with rows and columns swapped (a transposed copy). */
export const transposed = (a: Assignment): Assignment => ({ rows: a.cols, cols: a.rows, title: a.title });

export const sameAxis = (a: Assignment, x: Dim, y: Dim): boolean => (a.rows.includes(x) && a.rows.includes(y)) || (a.cols.includes(x) && a.cols.includes(y));
