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
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { Grid } from "../../core/grid";
import { hasErrors, problem, type Problem } from "../../core/problem";
import type { SheetPlan } from "../../core/layout/sheet-plan";
import { packageGrids } from "./read-grids";
import { recognise } from "./recognise";
import { resolveWrites } from "../../core/write";
import { renderPlans } from "./render";
import { workbookState } from "./state";
import { finishPackage } from "./package";

export { writeFileAtomic, FileError } from "./write-file";

export interface OpenWorkbook {
  file: string;
  /** The file's bytes as read: every part not in Renaksi's named list is carried from here. */
  original: Buffer;
  /** The package as read (jszip). */
  zip: JSZip;
  /** The package declares macros (.xlsm content). */
  macros: boolean;
  grids: Grid[];
}

/** A user mistake (missing file, wrong format): reported with its problems, never a stack trace. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.messageEn).join("; "));
    this.name = "InputError";
  }
}

/** Open the bytes of a workbook: recognised by content, read into Grids without a library model. */
export async function loadWorkbook(
  original: Buffer,
  file = "workbook.xlsx",
): Promise<OpenWorkbook> {
  const r = await recognise(original, file);
  if (r.kind === "refused") throw new InputError(r.problems);
  let grids: Grid[];
  try {
    grids = await packageGrids(r.zip);
  } catch (e) {
    throw new InputError([
      problem(
        "error",
        "cli.unreadable",
        `${file}: isi lembar kerja tidak dapat dibaca (${(e as Error).message})`,
        `${file}: the sheets' content cannot be read (${(e as Error).message})`,
      ),
    ]);
  }
  return { file, original, zip: r.zip, macros: r.macros, grids };
}

export async function openWorkbook(file: string): Promise<OpenWorkbook> {
  let original: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory())
      throw new InputError([
        problem(
          "error",
          "cli.notFound",
          `${file}: ini sebuah folder, bukan berkas .xlsx`,
          `${file}: this is a folder, not an .xlsx file`,
        ),
      ]);
    original = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
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

/** exceljs, loaded on first use (0.3 s): reading a workbook does not need it. */
function exceljs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("exceljs") as typeof ExcelJS;
}

/** The exceljs model of the user's workbook, only for the writer (summary never loads exceljs). */
async function excelModel(original: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const wb = new (exceljs().Workbook)();
  try {
    await wb.xlsx.load(original as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError([
      problem(
        "error",
        "cli.unreadable",
        `${file}: buku kerja tidak dapat dibuka untuk ditulis (${(e as Error).message}); tidak ada yang ditulis`,
        `${file}: the workbook cannot be opened for writing (${(e as Error).message}); nothing was written`,
      ),
    ]);
  }
  return wb;
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
  input: { wb?: ExcelJS.Workbook; original?: Buffer; file?: string },
  plans: readonly SheetPlan[],
): Promise<BuiltWorkbook> {
  const book = {
    original: input.original,
    wb:
      input.wb ??
      (input.original
        ? await excelModel(input.original, input.file ?? "workbook.xlsx")
        : new (exceljs().Workbook)()),
  };
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
