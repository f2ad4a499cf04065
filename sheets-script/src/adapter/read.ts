import {
  type CellValue,
  type Grid,
  isManagedMarker,
  MANAGED_SHEETS,
  sameSheetName,
  type SheetState,
  type WorkbookState,
} from "../../../core";
import type {
  Cell,
  EmbeddedChartLike,
  SheetPort,
  SpreadsheetAppPort,
  SpreadsheetPort,
} from "./ports";

/**
 * Reads the workbook the way every Renaksi command needs it: one `getSheetValues(1, 1, -1, -1)`
 * per sheet (-1 = up to the last row / column holding data), never a per-cell call. Cost:
 * getActiveSpreadsheet + getSheets + (getName + getSheetValues) per sheet read; a sheet whose
 * values cannot be fetched that way (an empty sheet) falls back to getDataRange().getValues().
 * A sheet whose A1 carries the marker (a Renaksi sheet the write contract may rebuild) also
 * answers isSheetHidden, getImages (+ each image's alt-text title) and getCharts (+ each chart's
 * title), so core can decide what goes.
 *
 * @example
 *   const wb = readWorkbookGrids(SpreadsheetApp, "workbook");
 *   fill(wb.grids) // core decides; the adapter only moves cells
 */
/** "names" reads the sheet names only (the template's fresh name, compared without case). */
export type ReadScope = "workbook" | "active" | "names";

export interface SheetEntry extends SheetState {
  sheet: SheetPort;
  /** Set when the sheet's values were read. */
  values?: CellValue[][];
  /** Rows x columns of the values read (A1 to the last cell with data), when read. */
  extent?: { rows: number; cols: number };
  /** The chart objects behind `charts` (same order), for removeChart. */
  chartObjects: EmbeddedChartLike[];
}

export interface WorkbookSnapshot extends WorkbookState {
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

/** Visibility, charts and images of a Renaksi sheet: what the contract needs to rebuild it. */
function readManagedExtras(entry: SheetEntry): void {
  entry.visible = !entry.sheet.isSheetHidden();
  entry.objects = entry.sheet.getImages().map((img) => img.getAltTextTitle() || "image");
  entry.chartObjects = entry.sheet.getCharts();
  entry.charts = entry.chartObjects.map((c) => {
    const title = c.getOptions().get("title");
    return typeof title === "string" ? { title } : {};
  });
}

export function readWorkbookGrids(
  app: SpreadsheetAppPort,
  scope: ReadScope = "workbook",
): WorkbookSnapshot {
  const ss = app.getActiveSpreadsheet();
  const entries: SheetEntry[] = [];
  const grids: Grid[] = [];
  const sheets = ss.getSheets();
  const activeName = scope === "active" ? ss.getActiveSheet().getName() : undefined;
  for (const sheet of sheets) {
    const name = sheet.getName();
    const entry: SheetEntry = {
      sheet,
      name,
      a1: null,
      visible: true,
      charts: [],
      objects: [],
      chartObjects: [],
    };
    entries.push(entry);
    const inScope =
      scope === "workbook" ||
      (scope === "active" &&
        (name === activeName || MANAGED_NAMES.some((m) => sameSheetName(m, name))));
    if (!inScope) continue;
    const values = readSheetValues(sheet).map((row) => row.map(toCellValue));
    entry.values = values;
    entry.extent = { rows: values.length, cols: values[0]?.length ?? 0 };
    entry.a1 = values[0]?.[0] ?? null;
    if (isManagedMarker(entry.a1)) readManagedExtras(entry);
    grids.push({ sheet: name, origin: { row: 1, col: 1 }, values });
  }
  return { ss, sheets: entries, grids };
}
