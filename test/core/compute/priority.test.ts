import {
  applyPriorityChoices,
  averagesFromPrinted,
  checkPrintedAverages,
  suggestPriorities,
  type AspectValue,
} from "../../../core/compute/priority";
import { klungkung, luwu, sumbar } from "../../fixtures/documents";

const KLUNGKUNG: AspectValue[] = [
  { key: "kelembagaan", average: 19 / 6 },
  { key: "sdm", average: 3 },
  { key: "data", average: 3 },
  { key: "partisipasi", average: 11 / 3 },
  { key: "koordinasi", average: 3 },
];

const LUWU: AspectValue[] = [
  { key: "kelembagaan", average: 17 / 6 },
  { key: "sdm", average: 29 / 11 },
  { key: "data", average: 19 / 7 },
  { key: "partisipasi", average: 2.5 },
  { key: "koordinasi", average: null },
];

describe("suggestPriorities", () => {
  it("returns Klungkung's priorities: SDM 1, Data 2, Koordinasi 3, Kelembagaan 4, Partisipasi 5", () => {
    expect(suggestPriorities(KLUNGKUNG)).toEqual({
      sdm: 1,
      data: 2,
      koordinasi: 3,
      kelembagaan: 4,
      partisipasi: 5,
    });
  });

  it("returns Sumbar's order from its printed averages (Data and Koordinasi tie at 2.6)", () => {
    const { values } = averagesFromPrinted(sumbar.priorities);
    expect(suggestPriorities(values)).toEqual({
      sdm: 1,
      kelembagaan: 2,
      data: 3,
      koordinasi: 4,
      partisipasi: 5,
    });
  });

  describe("edge cases", () => {
    it("returns null for an aspect without an average and numbers 1..k for the rest", () => {
      expect(suggestPriorities(LUWU)).toEqual({
        partisipasi: 1,
        sdm: 2,
        data: 3,
        kelembagaan: 4,
        koordinasi: null,
      });
    });

    it("returns ties broken by canonical order even with floating-point noise", () => {
      const r = suggestPriorities([
        { key: "koordinasi", average: 3 },
        { key: "kelembagaan", average: 2.9999999999999996 },
      ]);
      expect(r.kelembagaan).toBe(1);
      expect(r.koordinasi).toBe(2);
    });
  });
});

describe("applyPriorityChoices", () => {
  it("returns Luwu's chosen priorities as final and flags those that contradict the averages", () => {
    const { outcomes, problems } = applyPriorityChoices(LUWU, luwu.priorities);
    expect(Object.fromEntries(outcomes.map((o) => [o.key, o.final]))).toEqual({
      partisipasi: 1,
      koordinasi: 2,
      data: 3,
      kelembagaan: 4,
      sdm: 5,
    });
    expect(outcomes.find((o) => o.key === "sdm")?.suggested).toBe(2);
    const flagged = problems.filter((p) => p.code === "priority.contradiction");
    expect(flagged.map((p) => p.cell)).toEqual(["Prioritas!D4", "Prioritas!D5", "Prioritas!D6"]);
    expect(flagged.every((p) => p.severity === "warning")).toBe(true);
    expect(flagged[1].message).toContain("Sumber Daya Manusia");
    expect(outcomes.find((o) => o.key === "partisipasi")?.reason).toContain("awareness");
  });

  it("returns no contradiction for Klungkung, whose choices follow the averages", () => {
    const { outcomes, problems } = applyPriorityChoices(KLUNGKUNG, klungkung.priorities);
    expect(outcomes.map((o) => o.final)).toEqual([4, 1, 2, 5, 3]);
    expect(problems).toEqual([]);
  });

  describe("edge cases", () => {
    it("returns an error naming the cell for a duplicate chosen priority", () => {
      const { problems } = applyPriorityChoices(KLUNGKUNG, [
        { aspect: "sdm", priority: 1, reason: "", cell: "P!C5" },
        { aspect: "data", priority: 1, reason: "", cell: "P!C6" },
      ]);
      expect(problems).toContainEqual(
        expect.objectContaining({ severity: "error", code: "priority.duplicate", cell: "P!C6" }),
      );
    });

    it("returns suggested priorities when no choice is made, and warns when a choice collides with one", () => {
      const none = applyPriorityChoices(KLUNGKUNG, []);
      expect(none.outcomes.map((o) => o.final)).toEqual([4, 1, 2, 5, 3]);
      const partial = applyPriorityChoices(KLUNGKUNG, [
        { aspect: "partisipasi", priority: 1, reason: "diskusi", cell: "P!C8" },
      ]);
      expect(partial.problems.map((p) => p.code)).toContain("priority.final-duplicate");
    });
  });
});

describe("checkPrintedAverages", () => {
  it("returns average.printed-truncated warnings for Klungkung's 3,1 and 3,6", () => {
    const problems = checkPrintedAverages(KLUNGKUNG, klungkung.priorities);
    expect(problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
      ["warning", "average.printed-truncated", "Prioritas!D4"],
      ["warning", "average.printed-truncated", "Prioritas!D7"],
    ]);
  });

  describe("edge cases", () => {
    it("returns nothing for a rounded figure and a mismatch warning for an unexplained one", () => {
      const rounded = checkPrintedAverages(KLUNGKUNG, [
        { aspect: "kelembagaan", priority: null, reason: "", printedAverage: 3.17 },
        { aspect: "partisipasi", priority: null, reason: "", printedAverage: 3.7 },
      ]);
      expect(rounded).toEqual([]);
      const wrong = checkPrintedAverages(KLUNGKUNG, [
        { aspect: "sdm", priority: null, reason: "", printedAverage: 2.8, cell: "P!B5" },
      ]);
      expect(wrong.map((p) => [p.code, p.cell])).toEqual([["average.printed-mismatch", "P!B5"]]);
    });
  });
});

describe("averagesFromPrinted", () => {
  it("returns Sumbar's printed averages with a warning per aspect", () => {
    const { values, problems } = averagesFromPrinted(sumbar.priorities);
    expect(values.map((v) => v.average)).toEqual([2.5, 2.2, 2.6, 3, 2.6]);
    expect(problems.map((p) => p.code)).toEqual(Array(5).fill("average.from-printed"));
  });

  describe("edge cases", () => {
    it("returns null and aspect.empty for an aspect without a printed figure", () => {
      const { values, problems } = averagesFromPrinted(sumbar.priorities.slice(0, 4));
      expect(values.find((v) => v.key === "partisipasi")?.average).toBeNull();
      expect(problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual([
        "aspect.empty",
      ]);
    });
  });
});
