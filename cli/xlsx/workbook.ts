/**
 * The .xlsx host in three calls: open a file as exceljs workbook + Grids, render plans, and produce
 * the bytes to write (with native charts and the user's own drawings kept) or the problems that
 * forbid writing.
 *
 * @example
 *   const book = await openWorkbook("klungkung.xlsx");
 *   const out = await buildWorkbook(book, result.plans);
 *   if (!hasErrors(out.problems)) await fs.promises.writeFile("out.xlsx", out.buffer);
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { hasErrors, problem, type Problem } from "../../core/problem";
import type { SheetPlan } from "../../core/layout/sheet-plan";
import { workbookGrids } from "./read-grids";
import { resolveWrites } from "../../core/write";
import { renderPlans } from "./render";
import { workbookState } from "./state";
import { finishPackage } from "./package";

export interface OpenWorkbook {
  file: string;
  /** The file's bytes as read: the source of the parts exceljs cannot keep. */
  original: Buffer;
  wb: ExcelJS.Workbook;
  grids: Grid[];
}

/** A user mistake (missing file, wrong format): reported with its problems, never a stack trace. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.messageEn).join("; "));
    this.name = "InputError";
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function loadWorkbook(
  original: Buffer,
  file = "workbook.xlsx",
): Promise<OpenWorkbook> {
  const name = path.basename(file);
  if (original.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new InputError([
      problem(
        "error",
        "cli.xls",
        `${name}: format .xls (Excel 97-2003) tidak didukung: simpan sebagai .xlsx`,
        `${name}: the .xls (Excel 97-2003) format is not supported: save it as .xlsx`,
      ),
    ]);
  }
  if (!original.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new InputError([
      problem("error", "cli.notXlsx", `${name}: bukan berkas .xlsx`, `${name}: not an .xlsx file`),
    ]);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(original as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError([
      problem(
        "error",
        "cli.unreadable",
        `${name}: berkas .xlsx tidak dapat dibaca (${(e as Error).message})`,
        `${name}: the .xlsx file cannot be read (${(e as Error).message})`,
      ),
    ]);
  }
  return { file, original, wb, grids: workbookGrids(wb) };
}

export async function openWorkbook(file: string): Promise<OpenWorkbook> {
  let original: Buffer;
  try {
    original = await fs.promises.readFile(file);
  } catch {
    throw new InputError([
      problem(
        "error",
        "cli.notFound",
        `${file}: berkas tidak ditemukan atau tidak dapat dibaca`,
        `${file}: file not found or not readable`,
      ),
    ]);
  }
  return loadWorkbook(original, file);
}

export interface BuiltWorkbook {
  /** Undefined when a problem forbids writing. */
  buffer?: Buffer;
  problems: Problem[];
  /** Sheets written (rebuilt or added). */
  sheets: string[];
  charts: number;
}

/**
 * Render `plans` into the open workbook and package it. Nothing is written to disk here; when
 * `problems` has an error, `buffer` is undefined and the caller must not write anything.
 */
export async function buildWorkbook(
  book: Pick<OpenWorkbook, "wb"> & { original?: Buffer },
  plans: readonly SheetPlan[],
): Promise<BuiltWorkbook> {
  const resolved = resolveWrites(await workbookState(book.wb, book.original), plans);
  const rendered = renderPlans(book.wb, resolved);
  if (resolved.refused) {
    return { problems: rendered.problems, sheets: rendered.managed, charts: 0 };
  }
  if (book.original) {
    // The user's images travel with their original drawing part (package.ts); exceljs must not
    // write a second copy of them.
    const managed = new Set(rendered.managed);
    for (const ws of book.wb.worksheets) {
      if (managed.has(ws.name)) continue;
      const w = ws as unknown as { _media: { type: string }[] };
      w._media = w._media.filter((m) => m.type !== "image");
    }
  }
  // Stored, not deflated: package.ts opens this zip again and compresses every part once.
  const written = Buffer.from(
    await book.wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions),
  );
  const packaged = await finishPackage({
    written,
    original: book.original,
    managed: rendered.managed,
    charts: rendered.charts,
    sheetData: rendered.sheetData,
  });
  const problems = [...rendered.problems, ...packaged.problems];
  return {
    buffer: hasErrors(problems) ? undefined : packaged.buffer,
    problems,
    sheets: rendered.managed,
    charts: rendered.charts.length,
  };
}

/** Write bytes atomically: a temp file beside the target, then a rename. */
export async function writeFileAtomic(file: string, data: Buffer): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await fs.promises.writeFile(tmp, data);
  await fs.promises.rename(tmp, file);
}
