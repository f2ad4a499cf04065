import { MANAGED_SHEETS, MARKER_PREFIX } from "../../../core/api/types";
import type { CellValue, Grid } from "../../../core/grid";
import type { Cell, RangePort, SheetPort, SpreadsheetAppPort, SpreadsheetPort } from "./ports";

/**
 * Reads the workbook the way every Renaksi command needs it: one `getValues()` per sheet (its data
 * range), never a per-cell call. Cost: getActiveSpreadsheet + getSheets + getName per sheet +
 * (getDataRange + getValues) per sheet read.
 *
 * @example
 *   const wb = readWorkbookGrids(SpreadsheetApp, "workbook");
 *   fill(wb.grids) // core decides; the adapter only moves cells
 */
/** "names" reads no values (the template only needs the sheet names). */
export type ReadScope = "workbook" | "active" | "names";

export interface SheetEntry {
  sheet: SheetPort;
  name: string;
  /** Set when the sheet's values were read. */
  range?: RangePort;
  values?: CellValue[][];
  /** A1 starts with MARKER_PREFIX: Renaksi made this sheet. */
  managed: boolean;
}

export interface WorkbookSnapshot {
  ss: SpreadsheetPort;
  sheets: SheetEntry[];
  /** What core reads: the user's sheets in scope plus the managed sheets (for kept entries). */
  grids: Grid[];
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

export function readWorkbookGrids(
  app: SpreadsheetAppPort,
  scope: ReadScope = "workbook",
): WorkbookSnapshot {
  const ss = app.getActiveSpreadsheet();
  const sheets = ss.getSheets();
  const activeName = scope === "active" ? ss.getActiveSheet().getName() : undefined;
  const entries: SheetEntry[] = [];
  const grids: Grid[] = [];
  for (const sheet of sheets) {
    const name = sheet.getName();
    const entry: SheetEntry = { sheet, name, managed: false };
    entries.push(entry);
    const inScope =
      scope === "workbook" ||
      (scope === "active" && (name === activeName || MANAGED_NAMES.includes(name)));
    if (!inScope) continue;
    const range = sheet.getDataRange();
    const values = range.getValues().map((row) => row.map(toCellValue));
    entry.range = range;
    entry.values = values;
    entry.managed = isManaged(values);
    grids.push({ sheet: name, origin: { row: 1, col: 1 }, values });
  }
  return { ss, sheets: entries, grids };
}
