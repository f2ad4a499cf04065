import { aspectAverages } from "../../../core/compute/aspects";
import { defaultMapping } from "../../../core/templates";
import { KLUNGKUNG_SCORES, LUWU_MAPPING, LUWU_SCORES } from "../../fixtures/documents";

const scoreMap = (scores: number[]): Map<number, number | null> =>
  new Map(scores.map((s, i) => [i + 1, s] as const));

describe("aspectAverages", () => {
  it("returns Klungkung's averages 19/6, 3, 3, 11/3, 3 from its groups", () => {
    const { aspects, problems } = aspectAverages(
      scoreMap(KLUNGKUNG_SCORES),
      defaultMapping("klungkung20"),
    );
    expect(aspects.map((a) => a.key)).toEqual([
      "kelembagaan",
      "sdm",
      "data",
      "partisipasi",
      "koordinasi",
    ]);
    expect(aspects[0].average).toBeCloseTo(19 / 6, 12);
    expect(aspects[0].average).toBeCloseTo(3.1667, 4);
    expect(aspects[1].average).toBe(3);
    expect(aspects[2].average).toBe(3);
    expect(aspects[3].average).toBeCloseTo(3.6667, 4);
    expect(aspects[4].average).toBe(3);
    expect(aspects[0].statements).toEqual([1, 2, 3, 4, 5, 6]);
    expect(problems).toEqual([]);
  });

  it("returns Luwu's many-to-many averages, statement 9 counting for Kelembagaan and SDM", () => {
    const { aspects } = aspectAverages(scoreMap(LUWU_SCORES), LUWU_MAPPING);
    expect(aspects[0].statements).toEqual([2, 5, 9, 10, 12, 13]);
    expect(aspects[0].average).toBeCloseTo(17 / 6, 12);
    expect(aspects[1].statements).toContain(9);
    expect(aspects[1].average).toBeCloseTo(29 / 11, 12);
    expect(aspects[2].average).toBeCloseTo(19 / 7, 12);
    expect(aspects[3].average).toBe(2.5);
  });

  describe("edge cases", () => {
    it("returns an aspect.empty error and a null average (not 0, not NaN) for an aspect with no statement", () => {
      const { aspects, problems } = aspectAverages(
        scoreMap(LUWU_SCORES),
        LUWU_MAPPING,
        "Kategorisasi!A2:L25",
      );
      expect(aspects[4].average).toBeNull();
      expect(aspects[4].statements).toEqual([]);
      expect(problems).toEqual([
        expect.objectContaining({
          severity: "error",
          code: "aspect.empty",
          cell: "Kategorisasi!A2:L25",
        }),
      ]);
    });

    it("returns aspect.unscored when the mapped statements have no score", () => {
      const scores = new Map<number, number | null>([
        [1, null],
        [2, 3],
      ]);
      const { aspects, problems } = aspectAverages(scores, [
        { no: 1, aspects: ["sdm"] },
        { no: 2, aspects: ["kelembagaan", "data", "partisipasi", "koordinasi"] },
      ]);
      expect(aspects[1].average).toBeNull();
      expect(problems.map((p) => p.code)).toEqual(["aspect.unscored"]);
    });

    it("returns warnings for a mapping row naming an unknown statement and for an unmapped statement", () => {
      const scores = new Map<number, number | null>([
        [1, 3],
        [2, 4],
      ]);
      const { problems } = aspectAverages(scores, [
        { no: 1, aspects: ["kelembagaan", "sdm", "data", "partisipasi", "koordinasi"] },
        { no: 30, aspects: ["sdm"], cell: "Kategori!A40" },
      ]);
      expect(problems.map((p) => [p.code, p.cell])).toEqual([
        ["mapping.unknown", "Kategori!A40"],
        ["mapping.unmapped", undefined],
      ]);
    });
  });
});
