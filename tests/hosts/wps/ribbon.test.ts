import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { XMLParser } from 'fast-xml-parser';
import { createRibbon, folderOf, PANE_TITLE } from '../../../src/hosts/wps/ribbon';
import { createFakeWps } from './simulated/createFakeWps';
import { loadWpsModel } from './simulated/loadWpsModel';

const WPS_DIR = path.resolve(__dirname, '../../../wps');

describe('the deployment files', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { jspluginsFiles, FOLDER } = require('../../../webpack.wps.config.js') as { jspluginsFiles: (url?: string) => Record<string, string>; FOLDER: string };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

  it('lists the add-in for the offline mode by its folder, and for the online mode by its URL when one is given', () => {
    expect(Object.keys(jspluginsFiles())).toEqual(['jsplugins.offline.xml']);
    const files = jspluginsFiles('http://intranet.example/fundcheck');
    const offline = parser.parse(files['jsplugins.offline.xml']).jsplugins.jsplugin;
    expect(offline).toMatchObject({ name: 'fundcheck', type: 'et', url: FOLDER });
    expect(FOLDER).toMatch(/^fundcheck_\d+\.\d+\.\d+$/);
    expect(parser.parse(files['jsplugins.xml']).jsplugins.jspluginonline).toEqual({ name: 'fundcheck', type: 'et', url: 'http://intranet.example/fundcheck/' });
  });
});

describe('the scripts that run before the pane in WPS', () => {
  const read = (file: string) => fs.readFileSync(path.join(WPS_DIR, file), 'utf8');

  it('pane-check.js is plain ES5, so any built-in browser can show its message', () => {
    expect(() => parse(read('pane-check.js'), { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('es2020-probe.js is refused by a browser without ES2020 syntax and runs on one with it', () => {
    expect(() => parse(read('es2020-probe.js'), { ecmaVersion: 2019, sourceType: 'script' })).toThrow();
    expect(() => parse(read('es2020-probe.js'), { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });
});

describe('the WPS ribbon entry', () => {
  it('opens the pane beside the workbook once, then shows and hides it', async () => {
    const wps = createFakeWps(await loadWpsModel('hami-2019'));
    const ribbon = createRibbon(() => wps.application, () => 'http://intranet/fundcheck');
    ribbon.OnAction({ Id: 'btnFundCheckPane' });
    expect(wps.application.panes).toEqual([{ ID: 1000, url: 'http://intranet/fundcheck/taskpane.html', title: PANE_TITLE, Visible: true, DockPosition: 2 }]);
    ribbon.OnAction({ Id: 'btnFundCheckPane' });
    expect(wps.application.panes.map((p) => p.Visible)).toEqual([false]);
    ribbon.OnAction({ Id: 'btnFundCheckPane' });
    expect(wps.application.panes.map((p) => p.Visible)).toEqual([true]);
    ribbon.OnAction({ Id: 'someOtherButton' });
    expect(wps.application.panes).toHaveLength(1);
    // A pane WPS no longer knows (its ID is stale): a new one opens rather than the button failing.
    wps.application.PluginStorage.setItem('fundcheck_taskpane_id', 999);
    ribbon.OnAction({ Id: 'btnFundCheckPane' });
    expect(wps.application.panes.map((p) => [p.ID, p.Visible])).toEqual([[1000, true], [1001, true]]);
  });

  it('uses no ES2020 syntax, so the button works on a WPS whose browser is too old for the pane (which then says so)', () => {
    for (const file of ['ribbon.ts', 'ribbonEntry.ts']) {
      const code = fs.readFileSync(path.resolve(__dirname, '../../../src/hosts/wps', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect([file, code.match(/\?\?|\?\.(?!\d)/g)]).toEqual([file, null]);
    }
  });

  it('makes the pane URL from wherever the add-in was loaded, online or from a local folder', () => {
    expect(folderOf('http://intranet/fundcheck/index.html')).toBe('http://intranet/fundcheck');
    expect(folderOf('file:///C:/Users/%E5%BC%A0/jsaddons/fundcheck_0.1.0/index.html?x=1')).toBe('file:///C:/Users/张/jsaddons/fundcheck_0.1.0');
  });

  it('names in ribbon.xml only callbacks the entry defines, and the manifest names the add-in', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const ribbonXml = fs.readFileSync(path.join(WPS_DIR, 'ribbon.xml'), 'utf8');
    const ui = parser.parse(ribbonXml).customUI;
    const callbacks = [...ribbonXml.matchAll(/"ribbon\.(\w+)"/g)].map((m) => m[1]);
    expect(callbacks.length).toBeGreaterThan(1);
    const ribbon = createRibbon(() => { throw new Error('not called'); }, () => '');
    for (const name of callbacks) expect(typeof (ribbon as Record<string, unknown>)[name]).toBe('function');
    expect(ui.ribbon.tabs.tab.group.button.id).toBe('btnFundCheckPane');
    const manifest = parser.parse(fs.readFileSync(path.join(WPS_DIR, 'manifest.xml'), 'utf8')).JsPlugin;
    expect(manifest.Name).toBe('fundcheck');
  });
});
