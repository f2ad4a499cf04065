/**
 * Round trips and batch size at scale, independent of the core's layouts: reading a 10,000-activity
 * program matrix and writing a 10,000-row styled plan each stay within one sync, and styles are
 * grouped into rectangles so the batch does not grow with the number of cells.
 */
import { queueRead, queueRender } from "../../excel-addin/src/adapter";
import { resolveWrites } from "../../core/write";
import { ALL_FEATURES } from "../../excel-addin/src/features";
import { emptyPlan, type SheetPlan } from "../../core/layout/sheet-plan";
import { MARKER_PREFIX } from "../../core/model/managed-sheet";
import { bigProgramGrid, cilacap } from "../fixtures/grids";
import { createFakeOffice } from "./fake-excel";

/** A timeline-like plan: one row per activity, year columns filled where active. */
function bigPlan(rows: number): SheetPlan {
  const plan = emptyPlan("Timeline Program", "replace");
  plan.marker = { row: 1, col: 1, text: `${MARKER_PREFIX} Timeline Program` };
  plan.frozen = { rows: 3, cols: 2 };
  for (let i = 0; i < rows; i++) {
    const row = 4 + i;
    plan.cells.push(
      {
        row,
        col: 1,
        value: `I.${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
        style: { border: true },
      },
      { row, col: 2, value: `Kegiatan ${i + 1}`, style: { border: true, wrap: true, indent: 2 } },
    );
    for (let y = 0; y < 3; y++) {
      const active = (i + y) % 3 !== 0;
      plan.cells.push({
        row,
        col: 3 + y,
        value: active ? "■" : null,
        style: { border: true, fill: active ? "#70AD47" : undefined, horizontal: "center" },
      });
    }
  }
  return plan;
}

async function readAndRender(
  sheets: { sheet: string; values: (string | number | boolean | null)[][] }[],
  plans: SheetPlan[],
  features = ALL_FEATURES,
) {
  const fake = createFakeOffice({ sheets });
  await fake.Excel.run(async (ctx: Excel.RequestContext) => {
    const snap = queueRead(ctx);
    await ctx.sync();
    const wb = snap();
    queueRender(ctx, resolveWrites(wb, plans), features);
    await ctx.sync();
  });
  return fake;
}

describe("queueRender at scale", () => {
  it("returns a 10,000-activity program matrix read and a 10,000-row plan written in two syncs", async () => {
    const program = bigProgramGrid(10000, 2022, 2024);
    const fake = await readAndRender([program], [bigPlan(10000)]);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.syncsPerRun).toEqual([2]);
    expect(fake.read("Timeline Program", "B10003:E10003")).toEqual([
      ["Kegiatan 10000", null, "■", "■"],
    ]);
    expect(fake.cell("Timeline Program", "D10003").format["fill.color"]).toBe("#70AD47");
    expect(fake.cell("Timeline Program", "C10003").format["fill.color"]).toBeUndefined();
    // styles are grouped into multi-area ranges: the write batch stays a few hundred calls for
    // 50,000 cells (Excel on the web caps a request's size)
    expect(fake.stats.areas).toBeGreaterThan(3000);
    expect(fake.stats.maxOpsPerSync).toBeLessThan(1000);
  });

  it("returns Cilacap's 22-statement workbook read in one sync", async () => {
    const fake = createFakeOffice({ sheets: cilacap.map((g) => ({ ...g })) });
    const wb = await fake.Excel.run(async (ctx: Excel.RequestContext) => {
      const snap = queueRead(ctx);
      await ctx.sync();
      return snap();
    });
    expect(fake.stats.syncs).toBe(1);
    expect(wb.grids.map((g) => g.sheet)).toEqual(cilacap.map((g) => g.sheet));
  });

  describe("edge cases", () => {
    it("returns the same fills one rectangle at a time on an Excel without multi-area ranges", async () => {
      const plan = bigPlan(200);
      const grouped = await readAndRender([{ sheet: "Sheet1", values: [] }], [plan]);
      const single = await readAndRender([{ sheet: "Sheet1", values: [] }], [plan], {
        ...ALL_FEATURES,
        rangeAreas: false,
      });
      const fills = (f: typeof grouped) =>
        f
          .read("Timeline Program", "C4:E203")
          .map((row, i) =>
            row.map(
              (_, j) =>
                f.cell("Timeline Program", `${"CDE"[j]}${4 + i}`).format["fill.color"] ?? null,
            ),
          );
      expect(fills(single)).toEqual(fills(grouped));
      expect(single.stats.areas).toBe(0);
      expect(single.stats.maxOpsPerSync).toBeGreaterThan(grouped.stats.maxOpsPerSync);
    });

    it("returns fill rectangles merged across rows, not one per cell", async () => {
      const fake = await readAndRender([{ sheet: "Sheet1", values: [] }], [bigPlan(300)]);
      const ops = fake.stats.maxOpsPerSync;
      const fake2 = await readAndRender([{ sheet: "Sheet1", values: [] }], [bigPlan(3000)]);
      // ten times the rows, far less than ten times the operations
      expect(fake2.stats.maxOpsPerSync).toBeLessThan(ops * 10);
      expect(fake2.stats.syncs).toBe(2);
    });
  });
});
