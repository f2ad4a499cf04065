import { cilacapMonev } from "../../../cli/examples-monev";
import { monev } from "../../../core/api/commands";
import { monevGeometry, SEMESTER_FIELDS } from "../../../core/layout/monev";
import { INPUT_FILL } from "../../../core/layout/styles";
import { planCellCount, planCells } from "../../../core/layout/sheet-plan";
import { SEED_GRIDS } from "../../fixtures/grids";

/** Cilacap's Monev Renaksi, refilled after the example's typed entries (2021 S1 .. 2024 S2). */
function cilacap() {
  const r = monev(cilacapMonev(SEED_GRIDS.cilacap));
  const report = r.report!;
  return { plan: r.plans[0], report, g: monevGeometry(report) };
}

describe("monevPlan section 5 inputs", () => {
  it("returns bordered input cells in Realisasi/Output..Bukti on every activity row of every block, typed or not (ragged rows printed without borders)", () => {
    const { plan, report, g } = cilacap();
    const at = new Map(planCells(plan).map((c) => [`${c.row}:${c.col}`, c]));
    const notes = SEMESTER_FIELDS.slice(2).map((f) => g.col(f));
    expect(notes).toEqual([8, 9, 10, 11]);
    let empty = 0;
    g.blocks.forEach((b, k) => {
      report.activities.forEach((_, i) => {
        for (const col of notes) {
          const c = at.get(`${g.row(k, i)}:${col}`);
          expect(c?.style).toEqual(expect.objectContaining({ border: true, fill: INPUT_FILL }));
          if (c?.value === "") empty++;
        }
      });
    });
    // Most cells are untyped: they are written too, empty, with the same style.
    expect(empty).toBeGreaterThan(report.activities.length * g.blocks.length);
  });

  it("returns the empty cells of section 5 as three blank ranges per block (Rencana, Status, Realisasi..Bukti), not one object each", () => {
    const { plan, report, g } = cilacap();
    const n = report.activities.length;
    expect(plan.blanks?.map((b) => b.range)).toEqual(
      g.blocks.flatMap((b) => [
        { row: b.first, col: g.col("plan"), rows: n, cols: 1 },
        { row: b.first, col: g.col("status"), rows: n, cols: 1 },
        { row: b.first, col: g.col("output"), rows: n, cols: 4 },
      ]),
    );
    // Every typed input is a planned cell; an untyped one is not.
    const input = (c: { row: number; col: number }) =>
      c.col >= g.col("status") && g.blocks.some((b) => c.row >= b.first && c.row <= b.last);
    const typed = plan.cells.filter(input);
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((c) => c.value !== "")).toBe(true);
    const all = planCells(plan);
    expect(all.length).toBe(planCellCount(plan));
    // 5 input cells on every row of every block, typed or not, each address once.
    const inputs = all.filter(input);
    expect(inputs.length).toBe(5 * n * g.blocks.length);
    expect(new Set(inputs.map((c) => `${c.row}:${c.col}`)).size).toBe(inputs.length);
    // Rencana: ■ where planned (a planned cell), blank with the same centred style elsewhere.
    const at = new Map(all.map((c) => [`${c.row}:${c.col}`, c]));
    let planned = 0;
    g.blocks.forEach((b, k) =>
      report.activities.forEach((a, i) => {
        const c = at.get(`${g.row(k, i)}:${g.col("plan")}`);
        const mark = a.planned.includes(b.semester) ? "■" : "";
        if (mark) planned++;
        expect(c?.value).toBe(mark);
        expect(c?.style?.horizontal).toBe("center");
      }),
    );
    expect(planned).toBeGreaterThan(0);
    expect(planned).toBeLessThan(n * g.blocks.length);
  });

  describe("edge cases", () => {
    it("returns the typed text unchanged where the user wrote one (I.1.1 in 2021 S2)", () => {
      const { plan, report, g } = cilacap();
      const k = report.semesters.indexOf("2021-S2");
      const i = report.activities.findIndex((a) => a.code === "I.1.1");
      const typed = report.activities[i].inputs["2021-S2"];
      const cell = plan.cells.find((c) => c.row === g.row(k, i) && c.col === g.col("output"));
      expect(typed?.output).toBeTruthy();
      expect(cell?.value).toBe(typed?.output);
    });
  });
});
