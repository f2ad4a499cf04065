/**
 * Node's own zlib for the parts Renaksi reads and writes. jszip inflates and deflates with pako
 * (JavaScript): on a plan of 10,000 activities it spent about 1 s deflating the sheet XML
 * Renaksi writes, which zlib deflates at level 3 in about 0.1 s; a managed sheet is deflated while
 * it is written (PartDeflater: 1 MB at a time on libuv's threadpool). jszip still reads and
 * assembles the zip: a part is handed to it already deflated, as the same compressed object jszip
 * builds for each part of a zip it loads, so it copies it into the output like the user's untouched
 * parts; a loaded DEFLATE or STORE part is read with zlib the same way. Anything else (a part added
 * as text in this run, another compression) goes through jszip as before.
 *
 * @example
 *   putDeflated(zip, "xl/worksheets/sheet9.xml", xml, { date: FIXED_DATE, createFolders: false });
 *   putPacked(zip, "xl/worksheets/sheet9.xml", await deflater.finish(), opts);
 *   await readPartText(zip, "xl/workbook.xml"); // the text, or null when the part is absent
 */
import * as zlib from "node:zlib";
import type JSZip from "jszip";
import CompressedObject from "jszip/lib/compressedObject";
import { DEFLATE, STORE } from "jszip/lib/compressions";
import jszipCrc32 from "jszip/lib/crc32";

/**
 * zlib's level for the parts Renaksi writes. Measured on the 38 MB Monev sheet of 10,000
 * activities: level 6 (zlib's and jszip's default) 330 ms -> 2.47 MB, level 3 90 ms -> 2.54 MB,
 * level 1 100 ms -> 3.21 MB. Level 3 keeps the size and drops most of the time.
 */
export const DEFLATE_LEVEL = 3;

/** CRC-32 of `data` continued from `prev` (the CRC of the bytes before it; 0 to start). */
const crc32: (data: Buffer, prev: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? (data, prev) =>
        (zlib as unknown as { crc32: (d: Buffer, p: number) => number }).crc32(data, prev)
    : (data, prev) => jszipCrc32(data, prev) >>> 0;

/** The size of the buffers a sink fills (a chunk handed to zlib at a time). */
const CHUNK = 1 << 20;

/**
 * Text written as UTF-8 straight into buffers of 1 MB, so that a part of 38 MB (the Monev sheet
 * of 10,000 activities) is never one string nor one buffer: each full buffer goes to `onChunk`
 * (PartDeflater deflates it while the rest is written), the last one on `end()`.
 *
 * @example
 *   const sink = new Utf8Sink((b) => chunks.push(b));
 *   sink.add("<row/>");
 *   sink.end(); // chunks: one buffer of 6 bytes
 */
export class Utf8Sink {
  private buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  constructor(private readonly onChunk: (chunk: Buffer) => void) {}

  /** Make room for `n` more bytes: a fuller buffer is handed on, a new one started. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.handOn();
    this.buf = Buffer.allocUnsafe(Math.max(CHUNK, n));
  }

  private handOn(): void {
    if (this.pos === 0) return;
    this.onChunk(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  /** Append text (bound: pass it as a callback). */
  readonly add = (s: string): void => {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    this.room(3 * s.length);
    this.pos += this.buf.write(s, this.pos, "utf8");
  };

  /** Hand on the last, partly filled buffer. */
  end(): void {
    this.handOn();
  }
}

/** A part's bytes deflated, with what the zip's entry records of the raw bytes. */
export interface Packed {
  packed: Buffer;
  size: number;
  crc32: number;
}

/**
 * A part deflated while it is written: each full 1 MB buffer of its sink goes to a zlib stream,
 * which deflates it on libuv's threadpool while the writer fills the next one; the writer calls
 * `pause()` when `due`, so that zlib's finished work is collected and the next buffer starts. The
 * CRC is computed a buffer at a time. zlib's output does not depend on how its input is cut:
 * the bytes are the same as one `deflateRawSync` of the whole part.
 *
 * @example
 *   const d = new PartDeflater();
 *   d.sink.add("<worksheet/>");
 *   putPacked(zip, part, await d.finish(), opts);
 */
export class PartDeflater {
  readonly sink = new Utf8Sink((chunk) => this.take(chunk));
  private readonly zip = zlib.createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: CHUNK });
  private readonly out: Buffer[] = [];
  private readonly done: Promise<void>;
  private size = 0;
  private crc = 0;
  private waiting = false;

  constructor() {
    this.zip.on("data", (b: Buffer) => this.out.push(b));
    this.done = new Promise((resolve, reject) => {
      this.zip.on("end", resolve);
      this.zip.on("error", reject);
    });
    // finish() awaits it: an error is reported there, never as an unhandled rejection.
    this.done.catch(() => undefined);
  }

  private take(chunk: Buffer): void {
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    this.zip.write(chunk);
    this.waiting = true;
  }

  /** A buffer was handed to zlib since the last pause. */
  get due(): boolean {
    return this.waiting;
  }

  /** Yield to the event loop once: zlib's completions run, the next buffer goes to zlib. */
  async pause(): Promise<void> {
    this.waiting = false;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** The deflated part, once zlib has taken everything written. */
  async finish(): Promise<Packed> {
    this.sink.end();
    this.zip.end();
    await this.done;
    return { packed: Buffer.concat(this.out), size: this.size, crc32: this.crc };
  }
}

/** Put a deflated part into the zip as jszip's own compressed object: jszip copies it through. */
export function putPacked(
  zip: JSZip,
  part: string,
  { packed, size, crc32: crc }: Packed,
  opts: JSZip.JSZipFileOptions,
): void {
  if (size === 0) {
    zip.file(part, "", opts);
    return;
  }
  const data = new CompressedObject(packed.length, size, crc, DEFLATE, packed);
  // jszip's typings take text or bytes; its fileAdd takes its own compressed object as it is.
  zip.file(part, data as unknown as Uint8Array, { ...opts, binary: true });
}

/** Put `content` (text, or its UTF-8 bytes) into the zip deflated with zlib; jszip copies it through. */
export function putDeflated(
  zip: JSZip,
  part: string,
  content: string | Buffer,
  opts: JSZip.JSZipFileOptions,
): void {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const packed = raw.length === 0 ? raw : zlib.deflateRawSync(raw, { level: DEFLATE_LEVEL });
  putPacked(zip, part, { packed, size: raw.length, crc32: crc32(raw, 0) }, opts);
}

/**
 * zlib's output buffer for inflating a part: the size its zip entry states, so that a 38 MB sheet
 * comes out as one buffer instead of 600 chunks of 64 KB copied together; bounded both ways, the
 * stated size being only a claim.
 */
const inflateChunk = (stated: number): number =>
  Number.isFinite(stated)
    ? Math.min(Math.max(stated, zlib.constants.Z_DEFAULT_CHUNK), 64 * 2 ** 20)
    : zlib.constants.Z_DEFAULT_CHUNK;

/**
 * A part's bytes, inflated with zlib, when jszip holds it as a loaded zip entry (DEFLATE or
 * STORE); null otherwise (absent, or added in this run: readPartText reads those).
 */
export function loadedPartBytes(zip: JSZip, part: string): Buffer | null {
  const data = (zip.file(part) as unknown as { _data?: unknown } | null)?._data;
  if (!(data instanceof CompressedObject) || typeof data.compressedContent === "string")
    return null;
  const bytes = Buffer.from(
    data.compressedContent.buffer,
    data.compressedContent.byteOffset,
    data.compressedContent.byteLength,
  );
  if (data.compression.magic === DEFLATE.magic)
    return zlib.inflateRawSync(bytes, { chunkSize: inflateChunk(data.uncompressedSize) });
  return data.compression.magic === STORE.magic ? bytes : null;
}

/** A part as text (UTF-8), inflated with zlib when jszip holds it compressed; null when absent. */
export async function readPartText(zip: JSZip, part: string): Promise<string | null> {
  const f = zip.file(part);
  if (!f) return null;
  const bytes = loadedPartBytes(zip, part);
  return bytes ? bytes.toString("utf8") : f.async("string");
}
