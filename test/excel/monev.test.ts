/**
 * The Excel add-in's Monev command (issue 10) against the fake Office.js: one Excel.run, at most two
 * syncs whatever the size, the Monev Renaksi sheet as core planned it, the report of the semester
 * asked for, lagging cells the taskpane selects; nothing written on an error.
 */
import { analyze, chart, fill, monev, template, timeline, MANAGED_SHEETS } from "../../core/index";
import type { Grid } from "../../core/grid";
import { rangeAddress } from "../../excel-addin/src/adapter";
import { runCommand, type CoreApi, type Host } from "../../excel-addin/src/commands";
import { ALL_FEATURES } from "../../excel-addin/src/features";
import { EXAMPLES } from "../../cli/examples-build";
import { bigProgramGrid, klungkung } from "../fixtures/grids";
import { createFakeOffice, type FakeOffice } from "./fake-excel";

const core: CoreApi = { analyze, fill, chart, timeline, monev, template };

function fakeOf(grids: Grid[]): FakeOffice {
  return createFakeOffice({
    sheets: grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) })),
  });
}
const hostOf = (fake: FakeOffice): Host => ({
  run: (batch) => fake.Excel.run(batch as never),
  features: ALL_FEATURES,
});

describe("runCommand monev", () => {
  it("returns Cilacap's 2021 S2 in two syncs and writes Monev Renaksi as core planned it", async () => {
    const grids = EXAMPLES.cilacap.grids;
    const fake = fakeOf(grids);
    const out = await runCommand(
      "monev",
      { scope: "workbook", options: { semester: "2021-2" } },
      core,
      hostOf(fake),
    );
    expect(out.refused).toBe(false);
    expect(out.syncs).toBeLessThanOrEqual(2);
    expect(out.written.map((w) => w.sheet)).toEqual([MANAGED_SHEETS.monev]);
    expect(out.monev?.overall["2021-S2"]).toMatchObject({ planned: 17, selesai: 10, tertunda: 3 });
    expect(out.monev?.lagging).toHaveLength(7);
    const plan = monev(grids, { semester: "2021-2" }).plans[0];
    for (const c of plan.cells.filter((x) => x.formula !== undefined).slice(0, 200)) {
      const cell = fake.cell(
        plan.sheet,
        rangeAddress({ row: c.row, col: c.col, rows: 1, cols: 1 }),
      );
      expect([c.row, c.col, cell.formula]).toEqual([c.row, c.col, c.formula]);
    }
  });

  it("returns at most two syncs on 10,000 activities over 8 semesters", async () => {
    const grids = [
      ...klungkung.filter((g) => g.sheet !== "Program"),
      bigProgramGrid(10_000, 2021, 2024),
    ];
    const out = await runCommand(
      "monev",
      { scope: "workbook", options: {} },
      core,
      hostOf(fakeOf(grids)),
    );
    expect(out.refused).toBe(false);
    expect(out.syncs).toBeLessThanOrEqual(2);
    expect(out.monev?.activities).toHaveLength(10_000);
    expect(out.monev?.semesters).toHaveLength(8);
  });

  describe("edge cases", () => {
    it("returns refused with the plan's semesters for a semester outside it, writing nothing", async () => {
      const fake = fakeOf(EXAMPLES.cilacap.grids);
      const out = await runCommand(
        "monev",
        { scope: "workbook", options: { semester: "2030-1" } },
        core,
        hostOf(fake),
      );
      expect(out.refused).toBe(true);
      expect(out.written).toEqual([]);
      expect(out.problems[0]).toMatchObject({ code: "monev.semester-outside" });
      expect(out.problems[0].message).toContain("2021 S1, 2021 S2");
    });
  });
});
