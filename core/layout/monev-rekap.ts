import type { CellValue } from "../grid";
import { ASPECTS } from "../model/aspect";
import type { MonevRollup } from "../model/monev";
import { sheetLabel as L } from "../i18n/labels-sheet";
import { emptyPlan, type CellStyle, type SheetPlan } from "./sheet-plan";
import { PCT_RULES, CAPAIAN_STATUS_RULES } from "./monev";
import { withPage } from "./page";
import { BODY, HEADER, PERCENT_AXIS, TITLE } from "./styles";

/**
 * The province roll-up as a workbook sheet ("Rekap Monev", mode "new"): % selesai per file
 * (overall and per aspect, each file in its reported semester) with a native column chart, and
 * the indicators that fall short. Values, not formulas: the numbers come from other workbooks.
 * It prints like the managed sheets (A4 landscape, fit to width, tables and chart kept whole).
 *
 * @example rekapPlan(monevRollup(items)).charts[0].title // "% selesai per berkas"
 */
export const REKAP_CHART = "renaksi-rekap-monev";

const CENTER: CellStyle = { ...BODY, horizontal: "center" };
const num = (x: number | null | undefined): CellValue => (x === null || x === undefined ? "" : x);

export function rekapPlan(rollup: MonevRollup): SheetPlan {
  const plan = emptyPlan(L("sheet.rekap.title"), "new");
  const put = (row: number, col: number, value: CellValue, style: CellStyle, fmt?: string) =>
    plan.cells.push({ row, col, value, style, ...(fmt ? { numberFormat: fmt } : {}) });
  put(1, 1, L("sheet.rekap.title"), TITLE);
  put(3, 1, L("sheet.rekap.files"), TITLE);
  const head = [
    L("col.no"),
    L("col.file"),
    L("col.instansi"),
    L("col.semester"),
    L("col.planned"),
    L("status.selesai"),
    L("col.overall"),
    ...ASPECTS.map((a) => a.short),
  ];
  head.forEach((h, i) => put(4, 1 + i, h, HEADER));
  const first = 5;
  rollup.files.forEach((f, i) => {
    const row = first + i;
    put(row, 1, i + 1, CENTER);
    put(row, 2, f.file, BODY);
    put(row, 3, f.instansi, { ...BODY, wrap: true });
    put(row, 4, f.semester.replace("-", " "), CENTER);
    put(row, 5, num(f.overall?.planned), CENTER, "0");
    put(row, 6, num(f.overall?.selesai), CENTER, "0");
    put(row, 7, num(f.overall?.selesaiPct), CENTER, "0%");
    ASPECTS.forEach((a, k) => put(row, 8 + k, num(f.byAspect[a.key]), CENTER, "0%"));
  });
  const n = rollup.files.length;
  if (n > 0) {
    plan.conditionalFormats.push({
      range: { row: first, col: 7, rows: n, cols: 1 + ASPECTS.length },
      rules: PCT_RULES,
    });
    plan.charts.push({
      id: REKAP_CHART,
      type: "column",
      title: L("sheet.rekap.chart"),
      categories: { row: first, col: 2, rows: n, cols: 1 },
      series: [{ name: L("col.overall"), values: { row: first, col: 7, rows: n, cols: 1 } }],
      seriesBy: "columns",
      anchor: { row: 3, col: 9 + ASPECTS.length, widthCols: 8, heightRows: 16 },
      ...PERCENT_AXIS,
      axisMax: 1,
      majorUnit: 0.2,
    });
  }
  let row = first + Math.max(n, 1) + 1;
  put(row, 1, L("sheet.rekap.shortfall"), TITLE);
  row++;
  const head2 = [
    L("col.no"),
    L("col.file"),
    L("col.indicator"),
    L("col.year"),
    L("col.target"),
    L("col.realisasi"),
    L("col.capaian"),
    L("col.capaianStatus"),
  ];
  head2.forEach((h, i) => put(row, 1 + i, h, HEADER));
  const s0 = row + 1;
  rollup.shortfall.forEach((s, i) => {
    const r = s0 + i;
    put(r, 1, i + 1, CENTER);
    put(r, 2, s.file, BODY);
    put(r, 3, s.name, { ...BODY, wrap: true });
    put(r, 4, s.semester ? s.semester.replace("-", " ") : s.year, CENTER);
    put(r, 5, num(s.target), CENTER, s.unit === "%" ? "0.00%" : "0.00");
    put(r, 6, num(s.realisasi), CENTER, s.unit === "%" ? "0.00%" : "0.00");
    put(r, 7, num(s.capaian), CENTER, "0.00%");
    put(r, 8, s.status ? L(`capaianStatus.${s.status}`) : "", CENTER);
  });
  if (rollup.shortfall.length > 0) {
    plan.conditionalFormats.push({
      range: { row: s0, col: 8, rows: rollup.shortfall.length, cols: 1 },
      rules: CAPAIAN_STATUS_RULES,
    });
  }
  plan.columnWidths = [
    { col: 1, width: 5 },
    { col: 2, width: 24 },
    { col: 3, width: 40 },
    { col: 4, width: 10 },
  ];
  for (let c = 5; c < 8 + ASPECTS.length; c++) plan.columnWidths.push({ col: c, width: 12 });
  // printed like the managed sheets: A4 landscape, fit to width, the chart never cut
  return withPage(plan);
}
