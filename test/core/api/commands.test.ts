import {
  analyze,
  chart,
  fill,
  gridLookup,
  mergeProblems,
  template,
  timeline,
} from "../../../core/api/commands";
import { MANAGED_SHEETS, MARKER_PREFIX } from "../../../core/model/managed-sheet";
import { readWorkbook } from "../../../core/read";
import { planToGrid, setCell } from "../../../core/layout/plan-grid";
import { templateLayout } from "../../../core/layout/template";
import type { Grid } from "../../../core/grid";
import type { PlannedCell, SheetPlan } from "../../../core/layout/sheet-plan";
import { problem } from "../../../core/problem";
import { SEED_GRIDS } from "../../fixtures/grids";

const at = (p: SheetPlan, row: number, col: number): PlannedCell | undefined =>
  p.cells.find((c) => c.row === row && c.col === col);

/** The workbook after a host rendered the plans: managed sheets replaced by what was planned. */
function render(grids: Grid[], plans: SheetPlan[]): Grid[] {
  const managed = plans.filter((p) => p.mode === "replace").map(planToGrid);
  return [...grids.filter((g) => !managed.some((m) => m.sheet === g.sheet)), ...managed];
}

/** Klungkung's workbook without its own priority table: priorities are typed in Hasil Renaksi. */
const klungkungNoPriority = () => SEED_GRIDS.klungkung.filter((g) => g.sheet !== "Prioritas");

describe("analyze", () => {
  it("returns Klungkung's document and analysis (averages 19/6, 3, 3, 11/3, 3)", () => {
    const { doc, analysis } = analyze(SEED_GRIDS.klungkung);
    expect(doc.statements).toHaveLength(20);
    expect(analysis.aspects.map((a) => a.average)).toEqual([19 / 6, 3, 3, 11 / 3, 3]);
    expect(analysis.aspects.map((a) => a.suggestedPriority)).toEqual([4, 1, 2, 5, 3]);
  });

  it("returns reader and compute problems merged, errors first (Luwu)", () => {
    const { analysis } = analyze(SEED_GRIDS.luwu);
    const sev = analysis.problems.map((p) => p.severity);
    expect(sev[0]).toBe("error");
    expect(sev.lastIndexOf("error")).toBeLessThan(sev.indexOf("warning"));
    expect(analysis.problems.find((p) => p.code === "aspect.empty")?.cell).toBe(
      "Kategorisasi!A4:K28",
    );
  });

  describe("edge cases", () => {
    it("returns the kept chosen priority from Hasil Renaksi when the workbook has no priority table", () => {
      const first = fill(klungkungNoPriority());
      let grids = render(klungkungNoPriority(), first.plans);
      const result = grids.find((g) => g.sheet === MANAGED_SHEETS.result)!;
      grids = grids.map((g) => (g === result ? setCell(result, 34, 5, 1) : g)); // Koordinasi -> 1
      const { doc, analysis } = analyze(grids);
      expect(doc.priorities).toEqual([
        { aspect: "koordinasi", priority: 1, reason: "", cell: "'Hasil Renaksi'!E34" },
      ]);
      expect(analysis.aspects[4].priority).toBe(1);
    });
  });
});

describe("fill", () => {
  const r = fill(SEED_GRIDS.klungkung);

  it("returns the Hasil Renaksi plan and one overlay on Klungkung's assessment sheet", () => {
    expect(r.refused).toBe(false);
    expect(r.plans.map((p) => [p.sheet, p.mode])).toEqual([
      ["Hasil Renaksi", "replace"],
      ["Asesmen", "overlay"],
    ]);
    expect(r.problems).toBe(r.analysis.problems);
    const plan = r.plans[0];
    expect(plan.marker?.text.startsWith(MARKER_PREFIX)).toBe(true);
    expect([30, 31, 32, 33, 34].map((row) => at(plan, row, 3)?.expected)).toEqual([
      19 / 6,
      3,
      3,
      11 / 3,
      3,
    ]);
    expect(at(plan, 30, 3)?.formula).toBe("=AVERAGE(C7:C12)");
    expect(at(plan, 7, 3)?.formula).toMatch(/^=IF\(COUNTA\(Asesmen!D\d+:G\d+\)=0/);
    expect(at(plan, 7, 3)?.expected).toBe(3);
    expect(plan.charts[0].categories).toEqual({ row: 38, col: 2, rows: 5, cols: 1 });
    expect(plan.charts[0].series[0].values).toEqual({ row: 38, col: 3, rows: 5, cols: 1 });
  });

  it("returns the same plans when run twice, and again after the host wrote them", () => {
    expect(fill(SEED_GRIDS.klungkung)).toEqual(r);
    expect(fill(render(SEED_GRIDS.klungkung, r.plans)).plans).toEqual(r.plans);
  });

  it("refuses Luwu as printed (an aspect without statement): nothing planned, problems with cells", () => {
    const luwu = fill(SEED_GRIDS.luwu);
    expect(luwu.refused).toBe(true);
    expect(luwu.plans).toEqual([]);
    const err = luwu.problems.filter((p) => p.severity === "error");
    expect(err.length).toBeGreaterThan(0);
    for (const p of err) expect(p.cell).toMatch(/!/);
  });

  describe("edge cases", () => {
    it("keeps a priority and reason typed into Hasil Renaksi across re-runs", () => {
      const grids0 = klungkungNoPriority();
      const first = fill(grids0);
      expect(at(first.plans[0], 31, 5)?.value).toBe("");
      let grids = render(grids0, first.plans);
      const result = grids.find((g) => g.sheet === MANAGED_SHEETS.result)!;
      const typed = setCell(setCell(result, 31, 5, 3), 31, 6, "Sudah ada pelatihan rutin");
      grids = grids.map((g) => (g === result ? typed : g));
      const second = fill(grids);
      const plan = second.plans[0];
      expect(at(plan, 31, 5)).toMatchObject({ value: 3 });
      expect(at(plan, 31, 6)).toMatchObject({ value: "Sudah ada pelatihan rutin" });
      expect(at(plan, 31, 7)).toMatchObject({ formula: '=IF(E31<>"",E31,D31)', expected: 3 });
      // a third run over what the second wrote changes nothing
      expect(fill(render(grids, second.plans)).plans).toEqual(second.plans);
    });

    it("returns the user's own priority cells when the workbook has a numeric priority table", () => {
      const grids = SEED_GRIDS.sumbar;
      const res = fill(grids);
      expect(res.refused).toBe(false);
      const plan = res.plans[0];
      const first = plan.cells.find(
        (c) => c.col === 2 && c.value === "Kebijakan & Kelembagaan",
      )!.row;
      expect([0, 1, 2, 3, 4].map((i) => at(plan, first + i, 4)?.expected)).toEqual([2, 1, 3, 5, 4]);
    });

    it("ignores a user sheet named like a managed one but without the marker", () => {
      const fake: Grid = {
        sheet: MANAGED_SHEETS.result,
        origin: { row: 1, col: 1 },
        values: [["Catatan saya"]],
      };
      expect(fill([...klungkungNoPriority(), fake]).plans[0]).toEqual(
        fill(klungkungNoPriority()).plans[0],
      );
    });
  });
});

describe("chart", () => {
  it("returns only the result sheet, with the Bagan Prioritas chart", () => {
    const r = chart(SEED_GRIDS.klungkung);
    expect(r.plans.map((p) => p.sheet)).toEqual(["Hasil Renaksi"]);
    expect(r.plans[0].charts.map((c) => c.id)).toEqual(["renaksi-bagan-prioritas"]);
  });

  describe("edge cases", () => {
    it("refuses when the analysis has errors", () => {
      expect(chart(SEED_GRIDS.luwu)).toMatchObject({ refused: true, plans: [] });
    });
  });
});

describe("timeline", () => {
  it("returns Kapuas's Timeline Program by semester, 2021-2024", () => {
    const r = timeline(SEED_GRIDS.kapuas, { granularity: "semester" });
    expect(r.refused).toBe(false);
    const plan = r.plans[0];
    expect(plan.sheet).toBe("Timeline Program");
    expect(at(plan, 5, 4)?.value).toBe("2021 S1");
    expect(at(plan, 5, 11)?.value).toBe("2024 S2");
  });

  describe("edge cases", () => {
    it("refuses a workbook without a program matrix, saying so", () => {
      const grids = SEED_GRIDS.klungkung.filter((g) => g.sheet !== "Program");
      const r = timeline(grids);
      expect(r.refused).toBe(true);
      expect(r.plans).toEqual([]);
      expect(r.problems[0]).toMatchObject({ severity: "error", code: "timeline.empty" });
    });
  });
});

describe("template", () => {
  const opts = {
    statementSet: "juknis22" as const,
    startYear: 2022,
    endYear: 2024,
    instansi: "Kabupaten Contoh",
  };

  it("returns a sheet that core/read reads back: every table found", () => {
    const [plan] = template(opts);
    const { doc } = readWorkbook([planToGrid(plan)]);
    expect(doc.tables.map((t) => t.kind).sort()).toEqual(
      [
        "assessment",
        "categorisation",
        "indicators",
        "informasiUmum",
        "priority",
        "programs",
        "successIndicators",
      ].sort(),
    );
    expect(doc.statements).toHaveLength(22);
    expect(doc.mapping?.length).toBeGreaterThan(0);
    expect(doc.programs.map((p) => p.code)).toEqual(["KP I", "KP II", "KP III", "KP IV", "KP V"]);
    expect(doc.indicators.map((i) => i.polarity)).toEqual(["up", "up", "down"]);
  });

  it("returns no error once the scores are filled in, and fill then works on it", () => {
    const { plan, tables } = templateLayout(opts);
    let grid = planToGrid(plan);
    for (let i = 0; i < 22; i++) {
      grid = setCell(grid, tables.assessment.firstRow + i, 3 + (i % 4), "✓");
      // what the engine shows in Tabel 3's live Nilai column once Tabel 2 is marked
      grid = setCell(grid, tables.categorisation.firstRow + i, 3, (i % 4) + 1);
    }
    const res = fill([grid]);
    expect(res.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(res.problems.filter((p) => p.code.startsWith("mark."))).toEqual([]);
    expect(res.refused).toBe(false);
    expect(res.analysis.mappingSource).toBe("sheet");
    expect(res.analysis.instansi).toBe("Kabupaten Contoh");
    expect(res.analysis.period).toEqual({ startYear: 2022, endYear: 2024 });
    expect(res.analysis.aspects.every((a) => a.average !== null)).toBe(true);
    expect(res.analysis.statements.map((s) => s.score)).toEqual(
      Array.from({ length: 22 }, (_, i) => (i % 4) + 1),
    );
  });

  describe("edge cases", () => {
    it("returns a Klungkung template whose 20 statements read back with their groups", () => {
      const [plan] = template({ ...opts, statementSet: "klungkung20" });
      const { doc } = readWorkbook([planToGrid(plan)]);
      expect(doc.statements).toHaveLength(20);
      expect(doc.statements[6].group).toBe("sdm");
    });
  });
});

describe("mergeProblems / gridLookup", () => {
  it("returns problems deduplicated, errors first, and cell values by reference", () => {
    const w = problem("warning", "a", "x", "x", "S!A1");
    const e = problem("error", "b", "y", "y", "S!A2");
    expect(mergeProblems([w, e], [w])).toEqual([e, w]);
    const look = gridLookup([
      { sheet: "Data Pengaduan", origin: { row: 3, col: 2 }, values: [[1, "a"]] },
    ]);
    expect(look("'Data Pengaduan'!C3")).toBe("a");
    expect(look("'Data Pengaduan'!A1")).toBeUndefined();
  });
});
