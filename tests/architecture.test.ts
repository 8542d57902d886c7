import * as fs from 'fs';
import * as path from 'path';

/**
 * The layering in README's Layout, enforced: taskpane → excel → core, cli → core. The core is pure: no Office.js,
 * React, Node built-ins or exceljs, so it runs the same in Excel, in the browser and on the command line.
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

/** The layer a resolved import lands in, or the package name for a bare import. */
function layerOf(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return `package:${specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')}`;
  const resolved = path.resolve(path.dirname(file), specifier);
  return path.relative(SRC, resolved).split(path.sep)[0];
}

const ALLOWED: Record<string, (layer: string) => boolean> = {
  core: (layer) => layer === 'core' || layer === 'package:decimal.js',
  cli: (layer) => ['core', 'cli'].includes(layer) || !['excel', 'taskpane', 'package:react', 'package:@fluentui/react-components'].includes(layer),
  excel: (layer) => ['core', 'excel'].includes(layer) || !layer.startsWith('package:') || layer === 'package:@types/office-js',
  taskpane: (layer) => ['core', 'excel', 'taskpane'].includes(layer) || !['cli', 'package:exceljs', 'package:fs', 'package:path'].includes(layer),
};

describe('layering', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`src/${layer} imports only what its layer may`, () => {
      const violations = sourceFiles(path.join(SRC, layer)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => !allowed(layerOf(file, spec)))
          .map((spec) => `${path.relative(SRC, file)} imports ${spec}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('the core uses no host globals (Excel, Office, document, window, process)', () => {
    const violations = sourceFiles(path.join(SRC, 'core')).flatMap((file) => {
      const code = fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""');
      return [...code.matchAll(/\b(Excel|Office|document|window|process|require)\s*[.(]/g)].map((m) => `${path.relative(SRC, file)}: ${m[0]}`);
    });
    expect(violations).toEqual([]);
  });
});
