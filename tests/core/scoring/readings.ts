import type { IndicatorReadings, PartColumn, StatedPart } from '../../../src/core/scoring/targets/IndicatorReading';
import { readActualParts, readTargetParts } from '../../../src/core/scoring/targets/readIndicatorParts';

/** Parts of a row as a test writes them: `{ comparison: '≥', unit: '%' }`, each named by its column. */
export type Parts = Partial<Record<PartColumn, string>>;

const stated = (parts: Parts): StatedPart<string>[] =>
  (Object.entries(parts) as [PartColumn, string][]).map(([column, text]) => ({ column, text, source: column }));

/**
 * A target and an actual as an indicator fact holds them, from their texts and the part columns beside them (the
 * sources are the column names, for readable expectations). A unit part serves both values, as one 计量单位
 * column does.
 */
export function readings(target: string, actual: string, parts: Parts = {}, actualParts: Parts = {}): IndicatorReadings {
  const unit: Parts = parts.unit !== undefined ? { unit: parts.unit } : {};
  return {
    target: readTargetParts({ text: target, source: 'value' }, stated(parts)),
    actual: readActualParts({ text: actual, source: 'value' }, stated({ ...unit, ...actualParts })),
  };
}
