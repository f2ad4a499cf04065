import { MARKER_PREFIX } from "../../core/model/managed-sheet";
import { readWorkbookGrids, toCellValue } from "../../sheets-script/src/adapter/read";
import {
  coversBox,
  pageNotes,
  INDENT,
  mergeGroups,
  renderPlans,
  widthRuns,
  widthStrokes,
} from "../../sheets-script/src/adapter/render";
import { emptyPlan, type SheetPlan } from "../../core/layout/sheet-plan";
import { resolveWrites } from "../../core/write";
import type { SpreadsheetAppPort } from "../../sheets-script/src/adapter/ports";
import { FakeSpreadsheetApp, FakeValidation, type FakeConditionalRule } from "./fake-spreadsheet";
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

/** Read, let core resolve the writes, render: what the server does. */
function render(app: { api: SpreadsheetAppPort }, plans: SheetPlan[]) {
  const wb = readWorkbookGrids(app.api);
  return renderPlans(app.api, wb, resolveWrites(wb, plans));
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
    expect(wb.sheets.find((s) => s.name === "Hasil Renaksi")?.a1).toBe(`${MARKER_PREFIX} Hasil`);
    expect(wb.sheets.find((s) => s.name === "Program")?.a1).toBeNull();
  });

  describe("edge cases", () => {
    it("returns dates as ISO text and blanks as null", () => {
      expect(toCellValue(new Date(2022, 0, 31))).toBe("2022-01-31");
      expect(toCellValue("")).toBeNull();
      expect(toCellValue(0)).toBe(0);
      expect(toCellValue(false)).toBe(false);
    });

    it("returns an empty sheet as one blank cell through the getDataRange fallback", () => {
      const app = workbook();
      app.addSheet("Kosong");
      const wb = readWorkbookGrids(app.api);
      expect(wb.grids.map((g) => g.sheet)).toEqual(["Asesmen", "Kosong"]);
      expect(wb.grids[1].values).toEqual([[null]]);
      expect(app.log.named("getSheetValues")).toBe(2);
      expect(app.log.named("getDataRange")).toBe(1);
      expect(app.log.named("getValues")).toBe(1);
    });

    it("returns the sheet names only with the names scope, no values read", () => {
      const app = workbook();
      const wb = readWorkbookGrids(app.api, "names");
      expect(wb.sheets.map((s) => s.name)).toEqual(["Asesmen"]);
      expect(wb.grids).toEqual([]);
      expect(app.log.named("getSheetValues")).toBe(0);
      expect(app.log.count()).toBe(3);
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

describe("pageNotes", () => {
  it("returns one note naming every sheet whose page setup Sheets cannot carry out", () => {
    const page = { orientation: "landscape" as const, paper: "A4" as const, fitToWidth: true };
    const notes = pageNotes([
      { ...emptyPlan("Hasil Renaksi", "replace"), page },
      emptyPlan("Asesmen", "overlay"),
      { ...emptyPlan("Timeline Program", "replace"), page },
    ]);
    expect(notes.map((n) => [n.severity, n.code])).toEqual([["warning", "sheets.pageSetup"]]);
    expect(notes[0].message).toContain('"Hasil Renaksi", "Timeline Program"');
    expect(notes[0].message).toContain("A4");
  });

  describe("edge cases", () => {
    it("returns no note when no plan has a page setup", () => {
      expect(pageNotes([emptyPlan("Asesmen", "overlay")])).toEqual([]);
    });
  });
});

describe("renderPlans", () => {
  it("returns a report and writes values, live formulas, formats, styles and validations", () => {
    const app = workbook();
    const res = render(app, [klungkungResultPlan()]);
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
      conditionalFormats: 3, // rules, as Excel counts them
      replaced: false,
    });
  });

  it("returns replaced=true and clears the previous run in place on a re-run", () => {
    const app = workbook();
    render(app, [timelinePlan(30)]);
    const before = app.sheet("Timeline Program")!;
    render(app, [timelinePlan(10)]);
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
    render(app, [klungkungResultPlan(true)]);
    render(app, [klungkungResultPlan(true)]);
    const s = app.sheet("Hasil Renaksi")!;
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0].type).toBe("bar");
    expect(s.charts[0].ranges).toEqual(["'Hasil Renaksi'!A4:A8", "'Hasil Renaksi'!B4:B8"]);
    expect(s.charts[0].options.title).toBe("Bagan Prioritas");
    expect(s.charts[0].options["hAxis.viewWindow.max"]).toBe(4);
    expect(s.charts[0].position).toEqual({ row: 3, col: 6 });
  });

  it("returns the value axis as 0%..100%: hAxis on a bar chart, vAxis on a column chart", () => {
    const app = workbook();
    const plan = klungkungResultPlan(true);
    const bar = { ...plan.charts[0], axisMin: 0, axisMax: 1, majorUnit: 0.2, valueFormat: "0%" };
    const column = { ...bar, id: "renaksi-kolom", type: "column" as const, axisMax: undefined };
    plan.charts = [bar, column];
    render(app, [plan]);
    const [h, v] = app.sheet("Hasil Renaksi")!.charts.map((c) => c.options);
    expect(h).toMatchObject({
      "hAxis.viewWindow.min": 0,
      "hAxis.viewWindow.max": 1,
      "hAxis.format": "0%",
      "hAxis.gridlines.count": 6,
    });
    expect(Object.keys(h).filter((k) => k.startsWith("vAxis"))).toEqual([]);
    expect(v).toMatchObject({ "vAxis.viewWindow.min": 0, "vAxis.format": "0%" });
    // no upper bound: Sheets picks the gridlines
    expect(v).not.toHaveProperty("vAxis.gridlines.count");
  });

  it("returns bold, italic and font colour written by one setTextStyles", () => {
    const app = workbook();
    const plan = klungkungResultPlan();
    plan.cells.push({ row: 10, col: 1, value: "Catatan", style: { fontColor: "#595959" } });
    render(app, [plan]);
    const s = app.sheet("Hasil Renaksi")!;
    expect(app.log.named("setTextStyles")).toBe(1);
    expect(app.log.named("newTextStyle")).toBe(1);
    expect(app.log.named("setFontWeights") + app.log.named("setFontColors")).toBe(0);
    expect(s.at("A1")?.fontWeight).toBe("bold");
    expect(s.at("D4")?.fontStyle).toBe("italic");
    expect(s.at("D5")?.fontStyle).toBe("normal");
    expect(s.at("A10")?.fontColor).toBe("#595959");
    expect(s.at("A10")?.fontWeight).toBe("normal");
    expect(s.at("A4")?.fontColor ?? null).toBeNull();
  });

  it("returns the separate setter when the block uses one text property only", () => {
    const app = workbook();
    render(app, [timelinePlan(10)]);
    expect(app.log.named("setFontWeights")).toBe(1);
    expect(app.log.named("setTextStyles")).toBe(0);
    expect(app.log.named("newTextStyle")).toBe(0);
    expect(app.sheet("Timeline Program")!.at("A3")?.fontWeight).toBe("bold");
  });

  it("returns rules built from one factory, each with only its own settings", () => {
    const app = workbook();
    const plan = timelinePlan(10);
    plan.conditionalFormats[0].rules[0] = {
      type: "textEquals",
      text: "selesai",
      fill: "#D9EAD3",
      fontColor: "#006100",
    };
    render(app, [plan]);
    const rules = app.sheet("Timeline Program")!.cfRules;
    expect(app.log.named("newConditionalFormatRule")).toBe(1);
    expect(rules.map((r) => [r.condition.args[0], r.background, r.fontColor])).toEqual([
      ["selesai", "#D9EAD3", "#006100"],
      ["berjalan", "#FFF2CC", null],
      ["tertunda", "#F4CCCC", null],
    ]);
    expect(rules[2].a1s).toEqual(["G5:G14"]);
  });

  it("returns every merge made, side-by-side ones in one mergeVertically", () => {
    const app = workbook();
    const plan = timelinePlan(4);
    plan.merges = [
      { row: 2, col: 1, rows: 2, cols: 1 },
      { row: 2, col: 2, rows: 2, cols: 1 },
      { row: 2, col: 3, rows: 2, cols: 1 },
      { row: 2, col: 4, rows: 1, cols: 3 },
    ];
    const res = render(app, [plan]);
    expect(app.sheet("Timeline Program")!.merges).toEqual(["A2:A3", "B2:B3", "C2:C3", "D2:F2"]);
    expect(app.log.named("mergeVertically")).toBe(1);
    expect(app.log.named("merge")).toBe(1);
    expect(res.problems).toEqual([]);
  });

  it("returns an overlay covering its whole box written without reading validations", () => {
    const app = workbook();
    const plan = emptyPlan("Asesmen", "overlay");
    plan.validations = [
      {
        range: { row: 3, col: 3, rows: 1, cols: 2 },
        list: ["✓", "X"],
        allowBlank: true,
        message: "Tanda ✓ / Mark ✓",
      },
      {
        range: { row: 4, col: 3, rows: 1, cols: 2 },
        list: ["✓", "X"],
        allowBlank: true,
        message: "Tanda ✓ / Mark ✓",
      },
    ];
    render(app, [plan]);
    const s = app.sheet("Asesmen")!;
    expect(app.log.named("getDataValidations")).toBe(0);
    expect(app.log.named("newDataValidation")).toBe(1);
    expect(s.at("D4")?.validation?.list).toEqual(["✓", "X"]);
    expect(s.at("C3")?.validation).toBe(s.at("D4")?.validation);
  });

  it("returns the same number of calls for 10 and 10,000 timeline rows", () => {
    const small = workbook();
    render(small, [timelinePlan(10)]);
    const big = workbook();
    render(big, [timelinePlan(10000)]);
    expect(big.log.byMethod()).toEqual(small.log.byMethod());
    expect(big.sheet("Timeline Program")!.extent()).toEqual({ rows: 10004, cols: 7 });
  });

  describe("edge cases", () => {
    it("returns ok=false and writes nothing when a same-named sheet is the user's own", () => {
      const app = workbook();
      const mine = app.addSheet("Hasil Renaksi", [["Catatan saya"]]);
      const res = render(app, [timelinePlan(3), klungkungResultPlan()]);
      expect(res.ok).toBe(false);
      expect(res.problems[0]).toMatchObject({
        code: "write.notOurs",
        cell: "'Hasil Renaksi'!A1",
      });
      expect(res.problems[0].message).toMatch(/bukan buatan Renaksi/);
      expect(mine.dump()).toEqual([["Catatan saya"]]);
      expect(app.sheet("Timeline Program")).toBeUndefined();
    });

    it("returns a fresh name for a new plan when the name is taken", () => {
      const app = workbook();
      app.addSheet("Renaksi", [["punya saya"]]);
      const plan = emptyPlan("Renaksi", "new");
      plan.cells = [{ row: 1, col: 1, value: "Tabel 1" }];
      const res = render(app, [plan]);
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
      const res = render(app, [plan]);
      const s = app.sheet("Asesmen")!;
      expect(res.reports[0]).toMatchObject({ mode: "overlay", range: "", validations: 1 });
      expect(s.at("F3")?.validation?.list).toContain("√");
      expect(s.text("B3")).toBe("Sistem pengelolaan pengaduan dapat diakses");
      expect(app.log.named("setValues")).toBe(0);
    });

    it("returns the user's own validation kept in a gap of an overlay's box", () => {
      const app = workbook();
      const mine = new FakeValidation(["ya", "tidak"], "punya saya", false);
      app.sheet("Asesmen")!.cell(4, 3).validation = mine;
      const plan = emptyPlan("Asesmen", "overlay");
      const spec = { list: ["✓", "X"], allowBlank: true, message: "Tanda ✓ / Mark ✓" };
      plan.validations = [
        { ...spec, range: { row: 3, col: 3, rows: 1, cols: 2 } },
        { ...spec, range: { row: 5, col: 3, rows: 1, cols: 2 } },
      ];
      render(app, [plan]);
      const s = app.sheet("Asesmen")!;
      expect(app.log.named("getDataValidations")).toBe(1);
      expect(s.at("C4")?.validation).toBe(mine);
      expect(s.at("D5")?.validation?.list).toEqual(["✓", "X"]);
    });

    it("returns a box covered only when every cell is in some range", () => {
      const box = { row: 3, col: 3, rows: 3, cols: 2 };
      expect(coversBox(box, [{ row: 3, col: 3, rows: 3, cols: 2 }])).toBe(true);
      expect(
        coversBox(box, [
          { row: 3, col: 3, rows: 2, cols: 2 },
          { row: 5, col: 3, rows: 1, cols: 2 },
        ]),
      ).toBe(true);
      expect(coversBox(box, [{ row: 3, col: 3, rows: 3, cols: 1 }])).toBe(false);
    });

    it("returns merges grouped only when rows or columns line up exactly", () => {
      const groups = mergeGroups([
        { row: 7, col: 1, rows: 2, cols: 1 },
        { row: 7, col: 2, rows: 2, cols: 1 },
        { row: 7, col: 3, rows: 1, cols: 2 },
        { row: 8, col: 3, rows: 1, cols: 2 },
        { row: 7, col: 6, rows: 2, cols: 1 },
        { row: 9, col: 1, rows: 2, cols: 2 },
        { row: 1, col: 1, rows: 1, cols: 1 },
      ]);
      expect(groups.map((g) => [g.method, g.range, g.merges.length])).toEqual([
        ["mergeVertically", { row: 7, col: 1, rows: 2, cols: 2 }, 2],
        ["mergeAcross", { row: 7, col: 3, rows: 2, cols: 2 }, 2],
        ["merge", { row: 7, col: 6, rows: 2, cols: 1 }, 1],
        ["merge", { row: 9, col: 1, rows: 2, cols: 2 }, 1],
      ]);
    });

    it("returns a warning naming the merges beyond three merge calls", () => {
      const app = workbook();
      const plan = timelinePlan(4);
      plan.merges = [1, 3, 5, 7, 9].map((col) => ({ row: 2, col, rows: 1, cols: 2 }));
      const res = render(app, [plan]);
      expect(app.sheet("Timeline Program")!.merges).toEqual(["A2:B2", "C2:D2", "E2:F2"]);
      expect(res.problems.map((p) => p.code)).toEqual(["sheets.mergesSkipped"]);
      expect(res.problems[0].message).toMatch(/^2 penggabungan sel/);
      expect(res.problems[0].messageEn).toMatch(/^2 cell merges/);
    });

    it("returns the fewest width calls, leaving unplanned columns alone", () => {
      const fill = [6, 55, 12, 12, 14, 32, 14, 14, 14, 14].map((width, i) => ({
        col: i + 1,
        width,
      }));
      const strokes = widthStrokes(fill);
      expect(strokes).toHaveLength(5);
      const applied = new Map<number, number>();
      for (const w of strokes)
        for (let c = w.col; c < w.col + w.count; c++) applied.set(c, w.width);
      expect([...applied.entries()].sort((a, b) => a[0] - b[0])).toEqual(
        fill.map((w) => [w.col, w.width]),
      );
      // Column 3 is not planned: the stretches on each side are painted separately.
      expect(
        widthStrokes([
          { col: 1, width: 10 },
          { col: 2, width: 10 },
          { col: 4, width: 10 },
        ]),
      ).toEqual([
        { col: 1, count: 2, width: 10 },
        { col: 4, count: 1, width: 10 },
      ]);
      expect(widthStrokes([])).toEqual([]);
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
