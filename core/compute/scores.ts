import type { StatementAnswers } from "../model/answers";
import { SCALE_MAX, SCALE_MIN } from "../model/statement";
import { problem, type Problem } from "../problem";
import { answerCell, answersCell } from "./cells";

/** The score of one statement over its respondents' answers. */
export interface StatementScore {
  no: number;
  /** Mean of the valid answers; null when nobody gave a valid answer. */
  score: number | null;
  /** Number of valid answers. */
  respondents: number;
  min: number | null;
  max: number | null;
  /** Count of answers 1, 2, 3, 4. */
  distribution: [number, number, number, number];
}

/** True for a valid answer on the 1-4 scale: an integer 1, 2, 3 or 4. */
export function isValidAnswer(v: number): boolean {
  return Number.isInteger(v) && v >= SCALE_MIN && v <= SCALE_MAX;
}

/**
 * Score of one statement: the mean of its valid answers (Klungkung: 60 respondents), with the
 * number of valid answers, min, max and the distribution [n1, n2, n3, n4].
 *
 * - blank (null) = not answered: skipped, never counted as 0;
 * - anything that is not an integer 1..4 (0, 5, 2.5, NaN) is an error `score.range` naming the
 *   answer's cell; it is left out of the mean, never clipped to the scale;
 * - no valid answer at all: score null and a warning `score.none` naming the statement's cells.
 *
 * The mean is computed from the distribution (n1 + 2 n2 + 3 n3 + 4 n4) / n, so the order of the
 * answers cannot change a single bit of it.
 *
 * @example scoreStatement({ no: 1, answers: [3, 4, null, 3] }).score
 *   // { no: 1, score: 3.3333..., respondents: 3, min: 3, max: 4, distribution: [0, 0, 2, 1] }
 */
export function scoreStatement(a: StatementAnswers): {
  score: StatementScore;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const d: [number, number, number, number] = [0, 0, 0, 0];
  const answers = a.answers;
  for (let i = 0; i < answers.length; i++) {
    const v = answers[i];
    if (v === null) continue;
    if (v === 1 || v === 2 || v === 3 || v === 4) {
      d[v - 1]++;
      continue;
    }
    problems.push(
      problem(
        "error",
        "score.range",
        `Nilai ${formatNumber(v)} untuk pernyataan ${a.no} di luar skala ${SCALE_MIN}-${SCALE_MAX} (harus bilangan bulat 1, 2, 3 atau 4)`,
        `Score ${formatNumber(v)} for statement ${a.no} is outside the ${SCALE_MIN}-${SCALE_MAX} scale (must be a whole number 1, 2, 3 or 4)`,
        answerCell(a, i),
      ),
    );
  }
  const n = d[0] + d[1] + d[2] + d[3];
  if (n === 0) {
    problems.push(
      problem(
        "warning",
        "score.none",
        `Pernyataan ${a.no} belum dinilai: tidak ada jawaban yang sah`,
        `Statement ${a.no} has no score: no valid answer`,
        answersCell(a),
      ),
    );
    return {
      score: { no: a.no, score: null, respondents: 0, min: null, max: null, distribution: d },
      problems,
    };
  }
  const sum = d[0] + 2 * d[1] + 3 * d[2] + 4 * d[3];
  const min = d[0] > 0 ? 1 : d[1] > 0 ? 2 : d[2] > 0 ? 3 : 4;
  const max = d[3] > 0 ? 4 : d[2] > 0 ? 3 : d[1] > 0 ? 2 : 1;
  return {
    score: { no: a.no, score: sum / n, respondents: n, min, max, distribution: d },
    problems,
  };
}

/**
 * Scores of every statement, sorted by statement number. A statement number given twice is an
 * error `score.duplicate` (the first one in input order is scored).
 *
 * @example scoreStatements([{ no: 2, answers: [4] }, { no: 1, answers: [3] }]).scores.map((s) => s.score) // [3, 4]
 */
export function scoreStatements(all: readonly StatementAnswers[]): {
  scores: StatementScore[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  const scores: StatementScore[] = [];
  // Process in statement order (stable for duplicates), so messages come out in the same order
  // whatever the order of the input rows.
  const ordered = [...all].sort((x, y) => x.no - y.no);
  for (const a of ordered) {
    if (seen.has(a.no)) {
      problems.push(
        problem(
          "error",
          "score.duplicate",
          `Jawaban untuk pernyataan ${a.no} tertulis lebih dari sekali`,
          `Answers for statement ${a.no} appear more than once`,
          answersCell(a),
        ),
      );
      continue;
    }
    seen.add(a.no);
    const r = scoreStatement(a);
    scores.push(r.score);
    for (const p of r.problems) problems.push(p);
  }
  scores.sort((x, y) => x.no - y.no);
  return { scores, problems };
}

/** A number as an Indonesian reader writes it (decimal comma), for messages only. */
export function formatNumber(v: number): string {
  if (!isFinite(v)) return String(v);
  return String(v).replace(".", ",");
}
