/**
 * planFill analyses once and must give exactly what the core's three commands give.
 */
import { fill, monev, timeline } from "../../core/index";
import type { Granularity } from "../../core/model/plan";
import { planFill } from "../../cli/plans";
import { EXAMPLES } from "../../cli/examples-build";
import { bigProgramGrid, klungkung } from "../fixtures/grids";

const NAMES = ["klungkung", "cilacap", "kapuas", "luwu-perbaikan"] as const;

describe("planFill", () => {
  it.each(NAMES)(
    "returns fill + timeline + monev plans of %s, identical to the core commands",
    (name) => {
      const grids = EXAMPLES[name].grids;
      for (const granularity of ["year", "semester", "quarter"] as Granularity[]) {
        const f = fill(grids, { granularity });
        const tl = timeline(grids, { granularity });
        const mv = monev(grids, { granularity });
        const r = planFill(grids, { granularity });
        expect(r.refused).toBe(false);
        expect(r.timeline).toBe(true);
        expect(r.plans).toEqual([...f.plans, ...tl.plans, ...mv.plans]);
        expect(r.analysis).toEqual(mv.analysis);
        // fill's problems plus the monev warnings (activities not started, done outside the plan)
        expect(r.problems).toEqual(mv.problems);
        expect(r.problems).toEqual(expect.arrayContaining(f.problems));
      }
    },
  );

  it("returns the Klungkung priorities with ties (SDM 1, Data 2, Koordinasi 3)", () => {
    const r = planFill(klungkung);
    const prio = Object.fromEntries(r.analysis.aspects.map((a) => [a.key, a.priority]));
    expect(prio).toEqual({ sdm: 1, data: 2, koordinasi: 3, kelembagaan: 4, partisipasi: 5 });
  });

  describe("edge cases", () => {
    it("returns Luwu as printed refused with no plan, like fill", () => {
      const r = planFill(EXAMPLES.luwu.grids);
      const f = fill(EXAMPLES.luwu.grids);
      expect(r).toEqual({
        analysis: f.analysis,
        problems: f.problems,
        refused: true,
        plans: [],
        timeline: false,
      });
    });

    it("returns no timeline plan when the workbook has no program matrix, where timeline refuses", () => {
      const grids = klungkung.filter((g) => g.sheet !== "Program");
      const r = planFill(grids);
      expect(timeline(grids).refused).toBe(true);
      expect(r.timeline).toBe(false);
      expect(r.plans).toEqual(fill(grids).plans);
    });

    it("returns the same plans as the core on 500 activities with the target level set", () => {
      const grids = [...klungkung.filter((g) => g.sheet !== "Program"), bigProgramGrid(500)];
      const opts = { granularity: "semester" as const, targetLevel: 3.5 };
      expect(planFill(grids, opts).plans).toEqual([
        ...fill(grids, opts).plans,
        ...timeline(grids, opts).plans,
        ...monev(grids, opts).plans,
      ]);
    });
  });
});
