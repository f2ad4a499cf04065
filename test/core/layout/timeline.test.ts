import {
  ACTIVE_FILL,
  ACTIVE_MARK,
  ACTIVE_ROLLED_FILL,
  parsePeriodHeader,
  periodHeader,
  timelineColumns,
  timelinePeriod,
  timelineLayout,
  timelinePlan,
} from "../../../core/layout/timeline";
import type { PlannedCell, SheetPlan } from "../../../core/layout/sheet-plan";
import type { ProgramNode } from "../../../core/model/program";
import { MARKER_PREFIX } from "../../../core/model/managed-sheet";
import { kapuasPrograms, klungkungAnalysis, klungkungDoc } from "./hand-made";

const cell = (p: SheetPlan, row: number, col: number): PlannedCell | undefined =>
  p.cells.find((c) => c.row === row && c.col === col);

function kapuas() {
  const doc = klungkungDoc();
  doc.profile = { instansi: "Kabupaten Kapuas", period: { startYear: 2021, endYear: 2024 } };
  doc.programs = kapuasPrograms();
  const analysis = klungkungAnalysis(doc);
  analysis.instansi = "Kabupaten Kapuas";
  analysis.period = { startYear: 2021, endYear: 2024 };
  return { doc, analysis };
}

/** Row (1-based) of the activity with this code. */
const rowOf = (p: SheetPlan, code: string) =>
  p.cells.find((c) => c.col === 1 && c.value === code)!.row;

describe("timelineColumns", () => {
  it("returns one column per year, semester or quarter of the plan's own years", () => {
    const period = { startYear: 2022, endYear: 2024 };
    expect(timelineColumns(period, "year").map((c) => c.header)).toEqual(["2022", "2023", "2024"]);
    expect(timelineColumns(period, "semester").map((c) => c.header)).toEqual([
      "2022 S1",
      "2022 S2",
      "2023 S1",
      "2023 S2",
      "2024 S1",
      "2024 S2",
    ]);
    const q = timelineColumns(period, "quarter");
    expect(q).toHaveLength(12);
    expect(q[5]).toEqual({ label: "2023-Q2", header: "2023 TW2" });
  });
});

describe("timelinePlan", () => {
  const { doc, analysis } = kapuas();
  const plan = timelinePlan(doc, analysis, { granularity: "year" });

  it("returns the Timeline Program replace plan with the marker and frozen headers", () => {
    expect(plan).toMatchObject({ sheet: "Timeline Program", mode: "replace" });
    expect(plan.marker?.text).toBe(`${MARKER_PREFIX} Timeline Program Kabupaten Kapuas`);
    expect(cell(plan, 1, 1)?.value).toBe(plan.marker?.text);
    expect(plan.frozen).toEqual({ rows: 5, cols: 2 });
  });

  it("returns the header rows: Kode | Kelompok Program / Program / Kegiatan | Pihak Terlibat | years", () => {
    expect([1, 2, 3].map((c) => cell(plan, 4, c)?.value)).toEqual([
      "Kode",
      "Kelompok Program / Program / Kegiatan",
      "Pihak Terlibat",
    ]);
    expect(cell(plan, 4, 4)?.value).toBe("Waktu Pelaksanaan");
    expect([4, 5, 6, 7].map((c) => cell(plan, 5, c)?.value)).toEqual([
      "2021",
      "2022",
      "2023",
      "2024",
    ]);
    // The monev status moved to "Monev Renaksi" (issue 10): no status columns after the years.
    expect(cell(plan, 4, 8)).toBeUndefined();
    expect(cell(plan, 5, 8)).toBeUndefined();
    expect(plan.merges).toContainEqual({ row: 4, col: 4, rows: 1, cols: 4 });
  });

  it("returns the tree with its levels visible: bold filled KP rows, indented programs and activities", () => {
    const kp = rowOf(plan, "KP I");
    expect(cell(plan, kp, 2)?.style).toMatchObject({ bold: true, fill: "#D9E1F2" });
    expect(cell(plan, rowOf(plan, "I.1"), 2)?.style?.indent).toBe(1);
    // a rolled-up row (KP I has no marks of its own) is shaded lighter than an activity
    expect(cell(plan, kp, 4)?.style?.fill).toBe(ACTIVE_ROLLED_FILL);
    expect(cell(plan, rowOf(plan, "I.1.a"), 2)?.style?.indent).toBe(2);
    expect(cell(plan, rowOf(plan, "I.1.a"), 3)?.value).toBe("Bag. Hukum, Bag. Organisasi");
  });

  it("returns active periods filled and marked, inactive ones blank", () => {
    const r = rowOf(plan, "I.1.a");
    expect([4, 5, 6, 7].map((c) => cell(plan, r, c)?.value)).toEqual([
      ACTIVE_MARK,
      ACTIVE_MARK,
      "",
      "",
    ]);
    expect(cell(plan, r, 4)?.style?.fill).toBe(ACTIVE_FILL);
    expect(cell(plan, r, 6)?.style?.fill).toBeUndefined();
    // KP I shows the union of its activities: 2021, 2022 and 2023 (I.1.b runs 2023 S2)
    expect([4, 5, 6, 7].map((c) => cell(plan, rowOf(plan, "KP I"), c)?.value)).toEqual([
      ACTIVE_MARK,
      ACTIVE_MARK,
      ACTIVE_MARK,
      "",
    ]);
  });

  it("returns no status input: the legend points at the Monev Renaksi sheet instead", () => {
    expect(plan.validations).toEqual([]);
    expect(plan.conditionalFormats).toEqual([]);
    expect(plan.inputRanges).toBeUndefined();
    expect(String(cell(plan, 2, 2)?.value)).toContain("«Monev Renaksi»");
  });

  describe("edge cases", () => {
    it("returns finer columns: I.1.b (2023-S2) active only in 2023 TW3 and TW4", () => {
      const p = timelinePlan(doc, analysis, { granularity: "quarter" });
      const r = rowOf(p, "I.1.b");
      const heads = Array.from({ length: 16 }, (_, i) => cell(p, 5, 4 + i)?.value);
      const active = heads.filter((_, i) => cell(p, r, 4 + i)?.value === ACTIVE_MARK);
      expect(active).toEqual(["2023 TW3", "2023 TW4"]);
      const s = timelinePlan(doc, analysis, { granularity: "semester" });
      const rs = rowOf(s, "II.1");
      const sh = Array.from({ length: 8 }, (_, i) => cell(s, 5, 4 + i)?.value);
      expect(sh.filter((_, i) => cell(s, rs, 4 + i)?.value === ACTIVE_MARK)).toEqual(["2024 S2"]);
    });

    it("returns only the plan's own years; marks outside them are left to compute's warning", () => {
      const a = { ...analysis, period: { startYear: 2022, endYear: 2024 } };
      const p = timelinePlan(doc, a);
      expect([4, 5, 6].map((c) => cell(p, 5, c)?.value)).toEqual(["2022", "2023", "2024"]);
      const r = rowOf(p, "I.1.a"); // 2021 and 2022
      expect([4, 5, 6].map((c) => cell(p, r, c)?.value)).toEqual([ACTIVE_MARK, "", ""]);
    });

    it("returns compute's period-outside warning with the plan, so every host lists it", () => {
      const a = { ...analysis, period: { startYear: 2022, endYear: 2024 } };
      const out = timelineLayout(doc, a);
      expect(out.plan).toEqual(timelinePlan(doc, a));
      const outside = out.problems.filter((p) => p.code === "program.period-outside");
      expect(outside.length).toBeGreaterThan(0);
      expect(outside.every((p) => p.severity === "warning" && p.messageEn.includes("2021"))).toBe(
        true,
      );
      expect(timelineLayout(doc, analysis).problems).toEqual([]);
    });

    it("returns the years of the program marks when the plan has no period", () => {
      const d = { ...doc, profile: { instansi: "Kabupaten Kapuas" } };
      const p = timelinePlan(d, { ...analysis, period: null });
      expect([4, 5, 6, 7].map((c) => cell(p, 5, c)?.value)).toEqual([
        "2021",
        "2022",
        "2023",
        "2024",
      ]);
    });

    it("returns the tree without period columns when no year is known", () => {
      const d = {
        ...doc,
        profile: { instansi: "X" },
        programs: [{ code: "1", level: "kelompok" as const, title: "KP", units: [], periods: [] }],
      };
      const p = timelinePlan(d, { ...analysis, period: null });
      expect(cell(p, 3, 2)?.value).toContain("Tahun rencana tidak diketahui");
      expect(p.validations).toEqual([]);
      expect(cell(p, 6, 1)?.value).toBe("1");
    });

    it("returns 10,000 activities quickly (linear layout)", () => {
      const programs: ProgramNode[] = [];
      for (let k = 0; k < 100; k++) {
        programs.push({
          code: `KP ${k}`,
          level: "kelompok",
          title: `KP ${k}`,
          units: [],
          periods: [],
        });
        for (let j = 0; j < 100; j++) {
          programs.push({
            code: `${k}.${j}`,
            level: "kegiatan",
            title: `Kegiatan ${j}`,
            units: ["Diskominfo"],
            periods: [`${2022 + (j % 3)}`],
            parent: `KP ${k}`,
          });
        }
      }
      const t0 = performance.now();
      const p = timelinePlan(
        { ...doc, programs },
        { ...analysis, period: { startYear: 2022, endYear: 2024 } },
        { granularity: "quarter" },
      );
      const ms = performance.now() - t0;
      expect(p.cells.length).toBe(4 + 3 * 2 + 12 * 2 + 10100 * (3 + 12));
      expect(ms).toBeLessThan(3000);
    });
  });
});

describe("periodHeader / parsePeriodHeader", () => {
  it("returns the header text and back", () => {
    expect(periodHeader("2022-S1")).toBe("2022 S1");
    expect(periodHeader("2022-Q3")).toBe("2022 TW3");
    expect(parsePeriodHeader("2022 TW3")).toBe("2022-Q3");
    expect(parsePeriodHeader("2022 S2")).toBe("2022-S2");
    expect(parsePeriodHeader("2022")).toBe("2022");
  });

  describe("edge cases", () => {
    it("returns null for text that is not a period", () => {
      expect(parsePeriodHeader("Status monev")).toBeNull();
      expect(parsePeriodHeader("2022 S3")).toBeNull();
    });
  });
});

describe("timelinePeriod", () => {
  it("returns the plan period widened by the programs' years", () => {
    expect(timelinePeriod({ startYear: 2022, endYear: 2024 }, [{ periods: ["2025-S1"] }])).toEqual({
      startYear: 2022,
      endYear: 2025,
    });
    expect(timelinePeriod(null, [])).toBeNull();
  });
});
