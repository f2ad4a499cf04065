/**
 * `npm run bench` (sheets): SpreadsheetApp calls per command, counted by the fake, on every seed
 * workbook and on Klungkung's workbook with a 10,000-activity program matrix. The counts must not
 * grow with the number of rows.
 */
import { SEED_GRIDS } from "../test/fixtures/grids";
import { bigProgramGrid } from "../test/fixtures/grids/synthetic";
import { COMMANDS, type CommandName } from "../sheets-script/src/server/api";
import { fakeWorkbook, serverFor } from "../test/sheets/workbook";
import type { Grid } from "../core/grid";

function measure(grids: Grid[], command: CommandName): { calls: number; ms: number; ok: boolean } {
  const app = fakeWorkbook(grids);
  const t0 = performance.now();
  const res = serverFor(app).runCommand({ command, granularity: "semester" });
  return { calls: app.log.count(), ms: performance.now() - t0, ok: res.ok };
}

export async function run(): Promise<void> {
  const big = [
    ...SEED_GRIDS.klungkung.filter((g) => g.sheet !== "Program"),
    { ...bigProgramGrid(10000, 2022, 2024), sheet: "Program" },
  ];
  const workbooks: [string, Grid[]][] = [
    ...Object.entries(SEED_GRIDS).map(([k, g]) => [k, g] as [string, Grid[]]),
    ["klungkung + 10,000 activities", big],
  ];
  console.log(`command     ${workbooks.map(([k]) => k).join(" | ")}`);
  for (const command of COMMANDS) {
    const cells = workbooks.map(([, g]) => {
      const m = measure(g, command);
      return `${m.calls} calls${m.ok ? "" : " (not ok: errors)"} ${m.ms.toFixed(0)} ms`;
    });
    console.log(`${command.padEnd(11)} ${cells.join(" | ")}`);
  }
}
