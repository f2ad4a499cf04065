import { analyzeDocument, sortProblems } from "../../../core/compute/analyze";
import { problem } from "../../../core/problem";
import { cilacap, kapuas, klungkung, LUWU_SCORES, luwu, sumbar } from "../../fixtures/documents";

const prio = (a: ReturnType<typeof analyzeDocument>) =>
  Object.fromEntries(a.aspects.map((x) => [x.key, x.priority]));

describe("analyzeDocument", () => {
  it("returns Klungkung's averages, priorities, gaps and the groups as mapping source", () => {
    const a = analyzeDocument(klungkung);
    expect(a.instansi).toBe("Pemerintah Kabupaten Klungkung");
    expect(a.period).toEqual({ startYear: 2022, endYear: 2024 });
    expect(a.mappingSource).toBe("groups");
    expect(a.aspects.map((x) => x.average)).toEqual([19 / 6, 3, 3, 11 / 3, 3]);
    expect(prio(a)).toEqual({ sdm: 1, data: 2, koordinasi: 3, kelembagaan: 4, partisipasi: 5 });
    expect(a.aspects.map((x) => x.suggestedPriority)).toEqual([4, 1, 2, 5, 3]);
    expect(a.aspects[0].gap).toBeCloseTo(4 - 19 / 6, 12);
    expect(a.aspects[1].reason).toContain("pelatihan teknis");
    expect(a.statements).toHaveLength(20);
    expect(a.statements[14]).toMatchObject({
      no: 15,
      score: 4,
      respondents: 1,
      aspects: ["partisipasi"],
      gap: 0,
    });
    expect(a.problems.map((p) => p.code)).toEqual([
      "info.sum",
      "average.printed-truncated",
      "average.printed-truncated",
      "indicator.polarity-inferred",
      "indicator.polarity-inferred",
    ]);
    expect(a.problems.every((p) => p.severity === "warning")).toBe(true);
  });

  it("returns Luwu's 22 scores, its chosen priorities flagged, and the empty Koordinasi as an error first", () => {
    const a = analyzeDocument(luwu);
    expect(a.mappingSource).toBe("sheet");
    expect(a.statements.map((s) => s.score)).toEqual(LUWU_SCORES);
    expect(a.statements[8].aspects).toEqual(["kelembagaan", "sdm"]);
    expect(prio(a)).toEqual({ partisipasi: 1, koordinasi: 2, data: 3, kelembagaan: 4, sdm: 5 });
    expect(a.aspects[4]).toMatchObject({
      key: "koordinasi",
      average: null,
      gap: null,
      suggestedPriority: null,
    });
    expect(a.problems[0]).toMatchObject({ severity: "error", code: "aspect.empty" });
    expect(a.problems.filter((p) => p.code === "priority.contradiction")).toHaveLength(3);
    expect(a.informasiUmum[1].resolvedPct).toBeCloseTo(5 / 6, 12);
  });

  it("returns Cilacap with the juknis default mapping and a warning saying so", () => {
    const a = analyzeDocument(cilacap);
    expect(a.mappingSource).toBe("template:juknis22");
    expect(a.problems.map((p) => p.code)).toContain("mapping.default");
    expect(a.aspects.every((x) => x.average !== null)).toBe(true);
    expect(a.aspects.find((x) => x.key === "koordinasi")?.statements).toEqual([10, 14]);
    expect(a.aspects.find((x) => x.key === "partisipasi")?.average).toBe(4);
    expect(a.indicators.find((i) => i.name.includes("Belum"))?.polarity).toBe("down");
    expect(a.programs).toHaveLength(cilacap.programs.length);
  });

  it("returns Sumbar's priorities from its printed averages", () => {
    const a = analyzeDocument(sumbar);
    expect(prio(a)).toEqual({ sdm: 1, kelembagaan: 2, data: 3, koordinasi: 4, partisipasi: 5 });
    expect(a.problems.filter((p) => p.code === "average.from-printed")).toHaveLength(5);
    expect(a.problems.some((p) => p.severity === "error")).toBe(false);
  });

  it("returns Kapuas without errors: no assessment is one warning, the program checks still run", () => {
    const a = analyzeDocument(kapuas);
    expect(a.problems.some((p) => p.severity === "error")).toBe(false);
    expect(a.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(["assessment.missing", "program.wrong-group"]),
    );
    expect(a.aspects.every((x) => x.average === null && x.priority === null)).toBe(true);
  });

  describe("edge cases", () => {
    it("returns gaps against a custom target level and an error for one off the scale", () => {
      expect(analyzeDocument(klungkung, { targetLevel: 3.5 }).aspects[1].gap).toBe(0.5);
      const bad = analyzeDocument(klungkung, { targetLevel: 7 });
      expect(bad.problems[0].code).toBe("target.range");
      expect(bad.aspects[1].gap).toBe(1);
    });

    it("returns the template default when the statements have neither mapping nor groups", () => {
      const doc = {
        ...klungkung,
        statements: klungkung.statements.map(({ no, text }) => ({ no, text })),
      };
      const a = analyzeDocument(doc, { statementSet: "klungkung20" });
      expect(a.mappingSource).toBe("template:klungkung20");
      expect(a.aspects[0].average).toBeCloseTo(19 / 6, 12);
    });

    it("returns an out-of-range answer as an error naming its cell, sorted first", () => {
      const doc = {
        ...klungkung,
        answers: klungkung.answers.map((a) => (a.no === 4 ? { ...a, answers: [5] } : a)),
      };
      const a = analyzeDocument(doc);
      expect(a.problems[0]).toMatchObject({
        severity: "error",
        code: "score.range",
        cell: "Asesmen!G16",
      });
      expect(a.aspects[0].average).toBe(3);
    });
  });
});

describe("sortProblems", () => {
  it("returns errors first, then by sheet, row and column", () => {
    const sorted = sortProblems([
      problem("warning", "b", "", "", "S!B10"),
      problem("warning", "a", "", "", "S!C2"),
      problem("error", "e", "", "", "Z!A1"),
      problem("warning", "n", "", ""),
      problem("warning", "c", "", "", "S!AA2"),
    ]);
    expect(sorted.map((p) => p.code)).toEqual(["e", "a", "c", "b", "n"]);
  });

  describe("edge cases", () => {
    it("returns quoted sheet names compared by their name", () => {
      const sorted = sortProblems([
        problem("warning", "2", "", "", "'Lampiran II'!D6"),
        problem("warning", "1", "", "", "'Lampiran II'!C5"),
      ]);
      expect(sorted.map((p) => p.code)).toEqual(["1", "2"]);
    });
  });
});
