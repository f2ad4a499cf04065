/**
 * `npm run bench` (cli part):
 * - `renaksi fill` on a plan with 10,000 activities next to Klungkung's matrices, the command's own
 *   path (fillFile: read the file, analyse once, render, package, write atomically), timed per
 *   phase with the same functions (goal < 3 s);
 * - `renaksi summary` on 600 instansi workbooks (Klungkung-shaped), generated into a temp dir
 *   first; only the summary is timed (goal < 30 s).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { bigProgramGrid, klungkung } from "../test/fixtures/grids";
import { buildExample, writeGridSheet } from "../cli/examples-build";
import { buildWorkbook, openWorkbook, writeFileAtomic } from "../cli/xlsx/workbook";
import { analyzeFile, fillFile } from "../cli/commands";
import type { Io } from "../cli/main";
import { planFill } from "../cli/plans";

const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const quiet: Io = { out: () => undefined, err: () => undefined };

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-bench-"));
  try {
    // fill: 10,000 activities next to Klungkung's matrices
    const wb = new ExcelJS.Workbook();
    for (const g of klungkung.filter((x) => x.sheet !== "Program")) writeGridSheet(wb, g);
    writeGridSheet(wb, bigProgramGrid(10_000));
    const input = path.join(dir, "besar.xlsx");
    fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const opts = { granularity: "semester" as const };

    // The phases, with the functions fillFile calls, in its order.
    const t0 = performance.now();
    const book = await openWorkbook(input);
    const t1 = performance.now();
    const plans = planFill(book.grids, opts);
    const t2 = performance.now();
    const built = await buildWorkbook(book, plans.plans);
    await writeFileAtomic(path.join(dir, "besar-fasa.xlsx"), built.buffer as Buffer);
    const t3 = performance.now();
    // The command itself, end to end.
    const c0 = performance.now();
    const r = await fillFile(input, path.join(dir, "besar-renaksi.xlsx"), opts, quiet);
    const c1 = performance.now();
    const ok = r.code === 0 && !plans.refused && built.buffer !== undefined;
    const cells = plans.plans.reduce((n, p) => n + p.cells.length, 0);
    console.log(
      `fill, 10.000 kegiatan (${cells.toLocaleString("id-ID")} sel): ${secs(c1 - c0)} ` +
        `(baca ${secs(t1 - t0)}, core ${secs(t2 - t1)}, tulis ${secs(t3 - t2)}) ` +
        `${ok ? "" : "[DITOLAK / REFUSED] "}target < 3 s: ${c1 - c0 < 3000 ? "OK" : "LAMBAT / SLOW"}`,
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
      const a = await analyzeFile(file);
      if (!a.analysis) errors++;
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
