/**
 * Builds examples/*.xlsx from the seed fixture grids (test/fixtures/grids): the workbooks an analyst
 * would have typed from the seeds, with titles, table borders, header fills and column widths.
 *
 *   npx tsx cli/examples-build.ts [outDir]     (default: examples/)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../core/grid";
import { cilacap, kapuas, klungkung, luwu } from "../test/fixtures/grids";

export const EXAMPLES: Record<string, Grid[]> = { klungkung, luwu, cilacap, kapuas };

const HEADER =
  /^(no\.?|pertanyaan|pernyataan|nilai|aspek|prioritas|alasan|uraian|indikator|target|baseline|realisasi|kelompok program|program|kegiatan|pihak terlibat|penanggung jawab|waktu|tahun|satuan|jumlah|%|kebijakan|sumber daya|pemanfaatan|partisipasi|koordinasi|kode)/i;

const thin = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** One example sheet: the grid's values at their place, styled like an analyst's table. */
export function writeGridSheet(wb: ExcelJS.Workbook, g: Grid): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(g.sheet);
  const widths = new Map<number, number>();
  g.values.forEach((row, i) => {
    const r = g.origin.row + i;
    const filled = row.filter((v) => v !== null && v !== "").length;
    const isHeader = filled >= 2 && row.some((v) => typeof v === "string" && HEADER.test(v.trim()));
    row.forEach((v: CellValue, j) => {
      if (v === null) return;
      const c = g.origin.col + j;
      const cell = ws.getCell(r, c);
      cell.value = v;
      const len = String(v).length;
      if (filled === 1 && typeof v === "string") {
        cell.font = { bold: true, size: i === 0 ? 13 : 11 };
        return;
      }
      widths.set(c, Math.max(widths.get(c) ?? 6, Math.min(len + 2, 60)));
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: len > 60 };
      if (isHeader) {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
        cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      }
    });
  });
  for (const [c, w] of widths) ws.getColumn(c).width = w;
  ws.pageSetup = {
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
  return ws;
}

export async function buildExample(grids: Grid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Renaksi (contoh dari dokumen sumber)";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const g of grids) writeGridSheet(wb, g);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "examples"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, grids] of Object.entries(EXAMPLES)) {
    const file = path.join(outDir, `${name}.xlsx`);
    fs.writeFileSync(file, await buildExample(grids));
    console.log(`${file}: ${grids.map((g) => g.sheet).join(", ")}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
