import { a1, sheetA1, type CellValue } from "../grid";
import { MANAGED_SHEETS, MARKER_PREFIX } from "../model/managed-sheet";
import { ASPECTS } from "../model/aspect";
import type { MonevStatus } from "../model/program";
import type { MonevCounts, MonevIndicator, MonevReport } from "../model/monev";
import { sheetLabel as L } from "../i18n/labels-sheet";
import { MONEV_STATUSES, reportedIndicators } from "../compute/monev";
import {
  emptyPlan,
  type BlankRange,
  type CellStyle,
  type ConditionalRule,
  type PlannedCell,
  type RangeRef,
  type SheetPlan,
} from "./sheet-plan";
import { absColumn, capaianFormula, gapFormula, joinRects, liveNumberRef } from "./formula";
import { AMBER, BIG, BODY, GREEN, HEADER, INPUT, PERCENT_AXIS, RED, TITLE } from "./styles";
import { pageSetup, sectionBlocks } from "./page";

/**
 * The "Monev Renaksi" sheet (a managed sheet, mode "replace", marker in A1): the semester monev
 * cycle of issue 10, laid out so every host renders it through the same SheetPlan path.
 *
 *   1. Ringkasan per semester: planned, selesai, berjalan, tertunda, belum, % selesai, selesai
 *      outside the plan: live COUNTIF(S) over section 5.
 *   2. % selesai per aspect x semester (the chart's data: the reported semester's column).
 *   3. % selesai per Kelompok Program x semester.
 *   4. Indicators per year, and per semester for an indicator reported so (its Periode, column K:
 *      Tahunan / Semester, kept; the rule is in core/compute/monev-indicators.ts): target (a
 *      semester row refers to its year's), realisation (a live reference to the user's table, or
 *      an input cell), capaian by polarity, gap, status word; a small table feeds the capaian
 *      chart with the reported semester's row (the semester's for a semester indicator, else the
 *      year's).
 *   5. One block per semester, stacked (a title, a header row, one row per activity): the activity
 *      (code, title, units, Kelompok, aspect), Rencana (■ when planned), Status (dropdown),
 *      Realisasi / Output, Kendala, Tindak lanjut, Bukti (inputs kept across re-runs). The sheet
 *      is 11 columns wide: one A4 landscape page; each block starts a printed page.
 * Every formula cell carries `expected` = what core/compute/monev.ts computed.
 *
 * @example
 *   const plan = monevPlan(report, { lookup });
 *   plan.cells.find((c) => c.row === 7 && c.col === 3)?.formula // '=COUNTIF($F$87:$F$128,"■")'
 */
export interface MonevLayoutOptions {
  /** Value of a user's cell ("Indikator!D5"): a live reference only when it holds that number. */
  lookup?: (ref: string) => CellValue | undefined;
  /** Add the two native charts (default true). */
  withCharts?: boolean;
}

export const MONEV_COLS = {
  code: 1,
  title: 2,
  units: 3,
  kelompok: 4,
  aspect: 5,
  firstSemester: 6,
} as const;

/** The columns of one semester block, in order. */
export const SEMESTER_FIELDS = [
  "plan",
  "status",
  "output",
  "kendala",
  "tindakLanjut",
  "bukti",
] as const;
export type SemesterField = (typeof SEMESTER_FIELDS)[number];

export const PLANNED_MARK = "■";
export const MONEV_CHART_ASPECT = "renaksi-monev-aspek";
export const MONEV_CHART_CAPAIAN = "renaksi-monev-capaian";

export const MONEV_STATUS_COLORS: Record<MonevStatus, string> = {
  belum: "#D9D9D9",
  berjalan: AMBER,
  selesai: GREEN,
  tertunda: RED,
};

/** % selesai: < 50% red, < 80% amber, else green. */
export const PCT_RULES: ConditionalRule[] = [
  { type: "cellIs", operator: "lessThan", values: [0.5], fill: RED },
  { type: "cellIs", operator: "lessThan", values: [0.8], fill: AMBER },
  { type: "cellIs", operator: "between", values: [0.8, BIG], fill: GREEN },
];
/** Capaian status words, by colour. */
export const CAPAIAN_STATUS_RULES: ConditionalRule[] = [
  { type: "textEquals", text: L("capaianStatus.tercapai"), fill: GREEN },
  { type: "textEquals", text: L("capaianStatus.hampir"), fill: AMBER },
  { type: "textEquals", text: L("capaianStatus.belum"), fill: RED },
];

/** Rows of one semester block of section 5 (1-based, inclusive). */
export interface MonevBlock {
  semester: string;
  /** "5.1 Kegiatan semester 2021 S1" */
  title: number;
  /** Kode | Kelompok Program / Program / Kegiatan | ... | Rencana | Status | ... | Bukti */
  header: number;
  /** The first and last activity rows (one row is kept for the note when there is none). */
  first: number;
  last: number;
}

/** Height in rows of each chart (kept whole on a printed page: core/layout/page.ts). */
export const MONEV_CHART_ROWS = 15;

/** Where everything sits, from the report's sizes only (hosts and problems use it too). */
export interface MonevGeometry {
  summaryFirst: number;
  aspectFirst: number;
  /** Row of the "% selesai per aspek" chart, under section 2. */
  aspectChart: number;
  kelompokFirst: number;
  indicatorFirst: number;
  chartDataFirst: number;
  /** Section 5: one block per semester, stacked, each starting a printed page. */
  blocks: MonevBlock[];
  /** Row of activity i in semester block k. */
  row: (k: number, i: number) => number;
  /** Column of `field` (the same in every semester block). */
  col: (field: SemesterField) => number;
  lastCol: number;
}

/**
 * Geometry of the sheet for a report: sections 1-4 stacked (one blank row and a title between),
 * the aspect chart under section 2, the capaian chart beside its data; then section 5, one block
 * per semester, one under the other, all in the same 11 columns (A..K): an A4 landscape page wide.
 */
export function monevGeometry(
  report: Pick<MonevReport, "semesters" | "byKelompok" | "indicators" | "activities">,
): MonevGeometry {
  const S = report.semesters.length;
  const summaryFirst = 7;
  const aspectFirst = summaryFirst + S + 3;
  const aspectChart = aspectFirst + ASPECTS.length + 1;
  const kelompokFirst = aspectChart + MONEV_CHART_ROWS + 3;
  const indicatorFirst = kelompokFirst + report.byKelompok.length + 3;
  const chartDataFirst = indicatorFirst + report.indicators.length + 3;
  const chartRows = new Set(report.indicators.map((i) => i.name)).size;
  // The capaian chart starts at the chart data's title row, beside the data.
  const above = Math.max(chartDataFirst + chartRows, chartDataFirst - 2 + MONEV_CHART_ROWS) - 1;
  const span = Math.max(1, report.activities.length);
  const blocks = report.semesters.map((semester, k) => {
    const title = above + 2 + k * (span + 3);
    return { semester, title, header: title + 1, first: title + 2, last: title + 1 + span };
  });
  return {
    summaryFirst,
    aspectFirst,
    aspectChart,
    kelompokFirst,
    indicatorFirst,
    chartDataFirst,
    blocks,
    row: (k, i) => blocks[k].first + i,
    col: (field) => MONEV_COLS.firstSemester + SEMESTER_FIELDS.indexOf(field),
    lastCol: MONEV_COLS.firstSemester + SEMESTER_FIELDS.length - 1,
  };
}

/** "'Monev Renaksi'!G40": the status cell of activity i in a semester, for problems and hosts. */
export function monevStatusCell(
  g: MonevGeometry,
  semesters: readonly string[],
  activity: number,
  semester: string,
): string | undefined {
  const k = semesters.indexOf(semester);
  if (k < 0) return undefined;
  return sheetA1(MANAGED_SHEETS.monev, g.row(k, activity), g.col("status"));
}

const num = (x: number | null | undefined): CellValue => (x === null || x === undefined ? "" : x);
const header = (label: string): string => label.replace("-", " ");
const INPUT_CENTER: CellStyle = { ...INPUT, horizontal: "center" };
/** Section 4's Periode column (Tahunan / Semester, on each indicator's first row). */
export const INDICATOR_PERIOD_COL = 11;
const CENTER: CellStyle = { ...BODY, horizontal: "center" };
const SEMESTER_LABEL: CellStyle = { ...CENTER, italic: true };
const GROUP: CellStyle = { ...BODY, bold: true };

class Writer {
  readonly plan: SheetPlan;
  readonly inputs: RangeRef[] = [];
  constructor() {
    this.plan = emptyPlan(MANAGED_SHEETS.monev, "replace");
  }
  put(row: number, col: number, cell: Omit<PlannedCell, "row" | "col">): void {
    this.plan.cells.push({ row, col, ...cell });
  }
  /** One object per cell, styles shared (10,000 activities x 8 semesters = 530,000 cells). */
  value(row: number, col: number, value: CellValue, style?: CellStyle, numberFormat?: string) {
    this.plan.cells.push(
      numberFormat
        ? { row, col, value, style, numberFormat }
        : style
          ? { row, col, value, style }
          : { row, col, value },
    );
  }
  formula(
    row: number,
    col: number,
    formula: string,
    expected: CellValue,
    numberFormat?: string,
  ): void {
    this.put(row, col, {
      formula,
      expected,
      style: CENTER,
      ...(numberFormat ? { numberFormat } : {}),
    });
  }
  headers(row: number, labels: string[], col = 1): void {
    labels.forEach((label, i) => this.value(row, col + i, label, HEADER));
  }
}

/** Title, intro, the reported semester and the status legend (rows 1-3). */
function writeTitle(w: Writer, report: MonevReport): void {
  const title = `${MARKER_PREFIX} ${L("sheet.monev.title")} ${report.instansi}`.trim();
  w.plan.marker = { row: 1, col: 1, text: title };
  w.value(1, 1, title, TITLE);
  w.value(2, 1, L("sheet.monev.intro"), { italic: true, fontColor: "#595959" });
  w.value(3, 1, L("sheet.monev.reported", { semester: header(report.semester) }), TITLE);
  MONEV_STATUSES.forEach((st, i) => {
    w.value(3, MONEV_COLS.units + i, st, {
      fill: MONEV_STATUS_COLORS[st],
      border: true,
      horizontal: "center",
    });
  });
}

/** Absolute ranges of semester block k's columns, for the COUNTIF(S) of sections 1-3. */
function activityRanges(g: MonevGeometry) {
  const col = (c: number, k: number) => {
    const b = g.blocks[k];
    return absColumn(c, b.first, b.last - b.first + 1);
  };
  return {
    kelompok: (k: number) => col(MONEV_COLS.kelompok, k),
    aspect: (k: number) => col(MONEV_COLS.aspect, k),
    plan: (k: number) => col(g.col("plan"), k),
    status: (k: number) => col(g.col("status"), k),
  };
}

/** Section 1: one row per semester, live counts over section 5. */
function writeSummary(w: Writer, report: MonevReport, g: MonevGeometry): void {
  const r0 = g.summaryFirst;
  w.value(r0 - 2, 1, L("sheet.monev.summary"), TITLE);
  w.headers(r0 - 1, [
    L("col.no"),
    L("col.semester"),
    L("col.planned"),
    L("status.selesai"),
    L("status.berjalan"),
    L("status.tertunda"),
    L("status.belum"),
    L("col.selesaiPct"),
    L("col.outsidePlan"),
  ]);
  const R = activityRanges(g);
  report.semesters.forEach((s, k) => {
    const row = r0 + k;
    const c: MonevCounts = report.overall[s];
    const P = R.plan(k);
    const S = R.status(k);
    const among = (st: string) => `COUNTIFS(${P},"${PLANNED_MARK}",${S},"${st}")`;
    w.value(row, 1, k + 1, CENTER);
    w.value(row, 2, header(s), s === report.semester ? GROUP : BODY);
    w.formula(row, 3, `=COUNTIF(${P},"${PLANNED_MARK}")`, c.planned, "0");
    w.formula(row, 4, `=${among("selesai")}`, c.selesai, "0");
    w.formula(row, 5, `=${among("berjalan")}`, c.berjalan, "0");
    w.formula(row, 6, `=${among("tertunda")}`, c.tertunda, "0");
    const [C, D, E, F] = [3, 4, 5, 6].map((col) => a1(row, col));
    w.formula(row, 7, `=${C}-${D}-${E}-${F}`, c.belum, "0");
    w.formula(row, 8, `=IF(${C}=0,"",${D}/${C})`, num(c.selesaiPct), "0%");
    w.formula(row, 9, `=COUNTIF(${S},"selesai")-${D}`, c.outsidePlan, "0");
  });
  if (report.semesters.length > 0) {
    w.plan.conditionalFormats.push({
      range: { row: r0, col: 8, rows: report.semesters.length, cols: 1 },
      rules: PCT_RULES,
    });
  }
}

/** % selesai of the planned activities whose `keyRange` cell equals the row's label cell. */
function pctFormula(keyRange: string, keyCell: string, P: string, S: string): string {
  const planned = `COUNTIFS(${keyRange},${keyCell},${P},"${PLANNED_MARK}")`;
  return `=IF(${planned}=0,"",COUNTIFS(${keyRange},${keyCell},${P},"${PLANNED_MARK}",${S},"selesai")/${planned})`;
}

/** Sections 2 and 3: % selesai per aspect / per Kelompok Program x semester. */
function writeGroups(w: Writer, report: MonevReport, g: MonevGeometry): void {
  const R = activityRanges(g);
  const S = report.semesters.length;
  const table = (
    first: number,
    title: string,
    labels: [string, string],
    groups: MonevReport["byAspect"],
    keyOf: (i: number) => CellValue,
    keyRange: (k: number) => string,
    keyCol: number,
  ) => {
    w.value(first - 2, 1, title, TITLE);
    w.headers(first - 1, [...labels, ...report.semesters.map(header)]);
    groups.forEach((grp, i) => {
      const row = first + i;
      w.value(row, 1, keyOf(i), CENTER);
      w.value(row, 2, grp.name, { ...BODY, wrap: true });
      report.semesters.forEach((s, k) => {
        const f = pctFormula(keyRange(k), a1(row, keyCol, true), R.plan(k), R.status(k));
        w.formula(row, 3 + k, f, num(grp.counts[s].selesaiPct), "0%");
      });
    });
    if (groups.length > 0 && S > 0) {
      w.plan.conditionalFormats.push({
        range: { row: first, col: 3, rows: groups.length, cols: S },
        rules: PCT_RULES,
      });
    }
  };
  // The aspect's name is the key (column 2), as written in section 5's Aspek column.
  table(
    g.aspectFirst,
    L("sheet.monev.byAspect"),
    [L("col.no"), L("col.aspect")],
    report.byAspect,
    (i) => i + 1,
    R.aspect,
    2,
  );
  table(
    g.kelompokFirst,
    L("sheet.monev.byKelompok"),
    [L("col.code"), L("col.kelompok")],
    report.byKelompok,
    (i) => report.byKelompok[i].key,
    R.kelompok,
    1,
  );
}

/** The status word of a capaian cell, live. */
function capaianStatusFormula(cap: string): string {
  const [ok, near, low] = (["tercapai", "hampir", "belum"] as const).map((k) =>
    L(`capaianStatus.${k}`),
  );
  return (
    `=IF(ISNUMBER(${cap}),IF(${cap}>=1,"${ok}",IF(${cap}>=0.8,"${near}","${low}")),` +
    `IF(${cap}="${L("capaian.met")}","${ok}",IF(${cap}="${L("capaian.notMet")}","${low}","")))`
  );
}

/** The capaian column's expected value: the ratio, or met / not met on a zero lower-is-better target. */
function capaianExpected(ind: MonevIndicator): CellValue {
  if (!(ind.polarity === "down" && ind.target === 0)) return num(ind.capaian);
  return ind.met === null ? "" : L(ind.met ? "capaian.met" : "capaian.notMet");
}

/**
 * One row of section 4: an indicator in a year, or in a semester (`targetRow`: the row of its
 * year, whose target the semester is measured against; `=D20`, one source for both).
 */
function writeIndicator(
  w: Writer,
  row: number,
  no: number,
  ind: MonevIndicator,
  opts: MonevLayoutOptions,
  targetRow?: number,
): void {
  const fmt = ind.unit === "%" ? "0.00%" : "0.00";
  w.value(row, 1, no, CENTER);
  w.value(row, 2, ind.name, { ...BODY, wrap: true });
  if (ind.semester) w.value(row, 3, header(ind.semester), SEMESTER_LABEL);
  else w.value(row, 3, ind.year, CENTER);
  const tLive = liveNumberRef(ind.targetCell, ind.target, opts.lookup);
  if (ind.semester && targetRow !== undefined) {
    w.formula(row, 4, `=IF(${a1(targetRow, 4)}="","",${a1(targetRow, 4)})`, num(ind.target), fmt);
  } else if (tLive) w.formula(row, 4, `=${tLive}`, ind.target, fmt);
  else w.value(row, 4, num(ind.target), CENTER, fmt);
  const rLive =
    ind.realisasiFrom === "table"
      ? liveNumberRef(ind.realisasiCell, ind.realisasi, opts.lookup)
      : null;
  if (rLive) w.formula(row, 5, `=${rLive}`, ind.realisasi, fmt);
  else if (ind.realisasiFrom === "table") w.value(row, 5, num(ind.realisasi), CENTER, fmt);
  else {
    w.value(row, 5, num(ind.realisasi), INPUT, fmt);
    w.inputs.push({ row, col: 5, rows: 1, cols: 1 });
  }
  const [T, R, C] = [4, 5, 6].map((c) => a1(row, c));
  const zero = ind.polarity === "down" && ind.target === 0;
  w.formula(row, 6, capaianFormula(ind.polarity, zero, T, R), capaianExpected(ind), "0.00%");
  w.formula(row, 7, gapFormula(ind.polarity, T, R), num(ind.gap), fmt);
  const st = ind.status === null ? "" : L(`capaianStatus.${ind.status}`);
  w.formula(row, 8, capaianStatusFormula(C), st);
  w.value(row, 9, ind.unit, BODY);
  w.value(row, 10, L(ind.polarity === "down" ? "polarity.down" : "polarity.up"), CENTER);
}

/** The chart data's period: the semester's label, the year, or both when the rows mix them. */
function reportedPeriodLabel(rows: readonly { row: MonevIndicator }[], semester: string): string {
  const year = semester.slice(0, 4);
  const sem = rows.some((x) => x.row.semester);
  const yearly = rows.some((x) => !x.row.semester);
  if (sem && yearly) return `${year} / ${header(semester)}`;
  return sem ? header(semester) : year;
}

/**
 * Section 4 + the capaian chart's data (the reported semester: an indicator's semester row when it
 * is reported per semester, else its row of the semester's year; core's `reportedIndicators`).
 * Column 11, Periode, on each indicator's first row: Tahunan / Semester, a kept input.
 */
function writeIndicators(
  w: Writer,
  report: MonevReport,
  g: MonevGeometry,
  opts: MonevLayoutOptions,
): void {
  w.value(g.indicatorFirst - 2, 1, L("sheet.monev.indicators"), TITLE);
  w.headers(g.indicatorFirst - 1, [
    L("col.no"),
    L("col.indicator"),
    L("col.year"),
    L("col.target"),
    L("col.realisasi"),
    L("col.capaian"),
    L("col.gap"),
    L("col.capaianStatus"),
    L("col.unit"),
    L("col.polarity"),
    L("col.periode"),
  ]);
  const names = [...new Set(report.indicators.map((i) => i.name))];
  const yearRow = new Map<string, number>();
  report.indicators.forEach((ind, i) => {
    const row = g.indicatorFirst + i;
    const key = `${ind.name}\u0000${ind.year}`;
    if (!ind.semester) yearRow.set(key, row);
    writeIndicator(w, row, names.indexOf(ind.name) + 1, ind, opts, yearRow.get(key));
    if (i === 0 || report.indicators[i - 1].name !== ind.name) {
      w.value(row, INDICATOR_PERIOD_COL, L(`periode.${ind.period ?? "tahunan"}`), INPUT_CENTER);
      w.inputs.push({ row, col: INDICATOR_PERIOD_COL, rows: 1, cols: 1 });
      w.plan.validations.push({
        range: { row, col: INDICATOR_PERIOD_COL, rows: 1, cols: 1 },
        list: [L("periode.tahunan"), L("periode.semester")],
        allowBlank: true,
        message: L("validation.periode"),
      });
    } else w.value(row, INDICATOR_PERIOD_COL, "", BODY);
  });
  if (report.indicators.length > 0) {
    const rows = report.indicators.length;
    w.plan.conditionalFormats.push({
      range: { row: g.indicatorFirst, col: 8, rows, cols: 1 },
      rules: CAPAIAN_STATUS_RULES,
    });
  }
  const reported = reportedIndicators(report.indicators, report.semester);
  const label = reportedPeriodLabel(reported, report.semester);
  w.value(g.chartDataFirst - 2, 1, L("sheet.monev.chartData", { year: label }), TITLE);
  w.headers(g.chartDataFirst - 1, [
    L("col.no"),
    L("col.indicator"),
    L("col.capaian"),
    L("col.periode"),
  ]);
  names.forEach((name, i) => {
    const row = g.chartDataFirst + i;
    const at = reported.find((x) => x.name === name);
    w.value(row, 1, i + 1, CENTER);
    w.value(row, 2, name, { ...BODY, wrap: true });
    if (!at) {
      w.value(row, 3, "", CENTER, "0.00%");
      w.value(row, 4, "", CENTER);
      return;
    }
    const cap = a1(g.indicatorFirst + at.index, 6);
    w.formula(row, 3, `=IF(ISNUMBER(${cap}),${cap},"")`, num(at.row.capaian), "0.00%");
    w.value(row, 4, at.row.semester ? header(at.row.semester) : at.row.year, CENTER);
  });
}

/** The header words of a semester block, by field (the reader of kept inputs finds them too). */
export function semesterFieldLabels(): Record<SemesterField, string> {
  return {
    plan: L("col.plan"),
    status: L("col.status"),
    output: L("col.output"),
    kendala: L("col.kendala"),
    tindakLanjut: L("col.tindakLanjut"),
    bukti: L("col.bukti"),
  };
}

/** The title of semester block k: "5.1 Kegiatan semester 2021 S1". */
export function blockTitle(k: number, semester: string): string {
  return L("sheet.monev.block", { n: k + 1, semester: header(semester) });
}

/** Each semester block's title and header row: the fixed columns, then the semester's fields. */
function writeBlockHeaders(w: Writer, g: MonevGeometry): void {
  const labels = [
    L("col.code"),
    L("col.program"),
    L("col.units"),
    L("col.kelompok"),
    L("col.aspect"),
    ...Object.values(semesterFieldLabels()),
  ];
  g.blocks.forEach((b, k) => {
    w.value(b.title, 1, blockTitle(k, b.semester), TITLE);
    w.headers(b.header, labels);
  });
}

const OWN: CellStyle = { ...BODY, italic: true, fontColor: "#595959", horizontal: "center" };
const BODY_WRAP: CellStyle = { ...BODY, wrap: true };
const INPUT_WRAP: CellStyle = { ...INPUT, wrap: true };
const NOTES = ["output", "kendala", "tindakLanjut", "bukti"] as const;

/**
 * Section 5's rows: per semester block, the activity, its plan mark and the user's inputs. The
 * hottest loop of the fill (10,000 activities x 8 semesters): what is the same in every block
 * (units, aspect names) is worked out once per activity, and the cells with nothing in them are
 * three blank ranges per block (Rencana where not planned, Status and the four note columns where
 * nothing is typed), not one object each.
 */
function writeActivities(w: Writer, report: MonevReport, g: MonevGeometry): void {
  const aspectName = new Map(ASPECTS.map((a) => [a.key as string, a.name]));
  const [plan, status, ...notes] = SEMESTER_FIELDS.map((f) => g.col(f));
  // The same in every block: built once per activity, not once per activity and semester.
  const units = report.activities.map((a) => a.units.join(", "));
  const aspects = report.activities.map((a) => (a.aspect ? (aspectName.get(a.aspect) ?? "") : ""));
  const cells = w.plan.cells;
  const acts = report.activities;
  const blanks: BlankRange[] = [];
  for (const b of g.blocks) {
    const s = b.semester;
    if (acts.length === 0) {
      w.value(b.first, 1, L("sheet.monev.noActivities"), { italic: true });
      continue;
    }
    // Every row's inputs, typed or not: the same bordered input cells on every printed row; the
    // Rencana column is blank where the activity is not planned.
    blanks.push(
      { range: { row: b.first, col: plan, rows: acts.length, cols: 1 }, style: CENTER },
      { range: { row: b.first, col: status, rows: acts.length, cols: 1 }, style: INPUT_CENTER },
      {
        range: { row: b.first, col: notes[0], rows: acts.length, cols: notes.length },
        style: INPUT_WRAP,
      },
    );
    for (let i = 0; i < acts.length; i++) {
      const a = acts[i];
      const row = b.first + i;
      cells.push(
        { row, col: MONEV_COLS.code, value: a.code, style: BODY },
        { row, col: MONEV_COLS.title, value: a.title, style: BODY_WRAP },
        { row, col: MONEV_COLS.units, value: units[i], style: BODY_WRAP },
        { row, col: MONEV_COLS.kelompok, value: a.kelompok, style: CENTER },
        { row, col: MONEV_COLS.aspect, value: aspects[i], style: BODY_WRAP },
      );
      if (a.planned.includes(s)) cells.push({ row, col: plan, value: PLANNED_MARK, style: CENTER });
      const source = a.source[s];
      const input = a.inputs[s];
      if (source) {
        w.put(row, status, {
          value: input?.statusText ?? "",
          style: OWN,
          note: L("sheet.monev.fromOwn", { cell: source }),
        });
      }
      if (input === undefined) continue;
      if (!source && input.statusText !== "")
        cells.push({ row, col: status, value: input.statusText, style: INPUT_CENTER });
      for (let j = 0; j < notes.length; j++) {
        const v = input[NOTES[j]] ?? "";
        if (v !== "") cells.push({ row, col: notes[j], value: v, style: INPUT_WRAP });
      }
    }
  }
  if (blanks.length > 0) w.plan.blanks = blanks;
}

/** Validation, colours and the kept input ranges of section 5 (one rectangle per semester). */
function activityRules(w: Writer, report: MonevReport, g: MonevGeometry): void {
  const n = report.activities.length;
  if (n === 0) return;
  const rules = MONEV_STATUSES.map((st) => ({
    type: "textEquals" as const,
    text: st,
    fill: MONEV_STATUS_COLORS[st],
  }));
  for (const b of g.blocks) {
    const range = { row: b.first, col: g.col("status"), rows: n, cols: 1 };
    w.inputs.push({ ...range, cols: NOTES.length + 1 });
    w.plan.validations.push({
      range,
      list: [...MONEV_STATUSES],
      allowBlank: true,
      message: L("validation.status"),
    });
    w.plan.conditionalFormats.push({ range, rules });
  }
}

/** The two native charts: % selesai per aspect (reported semester), capaian per indicator. */
function monevCharts(w: Writer, report: MonevReport, g: MonevGeometry): void {
  const k = report.semesters.indexOf(report.semester);
  if (k >= 0) {
    w.plan.charts.push({
      id: MONEV_CHART_ASPECT,
      type: "bar",
      title: L("sheet.monev.chartAspect", { semester: header(report.semester) }),
      categories: { row: g.aspectFirst, col: 2, rows: ASPECTS.length, cols: 1 },
      series: [
        {
          name: L("col.selesaiPct"),
          values: { row: g.aspectFirst, col: 3 + k, rows: ASPECTS.length, cols: 1 },
        },
      ],
      seriesBy: "columns",
      // Under its table, inside the sheet's 11 columns (B..E), so the page stays one A4 wide.
      anchor: { row: g.aspectChart, col: 2, widthCols: 4, heightRows: MONEV_CHART_ROWS },
      ...PERCENT_AXIS,
      axisMax: 1,
      majorUnit: 0.2,
    });
  }
  const names = new Set(report.indicators.map((i) => i.name)).size;
  if (names > 0) {
    w.plan.charts.push({
      id: MONEV_CHART_CAPAIAN,
      type: "column",
      // The year only, even when a semester row is drawn: Google Sheets knows its charts by title
      // (core/write/contract.ts), so a title that changed with the Periode would refuse a re-run.
      title: L("sheet.monev.chartCapaian", { year: report.semester.slice(0, 4) }),
      categories: { row: g.chartDataFirst, col: 2, rows: names, cols: 1 },
      series: [
        { name: L("col.capaian"), values: { row: g.chartDataFirst, col: 3, rows: names, cols: 1 } },
      ],
      seriesBy: "columns",
      // Beside its data (A..C), E..K.
      anchor: {
        row: g.chartDataFirst - 2,
        col: 5,
        widthCols: g.lastCol - 4,
        heightRows: MONEV_CHART_ROWS,
      },
      ...PERCENT_AXIS,
    });
  }
}

/**
 * Column widths in characters: the fixed columns, then one semester's fields. Eleven columns,
 * about 900 pt: an A4 landscape page prints them at about 85%.
 */
const FIXED_WIDTHS = { code: 8, title: 37, units: 20, kelompok: 10, aspect: 14 } as const;
const FIELD_WIDTHS: Record<SemesterField, number> = {
  plan: 8,
  status: 11,
  output: 18,
  kendala: 14,
  tindakLanjut: 14,
  bukti: 11,
};

/** Column widths, frozen code + title columns (the sections above stay scrollable). */
function sheetFormat(w: Writer, g: MonevGeometry): void {
  w.plan.frozen = { rows: 0, cols: MONEV_COLS.title };
  w.plan.columnWidths = [
    ...Object.entries(FIXED_WIDTHS).map(([k, width]) => ({
      col: MONEV_COLS[k as keyof typeof FIXED_WIDTHS],
      width,
    })),
    ...SEMESTER_FIELDS.map((f) => ({ col: g.col(f), width: FIELD_WIDTHS[f] })),
  ];
}

/**
 * The printed pages: A4 landscape fit to width, the upper tables and charts kept whole, each
 * semester block starting a page, and the blocks' header row (the same words in every block)
 * repeated at the top of every page after the first block's. A sheet has one range of repeated
 * rows (Excel, LibreOffice, the .xlsx print titles). LibreOffice prints it from the page where it
 * stands on (checked by test/e2e/print.test.ts; Excel is expected to do the same, not checked
 * here), so the tables above print without it and a block's first page shows the header above
 * its title as well as under it.
 */
function monevPage(w: Writer, g: MonevGeometry): void {
  const starts = new Set(g.blocks.map((b) => b.title));
  const header = g.blocks[0]?.header ?? 1;
  // The aspect chart's block takes in the blank row above it: a break right at the chart's top
  // edge left that edge drawn at the foot of the page before (LibreOffice).
  const blocks = sectionBlocks(w.plan).map((b) =>
    starts.has(b.first)
      ? { ...b, newPage: true }
      : b.first === g.aspectChart
        ? { ...b, first: b.first - 1 }
        : b,
  );
  w.plan.page = pageSetup(w.plan, { blocks, titleRows: { first: header, last: header } });
}

/** The "Monev Renaksi" SheetPlan for a computed report. */
export function monevPlan(report: MonevReport, opts: MonevLayoutOptions = {}): SheetPlan {
  const w = new Writer();
  const g = monevGeometry(report);
  writeTitle(w, report);
  writeSummary(w, report, g);
  writeGroups(w, report, g);
  writeIndicators(w, report, g, opts);
  writeBlockHeaders(w, g);
  writeActivities(w, report, g);
  activityRules(w, report, g);
  if (opts.withCharts !== false) monevCharts(w, report, g);
  sheetFormat(w, g);
  w.plan.inputRanges = joinRects(w.inputs);
  monevPage(w, g);
  return w.plan;
}
