import {
  checkPrograms,
  expandPeriods,
  normalizeCode,
  periodColumns,
  timelineRows,
} from "../../../core/compute/programs";
import type { ProgramNode } from "../../../core/model/program";
import { cilacap, kapuas, klungkung, luwu } from "../../fixtures/documents";
import { readWorkbook } from "../../../core/read";
import { SEED_GRIDS } from "../../fixtures/grids";

const codes = (nodes: ProgramNode[]) => checkPrograms(nodes).map((p) => [p.code, p.cell]);

describe("checkPrograms", () => {
  it("returns Kapuas's II.2 printed under KP I as program.wrong-group at its cell", () => {
    expect(codes(kapuas.programs)).toEqual([["program.wrong-group", "Program!A7"]]);
    expect(checkPrograms(kapuas.programs)[0].message).toContain("II.2");
  });

  it("returns Cilacap's mixed 1.1.6 among I.1.x, Program I.3.1 at Kegiatan depth and the missing II.2.2", () => {
    const found = codes(cilacap.programs);
    expect(found).toEqual(
      expect.arrayContaining([
        ["program.mixed-style", "Program!A11"],
        ["program.mixed-style", "Program!A12"],
        ["program.level-depth", "Program!A18"],
        ["program.level-depth", "Program!A19"],
        ["program.mixed-style", "Program!A19"],
        ["program.level-depth", "Program!A21"],
        ["program.mixed-style", "Program!A24"],
        ["program.sequence-gap", "Program!A33"],
      ]),
    );
    expect(found).toHaveLength(8);
    const depth = checkPrograms(cilacap.programs).find((p) => p.code === "program.level-depth");
    expect(depth?.messageEn).toBe("I.3.1 is labelled Program, but its code is at Activity depth");
  });

  it("returns no problem for Klungkung's clean 1 > 1.1 > 1.1.1 tree", () => {
    expect(checkPrograms(klungkung.programs)).toEqual([]);
  });

  it("returns Luwu's three rows without a code, letter codes counted under their program", () => {
    expect(codes(luwu.programs)).toEqual([
      ["program.no-code", "Program!B16"],
      ["program.no-code", "Program!B17"],
      ["program.no-code", "Program!B18"],
    ]);
  });

  it("returns one program.two-level warning for Luwu's activities read straight under their Kelompok", () => {
    const read = readWorkbook(SEED_GRIDS.luwu).doc.programs;
    const found = checkPrograms(read);
    const twoLevel = found.filter((p) => p.code === "program.two-level");
    expect(twoLevel).toHaveLength(1);
    expect(twoLevel[0].cell).toBe("Program!C7");
    expect(twoLevel[0].messageEn).toBe(
      "23 activities sit directly under their Kelompok Program, with no Program level",
    );
    expect(
      found.filter((p) => p.code === "program.orphan" || p.code === "program.level-depth"),
    ).toEqual([]);
  });

  describe("edge cases", () => {
    it("returns duplicates, gaps, orphans and wrong parents", () => {
      const nodes: ProgramNode[] = [
        { code: "KP I", level: "kelompok", title: "K", units: [], periods: [], cell: "P!A1" },
        {
          code: "I.1",
          level: "program",
          title: "P",
          units: [],
          periods: [],
          parent: "KP I",
          cell: "P!A2",
        },
        {
          code: "I.1.1",
          level: "kegiatan",
          title: "a",
          units: [],
          periods: [],
          parent: "I.1",
          cell: "P!A3",
        },
        {
          code: "I.1.3",
          level: "kegiatan",
          title: "b",
          units: [],
          periods: [],
          parent: "I.1",
          cell: "P!A4",
        },
        {
          code: "I.1.3",
          level: "kegiatan",
          title: "c",
          units: [],
          periods: [],
          parent: "I.1",
          cell: "P!A5",
        },
        {
          code: "I.2.1",
          level: "kegiatan",
          title: "d",
          units: [],
          periods: [],
          parent: "I.1",
          cell: "P!A6",
        },
        {
          code: "I.9.1",
          level: "kegiatan",
          title: "e",
          units: [],
          periods: [],
          parent: "KP I",
          cell: "P!A7",
        },
      ];
      const found = codes(nodes);
      expect(found).toEqual(
        expect.arrayContaining([
          ["program.sequence-gap", "P!A4"],
          ["program.duplicate-code", "P!A5"],
          ["program.wrong-parent", "P!A6"],
          ["program.orphan", "P!A7"],
        ]),
      );
    });

    it("returns program.bad-code for a code that is not numbering", () => {
      expect(
        codes([
          { code: "A-1", level: "program", title: "x", units: [], periods: [], cell: "P!A1" },
        ]),
      ).toEqual([["program.bad-code", "P!A1"]]);
    });
  });
});

describe("normalizeCode", () => {
  it("returns the numbering without labels and trailing dots", () => {
    expect(normalizeCode("Kegiatan I.1.1.")).toBe("I.1.1");
    expect(normalizeCode("KP II.")).toBe("II");
    expect(normalizeCode("Program 1.3.2.")).toBe("1.3.2");
  });

  describe("edge cases", () => {
    it("returns an empty string for a blank code", () => {
      expect(normalizeCode("  ")).toBe("");
    });
  });
});

describe("expandPeriods", () => {
  const p = { startYear: 2022, endYear: 2024 };
  it("returns semesters and quarters of a year", () => {
    expect(expandPeriods(["2022"], "semester", p)).toEqual(["2022-S1", "2022-S2"]);
    expect(expandPeriods(["2023"], "quarter", p)).toEqual([
      "2023-Q1",
      "2023-Q2",
      "2023-Q3",
      "2023-Q4",
    ]);
    expect(expandPeriods(["2022-S2"], "quarter", p)).toEqual(["2022-Q3", "2022-Q4"]);
  });

  describe("edge cases", () => {
    it("returns finer labels kept, labels outside the plan dropped, sorted without duplicates", () => {
      expect(expandPeriods(["2024", "2022-Q3", "2022", "2030"], "semester", p)).toEqual([
        "2022-S1",
        "2022-S2",
        "2022-Q3",
        "2024-S1",
        "2024-S2",
      ]);
      expect(expandPeriods(["2022-S1", "2022-S1"], "year", p)).toEqual(["2022-S1"]);
    });
  });
});

describe("timelineRows", () => {
  it("returns Kapuas's 2021-2024 grid with X marks per year and semester", () => {
    const period = { startYear: 2021, endYear: 2024 };
    const yearly = timelineRows(kapuas.programs, "year", period);
    expect(yearly.columns).toEqual(["2021", "2022", "2023", "2024"]);
    const bimtek = yearly.rows.find((r) => r.code === "II.1.a");
    expect(bimtek?.active).toEqual([false, true, false, true]);
    expect(bimtek?.depth).toBe(2);
    const sem = timelineRows(kapuas.programs, "semester", period);
    expect(sem.columns).toHaveLength(8);
    expect(sem.rows.find((r) => r.code === "I.1.a")?.active).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("returns a Kelompok without own marks rolled up from its activities", () => {
    const { rows } = timelineRows(kapuas.programs, "year", { startYear: 2021, endYear: 2024 });
    const kp1 = rows.find((r) => r.code === "KP I");
    expect(kp1?.active).toEqual([true, true, false, false]);
    expect(kp1?.rolledUp).toBe(true);
    expect(kp1?.aspect).toBe("kelembagaan");
  });

  describe("edge cases", () => {
    it("returns a warning for marks outside the plan and maps a quarter onto its semester", () => {
      const nodes: ProgramNode[] = [
        {
          code: "1",
          level: "kegiatan",
          title: "x",
          units: ["A"],
          periods: ["2019", "2022-Q3"],
          cell: "T!A5",
        },
      ];
      const r = timelineRows(nodes, "semester", { startYear: 2022, endYear: 2022 });
      expect(r.rows[0].active).toEqual([false, true]);
      expect(r.problems.map((p) => [p.code, p.cell])).toEqual([["program.period-outside", "T!A5"]]);
      expect(periodColumns({ startYear: 2022, endYear: 2022 }, "quarter")).toHaveLength(4);
    });
  });
});
