import { parse } from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import { OFFICE_REQUIREMENTS } from '../../src/hosts/excel';

const source = fs.readFileSync(path.resolve(__dirname, '../../src/taskpane/hostcheck.js'), 'utf8');

describe('hostcheck.js, the page shown where the pane cannot run', () => {
  it('is plain ES5, so Internet Explorer 11 runs it', () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('would be refused as ES5 if it used later syntax (the check is real)', () => {
    expect(() => parse(`${source}\nconst later = () => 1;`, { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('names, in Chinese, what to use instead', () => {
    for (const word of ['Microsoft 365', 'Office 2021', 'Excel 网页版', 'fundcheck']) expect(source).toContain(word);
  });

  it('says in plain words which Office works when Excel is too old, never the requirement set’s code, and offers WPS', () => {
    expect(OFFICE_REQUIREMENTS.set).toBe('ExcelApi');
    expect(source).not.toContain(OFFICE_REQUIREMENTS.set);
    expect(source).toMatch(/oldExcel: '[^']*Office 2016、Office 2019 的批量授权版/);
    expect(source).toContain('Office 2021 及更高版本');
    expect(source).toMatch(/wps: 'WPS 表格/);
    expect(source).not.toMatch(/fundcheck check|命令行/);
  });
});
