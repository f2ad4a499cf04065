import { mergeRuns, planBlocks } from "../../core/layout/blocks";
import { emptyPlan } from "../../core/layout/sheet-plan";

describe("planBlocks", () => {
  it("returns the bounding rectangle with values, formulas and formats in place", () => {
    const plan = emptyPlan("Hasil Renaksi", "replace");
    plan.cells.push(
      { row: 2, col: 2, value: "Aspek", style: { bold: true, fill: "#DDEBF7", border: true } },
      {
        row: 3,
        col: 3,
        formula: "=AVERAGE(D5:D10)",
        numberFormat: "0.00",
        style: { border: true },
      },
    );
    const b = planBlocks(plan)!;
    expect(b.range).toEqual({ row: 2, col: 2, rows: 2, cols: 2 });
    expect(b.values).toEqual([
      ["Aspek", null],
      [null, "=AVERAGE(D5:D10)"],
    ]);
    expect(b.numberFormats[1][1]).toBe("0.00");
    expect(b.backgrounds[0][0]).toBe("#DDEBF7");
    expect(b.bold[0][0]).toBe(true);
    expect(b.borders).toEqual([
      { row: 2, col: 2, rows: 1, cols: 1 },
      { row: 3, col: 3, rows: 1, cols: 1 },
    ]);
  });
  describe("edge cases", () => {
    it("returns null for a plan without cells", () => {
      expect(planBlocks(emptyPlan("X", "overlay"))).toBeNull();
    });
  });
});

describe("mergeRuns", () => {
  it("joins equal runs on consecutive rows into one rectangle", () => {
    const m = [
      [true, true, false],
      [true, true, false],
      [false, true, true],
    ];
    expect(mergeRuns(m, 1, 1)).toEqual([
      { row: 1, col: 1, rows: 2, cols: 2 },
      { row: 3, col: 2, rows: 1, cols: 2 },
    ]);
  });
});
