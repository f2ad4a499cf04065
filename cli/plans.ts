/**
 * The plans `renaksi fill` writes, from ONE analysis: the core's `fillWithTimeline` (the result
 * sheet + overlays, then "Timeline Program" when the workbook has a program matrix). The separate
 * `fill` and `timeline` commands would each read and analyse the whole workbook (0.3 s apiece on
 * 10,000 activities). test/cli/plans.test.ts asserts, on every example, that the result equals
 * `fill(grids)` + `timeline(grids)` exactly.
 *
 * @example
 *   const r = planFill(book.grids, { granularity: "semester" });
 *   if (!r.refused) await buildWorkbook(book, r.plans);
 */
import {
  type Grid,
  type Problem,
  type Analysis,
  MANAGED_SHEETS,
  type CommandOptions,
  type SheetPlan,
  fillWithTimeline,
} from "../core";

export interface FillPlans {
  analysis: Analysis;
  /** analysis.problems (errors first). */
  problems: Problem[];
  /** True when the analysis has an error: `plans` is empty and nothing may be written. */
  refused: boolean;
  /** "Hasil Renaksi" + overlays, then "Timeline Program" when the workbook has programs. */
  plans: SheetPlan[];
  /** False when there is no program matrix (no "Timeline Program" sheet). */
  timeline: boolean;
}

/** `fill(grids, opts)` and `timeline(grids, opts)` of the core, analysed once. */
export function planFill(grids: readonly Grid[], opts: CommandOptions = {}): FillPlans {
  const r = fillWithTimeline(grids as Grid[], opts);
  return {
    analysis: r.analysis,
    problems: r.problems,
    refused: r.refused,
    plans: r.plans,
    timeline: r.plans.some((p) => p.sheet === MANAGED_SHEETS.timeline),
  };
}
