import {
  estimateRowHeights,
  estimateRowLines,
  wrappedLines,
} from "../../../core/layout/row-heights";
import { monevGeometry } from "../../../core/layout/monev";
import { monev } from "../../../core/api/commands";
import { emptyPlan } from "../../../core/layout/sheet-plan";
import { fill } from "../../../core/api/commands";
import { SEED_GRIDS } from "../../fixtures/grids";

describe("estimateRowHeights", () => {
  it("returns a taller row for each wrapped text longer than its column", () => {
    const plan = emptyPlan("S", "replace");
    plan.columnWidths.push({ col: 2, width: 21 });
    plan.cells.push(
      { row: 3, col: 2, value: "x".repeat(50), style: { wrap: true } }, // 23 per line -> 3 lines
      { row: 4, col: 2, value: "short", style: { wrap: true } },
      { row: 5, col: 2, value: "x".repeat(50) }, // not wrapped
      { row: 6, col: 2, value: "a\nb", style: { wrap: true } },
    );
    expect(estimateRowHeights(plan)).toEqual([
      { row: 3, height: 39 },
      { row: 6, height: 27 },
    ]);
  });

  it("returns heights for Klungkung's long statements on the result sheet", () => {
    const [result] = fill(SEED_GRIDS.klungkung).plans;
    const heights = estimateRowHeights(result);
    expect(heights.length).toBeGreaterThan(10);
    expect(heights.every((h) => h.height >= 27 && (h.height - 3) % 12 === 0)).toBe(true);
  });

  it("returns a taller row for a formula that shows a long text (the Alasan =T(Prioritas!E8))", () => {
    const plan = emptyPlan("S", "replace");
    plan.columnWidths.push({ col: 6, width: 32 });
    plan.cells.push({
      row: 7,
      col: 6,
      formula: "=T(Prioritas!E8)",
      expected: "r".repeat(80), // 35 per line -> 3 lines
      style: { wrap: true },
    });
    expect(estimateRowHeights(plan)).toEqual([{ row: 7, height: 39 }]);
  });

  it("returns Cilacap's Monev rows as tall as LibreOffice prints them (I.1.3 printed with a third of it empty)", () => {
    const r = monev(SEED_GRIDS.cilacap);
    const report = r.report!;
    const g = monevGeometry(report);
    const lines = new Map(estimateRowLines(r.plans[0]).map((x) => [x.row, x.lines]));
    const rowOf = (code: string) =>
      g.row(
        1,
        report.activities.findIndex((a) => a.code === code),
      );
    // Counted on the LibreOffice print of 2021 S2: Pihak Terlibat of I.1.3 in 8 lines, the
    // title of I.1.2 in 7.
    expect(lines.get(rowOf("I.1.3"))).toBe(8);
    expect(lines.get(rowOf("I.1.2"))).toBe(7);
    const heights = new Map(estimateRowHeights(r.plans[0]).map((x) => [x.row, x.height]));
    expect(heights.get(rowOf("I.1.3"))).toBe(99); // 120 before: 15 pt a line
  });

  describe("edge cases", () => {
    it("returns whole words wrapped, a long word broken, line breaks counted (wrappedLines)", () => {
      expect(wrappedLines("Bagian Hukum, Bagian Organisasi", 20)).toBe(2);
      expect(wrappedLines("Penyusunan Rencana Aksi", 22)).toBe(2);
      expect(wrappedLines("x".repeat(45), 20)).toBe(3);
      expect(wrappedLines("a\nb c", 20)).toBe(2);
      expect(wrappedLines("pendek", 20)).toBe(1);
    });

    it("returns nothing for merged cells, formulas without text and an empty plan", () => {
      const plan = emptyPlan("S", "replace");
      plan.cells.push(
        { row: 1, col: 1, value: "y".repeat(200), style: { wrap: true } },
        { row: 2, col: 1, formula: '=REPT("z",200)', style: { wrap: true } },
      );
      plan.merges.push({ row: 1, col: 1, rows: 1, cols: 6 });
      expect(estimateRowHeights(plan)).toEqual([]);
      expect(estimateRowHeights(emptyPlan("E", "new"))).toEqual([]);
    });
  });
});
