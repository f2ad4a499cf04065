/**
 * `npm run bench` (cli part):
 * - fill on a plan with 10,000 activities: read + compute + render + package (goal < 3 s);
 * - summary on 600 instansi workbooks (Klungkung-shaped), generated into a temp dir first; only the
 *   summary is timed (goal < 30 s).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { fill, timeline } from "../core/index";
import { bigProgramGrid, klungkung } from "../test/fixtures/grids";
import { buildExample, writeGridSheet } from "../cli/examples-build";
import { buildWorkbook, loadWorkbook } from "../cli/xlsx/workbook";
import { analyzeFile } from "../cli/main";

const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-bench-"));
  try {
    // fill: 10,000 activities next to Klungkung's matrices
    const wb = new ExcelJS.Workbook();
    for (const g of klungkung.filter((x) => x.sheet !== "Program")) writeGridSheet(wb, g);
    writeGridSheet(wb, bigProgramGrid(10_000));
    const input = Buffer.from(await wb.xlsx.writeBuffer());
    const t0 = performance.now();
    const book = await loadWorkbook(input, "besar.xlsx");
    const t1 = performance.now();
    const f = fill(book.grids);
    const tl = timeline(book.grids, { granularity: "semester" });
    const t2 = performance.now();
    const built = await buildWorkbook(book, [...f.plans, ...tl.plans]);
    const t3 = performance.now();
    const ok = built.buffer !== undefined && !f.refused && !tl.refused;
    console.log(
      `fill, 10.000 kegiatan: ${secs(t3 - t0)} (baca ${secs(t1 - t0)}, core ${secs(t2 - t1)}, tulis ${secs(t3 - t2)}) ` +
        `${ok ? "" : "[DITOLAK / REFUSED] "}target < 3 s: ${t3 - t0 < 3000 ? "OK" : "LAMBAT / SLOW"}`,
    );

    // summary: 600 instansi workbooks
    const one = await buildExample(klungkung);
    const files: string[] = [];
    for (let i = 0; i < 600; i++) {
      const file = path.join(dir, `instansi-${String(i + 1).padStart(3, "0")}.xlsx`);
      fs.writeFileSync(file, one);
      files.push(file);
    }
    const s0 = performance.now();
    let errors = 0;
    for (const file of files) {
      const r = await analyzeFile(file);
      if (!r.analysis) errors++;
    }
    const s1 = performance.now();
    console.log(
      `summary, 600 buku kerja: ${secs(s1 - s0)} (${((s1 - s0) / 600).toFixed(1)} ms/berkas, ${errors} gagal) ` +
        `target < 30 s: ${s1 - s0 < 30_000 ? "OK" : "LAMBAT / SLOW"}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
