import { a1, parseA1, sheetA1, type CellValue } from "../grid";
import { MANAGED_SHEETS, MARKER_PREFIX } from "../model/managed-sheet";
import { ASPECTS, type AspectKey } from "../model/aspect";
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
  scoreFormula,
} from "./formula";
import { BODY, HEADER, INPUT, TITLE as SECTION } from "./styles";
import { formExportSection, successSection } from "./report-sections";
import { formatNumber } from "../compute/scores";

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
}

/** Column layout of the result sheet (1-based). */
export const RESULT_COLS = {
  no: 1,
  text: 2,
  score: 3,
  n: 4,
  firstAspect: 5,
  gap: 10,
  // aspect table
  average: 3,
  suggested: 4,
  chosen: 5,
  reason: 6,
  final: 7,
  aspectGap: 8,
  order: 9,
} as const;

export const CHART_ID = "renaksi-bagan-prioritas";

const HELPER: CellStyle = { border: true, italic: true, fontColor: "#808080" };

const RED = "#F8CBAD";
const AMBER = "#FFE699";
const GREEN = "#C6EFCE";
const BIG = 1e9;

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

export const PRIORITY_LIST = ["1", "2", "3", "4", "5"];

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
 * Rank of each value (lowest = 1), ties by canonical order; null values get null. This mirrors the
 * live `SUMPRODUCT` rank formula written in the sheet.
 */
export function rankWithTieBreak(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v, i) => {
    if (v === null) return null;
    let r = 1;
    values.forEach((w, j) => {
      if (w !== null && (w < v || (w === v && j < i))) r++;
    });
    return r;
  });
}

function rankFormula(valueCol: number, row: number, first: number, count: number): string {
  const vals = absColumn(valueCol, first, count);
  const ord = absColumn(RESULT_COLS.no, first, count);
  const v = a1(row, valueCol);
  const o = a1(row, RESULT_COLS.no);
  return (
    `=IF(ISNUMBER(${v}),SUMPRODUCT(ISNUMBER(${vals})*(${vals}<${v}))` +
    `+SUMPRODUCT((${vals}=${v})*(${ord}<${o}))+1,"")`
  );
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

/** The "Hasil Renaksi" SheetPlan (mode "replace", marker in A1). */
export function resultPlan(
  doc: RenaksiDocument,
  analysis: Analysis,
  opts: ResultLayoutOptions = {},
): SheetPlan {
  const s = new Sheet(MANAGED_SHEETS.result);
  const target = analysis.targetLevel;
  const title = `${MARKER_PREFIX} ${L("sheet.result.title")} ${analysis.instansi}`.trim();
  s.plan.marker = { row: 1, col: 1, text: title };
  s.value(1, 1, title, { bold: true, fontColor: "#1F4E79" });
  s.value(2, 1, L("sheet.result.intro"), { italic: true, fontColor: "#595959" });
  s.value(3, 2, L("sheet.result.targetLevel"), { bold: true });
  s.value(3, 3, target, { border: true, horizontal: "center" }, "0.00");
  s.plan.columnWidths = [
    { col: 1, width: 6 },
    { col: 2, width: 55 },
    { col: 3, width: 12 },
    { col: 4, width: 12 },
    { col: 5, width: 14 },
    { col: 6, width: 32 },
    { col: 7, width: 14 },
    { col: 8, width: 14 },
    { col: 9, width: 14 },
    { col: 10, width: 14 },
  ];

  // 1. Statement table
  let row = 5;
  s.value(row, 1, L("sheet.result.statements"), SECTION);
  row++;
  s.headers(row, [
    L("col.no"),
    L("col.statement"),
    L("col.score"),
    L("col.n"),
    ...ASPECTS.map((a) => a.short),
    L("col.gap"),
  ]);
  row++;
  const scoreRow = new Map<number, number>();
  const answersByNo = new Map(doc.answers.map((a) => [a.no, a]));
  const first = row;
  for (const st of analysis.statements) {
    scoreRow.set(st.no, row);
    s.value(row, RESULT_COLS.no, st.no, { ...BODY, horizontal: "center" });
    s.value(row, RESULT_COLS.text, st.text, { ...BODY, wrap: true });
    const src = answersByNo.get(st.no)?.source;
    const score = num(st.score);
    if (src) {
      s.formula(row, RESULT_COLS.score, scoreFormula(src), score, BODY, "0.00");
      const cf = countFormula(src);
      if (cf) s.formula(row, RESULT_COLS.n, cf, st.respondents, BODY, "0");
      else s.value(row, RESULT_COLS.n, st.respondents, BODY, "0");
    } else {
      s.value(row, RESULT_COLS.score, score, BODY, "0.00");
      s.value(row, RESULT_COLS.n, st.respondents, BODY, "0");
    }
    ASPECTS.forEach((a, i) => {
      const col = RESULT_COLS.firstAspect + i;
      s.value(row, col, st.aspects.includes(a.key) ? 1 : "", { ...BODY, horizontal: "center" });
    });
    const sc = a1(row, RESULT_COLS.score);
    s.formula(
      row,
      RESULT_COLS.gap,
      `=IF(ISNUMBER(${sc}),${target}-${sc},"")`,
      num(st.gap),
      BODY,
      "0.00",
    );
    row++;
  }
  if (analysis.statements.length === 0) {
    s.value(row, RESULT_COLS.text, L("sheet.result.noStatements"), { italic: true });
    row++;
  } else {
    const n = row - first;
    s.cf({ row: first, col: RESULT_COLS.score, rows: n, cols: 1 }, AVERAGE_RULES);
    s.cf({ row: first, col: RESULT_COLS.gap, rows: n, cols: 1 }, GAP_RULES);
  }

  // 2. Aspect table
  row++;
  s.value(row, 1, L("sheet.result.aspects"), SECTION);
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
    L("col.order"),
  ]);
  row++;
  const aFirst = row;
  const aspects: AspectResult[] = ASPECTS.map((info) => {
    const found = analysis.aspects.find((x) => x.key === info.key);
    return (
      found ?? {
        key: info.key,
        name: info.name,
        average: null,
        statements: [],
        suggestedPriority: null,
        priority: null,
        reason: "",
        gap: null,
      }
    );
  });
  const choices = new Map(doc.priorities.map((c) => [c.aspect, c]));
  const inputs: RangeRef[] = [];
  const finals = aspects.map((a) => a.priority ?? a.suggestedPriority);
  const orders = rankWithTieBreak(finals);
  aspects.forEach((asp, i) => {
    const r = aFirst + i;
    const info = ASPECTS[i];
    s.value(r, RESULT_COLS.no, info.order, { ...BODY, horizontal: "center" });
    s.value(r, RESULT_COLS.text, info.name, BODY);
    // Rata-rata
    const rows = asp.statements
      .map((no) => scoreRow.get(no))
      .filter((x): x is number => x !== undefined);
    if (rows.length > 0 && asp.average !== null) {
      const runs = columnRuns(RESULT_COLS.score, rows);
      const col = RESULT_COLS.firstAspect + i;
      const formula =
        runs.length <= 200
          ? `=AVERAGE(${runs.join(",")})`
          : `=AVERAGEIF(${absColumn(col, first, analysis.statements.length)},1,` +
            `${absColumn(RESULT_COLS.score, first, analysis.statements.length)})`;
      s.formula(r, RESULT_COLS.average, formula, asp.average, BODY, "0.00");
    } else if (asp.average !== null) {
      s.put(r, RESULT_COLS.average, {
        value: asp.average,
        numberFormat: "0.00",
        style: BODY,
        note: L("sheet.result.printedAverage"),
      });
    } else {
      s.value(r, RESULT_COLS.average, "—", { ...BODY, horizontal: "center" });
    }
    // Prioritas usulan
    s.formula(
      r,
      RESULT_COLS.suggested,
      rankFormula(RESULT_COLS.average, r, aFirst, 5),
      num(asp.suggestedPriority),
      { ...BODY, horizontal: "center" },
      "0",
    );
    // Prioritas pilihan + Alasan
    const choice = choices.get(asp.key);
    if (choice && !isKeptChoice(choice)) {
      const cellRef = normaliseRef(choice.cell ?? "") ?? choice.cell ?? "";
      const live = liveNumberRef(choice.cell, choice.priority, opts.lookup);
      const note = L("sheet.result.userChoice", { cell: cellRef });
      const style = { ...BODY, horizontal: "center" as const };
      if (live) s.formula(r, RESULT_COLS.chosen, `=${live}`, choice.priority, style, "0", note);
      else s.put(r, RESULT_COLS.chosen, { value: num(choice.priority), style, note });
      const reasonRef = opts.reasonCells?.[asp.key];
      const reasonNorm = reasonRef ? normaliseRef(reasonRef) : null;
      const reasonVal = reasonNorm && opts.lookup ? opts.lookup(reasonNorm) : undefined;
      if (
        reasonNorm &&
        typeof reasonVal === "string" &&
        reasonVal.trim() === choice.reason.trim() &&
        choice.reason.trim() !== ""
      ) {
        s.formula(r, RESULT_COLS.reason, `=T(${reasonNorm})`, reasonVal, {
          ...BODY,
          wrap: true,
        });
      } else {
        s.value(r, RESULT_COLS.reason, choice.reason, { ...BODY, wrap: true });
      }
    } else {
      s.value(r, RESULT_COLS.chosen, num(choice?.priority ?? null), {
        ...INPUT,
        horizontal: "center",
      });
      s.value(r, RESULT_COLS.reason, choice?.reason ?? "", { ...INPUT, wrap: true });
      inputs.push({ row: r, col: RESULT_COLS.chosen, rows: 1, cols: 2 });
    }
    const c = a1(r, RESULT_COLS.chosen);
    const sg = a1(r, RESULT_COLS.suggested);
    s.formula(
      r,
      RESULT_COLS.final,
      `=IF(${c}<>"",${c},${sg})`,
      num(finals[i]),
      { ...BODY, bold: true, horizontal: "center" },
      "0",
    );
    const av = a1(r, RESULT_COLS.average);
    s.formula(
      r,
      RESULT_COLS.aspectGap,
      `=IF(ISNUMBER(${av}),${target}-${av},"")`,
      num(asp.gap),
      BODY,
      "0.00",
    );
    s.formula(
      r,
      RESULT_COLS.order,
      rankFormula(RESULT_COLS.final, r, aFirst, 5),
      num(orders[i]),
      { ...HELPER, horizontal: "center" },
      "0",
    );
  });
  s.cf({ row: aFirst, col: RESULT_COLS.average, rows: 5, cols: 1 }, AVERAGE_RULES);
  s.cf({ row: aFirst, col: RESULT_COLS.aspectGap, rows: 5, cols: 1 }, GAP_RULES);
  const inputRects = joinRects(inputs);
  for (const rect of inputRects) {
    s.plan.validations.push({
      range: { ...rect, cols: 1 },
      list: PRIORITY_LIST,
      allowBlank: true,
      message: L("validation.priority"),
    });
  }
  if (inputRects.length > 0) s.plan.inputRanges = inputRects;
  const aspectTitleRow = aFirst - 2;
  row = aFirst + 5;

  // 3. Bagan Prioritas
  row++;
  s.value(row, 1, L("sheet.result.chart"), SECTION);
  row++;
  s.headers(row, [L("col.priority"), L("col.aspect"), L("col.average")]);
  row++;
  const cFirst = row;
  const names = absColumn(RESULT_COLS.text, aFirst, 5);
  const avgs = absColumn(RESULT_COLS.average, aFirst, 5);
  const ord = absColumn(RESULT_COLS.order, aFirst, 5);
  for (let k = 1; k <= 5; k++) {
    const r = cFirst + k - 1;
    const idx = orders.indexOf(k);
    const kRef = a1(r, 1);
    s.value(r, 1, k, { ...BODY, horizontal: "center" });
    s.formula(
      r,
      2,
      `=IFERROR(INDEX(${names},MATCH(${kRef},${ord},0)),"")`,
      idx >= 0 ? ASPECTS[idx].name : "",
      BODY,
    );
    const avg = idx >= 0 ? aspects[idx].average : null;
    s.formula(
      r,
      3,
      `=IFERROR(INDEX(${avgs},MATCH(${kRef},${ord},0)),"")`,
      idx >= 0 ? (avg === null ? "—" : avg) : "",
      BODY,
      "0.00",
    );
  }
  s.cf({ row: cFirst, col: 3, rows: 5, cols: 1 }, AVERAGE_RULES);
  if (opts.withChart !== false) {
    const chart: ChartSpec = {
      id: CHART_ID,
      type: "bar",
      title: L("sheet.result.chartTitle"),
      categories: { row: cFirst, col: 2, rows: 5, cols: 1 },
      series: [{ name: L("col.average"), values: { row: cFirst, col: 3, rows: 5, cols: 1 } }],
      seriesBy: "columns",
      anchor: { row: aspectTitleRow, col: 11, widthCols: 7, heightRows: 16 },
      axisMin: 0,
      axisMax: 4,
    };
    s.plan.charts.push(chart);
  }
  row = cFirst + 5;

  // 4. Informasi umum
  if (analysis.informasiUmum.length > 0) {
    row++;
    s.value(row, 1, L("sheet.result.informasi"), SECTION);
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
      s.formula(row, 7, pct(a1(row, 6)), num(iu.unresolvedPct), BODY, "0.00%");
      row++;
    });
  }

  // 5. Indicators
  if (analysis.indicators.length > 0) {
    row++;
    s.value(row, 1, L("sheet.result.indicators"), SECTION);
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
  }
  row += 2;
  const sections: Array<[typeof successSection, string]> = [
    [successSection, L("sheet.result.success")],
    [formExportSection, L("sheet.result.form")],
  ];
  for (const [build, title] of sections) {
    const section = build(analysis, row, title);
    if (section.cells.length === 0) continue;
    s.plan.cells.push(...section.cells);
    if (section.inputs.length > 0)
      s.plan.inputRanges = [...(s.plan.inputRanges ?? []), ...section.inputs];
    row = section.next;
  }
  return s.plan;
}

type InfoField = "received" | "resolved" | "unresolved";

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
  } else {
    const norm = ref ? normaliseRef(ref) : null;
    s.put(row, col, {
      value: num(value),
      style: BODY,
      numberFormat,
      ...(norm ? { note: L("sheet.result.fromSource", { cell: norm }) } : {}),
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
