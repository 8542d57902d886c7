import * as fs from 'fs';
import type { Readable } from 'stream';
import * as yauzl from 'yauzl';
import { READ_LIMITS, type ReadLimits } from './limits';
import { ReadFailure, toReadFailure } from './ReadFailure';

/** Packages up to this size are read into memory whole; larger ones are read from the file as needed. */
const IN_MEMORY_BYTES = 32 * 1024 * 1024;

/**
 * An .xlsx package opened for reading through yauzl: the central directory is read first, so every part's
 * declared size is checked against the limits before a byte is inflated, and yauzl fails any part that
 * inflates to more than it declared. Part names are looked up case-insensitively, as OPC requires.
 */
export class ZipPackage {
  private readonly byName = new Map<string, yauzl.Entry>();

  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** Every entry in the order of the central directory (directories included), for a faithful copy. */
    readonly entries: yauzl.Entry[],
    readonly limits: ReadLimits,
  ) {
    for (const entry of entries) if (!entry.fileName.endsWith('/')) this.byName.set(entry.fileName.toLowerCase(), entry);
  }

  static async open(file: string, limits: ReadLimits = READ_LIMITS): Promise<ZipPackage> {
    let zip: yauzl.ZipFile;
    try {
      // A workbook of usual size is read in one go: many small reads through the thread pool cost more than it.
      const options = { autoClose: false, strictFileNames: false };
      zip = fs.statSync(file).size <= IN_MEMORY_BYTES ? await yauzl.fromBufferPromise(fs.readFileSync(file), options) : await yauzl.openPromise(file, options);
    } catch (error) {
      throw toReadFailure(error);
    }
    try {
      if (zip.entryCount > limits.maxParts) throw new ReadFailure('tooManyParts', String(zip.entryCount));
      const entries: yauzl.Entry[] = [];
      for await (const entry of zip.eachEntry()) entries.push(entry);
      checkDeclaredSizes(entries, limits);
      return new ZipPackage(zip, entries, limits);
    } catch (error) {
      zip.close();
      throw toReadFailure(error);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  entry(name: string): yauzl.Entry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The part inflated, as a stream (sheets, which may be large). */
  async stream(name: string): Promise<Readable> {
    return this.zip.openReadStreamPromise(this.require(name));
  }

  /** The part's stored bytes, still compressed: what a copy writes back for a part it does not change. */
  async rawStream(entry: yauzl.Entry): Promise<Readable> {
    return this.zip.openReadStreamPromise(entry, { decodeFileData: false });
  }

  /** The whole part inflated (small parts: workbook, relationships, styles, shared strings). */
  async buffer(name: string): Promise<Buffer> {
    const entry = this.require(name);
    if (entry.uncompressedSize > this.limits.maxWholePartBytes) throw new ReadFailure('tooLarge', name);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  close(): void {
    if (this.zip.isOpen) this.zip.close();
  }

  private require(name: string): yauzl.Entry {
    const entry = this.entry(name);
    if (!entry) throw new ReadFailure('corrupt', name);
    return entry;
  }
}

function checkDeclaredSizes(entries: yauzl.Entry[], limits: ReadLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.isEncrypted()) throw new ReadFailure('encrypted');
    if (!entry.canDecodeFileData()) throw new ReadFailure('corrupt', entry.fileName);
    const size = entry.uncompressedSize;
    total += size;
    if (size >= limits.ratioFloorBytes && size / Math.max(1, entry.compressedSize) > limits.maxRatio) {
      throw new ReadFailure('zipBomb', `${entry.fileName}: ${megabytes(entry.compressedSize)} → ${megabytes(size)}`);
    }
  }
  if (total > limits.maxTotalBytes) throw new ReadFailure('tooLarge', `${megabytes(total)} > ${megabytes(limits.maxTotalBytes)}`);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
