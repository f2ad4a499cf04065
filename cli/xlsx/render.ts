/**
 * Renders the core's SheetPlans into an exceljs workbook: values, live formulas (file form, with the
 * core's `expected` as the only cached result), number formats, styles, notes, merges, validation
 * lists, conditional formats, column widths and frozen panes. Charts cannot be made by exceljs: they
 * are returned as ChartJobs and written as DrawingML parts after the workbook is saved (package.ts).
 *
 * What to write where comes from the write contract (core/write resolveWrites): `create` adds a
 * sheet, `rebuild` rebuilds a Renaksi sheet in place (same tab position), `overlay` only adds
 * validations / conditional formats to a user sheet. Text is written as text (inline strings),
 * formulas only where the core made one.
 *
 * @example
 *   const { charts, managed } = renderPlans(wb, resolveWrites(await workbookState(wb), plans));
 */
import type ExcelJS from "exceljs";
import { a1, colLetter, rangeA1, type CellValue } from "../../core/grid";
import type { Problem } from "../../core/problem";
import type { ResolvedWrites, SheetWrite } from "../../core/write";
import type {
  CellStyle,
  ChartSpec,
  ConditionalRule,
  PlannedCell,
  RangeRef,
  SheetPlan,
} from "../../core/layout/sheet-plan";
import { toFileFormula } from "./formula";
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

/** The worksheet a resolved write goes to: created, rebuilt in place, or the user's (overlay). */
function targetSheet(wb: ExcelJS.Workbook, w: SheetWrite): ExcelJS.Worksheet {
  const existing = wb.worksheets.find((ws) => ws.name === w.sheet);
  if (w.action === "create") return wb.addWorksheet(w.sheet);
  if (!existing) throw new Error(`sheet ${w.sheet} vanished between read and write`);
  if (w.action === "overlay") return existing;
  return rebuildSheet(wb, existing);
}

/** A fresh sheet at the same tab position, with the same tab colour and view state. */
function rebuildSheet(wb: ExcelJS.Workbook, existing: ExcelJS.Worksheet): ExcelJS.Worksheet {
  const orderNo = (existing as unknown as { orderNo: number }).orderNo;
  const props = existing.properties;
  const state = existing.state;
  const name = existing.name;
  wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(name, { properties: { ...props } });
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
  ws.state = state;
  return ws;
}

/** Cells, merges, widths, frozen panes and charts of a created or rebuilt sheet. */
function writeManagedSheet(ws: ExcelJS.Worksheet, plan: SheetPlan, out: RenderResult): void {
  out.managed.push(ws.name);
  const data = planSheetData(plan, ws.name);
  writeSampleCells(ws, data.samples);
  out.sheetData.push(data);
  for (const m of plan.merges) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
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
    out.charts.push({ sheet: ws.name, spec, cache: chartCache(plan, spec) });
}

/**
 * Carry out the contract's resolved writes (core/write): nothing is decided here. A refused
 * resolution writes nothing and returns its problems.
 */
export function renderPlans(wb: ExcelJS.Workbook, resolved: ResolvedWrites): RenderResult {
  const out: RenderResult = {
    managed: [],
    charts: [],
    sheetData: [],
    problems: [...resolved.problems],
  };
  if (resolved.refused) return out;
  for (const w of resolved.writes) {
    const ws = targetSheet(wb, w);
    if (w.action !== "overlay") writeManagedSheet(ws, w.plan, out);
    writeValidations(ws, w.plan);
    writeConditionalFormats(ws, w.plan);
  }
  // Excel and LibreOffice recompute every formula when the file opens.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return out;
}
