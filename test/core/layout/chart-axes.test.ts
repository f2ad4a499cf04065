import { fill, monev } from "../../../core/api/commands";
import { monevRollup } from "../../../core/compute/monev";
import { rekapPlan } from "../../../core/layout/monev-rekap";
import type { ChartSpec } from "../../../core/layout/sheet-plan";
import { SEED_GRIDS } from "../../fixtures/grids";

const axis = (c: ChartSpec) => ({
  id: c.id,
  axisMin: c.axisMin,
  axisMax: c.axisMax,
  majorUnit: c.majorUnit,
  valueFormat: c.valueFormat,
  labelFormat: c.labelFormat,
});

describe("chart value axes", () => {
  it("returns 0%..100% axes on the Monev charts (a 0..1 share, not decimals)", () => {
    const r = monev(SEED_GRIDS.cilacap);
    expect(r.plans[0].charts.map(axis)).toEqual([
      {
        id: "renaksi-monev-aspek",
        axisMin: 0,
        axisMax: 1,
        majorUnit: 0.2,
        valueFormat: "0%",
        labelFormat: "0%",
      },
      // capaian may pass 100%: no upper bound, the host picks the step
      {
        id: "renaksi-monev-capaian",
        axisMin: 0,
        axisMax: undefined,
        majorUnit: undefined,
        valueFormat: "0%",
        labelFormat: "0%",
      },
    ]);
  });

  it("returns a 0%..100% axis on the roll-up chart", () => {
    const report = monev(SEED_GRIDS.cilacap).report!;
    const plan = rekapPlan(monevRollup([{ file: "cilacap.xlsx", report }]));
    expect(plan.charts.map(axis)).toEqual([
      {
        id: "renaksi-rekap-monev",
        axisMin: 0,
        axisMax: 1,
        majorUnit: 0.2,
        valueFormat: "0%",
        labelFormat: "0%",
      },
    ]);
  });

  it("returns the 1-4 score axis on the priority chart, one decimal on the axis, two on the bars", () => {
    const r = fill(SEED_GRIDS.klungkung);
    const charts = r.plans.flatMap((p) => p.charts);
    expect(charts.map(axis)).toEqual([
      {
        id: expect.any(String),
        axisMin: 0,
        axisMax: 4,
        majorUnit: 0.5,
        valueFormat: "0.0",
        labelFormat: "0.00",
      },
    ]);
  });
});
