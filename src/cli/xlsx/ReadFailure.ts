/**
 * Why a workbook could not be read, as a kind the CLI words in messages.ts: no raw JavaScript or zlib message
 * ever reaches the user. `detail` is ours too (a part name, a size), never an exception's text.
 */
export type ReadFailureKind =
  | 'notFound'
  | 'directory'
  | 'notRegularFile'
  | 'linkLoop'
  | 'permission'
  | 'empty'
  | 'legacyXls'
  | 'encrypted'
  | 'otherCompoundFile'
  | 'notZip'
  | 'corrupt'
  | 'notSpreadsheet'
  | 'noSheets'
  | 'tooLarge'
  | 'zipBomb'
  | 'tooManyParts'
  | 'unreadable';

export class ReadFailure extends Error {
  constructor(
    readonly kind: ReadFailureKind,
    readonly detail?: string,
  ) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'ReadFailure';
  }
}

/** The file-system error codes a user can act on, by kind. */
const BY_CODE: Record<string, ReadFailureKind> = {
  ENOENT: 'notFound',
  ENOTDIR: 'notFound',
  EISDIR: 'directory',
  EACCES: 'permission',
  EPERM: 'permission',
  ELOOP: 'linkLoop',
  ENAMETOOLONG: 'notFound',
  EFBIG: 'tooLarge',
};

/**
 * Any exception met while reading, as a ReadFailure: our own pass through; file-system codes map by code; a
 * string or buffer past V8's limits reads as too large; everything else (zlib, XML, zip structure) as damaged.
 */
export function toReadFailure(error: unknown): ReadFailure {
  if (error instanceof ReadFailure) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && BY_CODE[code]) return new ReadFailure(BY_CODE[code]);
  if (error instanceof RangeError) return new ReadFailure('tooLarge');
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && !code.startsWith('ERR_')) return new ReadFailure('unreadable', code);
  return new ReadFailure('corrupt');
}
