import type { CellValue } from "../grid";

/**
 * A SheetPlan is a host-neutral description of what to write on one sheet: cells (values or live
 * formulas in invariant English), number formats, styles, merges, data-validation lists,
 * conditional formats and charts. Excel (Office.js), Google Sheets (SpreadsheetApp) and .xlsx
 * (exceljs) render the same plan; the hosts only move cells.
 *
 * Coordinates are absolute and 1-based on the target sheet. Formulas start with "=" and use
 * invariant English function names and "," separators (`=AVERAGE(D5:D10)`); the .xlsx writer adds
 * `_xlfn.` where the file format needs it. Number formats are invariant too ("0.00", "0%"): Excel
 * and Sheets show them with the user's locale, so an Indonesian sheet shows `3,17`.
 *
 * @example
 *   { sheet: "Hasil Renaksi", mode: "replace", cells: [{ row: 1, col: 1, value: "RENAKSI" }], ... }
 */
export type PlanMode =
  /** A sheet Renaksi owns: cleared (values, formats, validations, CFs, its own charts) and rewritten. */
  | "replace"
  /** A new sheet; if the name is taken the host appends " (2)", " (3)", ... */
  | "new"
  /** Decorate an existing user sheet: only the validations / conditional formats listed; no values. */
  | "overlay";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fill?: string;
  /** "#RRGGBB" */
  fontColor?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Indent level (0..n), used for the program tree. */
  indent?: number;
}

export interface PlannedCell {
  row: number;
  col: number;
  /** A plain value. Exactly one of value / formula is set. */
  value?: CellValue;
  /** A live formula starting with "=", invariant English. */
  formula?: string;
  /** What the core computed for this formula cell: used by tests and the real-engine check. */
  expected?: CellValue;
  numberFormat?: string;
  style?: CellStyle;
  /** A short note (comment) attached to the cell. */
  note?: string;
  /**
   * The user's cell or range this managed cell shows ("Asesmen!D5", "Matriks!C5:F5"): a warning
   * at a cell inside it marks this cell in place (layout/flags.ts). Hosts do not write it.
   */
  source?: string;
}

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type Merge = RangeRef;

export interface ValidationSpec {
  range: RangeRef;
  /** Allowed values, shown as a dropdown. */
  list: string[];
  allowBlank: boolean;
  /** Indonesian / English message shown on invalid input. */
  message: string;
}

export type ConditionalRule =
  | {
      type: "cellIs";
      operator:
        "lessThan" | "lessThanOrEqual" | "greaterThan" | "greaterThanOrEqual" | "between" | "equal";
      /** One value, or two for "between". */
      values: number[];
      fill: string;
      fontColor?: string;
    }
  | { type: "textEquals"; text: string; fill: string; fontColor?: string }
  | { type: "notBlank"; fill: string; fontColor?: string };

export interface ConditionalFormatSpec {
  range: RangeRef;
  /** Evaluated in order; the first that matches wins. */
  rules: ConditionalRule[];
  /** Requirement this needs in Excel ("ExcelApi 1.6"): hosts that lack it skip it with a note. */
}

export interface ChartSeriesSpec {
  /** Series name (a literal). */
  name: string;
  /** Values range on the plan's sheet. */
  values: RangeRef;
}

export interface ChartSpec {
  /** Stable id: a chart with this id made by Renaksi is replaced, never duplicated. */
  id: string;
  type: "bar" | "column";
  title: string;
  /** Category labels range on the plan's sheet (aspect names, ordered by priority). */
  categories: RangeRef;
  series: ChartSeriesSpec[];
  /** Series are laid out in columns (set explicitly: Excel on the web swaps them otherwise). */
  seriesBy: "columns";
  /** Top-left cell and size in cells. */
  anchor: { row: number; col: number; widthCols: number; heightRows: number };
  /** Value axis bounds (the 1-4 scale; 0..1 for a share shown as 0%..100%). */
  axisMin?: number;
  axisMax?: number;
  /** Distance between the value axis gridlines (0.5 on the 1-4 scale, 0.2 on 0%..100%). */
  majorUnit?: number;
  /**
   * Number format of the value axis ("0%": a 0..1 share reads 0%..100%; "0.0" on the 1-4 scale).
   * Excel sets it with ChartAxis.numberFormat (ExcelApi 1.8), Sheets with `vAxis.format` /
   * `hAxis.format`, the .xlsx writer with `<c:numFmt>` on `<c:valAx>`. Default: the host's own.
   *
   * @example { type: "bar", axisMin: 0, axisMax: 1, valueFormat: "0%" }
   */
  valueFormat?: string;
  /** Number format of the value labels on the bars, where the host shows them (the .xlsx chart). */
  labelFormat?: string;
}

/**
 * How a managed sheet prints (issue 11: report-ready output). Every host that can set page setup
 * carries it out: Excel (pageLayout, ExcelApi 1.9; older Excel skips it with a note), the .xlsx
 * writer (pageSetup / printOptions / rowBreaks / _xlnm.Print_Area and _xlnm.Print_Titles). Google
 * Sheets has no page-setup API in SpreadsheetApp: it skips it with a visible note.
 *
 * @example { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { first: 3, last: 4 } }
 */
export interface PageSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Fit all columns on one page width; height runs over as many pages as needed. */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  titleRows?: { first: number; last: number };
  /** The printed range; default: the used range. */
  printArea?: RangeRef;
  /** A page break is placed before each of these rows (1-based), so no table or chart is cut. */
  breaksBefore?: number[];
}

/**
 * A rectangle of blank cells that share one style: the Monev sheet's bordered input cells nobody
 * has typed in and its Rencana cells where nothing is planned (10,000 activities x 8 semesters:
 * up to 480,000 cells), without an object per cell. A cell of `cells` at the same address wins.
 */
export interface BlankRange {
  range: RangeRef;
  style: CellStyle;
  numberFormat?: string;
}

export interface SheetPlan {
  sheet: string;
  mode: PlanMode;
  /** Text written in the marker cell so a host can tell a Renaksi-made sheet from a user's sheet. */
  marker?: { row: number; col: number; text: string };
  cells: PlannedCell[];
  /**
   * Blank styled cells by rectangle (see BlankRange): hosts write them as blank cells with that
   * style. `planCells` gives them as planned cells for a host that wants one object per cell.
   */
  blanks?: BlankRange[];
  merges: Merge[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  /** Column widths in characters; `hidden` hides a helper column (the chart's order). */
  columnWidths: { col: number; width: number; hidden?: boolean }[];
  frozen?: { rows: number; cols: number };
  /** Cell ranges that hold the user's own input inside a managed sheet (kept across re-runs). */
  inputRanges?: RangeRef[];
  /** Page setup for printing (managed sheets only). */
  page?: PageSetup;
}

export function emptyPlan(sheet: string, mode: PlanMode): SheetPlan {
  return {
    sheet,
    mode,
    cells: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: [],
  };
}

/**
 * Every cell of a plan as a PlannedCell: `cells`, then the cells of its `blanks` that no planned
 * cell (nor an earlier blank range) holds, as { value: "", style } row by row. The same list as
 * when the layout wrote each blank cell itself; the plan's own `cells` when it has no blanks.
 *
 * @example planCells({ ...plan, blanks: [{ range: { row: 9, col: 8, rows: 2, cols: 1 }, style: INPUT }] })
 *   // plan.cells, then H9 and H10 (unless a planned cell is there) as { value: "", style: INPUT }
 */
export function planCells(plan: Pick<SheetPlan, "cells" | "blanks">): PlannedCell[] {
  if (!plan.blanks || plan.blanks.length === 0) return plan.cells;
  const out = [...plan.cells];
  eachBlank(plan, (row, col, b) =>
    out.push(
      b.numberFormat === undefined
        ? { row, col, value: "", style: b.style }
        : { row, col, value: "", style: b.style, numberFormat: b.numberFormat },
    ),
  );
  return out;
}

/** How many cells a plan writes (planCells(plan).length), without building them. */
export function planCellCount(plan: Pick<SheetPlan, "cells" | "blanks">): number {
  let n = plan.cells.length;
  eachBlank(plan, () => n++);
  return n;
}

const inside = (r: RangeRef, row: number, col: number): boolean =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
const overlaps = (a: RangeRef, b: RangeRef): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

/**
 * Each free cell of the plan's blank ranges, range by range, row by row: a cell is free when no
 * planned cell and no earlier blank range holds it. One mask per range (one byte a cell).
 */
export function eachBlank(
  plan: Pick<SheetPlan, "cells" | "blanks">,
  visit: (row: number, col: number, blank: BlankRange) => void,
): void {
  const blanks = plan.blanks ?? [];
  if (blanks.length === 0) return;
  const masks = blanks.map((b) => new Uint8Array(b.range.rows * b.range.cols));
  // The planned cells outside every blank range's columns (most of them) cost one comparison.
  let c0 = Infinity;
  let c1 = 0;
  for (const b of blanks) {
    c0 = Math.min(c0, b.range.col);
    c1 = Math.max(c1, b.range.col + b.range.cols - 1);
  }
  for (const cell of plan.cells) {
    if (cell.col < c0 || cell.col > c1) continue;
    blanks.forEach((b, j) => {
      if (inside(b.range, cell.row, cell.col))
        masks[j][(cell.row - b.range.row) * b.range.cols + (cell.col - b.range.col)] = 1;
    });
  }
  blanks.forEach((b, j) => {
    const { row, col, rows, cols } = b.range;
    // The earlier ranges this one overlaps (none in the Monev sheet's layout).
    const earlier = blanks.slice(0, j).filter((e) => overlaps(e.range, b.range));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (masks[j][r * cols + c] === 1) continue;
        if (earlier.length > 0 && earlier.some((e) => inside(e.range, row + r, col + c))) continue;
        visit(row + r, col + c, b);
      }
    }
  });
}

/**
 * The rectangle of a list of planned cells: [first row, first column, last row, last column]
 * ([Infinity, Infinity, 0, 0] when empty). Worked out once per list (page setup, the write
 * range and planToGrid all ask, 500,000 cells on a Monev sheet of 10,000 activities); a list
 * that has grown since is measured again.
 */
export function cellBounds(cells: readonly PlannedCell[]): [number, number, number, number] {
  const memo = bounds.get(cells);
  if (memo && memo.length === cells.length) return memo.box;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  for (let i = 0; i < cells.length; i++) {
    const { row, col } = cells[i];
    if (row < r0) r0 = row;
    if (row > r1) r1 = row;
    if (col < c0) c0 = col;
    if (col > c1) c1 = col;
  }
  const box: [number, number, number, number] = [r0, c0, r1, c1];
  bounds.set(cells, { length: cells.length, box });
  return box;
}

const bounds = new WeakMap<
  readonly PlannedCell[],
  { length: number; box: [number, number, number, number] }
>();

/** The last row and column a plan's cells and blank ranges reach. */
export function planExtent(plan: Pick<SheetPlan, "cells" | "blanks">): {
  rows: number;
  cols: number;
} {
  const [, , r1, c1] = cellBounds(plan.cells);
  let rows = r1;
  let cols = c1;
  for (const b of plan.blanks ?? []) {
    rows = Math.max(rows, b.range.row + b.range.rows - 1);
    cols = Math.max(cols, b.range.col + b.range.cols - 1);
  }
  return { rows, cols };
}

/**
 * The plan with its blank ranges written out as cells (planCells), for a host that works cell by
 * cell (Excel's and Sheets' adapters build their arrays from `cells`); the plan itself when it has
 * none.
 */
export function expandBlanks(plan: SheetPlan): SheetPlan {
  if (!plan.blanks || plan.blanks.length === 0) return plan;
  const { blanks: _blanks, ...rest } = plan;
  return { ...rest, cells: planCells(plan) };
}
