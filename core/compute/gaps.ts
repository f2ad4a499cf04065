import { SCALE_MAX, SCALE_MIN } from "../model/statement";
import { problem, type Problem } from "../problem";

/** Default target level: the top of the scale (DOMAIN.md section 6). */
export const DEFAULT_TARGET_LEVEL = SCALE_MAX;

/** A target level for one year of the plan. */
export interface YearTarget {
  year: number;
  level: number;
}

/**
 * Gap between the expected condition and the current one: `target level - score` (positive =
 * still to improve). Null when the score is null.
 *
 * @example gap(19 / 6) // 0.8333...   gap(3, 3.5) // 0.5
 */
export function gap(
  score: number | null,
  targetLevel: number = DEFAULT_TARGET_LEVEL,
): number | null {
  return score === null ? null : targetLevel - score;
}

/**
 * Gaps against a per-year target level (a plan may raise the bar year by year), sorted by year.
 *
 * @example gapsByYear(3, [{ year: 2023, level: 3.5 }, { year: 2022, level: 3.25 }])
 *   // [{ year: 2022, level: 3.25, gap: 0.25 }, { year: 2023, level: 3.5, gap: 0.5 }]
 */
export function gapsByYear(
  score: number | null,
  targets: readonly YearTarget[],
): Array<{ year: number; level: number; gap: number | null }> {
  return [...targets]
    .sort((a, b) => a.year - b.year)
    .map((t) => ({ year: t.year, level: t.level, gap: gap(score, t.level) }));
}

/**
 * Check a target level: it must be a number on the scale (1..4). Error `target.range` otherwise.
 *
 * @example checkTargetLevel(5) // [{ severity: "error", code: "target.range", ... }]
 */
export function checkTargetLevel(level: number, cell?: string): Problem[] {
  if (isFinite(level) && level >= SCALE_MIN && level <= SCALE_MAX) return [];
  return [
    problem(
      "error",
      "target.range",
      `Target level ${String(level).replace(".", ",")} di luar skala ${SCALE_MIN}-${SCALE_MAX}`,
      `Target level ${level} is outside the ${SCALE_MIN}-${SCALE_MAX} scale`,
      cell,
    ),
  ];
}

/**
 * Check per-year target levels: each on the scale, no year given twice (`target.duplicate-year`).
 *
 * @example checkYearTargets([{ year: 2022, level: 3 }, { year: 2022, level: 4 }]) // 1 error
 */
export function checkYearTargets(targets: readonly YearTarget[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  for (const t of targets) {
    problems.push(...checkTargetLevel(t.level));
    if (seen.has(t.year)) {
      problems.push(
        problem(
          "error",
          "target.duplicate-year",
          `Target level tahun ${t.year} tertulis dua kali`,
          `The target level for ${t.year} is given twice`,
        ),
      );
    }
    seen.add(t.year);
  }
  return problems;
}
