/**
 * The requirement sets the add-in uses. `minimum` is what manifest.xml declares (everything the add-in needs:
 * document settings and getUsedRangeOrNullObject came with ExcelApi 1.4); `fullFills` is detected at run time and
 * only widens what 清除标记 can put back (pattern, pattern colour and tints of a fill).
 */
export const OFFICE_REQUIREMENTS = {
  set: 'ExcelApi',
  minimum: '1.4',
  fullFills: '1.9',
} as const;

interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** What this Excel supports, from Office.context.requirements (after Office.onReady). */
export function officeRequirements(requirements: Requirements): { supported: boolean; fullFills: boolean; excelApi: number } {
  // The newest ExcelApi 1.x it has, asked from the newest the add-in knows down (each answer is local, no request).
  let excelApi = 20;
  while (excelApi > 1 && !requirements.isSetSupported(OFFICE_REQUIREMENTS.set, `1.${excelApi}`)) excelApi--;
  return {
    supported: requirements.isSetSupported(OFFICE_REQUIREMENTS.set, OFFICE_REQUIREMENTS.minimum),
    fullFills: requirements.isSetSupported(OFFICE_REQUIREMENTS.set, OFFICE_REQUIREMENTS.fullFills),
    excelApi,
  };
}
