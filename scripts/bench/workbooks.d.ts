/** Generators of large workbooks from the fixtures (scripts/bench/workbooks.js); they need `npm run build:cli`. */
export function manySheets(fixture: string, count: number, out: string): Promise<string>;
export function tableBesideListing(fixture: string, rows: number, out: string): Promise<string>;
export function realisticListing(fixture: string, rows: number, out: string): Promise<string>;
export function countyFiles(fixturesDir: string, count: number, dir: string): string[];
