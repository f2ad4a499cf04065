/**
 * The Office.js adapter: reads the workbook as Grids and renders the core's SheetPlans. It holds no
 * domain logic: what to write comes from core, this file only moves cells.
 *
 * What goes where is decided by core's write contract (`resolveWrites`): which sheet is Renaksi's,
 * the refusals, the new sheet's name, the charts to delete, what each cell is. This file executes.
 *
 * Round trips: `queueRead` queues every load of a command (sheet list, used ranges, A1 markers,
 * existing charts) for ONE `context.sync()`; `queueRender` queues every write for ONE more. Nothing
 * here calls `sync` itself, so a command is at most two round trips whatever the size of the sheet.
 *
 * @example
 *   await Excel.run(async (context) => {
 *     const snap = queueRead(context);
 *     await context.sync();
 *     const wb = snap();                               // { sheets, active, grids }
 *     const resolved = resolveWrites(wb, plans);       // core decides; refused -> write nothing
 *     queueRender(context, resolved, features);
 *     await context.sync();
 *   });
 */
import {
  colLetter,
  expandBlanks,
  quoteSheet,
  rangeA1,
  type CellValue,
  type Grid,
  fillPlaceholders,
  mergeRuns,
  type ChartSpec,
  type ConditionalRule,
  type PlannedCell,
  type RangeRef,
  type SheetPlan,
  isManagedMarker,
  problem,
  type Problem,
  cellKind,
  type ChartDeletion,
  type ResolvedWrites,
  type SheetState,
  type SheetWrite,
  type WorkbookState,
} from "../../core";
import { t, type LabelKey } from "./labels";
import type { Features } from "./features";
import { PAGE_MARGINS } from "../../core/index";

export interface WorkbookSnapshot extends WorkbookState {
  sheets: SheetState[];
  /** Name of the active sheet. */
  active: string;
  /** Used range of every sheet read (empty sheets are left out). */
  grids: Grid[];
  /** True when the workbook had more sheets than `maxSheets`. */
  truncated: boolean;
}

/** The most sheets one read walks (the sheet chain is queued without knowing the count). */
export const MAX_SHEETS = 60;

const addr = (row: number, col: number): string => `${colLetter(col)}${row}`;

/** "B3:F9" (or "B3") for a rectangle: core's one A1-range helper. */
export const rangeAddress = rangeA1;

/** Office returns "" for an empty cell; a Grid holds null. */
function normaliseValues(values: unknown[][]): CellValue[][] {
  return values.map((row) =>
    row.map((v) => {
      if (v === "" || v === undefined || v === null) return null;
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
      return String(v);
    }),
  );
}

/** A1 as read: the grid's first value when the used range starts at A1. */
function a1Of(grid: Grid | undefined): CellValue {
  return grid && grid.origin.row === 1 && grid.origin.col === 1
    ? (grid.values[0]?.[0] ?? null)
    : null;
}

function sheetState(
  ws: Excel.Worksheet,
  grid: Grid | undefined,
  charts: Excel.ChartCollection,
  shapes: Excel.ShapeCollection | null,
): SheetState {
  return {
    name: ws.name,
    a1: a1Of(grid),
    visible: ws.visibility === "Visible",
    charts: charts.items.map((c) => ({ name: c.name })),
    objects: shapes ? shapes.items.map((x) => x.name) : [],
  };
}

/** The sheet's drawn objects, loaded in the same batch (ExcelApi 1.9; older Excel sees none). */
function loadShapes(ws: Excel.Worksheet, withShapes: boolean): Excel.ShapeCollection | null {
  if (!withShapes) return null;
  const shapes = ws.shapes;
  shapes.load("items/name");
  return shapes;
}

interface ChainEntry {
  ws: Excel.Worksheet;
  used: Excel.Range;
  charts: Excel.ChartCollection;
  shapes: Excel.ShapeCollection | null;
}

/**
 * Queue the loads for the whole workbook; call the returned function after the next sync. The
 * sheets are walked with `getFirst()` / `getNextOrNullObject()` so their used ranges load in the
 * same round trip as the sheet list.
 */
export function queueRead(
  context: Excel.RequestContext,
  opts: { values?: boolean; maxSheets?: number; shapes?: boolean } = {},
): () => WorkbookSnapshot {
  const maxSheets = opts.maxSheets ?? MAX_SHEETS;
  const withValues = opts.values ?? true;
  const entries: ChainEntry[] = [];
  let ws: Excel.Worksheet = context.workbook.worksheets.getFirst();
  for (let i = 0; i < maxSheets + 1; i++) {
    if (i > 0) ws = ws.getNextOrNullObject();
    ws.load("name,visibility");
    // Without values, A1 alone tells a Renaksi sheet (its marker) from a user's sheet.
    const used = withValues ? ws.getUsedRangeOrNullObject(true) : ws.getRange("A1");
    used.load(withValues ? "values,rowIndex,columnIndex" : "values");
    // `charts` is a navigation to the sheet's collection, not a read of a loaded property; the
    // rule cannot tell the two apart on a proxy that has a load queued.
    // eslint-disable-next-line office-addins/call-sync-before-read
    const charts = ws.charts;
    charts.load("items/name");
    entries.push({ ws, used, charts, shapes: loadShapes(ws, opts.shapes ?? false) });
  }
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  return () => {
    const sheets: SheetState[] = [];
    const grids: Grid[] = [];
    let truncated = false;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.ws.isNullObject) break;
      if (i === maxSheets) {
        truncated = true;
        break;
      }
      const grid: Grid | undefined = !withValues
        ? { sheet: e.ws.name, origin: { row: 1, col: 1 }, values: normaliseValues(e.used.values) }
        : e.used.isNullObject
          ? undefined
          : {
              sheet: e.ws.name,
              origin: { row: e.used.rowIndex + 1, col: e.used.columnIndex + 1 },
              values: normaliseValues(e.used.values as unknown[][]),
            };
      if (grid && withValues) grids.push(grid);
      sheets.push(sheetState(e.ws, grid, e.charts, e.shapes));
    }
    // Read after the caller's sync (the rule cannot see through the returned closure).
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    return { sheets, active: active.name, grids, truncated };
  };
}

/**
 * The same snapshot in two round trips (sheet list, then the sheets), for an Excel that refuses
 * the one-step walk. Used only as a fallback: a command then makes three syncs.
 */
export async function readByNames(
  context: Excel.RequestContext,
  opts: { maxSheets?: number; orNullObject?: boolean; shapes?: boolean } = {},
): Promise<WorkbookSnapshot> {
  const maxSheets = opts.maxSheets ?? MAX_SHEETS;
  // getUsedRangeOrNullObject is ExcelApi 1.4; Office 2016 (1.1) has only getUsedRange, which
  // gives A1 on an empty sheet.
  const orNull = opts.orNullObject ?? true;
  const coll = context.workbook.worksheets;
  coll.load("items/name,items/visibility");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const list = coll.items.slice(0, maxSheets);
  const entries = list.map((ws) => {
    const used = orNull ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange();
    used.load("values,rowIndex,columnIndex");
    const charts = ws.charts;
    charts.load("items/name");
    return { ws, used, charts, shapes: loadShapes(ws, opts.shapes ?? false) };
  });
  await context.sync();
  const grids: Grid[] = [];
  const sheets: SheetState[] = entries.map((e) => {
    const values =
      orNull && e.used.isNullObject ? [] : normaliseValues(e.used.values as unknown[][]);
    const grid: Grid | undefined = values.some((row) => row.some((v) => v !== null))
      ? {
          sheet: e.ws.name,
          origin: { row: e.used.rowIndex + 1, col: e.used.columnIndex + 1 },
          values,
        }
      : undefined;
    if (grid) grids.push(grid);
    return sheetState(e.ws, grid, e.charts, e.shapes);
  });
  // `active` was loaded before the first of the two syncs above.
  return { sheets, active: active.name, grids, truncated: coll.items.length > maxSheets };
}

/** The grids a command reads: the whole workbook, or the active sheet plus Renaksi's own sheets. */
export function gridsInScope(wb: WorkbookSnapshot, scope: "active" | "workbook"): Grid[] {
  if (scope === "workbook") return wb.grids;
  const ours = new Set(wb.sheets.filter((s) => isManagedMarker(s.a1)).map((s) => s.name));
  return wb.grids.filter((g) => g.sheet === wb.active || ours.has(g.sheet));
}

/** A Problem built from two labels of the dictionary with placeholders filled. */
export function labelProblem(
  severity: "error" | "warning",
  key: LabelKey,
  args: Record<string, string | number>,
  cell?: string,
): Problem {
  return problem(
    severity,
    key,
    fillPlaceholders(t(key, "id"), args),
    fillPlaceholders(t(key, "en"), args),
    cell,
  );
}

/** What one sheet received. */
export interface WrittenSheet {
  sheet: string;
  mode: SheetPlan["mode"];
  address: string;
  cells: number;
  formulas: number;
  validations: number;
  conditionalFormats: number;
  charts: number;
  merges: number;
}

export interface RenderReport {
  written: WrittenSheet[];
  /** Features skipped on this Excel, as warnings naming the sheet. */
  notes: Problem[];
}

const CF_OPERATOR: Record<Extract<ConditionalRule, { type: "cellIs" }>["operator"], string> = {
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  between: "Between",
  equal: "EqualTo",
};

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/**
 * The value written for one planned cell, by the kind core gave it: a formula as is, text with a
 * leading apostrophe (Excel then keeps it as the text it is: "=x", "+62", "1.1", "12/3", "TRUE"
 * never become a formula, a number, a date or a boolean), numbers and booleans as they are.
 */
function cellInput(c: PlannedCell): string | number | boolean {
  switch (cellKind(c)) {
    case "formula":
      return c.formula as string;
    case "text":
      return `'${c.value as string}`;
    case "blank":
      return "";
    default:
      return c.value as number | boolean;
  }
}

/** Group the cells whose `key` gives the same non-null value into few rectangles. */
function styleRuns<T>(
  cells: PlannedCell[],
  range: RangeRef,
  key: (c: PlannedCell) => T | null | undefined,
): { value: T; rects: RangeRef[] }[] {
  const masks = new Map<string, { value: T; mask: boolean[][] }>();
  for (const c of cells) {
    const v = key(c);
    if (v === null || v === undefined || v === false) continue;
    const id = JSON.stringify(v);
    let m = masks.get(id);
    if (!m) {
      m = {
        value: v,
        mask: Array.from({ length: range.rows }, () => new Array<boolean>(range.cols).fill(false)),
      };
      masks.set(id, m);
    }
    m.mask[c.row - range.row][c.col - range.col] = true;
  }
  return [...masks.values()].map((m) => ({
    value: m.value,
    rects: mergeRuns(m.mask, range.row, range.col),
  }));
}

/** Rectangles as "A1:B2,D4" address lists short enough for one getRanges call each. */
export function addressChunks(rects: RangeRef[], maxChars = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const rect of rects) {
    const a = rangeAddress(rect);
    if (cur && cur.length + 1 + a.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** Column width in characters -> points (Excel's default font: about 5.6 pt per character). */
export const charsToPoints = (chars: number): number => Math.round(chars * 5.6 + 5);

function escapeFormulaText(s: string): string {
  return `="${s.replace(/"/g, '""')}"`;
}

function queueConditionalFormats(ws: Excel.Worksheet, plan: SheetPlan): number {
  let n = 0;
  let priority = 0;
  // On a user's sheet (overlay) the decorated cells' formats are replaced, so a re-run does not
  // stack a second copy; a managed sheet was cleared whole already.
  if (plan.mode === "overlay")
    for (const spec of plan.conditionalFormats)
      ws.getRange(rangeAddress(spec.range)).conditionalFormats.clearAll();
  for (const spec of plan.conditionalFormats) {
    const range = ws.getRange(rangeAddress(spec.range));
    const topLeft = addr(spec.range.row, spec.range.col);
    for (const rule of spec.rules) {
      if (rule.type === "notBlank") {
        const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        cf.custom.rule.formula = `=LEN(TRIM(${topLeft}))>0`;
        cf.custom.format.fill.color = rule.fill;
        if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
        cf.stopIfTrue = true;
        cf.priority = priority++;
      } else {
        const cf = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
        const r =
          rule.type === "textEquals"
            ? { formula1: escapeFormulaText(rule.text), operator: "EqualTo" }
            : {
                formula1: String(rule.values[0]),
                ...(rule.operator === "between" ? { formula2: String(rule.values[1]) } : {}),
                operator: CF_OPERATOR[rule.operator],
              };
        cf.cellValue.rule = r as Excel.ConditionalCellValueRule;
        cf.cellValue.format.fill.color = rule.fill;
        if (rule.fontColor) cf.cellValue.format.font.color = rule.fontColor;
        cf.stopIfTrue = true;
        cf.priority = priority++;
      }
      n++;
    }
  }
  return n;
}

function queueChart(ws: Excel.Worksheet, spec: ChartSpec, features: Features): boolean {
  const cat = spec.categories;
  const cols = spec.series.map((s) => s.values);
  const contiguous = cols.every(
    (v, i) => v.row === cat.row && v.rows === cat.rows && v.cols === 1 && v.col === cat.col + 1 + i,
  );
  if (!contiguous && !features.chartSeries) return false;
  const type = (spec.type === "bar" ? "BarClustered" : "ColumnClustered") as Excel.ChartType;
  let chart: Excel.Chart;
  if (contiguous) {
    const src = ws.getRange(
      rangeAddress({ row: cat.row, col: cat.col, rows: cat.rows, cols: 1 + cols.length }),
    );
    chart = ws.charts.add(type, src, "Columns" as Excel.ChartSeriesBy);
    spec.series.forEach((s, i) => {
      chart.series.getItemAt(i).name = s.name;
    });
  } else {
    chart = ws.charts.add(
      type,
      ws.getRange(rangeAddress(spec.series[0].values)),
      "Columns" as Excel.ChartSeriesBy,
    );
    const first = chart.series.getItemAt(0);
    first.name = spec.series[0].name;
    first.setXAxisValues(ws.getRange(rangeAddress(cat)));
    for (const s of spec.series.slice(1)) {
      const series = chart.series.add(s.name);
      series.setValues(ws.getRange(rangeAddress(s.values)));
      series.setXAxisValues(ws.getRange(rangeAddress(cat)));
    }
  }
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.legend.visible = spec.series.length > 1;
  if (spec.axisMin !== undefined) chart.axes.valueAxis.minimum = spec.axisMin;
  if (spec.axisMax !== undefined) chart.axes.valueAxis.maximum = spec.axisMax;
  if (spec.majorUnit !== undefined) chart.axes.valueAxis.majorUnit = spec.majorUnit;
  if (spec.valueFormat !== undefined && features.chartNumberFormat)
    chart.axes.valueAxis.numberFormat = spec.valueFormat;
  // A bar chart draws its first category at the bottom: reverse it so priority 1 is on top.
  if (spec.type === "bar" && features.chartSeries) chart.axes.categoryAxis.reversePlotOrder = true;
  const a = spec.anchor;
  chart.setPosition(
    addr(a.row, a.col),
    addr(a.row + Math.max(1, a.heightRows) - 1, a.col + Math.max(1, a.widthCols) - 1),
  );
  return true;
}

type Note = (key: LabelKey, sheet: string, n: number) => void;

/** A chart the contract says goes (a Renaksi chart replaced, never duplicated). */
function queueChartDeletions(context: Excel.RequestContext, deletions: ChartDeletion[]): void {
  for (const d of deletions)
    if (d.name !== undefined)
      context.workbook.worksheets.getItem(d.sheet).charts.getItem(d.name).delete();
}

/** The worksheet a write goes to: added, or the existing one (cleared whole for a rebuild). */
function openSheet(
  context: Excel.RequestContext,
  w: SheetWrite,
  features: Features,
): Excel.Worksheet {
  if (w.action === "create") return context.workbook.worksheets.add(w.sheet);
  const ws = context.workbook.worksheets.getItem(w.sheet);
  if (w.action === "rebuild") {
    const all = ws.getRange();
    if (features.conditionalFormats) all.conditionalFormats.clearAll();
    if (features.dataValidation) all.dataValidation.clear();
    if (features.merge) all.unmerge();
    all.clear("All" as Excel.ClearApplyTo);
  }
  return ws;
}

/**
 * Number formats per rectangle of equal format (a cleared sheet is "General" already), then every
 * value in one `formulas` array, each cell written as the kind core gave it.
 */
function queueCells(ws: Excel.Worksheet, plan: SheetPlan, r: RangeRef, out: WrittenSheet): void {
  const inputs: (string | number | boolean)[][] = Array.from({ length: r.rows }, () =>
    new Array<string | number | boolean>(r.cols).fill(""),
  );
  for (const c of plan.cells) {
    inputs[c.row - r.row][c.col - r.col] = cellInput(c);
    if (c.formula !== undefined) out.formulas++;
  }
  out.cells = plan.cells.length;
  for (const g of styleRuns(plan.cells, r, (c) => c.numberFormat || null)) {
    for (const rect of g.rects) {
      ws.getRange(rangeAddress(rect)).numberFormat = Array.from({ length: rect.rows }, () =>
        new Array<string>(rect.cols).fill(g.value),
      );
    }
  }
  ws.getRange(rangeAddress(r)).formulas = inputs;
}

/**
 * One format call per rectangle of equal style; with ExcelApi 1.9 the rectangles of one style
 * share a multi-area range (getRanges), so a 10,000-row timeline stays a few hundred calls.
 */
function queueStyles(
  ws: Excel.Worksheet,
  cells: PlannedCell[],
  r: RangeRef,
  features: Features,
  note: Note,
  sheet: string,
): void {
  const runs = <T>(
    key: (c: PlannedCell) => T | null | undefined,
    apply: (rg: { format: Excel.RangeFormat }, v: T) => void,
  ) => {
    for (const g of styleRuns(cells, r, key)) {
      if (!features.rangeAreas || g.rects.length === 1) {
        for (const rect of g.rects) apply(ws.getRange(rangeAddress(rect)), g.value);
        continue;
      }
      for (const chunk of addressChunks(g.rects)) apply(ws.getRanges(chunk), g.value);
    }
  };
  runs(
    (c) => c.style?.fill,
    (rg, v) => (rg.format.fill.color = v),
  );
  runs(
    (c) => c.style?.fontColor,
    (rg, v) => (rg.format.font.color = v),
  );
  runs(
    (c) => c.style?.bold,
    (rg) => (rg.format.font.bold = true),
  );
  runs(
    (c) => c.style?.italic,
    (rg) => (rg.format.font.italic = true),
  );
  runs(
    (c) => c.style?.wrap,
    (rg) => (rg.format.wrapText = true),
  );
  runs(
    (c) => c.style?.horizontal,
    (rg, v) => (rg.format.horizontalAlignment = H_ALIGN[v] as Excel.HorizontalAlignment),
  );
  runs(
    (c) => c.style?.vertical,
    (rg, v) => (rg.format.verticalAlignment = V_ALIGN[v] as Excel.VerticalAlignment),
  );
  runs((c) => c.style?.border, queueBorders);
  const indented = cells.some((c) => (c.style?.indent ?? 0) > 0);
  if (indented && features.indent)
    runs(
      (c) => c.style?.indent || null,
      (rg, v) => (rg.format.indentLevel = v),
    );
  else if (indented) note("excel.skip.indent", sheet, 1);
}

function queueBorders(rg: { format: Excel.RangeFormat }): void {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  for (const edge of [...edges, "InsideHorizontal", "InsideVertical"]) {
    rg.format.borders.getItem(edge as Excel.BorderIndex).style =
      "Continuous" as Excel.BorderLineStyle;
  }
}

/** Merges, column widths, row fitting and frozen panes. */
function queueLayout(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  r: RangeRef,
  features: Features,
  note: Note,
  out: WrittenSheet,
): void {
  if (plan.merges.length + plan.columnWidths.length > 0) {
    if (features.merge) {
      for (const m of plan.merges) ws.getRange(rangeAddress(m)).merge(false);
      for (const cw of plan.columnWidths) {
        const column = ws.getRange(`${colLetter(cw.col)}:${colLetter(cw.col)}`);
        column.format.columnWidth = charsToPoints(cw.width);
        if (cw.hidden) column.columnHidden = true;
      }
      out.merges = plan.merges.length;
    } else note("excel.skip.merge", out.sheet, plan.merges.length);
  }
  // Wrapped text (statements, reasons, activity titles) needs taller rows: Excel fits them
  // itself once the column widths are set (ExcelApi 1.2, same requirement as the widths).
  if (features.merge && plan.cells.some((c) => c.style?.wrap))
    ws.getRange(rangeAddress(r)).format.autofitRows();
  const f = plan.frozen;
  if (!f || (f.rows === 0 && f.cols === 0)) return;
  if (!features.freezePanes) return note("excel.skip.freezePanes", out.sheet, 1);
  if (f.rows > 0 && f.cols > 0)
    ws.freezePanes.freezeAt(
      ws.getRange(rangeAddress({ row: 1, col: 1, rows: f.rows, cols: f.cols })),
    );
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else ws.freezePanes.freezeColumns(f.cols);
}

/**
 * How the sheet prints (SheetPlan.page): A4, orientation, one page wide, the print area, the
 * repeated title rows and the page breaks core placed between tables. ExcelApi 1.9; an older
 * Excel skips it with a note.
 */
function queuePage(ws: Excel.Worksheet, plan: SheetPlan, features: Features, note: Note): void {
  const page = plan.page;
  if (!page) return;
  if (!features.pageLayout) return note("excel.skip.pageLayout", plan.sheet, 1);
  const pl = ws.pageLayout;
  pl.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.paperSize = "A4";
  // The margins core's page arithmetic assumes (points): 0.5 in sides, 0.75 in top and bottom.
  pl.leftMargin = PAGE_MARGINS.side;
  pl.rightMargin = PAGE_MARGINS.side;
  pl.topMargin = PAGE_MARGINS.topBottom;
  pl.bottomMargin = PAGE_MARGINS.topBottom;
  if (page.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (page.printArea) pl.setPrintArea(rangeAddress(page.printArea));
  if (page.titleRows) pl.setPrintTitleRows(`$${page.titleRows.first}:$${page.titleRows.last}`);
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of page.breaksBefore ?? []) ws.horizontalPageBreaks.add(`A${row}`);
}

function queueNotes(
  ws: Excel.Worksheet,
  sheet: string,
  cells: PlannedCell[],
  features: Features,
  note: Note,
): void {
  const withNotes = cells.filter((c) => c.note);
  if (withNotes.length === 0) return;
  if (!features.notes) return note("excel.skip.notes", sheet, withNotes.length);
  for (const c of withNotes)
    ws.notes.add(`${quoteSheet(sheet)}!${addr(c.row, c.col)}`, c.note as string);
}

function queueValidations(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  features: Features,
  note: Note,
  out: WrittenSheet,
): void {
  if (plan.validations.length === 0) return;
  if (!features.dataValidation)
    return note("excel.skip.dataValidation", out.sheet, plan.validations.length);
  for (const v of plan.validations) {
    const rg = ws.getRange(rangeAddress(v.range));
    rg.dataValidation.clear();
    rg.dataValidation.ignoreBlanks = v.allowBlank;
    rg.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
    rg.dataValidation.errorAlert = {
      message: v.message,
      showAlert: true,
      style: "Stop" as Excel.DataValidationAlertStyle,
      title: "Renaksi",
    };
    out.validations++;
  }
}

function queueCharts(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  features: Features,
  note: Note,
  out: WrittenSheet,
): void {
  let skipped = 0;
  let unformatted = 0;
  for (const spec of plan.charts) {
    if (!queueChart(ws, spec, features)) skipped++;
    else {
      out.charts++;
      if (spec.valueFormat !== undefined && !features.chartNumberFormat) unformatted++;
    }
  }
  if (skipped > 0) note("excel.skip.chart", out.sheet, skipped);
  if (unformatted > 0) note("excel.skip.chartFormat", out.sheet, unformatted);
}

/** Everything one resolved write needs, queued (no sync). */
function queueWrite(
  context: Excel.RequestContext,
  w: SheetWrite,
  features: Features,
  note: Note,
): WrittenSheet {
  // Cell by cell: the plan's blank styled ranges become cells here.
  const plan = expandBlanks(w.plan);
  const out: WrittenSheet = {
    sheet: w.sheet,
    mode: plan.mode,
    address: w.address,
    cells: 0,
    formulas: 0,
    validations: 0,
    conditionalFormats: 0,
    charts: 0,
    merges: 0,
  };
  const ws = openSheet(context, w, features);
  if (w.action !== "overlay" && w.range) {
    queueCells(ws, plan, w.range, out);
    queueStyles(ws, plan.cells, w.range, features, note, w.sheet);
    queueLayout(ws, plan, w.range, features, note, out);
    queueNotes(ws, w.sheet, plan.cells, features, note);
    queuePage(ws, plan, features, note);
  }
  queueValidations(ws, plan, features, note, out);
  if (plan.conditionalFormats.length > 0) {
    if (features.conditionalFormats) out.conditionalFormats = queueConditionalFormats(ws, plan);
    else note("excel.skip.conditionalFormats", w.sheet, plan.conditionalFormats.length);
  }
  queueCharts(ws, plan, features, note, out);
  return out;
}

/**
 * Queue every write core resolved (no sync): charts to delete, then each sheet created, rebuilt
 * (cleared whole first) or overlaid, then the sheet core says to show. Returns what will have
 * been written once the batch syncs, and the features this Excel lacks as notes.
 */
export function queueRender(
  context: Excel.RequestContext,
  resolved: ResolvedWrites,
  features: Features,
): RenderReport {
  const notes: Problem[] = [];
  if (resolved.refused) return { written: [], notes };
  const note: Note = (key, sheet, n) => {
    notes.push(labelProblem("warning", key, { sheet, n }));
  };
  queueChartDeletions(context, resolved.deleteCharts);
  const written = resolved.writes.map((w) => queueWrite(context, w, features, note));
  if (resolved.activate) context.workbook.worksheets.getItem(resolved.activate).activate();
  return { written, notes };
}

/** Split "'Matriks Asesmen'!D14" into its sheet and address; a bare "D14" keeps `sheet` empty. */
export function splitCellRef(ref: string): { sheet: string; address: string } {
  const i = ref.lastIndexOf("!");
  if (i < 0) return { sheet: "", address: ref };
  let sheet = ref.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(i + 1).replace(/\$/g, "") };
}
