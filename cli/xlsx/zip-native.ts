/**
 * Node's own zlib for the parts Renaksi reads and writes. jszip inflates and deflates with pako
 * (JavaScript): on a plan of 10,000 activities it spent about 1 s deflating the 15 MB of sheet XML
 * Renaksi writes, which zlib deflates at the same level in about 0.2 s. jszip still reads and
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

/** zlib's level for the parts Renaksi writes (6: zlib's and jszip's default ratio). */
export const DEFLATE_LEVEL = 6;

const crc32: (data: Buffer) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? (data) => (zlib as unknown as { crc32: (d: Buffer) => number }).crc32(data)
    : (data) => jszipCrc32(data) >>> 0;

/** Put `text` (UTF-8) into the zip already deflated with zlib; jszip copies it through. */
export function putDeflated(
  zip: JSZip,
  part: string,
  text: string,
  opts: JSZip.JSZipFileOptions,
): void {
  const raw = Buffer.from(text, "utf8");
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
