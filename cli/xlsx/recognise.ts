/**
 * What a file really is, told by its content and never by its name: an .xlsx package, an .xlsm
 * (macros), an OpenDocument spreadsheet (.ods, even renamed .xlsx), a password-encrypted workbook
 * (an OLE/CFB container holding `EncryptedPackage`), a legacy .xls (CFB without it), a Strict Open
 * XML workbook, or something else. Each refusal is a problem with its own message (Indonesian, then
 * English) naming the file: the CLI exits 2, never 1.
 *
 * @example
 *   const r = await recognise(bytes, "laporan.xlsx");
 *   if (r.kind === "refused") throw new InputError(r.problems);
 */
import * as path from "node:path";
import JSZip from "jszip";
import { problem, type Problem } from "../../core";
import { readText } from "./opc";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream names of an encrypted OOXML package, as stored in the CFB directory (UTF-16LE). */
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

const STRICT_OFFICE_DOCUMENT =
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** No part Renaksi reads may inflate beyond this (a zip bomb or a sheet no engine could open). */
export const MAX_PART_BYTES = 256 * 2 ** 20;

/** The first part whose declared uncompressed size exceeds `limit`, read from the zip's directory. */
export function oversizedPart(
  zip: JSZip,
  limit = MAX_PART_BYTES,
): { part: string; bytes: number } | null {
  for (const [part, f] of Object.entries(zip.files)) {
    const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data
      ?.uncompressedSize;
    if (typeof size === "number" && size > limit) return { part, bytes: size };
  }
  return null;
}

export type Recognised =
  { kind: "xlsx"; zip: JSZip; macros: boolean } | { kind: "refused"; problems: Problem[] };

const refuse = (code: string, id: string, en: string): Recognised => ({
  kind: "refused",
  problems: [problem("error", code, id, en)],
});

/** Is this a CFB (OLE2) container, and does it hold an encrypted OOXML package? */
function cfbKind(bytes: Buffer): "encrypted" | "xls" | null {
  if (!bytes.subarray(0, 8).equals(CFB_MAGIC)) return null;
  return bytes.includes(ENCRYPTED_STREAM) ? "encrypted" : "xls";
}

export async function recognise(bytes: Buffer, file = "workbook.xlsx"): Promise<Recognised> {
  const name = path.basename(file);
  const cfb = cfbKind(bytes);
  if (cfb === "encrypted")
    return refuse(
      "cli.encrypted",
      `${name}: buku kerja dilindungi kata sandi (terenkripsi) sehingga isinya tidak dapat dibaca: buka di Excel, hapus kata sandi pembukaan (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi), lalu simpan sebagai .xlsx`,
      `${name}: the workbook is password-encrypted, so its content cannot be read: open it in Excel, remove the password to open (File > Info > Protect Workbook > Encrypt with Password) and save it as .xlsx`,
    );
  if (cfb === "xls")
    return refuse(
      "cli.xls",
      `${name}: format .xls (Excel 97-2003) tidak didukung: simpan sebagai .xlsx`,
      `${name}: the .xls (Excel 97-2003) format is not supported: save it as .xlsx`,
    );
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC))
    return refuse("cli.notXlsx", `${name}: bukan berkas .xlsx`, `${name}: not an .xlsx file`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return refuse(
      "cli.unreadable",
      `${name}: arsip zip .xlsx rusak dan tidak dapat dibaca (${(e as Error).message})`,
      `${name}: the .xlsx zip archive is damaged and cannot be read (${(e as Error).message})`,
    );
  }
  const big = oversizedPart(zip);
  if (big) {
    const mb = Math.round(big.bytes / 2 ** 20);
    return refuse(
      "cli.tooLarge",
      `${name}: bagian ${big.part} mengembang menjadi ${mb} MB (batas ${MAX_PART_BYTES / 2 ** 20} MB); berkas tidak dibaca`,
      `${name}: the part ${big.part} inflates to ${mb} MB (limit ${MAX_PART_BYTES / 2 ** 20} MB); the file was not read`,
    );
  }
  const mime = ((await readText(zip, "mimetype")) ?? "").trim();
  if (mime.startsWith("application/vnd.oasis.opendocument"))
    return refuse(
      "cli.ods",
      `${name}: ini lembar kerja OpenDocument (${mime === ODS_MIME ? ".ods" : mime}), bukan .xlsx: di LibreOffice pilih File > Simpan Sebagai > Excel 2007-365 (.xlsx)`,
      `${name}: this is an OpenDocument spreadsheet (${mime === ODS_MIME ? ".ods" : mime}), not .xlsx: in LibreOffice choose File > Save As > Excel 2007-365 (.xlsx)`,
    );
  const rootRels = (await readText(zip, "_rels/.rels")) ?? "";
  if (rootRels.includes(STRICT_OFFICE_DOCUMENT))
    return refuse(
      "cli.strict",
      `${name}: berkas disimpan sebagai "Strict Open XML Spreadsheet", yang tidak didukung: di Excel simpan ulang sebagai "Excel Workbook (*.xlsx)"`,
      `${name}: the file is saved as "Strict Open XML Spreadsheet", which is not supported: in Excel save it again as "Excel Workbook (*.xlsx)"`,
    );
  const types = (await readText(zip, "[Content_Types].xml")) ?? "";
  if (!zip.file("xl/workbook.xml") || !types)
    return refuse(
      "cli.notXlsx",
      `${name}: arsip zip ini bukan buku kerja .xlsx (tidak ada xl/workbook.xml)`,
      `${name}: this zip archive is not an .xlsx workbook (no xl/workbook.xml)`,
    );
  return { kind: "xlsx", zip, macros: /macroEnabled/i.test(types) };
}
