import { BUILTIN_NUMBER_FORMATS } from './builtinNumberFormats';
import { parseXml } from './xmlEvents';
import type { ZipPackage } from './ZipPackage';

/** Per cell style index (`s`), its number format code; undefined for General (as a host with no format says). */
export async function readCellFormats(pkg: ZipPackage, part: string | undefined): Promise<(string | undefined)[]> {
  if (!part) return [];
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  parseXml(await pkg.buffer(part), {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormatIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfFormatIds.map((id) => {
    const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id];
    return code === 'General' ? undefined : code;
  });
}
