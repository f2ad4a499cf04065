import { a1, parseA1, sheetA1, sheetRange, type CellValue } from "../grid";
import { MANAGED_SHEETS, MARKER_PREFIX } from "../model/managed-sheet";
import { ASPECTS, type AspectInfo, type AspectKey } from "../model/aspect";
import type { Analysis, AspectResult, IndicatorResult } from "../model/analysis";
import type { RenaksiDocument } from "../model/document";
import type { PriorityChoice } from "../model/priority";
import { sheetLabel as L } from "../i18n/labels-sheet";
import {
  emptyPlan,
  type CellStyle,
  type ChartSpec,
  type ConditionalRule,
  type PlannedCell,
  type RangeRef,
  type SheetPlan,
} from "./sheet-plan";
import {
  absColumn,
  columnRuns,
  countFormula,
  capaianFormula,
  gapFormula,
  joinRects,
  liveNumberRef,
  normaliseRef,
  priorityRankFormula,
  scoreFormula,
} from "./formula";
import {
  AMBER,
  BIG,
  BODY,
  GREEN,
  HEADER,
  INPUT,
  RED,
  SCORE_AXIS,
  TITLE as SECTION,
} from "./styles";
import {
  formExportSection,
  notesSection,
  numberer,
  successSection,
  type Numbering,
} from "./report-sections";
import { formatNumber } from "../compute/scores";
import { rankByPriorityOrder } from "../compute/priority";

/**
 * The "Hasil Renaksi" sheet: statement scores, aspect averages and priorities, the Bagan Prioritas
 * data + chart, informasi umum percentages and indicator capaian, as LIVE formulas over the user's
 * own cells, each carrying the value core computed in `expected`.
 *
 * @example
 *   const [result, ...overlays] = resultPlans(doc, analysis, { lookup });
 *   result.cells.find((c) => c.row === 7 && c.col === 3)?.formula
 *   // '=IF(COUNTA(Matriks!C5:F5)=0,"",IF(COUNTA(Matriks!C5:F5)>1,NA(),SUMPRODUCT(...)))'
 */
export interface ResultLayoutOptions {
  /**
   * Value of a user's cell by reference ("Prioritas!C8"): a live reference is written only when
   * the cell holds a plain number (a "1 2 3 (4) 5" string or "158 Pengaduan" cannot be referenced
   * in arithmetic, so the value read is written instead, with a note naming the cell).
   */
  lookup?: (ref: string) => CellValue | undefined;
  /** The cell holding each aspect's written reason in the user's own priority table. */
  reasonCells?: Partial<Record<AspectKey, string>>;
  /** Add the native Bagan Prioritas chart (default true). */
  withChart?: boolean;
  /** Table and figure numbering (default "Tabel 2.1", "Gambar 2.1"). */
  numbering?: Partial<Numbering>;
  /**
   * The aspects, in canonical order (default ASPECTS, model/aspect.ts): every aspect column,
   * aspect row, priority list and formula range of the sheet follows this list. Pass the same list
   * the analysis was computed with.
   */
  aspects?: readonly AspectInfo[];
}

/**
 * Column layout of the result sheet (1-based) for `aspectCount` aspects: the statement table has
 * one column per aspect from `firstAspect`, then Kesenjangan; the aspect table has fixed columns.
 *
 * @example resultCols(5).gap // 10
 */
export function resultCols(aspectCount: number) {
  return {
    no: 1,
    text: 2,
    score: 3,
    n: 4,
    firstAspect: 5,
    gap: 5 + aspectCount,
    // aspect table
    average: 3,
    suggested: 4,
    chosen: 5,
    reason: 6,
    final: 7,
    aspectGap: 8,
    /** The chart's order: a helper column right of every table, hidden. */
    order: Math.max(5 + aspectCount, 8) + 1,
  } as const;
}
export type ResultCols = ReturnType<typeof resultCols>;

/** Column layout of the result sheet for the five standard aspects. */
export const RESULT_COLS = resultCols(ASPECTS.length);

/** The mark of an aspect's statements in the statement table (not "1": it is no score). */
export const MEMBER_MARK = "✓";

export const CHART_ID = "renaksi-bagan-prioritas";

const HELPER: CellStyle = { border: true, italic: true, fontColor: "#808080" };

/** Averages: < 2.5 red, < 3.25 amber, else green (text such as "—" never matches). */
export const AVERAGE_RULES: ConditionalRule[] = [
  { type: "cellIs", operator: "lessThan", values: [2.5], fill: RED },
  { type: "cellIs", operator: "lessThan", values: [3.25], fill: AMBER },
  { type: "cellIs", operator: "between", values: [3.25, BIG], fill: GREEN },
];
/** Gaps mirror the averages (gap = 4 - average): <= 0.75 green, <= 1.5 amber, else red. */
export const GAP_RULES: ConditionalRule[] = [
  { type: "cellIs", operator: "lessThanOrEqual", values: [0.75], fill: GREEN },
  { type: "cellIs", operator: "lessThanOrEqual", values: [1.5], fill: AMBER },
  { type: "cellIs", operator: "between", values: [1.5, BIG], fill: RED },
];
/** Capaian: < 100% red, >= 100% green; "Tercapai" / "Tidak tercapai" for a down target of 0. */
export const CAPAIAN_RULES: ConditionalRule[] = [
  { type: "cellIs", operator: "lessThan", values: [1], fill: RED },
  { type: "cellIs", operator: "between", values: [1, BIG], fill: GREEN },
  { type: "textEquals", text: L("capaian.met"), fill: GREEN },
  { type: "textEquals", text: L("capaian.notMet"), fill: RED },
];

/** The numbers a priority may take for the given aspects: "1".."n". */
export function priorityList(aspects: readonly AspectInfo[] = ASPECTS): string[] {
  return aspects.map((_, i) => String(i + 1));
}

class Sheet {
  readonly plan: SheetPlan;
  constructor(name: string) {
    this.plan = emptyPlan(name, "replace");
  }
  put(row: number, col: number, cell: Omit<PlannedCell, "row" | "col">): void {
    this.plan.cells.push({ row, col, ...cell });
  }
  value(row: number, col: number, value: CellValue, style?: CellStyle, numberFormat?: string) {
    this.put(row, col, {
      value,
      ...(style ? { style } : {}),
      ...(numberFormat ? { numberFormat } : {}),
    });
  }
  formula(
    row: number,
    col: number,
    formula: string,
    expected: CellValue,
    style: CellStyle,
    numberFormat?: string,
    note?: string,
  ) {
    this.put(row, col, {
      formula,
      expected,
      style,
      ...(numberFormat ? { numberFormat } : {}),
      ...(note ? { note } : {}),
    });
  }
  /** The user's cell a written cell shows (flags.ts marks it when a warning names that cell). */
  source(row: number, col: number, ref: string | null | undefined) {
    const cell = this.plan.cells[this.plan.cells.length - 1];
    if (cell?.row === row && cell.col === col && ref) cell.source = ref;
  }
  headers(row: number, labels: string[], col = 1) {
    labels.forEach((label, i) => this.value(row, col + i, label, HEADER));
  }
  cf(range: RangeRef, rules: ConditionalRule[]) {
    if (range.rows > 0 && range.cols > 0) this.plan.conditionalFormats.push({ range, rules });
  }
}

const num = (x: number | null | undefined): CellValue => (x === null || x === undefined ? "" : x);

/** Is this choice read from the result sheet itself (a kept input), not the user's own table? */
function isKeptChoice(c: PriorityChoice): boolean {
  if (!c.cell) return true;
  const p = parseA1(c.cell);
  return !p || p.sheet === undefined || p.sheet === MANAGED_SHEETS.result;
}

/**
 * Rank of each value (lowest = 1), ties by canonical order; null values get null. The priority
 * order's own ranking (compute/priority.ts), which the live rank formula mirrors.
 */
export const rankWithTieBreak = rankByPriorityOrder;

/** The live rank of row `row` among the aspect rows, by the priority order (value, then No). */
function rankFormula(valueCol: number, row: number, first: number, count: number): string {
  return priorityRankFormula({ value: valueCol, order: RESULT_COLS.no }, row, first, count);
}

/**
 * Every plan `fill` writes: the "Hasil Renaksi" sheet, then one overlay per user sheet with scores.
 */
export function resultPlans(
  doc: RenaksiDocument,
  analysis: Analysis,
  opts: ResultLayoutOptions = {},
): SheetPlan[] {
  return [resultPlan(doc, analysis, opts), ...scoreOverlays(doc)];
}

/** The "Hasil Renaksi" SheetPlan (mode "replace", marker in A1): its sections, top to bottom. */
export function resultPlan(
  doc: RenaksiDocument,
  analysis: Analysis,
  opts: ResultLayoutOptions = {},
): SheetPlan {
  const ctx = resultContext(doc, analysis, opts);
  titleRows(ctx);
  let row: number;
  if (hasAssessment(doc, analysis)) {
    const statements = statementTable(ctx, 5);
    const aspects = aspectTable(ctx, statements);
    row = priorityChart(ctx, aspects);
  } else {
    // Kapuas prints no assessment: one note, not three empty tables and a chart frame; the
    // numbering starts with the first table that is there.
    ctx.s.value(5, 1, L("sheet.result.noAssessment"), { italic: true, fontColor: "#595959" });
    row = 6;
  }
  row = informasiTable(ctx, row);
  row = indicatorTable(ctx, row);
  reportSections(ctx, row + 2);
  return ctx.s.plan;
}

/** Statements, an average (Sumbar prints only averages) or a chosen priority to show. */
function hasAssessment(doc: RenaksiDocument, analysis: Analysis): boolean {
  return (
    analysis.statements.length > 0 ||
    analysis.aspects.some((a) => a.average !== null) ||
    doc.priorities.length > 0
  );
}

/** What every section of the result sheet needs. */
interface ResultContext {
  s: Sheet;
  doc: RenaksiDocument;
  analysis: Analysis;
  opts: ResultLayoutOptions;
  aspects: readonly AspectInfo[];
  cols: ResultCols;
  target: number;
  /** Hands out "Tabel 2.1", "Gambar 2.1", ... to the sections that are there. */
  numbers: ReturnType<typeof numberer>;
}

function resultContext(
  doc: RenaksiDocument,
  analysis: Analysis,
  opts: ResultLayoutOptions,
): ResultContext {
  const aspects = opts.aspects ?? ASPECTS;
  const s = new Sheet(MANAGED_SHEETS.result);
  return {
    s,
    doc,
    analysis,
    opts,
    aspects,
    cols: resultCols(aspects.length),
    target: analysis.targetLevel,
    numbers: numberer(opts.numbering),
  };
}

/** Rows 1-3: the marker title, the intro, the target level; the column widths. */
function titleRows({ s, analysis, cols, target }: ResultContext): void {
  const title = `${MARKER_PREFIX} ${L("sheet.result.title")} ${analysis.instansi}`.trim();
  s.plan.marker = { row: 1, col: 1, text: title };
  s.value(1, 1, title, { bold: true, fontColor: "#1F4E79" });
  s.value(2, 1, L("sheet.result.intro"), { italic: true, fontColor: "#595959" });
  s.value(3, 2, L("sheet.result.targetLevel"), { bold: true });
  s.value(3, 3, target, { border: true, horizontal: "center" }, "0.00");
  // Statements one line where they can (Cilacap's wrap less at 110): with no table cut across
  // a page, Hasil Renaksi still prints on at most 3 A4 pages (54% scale); no header
  // word ("Prioritas", "Kesenjangan") is wider than its column, so none breaks mid-word.
  const widths = [12, 110, 12, 12, 12, 55, 12, 12, 12];
  const last = Math.max(cols.gap, widths.length);
  s.plan.columnWidths = Array.from({ length: last }, (_, i) => ({
    col: i + 1,
    width: widths[i] ?? 12,
  }));
  s.plan.columnWidths.push({ col: cols.order, width: 8, hidden: true });
}

/** Where the statement table put each statement's score. */
interface StatementRows {
  /** Statement number -> its row. */
  scoreRow: Map<number, number>;
  first: number;
  /** The first row after the table. */
  next: number;
}

/** Section 1: one row per statement: No, text, live score, n, one column per aspect, gap. */
function statementTable(ctx: ResultContext, start: number): StatementRows {
  const { s, doc, analysis, aspects, cols, target } = ctx;
  let row = start;
  s.value(row, 1, ctx.numbers.table(L("sheet.result.statements")), SECTION);
  row++;
  s.headers(row, [
    L("col.no"),
    L("col.statement"),
    L("col.score"),
    L("col.n"),
    ...aspects.map((a) => a.short),
    L("col.gap"),
  ]);
  row++;
  const scoreRow = new Map<number, number>();
  const answersByNo = new Map(doc.answers.map((a) => [a.no, a]));
  const first = row;
  for (const st of analysis.statements) {
    scoreRow.set(st.no, row);
    s.value(row, cols.no, st.no, { ...BODY, horizontal: "center" });
    s.value(row, cols.text, st.text, { ...BODY, wrap: true });
    const src = answersByNo.get(st.no)?.source;
    const score = num(st.score);
    if (src) {
      s.formula(row, cols.score, scoreFormula(src), score, BODY, "0.00");
      s.source(row, cols.score, sheetRange(src.sheet, src.row, src.col, src.rows, src.cols));
      const cf = countFormula(src);
      if (cf) s.formula(row, cols.n, cf, st.respondents, BODY, "0");
      else s.value(row, cols.n, st.respondents, BODY, "0");
    } else {
      s.value(row, cols.score, score, BODY, "0.00");
      s.value(row, cols.n, st.respondents, BODY, "0");
    }
    aspects.forEach((a, i) => {
      const col = cols.firstAspect + i;
      s.value(row, col, st.aspects.includes(a.key) ? MEMBER_MARK : "", {
        ...BODY,
        horizontal: "center",
      });
    });
    const sc = a1(row, cols.score);
    s.formula(row, cols.gap, `=IF(ISNUMBER(${sc}),${target}-${sc},"")`, num(st.gap), BODY, "0.00");
    row++;
  }
  if (analysis.statements.length === 0) {
    s.value(row, cols.text, L("sheet.result.noStatements"), { italic: true });
    row++;
  } else {
    const n = row - first;
    s.cf({ row: first, col: cols.score, rows: n, cols: 1 }, AVERAGE_RULES);
    s.cf({ row: first, col: cols.gap, rows: n, cols: 1 }, GAP_RULES);
  }
  return { scoreRow, first, next: row };
}

/** Where the aspect table is, and what it holds, for the chart below it. */
interface AspectRows {
  titleRow: number;
  first: number;
  /** One result per aspect of the list, in its order (missing ones blank). */
  results: AspectResult[];
  /** Rank of each aspect's final priority (the chart's order). */
  orders: (number | null)[];
  next: number;
}

/**
 * Section 2: one row per aspect: average (live over its statements' scores), suggested priority
 * (the live rank formula), chosen priority + reason (the user's own cells, or inputs kept across
 * re-runs), final priority, gap, and the order the chart follows.
 */
function aspectTable(ctx: ResultContext, stmts: StatementRows): AspectRows {
  const { s, doc, aspects } = ctx;
  let row = stmts.next + 1;
  const titleRow = row;
  s.value(row, 1, ctx.numbers.table(L("sheet.result.aspects")), SECTION);
  row++;
  s.headers(row, [
    L("col.no"),
    L("col.aspect"),
    L("col.average"),
    L("col.suggested"),
    L("col.chosen"),
    L("col.reason"),
    L("col.final"),
    L("col.gap"),
  ]);
  s.value(row, ctx.cols.order, L("col.order"), HEADER);
  const first = row + 1;
  const results = aspectResults(ctx);
  const choices = new Map(doc.priorities.map((c) => [c.aspect, c]));
  const inputs: RangeRef[] = [];
  const finals = results.map((a) => a.priority ?? a.suggestedPriority);
  const orders = rankWithTieBreak(finals);
  results.forEach((asp, i) => {
    const r = first + i;
    const info = aspects[i];
    s.value(r, ctx.cols.no, info.order, { ...BODY, horizontal: "center" });
    s.value(r, ctx.cols.text, info.name, BODY);
    averageCell(ctx, r, i, asp, stmts);
    s.formula(
      r,
      ctx.cols.suggested,
      rankFormula(ctx.cols.average, r, first, aspects.length),
      num(asp.suggestedPriority),
      { ...BODY, horizontal: "center" },
      "0",
    );
    const kept = choiceCells(ctx, r, asp, choices.get(asp.key));
    if (kept) inputs.push(kept);
    finalCells(ctx, r, first, asp, finals[i], orders[i]);
  });
  const rows = aspects.length;
  s.cf({ row: first, col: ctx.cols.average, rows, cols: 1 }, AVERAGE_RULES);
  s.cf({ row: first, col: ctx.cols.aspectGap, rows, cols: 1 }, GAP_RULES);
  priorityInputs(ctx, inputs);
  return { titleRow, first, results, orders, next: first + rows };
}

/** The analysis' result for each aspect of the list, a blank one when the analysis has none. */
function aspectResults({ analysis, aspects }: ResultContext): AspectResult[] {
  return aspects.map(
    (info) =>
      analysis.aspects.find((x) => x.key === info.key) ?? {
        key: info.key,
        name: info.name,
        average: null,
        statements: [],
        suggestedPriority: null,
        priority: null,
        reason: "",
        gap: null,
      },
  );
}

/** Rata-rata: AVERAGE over the aspect's score cells, the printed average, or "—". */
function averageCell(
  { s, analysis, cols }: ResultContext,
  r: number,
  i: number,
  asp: AspectResult,
  stmts: StatementRows,
): void {
  const rows = asp.statements
    .map((no) => stmts.scoreRow.get(no))
    .filter((x): x is number => x !== undefined);
  if (rows.length > 0 && asp.average !== null) {
    const runs = columnRuns(cols.score, rows);
    const col = cols.firstAspect + i;
    const n = analysis.statements.length;
    const formula =
      runs.length <= 200
        ? `=AVERAGE(${runs.join(",")})`
        : `=AVERAGEIF(${absColumn(col, stmts.first, n)},"${MEMBER_MARK}",` +
          `${absColumn(cols.score, stmts.first, n)})`;
    s.formula(r, cols.average, formula, asp.average, BODY, "0.00");
  } else if (asp.average !== null) {
    s.put(r, cols.average, {
      value: asp.average,
      numberFormat: "0.00",
      style: BODY,
      note: L("sheet.result.printedAverage"),
    });
  } else {
    s.value(r, cols.average, "—", { ...BODY, horizontal: "center" });
  }
}

/**
 * Prioritas pilihan + Alasan: live references to the user's own priority table when the choice
 * comes from it; otherwise input cells kept across re-runs (returned, for their validation).
 */
function choiceCells(
  { s, opts, cols }: ResultContext,
  r: number,
  asp: AspectResult,
  choice: PriorityChoice | undefined,
): RangeRef | null {
  if (!choice || isKeptChoice(choice)) {
    s.value(r, cols.chosen, num(choice?.priority ?? null), { ...INPUT, horizontal: "center" });
    s.value(r, cols.reason, choice?.reason ?? "", { ...INPUT, wrap: true });
    return { row: r, col: cols.chosen, rows: 1, cols: 2 };
  }
  const cellRef = normaliseRef(choice.cell ?? "") ?? choice.cell ?? "";
  const live = liveNumberRef(choice.cell, choice.priority, opts.lookup);
  const note = L("sheet.result.userChoice", { cell: cellRef });
  const style = { ...BODY, horizontal: "center" as const };
  if (live) s.formula(r, cols.chosen, `=${live}`, choice.priority, style, "0", note);
  else s.put(r, cols.chosen, { value: num(choice.priority), style, note });
  if (choice.cell) s.source(r, cols.chosen, cellRef);
  const reasonRef = opts.reasonCells?.[asp.key];
  const reasonNorm = reasonRef ? normaliseRef(reasonRef) : null;
  const reasonVal = reasonNorm && opts.lookup ? opts.lookup(reasonNorm) : undefined;
  if (
    reasonNorm &&
    typeof reasonVal === "string" &&
    reasonVal.trim() === choice.reason.trim() &&
    choice.reason.trim() !== ""
  ) {
    s.formula(r, cols.reason, `=T(${reasonNorm})`, reasonVal, { ...BODY, wrap: true });
  } else {
    s.value(r, cols.reason, choice.reason, { ...BODY, wrap: true });
  }
  return null;
}

/** Prioritas akhir (chosen, else suggested), the aspect's gap, and its rank for the chart. */
function finalCells(
  { s, aspects, cols, target }: ResultContext,
  r: number,
  first: number,
  asp: AspectResult,
  final: number | null,
  order: number | null,
): void {
  const c = a1(r, cols.chosen);
  const sg = a1(r, cols.suggested);
  s.formula(
    r,
    cols.final,
    `=IF(${c}<>"",${c},${sg})`,
    num(final),
    {
      ...BODY,
      bold: true,
      horizontal: "center",
    },
    "0",
  );
  const av = a1(r, cols.average);
  s.formula(
    r,
    cols.aspectGap,
    `=IF(ISNUMBER(${av}),${target}-${av},"")`,
    num(asp.gap),
    BODY,
    "0.00",
  );
  s.formula(
    r,
    cols.order,
    rankFormula(cols.final, r, first, aspects.length),
    num(order),
    { ...HELPER, horizontal: "center" },
    "0",
  );
}

/** The 1..n dropdown on the kept priority inputs, which are also the sheet's input ranges. */
function priorityInputs({ s, aspects }: ResultContext, inputs: RangeRef[]): void {
  const rects = joinRects(inputs);
  for (const rect of rects) {
    s.plan.validations.push({
      range: { ...rect, cols: 1 },
      list: priorityList(aspects),
      allowBlank: true,
      message: L("validation.priority", { n: aspects.length }),
    });
  }
  if (rects.length > 0) s.plan.inputRanges = rects;
}

/**
 * Section 3: Bagan Prioritas: the aspects ordered by final priority (INDEX/MATCH on the order
 * column) and the native bar chart over them. Returns the first row after it.
 */
function priorityChart(ctx: ResultContext, table: AspectRows): number {
  const { s, opts, aspects, cols } = ctx;
  const n = aspects.length;
  let row = table.next + 1;
  s.value(row, 1, ctx.numbers.table(L("sheet.result.chart")), SECTION);
  row++;
  s.headers(row, [L("col.priority"), L("col.aspect"), L("col.average")]);
  const first = row + 1;
  const names = absColumn(cols.text, table.first, n);
  const avgs = absColumn(cols.average, table.first, n);
  const ord = absColumn(cols.order, table.first, n);
  for (let k = 1; k <= n; k++) {
    const r = first + k - 1;
    const idx = table.orders.indexOf(k);
    const kRef = a1(r, 1);
    s.value(r, 1, k, { ...BODY, horizontal: "center" });
    s.formula(
      r,
      2,
      `=IFERROR(INDEX(${names},MATCH(${kRef},${ord},0)),"")`,
      idx >= 0 ? aspects[idx].name : "",
      BODY,
    );
    const avg = idx >= 0 ? table.results[idx].average : null;
    s.formula(
      r,
      3,
      `=IFERROR(INDEX(${avgs},MATCH(${kRef},${ord},0)),"")`,
      idx >= 0 ? (avg === null ? "—" : avg) : "",
      BODY,
      "0.00",
    );
  }
  s.cf({ row: first, col: 3, rows: n, cols: 1 }, AVERAGE_RULES);
  let next = first + n;
  if (opts.withChart === false) return next;
  if (!table.results.some((a) => a.average !== null)) {
    // Kapuas prints no assessment: a note, not an empty chart frame.
    s.value(next, 2, L("sheet.result.noChart"), { italic: true, fontColor: "#595959" });
    return next + 1;
  }
  // Beside its data, inside the printed width (a chart right of every table made each page tiny),
  // from the header row down (not the title row, where a page break may fall): the figure and
  // its data print together.
  const chartRows = Math.max(13, n + 8);
  const top = first - 1;
  const chart: ChartSpec = {
    id: CHART_ID,
    type: "bar",
    title: ctx.numbers.figure(L("sheet.result.chartTitle")),
    categories: { row: first, col: 2, rows: n, cols: 1 },
    series: [{ name: L("col.average"), values: { row: first, col: 3, rows: n, cols: 1 } }],
    seriesBy: "columns",
    anchor: { row: top, col: 5, widthCols: Math.max(6, cols.gap - 4), heightRows: chartRows },
    ...SCORE_AXIS,
  };
  s.plan.charts.push(chart);
  next = Math.max(next, top + chartRows);
  return next;
}

/** Section 4: informasi umum per year: counts from the user's cells, live percentages. */
function informasiTable({ s, doc, analysis, opts, numbers }: ResultContext, start: number): number {
  if (analysis.informasiUmum.length === 0) return start;
  let row = start + 1;
  s.value(row, 1, numbers.table(L("sheet.result.informasi")), SECTION);
  row++;
  s.headers(row, [
    L("col.no"),
    L("col.year"),
    L("col.received"),
    L("col.resolved"),
    L("col.resolvedPct"),
    L("col.unresolved"),
    L("col.unresolvedPct"),
    L("col.monthly"),
  ]);
  row++;
  analysis.informasiUmum.forEach((iu, i) => {
    const src = findInfoCells(doc, iu.year, i);
    // A table of monthly averages (Cilacap: 112,86 resolved per month) keeps its decimals.
    const countFmt = iu.perMonth ? "0.00" : "0";
    s.value(row, 1, i + 1, { ...BODY, horizontal: "center" });
    s.value(
      row,
      2,
      iu.year === null
        ? iu.perMonth
          ? L("sheet.result.perMonth")
          : ""
        : L("year.label", { year: iu.year }),
      { ...BODY, wrap: true },
    );
    sourceCell(s, row, 3, iu.received, src.received, opts.lookup, countFmt);
    sourceCell(s, row, 4, iu.resolved, src.resolved, opts.lookup, countFmt);
    sourceCell(s, row, 6, iu.unresolved, src.unresolved, opts.lookup, countFmt);
    s.value(row, 8, num(iu.monthlyAverage), BODY, "0.00");
    const rec = a1(row, 3);
    const pct = (part: string) =>
      `=IF(AND(ISNUMBER(${rec}),ISNUMBER(${part})),IF(${rec}<>0,${part}/${rec},""),"")`;
    s.formula(row, 5, pct(a1(row, 4)), num(iu.resolvedPct), BODY, "0.00%");
    s.source(row, 5, src.resolvedPct);
    s.formula(row, 7, pct(a1(row, 6)), num(iu.unresolvedPct), BODY, "0.00%");
    s.source(row, 7, src.unresolvedPct);
    row++;
  });
  return row;
}

/** Section 5: indicator capaian per year, live over the user's target and realisation cells. */
function indicatorTable({ s, doc, analysis, opts, numbers }: ResultContext, start: number): number {
  if (analysis.indicators.length === 0) return start;
  let row = start + 1;
  s.value(row, 1, numbers.table(L("sheet.result.indicators")), SECTION);
  row++;
  s.headers(row, [
    L("col.no"),
    L("col.indicator"),
    L("col.year"),
    L("col.target"),
    L("col.realisasi"),
    L("col.capaian"),
    L("col.gap"),
    L("col.unit"),
    L("col.polarity"),
    L("col.baseline"),
  ]);
  row++;
  const capaianCells: RangeRef[] = [];
  analysis.indicators.forEach((ind, i) => {
    const docInd =
      doc.indicators[i]?.name === ind.name
        ? doc.indicators[i]
        : doc.indicators.find((d) => d.name === ind.name);
    row = indicatorRows(s, row, i + 1, ind, docInd, opts.lookup, capaianCells);
  });
  for (const rect of joinRects(capaianCells)) s.cf(rect, CAPAIAN_RULES);
  return row;
}

/**
 * The report sections after the tables (success indicators, form export: numbered only when
 * present), then the Catatan listing every warning with its cell.
 */
function reportSections({ s, analysis, numbers }: ResultContext, start: number): void {
  let row = start;
  const sections: Array<[typeof successSection, boolean, string]> = [
    [successSection, analysis.successIndicators.length > 0, L("sheet.result.success")],
    [formExportSection, analysis.formExport !== null, L("sheet.result.form")],
  ];
  for (const [build, present, title] of sections) {
    if (!present) continue;
    const section = build(analysis, row, numbers.table(title));
    if (section.cells.length === 0) continue;
    s.plan.cells.push(...section.cells);
    if (section.inputs.length > 0)
      s.plan.inputRanges = [...(s.plan.inputRanges ?? []), ...section.inputs];
    row = section.next;
  }
  s.plan.cells.push(...notesSection(analysis, row, L("sheet.result.notes")).cells);
}

type InfoField = "received" | "resolved" | "unresolved" | "resolvedPct" | "unresolvedPct";

/** Source cells of an informasi umum year, keyed by field (several spellings accepted). */
function findInfoCells(
  doc: RenaksiDocument,
  year: number | null,
  index: number,
): Partial<Record<InfoField, string>> {
  const rec = doc.informasiUmum.find((x) => x.year === year) ?? doc.informasiUmum[index];
  const cells = rec?.cells ?? {};
  const pick = (...keys: string[]) => keys.map((k) => cells[k]).find((v) => v !== undefined);
  return {
    received: pick("received", "jumlah", "diterima"),
    resolved: pick("resolved", "diselesaikan", "selesai"),
    unresolved: pick("unresolved", "belum", "proses", "tidakDiselesaikan"),
    resolvedPct: pick("printedResolvedPct"),
    unresolvedPct: pick("printedUnresolvedPct"),
  };
}

/** A value taken from the user's cell: a live reference when the cell holds the same number. */
function sourceCell(
  s: Sheet,
  row: number,
  col: number,
  value: number | null,
  ref: string | undefined,
  lookup: ResultLayoutOptions["lookup"],
  numberFormat: string,
): void {
  const live = liveNumberRef(ref, value, lookup);
  if (live) {
    s.formula(row, col, `=${live}`, value, BODY, numberFormat);
    s.source(row, col, live);
  } else {
    const norm = ref ? normaliseRef(ref) : null;
    s.put(row, col, {
      value: num(value),
      style: BODY,
      numberFormat,
      ...(norm ? { note: L("sheet.result.fromSource", { cell: norm }), source: norm } : {}),
    });
  }
}

function indicatorRows(
  s: Sheet,
  row: number,
  no: number,
  ind: IndicatorResult,
  docInd: RenaksiDocument["indicators"][number] | undefined,
  lookup: ResultLayoutOptions["lookup"],
  capaianCells: RangeRef[],
): number {
  const pctUnit = /%|persen/i.test(ind.unit);
  // Counts of complaints are whole numbers: no "30,00" beside a target of 30.
  const countUnit = /pengaduan|kasus|laporan|aduan|orang|unit|aplikasi|kali/i.test(ind.unit);
  const fmt = pctUnit ? "0.00%" : countUnit ? "0" : "0.00";
  const baseline = baselineText(ind, pctUnit);
  for (const y of ind.years) {
    s.value(row, 1, no, { ...BODY, horizontal: "center" });
    s.value(row, 2, ind.name, { ...BODY, wrap: true });
    s.value(row, 3, y.year, { ...BODY, horizontal: "center" });
    const tCell = docInd?.targets.find((t) => t.year === y.year)?.cell;
    const rCell = docInd?.realisations.find((t) => t.year === y.year)?.cell;
    sourceCell(s, row, 4, y.target, tCell, lookup, fmt);
    sourceCell(s, row, 5, y.realisasi, rCell, lookup, fmt);
    const T = a1(row, 4);
    const R = a1(row, 5);
    const targetZero = ind.polarity === "down" && y.target === 0;
    const capaian = capaianFormula(ind.polarity, targetZero, T, R);
    const expected: CellValue = targetZero
      ? y.met === null
        ? ""
        : y.met
          ? L("capaian.met")
          : L("capaian.notMet")
      : num(y.capaian);
    capaianCells.push({ row, col: 6, rows: 1, cols: 1 });
    s.formula(row, 6, capaian, expected, { ...BODY, horizontal: "right" }, "0.00%");
    s.formula(row, 7, gapFormula(ind.polarity, T, R), num(y.gap), BODY, fmt);
    s.value(row, 8, ind.unit, BODY);
    s.value(row, 9, L(ind.polarity === "down" ? "polarity.down" : "polarity.up"), {
      ...BODY,
      horizontal: "center",
    });
    // The indicator's own cell (a polarity guessed from its name is warned there).
    if (y === ind.years[0]) s.source(row, 9, docInd?.cell);
    s.value(row, 10, y === ind.years[0] ? baseline : "", { ...BODY, horizontal: "right" });
    row++;
  }
  return row;
}

/** "158 (2020)", "95,57% (2020)", "2,5 (2020)": the baseline as the plans print it; "" when none. */
function baselineText(ind: IndicatorResult, pct: boolean): string {
  const v = ind.baseline.value;
  if (v === null) return "";
  const shown = pct ? `${formatNumber(Math.round(v * 10000) / 100)}%` : formatNumber(v);
  return ind.baseline.year === null ? shown : `${shown} (${ind.baseline.year})`;
}

const MARK_LIST = ["✓", "√", "v", "V", "X", "x"];
const SCORE_LIST = ["1", "2", "3", "4"];

/**
 * Overlays (mode "overlay") on the user's own sheets: data validation on the score cells only
 * (the 1-4 list on single-value cells and respondents' answers, the mark list on mark columns).
 * Values are never touched.
 */
export function scoreOverlays(doc: RenaksiDocument): SheetPlan[] {
  const bySheet = new Map<string, { marks: RangeRef[]; values: RangeRef[] }>();
  for (const a of doc.answers) {
    const src = a.source;
    if (!src || src.sheet === MANAGED_SHEETS.result || src.sheet === MANAGED_SHEETS.timeline) {
      continue;
    }
    const e = bySheet.get(src.sheet) ?? { marks: [], values: [] };
    bySheet.set(src.sheet, e);
    const rect = { row: src.row, col: src.col, rows: src.rows, cols: src.cols };
    (src.kind === "marks" ? e.marks : e.values).push(rect);
  }
  const out: SheetPlan[] = [];
  for (const [sheet, e] of [...bySheet].sort((x, y) => x[0].localeCompare(y[0]))) {
    const plan = emptyPlan(sheet, "overlay");
    for (const range of joinRects(e.marks)) {
      plan.validations.push({
        range,
        list: MARK_LIST,
        allowBlank: true,
        message: L("validation.mark"),
      });
    }
    for (const range of joinRects(e.values)) {
      plan.validations.push({
        range,
        list: SCORE_LIST,
        allowBlank: true,
        message: L("validation.score"),
      });
    }
    out.push(plan);
  }
  return out;
}

/** Address of a result-sheet cell, for problems and notes: "'Hasil Renaksi'!E30". */
export function resultCell(row: number, col: number): string {
  return sheetA1(MANAGED_SHEETS.result, row, col);
}
