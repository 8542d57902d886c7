import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { TEXT, WRITE_FAILURE, type WriteFailureKind } from './messages';

/** A copy could not be written (same path as the input, a read-only OUT, the file system refused); exit code 2. */
export class WorkbookWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookWriteError';
  }
}

const failure = (out: string, kind: WriteFailureKind) => new WorkbookWriteError(TEXT.writeFailed(out, WRITE_FAILURE[kind]));

/** True when `out` names the same file as `input`: same resolved path, through symlinks, or the same inode. */
export function isSameFile(input: string, out: string): boolean {
  const real = (p: string) => {
    const absolute = path.resolve(p);
    try {
      return fs.realpathSync(absolute);
    } catch {
      // The output usually does not exist yet: resolve its folder, which may itself be a link.
      try {
        return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute));
      } catch {
        return absolute;
      }
    }
  };
  if (real(input) === real(out)) return true;
  try {
    const a = fs.statSync(input);
    const b = fs.statSync(out);
    return a.dev === b.dev && a.ino === b.ino; // a hard link
  } catch {
    return false;
  }
}

/**
 * Refuse, before any work, an OUT that must not be replaced: the input itself, an existing file without write
 * permission (checked on its mode bits, so even root is refused), a directory or a device, a missing folder.
 */
export function checkOutput(input: string, out: string): void {
  if (isSameFile(input, out)) throw new WorkbookWriteError(TEXT.samePath(out, input));
  checkOutputPath(out);
}

function checkOutputPath(out: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(out);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENAMETOOLONG') throw failure(out, 'nameTooLong');
  }
  if (stat) {
    if (stat.isDirectory()) throw failure(out, 'isDirectory');
    if (!stat.isFile()) throw failure(out, 'notRegularFile');
    if ((stat.mode & 0o222) === 0) throw failure(out, 'readOnly');
  }
  const folder = path.dirname(path.resolve(out));
  if (!fs.existsSync(folder)) throw failure(out, 'noFolder');
}

/** The signals after which no temporary file may be left; on Windows only SIGINT and SIGTERM can be listened to. */
const ENDING_SIGNALS: NodeJS.Signals[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGTERM: 15 };

/**
 * Write `out` through a temporary file beside it, renamed into place when complete: a failure, Ctrl-C or a
 * SIGTERM half-way leaves no truncated workbook where the user expects one and no temporary file behind.
 * The temporary name is short, so an OUT name near the file-name limit still works.
 */
export async function writeAtomically(out: string, write: (fd: number) => Promise<void>): Promise<void> {
  checkOutputPath(out);
  const temporary = path.join(path.dirname(path.resolve(out)), `.fundcheck-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  const cleanup = () => {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
      fd = undefined;
    }
    try {
      fs.unlinkSync(temporary);
    } catch {
      // not created, or already renamed
    }
  };
  // Every signal that ends a command in a terminal: Ctrl-C, kill, a closed terminal (SIGHUP), Ctrl-\\ (SIGQUIT).
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 15));
  };
  for (const signal of ENDING_SIGNALS) process.once(signal, onSignal);
  try {
    fd = fs.openSync(temporary, 'wx', 0o666);
    await write(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, out);
  } catch (error) {
    cleanup();
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw failure(out, WRITE_CODES[code] ?? 'other');
    throw error; // not the file system's: the caller words it
  } finally {
    for (const signal of ENDING_SIGNALS) process.removeListener(signal, onSignal);
  }
}

const WRITE_CODES: Record<string, WriteFailureKind> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'readOnlyFileSystem',
  ENAMETOOLONG: 'nameTooLong',
  ENOENT: 'noFolder',
  EISDIR: 'isDirectory',
};
