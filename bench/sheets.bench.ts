/**
 * `npm run bench` (sheets): SpreadsheetApp calls per command, counted by the fake, split into
 * reading and writing, on every seed workbook and on Klungkung's workbook with a 10,000-activity
 * program matrix, first run and re-run. The counts must not grow with the number of rows.
 */
import { SEED_GRIDS } from "../test/fixtures/grids";
import { bigProgramGrid } from "../test/fixtures/grids/synthetic";
import { COMMANDS, type CommandName } from "../sheets-script/src/server/api";
import { ISSUE_CAP, isReadCall, WRITE_BUDGET } from "../sheets-script/src/adapter/budget";
import { fakeWorkbook, serverFor } from "../test/sheets/workbook";
import type { Grid } from "../core";

interface Measure {
  calls: number;
  read: number;
  write: number;
  ms: number;
  ok: boolean;
}

function measure(grids: Grid[], command: CommandName, rerun: boolean): Measure {
  const app = fakeWorkbook(grids);
  const server = serverFor(app);
  if (rerun) {
    server.runCommand({ command, granularity: "semester" });
    app.log.reset();
  }
  const t0 = performance.now();
  const res = server.runCommand({ command, granularity: "semester" });
  const ms = performance.now() - t0;
  const read = app.log.count(isReadCall);
  return { calls: app.log.count(), read, write: app.log.count() - read, ms, ok: res.ok };
}

const cell = (m: Measure): string =>
  `${m.calls} (${m.read} r + ${m.write} w)${m.ok ? "" : " (errors)"} ${m.ms.toFixed(0)} ms`;

export async function run(): Promise<void> {
  const big = [
    ...SEED_GRIDS.klungkung.filter((g) => g.sheet !== "Program"),
    { ...bigProgramGrid(10000, 2022, 2024), sheet: "Program" },
  ];
  const workbooks: [string, Grid[]][] = [
    ...Object.entries(SEED_GRIDS).map(([k, g]) => [k, g] as [string, Grid[]]),
    ["klungkung + 10,000 activities", big],
  ];
  console.log(
    `calls = read (r) + write (w); issue cap ${ISSUE_CAP}; write budgets ${JSON.stringify(WRITE_BUDGET)}`,
  );
  for (const rerun of [false, true]) {
    console.log(
      `\n${rerun ? "re-run" : "first run"}   ${workbooks.map(([k, g]) => `${k} (${g.length} sheets)`).join(" | ")}`,
    );
    for (const command of COMMANDS) {
      const cells = workbooks.map(([, g]) => cell(measure(g, command, rerun)));
      console.log(`${command.padEnd(11)} ${cells.join(" | ")}`);
    }
  }
}
