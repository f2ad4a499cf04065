import { MANAGED_SHEETS, MARKER_PREFIX } from "../../../core/api/types";
import type { CellValue, Grid } from "../../../core/grid";
import type { Cell, SheetPort, SpreadsheetAppPort, SpreadsheetPort } from "./ports";

/**
 * Reads the workbook the way every Renaksi command needs it: one `getSheetValues(1, 1, -1, -1)`
 * per sheet (-1 = up to the last row / column holding data), never a per-cell call. Cost:
 * getActiveSpreadsheet + getSheets + (getName + getSheetValues) per sheet read; a sheet whose
 * values cannot be fetched that way (an empty sheet) falls back to getDataRange().getValues().
 *
 * @example
 *   const wb = readWorkbookGrids(SpreadsheetApp, "workbook");
 *   fill(wb.grids) // core decides; the adapter only moves cells
 */
/**
 * "names" reads the sheet names only; "none" reads nothing but the spreadsheet and answers
 * `isTaken(name)` with one getSheetByName per asked name (the template's fresh sheet name).
 */
export type ReadScope = "workbook" | "active" | "names" | "none";

export interface SheetEntry {
  sheet: SheetPort;
  name: string;
  /** Set when the sheet's values were read. */
  values?: CellValue[][];
  /** Rows x columns of the values read (A1 to the last cell with data), when read. */
  extent?: { rows: number; cols: number };
  /** A1 starts with MARKER_PREFIX: Renaksi made this sheet. */
  managed: boolean;
}

export interface WorkbookSnapshot {
  ss: SpreadsheetPort;
  sheets: SheetEntry[];
  /** What core reads: the user's sheets in scope plus the managed sheets (for kept entries). */
  grids: Grid[];
  /** True when a sheet of that name exists (answered from `sheets` unless the scope is "none"). */
  isTaken(name: string): boolean;
}

const MANAGED_NAMES: readonly string[] = Object.values(MANAGED_SHEETS);

/** An Apps Script cell value as core's CellValue: "" -> null, dates -> "YYYY-MM-DD". */
export function toCellValue(v: Cell | undefined): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "object") return String(v);
  return v;
}

function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** True when a sheet's first cell carries the Renaksi marker. */
export function isManaged(values: readonly (readonly CellValue[])[] | undefined): boolean {
  const a1 = values?.[0]?.[0];
  return typeof a1 === "string" && a1.startsWith(MARKER_PREFIX);
}

/** A sheet's values from A1 to its last cell with data, in one call (two for an empty sheet). */
export function readSheetValues(sheet: SheetPort): Cell[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    // An empty sheet has no last row: -1 has nothing to stand for. getDataRange() is A1 there
    // (and re-throws a genuine failure).
    return sheet.getDataRange().getValues();
  }
}

export function readWorkbookGrids(
  app: SpreadsheetAppPort,
  scope: ReadScope = "workbook",
): WorkbookSnapshot {
  const ss = app.getActiveSpreadsheet();
  const entries: SheetEntry[] = [];
  const grids: Grid[] = [];
  if (scope === "none") {
    const known = new Map<string, boolean>();
    const isTaken = (name: string): boolean => {
      if (entries.some((e) => e.name === name)) return true; // inserted by this command
      let taken = known.get(name);
      if (taken === undefined) {
        taken = ss.getSheetByName(name) !== null;
        known.set(name, taken);
      }
      return taken;
    };
    return { ss, sheets: entries, grids, isTaken };
  }
  const sheets = ss.getSheets();
  const activeName = scope === "active" ? ss.getActiveSheet().getName() : undefined;
  for (const sheet of sheets) {
    const name = sheet.getName();
    const entry: SheetEntry = { sheet, name, managed: false };
    entries.push(entry);
    const inScope =
      scope === "workbook" ||
      (scope === "active" && (name === activeName || MANAGED_NAMES.includes(name)));
    if (!inScope) continue;
    const values = readSheetValues(sheet).map((row) => row.map(toCellValue));
    entry.values = values;
    entry.extent = { rows: values.length, cols: values[0]?.length ?? 0 };
    entry.managed = isManaged(values);
    grids.push({ sheet: name, origin: { row: 1, col: 1 }, values });
  }
  return { ss, sheets: entries, grids, isTaken: (n) => entries.some((e) => e.name === n) };
}
