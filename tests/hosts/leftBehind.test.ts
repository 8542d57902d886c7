import { check, openFixture, reopen, unwrap } from './excel/openFixture';
import { checkWps, openWpsFixture, reopenWps } from './wps/openWps';

/**
 * What an earlier check left in the workbook, as the pane asks on opening (上次核对留下 N 处标记): the marks and
 * fills recorded, read again after the workbook was closed and opened, in Excel and in WPS alike.
 */
describe.each([
  ['Excel', async () => openFixture('yuepuhu-2020-blank-scores'), reopen, check],
  ['WPS', async () => openWpsFixture('yuepuhu-2020-blank-scores'), reopenWps, checkWps],
] as const)('leftBehind in %s', (_, open, reopenOn, checkOn) => {
  it('counts the marked and filled cells after a reopen, none once they are cleared and undone', async () => {
    const opened = await (open as () => Promise<Parameters<typeof reopenOn>[0]>)();
    expect(unwrap(await opened.adapter.leftBehind())).toEqual({ marks: 0, fills: 0 });
    const analysis = await checkOn(opened.adapter);
    const marked = unwrap(await opened.adapter.highlight(analysis.findings));
    const filled = unwrap(await opened.adapter.fill(analysis.fills, 'overwrite', analysis.tables));
    expect(filled.kind).toBe('done');
    const written = filled.kind === 'done' ? filled.written.length : 0;
    expect(marked.highlighted).toBeGreaterThan(0);
    expect(written).toBeGreaterThan(0);

    const later = reopenOn(opened as never);
    expect(unwrap(await later.adapter.leftBehind())).toEqual({ marks: marked.highlighted, fills: written });
    unwrap(await later.adapter.clearHighlights());
    unwrap(await later.adapter.undoFill());
    expect(unwrap(await later.adapter.leftBehind())).toEqual({ marks: 0, fills: 0 });
  });
});
