import { scoreStatement, scoreStatements } from "../../../core/compute/scores";
import { KLUNGKUNG_SCORES, klungkung } from "../../fixtures/documents";

describe("scoreStatement", () => {
  it("returns the mean of the valid answers with n, min, max and the distribution", () => {
    const { score, problems } = scoreStatement({ no: 1, answers: [3, 4, null, 3, 2] });
    expect(score).toEqual({
      no: 1,
      score: 3,
      respondents: 4,
      min: 2,
      max: 4,
      distribution: [0, 1, 2, 1],
    });
    expect(problems).toEqual([]);
  });

  it("returns Klungkung's single-mark scores as printed", () => {
    const scores = klungkung.answers.map((a) => scoreStatement(a).score.score);
    expect(scores).toEqual(KLUNGKUNG_SCORES);
  });

  it("returns a fractional mean for several respondents", () => {
    expect(scoreStatement({ no: 2, answers: [3, 4, 4] }).score.score).toBeCloseTo(11 / 3, 12);
  });

  describe("edge cases", () => {
    it("returns an error naming the cell for an answer outside 1..4, never clipped", () => {
      const { score, problems } = scoreStatement({
        no: 14,
        answers: [5, 3],
        cells: ["Matriks!D14", "Matriks!E14"],
      });
      expect(score.score).toBe(3);
      expect(score.respondents).toBe(1);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        severity: "error",
        code: "score.range",
        cell: "Matriks!D14",
      });
      expect(problems[0].message).toContain("5");
      expect(problems[0].messageEn).toContain("outside");
    });

    it("returns an error for non-integer, zero and NaN answers", () => {
      const { problems } = scoreStatement({ no: 3, answers: [2.5, 0, NaN, -1] });
      expect(problems.map((p) => p.code)).toEqual([
        "score.range",
        "score.range",
        "score.range",
        "score.range",
        "score.none",
      ]);
    });

    it("returns score null and a warning when nobody answered", () => {
      const { score, problems } = scoreStatement({
        no: 7,
        answers: [null, null],
        source: { kind: "responses", sheet: "Responden", row: 2, col: 5, rows: 2, cols: 1 },
      });
      expect(score).toMatchObject({ score: null, respondents: 0, min: null, max: null });
      expect(problems).toEqual([
        expect.objectContaining({
          severity: "warning",
          code: "score.none",
          cell: "Responden!E2:E3",
        }),
      ]);
    });

    it("returns the cell down a responses column when cells are not listed", () => {
      const { problems } = scoreStatement({
        no: 1,
        answers: [4, 9],
        source: { kind: "responses", sheet: "Responden", row: 2, col: 5, rows: 2, cols: 1 },
      });
      expect(problems[0].cell).toBe("Responden!E3");
    });
  });
});

describe("scoreStatements", () => {
  it("returns scores sorted by statement number", () => {
    const { scores } = scoreStatements([
      { no: 2, answers: [4] },
      { no: 1, answers: [3] },
    ]);
    expect(scores.map((s) => [s.no, s.score])).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  describe("edge cases", () => {
    it("returns an error for a statement answered twice and scores the first", () => {
      const { scores, problems } = scoreStatements([
        { no: 1, answers: [3], cells: ["M!E5"] },
        { no: 1, answers: [1], cells: ["M!C9"] },
      ]);
      expect(scores).toHaveLength(1);
      expect(scores[0].score).toBe(3);
      expect(problems[0]).toMatchObject({ code: "score.duplicate", cell: "M!C9" });
    });
  });
});
