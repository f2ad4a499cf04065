/**
 * The Office.js adapter: reads the workbook as Grids and renders the core's SheetPlans. It holds no
 * domain logic: what to write comes from core, this file only moves cells.
 *
 * Round trips: `queueRead` queues every load of a command (sheet list, used ranges, A1 markers,
 * existing charts) for ONE `context.sync()`; `queueRender` queues every write for ONE more. Nothing
 * here calls `sync` itself, so a command is at most two round trips whatever the size of the sheet.
 *
 * @example
 *   await Excel.run(async (ctx) => {
 *     const snap = queueRead(ctx);
 *     await ctx.sync();
 *     const wb = snap();                               // { sheets, active, grids }
 *     const resolved = resolveTargets(wb, plans);      // refuses a non-Renaksi "Hasil Renaksi"
 *     queueRender(ctx, wb, resolved.targets, features);
 *     await ctx.sync();
 *   });
 */
import { MARKER_PREFIX } from "../../core/api/types";
import { colLetter, quoteSheet, type CellValue, type Grid } from "../../core/grid";
import { mergeRuns } from "../../core/layout/blocks";
import type {
  ChartSpec,
  ConditionalRule,
  PlannedCell,
  RangeRef,
  SheetPlan,
} from "../../core/layout/sheet-plan";
import { problem, type Problem } from "../../core/problem";
import { t } from "../../core/i18n/dictionary";
import type { Features } from "./features";

/** One sheet of the workbook as read in the first sync. */
export interface SheetInfo {
  name: string;
  /** A1 starts with the Renaksi marker: the sheet is Renaksi's own and may be rewritten. */
  ours: boolean;
  /** Names of the charts on the sheet. */
  charts: string[];
  visible: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
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

/** "B3:F9" (or "B3") for a rectangle. */
export function rangeAddress(r: RangeRef): string {
  const tl = addr(r.row, r.col);
  return r.rows === 1 && r.cols === 1
    ? tl
    : `${tl}:${addr(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

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

function isOurs(grid: Grid | undefined): boolean {
  if (!grid || grid.origin.row !== 1 || grid.origin.col !== 1) return false;
  const a1 = grid.values[0]?.[0];
  return typeof a1 === "string" && a1.startsWith(MARKER_PREFIX);
}

interface ChainEntry {
  ws: Excel.Worksheet;
  used: Excel.Range;
  charts: Excel.ChartCollection;
}

/**
 * Queue the loads for the whole workbook; call the returned function after the next sync. The
 * sheets are walked with `getFirst()` / `getNextOrNullObject()` so their used ranges load in the
 * same round trip as the sheet list.
 */
export function queueRead(
  ctx: Excel.RequestContext,
  opts: { values?: boolean; maxSheets?: number } = {},
): () => WorkbookSnapshot {
  const maxSheets = opts.maxSheets ?? MAX_SHEETS;
  const withValues = opts.values ?? true;
  const entries: ChainEntry[] = [];
  let ws: Excel.Worksheet = ctx.workbook.worksheets.getFirst();
  for (let i = 0; i < maxSheets + 1; i++) {
    if (i > 0) ws = ws.getNextOrNullObject();
    ws.load("name,visibility");
    // Without values, A1 alone tells a Renaksi sheet (its marker) from a user's sheet.
    const used = withValues ? ws.getUsedRangeOrNullObject(true) : ws.getRange("A1");
    used.load(withValues ? "values,rowIndex,columnIndex" : "values");
    const charts = ws.charts;
    charts.load("items/name");
    entries.push({ ws, used, charts });
  }
  const active = ctx.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  return () => {
    const sheets: SheetInfo[] = [];
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
      sheets.push({
        name: e.ws.name,
        ours: isOurs(grid),
        charts: e.charts.items.map((c) => c.name),
        visible: e.ws.visibility === "Visible",
      });
    }
    // Read after the caller's sync (the rule cannot see through the returned closure).
    // eslint-disable-next-line office-addins/call-sync-after-load
    return { sheets, active: active.name, grids, truncated };
  };
}

/**
 * The same snapshot in two round trips (sheet list, then the sheets), for an Excel that refuses
 * the one-step walk. Used only as a fallback: a command then makes three syncs.
 */
export async function readByNames(
  ctx: Excel.RequestContext,
  opts: { maxSheets?: number; orNullObject?: boolean } = {},
): Promise<WorkbookSnapshot> {
  const maxSheets = opts.maxSheets ?? MAX_SHEETS;
  // getUsedRangeOrNullObject is ExcelApi 1.4; Office 2016 (1.1) has only getUsedRange, which
  // gives A1 on an empty sheet.
  const orNull = opts.orNullObject ?? true;
  const coll = ctx.workbook.worksheets;
  coll.load("items/name,items/visibility");
  const active = ctx.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await ctx.sync();
  const list = coll.items.slice(0, maxSheets);
  const entries = list.map((ws) => {
    const used = orNull ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange();
    used.load("values,rowIndex,columnIndex");
    const charts = ws.charts;
    charts.load("items/name");
    return { ws, used, charts };
  });
  await ctx.sync();
  const grids: Grid[] = [];
  const sheets: SheetInfo[] = entries.map((e) => {
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
    return {
      name: e.ws.name,
      ours: isOurs(grid),
      charts: e.charts.items.map((c) => c.name),
      visible: e.ws.visibility === "Visible",
    };
  });
  // `active` was loaded before the first of the two syncs above.
  // eslint-disable-next-line office-addins/call-sync-after-load
  return { sheets, active: active.name, grids, truncated: coll.items.length > maxSheets };
}

/** The grids a command reads: the whole workbook, or the active sheet plus Renaksi's own sheets. */
export function gridsInScope(wb: WorkbookSnapshot, scope: "active" | "workbook"): Grid[] {
  if (scope === "workbook") return wb.grids;
  const ours = new Set(wb.sheets.filter((s) => s.ours).map((s) => s.name));
  return wb.grids.filter((g) => g.sheet === wb.active || ours.has(g.sheet));
}

/** A plan with the sheet it will really be written to. */
export interface RenderTarget {
  plan: SheetPlan;
  /** Final sheet name ("Renaksi (2)" when a "new" plan's name was taken). */
  sheet: string;
  /** The sheet exists already (replace of our own sheet, or an overlay). */
  exists: boolean;
  /** Rectangle of the cells written, null for an overlay (no values). */
  range: RangeRef | null;
  /** "'Hasil Renaksi'!A1:K40", or the overlay's validation ranges. */
  address: string;
  cellCount: number;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Excel: at most 31 characters, none of : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, "-").trim();
  return (cleaned || "Renaksi").slice(0, 31);
}

function uniqueName(base: string, taken: string[]): string {
  const b = safeSheetName(base);
  if (!taken.some((n) => sameName(n, b))) return b;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = b.slice(0, 31 - suffix.length) + suffix;
    if (!taken.some((n) => sameName(n, candidate))) return candidate;
  }
}

/** Bounding rectangle of a plan's cells and marker; null when it has none. */
export function planRange(plan: SheetPlan): RangeRef | null {
  const pts: { row: number; col: number }[] = plan.cells.map((c) => ({ row: c.row, col: c.col }));
  if (plan.marker) pts.push(plan.marker);
  if (pts.length === 0) return null;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -Infinity;
  let c1 = -Infinity;
  for (const p of pts) {
    r0 = Math.min(r0, p.row);
    c0 = Math.min(c0, p.col);
    r1 = Math.max(r1, p.row);
    c1 = Math.max(c1, p.col);
  }
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
}

/** A Problem built from two labels of the dictionary with placeholders filled. */
export function labelProblem(
  severity: "error" | "warning",
  key: string,
  args: Record<string, string | number>,
  cell?: string,
): Problem {
  return problem(severity, key, fill(t(key, "id"), args), fill(t(key, "en"), args), cell);
}

/**
 * Decide where each plan goes. A "replace" plan whose sheet exists but is not Renaksi's refuses the
 * whole command (nothing is written); a "new" plan gets a free name; an overlay on a missing sheet
 * is dropped with a warning.
 */
export function resolveTargets(
  wb: WorkbookSnapshot,
  plans: SheetPlan[],
): { targets: RenderTarget[]; problems: Problem[] } {
  const taken = wb.sheets.map((s) => s.name);
  const problems: Problem[] = [];
  const targets: RenderTarget[] = [];
  for (const plan of plans) {
    const existing = wb.sheets.find((s) => sameName(s.name, plan.sheet));
    let sheet = plan.sheet;
    let exists = false;
    if (plan.mode === "replace") {
      if (existing && !existing.ours) {
        problems.push(
          labelProblem(
            "error",
            "excel.refuse.notOurs",
            { sheet: existing.name },
            `${quoteSheet(existing.name)}!A1`,
          ),
        );
        continue;
      }
      exists = existing !== undefined;
      sheet = existing ? existing.name : safeSheetName(plan.sheet);
    } else if (plan.mode === "new") {
      sheet = uniqueName(plan.sheet, taken);
    } else {
      if (!existing) {
        problems.push(
          labelProblem("warning", "excel.refuse.overlayMissing", { sheet: plan.sheet }),
        );
        continue;
      }
      sheet = existing.name;
      exists = true;
    }
    if (!exists) taken.push(sheet);
    const range = plan.mode === "overlay" ? null : planRange(plan);
    const address = range
      ? `${quoteSheet(sheet)}!${rangeAddress(range)}`
      : plan.validations
          .map((v) => v.range)
          .concat(plan.conditionalFormats.map((c) => c.range))
          .map((r) => `${quoteSheet(sheet)}!${rangeAddress(r)}`)
          .join(", ");
    const cellCount = range
      ? range.rows * range.cols
      : plan.validations.reduce((n, v) => n + v.range.rows * v.range.cols, 0);
    targets.push({ plan: { ...plan, sheet }, sheet, exists, range, address, cellCount });
  }
  return { targets, problems };
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

const LOOKS_PARSED = /^(?:[\d.,/:\s%-]+|true|false|benar|salah)$/i;

/** The value written for one planned cell: formulas as is, text that looks like one escaped. */
function cellInput(c: PlannedCell): string | number | boolean {
  if (c.formula !== undefined) return c.formula;
  const v = c.value;
  if (v === null || v === undefined) return "";
  // Text Excel would turn into a formula, a number or a date ("=x", "1.1", "2022-S1" stays text,
  // "12/3", "TRUE") is written with a leading apostrophe so it stays the text the plan holds.
  if (typeof v === "string" && (/^[=+\-@']/.test(v) || LOOKS_PARSED.test(v.trim()))) return `'${v}`;
  return v;
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
  // A bar chart draws its first category at the bottom: reverse it so priority 1 is on top.
  if (spec.type === "bar" && features.chartSeries) chart.axes.categoryAxis.reversePlotOrder = true;
  const a = spec.anchor;
  chart.setPosition(
    addr(a.row, a.col),
    addr(a.row + Math.max(1, a.heightRows) - 1, a.col + Math.max(1, a.widthCols) - 1),
  );
  return true;
}

/**
 * Queue every write of a command (no sync). Managed sheets are cleared (values, formats, merges,
 * validations, conditional formats, Renaksi's charts) and rewritten; overlays get only their
 * validations and conditional formats. Returns what will have been written once the batch syncs.
 */
export function queueRender(
  ctx: Excel.RequestContext,
  wb: WorkbookSnapshot,
  targets: RenderTarget[],
  features: Features,
): RenderReport {
  const written: WrittenSheet[] = [];
  const notes: Problem[] = [];
  const note = (key: string, sheet: string, n: number): void => {
    notes.push(labelProblem("warning", key, { sheet, n }));
  };
  const chartIds = new Set(targets.flatMap((tg) => tg.plan.charts.map((c) => c.id)));
  const rewriting = new Set(
    targets.filter((tg) => tg.exists && tg.plan.mode === "replace").map((tg) => tg.sheet),
  );
  // A chart with a Renaksi id is replaced wherever it is, never duplicated; a rewritten Renaksi
  // sheet also loses its older Renaksi charts.
  for (const s of wb.sheets) {
    for (const name of s.charts) {
      if (chartIds.has(name) || (rewriting.has(s.name) && name.startsWith("renaksi-")))
        ctx.workbook.worksheets.getItem(s.name).charts.getItem(name).delete();
    }
  }
  let firstWritten: Excel.Worksheet | null = null;
  for (const tg of targets) {
    const plan = tg.plan;
    const ws = tg.exists
      ? ctx.workbook.worksheets.getItem(tg.sheet)
      : ctx.workbook.worksheets.add(tg.sheet);
    if (plan.mode === "replace" && tg.exists) {
      const all = ws.getRange();
      if (features.conditionalFormats) all.conditionalFormats.clearAll();
      if (features.dataValidation) all.dataValidation.clear();
      if (features.merge) all.unmerge();
      all.clear("All" as Excel.ClearApplyTo);
    }
    const w: WrittenSheet = {
      sheet: tg.sheet,
      mode: plan.mode,
      address: tg.address,
      cells: 0,
      formulas: 0,
      validations: 0,
      conditionalFormats: 0,
      charts: 0,
      merges: 0,
    };
    if (plan.mode !== "overlay" && tg.range) {
      const r = tg.range;
      const inputs: (string | number | boolean)[][] = Array.from({ length: r.rows }, () =>
        new Array<string | number | boolean>(r.cols).fill(""),
      );
      if (plan.marker) inputs[plan.marker.row - r.row][plan.marker.col - r.col] = plan.marker.text;
      for (const c of plan.cells) {
        inputs[c.row - r.row][c.col - r.col] = cellInput(c);
        if (c.formula !== undefined) w.formulas++;
      }
      w.cells = plan.cells.length;
      const block = ws.getRange(rangeAddress(r));
      const cells = plan.cells;
      // Number formats per rectangle of equal format (a cleared sheet is "General" already, so a
      // 10,000-row sheet does not send 10,000 x n "General" strings), before the values so a
      // text format ("@") keeps what follows as text.
      for (const g of styleRuns(cells, r, (c) => c.numberFormat || null)) {
        for (const rect of g.rects) {
          ws.getRange(rangeAddress(rect)).numberFormat = Array.from({ length: rect.rows }, () =>
            new Array<string>(rect.cols).fill(g.value),
          );
        }
      }
      block.formulas = inputs;
      // One format call per rectangle; with ExcelApi 1.9 the rectangles of one style share a
      // multi-area range (getRanges), so a 10,000-row timeline stays a few hundred calls.
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
      runs(
        (c) => c.style?.border,
        (rg) => {
          for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"]) {
            rg.format.borders.getItem(edge as Excel.BorderIndex).style =
              "Continuous" as Excel.BorderLineStyle;
          }
          rg.format.borders.getItem("InsideHorizontal" as Excel.BorderIndex).style =
            "Continuous" as Excel.BorderLineStyle;
          rg.format.borders.getItem("InsideVertical" as Excel.BorderIndex).style =
            "Continuous" as Excel.BorderLineStyle;
        },
      );
      const indented = cells.some((c) => (c.style?.indent ?? 0) > 0);
      if (indented && features.indent)
        runs(
          (c) => c.style?.indent || null,
          (rg, v) => (rg.format.indentLevel = v),
        );
      else if (indented) note("excel.skip.indent", tg.sheet, 1);
      if (plan.merges.length + plan.columnWidths.length > 0) {
        if (features.merge) {
          for (const m of plan.merges) ws.getRange(rangeAddress(m)).merge(false);
          for (const cw of plan.columnWidths) {
            ws.getRange(`${colLetter(cw.col)}:${colLetter(cw.col)}`).format.columnWidth =
              charsToPoints(cw.width);
          }
          w.merges = plan.merges.length;
        } else note("excel.skip.merge", tg.sheet, plan.merges.length);
      }
      // Wrapped text (statements, reasons, activity titles) needs taller rows: Excel fits them
      // itself once the column widths are set (ExcelApi 1.2, same requirement as the widths).
      if (features.merge && cells.some((c) => c.style?.wrap)) block.format.autofitRows();
      if (plan.frozen && (plan.frozen.rows > 0 || plan.frozen.cols > 0)) {
        if (features.freezePanes) {
          const f = plan.frozen;
          if (f.rows > 0 && f.cols > 0)
            ws.freezePanes.freezeAt(
              ws.getRange(rangeAddress({ row: 1, col: 1, rows: f.rows, cols: f.cols })),
            );
          else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
          else ws.freezePanes.freezeColumns(f.cols);
        } else note("excel.skip.freezePanes", tg.sheet, 1);
      }
      const withNotes = cells.filter((c) => c.note);
      if (withNotes.length > 0) {
        if (features.notes) {
          for (const c of withNotes)
            ws.notes.add(`${quoteSheet(tg.sheet)}!${addr(c.row, c.col)}`, c.note as string);
        } else note("excel.skip.notes", tg.sheet, withNotes.length);
      }
    }
    if (plan.validations.length > 0) {
      if (features.dataValidation) {
        for (const v of plan.validations) {
          const rg = ws.getRange(rangeAddress(v.range));
          rg.dataValidation.clear();
          rg.dataValidation.ignoreBlanks = v.allowBlank;
          rg.dataValidation.rule = {
            list: { inCellDropDown: true, source: v.list.join(",") },
          };
          rg.dataValidation.errorAlert = {
            message: v.message,
            showAlert: true,
            style: "Stop" as Excel.DataValidationAlertStyle,
            title: "Renaksi",
          };
          w.validations++;
        }
      } else note("excel.skip.dataValidation", tg.sheet, plan.validations.length);
    }
    if (plan.conditionalFormats.length > 0) {
      if (features.conditionalFormats) w.conditionalFormats = queueConditionalFormats(ws, plan);
      else note("excel.skip.conditionalFormats", tg.sheet, plan.conditionalFormats.length);
    }
    let skippedCharts = 0;
    for (const spec of plan.charts) {
      if (queueChart(ws, spec, features)) w.charts++;
      else skippedCharts++;
    }
    if (skippedCharts > 0) note("excel.skip.chart", tg.sheet, skippedCharts);
    if (plan.mode !== "overlay" && !firstWritten) firstWritten = ws;
    written.push(w);
  }
  if (firstWritten) firstWritten.activate();
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
