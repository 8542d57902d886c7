import { relationshipsPartOf, resolveTarget } from './partNames';
import { parseXml } from './xmlEvents';
import type { ZipPackage } from './ZipPackage';

export interface Relationship {
  id: string;
  /** The type URI's last segment (`worksheet`, `styles`, `comments`, …): transitional and strict OOXML alike. */
  kind: string;
  /** The target part name, resolved against the source part; the raw target for external links. */
  target: string;
  external: boolean;
}

/** The relationships of `part` (`''` for the package's own), none when it has no .rels part. */
export async function readRelationships(pkg: ZipPackage, part: string): Promise<Relationship[]> {
  const relsPart = part === '' ? '_rels/.rels' : relationshipsPartOf(part);
  if (!pkg.has(relsPart)) return [];
  return parseRelationships(await pkg.buffer(relsPart), part);
}

export function parseRelationships(bytes: Buffer, part: string): Relationship[] {
  const out: Relationship[] = [];
  parseXml(bytes, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || a.Target === undefined) return;
      const external = a.TargetMode === 'External';
      const kind = (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1);
      out.push({ id: a.Id, kind, target: external ? a.Target : resolveTarget(part, a.Target), external });
    },
  });
  return out;
}
