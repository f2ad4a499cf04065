import { checkTargetLevel, checkYearTargets, gap, gapsByYear } from "../../../core/compute/gaps";

describe("gap", () => {
  it("returns target level 4 minus the score by default (Klungkung Kelembagaan 4 - 19/6)", () => {
    expect(gap(19 / 6)).toBeCloseTo(5 / 6, 12);
    expect(gap(3, 3.5)).toBe(0.5);
  });

  describe("edge cases", () => {
    it("returns null for a null score and a negative gap above the target", () => {
      expect(gap(null)).toBeNull();
      expect(gap(4, 3.5)).toBe(-0.5);
    });
  });
});

describe("gapsByYear", () => {
  it("returns one gap per year of the plan's target levels, sorted", () => {
    expect(
      gapsByYear(3, [
        { year: 2024, level: 4 },
        { year: 2022, level: 3.25 },
        { year: 2023, level: 3.5 },
      ]),
    ).toEqual([
      { year: 2022, level: 3.25, gap: 0.25 },
      { year: 2023, level: 3.5, gap: 0.5 },
      { year: 2024, level: 4, gap: 1 },
    ]);
  });

  describe("edge cases", () => {
    it("returns null gaps for a null score", () => {
      expect(gapsByYear(null, [{ year: 2022, level: 4 }])).toEqual([
        { year: 2022, level: 4, gap: null },
      ]);
    });
  });
});

describe("checkTargetLevel", () => {
  it("returns no problem for a level on the scale", () => {
    expect(checkTargetLevel(3.5)).toEqual([]);
  });

  describe("edge cases", () => {
    it("returns target.range errors off the scale and a duplicate-year error", () => {
      expect(checkTargetLevel(5).map((p) => p.code)).toEqual(["target.range"]);
      expect(checkTargetLevel(NaN).map((p) => p.code)).toEqual(["target.range"]);
      expect(
        checkYearTargets([
          { year: 2022, level: 3 },
          { year: 2022, level: 4 },
        ]).map((p) => p.code),
      ).toEqual(["target.duplicate-year"]);
    });
  });
});
