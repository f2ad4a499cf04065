/**
 * The .xlsx host in three calls: open a file (recognised by content, read into Grids from its XML),
 * carry out plans by editing its package (edit.ts), and write the bytes (write-file.ts), or return
 * the problems that forbid writing.
 *
 * @example
 *   const book = await openWorkbook("klungkung.xlsx");
 *   const out = await buildWorkbook(book, result.plans);
 *   if (!hasErrors(out.problems)) await fs.promises.writeFile("out.xlsx", out.buffer);
 */
import * as fs from "node:fs";
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { type Grid, hasErrors, problem, type Problem, type SheetPlan } from "../../core";
import { packageGrids } from "./read-grids";
import { recognise } from "./recognise";
import { editPackage } from "./edit";

import { InputError } from "./errors";

export { writeFileAtomic } from "./write-file";
export { FileError, InputError } from "./errors";

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

export interface BuiltWorkbook {
  /** Undefined when a problem forbids writing. */
  buffer?: Buffer;
  problems: Problem[];
  /** Sheets written (rebuilt or added). */
  sheets: string[];
  charts: number;
}

/**
 * Carry out `plans` on the workbook by editing its package (edit.ts); nothing is written to disk
 * here. Input: an opened workbook (its bytes), or nothing for a new workbook. `wb` (an exceljs
 * workbook) is accepted for tests that build a user's workbook with exceljs: it is saved once and
 * read back like any file. When a problem is an error, `buffer` is undefined.
 */
export async function buildWorkbook(
  input: { original?: Buffer; grids?: Grid[]; file?: string; wb?: ExcelJS.Workbook },
  plans: readonly SheetPlan[],
): Promise<BuiltWorkbook> {
  let original = input.original;
  if (!original && input.wb) original = Buffer.from(await input.wb.xlsx.writeBuffer());
  // A fresh zip of the original (the caller's opened workbook is never mutated); its sheets are
  // read again only when the caller has no grids.
  const file = input.file ?? "workbook.xlsx";
  let zip: JSZip | null = null;
  let grids = input.grids;
  if (original && grids) {
    const r = await recognise(original, file);
    if (r.kind === "refused") throw new InputError(r.problems);
    zip = r.zip;
  } else if (original) {
    const book = await loadWorkbook(original, file);
    zip = book.zip;
    grids = book.grids;
  }
  const edited = await editPackage(zip, grids ?? [], plans);
  return {
    buffer: hasErrors(edited.problems) ? undefined : edited.buffer,
    problems: edited.problems,
    sheets: edited.sheets,
    charts: edited.charts,
  };
}
