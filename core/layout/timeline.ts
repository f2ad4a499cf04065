import { MANAGED_SHEETS, MARKER_PREFIX } from "../model/managed-sheet";
import type { Analysis } from "../model/analysis";
import type { RenaksiDocument } from "../model/document";
import type { Granularity, PlanPeriod } from "../model/plan";
import type { PeriodLabel, ProgramNode } from "../model/program";
import { sheetLabel as L } from "../i18n/labels-sheet";
import { periodColumns, timelineRows, type TimelineRow } from "../compute/programs";
import { emptyPlan, type CellStyle, type PlannedCell, type SheetPlan } from "./sheet-plan";
import type { Problem } from "../problem";
import { HEADER } from "./styles";
import { parseA1, sheetRange } from "../grid";

/** Columns of a worksheet (Excel's limit, XFD): a user's whole row as a range. */
const MAX_COLUMNS = 16384;

/**
 * The "Timeline Program" sheet: the program tree (Kelompok Program / Program / Kegiatan) with its
 * units, one column per year / semester / quarter of the plan, active periods filled (colour + "■"
 * so it reads in black and white), a legend and frozen headers. The monev status per semester is
 * kept in ONE place, the "Monev Renaksi" sheet (core/layout/monev.ts); statuses typed in this
 * sheet's former status columns are carried over there (core/api/kept-monev.ts).
 *
 * Linear in the number of activities: one pass to index parents, one pass to write rows.
 *
 * @example
 *   timelinePlan(doc, analysis, { granularity: "semester" }).cells
 *     .find((c) => c.row === 5 && c.col === 4)?.value // "2022 S1"
 */
export interface TimelineLayoutOptions {
  granularity?: Granularity;
}

export interface TimelineColumn {
  /** Period label as in the model: "2022", "2022-S1", "2022-Q3". */
  label: PeriodLabel;
  /** Header text: "2022", "2022 S1", "2022 TW3". */
  header: string;
}

export const TIMELINE_COLS = { code: 1, title: 2, units: 3, firstPeriod: 4 } as const;
export const TIMELINE_HEADER_ROWS = { top: 4, sub: 5, firstData: 6 } as const;
export const ACTIVE_MARK = "■";
export const ACTIVE_FILL = "#5B9BD5";
/** Lighter fill for a Kelompok / Program whose periods are the union of its activities'. */
export const ACTIVE_ROLLED_FILL = "#9DC3E6";
/** "2022-S1" -> "2022 S1", "2022-Q3" -> "2022 TW3", "2022" -> "2022". */
export function periodHeader(label: PeriodLabel): string {
  const m = /^(\d{4})(?:-(S|Q)([1-4]))?$/.exec(label);
  if (!m) return label;
  if (!m[2]) return m[1];
  return m[2] === "S" ? `${m[1]} S${m[3]}` : `${m[1]} TW${m[3]}`;
}

/** Inverse of periodHeader, tolerant of "2022-S1", "2022 s1", "2022 TW 3", "2022 Q3". */
export function parsePeriodHeader(text: string): PeriodLabel | null {
  const m = /^\s*(\d{4})\s*(?:[-\s]\s*(S|SMT|SEMESTER|Q|TW)\s*([1-4]))?\s*$/i.exec(text);
  if (!m) return null;
  if (!m[2]) return m[1];
  const kind = m[2].toUpperCase();
  if (kind === "Q" || kind === "TW") return `${m[1]}-Q${m[3]}`;
  return Number(m[3]) <= 2 ? `${m[1]}-S${m[3]}` : null;
}

/** The plan's periods at a granularity, with their header text (labels from core/compute). */
export function timelineColumns(period: PlanPeriod, granularity: Granularity): TimelineColumn[] {
  return periodColumns(period, granularity).map((label) => ({
    label,
    header: periodHeader(label),
  }));
}

/**
 * The years a timeline shows when the plan has no period of its own: the span of the program
 * marks, widened to `period` when one is given; null when neither has a year.
 */
export function timelinePeriod(
  period: PlanPeriod | null | undefined,
  programs: readonly { periods: readonly string[] }[],
): PlanPeriod | null {
  let lo = period ? period.startYear : Infinity;
  let hi = period ? period.endYear : -Infinity;
  for (const p of programs) {
    for (const label of p.periods) {
      const y = Number(label.slice(0, 4));
      if (Number.isFinite(y) && y >= 2000 && y <= 2100) {
        if (y < lo) lo = y;
        if (y > hi) hi = y;
      }
    }
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? { startYear: lo, endYear: hi } : null;
}

/** The tree's nodes: the matrix as read, or the analysis' copy when the document has none. */
function timelineNodes(doc: RenaksiDocument, analysis: Analysis): ProgramNode[] {
  return doc.programs.length > 0
    ? doc.programs
    : analysis.programs.map((p) => ({ ...p, units: p.units, periods: p.periods }));
}

/**
 * One row per node with its active flags (from core/compute), and compute's warnings about them
 * (a mark outside the plan's years: `program.period-outside`); no flags when there are no years.
 */
function rowsFor(
  nodes: readonly ProgramNode[],
  granularity: Granularity,
  period: PlanPeriod | null,
): { rows: TimelineRow[]; problems: Problem[] } {
  if (period) {
    const { rows, problems } = timelineRows(nodes, granularity, period);
    return { rows, problems };
  }
  const rows = nodes.map((n) => ({
    code: n.code,
    level: n.level,
    title: n.title,
    units: [...n.units],
    depth: n.level === "kelompok" ? 0 : n.level === "program" ? 1 : 2,
    active: [],
    rolledUp: false,
  }));
  return { rows, problems: [] };
}

const ACTIVE: CellStyle = {
  fill: ACTIVE_FILL,
  fontColor: "#1F3864",
  horizontal: "center",
  border: true,
};
const ACTIVE_ROLLED: CellStyle = { ...ACTIVE, fill: ACTIVE_ROLLED_FILL };
const KP_STYLE: CellStyle = { bold: true, fill: "#D9E1F2", border: true, vertical: "top" };

/** Rows 1-3: the marker title, the legend (and where the monev status lives), the period. */
function writeTitle(
  plan: SheetPlan,
  instansi: string,
  period: PlanPeriod | null,
  granularity: Granularity,
): void {
  const title = `${MARKER_PREFIX} ${L("sheet.timeline.title")} ${instansi}`.trim();
  plan.marker = { row: 1, col: 1, text: title };
  const cells = plan.cells;
  cells.push({ row: 1, col: 1, value: title, style: { bold: true, fontColor: "#1F4E79" } });
  cells.push({ row: 2, col: 1, value: ACTIVE_MARK, style: ACTIVE });
  cells.push({
    row: 2,
    col: 2,
    value: `${L("sheet.timeline.legend")} ${ACTIVE_MARK} = ${L("sheet.timeline.active")}. ${L("sheet.timeline.monevHere", { sheet: MANAGED_SHEETS.monev })}`,
    style: { italic: true },
  });
  cells.push({
    row: 3,
    col: 2,
    value: period
      ? `${period.startYear}–${period.endYear} · ${L(`granularity.${granularity}`)}`
      : L("timeline.noPeriod"),
    style: { italic: true, fontColor: period ? "#595959" : "#C00000" },
  });
}

/** Rows 4-5: Kode / Program / Pihak Terlibat (merged down), then "Waktu Pelaksanaan" over the periods. */
function writeHeaders(plan: SheetPlan, cols: readonly TimelineColumn[]): void {
  const { top, sub } = TIMELINE_HEADER_ROWS;
  const head = (row: number, col: number, value: string) =>
    plan.cells.push({ row, col, value, style: HEADER });
  const fixed: [number, string][] = [
    [TIMELINE_COLS.code, L("col.code")],
    [TIMELINE_COLS.title, L("col.program")],
    [TIMELINE_COLS.units, L("col.units")],
  ];
  for (const [c, label] of fixed) {
    head(top, c, label);
    head(sub, c, "");
    plan.merges.push({ row: top, col: c, rows: 2, cols: 1 });
  }
  cols.forEach((c, i) => {
    head(top, TIMELINE_COLS.firstPeriod + i, i === 0 ? L("col.time") : "");
    head(sub, TIMELINE_COLS.firstPeriod + i, c.header);
  });
  if (cols.length > 1) {
    plan.merges.push({ row: top, col: TIMELINE_COLS.firstPeriod, rows: 1, cols: cols.length });
  }
}

const NODE_STYLE: CellStyle = { border: true, vertical: "top" };

/** One row per node: code, indented title, units, then a filled cell per active period. */
function writeRows(plan: SheetPlan, rows: readonly TimelineRow[], periods: number): void {
  const cells: PlannedCell[] = plan.cells;
  // Style objects shared by the rows (10,000 activities: not three new objects per row); the
  // .xlsx writer keys a style object once, the hosts style equal styles together.
  const wrapped = new Map<CellStyle, Map<number, CellStyle>>();
  const wrap = (base: CellStyle, depth: number): CellStyle => {
    let byDepth = wrapped.get(base);
    if (!byDepth) wrapped.set(base, (byDepth = new Map()));
    let st = byDepth.get(depth);
    if (!st)
      byDepth.set(depth, (st = { ...base, wrap: true, ...(depth > 0 ? { indent: depth } : {}) }));
    return st;
  };
  rows.forEach((r, i) => {
    const row = TIMELINE_HEADER_ROWS.firstData + i;
    const base: CellStyle = r.level === "kelompok" ? KP_STYLE : NODE_STYLE;
    // The row shows the user's row of this node: a warning on any of its cells marks the code.
    const source = r.cell ? userRow(r.cell) : undefined;
    cells.push({
      row,
      col: TIMELINE_COLS.code,
      value: r.code,
      style: base,
      ...(source ? { source } : {}),
    });
    cells.push({
      row,
      col: TIMELINE_COLS.title,
      value: r.title,
      style: wrap(base, r.depth),
    });
    cells.push({
      row,
      col: TIMELINE_COLS.units,
      value: r.units.join(", "),
      style: wrap(base, 0),
    });
    const shade = r.rolledUp ? ACTIVE_ROLLED : ACTIVE;
    for (let k = 0; k < periods; k++) {
      const on = r.active[k] === true;
      cells.push({
        row,
        col: TIMELINE_COLS.firstPeriod + k,
        value: on ? ACTIVE_MARK : "",
        style: on ? shade : base,
      });
    }
  });
}

/** "Program!B15" -> "Program!A15:XFD15": the whole row of the user's sheet. */
function userRow(cell: string): string | undefined {
  const p = parseA1(cell);
  return p?.sheet === undefined ? undefined : sheetRange(p.sheet, p.row, 1, 1, MAX_COLUMNS);
}

/** Frozen headers and column widths. */
function formatSheet(plan: SheetPlan, periods: number, granularity: Granularity): void {
  plan.frozen = { rows: TIMELINE_HEADER_ROWS.sub, cols: TIMELINE_COLS.title };
  plan.columnWidths = [
    { col: TIMELINE_COLS.code, width: 10 },
    { col: TIMELINE_COLS.title, width: 60 },
    { col: TIMELINE_COLS.units, width: 30 },
  ];
  for (let k = 0; k < periods; k++) {
    plan.columnWidths.push({
      col: TIMELINE_COLS.firstPeriod + k,
      width: granularity === "year" ? 8 : 10,
    });
  }
}

/** The "Timeline Program" SheetPlan (mode "replace", marker in A1). */
export function timelinePlan(
  doc: RenaksiDocument,
  analysis: Analysis,
  opts: TimelineLayoutOptions = {},
): SheetPlan {
  return timelineLayout(doc, analysis, opts).plan;
}

/**
 * The "Timeline Program" SheetPlan and the warnings its rows carry (`program.period-outside`),
 * which the command API adds to the problems every host lists.
 *
 * @example timelineLayout(doc, analysis, { granularity: "semester" }).problems.map((p) => p.code)
 *   // ["program.period-outside"] when an activity is marked in a year outside the plan
 */
export function timelineLayout(
  doc: RenaksiDocument,
  analysis: Analysis,
  opts: TimelineLayoutOptions = {},
): { plan: SheetPlan; problems: Problem[] } {
  const granularity = opts.granularity ?? "year";
  const nodes = timelineNodes(doc, analysis);
  // The plan's own years; only when the plan has none are they taken from the program marks.
  const period = analysis.period ?? doc.profile.period ?? timelinePeriod(null, nodes);
  const cols = period ? timelineColumns(period, granularity) : [];
  const plan = emptyPlan(MANAGED_SHEETS.timeline, "replace");
  writeTitle(plan, analysis.instansi, period, granularity);
  writeHeaders(plan, cols);
  const { rows, problems } = rowsFor(nodes, granularity, period);
  writeRows(plan, rows, cols.length);
  formatSheet(plan, cols.length, granularity);
  return { plan, problems };
}
