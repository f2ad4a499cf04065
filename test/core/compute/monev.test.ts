import {
  activityKey,
  capaianStatus,
  computeMonev,
  countSemester,
  flagProblems,
  FLAG_NAMED,
  emptyMonevKept,
  monevActivities,
  parseSemester,
  planSemesters,
} from "../../../core/compute/monev";
import { emptyDocument } from "../../../core/model/document";
import type { MonevActivity } from "../../../core/model/monev";
import type { ProgramNode } from "../../../core/model/program";

const node = (p: Partial<ProgramNode> & Pick<ProgramNode, "code" | "level">): ProgramNode => ({
  title: p.code,
  units: [],
  periods: [],
  ...p,
});

/** A small plan: KP I > I.1 (marked 2022) > I.1.a (no marks), I.1.b (2023 S2); KP II > II.a (2022, 2023). */
const PROGRAMS: ProgramNode[] = [
  node({ code: "KP I", level: "kelompok", title: "Kelembagaan", aspect: "kelembagaan" }),
  node({ code: "I.1", level: "program", parent: "KP I", periods: ["2022"], aspect: "kelembagaan" }),
  node({ code: "I.1.a", level: "kegiatan", parent: "I.1", aspect: "kelembagaan", cell: "P!B7" }),
  node({ code: "I.1.b", level: "kegiatan", parent: "I.1", periods: ["2023-S2"] }),
  node({ code: "KP II", level: "kelompok", title: "SDM", aspect: "sdm" }),
  node({
    code: "II.a",
    level: "kegiatan",
    parent: "KP II",
    periods: ["2022", "2023"],
    aspect: "sdm",
  }),
];
const PERIOD = { startYear: 2022, endYear: 2023 };

describe("parseSemester", () => {
  it("returns the semester label for every way a user writes it", () => {
    expect(
      ["2023-2", "2023-S2", "2023 S2", "2023 smt 2", "S2 2023", "2023/2"].map(parseSemester),
    ).toEqual(Array(6).fill("2023-S2"));
    expect(parseSemester("2021-1")).toBe("2021-S1");
  });

  describe("edge cases", () => {
    it("returns null for a year alone, a third semester or a quarter", () => {
      expect(parseSemester("2023")).toBeNull();
      expect(parseSemester("2023-3")).toBeNull();
      expect(parseSemester("2023-Q2")).toBeNull();
    });
  });
});

describe("planSemesters", () => {
  it("returns two semesters per plan year, in order", () => {
    expect(planSemesters(PERIOD)).toEqual(["2022-S1", "2022-S2", "2023-S1", "2023-S2"]);
    expect(planSemesters(null)).toEqual([]);
  });
});

describe("monevActivities", () => {
  it("returns the leaves, planned by their own marks or their nearest marked ancestor's", () => {
    const acts = monevActivities(PROGRAMS, PERIOD);
    expect(acts.map((a) => [a.code, a.kelompok, a.aspect, a.planned])).toEqual([
      ["I.1.a", "KP I", "kelembagaan", ["2022-S1", "2022-S2"]],
      ["I.1.b", "KP I", null, ["2023-S2"]],
      ["II.a", "KP II", "sdm", ["2022-S1", "2022-S2", "2023-S1", "2023-S2"]],
    ]);
    expect(acts[0].cell).toBe("P!B7");
  });

  describe("edge cases", () => {
    it("returns no planned semester when the plan has no years", () => {
      expect(monevActivities(PROGRAMS, null).every((a) => a.planned.length === 0)).toBe(true);
    });
    it("keys an activity without a code by its title", () => {
      expect(activityKey(" ", "Sosialisasi")).toBe("#Sosialisasi");
      expect(activityKey(" I.1.a ", "x")).toBe("I.1.a");
    });
  });
});

describe("countSemester", () => {
  const act = (planned: string[], status: MonevActivity["status"]): MonevActivity => ({
    key: "k",
    code: "k",
    title: "k",
    units: [],
    kelompok: "",
    aspect: null,
    planned,
    status,
    inputs: {},
    source: {},
  });
  it("returns the counts among the planned, belum as the rest, and done outside the plan", () => {
    const acts = [
      act(["2022-S1"], { "2022-S1": "selesai" }),
      act(["2022-S1"], { "2022-S1": "berjalan" }),
      act(["2022-S1"], { "2022-S1": "tertunda" }),
      act(["2022-S1"], {}),
      act(["2022-S1"], { "2022-S1": "belum" }),
      act([], { "2022-S1": "selesai" }),
    ];
    expect(countSemester(acts, "2022-S1")).toEqual({
      planned: 5,
      selesai: 1,
      berjalan: 1,
      tertunda: 1,
      belum: 2,
      selesaiPct: 0.2,
      outsidePlan: 1,
    });
  });

  describe("edge cases", () => {
    it("returns a null % when nothing is planned (never 0/0)", () => {
      expect(countSemester([act([], {})], "2022-S1").selesaiPct).toBeNull();
    });
  });
});

describe("capaianStatus", () => {
  it("returns tercapai from 100%, hampir from 80%, belum below", () => {
    expect([1.07, 1, 0.95, 0.8, 0.7999, 0].map((c) => capaianStatus(c, null))).toEqual([
      "tercapai",
      "tercapai",
      "hampir",
      "hampir",
      "belum",
      "belum",
    ]);
  });

  describe("edge cases", () => {
    it("returns met / not met for a lower-is-better target of 0 (no ratio), null with no data", () => {
      expect(capaianStatus(null, true)).toBe("tercapai");
      expect(capaianStatus(null, false)).toBe("belum");
      expect(capaianStatus(null, null)).toBeNull();
    });
  });
});

describe("computeMonev", () => {
  const doc = { ...emptyDocument(), programs: PROGRAMS };
  const typed = (statusText: string, cell: string) => ({
    statusText,
    output: "",
    kendala: "",
    tindakLanjut: "",
    bukti: "",
    cell,
  });

  it("returns statuses from the user's table first, then the Monev sheet, then the old timeline", () => {
    const kept = emptyMonevKept();
    kept.inputs.set("I.1.a", new Map([["2022-S1", typed("done", "'Monev Renaksi'!G40")]]));
    kept.inputs.set("II.a", new Map([["2022-S1", typed("berjalan", "'Monev Renaksi'!G42")]]));
    kept.timelineStatuses.set("II.a", new Map([["2022-S2", "tertunda" as const]]));
    const d = {
      ...doc,
      monev: [{ code: "II.a", period: "2022-S1", status: "selesai" as const, cell: "Monev!D9" }],
    };
    const r = computeMonev(d, kept, { period: PERIOD });
    const [a, , c] = r.activities;
    expect(a.status).toEqual({ "2022-S1": "selesai" }); // "done" read as its Indonesian twin
    expect(a.inputs["2022-S1"].statusText).toBe("selesai");
    expect(c.status).toEqual({ "2022-S1": "selesai", "2022-S2": "tertunda" });
    expect(c.source).toEqual({ "2022-S1": "Monev!D9" });
    expect(r.semester).toBe("2022-S2"); // the latest with any status
    expect(r.overall["2022-S1"]).toMatchObject({ planned: 2, selesai: 2, selesaiPct: 1 });
    expect(r.byAspect.find((x) => x.key === "sdm")?.counts["2022-S2"]).toMatchObject({
      planned: 1,
      tertunda: 1,
      selesaiPct: 0,
    });
    expect(r.byKelompok.map((k) => [k.key, k.name])).toEqual([
      ["KP I", "Kelembagaan"],
      ["KP II", "SDM"],
    ]);
  });

  it("returns lagging activities and flags with the cells the layout gives", () => {
    const kept = emptyMonevKept();
    kept.inputs.set("I.1.b", new Map([["2022-S2", typed("selesai", "X!A1")]]));
    const r = computeMonev(doc, kept, {
      period: PERIOD,
      place: () => (i, s) => `'Monev Renaksi'!${s.endsWith("S1") ? "G" : "H"}${40 + i}`,
    });
    expect(r.semester).toBe("2022-S2");
    expect(r.lagging.map((l) => [l.code, l.cell])).toEqual([
      ["I.1.a", "'Monev Renaksi'!H40"],
      ["II.a", "'Monev Renaksi'!H42"],
    ]);
    // one warning per semester and kind: the two not started share one, spanning their cells
    expect(r.problems).toEqual([
      {
        severity: "warning",
        code: "monev.not-started",
        message:
          "2 kegiatan direncanakan pada 2022 S2 tetapi belum dimulai di akhir semester itu: I.1.a (H40), II.a (H42)",
        messageEn:
          "2 activities planned in 2022 S2 had not started by the end of that semester: I.1.a (H40), II.a (H42)",
        cell: "'Monev Renaksi'!H40:H42",
      },
      expect.objectContaining({
        code: "monev.outside-plan",
        message: "I.1.b dilaporkan selesai pada 2022 S2, di luar semester rencananya (2023 S2)",
        cell: "'Monev Renaksi'!H41",
      }),
    ]);
  });

  describe("edge cases", () => {
    it("returns a warning naming the cell and the accepted words for an unknown status, kept as typed", () => {
      const kept = emptyMonevKept();
      kept.inputs.set("I.1.a", new Map([["2022-S1", typed("oke", "'Monev Renaksi'!G40")]]));
      const r = computeMonev(doc, kept, { period: PERIOD });
      expect(r.activities[0].status).toEqual({});
      expect(r.activities[0].inputs["2022-S1"].statusText).toBe("oke");
      expect(r.problems).toEqual([
        expect.objectContaining({
          severity: "warning",
          code: "monev.unknown-status",
          cell: "'Monev Renaksi'!G40",
          message: expect.stringContaining("belum / berjalan / selesai / tertunda"),
          messageEn: expect.stringContaining("not started / in progress / done / postponed"),
        }),
      ]);
    });

    it("returns an error listing the plan's semesters for a semester outside the plan", () => {
      const r = computeMonev(doc, emptyMonevKept(), { period: PERIOD, semester: "2025-1" });
      expect(r.problems).toEqual([
        expect.objectContaining({
          severity: "error",
          code: "monev.semester-outside",
          message: expect.stringContaining("2022 S1, 2022 S2, 2023 S1, 2023 S2"),
        }),
      ]);
    });

    it("returns an error naming the cell for a realisation that is not a number", () => {
      const kept = emptyMonevKept();
      kept.realisations.set(
        "Jumlah pengaduan",
        new Map([[2022, { value: "banyak", cell: "'Monev Renaksi'!E30" }]]),
      );
      kept.realisations
        .get("Jumlah pengaduan")!
        .set(2023, { value: "45 pengaduan", cell: "'Monev Renaksi'!E31" });
      const d = {
        ...doc,
        indicators: [
          {
            name: "Jumlah pengaduan",
            unit: "pengaduan",
            polarity: "up" as const,
            baseline: { year: null, value: null },
            targets: [
              { year: 2022, value: 40 },
              { year: 2023, value: 50 },
            ],
            realisations: [],
          },
        ],
      };
      const r = computeMonev(d, kept, { period: PERIOD });
      expect(r.problems).toEqual([
        expect.objectContaining({
          severity: "error",
          code: "monev.realisation-nan",
          cell: "'Monev Renaksi'!E30",
        }),
      ]);
      expect(r.indicators.map((i) => [i.year, i.realisasi, i.capaian, i.status])).toEqual([
        [2022, null, null, null],
        [2023, 45, 0.9, "hampir"],
      ]);
    });
  });
});

describe("flagProblems", () => {
  const many: MonevActivity[] = Array.from({ length: 8 }, (_, i) => ({
    key: `A.${i + 1}`,
    code: `A.${i + 1}`,
    title: `Kegiatan ${i + 1}`,
    units: [],
    kelompok: "",
    aspect: null,
    planned: ["2022-S1"],
    status: {},
    inputs: {},
    source: {},
  }));
  const locate = (i: number, s: string) =>
    `'Monev Renaksi'!${s === "2022-S1" ? "G" : "H"}${10 + 2 * i}`;

  it("returns one warning per semester and kind naming the count, the first five and +N more", () => {
    const flags = [
      ...many.map((_, i) => ({ kind: "not-started" as const, activity: i, semester: "2022-S1" })),
      { kind: "outside-plan" as const, activity: 2, semester: "2022-S2" },
      { kind: "outside-plan" as const, activity: 6, semester: "2022-S2" },
    ];
    const out = flagProblems(flags, many, locate);
    expect(FLAG_NAMED).toBe(5);
    expect(out.map((p) => [p.code, p.cell])).toEqual([
      ["monev.not-started", "'Monev Renaksi'!G10:G24"],
      ["monev.outside-plan", "'Monev Renaksi'!H14:H22"],
    ]);
    expect(out[0].message).toBe(
      "8 kegiatan direncanakan pada 2022 S1 tetapi belum dimulai di akhir semester itu: A.1 (G10), A.2 (G12), A.3 (G14), A.4 (G16), A.5 (G18) +3 lainnya",
    );
    expect(out[0].messageEn).toBe(
      "8 activities planned in 2022 S1 had not started by the end of that semester: A.1 (G10), A.2 (G12), A.3 (G14), A.4 (G16), A.5 (G18) +3 more",
    );
    expect(out[1].message).toBe(
      "2 kegiatan dilaporkan selesai pada 2022 S2, di luar semester rencananya: A.3 (H14), A.7 (H22)",
    );
  });

  describe("edge cases", () => {
    it("returns no cell and names by title when the layout places nothing", () => {
      const untitled = many.map((a) => ({ ...a, code: "" }));
      const flags = [0, 1].map((i) => ({
        kind: "not-started" as const,
        activity: i,
        semester: "2022-S1",
      }));
      const [p] = flagProblems(flags, untitled, () => undefined);
      expect(p.cell).toBeUndefined();
      expect(p.message).toBe(
        "2 kegiatan direncanakan pada 2022 S1 tetapi belum dimulai di akhir semester itu: Kegiatan 1, Kegiatan 2",
      );
    });

    it("returns an empty list for no flags", () => {
      expect(flagProblems([], many, locate)).toEqual([]);
    });
  });
});
