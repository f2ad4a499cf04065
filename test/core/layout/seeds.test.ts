/**
 * The layouts on the seed documents (test/fixtures/documents) analysed by core/compute: the
 * formulas point at the cells the fixtures record, and `expected` carries the seeds' numbers.
 */
import { sheetRange } from "../../../core/grid";
import { analyzeDocument } from "../../../core/compute/analyze";
import { resultPlan, resultPlans } from "../../../core/layout/result";
import { timelinePlan, ACTIVE_MARK } from "../../../core/layout/timeline";
import type { PlannedCell, SheetPlan } from "../../../core/layout/sheet-plan";
import { SEED_DOCUMENTS } from "../../fixtures/documents";

const at = (p: SheetPlan, row: number, col: number): PlannedCell | undefined =>
  p.cells.find((c) => c.row === row && c.col === col);

describe("resultPlan on the seeds", () => {
  it("returns Klungkung's averages 19/6, 3, 3, 11/3, 3 and priorities 4, 1, 2, 5, 3", () => {
    const doc = SEED_DOCUMENTS.klungkung;
    const p = resultPlan(doc, analyzeDocument(doc));
    expect([30, 31, 32, 33, 34].map((r) => at(p, r, 3)?.expected)).toEqual([
      19 / 6,
      3,
      3,
      11 / 3,
      3,
    ]);
    expect([30, 31, 32, 33, 34].map((r) => at(p, r, 4)?.expected)).toEqual([4, 1, 2, 5, 3]);
    expect(at(p, 30, 3)?.formula).toBe("=AVERAGE(C7:C12)");
    // the score formula reads the fixture's own mark cells
    const src = doc.answers[0].source!;
    expect(at(p, 7, 3)?.formula).toContain(sheetRange(src.sheet, src.row, src.col, 1, 4));
    // Klungkung writes its choice as "1 2 3 (4) 5": the value is kept, with a note naming the cell
    expect(at(p, 30, 5)).toMatchObject({ value: 4, note: expect.stringContaining("Prioritas!D4") });
    expect([38, 39, 40, 41, 42].map((r) => at(p, r, 2)?.expected)).toEqual([
      "Sumber Daya Manusia",
      "Pemanfaatan Data & Optimalisasi Aplikasi",
      "Koordinasi, Pemantauan & Evaluasi",
      "Kebijakan & Kelembagaan",
      "Partisipasi Pemangku Kepentingan",
    ]);
  });

  it("returns Sumbar's printed averages as values and its order SDM, Kelembagaan, Data, Koordinasi, Partisipasi", () => {
    const doc = SEED_DOCUMENTS.sumbar;
    const a = analyzeDocument(doc);
    const p = resultPlan(doc, a);
    const first = p.cells.find((c) => c.value === "Kebijakan & Kelembagaan" && c.col === 2)!.row;
    expect([0, 1, 2, 3, 4].map((i) => at(p, first + i, 3)?.value)).toEqual([
      2.5, 2.2, 2.6, 3.0, 2.6,
    ]);
    expect([0, 1, 2, 3, 4].map((i) => at(p, first + i, 4)?.expected)).toEqual([2, 1, 3, 5, 4]);
    const chart = p.charts[0];
    expect(
      Array.from({ length: 5 }, (_, k) => at(p, chart.categories.row + k, 2)?.expected),
    ).toEqual([
      "Sumber Daya Manusia",
      "Kebijakan & Kelembagaan",
      "Pemanfaatan Data & Optimalisasi Aplikasi",
      "Koordinasi, Pemantauan & Evaluasi",
      "Partisipasi Pemangku Kepentingan",
    ]);
  });

  it("returns Luwu's informasi umum 2021 as 5/6 and 1/6 over its own cells", () => {
    const doc = SEED_DOCUMENTS.luwu;
    const p = resultPlan(doc, analyzeDocument(doc), {
      lookup: (ref) => ({ "Asesmen!F7": 6, "Asesmen!F9": 5, "Asesmen!F10": 1 })[ref],
    });
    const row = p.cells.find((c) => c.value === "Tahun 2021")!.row;
    expect(at(p, row, 3)).toMatchObject({ formula: "=Asesmen!F7", expected: 6 });
    expect(at(p, row, 5)?.expected).toBeCloseTo(5 / 6, 12);
    expect(at(p, row, 7)?.expected).toBeCloseTo(1 / 6, 12);
  });

  it("returns Cilacap's days-to-resolve capaian 1 + (1 - 2.3/2.5) once a realisation is known", () => {
    const base = SEED_DOCUMENTS.cilacap;
    const doc = {
      ...base,
      indicators: base.indicators.map((ind) =>
        /jangka waktu/i.test(ind.name)
          ? { ...ind, realisations: [{ year: 2021, value: 2.3, cell: "Sasaran!H9" }] }
          : ind,
      ),
    };
    const p = resultPlan(doc, analyzeDocument(doc), {
      lookup: (ref) => ({ "Sasaran!D9": 2.5, "Sasaran!H9": 2.3 })[ref],
    });
    const row = p.cells.find(
      (c) =>
        c.col === 2 && /jangka waktu/i.test(String(c.value)) && at(p, c.row, 3)?.value === 2021,
    )!.row;
    expect(at(p, row, 4)).toMatchObject({ formula: "=Sasaran!D9", expected: 2.5 });
    expect(at(p, row, 5)).toMatchObject({ formula: "=Sasaran!H9", expected: 2.3 });
    expect(at(p, row, 6)?.formula).toBe(
      `=IF(AND(ISNUMBER(E${row}),ISNUMBER(D${row})),IF(D${row}<>0,1+(1-E${row}/D${row}),""),"")`,
    );
    expect(at(p, row, 6)?.expected).toBeCloseTo(1.08, 12);
    expect(at(p, row, 7)?.expected).toBeCloseTo(-0.2, 12);
  });

  describe("edge cases", () => {
    it("returns Kapuas (no assessment) with one note instead of empty score, aspect and chart tables", () => {
      const doc = SEED_DOCUMENTS.kapuas;
      const [p, ...overlays] = resultPlans(doc, analyzeDocument(doc));
      expect(overlays).toEqual([]);
      expect(at(p, 5, 1)?.value).toMatch(/tidak memuat matriks asesmen/);
      expect(p.cells.some((c) => c.value === "Kebijakan & Kelembagaan")).toBe(false);
      expect(p.charts).toEqual([]);
      // the numbering starts with the first table that is there
      const titles = p.cells
        .map((c) => c.value)
        .filter((v): v is string => typeof v === "string" && /^Tabel /.test(v));
      expect(titles[0]).toBe("Tabel 2.1 Informasi umum pengaduan");
    });
  });
});

describe("timelinePlan on the seeds", () => {
  it("returns Kapuas's tree 2021-2024 with I.1.a active in 2021 and 2022", () => {
    const doc = SEED_DOCUMENTS.kapuas;
    const p = timelinePlan(doc, analyzeDocument(doc));
    expect([4, 5, 6, 7].map((c) => at(p, 5, c)?.value)).toEqual(["2021", "2022", "2023", "2024"]);
    const row = p.cells.find((c) => c.col === 1 && c.value === "I.1.a")!.row;
    expect([4, 5, 6, 7].map((c) => at(p, row, c)?.value)).toEqual([
      ACTIVE_MARK,
      ACTIVE_MARK,
      "",
      "",
    ]);
    expect(p.cells.filter((c) => c.col === 1 && c.row >= 6).length).toBe(doc.programs.length);
  });
});
