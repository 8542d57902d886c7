/**
 * Long loops on the pane's thread give it back now and then, so the pane keeps painting and answering (no task
 * over ~50 ms however large the workbook). Host-neutral: a timer is all it needs.
 */
export class Slicer {
  private start = Date.now();

  constructor(private readonly budgetMs = 15) {}

  /** Yield to the browser if this slice has run past its budget. */
  async maybeYield(): Promise<void> {
    if (Date.now() - this.start < this.budgetMs) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.start = Date.now();
  }
}
