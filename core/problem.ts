/**
 * Errors and warnings are values that name the place. Messages are Indonesian first with an
 * English twin; `cell` is an A1 address with its sheet ("Matriks!D14") when there is one.
 *
 * @example
 *   problem("error", "score.range", "Nilai 5 di luar skala 1-4", "Score 5 is outside the 1-4 scale", "Matriks!D14")
 */
export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** Stable machine code, dotted: "score.range", "aspect.empty", "info.sum", ... */
  code: string;
  /** Indonesian message. */
  message: string;
  /** English twin of `message`. */
  messageEn: string;
  /** "Sheet!A1" or "Sheet!A1:B2"; absent when the problem has no single place. */
  cell?: string;
}

export function problem(
  severity: Severity,
  code: string,
  message: string,
  messageEn: string,
  cell?: string,
): Problem {
  return cell === undefined
    ? { severity, code, message, messageEn }
    : { severity, code, message, messageEn, cell };
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === "error");

/** One line for a terminal or a list: "Matriks!D14: Nilai 5 di luar skala 1-4 / Score 5 is ...". */
export function formatProblem(p: Problem): string {
  return `${p.cell ? `${p.cell}: ` : ""}${p.message} / ${p.messageEn}`;
}

/** How many problems of one code a list shows before it counts the rest (`capProblems`). */
export const PROBLEMS_PER_CODE = 20;

/**
 * A list of problems a person reads (a terminal, a task pane, a sidebar): at most `perCode` of
 * each code, in their order; where a code had more, one line without a cell takes the place of the
 * first one left out and counts them. Errors are kept like warnings (the first ones name the
 * cells). Machine output (`--json`) keeps every problem.
 *
 * @example
 *   capProblems(fiveThousandWarnings, 20).length // 21: 20 warnings + "... dan 4980 lagi (kode x.y)"
 */
export function capProblems(problems: readonly Problem[], perCode = PROBLEMS_PER_CODE): Problem[] {
  const seen = new Map<string, number>();
  const more = new Map<string, Problem>();
  const out: Problem[] = [];
  for (const p of problems) {
    const n = (seen.get(p.code) ?? 0) + 1;
    seen.set(p.code, n);
    if (n <= perCode) out.push(p);
    else if (!more.has(p.code)) {
      const line = problem(p.severity, p.code, "", "");
      more.set(p.code, line);
      out.push(line);
    }
  }
  for (const [code, line] of more) {
    const n = (seen.get(code) ?? 0) - perCode;
    line.message = `... dan ${n} lagi yang serupa (kode ${code})`;
    line.messageEn = `... and ${n} more like it (code ${code})`;
  }
  return out;
}
