import {
  charsToPoints,
  gridsInScope,
  queueRead,
  queueRender,
  rangeAddress,
  readByNames,
  splitCellRef,
  type WorkbookSnapshot,
} from "../../excel-addin/src/adapter";
import { ALL_FEATURES, detectFeatures } from "../../excel-addin/src/features";
import { emptyPlan, type SheetPlan } from "../../core/layout/sheet-plan";
import { MARKER_PREFIX } from "../../core/api/types";
import { isManagedMarker } from "../../core/model/managed-sheet";
import { resolveWrites } from "../../core/write";
import { createFakeOffice, type FakeOffice } from "./fake-excel";

type Ctx = Excel.RequestContext;

/** Klungkung's aspect averages (DOMAIN.md section 4) as a hand-made result plan. */
function klungkungResultPlan(): SheetPlan {
  const plan = emptyPlan("Hasil Renaksi", "replace");
  plan.marker = { row: 1, col: 1, text: `${MARKER_PREFIX} Hasil Renaksi` };
  const aspects: [string, string, number, number][] = [
    ["Kebijakan & Kelembagaan", "=AVERAGE(Matriks!C2:C7)", 19 / 6, 4],
    ["Sumber Daya Manusia", "=AVERAGE(Matriks!C8:C12)", 3, 1],
    ["Pemanfaatan Data & Optimalisasi Aplikasi", "=AVERAGE(Matriks!C13:C17)", 3, 2],
    ["Partisipasi Pemangku Kepentingan", "=AVERAGE(Matriks!C18:C20)", 11 / 3, 5],
    ["Koordinasi, Pemantauan & Evaluasi", "=AVERAGE(Matriks!C21:C23)", 3, 3],
  ];
  plan.cells.push(
    { row: 3, col: 1, value: "Aspek", style: { bold: true, fill: "#DDEBF7", border: true } },
    { row: 3, col: 2, value: "Rata-rata", style: { bold: true, fill: "#DDEBF7", border: true } },
    {
      row: 3,
      col: 3,
      value: "Prioritas usulan",
      style: { bold: true, fill: "#DDEBF7", border: true },
    },
  );
  aspects.forEach(([name, f, avg, prio], i) => {
    plan.cells.push(
      { row: 4 + i, col: 1, value: name, style: { border: true } },
      {
        row: 4 + i,
        col: 2,
        formula: f,
        expected: avg,
        numberFormat: "0.00",
        style: { border: true },
      },
      {
        row: 4 + i,
        col: 3,
        value: prio,
        numberFormat: "0",
        style: { border: true, horizontal: "center" },
      },
    );
  });
  plan.cells.push({ row: 10, col: 1, value: "=ini bukan rumus", note: "teks biasa" });
  plan.cells.push({ row: 10, col: 2, value: "1.1" }, { row: 10, col: 3, value: "12/3" });
  plan.merges.push({ row: 1, col: 1, rows: 1, cols: 3 });
  plan.columnWidths.push({ col: 1, width: 40 });
  plan.frozen = { rows: 3, cols: 0 };
  plan.conditionalFormats.push({
    range: { row: 4, col: 2, rows: 5, cols: 1 },
    rules: [
      { type: "cellIs", operator: "lessThan", values: [2.5], fill: "#F8CBAD" },
      { type: "cellIs", operator: "between", values: [2.5, 3.25], fill: "#FFE699" },
    ],
  });
  plan.charts.push({
    id: "renaksi-bagan-prioritas",
    type: "bar",
    title: "Bagan Prioritas",
    categories: { row: 4, col: 1, rows: 5, cols: 1 },
    series: [{ name: "Rata-rata", values: { row: 4, col: 2, rows: 5, cols: 1 } }],
    seriesBy: "columns",
    anchor: { row: 3, col: 5, widthCols: 7, heightRows: 15 },
    axisMin: 1,
    axisMax: 4,
  });
  return plan;
}

/** Klungkung's 20 scores as a one-column Nilai matrix, with a 1-4 dropdown overlay on it. */
const klungkungScores = [3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3];
function klungkungMatrix() {
  return {
    sheet: "Matriks",
    values: [
      ["No", "Pernyataan", "Nilai"],
      ...klungkungScores.map((s, i) => [i + 1, `Pernyataan ${i + 1}`, s]),
    ],
  };
}
function klungkungOverlay(): SheetPlan {
  const plan = emptyPlan("Matriks", "overlay");
  plan.validations.push({
    range: { row: 2, col: 3, rows: 20, cols: 1 },
    list: ["1", "2", "3", "4"],
    allowBlank: true,
    message: "Isi 1-4 / Enter 1-4",
  });
  plan.conditionalFormats.push({
    range: { row: 2, col: 3, rows: 20, cols: 1 },
    rules: [
      { type: "textEquals", text: "4", fill: "#C6EFCE" },
      { type: "notBlank", fill: "#FFFFFF" },
    ],
  });
  return plan;
}

async function snapshot(fake: FakeOffice): Promise<WorkbookSnapshot> {
  return fake.Excel.run(async (ctx: Ctx) => {
    const snap = queueRead(ctx);
    await ctx.sync();
    return snap();
  });
}

async function render(fake: FakeOffice, plans: SheetPlan[], features = ALL_FEATURES) {
  return fake.Excel.run(async (ctx: Ctx) => {
    let wb: WorkbookSnapshot;
    if (features.sheetWalk) {
      const snap = queueRead(ctx);
      await ctx.sync();
      wb = snap();
    } else wb = await readByNames(ctx, { orNullObject: features.usedRangeOrNull });
    const resolved = resolveWrites(wb, plans);
    const report = queueRender(ctx, resolved, features);
    await ctx.sync();
    return { resolved, report };
  });
}

describe("queueRead", () => {
  it("returns every sheet's used range as a Grid with its origin, blanks as null, in one sync", async () => {
    const fake = createFakeOffice({
      sheets: [
        klungkungMatrix(),
        {
          sheet: "Prioritas",
          origin: { row: 3, col: 2 },
          values: [
            ["Aspek", "Prioritas"],
            ["SDM", 1],
            ["", 2],
          ],
        },
        { sheet: "Kosong" },
      ],
      active: "Prioritas",
    });
    const wb = await snapshot(fake);
    expect(fake.stats.syncs).toBe(1);
    expect(wb.active).toBe("Prioritas");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Matriks", "Prioritas", "Kosong"]);
    expect(wb.grids.map((g) => g.sheet)).toEqual(["Matriks", "Prioritas"]);
    expect(wb.grids[1].origin).toEqual({ row: 3, col: 2 });
    expect(wb.grids[1].values).toEqual([
      ["Aspek", "Prioritas"],
      ["SDM", 1],
      [null, 2],
    ]);
    expect(wb.grids[0].values[4]).toEqual([4, "Pernyataan 4", 4]);
    expect(wb.sheets.every((s) => !isManagedMarker(s.a1))).toBe(true);
    expect(wb.sheets.map((s) => s.a1)).toEqual(["No", null, null]);
  });

  it("returns a Renaksi sheet as ours by its A1 marker, with its charts", async () => {
    const fake = createFakeOffice({ sheets: [klungkungMatrix()] });
    await render(fake, [klungkungResultPlan()]);
    const wb = await snapshot(fake);
    expect(wb.sheets.find((s) => s.name === "Hasil Renaksi")).toEqual({
      name: "Hasil Renaksi",
      a1: `${MARKER_PREFIX} Hasil Renaksi`,
      charts: [{ name: "renaksi-bagan-prioritas" }],
      objects: [],
      visible: true,
    });
  });

  describe("edge cases", () => {
    it("returns truncated when the workbook has more sheets than the walk allows", async () => {
      const fake = createFakeOffice({
        sheets: [1, 2, 3, 4].map((i) => ({ sheet: `S${i}`, values: [[i]] })),
      });
      const wb = await fake.Excel.run(async (ctx: Ctx) => {
        const snap = queueRead(ctx, { maxSheets: 3 });
        await ctx.sync();
        return snap();
      });
      expect(wb.truncated).toBe(true);
      expect(wb.sheets.map((s) => s.name)).toEqual(["S1", "S2", "S3"]);
    });

    it("returns only A1 of each sheet when values are not needed", async () => {
      const fake = createFakeOffice({ sheets: [klungkungMatrix()] });
      const wb = await fake.Excel.run(async (ctx: Ctx) => {
        const snap = queueRead(ctx, { values: false });
        await ctx.sync();
        return snap();
      });
      expect(wb.grids).toEqual([]);
      expect(wb.sheets[0].name).toBe("Matriks");
    });
  });
});

describe("gridsInScope", () => {
  it("returns the active sheet plus Renaksi's own sheets for the active scope", async () => {
    const fake = createFakeOffice({
      sheets: [klungkungMatrix(), { sheet: "Lain", values: [["x"]] }],
      active: "Matriks",
    });
    await render(fake, [klungkungResultPlan()]);
    fake.state.active = "Matriks";
    const wb = await snapshot(fake);
    expect(gridsInScope(wb, "active").map((g) => g.sheet)).toEqual(["Matriks", "Hasil Renaksi"]);
    expect(gridsInScope(wb, "workbook").map((g) => g.sheet)).toEqual([
      "Matriks",
      "Lain",
      "Hasil Renaksi",
    ]);
  });
});

describe("queueRender", () => {
  it("returns what it wrote: values, live formulas, number formats, styles, merges, widths, frozen rows", async () => {
    const fake = createFakeOffice({ sheets: [klungkungMatrix()] });
    const { report } = await render(fake, [klungkungResultPlan()]);
    expect(fake.stats.syncs).toBe(2);
    expect(report.notes).toEqual([]);
    expect(report.written).toEqual([
      {
        sheet: "Hasil Renaksi",
        mode: "replace",
        address: "'Hasil Renaksi'!A1:C10",
        // 21 planned cells + the marker, a cell like the others in the resolved write
        cells: 22,
        formulas: 5,
        validations: 0,
        conditionalFormats: 2,
        charts: 1,
        merges: 1,
      },
    ]);
    expect(fake.read("Hasil Renaksi", "A3:C5")).toEqual([
      ["Aspek", "Rata-rata", "Prioritas usulan"],
      ["Kebijakan & Kelembagaan", "=AVERAGE(Matriks!C2:C7)", 4],
      ["Sumber Daya Manusia", "=AVERAGE(Matriks!C8:C12)", 1],
    ]);
    expect(fake.cell("Hasil Renaksi", "A1").value).toBe(`${MARKER_PREFIX} Hasil Renaksi`);
    expect(fake.cell("Hasil Renaksi", "B4").numberFormat).toBe("0.00");
    expect(fake.cell("Hasil Renaksi", "A4").numberFormat).toBe("General");
    expect(fake.cell("Hasil Renaksi", "C8").format["horizontalAlignment"]).toBe("Center");
    expect(fake.cell("Hasil Renaksi", "B3").format["fill.color"]).toBe("#DDEBF7");
    expect(fake.cell("Hasil Renaksi", "B3").format["font.bold"]).toBe(true);
    expect(fake.cell("Hasil Renaksi", "B4").format["fill.color"]).toBeUndefined();
    expect(fake.cell("Hasil Renaksi", "C8").format["borders.EdgeBottom.style"]).toBe("Continuous");
    // a text that starts with "=" stays text
    expect(fake.cell("Hasil Renaksi", "A10")).toMatchObject({
      value: "=ini bukan rumus",
      formula: null,
    });
    const sheet = fake.sheet("Hasil Renaksi");
    expect(sheet.merges).toEqual(["A1:C1"]);
    expect(sheet.columnWidths[1]).toBe(charsToPoints(40));
    expect(sheet.frozen).toEqual({ rows: 3, cols: 0 });
    expect(sheet.notes).toEqual({ A10: "teks biasa" });
    expect(fake.state.active).toBe("Hasil Renaksi");
  });

  it("returns conditional formats as Excel cell-value rules in plan order", async () => {
    const fake = createFakeOffice({ sheets: [klungkungMatrix()] });
    await render(fake, [klungkungResultPlan()]);
    expect(fake.sheet("Hasil Renaksi").conditionalFormats).toEqual([
      {
        address: "B4:B8",
        type: "CellValue",
        props: {
          "cellValue.rule": { formula1: "2.5", operator: "LessThan" },
          "cellValue.format.fill.color": "#F8CBAD",
          stopIfTrue: true,
          priority: 0,
        },
      },
      {
        address: "B4:B8",
        type: "CellValue",
        props: {
          "cellValue.rule": { formula1: "2.5", formula2: "3.25", operator: "Between" },
          "cellValue.format.fill.color": "#FFE699",
          stopIfTrue: true,
          priority: 1,
        },
      },
    ]);
  });

  it("returns a native bar chart of the aspects beside the table, replaced not duplicated on a re-run", async () => {
    const fake = createFakeOffice({ sheets: [klungkungMatrix()] });
    await render(fake, [klungkungResultPlan()]);
    await render(fake, [klungkungResultPlan()]);
    const charts = fake.sheet("Hasil Renaksi").charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      name: "renaksi-bagan-prioritas",
      type: "BarClustered",
      source: "Hasil Renaksi!A4:B8",
      seriesBy: "Columns",
    });
    expect(charts[0].props).toMatchObject({
      "title.text": "Bagan Prioritas",
      "series.0.name": "Rata-rata",
      "axes.valueAxis.minimum": 1,
      "axes.valueAxis.maximum": 4,
      "axes.categoryAxis.reversePlotOrder": true,
      "legend.visible": false,
      setPosition: ["E3", "K17"],
    });
    // the re-run rewrote the sheet instead of adding "Hasil Renaksi (2)"
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Matriks", "Hasil Renaksi"]);
  });

  it("returns 1-4 dropdowns and conditional formats on the user's score cells without touching values", async () => {
    const fake = createFakeOffice({ sheets: [klungkungMatrix()] });
    const { report } = await render(fake, [klungkungOverlay()]);
    const s = fake.sheet("Matriks");
    expect(s.validations).toEqual([
      {
        address: "C2:C21",
        rule: { list: { inCellDropDown: true, source: "1,2,3,4" } },
        errorAlert: {
          message: "Isi 1-4 / Enter 1-4",
          showAlert: true,
          style: "Stop",
          title: "Renaksi",
        },
        ignoreBlanks: true,
      },
    ]);
    expect(
      s.conditionalFormats.map((c) => [
        c.type,
        c.props["cellValue.rule"] ?? c.props["custom.rule.formula"],
      ]),
    ).toEqual([
      ["CellValue", { formula1: '="4"', operator: "EqualTo" }],
      ["Custom", "=LEN(TRIM(C2))>0"],
    ]);
    expect(fake.read("Matriks", "C2:C21").flat()).toEqual(klungkungScores);
    expect(report.written[0]).toMatchObject({
      mode: "overlay",
      cells: 0,
      validations: 1,
      conditionalFormats: 2,
    });
    // a second run replaces the dropdown and the formats instead of stacking copies
    await render(fake, [klungkungOverlay()]);
    expect(s.validations).toHaveLength(1);
    expect(s.conditionalFormats).toHaveLength(2);
  });

  describe("edge cases", () => {
    it("returns visible notes and skips conditional formats, dropdowns, merges on ExcelApi 1.1 (Office 2016)", async () => {
      const fake = createFakeOffice({ sheets: [klungkungMatrix()], apiVersion: "1.1" });
      const features = detectFeatures((v) =>
        fake.Office.context.requirements.isSetSupported("ExcelApi", v),
      );
      expect(features).toEqual({
        usedRangeOrNull: false,
        sheetWalk: false,
        merge: false,
        conditionalFormats: false,
        freezePanes: false,
        chartSeries: false,
        dataValidation: false,
        chartNumberFormat: false,
        indent: false,
        rangeAreas: false,
        shapes: false,
        pageLayout: false,
        notes: false,
      });
      const { report } = await render(fake, [klungkungResultPlan(), klungkungOverlay()], features);
      expect(report.notes.map((n) => n.code).sort()).toEqual([
        "excel.skip.conditionalFormats",
        "excel.skip.conditionalFormats",
        "excel.skip.dataValidation",
        "excel.skip.freezePanes",
        "excel.skip.merge",
        "excel.skip.notes",
      ]);
      expect(report.notes.every((n) => n.severity === "warning")).toBe(true);
      // averages and the chart are still written
      expect(fake.cell("Hasil Renaksi", "B5").formula).toBe("=AVERAGE(Matriks!C8:C12)");
      expect(fake.sheet("Hasil Renaksi").charts).toHaveLength(1);
      expect(fake.sheet("Matriks").validations).toEqual([]);
    });

    it("returns the value axis as 0%..100% on ExcelApi 1.8, and a note instead on ExcelApi 1.7", async () => {
      const plan = klungkungResultPlan();
      plan.charts[0] = {
        ...plan.charts[0],
        axisMin: 0,
        axisMax: 1,
        majorUnit: 0.2,
        valueFormat: "0%",
        labelFormat: "0%",
      };
      const fake = createFakeOffice({ sheets: [klungkungMatrix()], apiVersion: "1.8" });
      const at18 = detectFeatures((v) =>
        fake.Office.context.requirements.isSetSupported("ExcelApi", v),
      );
      const { report } = await render(fake, [plan], at18);
      // read + write: the axis format rides in the same batch, no extra round trip
      expect(fake.stats.syncsPerRun).toEqual([2]);
      expect(fake.sheet("Hasil Renaksi").charts[0].props).toMatchObject({
        "axes.valueAxis.minimum": 0,
        "axes.valueAxis.maximum": 1,
        "axes.valueAxis.majorUnit": 0.2,
        "axes.valueAxis.numberFormat": "0%",
      });
      expect(report.notes.map((n) => n.code)).not.toContain("excel.skip.chartFormat");
      const old = createFakeOffice({ sheets: [klungkungMatrix()], apiVersion: "1.7" });
      const at17 = detectFeatures((v) =>
        old.Office.context.requirements.isSetSupported("ExcelApi", v),
      );
      const oldReport = (await render(old, [plan], at17)).report;
      expect(old.sheet("Hasil Renaksi").charts[0].props).not.toHaveProperty(
        "axes.valueAxis.numberFormat",
      );
      expect(old.sheet("Hasil Renaksi").charts[0].props).toMatchObject({
        "axes.valueAxis.maximum": 1,
      });
      expect(oldReport.notes.filter((n) => n.code === "excel.skip.chartFormat")).toEqual([
        expect.objectContaining({ severity: "warning", message: expect.stringContaining("1.8") }),
      ]);
    });

    it("returns the page setup written on ExcelApi 1.9, and a note instead on ExcelApi 1.8", async () => {
      const plan = {
        ...klungkungResultPlan(),
        page: {
          orientation: "landscape" as const,
          paper: "A4" as const,
          fitToWidth: true,
          titleRows: { first: 1, last: 1 },
          printArea: { row: 1, col: 1, rows: 40, cols: 10 },
          breaksBefore: [20, 33],
        },
      };
      const fake = createFakeOffice({ sheets: [klungkungMatrix()] });
      await render(fake, [plan]);
      expect(fake.sheet("Hasil Renaksi").page).toEqual({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        margins: { left: 36, right: 36, top: 54, bottom: 54 },
        printArea: "A1:J40",
        titleRows: "$1:$1",
        breaks: ["A20", "A33"],
      });
      const old = createFakeOffice({ sheets: [klungkungMatrix()], apiVersion: "1.8" });
      const features = detectFeatures((v) =>
        old.Office.context.requirements.isSetSupported("ExcelApi", v),
      );
      const { report } = await render(old, [plan], features);
      expect(report.notes.map((n) => n.code)).toContain("excel.skip.pageLayout");
      expect(old.sheet("Hasil Renaksi").page).toEqual({ breaks: [] });
    });

    it("returns the old values cleared when a Renaksi sheet is rewritten with fewer rows", async () => {
      const fake = createFakeOffice({ sheets: [klungkungMatrix()] });
      await render(fake, [klungkungResultPlan()]);
      const smaller = emptyPlan("Hasil Renaksi", "replace");
      smaller.marker = { row: 1, col: 1, text: `${MARKER_PREFIX} Hasil Renaksi` };
      smaller.cells.push({ row: 3, col: 1, value: "Aspek" });
      await render(fake, [smaller]);
      expect(fake.cell("Hasil Renaksi", "B4").formula).toBeNull();
      expect(fake.sheet("Hasil Renaksi").conditionalFormats).toEqual([]);
      expect(fake.sheet("Hasil Renaksi").charts).toEqual([]);
    });
  });
});

describe("rangeAddress", () => {
  it("returns core's A1 range of a rectangle", () => {
    expect(rangeAddress({ row: 4, col: 2, rows: 5, cols: 1 })).toBe("B4:B8");
    expect(rangeAddress({ row: 4, col: 2, rows: 1, cols: 1 })).toBe("B4");
  });
});

describe("splitCellRef", () => {
  it("returns the sheet and the address of a problem's cell", () => {
    expect(splitCellRef("Matriks!D14")).toEqual({ sheet: "Matriks", address: "D14" });
    expect(splitCellRef("'Matriks Asesmen'!$D$14:E15")).toEqual({
      sheet: "Matriks Asesmen",
      address: "D14:E15",
    });
  });
  describe("edge cases", () => {
    it("returns an empty sheet for a bare address and unquotes doubled quotes", () => {
      expect(splitCellRef("D14")).toEqual({ sheet: "", address: "D14" });
      expect(splitCellRef("'Bu''s'!A1")).toEqual({ sheet: "Bu's", address: "A1" });
    });
  });
});
