import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
import { OFFICE_REQUIREMENTS } from '../../src/hosts/excel/requirements';

/**
 * The manifest checked offline (office-addin-manifest's `validate` asks Microsoft's online service): well-formed,
 * the elements Office needs for a workbook task pane with a 报表核对 button on the Home tab, icons that exist, and
 * every URL on the dev server's port.
 */
const ROOT = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEV_ORIGIN = 'https://localhost:3000';

type Node = Record<string, unknown>;
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (name) => ['Image', 'Url', 'String', 'Host', 'Control', 'Set'].includes(name) }).parse(xml) as Node;
const app = parsed.OfficeApp as Node;
const get = (node: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((n, k) => (n as Node | undefined)?.[k], node);

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('declares a task pane add-in for Excel workbooks with ReadWriteDocument permission', () => {
    expect(app['@type']).toBe('TaskPaneApp');
    expect(get(app, 'Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(get(app, 'Version')).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    for (const key of ['ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'DefaultSettings']) {
      expect(app[key]).toBeDefined();
    }
    expect((get(app, 'Hosts', 'Host') as Node[]).map((h) => h['@Name'])).toEqual(['Workbook']);
    expect(get(app, 'Permissions')).toBe('ReadWriteDocument');
    expect(get(app, 'DefaultSettings', 'SourceLocation', '@DefaultValue')).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it('puts a 报表核对 button that opens the task pane on the Home tab', () => {
    const host = (get(app, 'VersionOverrides', 'Hosts', 'Host') as Node[])[0];
    expect(host['@type']).toBe('Workbook');
    const tab = get(host, 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab') as Node;
    expect(tab['@id']).toBe('TabHome');
    const [button] = get(tab, 'Group', 'Control') as Node[];
    expect(button['@type']).toBe('Button');
    expect(get(button, 'Action', '@type')).toBe('ShowTaskpane');
    const strings = get(app, 'VersionOverrides', 'Resources', 'ShortStrings', 'String') as Node[];
    const label = strings.find((s) => s['@id'] === get(button, 'Label', '@resid'));
    expect(label?.['@DefaultValue']).toBe('报表核对');
  });

  it('requires the lowest ExcelApi set the add-in needs (the rest is detected at run time), and labels its ribbon group in Chinese', () => {
    const sets = get(app, 'Requirements', 'Sets', 'Set') as Node[];
    expect(sets.map((s) => [s['@Name'], s['@MinVersion']])).toEqual([[OFFICE_REQUIREMENTS.set, OFFICE_REQUIREMENTS.minimum]]);
    const host = (get(app, 'VersionOverrides', 'Hosts', 'Host') as Node[])[0];
    const group = get(host, 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab', 'Group') as Node;
    const strings = get(app, 'VersionOverrides', 'Resources', 'ShortStrings', 'String') as Node[];
    const label = String(strings.find((s) => s['@id'] === get(group, 'Label', '@resid'))?.['@DefaultValue']);
    expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it('is described in the README: which Excel runs it at the declared set, and what is lost without the fill set', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'docs', 'excel-addin.md'), 'utf8');
    const section = readme;
    const which = section.slice(section.indexOf('### Which Excel'));
    expect(which).toContain(`**${OFFICE_REQUIREMENTS.set} ${OFFICE_REQUIREMENTS.minimum}**`);
    expect(which).toContain(`**${OFFICE_REQUIREMENTS.set} ${OFFICE_REQUIREMENTS.fullFills}**`);
    expect(which).toMatch(/Office 2016[\s\S]*Office 2019[\s\S]*Excel on the web/);
  });

  it('refers only to resources it defines', () => {
    const resources = get(app, 'VersionOverrides', 'Resources') as Node;
    const ids = new Set(
      [get(resources, 'Images', 'Image'), get(resources, 'Urls', 'Url'), get(resources, 'ShortStrings', 'String'), get(resources, 'LongStrings', 'String')].flatMap(
        (list) => (list as Node[]).map((n) => n['@id']),
      ),
    );
    const resids = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(resids.length).toBeGreaterThan(5);
    expect(resids.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has every icon it names, as a PNG of the size it claims', () => {
    const images = get(app, 'VersionOverrides', 'Resources', 'Images', 'Image') as Node[];
    const urls = [String(get(app, 'IconUrl', '@DefaultValue')), String(get(app, 'HighResolutionIconUrl', '@DefaultValue')), ...images.map((i) => String(i['@DefaultValue']))];
    for (const url of urls) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('points every URL at the dev server webpack serves on port 3000', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue="|>)\s*(https?:\/\/[^"<\s]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(DEV_ORIGIN))).toEqual([]);
    const config = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    expect(config).toMatch(/DEV_PORT = 3000/);
    expect(config).toContain(`DEV_URL = '${DEV_ORIGIN}/'`);
  });
});
