/**
 * Excel add-in figures: context.sync() round trips per command on Cilacap's 22-statement workbook
 * and on a 10,000-activity program matrix (fake Excel that counts syncs), the Monev command on
 * Klungkung + 10,000 activities x 8 semesters with a typed Monev Renaksi (issue 10: <= 2 syncs
 * whatever the size), the time each takes in this process, and the taskpane bundle size gzip (goal < 100 KB; office.js is not bundled).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { analyze, chart, fill, monev, template, timeline, type Grid } from "../core";
import { runCommand, type CommandName, type CoreApi } from "../excel-addin/src/commands";
import { ALL_FEATURES } from "../excel-addin/src/features";
import { bigProgramGrid, cilacap, luwu } from "../test/fixtures/grids";
import { createFakeOffice } from "../test/excel/fake-excel";
import { bigMonevGrids } from "./monev.bench";

const core: CoreApi = { analyze, fill, chart, timeline, monev, template };

async function measure(label: string, grids: Grid[], command: CommandName): Promise<number> {
  const fake = createFakeOffice({ sheets: grids.map((g) => ({ ...g })) });
  const t0 = performance.now();
  const out = await runCommand(command, { scope: "workbook", options: {} }, core, {
    run: (batch) => fake.Excel.run(batch as never),
    features: ALL_FEATURES,
  });
  const ms = performance.now() - t0;
  console.log(
    `${label.padEnd(28)} ${command.padEnd(9)} syncs=${fake.stats.syncs} ops=${fake.stats.ops} ` +
      `data=${(fake.stats.bytes / 1024).toFixed(0)} KB ` +
      `${out.refused ? "REFUSED " : ""}${ms.toFixed(0)} ms`,
  );
  return fake.stats.syncs;
}

export async function run(): Promise<void> {
  let worst = 0;
  // Luwu's 22 juknis statements without its own categorisation (which leaves Partisipasi empty, so
  // core refuses to fill it); Cilacap as it is (refused or not, the read stays one sync).
  const luwu22 = luwu.filter((g) => g.sheet !== "Kategorisasi");
  for (const c of ["analyze", "fill", "chart", "timeline"] as const)
    worst = Math.max(worst, await measure("Luwu (22 statements)", luwu22, c));
  for (const c of ["analyze", "fill"] as const)
    worst = Math.max(worst, await measure("Cilacap (22 statements)", cilacap, c));
  const big = [bigProgramGrid(10000, 2022, 2024)];
  for (const c of ["analyze", "timeline", "fill"] as const)
    worst = Math.max(worst, await measure("program (10,000 activities)", big, c));
  worst = Math.max(worst, await measure("Klungkung + 10,000 x 8 smt", bigMonevGrids(), "monev"));
  console.log(`max syncs per command: ${worst} (limit 2)`);
  const bundle = path.resolve(__dirname, "..", "dist", "excel-addin", "taskpane.js");
  if (fs.existsSync(bundle)) {
    const raw = fs.readFileSync(bundle);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    console.log(
      `taskpane.js ${(raw.length / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB (goal < 100 KB)`,
    );
  } else {
    console.log("taskpane.js not built: run `npm run build:excel` for the bundle size");
  }
}
