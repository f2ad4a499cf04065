import { quoteSheet, rangeA1, type CellValue } from "../grid";
import { cellBounds, type PlannedCell, type RangeRef, type SheetPlan } from "../layout/sheet-plan";
import { isManagedMarker, sameSheetName } from "../model/managed-sheet";
import { hasErrors, type Problem } from "../problem";
import { writeProblem } from "./problems";
import { SHEET_LABELS } from "../i18n/labels-sheet";

/**
 * THE write contract: every host reads the workbook into a WorkbookState, hands it with the
 * core's SheetPlans to `resolveWrites`, and carries out what comes back. The host decides nothing:
 * which sheet is Renaksi's, which name a new sheet gets, what is refused (with which code and cell),
 * which charts go, which sheet is shown last, and what each cell is (number, text, formula,
 * boolean, blank) are all decided here, once.
 *
 * @example
 *   const state = { sheets: [{ name: "Matriks", a1: "No", visible: true, charts: [], objects: [] }] };
 *   const w = resolveWrites(state, fill(grids).plans);
 *   if (w.refused) show(w.problems); // nothing may be written
 *   else for (const s of w.writes) execute(s); // create / rebuild / overlay
 */

/** A chart on a sheet as the host read it: Excel and .xlsx give its name, Google Sheets its title. */
export interface ChartState {
  name?: string;
  title?: string;
}

/** One sheet of the workbook as the host read it. */
export interface SheetState {
  name: string;
  /** The value in A1 (the marker cell) as read; null when empty. */
  a1: CellValue;
  visible: boolean;
  /** Every chart on the sheet, in the host's order (Sheets removes them by position). */
  charts: ChartState[];
  /** Names of the other drawn objects (images, shapes, text boxes) the host can see. */
  objects: string[];
}

export interface WorkbookState {
  sheets: SheetState[];
}

/** What a host does with one sheet. */
export type WriteAction =
  /** Add a new sheet named `sheet` and write the plan's cells. */
  | "create"
  /** Renaksi's own sheet: clear it whole (values, formats, merges, validations, CFs) and rewrite. */
  | "rebuild"
  /** A user's sheet: add only the plan's validations / conditional formats; no values. */
  | "overlay";

/** What a planned cell is; every host writes it so that it reads back as exactly that. */
export type CellKind = "number" | "text" | "formula" | "boolean" | "blank";

export interface SheetWrite {
  action: WriteAction;
  /** The sheet's final name (the existing sheet's own spelling, or a free name for a new one). */
  sheet: string;
  /** The plan with `sheet` set to the final name and the marker among its cells. */
  plan: SheetPlan;
  /** Rectangle of every cell written; null for an overlay. */
  range: RangeRef | null;
  /** "'Hasil Renaksi'!A1:K40", or the overlay's decorated ranges, for the "before" line. */
  address: string;
  /** Cells in `range` (overlay: cells that get a validation). */
  cellCount: number;
}

/** A chart to delete before writing: index into that sheet's `charts` as read, and its name. */
export interface ChartDeletion {
  sheet: string;
  index: number;
  name?: string;
  title?: string;
}

export interface ResolvedWrites {
  /** True when a problem is an error: write nothing at all. */
  refused: boolean;
  writes: SheetWrite[];
  deleteCharts: ChartDeletion[];
  /** Refusals (errors, one code and cell each) and skipped overlays (warnings). */
  problems: Problem[];
  /** The sheet to show after writing (the first created or rebuilt visible sheet), if any. */
  activate: string | null;
}

/** The longest sheet name Excel and the .xlsx format accept. */
export const MAX_SHEET_NAME = 31;

/** A chart Renaksi made: its name is the ChartSpec id ("renaksi-...") or "Renaksi: <title>". */
export function isRenaksiChartName(name: string | undefined): boolean {
  return name !== undefined && /^renaksi[-:]/i.test(name);
}

/**
 * Chart titles Renaksi writes with a period in them ("% selesai per aspek, 2022 S1", "Capaian
 * indikator 2022"), in either language, the period as `2022` or `2022 S1`. A host that knows its
 * charts by title only (Google Sheets) finds Renaksi's chart on a managed sheet by this shape, so a
 * re-run whose reported semester moved on rebuilds the sheet instead of refusing it.
 */
const PERIOD_TITLES: readonly RegExp[] = (
  ["sheet.monev.chartAspect", "sheet.monev.chartCapaian"] as const
).flatMap((key) =>
  SHEET_LABELS[key].map(
    (t) =>
      new RegExp(
        `^${t.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "\\d{4}(?: S[12])?")}$`,
      ),
  ),
);

/** A title of one of Renaksi's period charts (see PERIOD_TITLES). */
export function isRenaksiPeriodTitle(title: string | undefined): boolean {
  return title !== undefined && PERIOD_TITLES.some((re) => re.test(title));
}

/**
 * What a planned cell is: a formula only when the core made one (`formula`); a string `value`
 * is always text, whatever it starts with (`=`, `+`, `-`, `@`).
 */
export function cellKind(c: Pick<PlannedCell, "formula" | "value">): CellKind {
  if (c.formula !== undefined) return "formula";
  const v = c.value;
  if (v === null || v === undefined) return "blank";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "boolean";
  return v === "" ? "blank" : "text";
}

/** A name Excel, Sheets and .xlsx all accept: no `: \ / ? * [ ]`, no edge quote, <= 31 chars. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Renaksi").slice(0, MAX_SHEET_NAME);
}

/** `wanted`, or "wanted (2)", "wanted (3)", ... : the first name not taken in any letter case. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const base = safeSheetName(wanted);
  const free = (n: string) => !taken.some((t) => sameSheetName(t, n));
  if (free(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (free(name)) return name;
  }
}

/** The marker text is a cell of the plan like any other (hosts write `plan.cells` only). */
export function withMarkerCell(plan: SheetPlan): SheetPlan {
  const m = plan.marker;
  if (!m || plan.cells.some((c) => c.row === m.row && c.col === m.col)) return plan;
  return { ...plan, cells: [{ row: m.row, col: m.col, value: m.text }, ...plan.cells] };
}

/** Bounding rectangle of a plan's cells; null when it has none. */
export function cellsRange(cells: readonly { row: number; col: number }[]): RangeRef | null {
  if (cells.length === 0) return null;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -Infinity;
  let c1 = -Infinity;
  for (const p of cells) {
    r0 = Math.min(r0, p.row);
    c0 = Math.min(c0, p.col);
    r1 = Math.max(r1, p.row);
    c1 = Math.max(c1, p.col);
  }
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Bounding rectangle of a plan's cells and blank ranges; null when it has none. */
export function planRange(plan: Pick<SheetPlan, "cells" | "blanks">): RangeRef | null {
  const [r0, c0, r1, c1] = cellBounds(plan.cells);
  const cells = r1 === 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  const blanks = plan.blanks ?? [];
  if (blanks.length === 0) return cells;
  const corners = blanks.flatMap((b) => [
    { row: b.range.row, col: b.range.col },
    { row: b.range.row + b.range.rows - 1, col: b.range.col + b.range.cols - 1 },
  ]);
  if (cells)
    corners.push(cells, { row: cells.row + cells.rows - 1, col: cells.col + cells.cols - 1 });
  return cellsRange(corners);
}

function describe(
  action: WriteAction,
  sheet: string,
  plan: SheetPlan,
): Pick<SheetWrite, "range" | "address" | "cellCount"> {
  const q = quoteSheet(sheet);
  if (action === "overlay") {
    const ranges = [...plan.validations.map((v) => v.range)].concat(
      plan.conditionalFormats.map((c) => c.range),
    );
    return {
      range: null,
      address: ranges.map((r) => `${q}!${rangeA1(r)}`).join(", "),
      cellCount: plan.validations.reduce((n, v) => n + v.range.rows * v.range.cols, 0),
    };
  }
  const range = planRange(plan);
  return {
    range,
    address: range ? `${q}!${rangeA1(range)}` : "",
    cellCount: range ? range.rows * range.cols : 0,
  };
}

interface Resolving {
  taken: string[];
  problems: Problem[];
  writes: SheetWrite[];
}

/** Where one plan goes, or null (refused / skipped, with its problem pushed). */
function resolveOne(
  state: WorkbookState,
  plan: SheetPlan,
  acc: Resolving,
): { action: WriteAction; sheet: string } | null {
  const existing = state.sheets.find((s) => sameSheetName(s.name, plan.sheet));
  if (plan.mode === "new") return { action: "create", sheet: freeSheetName(plan.sheet, acc.taken) };
  if (plan.mode === "overlay") {
    if (existing) return { action: "overlay", sheet: existing.name };
    acc.problems.push(writeProblem("warning", "write.overlayMissing", { sheet: plan.sheet }));
    return null;
  }
  if (!existing) return { action: "create", sheet: safeSheetName(plan.sheet) };
  const cell = `${quoteSheet(existing.name)}!A1`;
  if (!isManagedMarker(existing.a1)) {
    acc.problems.push(writeProblem("error", "write.notOurs", { sheet: existing.name }, cell));
    return null;
  }
  const titles = new Set(plan.charts.map((c) => c.title));
  const foreign = [
    ...existing.charts
      .filter(
        (c) =>
          !isRenaksiChartName(c.name) &&
          !(c.title && titles.has(c.title)) &&
          !(c.name === undefined && isRenaksiPeriodTitle(c.title)),
      )
      .map((c) => c.name ?? c.title ?? "?"),
    ...existing.objects.filter((o) => !isRenaksiChartName(o)),
  ];
  if (foreign.length > 0) {
    const args = { sheet: existing.name, objects: foreign.join(", ") };
    acc.problems.push(writeProblem("error", "write.userObjects", args, cell));
    return null;
  }
  return { action: "rebuild", sheet: existing.name };
}

/** Charts to delete: Renaksi's charts on a rebuilt sheet, and any chart whose id is planned anew. */
function chartsToDelete(state: WorkbookState, writes: readonly SheetWrite[]): ChartDeletion[] {
  const ids = new Set(writes.flatMap((w) => w.plan.charts.map((c) => c.id)));
  const out: ChartDeletion[] = [];
  for (const s of state.sheets) {
    const w = writes.find((x) => x.sheet === s.name);
    const titles = new Set(w?.plan.charts.map((c) => c.title) ?? []);
    s.charts.forEach((c, index) => {
      const ours =
        (c.name !== undefined && ids.has(c.name)) ||
        (w?.action === "rebuild" && isRenaksiChartName(c.name)) ||
        (w !== undefined && c.name === undefined && c.title !== undefined && titles.has(c.title)) ||
        (w?.action === "rebuild" && c.name === undefined && isRenaksiPeriodTitle(c.title));
      if (ours) out.push({ sheet: s.name, index, name: c.name, title: c.title });
    });
  }
  return out;
}

/**
 * Resolve the plans against the workbook as read. Names compare without letter case: a user's
 * own "hasil renaksi" (no marker in A1) refuses the write with `write.notOurs` on its A1; a
 * managed sheet with objects the user drew on it refuses with `write.userObjects` (a rebuild
 * would lose them); an overlay whose sheet is missing is skipped with the warning
 * `write.overlayMissing`. On any refusal `writes` is empty: a host writes all or nothing.
 */
export function resolveWrites(state: WorkbookState, plans: readonly SheetPlan[]): ResolvedWrites {
  const acc: Resolving = { taken: state.sheets.map((s) => s.name), problems: [], writes: [] };
  for (const raw of plans) {
    const at = resolveOne(state, raw, acc);
    if (!at) continue;
    if (at.action === "create") acc.taken.push(at.sheet);
    const plan = withMarkerCell({ ...raw, sheet: at.sheet });
    acc.writes.push({
      action: at.action,
      sheet: at.sheet,
      plan,
      ...describe(at.action, at.sheet, plan),
    });
  }
  if (hasErrors(acc.problems)) {
    return { refused: true, writes: [], deleteCharts: [], problems: acc.problems, activate: null };
  }
  const shown = acc.writes.find(
    (w) =>
      w.action === "create" ||
      (w.action === "rebuild" && state.sheets.find((s) => s.name === w.sheet)?.visible !== false),
  );
  return {
    refused: false,
    writes: acc.writes,
    deleteCharts: chartsToDelete(state, acc.writes),
    problems: acc.problems,
    activate: shown?.sheet ?? null,
  };
}
