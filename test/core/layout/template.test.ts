import { planToGrid, setCell, templateLayout, templatePlans } from "../../../core/layout/template";
import type { SheetPlan } from "../../../core/layout/sheet-plan";

const opts = {
  statementSet: "juknis22" as const,
  startYear: 2022,
  endYear: 2024,
  instansi: "Kabupaten Luwu",
};
const valueAt = (p: SheetPlan, row: number, col: number) =>
  p.cells.find((c) => c.row === row && c.col === col)?.value;

describe("templatePlans", () => {
  const { plan, tables } = templateLayout(opts);

  it("returns one new sheet named Renaksi with the instansi and the plan years", () => {
    const plans = templatePlans(opts);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ sheet: "Renaksi", mode: "new" });
    expect(valueAt(plan, 2, 2)).toBe("Kabupaten Luwu");
    expect(valueAt(plan, 3, 2)).toBe("2022-2024");
  });

  it("returns the informasi umum table with a Jumlah / % pair per year before the plan (2022-2024 -> 2019-2021)", () => {
    const h = tables.informasiUmum.headerRow;
    expect(valueAt(plan, tables.informasiUmum.titleRow, 1)).toContain("Informasi Umum");
    expect([3, 5, 7].map((c) => valueAt(plan, h, c))).toEqual([2019, 2020, 2021]);
    expect([3, 4].map((c) => valueAt(plan, h + 1, c))).toEqual(["Jumlah", "%"]);
    expect(valueAt(plan, tables.informasiUmum.firstRow, 2)).toBe("Jumlah pengaduan");
  });

  it("returns the 22 juknis statements with Nilai 1 2 3 4 mark columns validated", () => {
    const a = tables.assessment;
    expect(a.rows).toBe(22);
    expect([3, 4, 5, 6].map((c) => valueAt(plan, a.headerRow + 1, c))).toEqual([1, 2, 3, 4]);
    expect(valueAt(plan, a.firstRow, 1)).toBe(1);
    expect(String(valueAt(plan, a.firstRow, 2))).toMatch(/^\S/);
    expect(plan.validations[0]).toEqual({
      range: { row: a.firstRow, col: 3, rows: 22, cols: 4 },
      list: ["✓", "√", "v", "V", "X", "x"],
      allowBlank: true,
      message: expect.any(String),
    });
  });

  it("returns the categorisation prefilled with ✓ from the default mapping, every aspect covered", () => {
    const c = tables.categorisation;
    expect(plan.cells.find((x) => x.row === c.firstRow && x.col === 3)).toMatchObject({
      formula: `=IF(COUNTA(C${tables.assessment.firstRow}:F${tables.assessment.firstRow})=1,SUMPRODUCT((C${tables.assessment.firstRow}:F${tables.assessment.firstRow}<>"")*{1,2,3,4}),"")`,
      expected: "",
    });
    expect([3, 4, 5, 6, 7, 8].map((k) => valueAt(plan, c.headerRow, k))).toEqual([
      "Nilai",
      "Kebijakan & Kelembagaan",
      "Sumber Daya Manusia",
      "Pemanfaatan Data & Optimalisasi Aplikasi",
      "Partisipasi Pemangku Kepentingan",
      "Koordinasi, Pemantauan & Evaluasi",
    ]);
    for (let k = 4; k <= 8; k++) {
      const marks = Array.from({ length: 22 }, (_, i) => valueAt(plan, c.firstRow + i, k));
      expect(marks.filter((m) => m === "✓").length).toBeGreaterThan(0);
    }
  });

  it("returns the priority, indicator, program and success-indicator tables", () => {
    expect([2, 3, 4].map((k) => valueAt(plan, tables.priority.headerRow, k))).toEqual([
      "Aspek",
      "Prioritas",
      "Alasan",
    ]);
    const ih = tables.indicators.headerRow;
    expect([5, 6, 8, 9, 11].map((k) => valueAt(plan, ih, k))).toEqual([
      "Baseline 2021",
      "Target 2022",
      "Target 2024",
      "Realisasi 2022",
      "Realisasi 2024",
    ]);
    expect(valueAt(plan, tables.indicators.firstRow + 2, 4)).toBe("turun");
    const p = tables.programs;
    expect(valueAt(plan, p.headerRow, 3)).toBe("Waktu");
    expect([3, 4, 5].map((k) => valueAt(plan, p.headerRow + 1, k))).toEqual([2022, 2023, 2024]);
    expect(valueAt(plan, p.headerRow, 6)).toBe("Pihak Terlibat");
    const codes = Array.from({ length: p.rows }, (_, i) => valueAt(plan, p.firstRow + i, 1));
    expect(codes.filter((c) => String(c).startsWith("KP"))).toEqual([
      "KP I",
      "KP II",
      "KP III",
      "KP IV",
      "KP V",
    ]);
    expect(valueAt(plan, tables.successIndicators.headerRow, 3)).toBe("Indikator Keberhasilan");
  });

  it("returns Alasan, Pihak Terlibat and Indikator Keberhasilan merged to column K (wide, wrapped)", () => {
    const mergeAt = (row: number, col: number) =>
      plan.merges.find((m) => m.row === row && m.col === col);
    const pr = tables.priority.firstRow;
    const kp = tables.programs.firstRow;
    const su = tables.successIndicators.firstRow;
    expect(mergeAt(pr, 4)).toEqual({ row: pr, col: 4, rows: 1, cols: 8 });
    expect(mergeAt(kp, 6)).toEqual({ row: kp, col: 6, rows: 1, cols: 6 });
    expect(mergeAt(su + 4, 3)).toEqual({ row: su + 4, col: 3, rows: 1, cols: 9 });
    const cell = (row: number, col: number) =>
      plan.cells.find((c) => c.row === row && c.col === col);
    expect([cell(pr, 4), cell(kp, 6), cell(su, 3)].map((c) => c?.style?.wrap)).toEqual([
      true,
      true,
      true,
    ]);
  });

  describe("edge cases", () => {
    it("returns Klungkung's 20 statements under their aspect heading rows", () => {
      const k = templateLayout({ ...opts, statementSet: "klungkung20" });
      expect(k.tables.assessment.rows).toBe(25); // 20 statements + 5 headings
      expect(valueAt(k.plan, k.tables.assessment.firstRow, 1)).toBe("I. Kebijakan & Kelembagaan");
      expect(valueAt(k.plan, k.tables.assessment.firstRow + 1, 1)).toBe(1);
    });

    it("returns a custom sheet name and ten numbered blank rows for a custom list", () => {
      const c = templateLayout({ ...opts, statementSet: "custom", sheet: "Renaksi 2025" });
      expect(c.plan.sheet).toBe("Renaksi 2025");
      expect(c.tables.assessment.rows).toBe(10);
    });

    it("returns the years in order when they are given reversed", () => {
      const r = templateLayout({ ...opts, startYear: 2024, endYear: 2022 });
      expect(valueAt(r.plan, 3, 2)).toBe("2022-2024");
    });
  });
});

describe("planToGrid", () => {
  it("returns the plan's values at A1, formulas as their expected value", () => {
    const g = planToGrid({
      sheet: "S",
      mode: "replace",
      cells: [
        { row: 1, col: 1, value: "RENAKSI | x" },
        { row: 2, col: 3, formula: "=1+2", expected: 3 },
      ],
      merges: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      columnWidths: [],
    });
    expect(g).toEqual({
      sheet: "S",
      origin: { row: 1, col: 1 },
      values: [
        ["RENAKSI | x", null, null],
        [null, null, 3],
      ],
    });
  });

  describe("edge cases", () => {
    it("returns an empty grid for an empty plan, and setCell grows a grid without changing it", () => {
      const g = planToGrid({
        sheet: "S",
        mode: "new",
        cells: [],
        merges: [],
        validations: [],
        conditionalFormats: [],
        charts: [],
        columnWidths: [],
      });
      expect(g.values).toEqual([]);
      const h = setCell(g, 2, 2, 5);
      expect(h.values).toEqual([[], [null, 5]]);
      expect(g.values).toEqual([]);
    });
  });
});
