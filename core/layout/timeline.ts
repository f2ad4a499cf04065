import type { CellValue } from "../grid";
import { MANAGED_SHEETS, MARKER_PREFIX } from "../api/types";
import type { Analysis } from "../model/analysis";
import type { RenaksiDocument } from "../model/document";
import type { Granularity, PlanPeriod } from "../model/plan";
import type { MonevStatus, PeriodLabel, ProgramNode } from "../model/program";
import { MonevStatusSchema } from "../model/program";
import { sheetLabel as L } from "../i18n/labels-sheet";
import { periodColumns, timelineRows, type TimelineRow } from "../compute/programs";
import { emptyPlan, type CellStyle, type PlannedCell, type SheetPlan } from "./sheet-plan";
import { HEADER } from "./styles";

/**
 * The "Timeline Program" sheet: the program tree (Kelompok Program / Program / Kegiatan) with its
 * units, one column per year / semester / quarter of the plan, active periods filled (colour + "■"
 * so it reads in black and white), a legend, frozen headers and a monev status column per semester
 * (input, dropdown, colours per status, kept across re-runs by activity code).
 *
 * Linear in the number of activities: one pass to index parents, one pass to write rows.
 *
 * @example
 *   timelinePlan(doc, analysis, { granularity: "semester" }).cells
 *     .find((c) => c.row === 5 && c.col === 4)?.value // "2022 S1"
 */
export interface TimelineLayoutOptions {
  granularity?: Granularity;
  /** Status kept from the previous run, keyed by `statusKey(code, title)` then period label. */
  kept?: Map<string, Map<PeriodLabel, MonevStatus>>;
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
export const STATUS_COLORS: Record<MonevStatus, string> = {
  belum: "#D9D9D9",
  berjalan: "#FFE699",
  selesai: "#C6EFCE",
  tertunda: "#F8CBAD",
};
export const STATUS_LIST: MonevStatus[] = [...MonevStatusSchema.options];

/** The key a status is kept under: the activity code, or its title when it has no code. */
export function statusKey(code: string, title: string): string {
  const c = code.trim();
  return c !== "" ? c : `#${title.trim()}`;
}

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

/** The "Timeline Program" SheetPlan (mode "replace", marker in A1). */
export function timelinePlan(
  doc: RenaksiDocument,
  analysis: Analysis,
  opts: TimelineLayoutOptions = {},
): SheetPlan {
  const granularity = opts.granularity ?? "year";
  const nodes: ProgramNode[] =
    doc.programs.length > 0
      ? doc.programs
      : analysis.programs.map((p) => ({ ...p, units: p.units, periods: p.periods }));
  // The plan's own years; only when the plan has none are they taken from the program marks.
  const period = analysis.period ?? doc.profile.period ?? timelinePeriod(null, nodes);
  const cols = period ? timelineColumns(period, granularity) : [];
  const statusCols = period ? timelineColumns(period, "semester") : [];
  // Active flags (own marks, or rolled up from the children) come from core/compute.
  const rows: TimelineRow[] = period
    ? timelineRows(nodes, granularity, period).rows
    : nodes.map((n) => ({
        code: n.code,
        level: n.level,
        title: n.title,
        units: [...n.units],
        depth: n.level === "kelompok" ? 0 : n.level === "program" ? 1 : 2,
        active: [],
        rolledUp: false,
      }));

  // Statuses: the user's own monev table wins, then what was typed here last time.
  const own = new Map<string, Map<PeriodLabel, MonevStatus>>();
  for (const e of doc.monev) {
    const m = own.get(e.code) ?? new Map<PeriodLabel, MonevStatus>();
    own.set(e.code, m);
    m.set(e.period, e.status);
  }

  const plan = emptyPlan(MANAGED_SHEETS.timeline, "replace");
  const cells: PlannedCell[] = plan.cells;
  const title = `${MARKER_PREFIX} ${L("sheet.timeline.title")} ${analysis.instansi}`.trim();
  plan.marker = { row: 1, col: 1, text: title };
  cells.push({ row: 1, col: 1, value: title, style: { bold: true, fontColor: "#1F4E79" } });
  // Legend (row 2)
  const active: CellStyle = {
    fill: ACTIVE_FILL,
    fontColor: "#1F3864",
    horizontal: "center",
    border: true,
  };
  const activeRolled: CellStyle = { ...active, fill: ACTIVE_ROLLED_FILL };
  cells.push({ row: 2, col: 1, value: ACTIVE_MARK, style: active });
  cells.push({
    row: 2,
    col: 2,
    value: `${L("sheet.timeline.legend")} ${ACTIVE_MARK} = ${L("sheet.timeline.active")}; ${L("col.status")}:`,
    style: { italic: true, horizontal: "right" },
  });
  STATUS_LIST.forEach((st, i) => {
    cells.push({
      row: 2,
      col: 3 + i,
      value: st,
      style: { fill: STATUS_COLORS[st], border: true, horizontal: "center" },
    });
  });
  if (period) {
    cells.push({
      row: 3,
      col: 2,
      value: `${period.startYear}–${period.endYear} · ${L(`granularity.${granularity}`)}`,
      style: { italic: true, fontColor: "#595959" },
    });
  } else {
    cells.push({
      row: 3,
      col: 2,
      value: L("timeline.noPeriod"),
      style: { italic: true, fontColor: "#C00000" },
    });
  }

  // Header rows
  const { top, sub, firstData } = TIMELINE_HEADER_ROWS;
  const firstStatus = TIMELINE_COLS.firstPeriod + cols.length;
  const lastCol = firstStatus + statusCols.length - 1;
  const head = (row: number, col: number, value: CellValue) =>
    cells.push({ row, col, value, style: HEADER });
  head(top, TIMELINE_COLS.code, L("col.code"));
  head(sub, TIMELINE_COLS.code, "");
  head(top, TIMELINE_COLS.title, L("col.program"));
  head(sub, TIMELINE_COLS.title, "");
  head(top, TIMELINE_COLS.units, L("col.units"));
  head(sub, TIMELINE_COLS.units, "");
  for (const c of [TIMELINE_COLS.code, TIMELINE_COLS.title, TIMELINE_COLS.units]) {
    plan.merges.push({ row: top, col: c, rows: 2, cols: 1 });
  }
  cols.forEach((c, i) => {
    head(top, TIMELINE_COLS.firstPeriod + i, i === 0 ? L("col.time") : "");
    head(sub, TIMELINE_COLS.firstPeriod + i, c.header);
  });
  if (cols.length > 1) {
    plan.merges.push({ row: top, col: TIMELINE_COLS.firstPeriod, rows: 1, cols: cols.length });
  }
  statusCols.forEach((c, i) => {
    head(top, firstStatus + i, i === 0 ? L("col.status") : "");
    head(sub, firstStatus + i, c.header);
  });
  if (statusCols.length > 1) {
    plan.merges.push({ row: top, col: firstStatus, rows: 1, cols: statusCols.length });
  }

  // Data rows
  const kpStyle: CellStyle = { bold: true, fill: "#D9E1F2", border: true, vertical: "top" };
  rows.forEach((r, i) => {
    const row = firstData + i;
    const shade = r.rolledUp ? activeRolled : active;
    const isKp = r.level === "kelompok";
    const base: CellStyle = isKp ? kpStyle : { border: true, vertical: "top" };
    const indent = r.depth;
    cells.push({ row, col: TIMELINE_COLS.code, value: r.code, style: base });
    cells.push({
      row,
      col: TIMELINE_COLS.title,
      value: r.title,
      style: { ...base, wrap: true, ...(indent > 0 ? { indent } : {}) },
    });
    cells.push({
      row,
      col: TIMELINE_COLS.units,
      value: r.units.join(", "),
      style: { ...base, wrap: true },
    });
    cols.forEach((_c, k) => {
      const on = r.active[k] === true;
      cells.push({
        row,
        col: TIMELINE_COLS.firstPeriod + k,
        value: on ? ACTIVE_MARK : "",
        style: on ? shade : base,
      });
    });
    const key = statusKey(r.code, r.title);
    const mine = own.get(r.code);
    const kept = opts.kept?.get(key);
    statusCols.forEach((c, k) => {
      const st = mine?.get(c.label) ?? kept?.get(c.label) ?? "";
      cells.push({
        row,
        col: firstStatus + k,
        value: st,
        style: { border: true, horizontal: "center", ...(isKp ? { bold: true } : {}) },
      });
    });
  });

  const n = rows.length;
  if (n > 0 && statusCols.length > 0) {
    const range = { row: firstData, col: firstStatus, rows: n, cols: statusCols.length };
    plan.validations.push({
      range,
      list: STATUS_LIST,
      allowBlank: true,
      message: L("validation.status"),
    });
    plan.conditionalFormats.push({
      range,
      rules: STATUS_LIST.map((st) => ({ type: "textEquals", text: st, fill: STATUS_COLORS[st] })),
    });
    plan.inputRanges = [range];
  }
  plan.frozen = { rows: sub, cols: TIMELINE_COLS.title };
  plan.columnWidths = [
    { col: TIMELINE_COLS.code, width: 10 },
    { col: TIMELINE_COLS.title, width: 60 },
    { col: TIMELINE_COLS.units, width: 30 },
  ];
  for (let c = TIMELINE_COLS.firstPeriod; c <= lastCol; c++) {
    plan.columnWidths.push({ col: c, width: granularity === "year" ? 8 : 10 });
  }
  return plan;
}
