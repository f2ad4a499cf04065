import { MARKER_PREFIX } from "../../core/api/types";
import { readWorkbookGrids, toCellValue } from "../../sheets-script/src/adapter/read";
import {
  freeSheetName,
  INDENT,
  renderPlans,
  widthRuns,
} from "../../sheets-script/src/adapter/render";
import { emptyPlan } from "../../core/layout/sheet-plan";
import { FakeSpreadsheetApp, type FakeConditionalRule } from "./fake-spreadsheet";
import { klungkungResultPlan, timelinePlan } from "./plans";

function workbook(): FakeSpreadsheetApp {
  const app = new FakeSpreadsheetApp();
  app.addSheet("Asesmen", [
    ["Tabel 2 Matriks Asesmen", null],
    ["No", "Pernyataan"],
    [1, "Sistem pengelolaan pengaduan dapat diakses"],
  ]);
  return app;
}

describe("readWorkbookGrids", () => {
  it("returns one grid per sheet read with one getSheetValues per sheet", () => {
    const app = workbook();
    app.addSheet("Program", [["No", "Kegiatan"]]);
    const wb = readWorkbookGrids(app.api);
    expect(wb.grids.map((g) => g.sheet)).toEqual(["Asesmen", "Program"]);
    expect(wb.grids[0].values[2]).toEqual([1, "Sistem pengelolaan pengaduan dapat diakses"]);
    expect(wb.grids[0].values[0][1]).toBeNull();
    expect(app.log.named("getSheetValues")).toBe(2);
    expect(app.log.named("getValue")).toBe(0);
    expect(app.log.count()).toBe(2 + 2 * 2);
    expect(wb.sheets[0].extent).toEqual({ rows: 3, cols: 2 });
  });

  it("returns only the active sheet and the managed sheets when the scope is active", () => {
    const app = workbook();
    app.addSheet("Program", [["No", "Kegiatan"]]);
    app.addSheet("Hasil Renaksi", [[`${MARKER_PREFIX} Hasil`]]);
    const wb = readWorkbookGrids(app.api, "active");
    expect(wb.grids.map((g) => g.sheet)).toEqual(["Asesmen", "Hasil Renaksi"]);
    expect(wb.sheets.find((s) => s.name === "Hasil Renaksi")?.managed).toBe(true);
    expect(wb.sheets.find((s) => s.name === "Asesmen")?.managed).toBe(false);
  });

  describe("edge cases", () => {
    it("returns dates as ISO text and blanks as null", () => {
      expect(toCellValue(new Date(2022, 0, 31))).toBe("2022-01-31");
      expect(toCellValue("")).toBeNull();
      expect(toCellValue(0)).toBe(0);
      expect(toCellValue(false)).toBe(false);
    });

    it("returns no values with the names scope", () => {
      const app = workbook();
      const wb = readWorkbookGrids(app.api, "names");
      expect(wb.grids).toEqual([]);
      expect(wb.sheets.map((s) => s.name)).toEqual(["Asesmen"]);
      expect(app.log.named("getValues")).toBe(0);
    });
  });
});

describe("renderPlans", () => {
  it("returns a report and writes values, live formulas, formats, styles and validations", () => {
    const app = workbook();
    const res = renderPlans(app.api, readWorkbookGrids(app.api), [klungkungResultPlan()]);
    expect(res.ok).toBe(true);
    const s = app.sheet("Hasil Renaksi")!;
    expect(String(s.text("A1"))).toMatch(/^RENAKSI \| Hasil Analisis Kabupaten Klungkung/);
    expect(s.text("A4")).toBe("Kebijakan & Kelembagaan");
    expect(s.text("B4")).toBe("=AVERAGE(3,3,3,4,3,3)");
    expect(s.at("B4")?.format).toBe("0.00");
    expect(s.at("A4")?.format).toBe("@");
    expect(s.at("A3")?.background).toBe("#D9E2F3");
    expect(s.at("A3")?.fontWeight).toBe("bold");
    expect(s.at("A4")?.fontWeight).toBe("normal");
    expect(s.at("D4")?.fontStyle).toBe("italic");
    expect(s.at("B5")?.horizontal).toBe("right");
    expect(s.at("D3")?.wrap).toBe(true);
    expect(s.at("A3")?.border).toBe(true);
    expect(s.at("C6")?.validation?.list).toEqual(["1", "2", "3", "4", "5"]);
    expect(s.at("B6")?.validation ?? null).toBeNull();
    const rules = s.cfRules as FakeConditionalRule[];
    expect(
      rules.map((r) => [r.a1s[0], r.condition.kind, r.condition.args[0], r.background]),
    ).toEqual([
      ["B4:B8", "lessThan", 2.5, "#F4CCCC"],
      ["B4:B8", "lessThan", 3.25, "#FFF2CC"],
      ["B4:B8", "greaterThanOrEqual", 3.25, "#D9EAD3"],
    ]);
    expect(s.widths.get(1)).toBe(290);
    expect(res.reports[0]).toMatchObject({
      sheet: "Hasil Renaksi",
      range: "'Hasil Renaksi'!A1:D8",
      cells: 25,
      formulas: 5,
      validations: 1,
      conditionalFormats: 1,
      replaced: false,
    });
  });

  it("returns replaced=true and clears the previous run in place on a re-run", () => {
    const app = workbook();
    renderPlans(app.api, readWorkbookGrids(app.api), [timelinePlan(30)]);
    const before = app.sheet("Timeline Program")!;
    renderPlans(app.api, readWorkbookGrids(app.api), [timelinePlan(10)]);
    const after = app.sheet("Timeline Program")!;
    expect(after).toBe(before);
    expect(after.extent()).toEqual({ rows: 14, cols: 7 });
    expect(after.at("D30")?.background ?? null).toBeNull();
    expect(after.at("G30")?.validation ?? null).toBeNull();
    expect(after.at("G14")?.validation?.list).toEqual(["belum", "berjalan", "selesai", "tertunda"]);
    expect(after.frozenRows).toBe(3);
    expect(after.frozenCols).toBe(2);
    expect(after.text("B5")).toBe(`${INDENT}${INDENT}Kegiatan 1`);
    expect(app.book.sheets.map((x) => x.name)).toEqual(["Asesmen", "Timeline Program"]);
  });

  it("returns the chart replaced, not duplicated, when the chart is drawn twice", () => {
    const app = workbook();
    renderPlans(app.api, readWorkbookGrids(app.api), [klungkungResultPlan(true)]);
    renderPlans(app.api, readWorkbookGrids(app.api), [klungkungResultPlan(true)]);
    const s = app.sheet("Hasil Renaksi")!;
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0].type).toBe("bar");
    expect(s.charts[0].ranges).toEqual(["'Hasil Renaksi'!A4:A8", "'Hasil Renaksi'!B4:B8"]);
    expect(s.charts[0].options.title).toBe("Bagan Prioritas");
    expect(s.charts[0].options["hAxis.viewWindow.max"]).toBe(4);
    expect(s.charts[0].position).toEqual({ row: 3, col: 6 });
  });

  it("returns the same number of calls for 10 and 10,000 timeline rows", () => {
    const small = workbook();
    renderPlans(small.api, readWorkbookGrids(small.api), [timelinePlan(10)]);
    const big = workbook();
    renderPlans(big.api, readWorkbookGrids(big.api), [timelinePlan(10000)]);
    expect(big.log.byMethod()).toEqual(small.log.byMethod());
    expect(big.sheet("Timeline Program")!.extent()).toEqual({ rows: 10004, cols: 7 });
  });

  describe("edge cases", () => {
    it("returns ok=false and writes nothing when a same-named sheet is the user's own", () => {
      const app = workbook();
      const mine = app.addSheet("Hasil Renaksi", [["Catatan saya"]]);
      const res = renderPlans(app.api, readWorkbookGrids(app.api), [
        timelinePlan(3),
        klungkungResultPlan(),
      ]);
      expect(res.ok).toBe(false);
      expect(res.problems[0]).toMatchObject({
        code: "sheets.notManaged",
        cell: "'Hasil Renaksi'!A1",
      });
      expect(res.problems[0].message).toMatch(/bukan buatan Renaksi/);
      expect(mine.dump()).toEqual([["Catatan saya"]]);
      expect(app.sheet("Timeline Program")).toBeUndefined();
    });

    it("returns a fresh name for a new plan when the name is taken", () => {
      expect(freeSheetName(["Renaksi"], "Renaksi")).toBe("Renaksi (2)");
      expect(freeSheetName(["Renaksi", "Renaksi (2)"], "Renaksi")).toBe("Renaksi (3)");
      expect(freeSheetName([], "Renaksi")).toBe("Renaksi");
      const app = workbook();
      app.addSheet("Renaksi", [["punya saya"]]);
      const plan = emptyPlan("Renaksi", "new");
      plan.cells = [{ row: 1, col: 1, value: "Tabel 1" }];
      const res = renderPlans(app.api, readWorkbookGrids(app.api), [plan]);
      expect(res.reports[0].sheet).toBe("Renaksi (2)");
      expect(app.sheet("Renaksi")!.dump()).toEqual([["punya saya"]]);
    });

    it("returns an overlay that adds validation to the user's cells without touching values", () => {
      const app = workbook();
      const plan = emptyPlan("Asesmen", "overlay");
      plan.validations = [
        {
          range: { row: 3, col: 3, rows: 1, cols: 4 },
          list: ["✓", "√", "v", "V", "X", "x"],
          allowBlank: true,
          message: "Tanda ✓ / Mark ✓",
        },
      ];
      const res = renderPlans(app.api, readWorkbookGrids(app.api), [plan]);
      const s = app.sheet("Asesmen")!;
      expect(res.reports[0]).toMatchObject({ mode: "overlay", range: "", validations: 1 });
      expect(s.at("F3")?.validation?.list).toContain("√");
      expect(s.text("B3")).toBe("Sistem pengelolaan pengaduan dapat diakses");
      expect(app.log.named("setValues")).toBe(0);
    });

    it("returns consecutive equal widths as one run", () => {
      expect(
        widthRuns([
          { col: 5, width: 8 },
          { col: 4, width: 8 },
          { col: 1, width: 10 },
          { col: 6, width: 9 },
        ]),
      ).toEqual([
        { col: 1, count: 1, width: 10 },
        { col: 4, count: 2, width: 8 },
        { col: 6, count: 1, width: 9 },
      ]);
    });
  });
});
