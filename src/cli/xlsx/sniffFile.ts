import * as fs from 'fs';
import { READ_LIMITS, type ReadLimits } from './limits';
import { ReadFailure, toReadFailure } from './ReadFailure';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE compound file is parsed whole to tell what it is; past this size it is only called too large. */
const MAX_COMPOUND_BYTES = 256 * 1024 * 1024;

/**
 * Look at the file before unzipping it: what is not a regular file (a directory, a FIFO, /dev/zero) is never
 * opened for reading, and an OLE compound file is told apart by its streams: an .xlsx encrypted with a password
 * (EncryptionInfo + EncryptedPackage), an old .xls (Workbook / Book), or something else (a .doc).
 */
export async function sniffFile(file: string, limits: ReadLimits = READ_LIMITS): Promise<void> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw toReadFailure(error);
  }
  if (stat.isDirectory()) throw new ReadFailure('directory');
  if (!stat.isFile()) throw new ReadFailure('notRegularFile');
  if (stat.size === 0) throw new ReadFailure('empty');
  if (stat.size > limits.maxFileBytes) throw new ReadFailure('tooLarge', `${Math.round(stat.size / 1024 / 1024)} MB`);
  const head = readHead(file, 8);
  if (head.length === 8 && head.equals(OLE_MAGIC)) throw await compoundFileFailure(file, stat.size);
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw new ReadFailure('notZip'); // "PK"
}

/** The file's first bytes (fewer for a shorter file), a read error as a ReadFailure. */
export function readHead(file: string, length: number): Buffer {
  const head = Buffer.alloc(length);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const read = fs.readSync(fd, head, 0, length, 0);
    return head.subarray(0, read);
  } catch (error) {
    throw toReadFailure(error);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

async function compoundFileFailure(file: string, size: number): Promise<ReadFailure> {
  if (size > MAX_COMPOUND_BYTES) return new ReadFailure('tooLarge', `${Math.round(size / 1024 / 1024)} MB`);
  let names: Set<string>;
  try {
    const CFB = await import('cfb'); // loaded only for the rare OLE file
    const container = CFB.read(fs.readFileSync(file), { type: 'buffer' });
    names = new Set(container.FileIndex.map((entry) => entry.name.toLowerCase()));
  } catch {
    return new ReadFailure('legacyXls'); // a damaged compound file: most likely an old workbook
  }
  if (names.has('encryptedpackage') || names.has('encryptioninfo')) return new ReadFailure('encrypted');
  if (names.has('workbook') || names.has('book')) return new ReadFailure('legacyXls');
  return new ReadFailure('otherCompoundFile');
}
