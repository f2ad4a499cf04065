/**
 * exceljs workbook -> the core's Grid[]: one rectangle per sheet covering its used cells, with the
 * same conventions as Office.js `range.values` and SpreadsheetApp `getValues()`:
 * - a merged area's value sits in its top-left cell, the other cells are null;
 * - a formula cell gives its cached result (null when the file has none);
 * - rich text is flattened to its plain text, hyperlinks to their text, errors to "#N/A" etc.;
 * - dates become Excel serial numbers (days since 1899-12-30), as Office.js returns them.
 *
 * @example
 *   const grids = workbookGrids(wb); // [{ sheet: "Matriks", origin: { row: 3, col: 2 }, values: [...] }]
 */
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../core/grid";

/** exceljs ValueType.Formula (the enum is not importable as a type-only import). */
const FORMULA = 6;
const MS_PER_DAY = 86_400_000;
/** 1899-12-30 in Unix days: serial 25569 = 1970-01-01. */
const EPOCH_SERIAL = 25_569;

/** Excel serial number of a Date (exceljs dates are UTC). */
export function dateSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_SERIAL;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join("");
}

/** One exceljs cell value as a plain CellValue. */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateSerial(v);
  if (typeof v !== "object") return null;
  if ("richText" in v && Array.isArray(v.richText)) return richText(v);
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as { result?: ExcelJS.CellValue }).result;
    return r === undefined ? null : plainValue(r);
  }
  if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  if ("text" in v) {
    const text = (v as { text: unknown }).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text)
      return richText(text as { richText: { text: string }[] });
    return null;
  }
  return null;
}

/** The used rectangle of one worksheet as a Grid (null when the sheet has no value at all). */
export function worksheetGrid(ws: ExcelJS.Worksheet): Grid | null {
  const cells: { r: number; c: number; v: CellValue }[] = [];
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      // exceljs's `value` getter drops a formula's falsy result (0, false, ""): read `result`.
      const v =
        cell.type === FORMULA
          ? plainValue((cell.result ?? null) as ExcelJS.CellValue)
          : plainValue(cell.value);
      if (v === null || v === "") return;
      cells.push({ r, c, v });
      if (r < r0) r0 = r;
      if (c < c0) c0 = c;
      if (r > r1) r1 = r;
      if (c > c1) c1 = c;
    });
  });
  if (cells.length === 0) return null;
  const values: CellValue[][] = Array.from({ length: r1 - r0 + 1 }, () =>
    new Array<CellValue>(c1 - c0 + 1).fill(null),
  );
  for (const x of cells) values[x.r - r0][x.c - c0] = x.v;
  return { sheet: ws.name, origin: { row: r0, col: c0 }, values };
}

/** Every non-empty sheet of the workbook, in tab order. */
export function workbookGrids(wb: ExcelJS.Workbook): Grid[] {
  const out: Grid[] = [];
  for (const ws of wb.worksheets) {
    const g = worksheetGrid(ws);
    if (g) out.push(g);
  }
  return out;
}
