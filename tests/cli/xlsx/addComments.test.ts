import { addComments, addShapes } from '../../../src/cli/xlsx/write/addNotes';
import { fromUtf8, toUtf8 } from '../../../src/cli/xlsx/write/xmlSplice';

/** The comments part as spliced (latin1 in and out, as parts are edited): a note already on a cell keeps its text and ours follows. */
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const run = (text: string) => `<r><t xml:space="preserve">${text}</t></r>`;

describe('addComments', () => {
  it('appends to an existing note before its phonetic reading, adds new cells once each, in one pass', () => {
    const xml = `${HEAD}<authors><author>张三</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>原有批注</t></r><rPh sb="0" eb="1"><t>x</t></rPh></text></comment></commentList></comments>`;
    const notes = [
      { row: 2, col: 2, text: '合计不符' },
      { row: 1, col: 1, text: '增长率有误' },
      { row: 2, col: 2, text: '第二条' },
      { row: 3, col: 3, text: 'a < b & c' },
    ];
    const { xml: out, fresh } = addComments(fromUtf8(xml), notes);
    expect(fresh.map((n) => `${n.row},${n.col}`)).toEqual(['2,2', '3,3']);
    expect(toUtf8(out)).toBe(
      `${HEAD}<authors><author>张三</author><author>FundCheck</author></authors><commentList>` +
        `<comment ref="B2" authorId="0"><text><r><t>原有批注</t></r>${run('\n\n增长率有误')}<rPh sb="0" eb="1"><t>x</t></rPh></text></comment>` +
        `<comment ref="C3" authorId="1"><text>${run('合计不符')}${run('\n\n第二条')}</text></comment>` +
        `<comment ref="D4" authorId="1"><text>${run('a &lt; b &amp; c')}</text></comment>` +
        `</commentList></comments>`,
    );
  });

  it('makes the list when the part has none, and keeps our author when it is there already', () => {
    const xml = `${HEAD}<authors><author>FundCheck</author></authors></comments>`;
    const { xml: out } = addComments(fromUtf8(xml), [{ row: 0, col: 0, text: '甲' }]);
    expect(toUtf8(out)).toBe(`${HEAD}<authors><author>FundCheck</author></authors><commentList><comment ref="A1" authorId="0"><text>${run('甲')}</text></comment></commentList></comments>`);
  });

  it('splices a thousand notes into a part of a thousand, every one where it belongs', () => {
    const existing = Array.from({ length: 1000 }, (_, i) => `<comment ref="A${i + 1}" authorId="0"><text><r><t>旧${i}</t></r></text></comment>`).join('');
    const xml = `${HEAD}<authors><author>某人</author></authors><commentList>${existing}</commentList></comments>`;
    const notes = Array.from({ length: 2000 }, (_, i) => ({ row: i % 1000 + (i < 1000 ? 0 : 1000), col: 0, text: `新${i}` }));
    const { xml: out, fresh } = addComments(fromUtf8(xml), notes);
    const text = toUtf8(out);
    expect(fresh).toHaveLength(1000);
    for (const i of [0, 499, 999]) expect(text).toContain(`<comment ref="A${i + 1}" authorId="0"><text><r><t>旧${i}</t></r>${run(`\n\n新${i}`)}</text></comment>`);
    for (const i of [1000, 1999]) expect(text).toContain(`<comment ref="A${i + 1}" authorId="1"><text>${run(`新${i}`)}</text></comment>`);
  });
});

describe('addShapes', () => {
  const VML_HEAD = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">';
  const shape = (id: number) => `<v:shape id="_x0000_s${id}" type="#_x0000_t202"><x:ClientData ObjectType="Note"/></v:shape>`;
  const ids = (vml: string) => [...vml.matchAll(/<v:shape id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));

  it('numbers new shapes after the highest id in the drawing, or from its block when that is higher', () => {
    const vml = `${VML_HEAD}${shape(1030)}${shape(1025)}</xml>`;
    expect(ids(addShapes(vml, [{ row: 1, col: 1, text: '' }, { row: 2, col: 1, text: '' }], 1)).slice(2)).toEqual([1031, 1032]);
    expect(ids(addShapes(vml, [{ row: 1, col: 1, text: '' }], 3)).slice(2)).toEqual([3073]);
  });

  it('takes a drawing of 300,000 notes (more ids than one call of Math.max can take as arguments)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => shape(1025 + i)).join('');
    const out = addShapes(`${VML_HEAD}${many}</xml>`, [{ row: 0, col: 0, text: '' }], 1);
    expect(ids(out).at(-1)).toBe(1025 + 300_000);
  });
});
