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
