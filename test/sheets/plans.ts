/**
 * Hand-made SheetPlans shaped like core's (a result sheet and a timeline of n activities), so the
 * adapter is tested against the SheetPlan contract independently of the layouts.
 */
import { MARKER_PREFIX, MANAGED_SHEETS } from "../../core/model/managed-sheet";
import { emptyPlan, type PlannedCell, type SheetPlan } from "../../core/layout/sheet-plan";

/** Klungkung's five aspect averages (DOMAIN.md section 4) as a small result sheet. */
export function klungkungResultPlan(withChart = false): SheetPlan {
  const plan = emptyPlan(MANAGED_SHEETS.result, "replace");
  plan.marker = { row: 1, col: 1, text: `${MARKER_PREFIX} Hasil Analisis Kabupaten Klungkung` };
  const aspects: [string, number, string][] = [
    ["Kebijakan & Kelembagaan", 19 / 6, "=AVERAGE(3,3,3,4,3,3)"],
    ["Sumber Daya Manusia", 3, "=AVERAGE(3,3,3,3,3)"],
    ["Pemanfaatan Data & Optimalisasi Aplikasi", 3, "=AVERAGE(3,3,3,3,3)"],
    ["Partisipasi Pemangku Kepentingan", 11 / 3, "=AVERAGE(4,4,3)"],
    ["Koordinasi, Pemantauan & Evaluasi", 3, "=AVERAGE(3,3,3)"],
  ];
  const cells: PlannedCell[] = [
    { row: 1, col: 1, value: plan.marker.text, style: { bold: true } },
    { row: 3, col: 1, value: "Aspek", style: { bold: true, fill: "#D9E2F3", border: true } },
    { row: 3, col: 2, value: "Rata-rata", style: { bold: true, fill: "#D9E2F3", border: true } },
    { row: 3, col: 3, value: "Prioritas pilihan", style: { bold: true, border: true } },
    { row: 3, col: 4, value: "Alasan", style: { bold: true, border: true, wrap: true } },
  ];
  aspects.forEach(([name, avg, formula], i) => {
    const row = 4 + i;
    cells.push({ row, col: 1, value: name, style: { border: true } });
    cells.push({
      row,
      col: 2,
      formula,
      expected: avg,
      numberFormat: "0.00",
      style: { border: true, horizontal: "right" },
    });
    cells.push({ row, col: 3, value: null, style: { border: true } });
    cells.push({ row, col: 4, value: "", style: { border: true, italic: i === 0 } });
  });
  plan.cells = cells;
  plan.validations = [
    {
      range: { row: 4, col: 3, rows: 5, cols: 1 },
      list: ["1", "2", "3", "4", "5"],
      allowBlank: true,
      message: "Prioritas 1-5 / Priority 1-5",
    },
  ];
  plan.conditionalFormats = [
    {
      range: { row: 4, col: 2, rows: 5, cols: 1 },
      rules: [
        { type: "cellIs", operator: "lessThan", values: [2.5], fill: "#F4CCCC" },
        { type: "cellIs", operator: "lessThan", values: [3.25], fill: "#FFF2CC" },
        { type: "cellIs", operator: "greaterThanOrEqual", values: [3.25], fill: "#D9EAD3" },
      ],
    },
  ];
  plan.columnWidths = [
    { col: 1, width: 40 },
    { col: 2, width: 12 },
    { col: 3, width: 12 },
    { col: 4, width: 40 },
  ];
  plan.inputRanges = [{ row: 4, col: 3, rows: 5, cols: 2 }];
  if (withChart) {
    plan.charts = [
      {
        id: "renaksi-bagan-prioritas",
        type: "bar",
        title: "Bagan Prioritas",
        categories: { row: 4, col: 1, rows: 5, cols: 1 },
        series: [{ name: "Rata-rata", values: { row: 4, col: 2, rows: 5, cols: 1 } }],
        seriesBy: "columns",
        anchor: { row: 3, col: 6, widthCols: 6, heightRows: 15 },
        axisMin: 0,
        axisMax: 4,
      },
    ];
  }
  return plan;
}

/** A timeline of `activities` kegiatan over 2022-2024 (years), statuses as input. */
export function timelinePlan(activities: number): SheetPlan {
  const plan = emptyPlan(MANAGED_SHEETS.timeline, "replace");
  plan.marker = { row: 1, col: 1, text: `${MARKER_PREFIX} Timeline Program` };
  const cells: PlannedCell[] = [{ row: 1, col: 1, value: plan.marker.text, style: { bold: true } }];
  const head = [
    "Kode",
    "Kelompok Program / Program / Kegiatan",
    "Pihak Terlibat",
    "2022",
    "2023",
    "2024",
    "Status monev",
  ];
  head.forEach((h, i) =>
    cells.push({ row: 3, col: i + 1, value: h, style: { bold: true, fill: "#D9E2F3" } }),
  );
  cells.push({ row: 4, col: 1, value: "KP I", style: { bold: true, fill: "#EDEDED" } });
  cells.push({
    row: 4,
    col: 2,
    value: "Kebijakan & Kelembagaan",
    style: { bold: true, fill: "#EDEDED" },
  });
  for (let i = 0; i < activities; i++) {
    const row = 5 + i;
    cells.push({ row, col: 1, value: `1.1.${i + 1}` });
    cells.push({ row, col: 2, value: `Kegiatan ${i + 1}`, style: { indent: 2 } });
    cells.push({ row, col: 3, value: "Diskominfo, Bagian Organisasi" });
    for (let y = 0; y < 3; y++) {
      const on = (i + y) % 2 === 0;
      cells.push({
        row,
        col: 4 + y,
        value: on ? "■" : null,
        style: on ? { fill: "#4472C4" } : undefined,
      });
    }
    cells.push({ row, col: 7, value: null });
  }
  plan.cells = cells;
  const rows = activities;
  plan.validations = [
    {
      range: { row: 5, col: 7, rows, cols: 1 },
      list: ["belum", "berjalan", "selesai", "tertunda"],
      allowBlank: true,
      message: "Pilih status / Choose a status",
    },
  ];
  plan.conditionalFormats = [
    {
      range: { row: 5, col: 7, rows, cols: 1 },
      rules: [
        { type: "textEquals", text: "selesai", fill: "#D9EAD3" },
        { type: "textEquals", text: "berjalan", fill: "#FFF2CC" },
        { type: "textEquals", text: "tertunda", fill: "#F4CCCC" },
      ],
    },
  ];
  plan.frozen = { rows: 3, cols: 2 };
  plan.columnWidths = [
    { col: 1, width: 10 },
    { col: 2, width: 50 },
    { col: 3, width: 30 },
    { col: 4, width: 8 },
    { col: 5, width: 8 },
    { col: 6, width: 8 },
    { col: 7, width: 14 },
  ];
  plan.inputRanges = [{ row: 5, col: 7, rows, cols: 1 }];
  return plan;
}
