import type { CellRelation } from './relations';
import { indexRelations, searchRootCauses, status, type RelationIndex, type Values } from './rootCause';
import type { StatedCell } from './statedCells';

/**
 * What the core must report for a mistake: the groups of cells the root-cause search blames, under every
 * reading of the catalogue the core may take (VARIANTS): 增长率 from the 增减 cell or from 本年 and 上年; the
 * optional relations (a complete breakdown into 其中 lines, 当期结余 = 收入 − 支出) checked or not; a `—` addend
 * summed as 0 or the sum skipped; hidden cells proposed as corrections or never. A mistake is kept only when
 * every reading gives the same groups, each group holds a cell the mistake changed and no hidden cell, and no
 * changed cell outside the groups breaks a relation (the core would be right to name it).
 */
interface Variant {
  growth: 'A' | 'B';
  optional: boolean;
  dashZero: boolean;
  hidden: boolean;
}

/** Each choice at both its values (not every combination): the first two differ in all but one. */
const VARIANTS: Variant[] = [
  { growth: 'A', optional: false, dashZero: true, hidden: false },
  { growth: 'B', optional: true, dashZero: false, hidden: false },
  { growth: 'A', optional: true, dashZero: true, hidden: true },
];

export function valuesOf(cells: Map<string, StatedCell>): Values {
  return new Map([...cells].map(([key, c]) => [key, { value: c.value, decimals: c.decimals, factor: c.factor, hidden: c.hidden, ...(c.formula ? { formula: c.formula } : {}) }]));
}

export function relationsOfVariant(relations: CellRelation[], v: Variant): CellRelation[] {
  return relations.filter((r) => r.kind !== 'le' && (v.optional || !r.optional) && (!r.growthForm || r.growthForm === v.growth) && (v.dashZero || !r.hasDash));
}

/** A case's relations under each reading, indexed once for all the mistakes tried on it. */
export interface Catalogue {
  all: CellRelation[];
  inequalities: RelationIndex;
  variants: { variant: Variant; index: RelationIndex }[];
}

export function catalogueOf(relations: CellRelation[]): Catalogue {
  return {
    all: relations,
    inequalities: indexRelations(relations.filter((r) => r.kind === 'le')),
    variants: VARIANTS.map((variant) => ({ variant, index: indexRelations(relationsOfVariant(relations, variant)) })),
  };
}

/** The groups the core must report, or null when the mistake does not give one clear verdict. */
export function verdictOf(catalogue: Catalogue, trial: Map<string, StatedCell>, injected: string[]): string[][] | null {
  if (!injected.length) return null;
  const values = valuesOf(trial);
  // A mistake an inequality alone catches (a 其中 line above its line) is no equality's root cause: not drawn.
  if (injected.some((k) => (catalogue.inequalities.byCell.get(k) ?? []).some((r) => status(r, values) === 'violated'))) return null;
  let agreed: string | null = null;
  let groups: string[][] = [];
  for (const { variant: v, index } of catalogue.variants) {
    const chosen = index.relations;
    const result = searchRootCauses(index, values, injected, { hiddenCandidates: v.hidden });
    if (result.ambiguous) return null;
    const visible = (keys: string[]) => keys.filter((k) => !values.get(k)!.hidden);
    const found = [...result.causes.map((c) => visible(c.tied)), ...result.unexplained.map((r) => visible([r.target]))];
    if (found.some((g) => g.length === 0 || !g.some((k) => injected.includes(k)))) return null;
    const unique = [...new Map(found.map((g) => [JSON.stringify([...g].sort()), [...g].sort()])).values()].sort((a, b) => a[0].localeCompare(b[0]));
    const inGroups = new Set(unique.flat());
    for (const key of injected) {
      if (inGroups.has(key)) continue;
      if ((index.byCell.get(key) ?? []).some((r) => status(r, values) === 'violated')) return null;
    }
    void chosen;
    const canonical = JSON.stringify(unique);
    if (agreed !== null && canonical !== agreed) return null;
    agreed = canonical;
    groups = unique;
  }
  return groups.length ? groups : null;
}

/** Every relation that does not hold on the cells as written (a clean case has none, under any reading). */
export function brokenRelations(relations: CellRelation[], cells: Map<string, StatedCell>): CellRelation[] {
  const values = valuesOf(cells);
  return relations.filter((r) => status(r, values) === 'violated');
}
