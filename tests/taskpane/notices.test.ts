import { fillNotice, withMarks } from '../../src/taskpane/notices';
import { sheetsOf } from '../../src/taskpane/strings';

describe('notices', () => {
  it('keep each sentence apart (never run together with a space) and name sheets in 「」', () => {
    const notice = fillNotice({
      kind: 'done',
      written: [],
      skippedFormulas: [],
      skippedOccupied: Array.from({ length: 14 }, (_, i) => `自评表!H${i + 2}`),
      skippedProtected: ['自评表-机关养老!H5'],
    } as unknown as Parameters<typeof fillNotice>[0]);
    expect(notice.text).toBe('已填写 0 个单元格。可用“撤销填写”恢复原样。');
    expect(notice.details).toHaveLength(2);
    expect(notice.details![0]).toMatch(/^14 个已有内容的单元格保持不变：.*H6 等 14 个$/);
    expect(notice.details![1]).toMatch(/^1 个单元格在受保护的工作表中不允许修改/);
  });

  it('say how many cells were marked only where some were, beside what was left unmarked and why', () => {
    const done = { intent: 'warning' as const, text: '核对完成：2 个错误，0 个警告。' };
    const marked = withMarks(done, { highlighted: 2, restored: 0, unmarked: 0, protectedSheets: ['自评表 - 机关养老'], gradientCells: [] });
    expect(marked.text).toBe(done.text);
    expect(marked.details).toEqual(['已在表中为 2 个单元格标色。', '工作表「自评表 - 机关养老」受保护，其中的问题只在下方列出，未在表中标色。']);
    expect(withMarks(done, { highlighted: 0, restored: 0, unmarked: 0, protectedSheets: [], gradientCells: [] })).toEqual(done);
    expect(sheetsOf(['a', 'b'])).toBe('「a」、「b」');
  });
});
