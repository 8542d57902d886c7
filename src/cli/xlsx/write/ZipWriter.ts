import * as fs from 'fs';
import type { Readable } from 'stream';
import type { Entry } from 'yauzl';
import * as zlib from 'zlib';

interface Written {
  name: Buffer;
  comment: Buffer;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttributes: number;
  externalAttributes: number;
  offset: number;
}

const UTF8_NAMES = 0x800;
const DATA_DESCRIPTOR = 0x8;
const MAX_32 = 0xffffffff;
const FLUSH_BYTES = 1024 * 1024;

/**
 * Writes a zip to a file descriptor: a part copied from another package keeps its stored (compressed) bytes
 * and its metadata exactly, a new or changed part is deflated. Sizes stay below 4 GB (the read limits see to
 * that), so no ZIP64 records are written.
 */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly fd: number) {}

  /** Copy an entry of another package as stored: `raw` is its compressed data (in memory, or a yauzl stream with decodeFileData false). */
  async copy(entry: Entry, raw: Readable | Buffer): Promise<void> {
    const record: Written = {
      name: entry.fileNameRaw,
      comment: entry.fileCommentRaw,
      versionMadeBy: entry.versionMadeBy,
      versionNeeded: entry.versionNeededToExtract,
      flags: entry.generalPurposeBitFlag & ~DATA_DESCRIPTOR,
      method: entry.compressionMethod,
      time: entry.lastModFileTime,
      date: entry.lastModFileDate,
      crc: entry.crc32,
      compressedSize: entry.compressedSize,
      size: entry.uncompressedSize,
      internalAttributes: entry.internalFileAttributes,
      externalAttributes: entry.externalFileAttributes,
      offset: this.offset,
    };
    this.checkSizes(record);
    this.write(localHeader(record));
    if (Buffer.isBuffer(raw)) this.write(raw);
    else for await (const chunk of raw) this.write(chunk as Buffer);
    this.written.push(record);
  }

  /** Add a part with new content, deflated; `like` lends the replaced entry's name encoding, date and attributes. */
  add(name: string, content: Buffer, like?: Entry): void {
    const data = zlib.deflateRawSync(content, deflateOptionsFor(content.length));
    const now = dosDateTime(new Date());
    const record: Written = {
      name: like ? like.fileNameRaw : Buffer.from(name, 'utf8'),
      comment: like ? like.fileCommentRaw : Buffer.alloc(0),
      versionMadeBy: like ? like.versionMadeBy : 20,
      versionNeeded: 20,
      flags: like ? (like.generalPurposeBitFlag & UTF8_NAMES) : UTF8_NAMES,
      method: 8,
      time: like ? like.lastModFileTime : now.time,
      date: like ? like.lastModFileDate : now.date,
      crc: zlib.crc32(content),
      compressedSize: data.length,
      size: content.length,
      internalAttributes: like ? like.internalFileAttributes : 0,
      externalAttributes: like ? like.externalFileAttributes : 0,
      offset: this.offset,
    };
    this.checkSizes(record);
    this.write(localHeader(record));
    this.write(data);
    this.written.push(record);
  }

  /** The central directory and its end record; the caller closes the descriptor. */
  finish(): void {
    const start = this.offset;
    for (const record of this.written) this.write(centralHeader(record));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(this.written.length, 0xffff), 8);
    end.writeUInt16LE(Math.min(this.written.length, 0xffff), 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    this.flush();
  }

  /** Output is gathered and written a megabyte at a time: a write per header and per part was a system call each. */
  private write(buffer: Buffer): void {
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
    this.offset += buffer.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    const buffer = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let done = 0;
    while (done < buffer.length) done += fs.writeSync(this.fd, buffer, done, buffer.length - done);
  }

  private checkSizes(record: Written): void {
    if (record.size > MAX_32 || record.compressedSize > MAX_32 || this.offset > MAX_32) throw new RangeError('zip part too large');
  }
}

function localHeader(r: Written): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(r.versionNeeded, 4);
  header.writeUInt16LE(r.flags, 6);
  header.writeUInt16LE(r.method, 8);
  header.writeUInt16LE(r.time, 10);
  header.writeUInt16LE(r.date, 12);
  header.writeUInt32LE(r.crc >>> 0, 14);
  header.writeUInt32LE(r.compressedSize, 18);
  header.writeUInt32LE(r.size, 22);
  header.writeUInt16LE(r.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, r.name]);
}

function centralHeader(r: Written): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(r.versionMadeBy, 4);
  header.writeUInt16LE(r.versionNeeded, 6);
  header.writeUInt16LE(r.flags, 8);
  header.writeUInt16LE(r.method, 10);
  header.writeUInt16LE(r.time, 12);
  header.writeUInt16LE(r.date, 14);
  header.writeUInt32LE(r.crc >>> 0, 16);
  header.writeUInt32LE(r.compressedSize, 20);
  header.writeUInt32LE(r.size, 24);
  header.writeUInt16LE(r.name.length, 28);
  header.writeUInt16LE(0, 30);
  header.writeUInt16LE(r.comment.length, 32);
  header.writeUInt16LE(0, 34);
  header.writeUInt16LE(r.internalAttributes, 36);
  header.writeUInt32LE(r.externalAttributes >>> 0, 38);
  header.writeUInt32LE(r.offset, 42);
  return Buffer.concat([header, r.name, r.comment]);
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * zlib's defaults allocate a 32 KB window and a 64 K-entry hash table on every call, which costs more than
 * compressing a small part (an annotated copy adds a comments part and a drawing per sheet). A window as large as
 * the part itself finds every match the default finds; the stream stays standard deflate.
 */
function deflateOptionsFor(size: number): zlib.ZlibOptions {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(size + 1))));
  return { windowBits, memLevel: Math.min(8, Math.max(2, windowBits - 7)) };
}
