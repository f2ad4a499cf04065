/**
 * Renders the core's SheetPlans into an exceljs workbook: values, live formulas (file form, with the
 * core's `expected` as the only cached result), number formats, styles, notes, merges, validation
 * lists, conditional formats, column widths and frozen panes. Charts cannot be made by exceljs: they
 * are returned as ChartJobs and written as DrawingML parts after the workbook is saved (package.ts).
 *
 * Modes: `replace` rebuilds a Renaksi sheet in place (same tab position), `new` adds a sheet (name
 * suffixed " (2)" when taken), `overlay` only adds validations / conditional formats to a user sheet.
 *
 * @example
 *   const { charts, managed } = renderPlans(wb, plans);
 */
import type ExcelJS from "exceljs";
import { a1, colLetter, type CellValue } from "../../core/grid";
import { problem, type Problem } from "../../core/problem";
import { MARKER_PREFIX } from "../../core/api/types";
import type {
  CellStyle,
  ChartSpec,
  ConditionalRule,
  PlannedCell,
  RangeRef,
  SheetPlan,
} from "../../core/layout/sheet-plan";
import { toFileFormula } from "./formula";
import { plainValue } from "./read-grids";
import type { ChartCache } from "./chart-part";
import { planSheetData, type SheetData } from "./sheet-data";

export interface ChartJob {
  sheet: string;
  spec: ChartSpec;
  cache: ChartCache;
}

export interface RenderResult {
  /** Sheets Renaksi (re)built: their old drawings are Renaksi's and are replaced. */
  managed: string[];
  charts: ChartJob[];
  /** The cell data of each managed sheet, written into the package by sheet-data.ts. */
  sheetData: SheetData[];
  /** Errors mean nothing may be written. */
  problems: Problem[];
}

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

export const rangeA1 = (r: RangeRef): string =>
  r.rows === 1 && r.cols === 1
    ? a1(r.row, r.col)
    : `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold || s.italic || s.fontColor) {
    cell.font = {
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.horizontal || s.vertical || s.wrap || s.indent) {
    cell.alignment = {
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
      ...(s.indent ? { indent: s.indent } : {}),
    };
  }
  if (s.border) {
    const thin = { style: "thin" as const, color: { argb: "FF808080" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

function cellValue(c: PlannedCell): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const formula = toFileFormula(c.formula);
    const e = c.expected;
    // Only the core's own figure is cached; fullCalcOnLoad makes every engine recompute anyway.
    return e === undefined || e === null
      ? ({ formula } as ExcelJS.CellFormulaValue)
      : ({ formula, result: e } as ExcelJS.CellFormulaValue);
  }
  return (c.value ?? null) as ExcelJS.CellValue;
}

/**
 * Only the sample cells go through exceljs (one per style, and every cell with a note): the full
 * cell data is written by sheet-data.ts after exceljs has saved, with the style indices exceljs
 * gave the samples.
 */
function writeSampleCells(ws: ExcelJS.Worksheet, samples: readonly PlannedCell[]): void {
  for (const c of samples) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = cellValue(c);
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.style) applyStyle(cell, c.style);
    if (c.note) cell.note = c.note;
  }
}

/** exceljs keeps validations per address in an untyped model. */
type DvModel = Record<string, ExcelJS.DataValidation | undefined>;
const dvModel = (ws: ExcelJS.Worksheet): DvModel =>
  (ws as unknown as { dataValidations: { model: DvModel } }).dataValidations.model;

/** Validation lists: one entry per range. */
function writeValidations(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const model = dvModel(ws);
  for (const v of plan.validations) {
    const list = `"${v.list.map((x) => x.replace(/"/g, '""')).join(",")}"`;
    const dv: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: v.allowBlank,
      formulae: [list],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Renaksi",
      error: v.message,
    };
    // Drop what an earlier run (or the user) set on these cells, so a re-run does not stack them.
    for (const key of Object.keys(model)) {
      if (overlaps(key, v.range)) delete model[key];
    }
    // One range key: exceljs writes it as the sqref as it is (per-cell keys cost ~30 ms per
    // 1,000 cells when exceljs squeezes them back into ranges).
    model[rangeA1(v.range)] = dv;
  }
}

/** Does an A1 cell or range key overlap the rectangle? */
function overlaps(key: string, r: RangeRef): boolean {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(key);
  if (!m) return false;
  const toCol = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c0 = toCol(m[1]);
  const r0 = Number(m[2]);
  const c1 = m[3] ? toCol(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) : r0;
  return !(r1 < r.row || r0 > r.row + r.rows - 1 || c1 < r.col || c0 > r.col + r.cols - 1);
}

function cfRule(
  rule: ConditionalRule,
  topLeft: string,
  priority: number,
): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
    ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
  };
  if (rule.type === "cellIs") {
    return {
      type: "cellIs",
      operator: rule.operator,
      formulae: rule.values.map((v) => String(v)),
      style,
      priority,
    } as ExcelJS.ConditionalFormattingRule;
  }
  const formula =
    rule.type === "textEquals"
      ? `${topLeft}="${rule.text.replace(/"/g, '""')}"`
      : `LEN(TRIM(${topLeft}))>0`;
  return { type: "expression", formulae: [formula], style, priority };
}

type CfList = { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
const cfList = (ws: ExcelJS.Worksheet): CfList =>
  (ws as unknown as { conditionalFormattings: CfList }).conditionalFormattings;

function writeConditionalFormats(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const list = cfList(ws);
  let priority = list.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0);
  for (const cf of plan.conditionalFormats) {
    const ref = rangeA1(cf.range);
    // Re-running replaces the rules Renaksi put on exactly this range.
    for (let i = list.length - 1; i >= 0; i--) if (list[i].ref === ref) list.splice(i, 1);
    const topLeft = a1(cf.range.row, cf.range.col);
    ws.addConditionalFormatting({
      ref,
      rules: cf.rules.map((r) => cfRule(r, topLeft, ++priority)),
    });
  }
}

function chartCache(plan: SheetPlan, spec: ChartSpec): ChartCache {
  const at = new Map<string, PlannedCell>();
  for (const c of plan.cells) at.set(`${c.row}:${c.col}`, c);
  const shown = (r: number, c: number): CellValue => {
    const cell = at.get(`${r}:${c}`);
    if (!cell) return null;
    return cell.formula !== undefined ? (cell.expected ?? null) : (cell.value ?? null);
  };
  const cells = (r: RangeRef): CellValue[] => {
    const out: CellValue[] = [];
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) out.push(shown(r.row + i, r.col + j));
    return out;
  };
  return {
    categories: cells(spec.categories).map((v) => (v === null ? "" : String(v))),
    values: spec.series.map((s) =>
      cells(s.values).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null)),
    ),
  };
}

function isRenaksiSheet(ws: ExcelJS.Worksheet): boolean {
  const v = plainValue(ws.getCell(1, 1).value);
  if (typeof v === "string" && v.startsWith(MARKER_PREFIX)) return true;
  return ws.actualRowCount === 0;
}

function uniqueName(wb: ExcelJS.Workbook, base: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The worksheet a plan writes to, created or rebuilt as its mode says. */
function targetSheet(
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  problems: Problem[],
): ExcelJS.Worksheet | null {
  const existing = wb.getWorksheet(plan.sheet);
  if (plan.mode === "overlay") {
    if (!existing) {
      problems.push(
        problem(
          "warning",
          "cli.overlayMissing",
          `Lembar ${plan.sheet} tidak ada: validasi tidak ditambahkan`,
          `Sheet ${plan.sheet} does not exist: validation not added`,
        ),
      );
    }
    return existing ?? null;
  }
  if (plan.mode === "new" || !existing) {
    return wb.addWorksheet(plan.mode === "new" ? uniqueName(wb, plan.sheet) : plan.sheet);
  }
  if (!isRenaksiSheet(existing)) {
    problems.push(
      problem(
        "error",
        "cli.sheetNotManaged",
        `Lembar "${plan.sheet}" sudah ada dan bukan buatan Renaksi (A1 tidak diawali "${MARKER_PREFIX}"): ganti nama lembar itu agar isinya tidak tertimpa`,
        `Sheet "${plan.sheet}" exists and was not made by Renaksi (A1 does not start with "${MARKER_PREFIX}"): rename it so its content is not overwritten`,
        `${plan.sheet}!A1`,
      ),
    );
    return null;
  }
  // Rebuild in place: a fresh sheet at the same tab position, same tab colour and view state.
  const orderNo = (existing as unknown as { orderNo: number }).orderNo;
  const props = existing.properties;
  const state = existing.state;
  wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(plan.sheet, { properties: { ...props } });
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
  ws.state = state;
  return ws;
}

/** Write every plan into the workbook. On an error problem the workbook must not be saved. */
export function renderPlans(wb: ExcelJS.Workbook, plans: readonly SheetPlan[]): RenderResult {
  const problems: Problem[] = [];
  const managed: string[] = [];
  const charts: ChartJob[] = [];
  const sheetData: SheetData[] = [];
  for (const plan of plans) {
    const ws = targetSheet(wb, plan, problems);
    if (!ws) continue;
    if (plan.mode !== "overlay") {
      managed.push(ws.name);
      const data = planSheetData(plan, ws.name);
      writeSampleCells(ws, data.samples);
      sheetData.push(data);
      for (const m of plan.merges)
        ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
      for (const w of plan.columnWidths) ws.getColumn(w.col).width = w.width;
      if (plan.frozen && (plan.frozen.rows > 0 || plan.frozen.cols > 0)) {
        ws.views = [
          {
            state: "frozen",
            xSplit: plan.frozen.cols,
            ySplit: plan.frozen.rows,
            topLeftCell: `${colLetter(plan.frozen.cols + 1)}${plan.frozen.rows + 1}`,
          },
        ];
      }
      for (const spec of plan.charts)
        charts.push({ sheet: ws.name, spec, cache: chartCache(plan, spec) });
    }
    writeValidations(ws, plan);
    writeConditionalFormats(ws, plan);
  }
  // Excel and LibreOffice recompute every formula when the file opens.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return { managed, charts, sheetData, problems };
}
