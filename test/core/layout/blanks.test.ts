import {
  emptyPlan,
  expandBlanks,
  planCellCount,
  planCells,
  planExtent,
  type SheetPlan,
} from "../../../core/layout/sheet-plan";
import { planToGrid } from "../../../core/layout/plan-grid";
import { planBlocks } from "../../../core/layout/blocks";
import { planRange } from "../../../core/write/contract";
import { sectionBlocks } from "../../../core/layout/page";
import { INPUT, TITLE } from "../../../core/layout/styles";

const WRAP = { ...INPUT, wrap: true };

/** B2:C4 blank (INPUT), C3 typed; D3:D5 blank (WRAP), D3 also in an earlier range E? no: D4 typed. */
function plan(): SheetPlan {
  const p = emptyPlan("Monev Renaksi", "replace");
  p.cells.push(
    { row: 1, col: 1, value: "Judul", style: TITLE },
    { row: 3, col: 3, value: "selesai", style: INPUT },
    { row: 4, col: 4, value: "catatan", style: WRAP },
  );
  p.blanks = [
    { range: { row: 2, col: 2, rows: 3, cols: 2 }, style: INPUT },
    // Overlaps the first range at C3:C4: the first range (and C3's planned cell) wins there.
    { range: { row: 3, col: 3, rows: 3, cols: 2 }, style: WRAP, numberFormat: "@" },
  ];
  return p;
}

describe("blank styled ranges (SheetPlan.blanks)", () => {
  it("returns the planned cells, then every free blank cell once, with its range's style", () => {
    const cells = planCells(plan());
    const at = (r: number, c: number) => cells.filter((x) => x.row === r && x.col === c);
    expect(cells.slice(0, 3).map((c) => c.value)).toEqual(["Judul", "selesai", "catatan"]);
    // B2:C4 minus C3 (typed) = 5 cells; C5, D3, D5 from the second range (C3, C4 taken, D4 typed).
    expect(cells.slice(3).map((c) => `${c.row}:${c.col}`)).toEqual([
      "2:2",
      "2:3",
      "3:2",
      "4:2",
      "4:3",
      "3:4",
      "5:3",
      "5:4",
    ]);
    expect(at(4, 3)).toEqual([{ row: 4, col: 3, value: "", style: INPUT }]);
    expect(at(5, 4)).toEqual([{ row: 5, col: 4, value: "", style: WRAP, numberFormat: "@" }]);
    expect(at(3, 3)).toEqual([{ row: 3, col: 3, value: "selesai", style: INPUT }]);
    expect(planCellCount(plan())).toBe(cells.length);
    expect(cells.length).toBe(11);
  });

  it("returns the plan's own cells (the same array) when it has no blanks", () => {
    const p = { ...plan(), blanks: undefined };
    expect(planCells(p)).toBe(p.cells);
    expect(expandBlanks(p)).toBe(p);
    expect(planCellCount(p)).toBe(3);
  });

  it("returns the blanks as cells for a host that works cell by cell", () => {
    const e = expandBlanks(plan());
    expect(e.blanks).toBeUndefined();
    expect(e.cells).toEqual(planCells(plan()));
  });

  it("returns the extent, range, grid and blocks over the blank ranges too", () => {
    const p = plan();
    expect(planExtent(p)).toEqual({ rows: 5, cols: 4 });
    expect(planRange(p)).toEqual({ row: 1, col: 1, rows: 5, cols: 4 });
    const g = planToGrid(p);
    expect(g.values[4]).toEqual([null, null, "", ""]);
    expect(g.values[2]).toEqual([null, "", "selesai", ""]);
    const b = planBlocks(p)!;
    expect(b.range).toEqual({ row: 1, col: 1, rows: 5, cols: 4 });
    expect(b.numberFormats[4]).toEqual(["", "", "@", "@"]);
    expect(b.wrap[2]).toEqual([false, false, false, true]);
  });

  it("returns the blank rows as written rows of their section (page blocks)", () => {
    const p = emptyPlan("S", "replace");
    p.cells.push({ row: 2, col: 1, value: "1. Bagian", style: TITLE });
    p.blanks = [{ range: { row: 3, col: 1, rows: 4, cols: 1 }, style: INPUT }];
    expect(sectionBlocks(p)).toEqual([{ first: 2, last: 6 }]);
  });
});
