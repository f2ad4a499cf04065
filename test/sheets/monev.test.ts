/**
 * The Sheets extension's Monev command (issue 10) against the counting fake: the same Monev Renaksi
 * sheet core plans, the report of the semester asked for, lagging activities whose cells the
 * sidebar can select, and nothing written on an error.
 */
import { EXAMPLES } from "../../cli/examples-build";
import { MANAGED_SHEETS, monev, monevGeometry } from "../../core/index";
import { fakeWorkbook, serverFor } from "./workbook";

describe("runCommand monev", () => {
  it("returns Cilacap's 2021 S2 and writes Monev Renaksi as core planned it", () => {
    const grids = EXAMPLES.cilacap.grids;
    const app = fakeWorkbook(grids);
    const res = serverFor(app).runCommand({ command: "monev", semester: "2021-2" });
    expect(res.ok).toBe(true);
    expect(res.writes.map((w) => w.sheet)).toEqual([MANAGED_SHEETS.monev]);
    expect(res.monev?.semester).toBe("2021-S2");
    expect(res.monev?.overall).toEqual({
      planned: 17,
      selesai: 10,
      berjalan: 3,
      tertunda: 3,
      belum: 1,
      selesaiPct: 10 / 17,
      outsidePlan: 0,
    });
    expect(res.monev?.byAspect.map((a) => a.key)).toEqual([
      "kelembagaan",
      "sdm",
      "data",
      "partisipasi",
      "koordinasi",
    ]);
    const planned = monev(grids, { semester: "2021-2" }).plans[0];
    const sheet = app.sheet(MANAGED_SHEETS.monev)!;
    for (const c of planned.cells) {
      const stored = sheet.peek(c.row, c.col);
      if (c.formula !== undefined) expect(stored?.formula).toBe(c.formula);
      else expect(stored?.value ?? null).toBe(c.value ?? null);
    }
    expect(sheet.charts).toHaveLength(2);
  });

  it("returns lagging activities whose cells select in the sheet", () => {
    const app = fakeWorkbook(EXAMPLES.cilacap.grids);
    const server = serverFor(app);
    const res = server.runCommand({ command: "monev", semester: "2021-2" });
    expect(res.monev?.lagging.map((l) => [l.code, l.status])).toEqual([
      ["1.1.7", "berjalan"],
      ["II.2.5", "tertunda"],
      ["IV.1.2", "berjalan"],
      ["IV.2.1", "tertunda"],
      ["IV.2.2", "tertunda"],
      ["V.3.1", "berjalan"],
      ["V.3.3", ""],
    ]);
    const cell = res.monev!.lagging[1].cell!;
    // II.2.5's status in the 2021 S2 block (the second), column G
    const rep = monev(EXAMPLES.cilacap.grids, { semester: "2021-2" }).report!;
    const g = monevGeometry(rep);
    const i = rep.activities.findIndex((a) => a.code === "II.2.5");
    expect(cell).toBe(`'Monev Renaksi'!G${g.row(1, i)}`);
    expect(server.selectCell(cell)).toEqual({ ok: true, cell, message: "" });
  });

  describe("edge cases", () => {
    it("returns refused with the plan's semesters for a semester outside it, writing nothing", () => {
      const app = fakeWorkbook(EXAMPLES.cilacap.grids);
      const before = app.book.sheets.map((s) => s.name);
      const res = serverFor(app).runCommand({ command: "monev", semester: "2030-1", locale: "en" });
      expect(res.refused).toBe(true);
      expect(res.writes).toEqual([]);
      expect(res.problems[0]).toMatchObject({ code: "monev.semester-outside" });
      expect(res.problems[0].messageEn).toContain("2021 S1, 2021 S2");
      expect(app.book.sheets.map((s) => s.name)).toEqual(before);
    });
  });
});
