/**
 * Helpers for the .xlsx host tests: a hand-made result plan shaped like Klungkung's priority table
 * (the seed's own averages), zip inspection, and a workbook the user made with a chart, a picture
 * and a comment.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { emptyPlan, type SheetPlan } from "../../core/layout/sheet-plan";
import { buildWorkbook } from "../../cli/xlsx/workbook";

/** Klungkung 2022: aspect averages in priority order (DOMAIN.md sections 4-5). */
export const KLUNGKUNG_BY_PRIORITY: [string, number][] = [
  ["SDM", 3],
  ["Data & Aplikasi", 3],
  ["Koordinasi & Monev", 3],
  ["Kelembagaan", 19 / 6],
  ["Partisipasi", 11 / 3],
];

/** A managed sheet exercising every SheetPlan feature, with a bar chart over B4:B8. */
export function klungkungPlan(sheet = "Hasil Renaksi"): SheetPlan {
  const p = emptyPlan(sheet, "replace");
  p.marker = { row: 1, col: 1, text: "RENAKSI | Hasil Analisis" };
  p.cells.push({ row: 1, col: 1, value: "RENAKSI | Hasil Analisis", style: { bold: true } });
  p.cells.push({
    row: 3,
    col: 1,
    value: "Aspek",
    style: {
      bold: true,
      fill: "#1F4E78",
      fontColor: "#FFFFFF",
      border: true,
      horizontal: "center",
    },
  });
  p.cells.push({ row: 3, col: 2, value: "Rata-rata", style: { bold: true, border: true } });
  p.cells.push({ row: 3, col: 3, value: "Peringkat", style: { bold: true, border: true } });
  KLUNGKUNG_BY_PRIORITY.forEach(([name, avg], i) => {
    const r = 4 + i;
    p.cells.push({ row: r, col: 1, value: name, style: { border: true, wrap: true, indent: 1 } });
    p.cells.push({
      row: r,
      col: 2,
      formula: `=AVERAGE(${avg},${avg})`,
      expected: avg,
      numberFormat: "0.00",
      style: { border: true },
    });
    p.cells.push({
      row: r,
      col: 3,
      formula: `=RANK.EQ(B${r},$B$4:$B$8,1)`,
      expected: i < 3 ? 1 : i + 1,
      style: { border: true },
    });
  });
  p.cells.push({ row: 10, col: 1, value: "Catatan", note: "Diisi oleh tim" });
  p.cells.push({ row: 10, col: 2, value: null, style: { fill: "#FFF2CC" } });
  p.merges.push({ row: 2, col: 1, rows: 1, cols: 3 });
  p.cells.push({
    row: 2,
    col: 1,
    value: "Bagan Prioritas",
    style: { italic: true, vertical: "middle" },
  });
  p.validations.push({
    range: { row: 10, col: 2, rows: 1, cols: 2 },
    list: ["1", "2", "3", "4", "5"],
    allowBlank: true,
    message: "Pilih 1-5 / Choose 1-5",
  });
  p.conditionalFormats.push({
    range: { row: 4, col: 2, rows: 5, cols: 1 },
    rules: [
      { type: "cellIs", operator: "lessThan", values: [3.1], fill: "#F8CBAD" },
      { type: "textEquals", text: "selesai", fill: "#C6EFCE" },
      { type: "notBlank", fill: "#FFFFFF" },
    ],
  });
  p.columnWidths.push({ col: 1, width: 28 }, { col: 2, width: 12 });
  p.frozen = { rows: 3, cols: 1 };
  p.charts.push({
    id: "bagan-prioritas",
    type: "bar",
    title: "Bagan Prioritas",
    categories: { row: 4, col: 1, rows: 5, cols: 1 },
    series: [{ name: "Rata-rata", values: { row: 4, col: 2, rows: 5, cols: 1 } }],
    seriesBy: "columns",
    anchor: { row: 3, col: 5, widthCols: 8, heightRows: 16 },
    axisMin: 0,
    axisMax: 4,
  });
  return p;
}

export async function zipOf(buf: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buf);
}

export async function text(zip: JSZip, part: string): Promise<string> {
  const f = zip.file(part);
  if (!f) throw new Error(`no part ${part}`);
  return f.async("string");
}

export const partsMatching = (zip: JSZip, re: RegExp): string[] =>
  Object.keys(zip.files)
    .filter((p) => re.test(p) && !zip.files[p].dir)
    .sort();

/** 1x1 red PNG. */
export const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * A workbook a user made: "Data" with their own formula, a comment and a picture, and "Grafik"
 * with their own native chart (drawn by our chart writer, as Excel would store one).
 */
export async function userWorkbookWithChart(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Data");
  data.getCell("A1").value = "Tahun";
  data.getCell("B1").value = "Pengaduan";
  [2020, 2021, 2022].forEach((y, i) => {
    data.getCell(2 + i, 1).value = y;
    data.getCell(2 + i, 2).value = [9, 6, 22][i];
  });
  data.getCell("B5").value = { formula: "SUM(B2:B4)", result: 37 };
  data.getCell("A1").note = "Sumber: laporan SP4N-LAPOR!";
  const img = wb.addImage({ buffer: PNG_1X1 as unknown as ExcelJS.Buffer, extension: "png" });
  data.addImage(img, { tl: { col: 4, row: 1 }, ext: { width: 40, height: 40 } });
  const chartPlan = emptyPlan("Grafik", "new");
  [2020, 2021, 2022].forEach((y, i) => {
    chartPlan.cells.push({ row: 2 + i, col: 1, value: String(y) });
    chartPlan.cells.push({
      row: 2 + i,
      col: 2,
      formula: `=Data!B${2 + i}`,
      expected: [9, 6, 22][i],
    });
  });
  chartPlan.charts.push({
    id: "grafik-pengguna",
    type: "column",
    title: "Pengaduan per tahun",
    categories: { row: 2, col: 1, rows: 3, cols: 1 },
    series: [{ name: "Pengaduan", values: { row: 2, col: 2, rows: 3, cols: 1 } }],
    seriesBy: "columns",
    anchor: { row: 1, col: 4, widthCols: 6, heightRows: 12 },
  });
  const built = await buildWorkbook({ wb }, [chartPlan]);
  if (!built.buffer) throw new Error("could not build the user workbook");
  // Rename the chart object so it no longer looks like Renaksi's own: it is the user's chart now.
  const zip = await JSZip.loadAsync(built.buffer);
  for (const p of partsMatching(zip, /^xl\/drawings\/drawing\d+\.xml$/)) {
    const xml = await text(zip, p);
    zip.file(p, xml.replace(/name="Renaksi: grafik-pengguna"/, 'name="Grafik 1"'));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/**
 * Tag nesting check for hand-written XML: every element closes in order, attributes are quoted,
 * no stray "<" or "&". Returns the problems found ([] when well-formed).
 */
export function xmlNestingProblems(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const stack: string[] = [];
  const out: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const between = body.slice(last, m.index);
    if (/[<>]/.test(between) || /&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(between))
      out.push(`bad text before ${m[0]}`);
    last = (m.index ?? 0) + m[0].length;
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) out.push(`</${m[2]}> closes <${open ?? "nothing"}>`);
    } else if (!m[4]) stack.push(m[2]);
  }
  if (body.slice(last).trim()) out.push("text after the root element");
  if (stack.length) out.push(`unclosed: ${stack.join(" > ")}`);
  return out;
}

/** The workbook as exceljs reads it (tests inspect cells, notes and views with it). */
export async function excelOf(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
