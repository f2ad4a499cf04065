import { estimateRowHeights } from "../../../core/layout/row-heights";
import { emptyPlan } from "../../../core/layout/sheet-plan";
import { fill } from "../../../core/api/commands";
import { SEED_GRIDS } from "../../fixtures/grids";

describe("estimateRowHeights", () => {
  it("returns a taller row for each wrapped text longer than its column", () => {
    const plan = emptyPlan("S", "replace");
    plan.columnWidths.push({ col: 2, width: 21 });
    plan.cells.push(
      { row: 3, col: 2, value: "x".repeat(50), style: { wrap: true } }, // 20 per line -> 3 lines
      { row: 4, col: 2, value: "short", style: { wrap: true } },
      { row: 5, col: 2, value: "x".repeat(50) }, // not wrapped
      { row: 6, col: 2, value: "a\nb", style: { wrap: true } },
    );
    expect(estimateRowHeights(plan)).toEqual([
      { row: 3, height: 45 },
      { row: 6, height: 30 },
    ]);
  });

  it("returns heights for Klungkung's long statements on the result sheet", () => {
    const [result] = fill(SEED_GRIDS.klungkung).plans;
    const heights = estimateRowHeights(result);
    expect(heights.length).toBeGreaterThan(10);
    expect(heights.every((h) => h.height >= 30 && h.height % 15 === 0)).toBe(true);
  });

  it("returns a taller row for a formula that shows a long text (the Alasan =T(Prioritas!E8))", () => {
    const plan = emptyPlan("S", "replace");
    plan.columnWidths.push({ col: 6, width: 32 });
    plan.cells.push({
      row: 7,
      col: 6,
      formula: "=T(Prioritas!E8)",
      expected: "r".repeat(70), // 31 per line -> 3 lines
      style: { wrap: true },
    });
    expect(estimateRowHeights(plan)).toEqual([{ row: 7, height: 45 }]);
  });

  describe("edge cases", () => {
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
