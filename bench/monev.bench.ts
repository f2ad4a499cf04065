/**
 * `npm run bench` (monev part, issue 10): a plan of 10,000 activities over 8 semesters (2021-2024)
 * next to Klungkung's matrices, with a monev typed for three semesters (every third activity):
 * - core: `monev` (read the kept entries, compute, lay out Monev Renaksi);
 * - CLI: `renaksi fill` end to end in this process (now writing Monev Renaksi too; goal < 3 s),
 *   wall and CPU time (the CPU figure stays meaningful on a busy machine), then its phases (read,
 *   core, write); the same fill as a fresh `renaksi fill` process (Node's start and module loading
 *   included); and `renaksi monev` (read the file, report one semester).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { bigProgramGrid, klungkung } from "../test/fixtures/grids";
import { writeGridSheet } from "../cli/examples-build";
import { fillFile } from "../cli/commands";
import { planFill } from "../cli/plans";
import { buildWorkbook, openWorkbook, writeFileAtomic } from "../cli/xlsx/workbook";
import { monevFile } from "../cli/monev";
import type { Io } from "../cli/main";
import { monev, monevGeometry, planCellCount, planToGrid, type Grid } from "../core";

const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const quiet: Io = { out: () => undefined, err: () => undefined };
const WORDS = ["selesai", "berjalan", "tertunda", "belum"];

/** Klungkung + 10,000 activities (2021-2024) + a Monev Renaksi sheet with typed statuses. */
export function bigMonevGrids(): Grid[] {
  const base = [
    ...klungkung.filter((x) => x.sheet !== "Program"),
    bigProgramGrid(10_000, 2021, 2024),
  ];
  const first = monev(base);
  const r = first.report!;
  const g = monevGeometry(r);
  const sheet = planToGrid(first.plans[0]);
  // Typed in place (setCell copies the grid: 10,000 copies would time the bench, not Renaksi).
  r.activities.forEach((a, i) => {
    for (let k = 0; k < 3; k++) {
      if (!a.planned.includes(r.semesters[k])) continue;
      sheet.values[g.row(k, i) - 1][g.col("status") - 1] = WORDS[(i + k) % 4];
    }
  });
  return [...base, sheet];
}

/** Core `monev` on the big workbook, timed; the input workbook written to `input`. */
async function coreAndInput(input: string): Promise<void> {
  const grids = bigMonevGrids();
  const c0 = performance.now();
  const r = monev(grids);
  const c1 = performance.now();
  const cells = r.plans.reduce((n, p) => n + planCellCount(p), 0);
  console.log(
    `core monev, 10.000 kegiatan x ${r.report?.semesters.length} semester ` +
      `(${cells.toLocaleString("id-ID")} sel): ${secs(c1 - c0)}; ` +
      `2021 S2: ${r.report?.overall["2021-S2"].selesai} selesai dari ${r.report?.overall["2021-S2"].planned}`,
  );
  const wb = new ExcelJS.Workbook();
  for (const g of grids) writeGridSheet(wb, g);
  fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-bench-monev-"));
  try {
    const input = path.join(dir, "besar-monev.xlsx");
    // The grids and the exceljs workbook that made the input go out of scope first: the fill is
    // timed as `renaksi fill` runs it, in a process that holds only what it reads.
    await coreAndInput(input);
    const out = path.join(dir, "besar-monev-renaksi.xlsx");
    const f0 = performance.now();
    const u0 = process.cpuUsage();
    const filled = await fillFile(input, out, {}, quiet);
    const u1 = process.cpuUsage(u0);
    const f1 = performance.now();
    // The phases again, with the functions fillFile calls, in its order.
    const t0 = performance.now();
    const book = await openWorkbook(input);
    const t1 = performance.now();
    const plans = planFill(book.grids, {});
    const t2 = performance.now();
    const built = await buildWorkbook(book, plans.plans);
    await writeFileAtomic(path.join(dir, "besar-monev-fasa.xlsx"), built.buffer as Buffer);
    const t3 = performance.now();
    const cells = plans.plans.reduce((n, p) => n + planCellCount(p), 0);
    console.log(
      `fill + Monev Renaksi, 10.000 kegiatan x 8 semester (${cells.toLocaleString("id-ID")} sel): ` +
        `${secs(f1 - f0)}, cpu ${secs((u1.user + u1.system) / 1000)} ` +
        `(baca ${secs(t1 - t0)}, core ${secs(t2 - t1)}, tulis ${secs(t3 - t2)}); ` +
        `${filled.problems.length} peringatan / warnings ` +
        `${filled.code === 0 ? "" : "[DITOLAK / REFUSED] "}target < 3 s: ${f1 - f0 < 3000 ? "OK" : "LAMBAT / SLOW"} ` +
        `(sebelum / before: 4,68 s, cpu 5,56 s, idle, 2026-11-29 09:21, before the blank ranges, the read ` +
        `scanner and the threadpool deflate)`,
    );
    // The same fill as a user runs it: a fresh `renaksi fill` process (Node's start and the
    // loading of the CLI's modules included), from the compiled CLI `npm run bench` builds.
    const bin = path.join(__dirname, "..", "cli", "bin", "renaksi.js");
    const p0 = performance.now();
    const proc = spawnSync(
      process.execPath,
      [bin, "fill", input, "-o", path.join(dir, "proses.xlsx")],
      {
        encoding: "utf8",
      },
    );
    const p1 = performance.now();
    console.log(
      `renaksi fill sebagai proses / as a process (start Node + modul / modules): ${secs(p1 - p0)}` +
        `${proc.status === 0 ? "" : ` [KELUAR / EXIT ${proc.status}]`}`,
    );
    const m0 = performance.now();
    const rep = await monevFile(path.join(dir, "besar-monev-renaksi.xlsx"), { semester: "2021-2" });
    const m1 = performance.now();
    console.log(
      `renaksi monev (baca + laporan 2021 S2): ${secs(m1 - m0)}; ` +
        `${rep.report ? `${rep.report.lagging.length} kegiatan tertinggal` : "[GAGAL / FAILED]"}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
