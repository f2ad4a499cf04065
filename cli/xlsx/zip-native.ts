/**
 * Node's own zlib for the parts Renaksi reads and writes. jszip inflates and deflates with pako
 * (JavaScript): on a plan of 10,000 activities it spent about 1 s deflating the sheet XML
 * Renaksi writes, which zlib deflates at level 3 in about 0.1 s. jszip still reads and
 * assembles the zip: a part is handed to it already deflated, as the same compressed object jszip
 * builds for each part of a zip it loads, so it copies it into the output like the user's untouched
 * parts; a loaded DEFLATE or STORE part is read with zlib the same way. Anything else (a part added
 * as text in this run, another compression) goes through jszip as before.
 *
 * @example
 *   putDeflated(zip, "xl/worksheets/sheet9.xml", xml, { date: FIXED_DATE, createFolders: false });
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

const crc32: (data: Buffer) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? (data) => (zlib as unknown as { crc32: (d: Buffer) => number }).crc32(data)
    : (data) => jszipCrc32(data) >>> 0;

/**
 * Text written as UTF-8 straight into buffers of 1 MB, so that a part of 38 MB (the Monev sheet
 * of 10,000 activities) is never one string nor copied more than once more.
 *
 * @example const sink = new Utf8Sink(); sink.add("<row/>"); sink.bytes().length // 6
 */
export class Utf8Sink {
  private chunks: Buffer[] = [];
  private buf = Buffer.allocUnsafe(1 << 20);
  private pos = 0;
  /** Append text (bound: pass it as a callback). */
  readonly add = (s: string): void => {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (this.pos + 3 * s.length > this.buf.length) {
      this.chunks.push(this.buf.subarray(0, this.pos));
      this.buf = Buffer.allocUnsafe(Math.max(1 << 20, 3 * s.length));
      this.pos = 0;
    }
    this.pos += this.buf.write(s, this.pos, "utf8");
  };
  /** Everything added, as one buffer. */
  bytes(): Buffer {
    const last = this.buf.subarray(0, this.pos);
    return this.chunks.length === 0 ? last : Buffer.concat([...this.chunks, last]);
  }
}

/** Put `content` (text, or its UTF-8 bytes) into the zip deflated with zlib; jszip copies it through. */
export function putDeflated(
  zip: JSZip,
  part: string,
  content: string | Buffer,
  opts: JSZip.JSZipFileOptions,
): void {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  if (raw.length === 0) {
    zip.file(part, "", opts);
    return;
  }
  const packed = zlib.deflateRawSync(raw, { level: DEFLATE_LEVEL });
  const data = new CompressedObject(packed.length, raw.length, crc32(raw), DEFLATE, packed);
  // jszip's typings take text or bytes; its fileAdd takes its own compressed object as it is.
  zip.file(part, data as unknown as Uint8Array, { ...opts, binary: true });
}

/** A part as text (UTF-8), inflated with zlib when jszip holds it compressed; null when absent. */
export async function readPartText(zip: JSZip, part: string): Promise<string | null> {
  const f = zip.file(part);
  if (!f) return null;
  const data = (f as unknown as { _data?: unknown })._data;
  if (data instanceof CompressedObject && typeof data.compressedContent !== "string") {
    const bytes = Buffer.from(
      data.compressedContent.buffer,
      data.compressedContent.byteOffset,
      data.compressedContent.byteLength,
    );
    if (data.compression.magic === DEFLATE.magic)
      return zlib.inflateRawSync(bytes).toString("utf8");
    if (data.compression.magic === STORE.magic) return bytes.toString("utf8");
  }
  return f.async("string");
}
