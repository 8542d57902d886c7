import { createHash } from 'crypto';
import * as fs from 'fs';
import { Transform, type Readable } from 'stream';
import * as yauzl from 'yauzl';
import { crc32, inflateRawSync } from 'zlib';
import { READ_LIMITS, type ReadLimits } from './limits';
import { ReadFailure, toReadFailure } from './ReadFailure';

/** Packages up to this size are read into memory whole; larger ones are read from the file as needed. */
const IN_MEMORY_BYTES = 32 * 1024 * 1024;
/** A zip local file header: fixed 30 bytes, then the name and the extra field. */
const LOCAL_HEADER = { signature: 0x04034b50, fixedBytes: 30, nameLength: 26, extraLength: 28 };

/**
 * An .xlsx package opened for reading through yauzl: the central directory is read first, so every part's
 * declared size is checked against the limits before a byte is inflated, and yauzl fails any part that
 * inflates to more than it declared. Part names are looked up case-insensitively, as OPC requires.
 */
export class ZipPackage {
  private readonly byName = new Map<string, yauzl.Entry>();
  /** Parts inflated whole and kept (see keepInflated), by lower-case name. */
  private readonly kept = new Map<string, Buffer>();
  private keptBudget = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** The whole package when it was read into memory, else null. */
    private readonly bytes: Buffer | null,
    /** Every entry in the order of the central directory (directories included), for a faithful copy. */
    readonly entries: yauzl.Entry[],
    readonly limits: ReadLimits,
  ) {
    for (const entry of entries) if (!entry.fileName.endsWith('/')) this.byName.set(entry.fileName.toLowerCase(), entry);
  }

  static async open(file: string, limits: ReadLimits = READ_LIMITS): Promise<ZipPackage> {
    let zip: yauzl.ZipFile;
    let bytes: Buffer | null = null;
    try {
      // A workbook of usual size is read in one go: many small reads through the thread pool cost more than it.
      const options = { autoClose: false, strictFileNames: false };
      if (fs.statSync(file).size <= IN_MEMORY_BYTES) zip = await yauzl.fromBufferPromise((bytes = fs.readFileSync(file)), options);
      else zip = await yauzl.openPromise(file, options);
    } catch (error) {
      throw toReadFailure(error);
    }
    try {
      if (zip.entryCount > limits.maxParts) throw new ReadFailure('tooManyParts', String(zip.entryCount));
      const entries: yauzl.Entry[] = [];
      for await (const entry of zip.eachEntry()) entries.push(entry);
      checkDeclaredSizes(entries, limits);
      return new ZipPackage(zip, bytes, entries, limits);
    } catch (error) {
      zip.close();
      throw toReadFailure(error);
    }
  }

  /**
   * What the package holds, in a few bytes: a hash of every part's name, CRC-32 and sizes from the central
   * directory. Another file (replaced, rewritten) has another fingerprint, whatever its name, size or time.
   */
  fingerprint(): string {
    const hash = createHash('sha256');
    for (const e of this.entries) hash.update(`${e.fileName}\0${e.crc32}\0${e.compressedSize}\0${e.uncompressedSize}\n`);
    return hash.digest('hex');
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  entry(name: string): yauzl.Entry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /**
   * The part inflated, as a stream (sheets, which may be large), its CRC-32 checked as it goes: yauzl checks the
   * size, not the CRC, and a bit flipped in a stored part would otherwise read as a valid, wrong number.
   */
  async stream(name: string): Promise<Readable> {
    const entry = this.require(name);
    const inflated = await this.zip.openReadStreamPromise(entry);
    let crc = 0;
    const checked = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        crc = crc32(chunk, crc);
        done(null, chunk);
      },
      flush(done) {
        done(crc >>> 0 === entry.crc32 >>> 0 ? null : new ReadFailure('corrupt', name));
      },
    });
    inflated.on('error', (error) => checked.destroy(error));
    return inflated.pipe(checked);
  }

  /** The part's stored bytes, still compressed: what a copy writes back for a part it does not change. */
  async rawStream(entry: yauzl.Entry): Promise<Readable> {
    return this.zip.openReadStreamPromise(entry, { decodeFileData: false });
  }

  /** Whether the whole package is in memory: then it needs no open file, and `close` can wait. */
  get inMemory(): boolean {
    return this.bytes !== null;
  }

  /**
   * From now on, keep the parts inflated whole, up to `bytes` of them, for a second reader of the package (a copy
   * edits the sheets the check read): asked again, a kept part is not inflated again.
   */
  keepInflated(bytes: number): void {
    this.keptBudget = bytes;
  }

  /**
   * The part inflated at once when the package is in memory and the part small enough (`limits.inflateWholeBytes`),
   * else null: the caller streams it. Checked as yauzl checks a stream: the inflated size must be the declared one.
   */
  wholePart(name: string): Buffer | null {
    const key = name.toLowerCase();
    const kept = this.kept.get(key);
    if (kept) return kept;
    const entry = this.require(name);
    if (entry.uncompressedSize > this.limits.inflateWholeBytes) return null;
    const stored = this.storedBytes(entry);
    if (!stored) return null;
    let inflated: Buffer;
    try {
      // Stored parts (method 0) are their own bytes; every other method was refused when the package was opened.
      inflated = entry.compressionMethod === 0 ? Buffer.from(stored) : inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw new ReadFailure('corrupt', name);
    }
    if (inflated.length !== entry.uncompressedSize || crc32(inflated) >>> 0 !== entry.crc32 >>> 0) throw new ReadFailure('corrupt', name);
    if (inflated.length <= this.keptBudget) {
      this.kept.set(key, inflated);
      this.keptBudget -= inflated.length;
    }
    return inflated;
  }

  /** The part's stored (still compressed) bytes when the package is in memory, else null: the caller streams them. */
  storedBytes(entry: yauzl.Entry): Buffer | null {
    if (!this.bytes) return null;
    const at = entry.relativeOffsetOfLocalHeader;
    if (at + LOCAL_HEADER.fixedBytes > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER.signature) throw new ReadFailure('corrupt', entry.fileName);
    const start = at + LOCAL_HEADER.fixedBytes + this.bytes.readUInt16LE(at + LOCAL_HEADER.nameLength) + this.bytes.readUInt16LE(at + LOCAL_HEADER.extraLength);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ReadFailure('corrupt', entry.fileName);
    return this.bytes.subarray(start, end);
  }

  /** The whole part inflated (small parts: workbook, relationships, styles, shared strings). */
  async buffer(name: string): Promise<Buffer> {
    const entry = this.require(name);
    if (entry.uncompressedSize > this.limits.maxWholePartBytes) throw new ReadFailure('tooLarge', name);
    const whole = this.wholePart(name);
    if (whole) return whole;
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
  let compressed = 0;
  for (const entry of entries) {
    compressed += entry.compressedSize;
    if (entry.isEncrypted()) throw new ReadFailure('encrypted');
    if (!entry.canDecodeFileData()) throw new ReadFailure('corrupt', entry.fileName);
    const size = entry.uncompressedSize;
    total += size;
    if (size >= limits.ratioFloorBytes && size / Math.max(1, entry.compressedSize) > limits.maxRatio) {
      throw new ReadFailure('zipBomb', `${entry.fileName}: ${megabytes(entry.compressedSize)} → ${megabytes(size)}`);
    }
  }
  if (total > limits.maxTotalBytes) throw new ReadFailure('tooLarge', `${megabytes(total)} > ${megabytes(limits.maxTotalBytes)}`);
  // Many parts each under the floor can still add up to a bomb (127 parts of 15 MB of `&amp;` from 2 MB of zip): the
  // package as a whole has the same bound on its ratio, refused in seconds rather than parsed for minutes.
  if (total >= limits.ratioFloorBytes && total / Math.max(1, compressed) > limits.maxRatio) {
    throw new ReadFailure('zipBomb', `${megabytes(compressed)} → ${megabytes(total)}`);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
