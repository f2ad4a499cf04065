/**
 * The taskpane and the sidebar say the same thing for the same workbook (issue 11): the lines
 * after a write (where, how many cells, formulas, dropdowns, conditional format rules, charts),
 * the aspect table and the Monev line, for Klungkung and Cilacap run through the Excel command
 * runner on the Office.js fake and the Sheets server on the SpreadsheetApp fake.
 */
import * as core from "../../core/index";
import type { Grid } from "../../core/grid";
import { describeWrite, aspectTable, monevCountsLine } from "../../core/api/panes";
import { runCommand as runExcel, type CommandName } from "../../excel-addin/src/commands";
import { ALL_FEATURES } from "../../excel-addin/src/features";
import { createFakeOffice } from "../excel/fake-excel";
import { fakeWorkbook, serverFor } from "../sheets/workbook";
import { SEED_GRIDS } from "../fixtures/grids";

const copy = (grids: readonly Grid[]): Grid[] =>
  grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));

async function excel(grids: readonly Grid[], command: CommandName) {
  const fake = createFakeOffice({ sheets: copy(grids) });
  const host = { run: (b: never) => fake.Excel.run(b), features: ALL_FEATURES };
  return runExcel(command, { scope: "workbook", options: {} }, core, host as never);
}

function sheets(grids: readonly Grid[], command: "fill" | "monev") {
  return serverFor(fakeWorkbook(copy(grids))).runCommand({ command, locale: "id" });
}

describe("pane text", () => {
  it("returns the same write lines in the taskpane and the sidebar for Klungkung's fill", async () => {
    const x = await excel(SEED_GRIDS.klungkung, "fill");
    const s = sheets(SEED_GRIDS.klungkung, "fill");
    const taskpane = x.written.map((w) => describeWrite({ ...w, counts: w }, "id"));
    expect(s.message.split("\n")).toEqual(taskpane);
    const result = x.written.find((w) => w.sheet === "Hasil Renaksi")!;
    const plan = core.fill(SEED_GRIDS.klungkung).plans.find((p) => p.sheet === "Hasil Renaksi")!;
    // every rule counted in both (the sidebar counted ranges: 6 beside Excel's 18)
    expect(result.conditionalFormats).toBe(core.planCounts(plan).conditionalFormats);
    expect(taskpane[0]).toMatch(
      /^Selesai menulis 'Hasil Renaksi'!A1:[A-Z]+\d+: \d+ sel, \d+ rumus, \d+ aturan format bersyarat, 1 bagan$/,
    );
  });

  it("returns the same aspect table and Monev line from what each host hands its pane", async () => {
    const x = await excel(SEED_GRIDS.klungkung, "fill");
    const s = sheets(SEED_GRIDS.klungkung, "fill");
    expect(aspectTable(s.summary!.aspects, "id")).toEqual(aspectTable(x.analysis!.aspects, "id"));
    const xm = await excel(SEED_GRIDS.cilacap, "monev");
    const sm = sheets(SEED_GRIDS.cilacap, "monev");
    const sem = xm.monev!.semester;
    expect(monevCountsLine(sm.monev!.semester, sm.monev!.overall, "id")).toBe(
      monevCountsLine(sem, xm.monev!.overall[sem] ?? null, "id"),
    );
  });
});
