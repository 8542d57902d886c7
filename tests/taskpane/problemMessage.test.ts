import { problemMessage } from '../../src/taskpane/problemMessage';

describe('problems in the pane’s words', () => {
  it('gives a host error a Chinese sentence with its code, not the host’s English message', () => {
    const text = problemMessage({ kind: 'hostError', code: 'GeneralException', message: 'An internal error has occurred.' });
    expect(text).toContain('GeneralException');
    expect(text).not.toContain('internal error');
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has a sentence of its own for the codes a user can act on', () => {
    expect(problemMessage({ kind: 'hostError', code: 'AccessDenied', message: 'x' })).toContain('受保护');
    expect(problemMessage({ kind: 'hostError', code: 'ApiNotFound', message: 'x' })).toContain('Office 2021');
  });

  it('shows a Chinese explanation an adapter wrote for the user, with the code', () => {
    expect(problemMessage({ kind: 'hostError', code: 'WpsNoWorkbook', message: '没有打开的工作簿。' })).toBe('没有打开的工作簿。');
  });

  it('says which sheet is hidden instead of failing to select', () => {
    expect(problemMessage({ kind: 'hiddenSheet', sheet: '汇总', veryHidden: false })).toContain('“汇总”已隐藏');
  });
});
