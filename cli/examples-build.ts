/**
 * Builds examples/*.xlsx from the seed fixture grids (test/fixtures/grids): the workbooks an analyst
 * would have typed from the seeds, with titles, table borders, header fills and column widths.
 *
 * `luwu.xlsx` is Luwu's document as printed (statements 10 and 14 marked under Partisipasi only, so
 * "Koordinasi & Monev" has no statement and `fill` refuses it); `luwu-perbaikan.xlsx` is the
 * analyst's corrected copy made by `luwuPerbaikan` below (10 and 14 also marked under Koordinasi).
 *
 *   npx tsx cli/examples-build.ts [outDir]     (default: examples/)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { sheetA1, type CellValue, type Grid } from "../core/grid";
import { cilacap, kapuas, klungkung, luwu } from "../test/fixtures/grids";

/** The statements Luwu's analyst also files under "Koordinasi & Monev" ("... mekanisme koordinasi ..."). */
export const LUWU_KOORDINASI_FIX = [10, 14] as const;

/** A cell note on each corrected mark: the change is visible in the workbook, not only here. */
export const LUWU_FIX_NOTE =
  "Perbaikan analis: pernyataan ini (mekanisme koordinasi) juga dikategorikan ke Koordinasi & Monev; " +
  "dokumen tercetak hanya menandai Partisipasi, sehingga aspek Koordinasi & Monev kosong. / " +
  "Analyst's correction: this statement (coordination mechanism) is also filed under Koordinasi & " +
  "Monev; the printed document only marks Partisipasi, which leaves that aspect empty.";

/** A grid cell to annotate with an exceljs note (1-based sheet coordinates). */
export interface GridNote {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

/**
 * Luwu's corrected copy, as a documented transformation of the printed grids: in the sheet that
 * holds the categorisation (the header row naming "Koordinasi"), the rows of statements 10 and 14
 * get a ✓ in the "Koordinasi & Monev" column as well (their "Partisipasi" mark is kept: one
 * statement, two aspects). Every other cell is unchanged. Returns the new grids (the input is not
 * modified) and one note per corrected cell.
 *
 * @example
 *   luwuPerbaikan(luwu).notes.map((n) => n.sheet + "!" + n.row + "," + n.col) // two cells
 */
export function luwuPerbaikan(grids: readonly Grid[]): { grids: Grid[]; notes: GridNote[] } {
  const notes: GridNote[] = [];
  const out = grids.map((g): Grid => {
    const headerRow = g.values.findIndex((row) =>
      row.some((v) => typeof v === "string" && /^koordinasi/i.test(v.trim())),
    );
    if (headerRow < 0 || !g.values.some((row) => row.some((v) => v === "Kategori"))) return g;
    const col = g.values[headerRow].findIndex(
      (v) => typeof v === "string" && /^koordinasi/i.test(v.trim()),
    );
    const mark = g.values
      .slice(headerRow + 1)
      .flat()
      .find((v) => typeof v === "string" && /^[✓√vVxX]$/.test(v));
    const values = g.values.map((row) => [...row]);
    for (let r = headerRow + 1; r < values.length; r++) {
      const no = values[r].find((v) => v !== null);
      if (typeof no !== "number" || !(LUWU_KOORDINASI_FIX as readonly number[]).includes(no))
        continue;
      values[r][col] = mark ?? "✓";
      notes.push({
        sheet: g.sheet,
        row: g.origin.row + r,
        col: g.origin.col + col,
        text: LUWU_FIX_NOTE,
      });
    }
    return { ...g, values };
  });
  if (notes.length !== LUWU_KOORDINASI_FIX.length) {
    throw new Error(
      `luwuPerbaikan: expected ${LUWU_KOORDINASI_FIX.length} rows to correct, found ${notes.length} (${notes
        .map((n) => sheetA1(n.sheet, n.row, n.col))
        .join(", ")})`,
    );
  }
  return { grids: out, notes };
}

const LUWU_FIXED = luwuPerbaikan(luwu);

export interface Example {
  grids: Grid[];
  notes?: GridNote[];
}

export const EXAMPLES: Record<string, Example> = {
  klungkung: { grids: klungkung },
  luwu: { grids: luwu },
  "luwu-perbaikan": LUWU_FIXED,
  cilacap: { grids: cilacap },
  kapuas: { grids: kapuas },
};

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

export async function buildExample(
  grids: Grid[],
  notes: readonly GridNote[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Renaksi (contoh dari dokumen sumber)";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const g of grids) writeGridSheet(wb, g);
  for (const n of notes) {
    const ws = wb.getWorksheet(n.sheet);
    if (!ws) continue;
    const cell = ws.getCell(n.row, n.col);
    cell.note = n.text;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "examples"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, { grids, notes }] of Object.entries(EXAMPLES)) {
    const file = path.join(outDir, `${name}.xlsx`);
    fs.writeFileSync(file, await buildExample(grids, notes));
    console.log(`${file}: ${grids.map((g) => g.sheet).join(", ")}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
