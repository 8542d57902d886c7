import * as fs from 'fs';
import * as path from 'path';

/**
 * The layering in README's Layout, enforced: taskpane → hosts → core, cli → core. The core is pure: no Office.js,
 * React, Node built-ins or exceljs, so it runs the same in Excel, in WPS, in the browser and on the command line.
 * Each host (hosts/excel, hosts/wps) sits behind the one seam hosts/WorkbookHost.ts and never imports another host.
 */
const SRC = path.resolve(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

/**
 * Where an import lands: `package:name` for a bare import, else the layer under src — `core`, `cli`, `taskpane`,
 * and for hosts `hosts/<name>` (a host's folder) or `hosts/seam` (a file directly under src/hosts).
 */
function layerOf(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return `package:${specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')}`;
  return layerOfPath(path.resolve(path.dirname(file), specifier));
}

function layerOfPath(resolved: string): string {
  const parts = path.relative(SRC, resolved).split(path.sep);
  if (parts[0] !== 'hosts') return parts[0];
  return parts.length > 2 ? `hosts/${parts[1]}` : 'hosts/seam';
}

const NODE_AND_FILE_PACKAGES = ['package:fs', 'package:path', 'package:os', 'package:child_process', 'package:worker_threads', 'package:exceljs'];
const UI_PACKAGES = ['package:react', 'package:react-dom', 'package:@fluentui/react-components'];

/** What each layer may import, given the layer of the importing file. */
function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  if (from === 'core') return to === 'package:decimal.js' || to === 'package:ssf' || to === 'package:numfmt' || to === 'package:excel-formula-parser';
  if (from === 'cli') return !to.startsWith('hosts') && to !== 'taskpane' && !UI_PACKAGES.includes(to);
  if (from === 'hosts/seam') return to === 'core';
  if (from.startsWith('hosts/')) {
    // A host adapter: the core, the seam and code shared by hosts; never the pane, the CLI or another host.
    if (to === 'core' || to === 'hosts/seam' || to === 'hosts/shared') return true;
    return to.startsWith('package:') && !NODE_AND_FILE_PACKAGES.includes(to) && !UI_PACKAGES.includes(to);
  }
  if (from === 'taskpane') return to === 'core' || to.startsWith('hosts') || (to.startsWith('package:') && !NODE_AND_FILE_PACKAGES.includes(to));
  return false;
}

/** A file's code without comments and string contents, for looking for globals. */
function codeOf(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""');
}

describe('layering', () => {
  const layers = ['core', 'cli', 'taskpane', ...fs.readdirSync(path.join(SRC, 'hosts')).map((f) => `hosts/${f.replace(/\.tsx?$/, '')}`)];
  for (const layer of [...new Set(layers.map((l) => (/^hosts\/[A-Z]/.test(l) ? 'hosts/seam' : l)))]) {
    it(`src/${layer} imports only what its layer may`, () => {
      const files = sourceFiles(SRC).filter((f) => layerOfPath(f) === layer);
      expect(files.length).toBeGreaterThan(0);
      const violations = files.flatMap((file) =>
        importsOf(file)
          .filter((spec) => !allowed(layer, layerOf(file, spec)))
          .map((spec) => `${path.relative(SRC, file)} imports ${spec}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('guards both hosts and their shared code: src/hosts/excel, src/hosts/wps and src/hosts/shared are layers', () => {
    expect(layers).toEqual(expect.arrayContaining(['hosts/excel', 'hosts/wps', 'hosts/shared']));
    expect(allowed('hosts/wps', 'hosts/excel')).toBe(false);
    expect(allowed('hosts/wps', 'hosts/shared')).toBe(true);
    expect(allowed('hosts/wps', 'taskpane')).toBe(false);
    expect(allowed('hosts/shared', 'hosts/wps')).toBe(false);
  });

  it("each host uses only its own host's globals, and the shared code none", () => {
    const foreign: Record<string, RegExp> = {
      'hosts/excel': /\b(Application|wps)\s*[.(]/g,
      'hosts/wps': /\b(Excel|Office)\s*[.(]/g,
      'hosts/shared': /\b(Excel|Office|Application|wps|window|document)\s*[.(]/g,
    };
    const violations = Object.entries(foreign).flatMap(([layer, pattern]) =>
      sourceFiles(path.join(SRC, layer)).flatMap((file) => [...codeOf(file).matchAll(pattern)].map((m) => `${path.relative(SRC, file)}: ${m[0]}`)),
    );
    expect(violations).toEqual([]);
  });

  it('knows the layers: a host importing the pane, or another host, is a violation', () => {
    expect(allowed('hosts/excel', 'taskpane')).toBe(false);
    expect(allowed('hosts/excel', 'hosts/wps')).toBe(false);
    expect(allowed('hosts/excel', 'hosts/seam')).toBe(true);
    expect(allowed('core', 'hosts/excel')).toBe(false);
    expect(allowed('core', 'package:exceljs')).toBe(false);
    expect(allowed('cli', 'hosts/excel')).toBe(false);
    expect(allowed('taskpane', 'hosts/excel')).toBe(true);
    expect(allowed('taskpane', 'cli')).toBe(false);
    expect(layerOf(path.join(SRC, 'core/reading/outline/x.ts'), '../../../hosts/excel/index')).toBe('hosts/excel');
    expect(layerOf(path.join(SRC, 'taskpane/x.ts'), '../hosts/WorkbookHost')).toBe('hosts/seam');
  });

  it('the core uses no host globals (Excel, Office, wps, document, window, process)', () => {
    const violations = sourceFiles(path.join(SRC, 'core')).flatMap((file) => {
      const code = codeOf(file);
      return [...code.matchAll(/\b(Excel|Office|wps|Application|document|window|process|require)\s*[.(]/g)].map((m) => `${path.relative(SRC, file)}: ${m[0]}`);
    });
    expect(violations).toEqual([]);
  });

  /**
   * Inside the core, reading and checking are apart (README, The fact model): the readers say what each figure
   * is and know no relation; the relation engine knows no reader; the catalogue writes relations from facts. Each
   * folder lists the folders of the core it must never import.
   */
  const CORE_NEVER: Record<string, string[]> = {
    vocabulary: ['reading', 'facts', 'catalogue', 'relations', 'discovery', 'selfEvaluation', 'scoring'],
    facts: ['reading', 'catalogue', 'relations', 'discovery', 'selfEvaluation', 'scoring'],
    reading: ['catalogue', 'discovery', 'selfEvaluation', 'scoring', 'formulas'],
    relations: ['reading', 'facts', 'catalogue', 'discovery', 'selfEvaluation', 'scoring', 'vocabulary'],
    formulas: ['reading', 'facts', 'catalogue', 'discovery', 'selfEvaluation', 'scoring'],
    discovery: ['reading', 'facts', 'catalogue', 'selfEvaluation', 'scoring'],
    catalogue: ['selfEvaluation', 'scoring'],
  };

  it('inside the core, readers know no relation and the relation engine knows no reader', () => {
    const violations = Object.entries(CORE_NEVER).flatMap(([folder, never]) =>
      sourceFiles(path.join(SRC, 'core', folder)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => path.relative(path.join(SRC, 'core'), path.resolve(path.dirname(file), spec)).split(path.sep)[0])
          .filter((target) => never.includes(target) || (folder === 'reading' && target === 'relations' && !fs.readFileSync(file, 'utf8').includes("import type { CellValues } from '../relations/CellValues'")))
          .map((target) => `${path.relative(SRC, file)} → core/${target}`),
      ),
    );
    expect(violations).toEqual([]);
  });
});
