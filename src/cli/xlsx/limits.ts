/**
 * Every limit the CLI enforces on a workbook, in one place. A package past one of them is refused with a reason
 * before anything is inflated (the sizes are the ones the zip declares; yauzl stops any entry that inflates to
 * more than it declared), so a small hostile file can cost neither gigabytes of memory nor minutes.
 */
export interface ReadLimits {
  /** The .xlsx file itself. */
  maxFileBytes: number;
  /** Parts in the package (a workbook of 1,000 sheets has about 2,000). */
  maxParts: number;
  /** Declared uncompressed size of all parts together. */
  maxTotalBytes: number;
  /** Declared uncompressed size of a part read whole (workbook, styles, shared strings, relationships). */
  maxWholePartBytes: number;
  /**
   * Parts of a package read into memory up to this size inflate in one call; larger ones stream, so that memory
   * holds a chunk of a large listing, never its whole text. A stream per part costs a round of the event loop per
   * chunk, which for a workbook of hundreds of small sheets was most of the reading.
   */
  inflateWholeBytes: number;
  /**
   * Parts inflated whole (the sheets, styles, relationships…) that a read for a copy (check --annotate, fill) keeps,
   * all together, so the copy edits them without inflating them again; past it the copy inflates the others itself.
   */
  keptForCopyBytes: number;
  /** A part inflating more than this many times its compressed size is taken for a zip bomb... */
  maxRatio: number;
  /** ...once it declares at least this many bytes (tiny parts compress oddly without harm). */
  ratioFloorBytes: number;
  /** Worksheets in a workbook (a province's county tables are a few hundred). */
  maxSheets: number;
  /** Cells kept for the analysis, all sheets together (about 0.1 KB each). */
  maxCells: number;
  /** A sheet keeps every cell until it holds this many; past it only rows near report words are kept. */
  fullSheetCells: number;
  /** Rows kept before and after a row that mentions a report word, once a sheet is past `fullSheetCells`. */
  windowRows: number;
}

const MiB = 1024 * 1024;

export const READ_LIMITS: ReadLimits = {
  maxFileBytes: 1024 * MiB,
  maxParts: 50_000,
  maxTotalBytes: 2048 * MiB,
  maxWholePartBytes: 512 * MiB,
  inflateWholeBytes: 8 * MiB,
  keptForCopyBytes: 64 * MiB,
  maxRatio: 400,
  ratioFloorBytes: 16 * MiB,
  maxSheets: 5_000,
  maxCells: 5_000_000,
  fullSheetCells: 500_000,
  windowRows: 1_000,
};
