/**
 * The plans `renaksi fill` writes, from ONE analysis: the core's `fill` and `timeline` commands
 * each read and analyse the whole workbook (0.3 s apiece on 10,000 activities); the CLI needs
 * both, so it runs the same steps as core/api/commands.ts once and lays out both sheets from the
 * result. Only core functions are called; no domain rule lives here. test/cli/plans.test.ts
 * asserts, on every seed, that the result equals `fill(grids)` + `timeline(grids)` exactly, so a
 * change in the core's command steps cannot go unnoticed.
 *
 * @example
 *   const r = planFill(book.grids, { granularity: "semester" });
 *   if (!r.refused) await buildWorkbook(book, r.plans);
 */
import type { Grid } from "../core/grid";
import { hasErrors, type Problem } from "../core/problem";
import type { Analysis } from "../core/model/analysis";
import type { CommandOptions } from "../core/api/types";
import type { SheetPlan } from "../core/layout/sheet-plan";
import { readWorkbook } from "../core/read";
import { analyzeDocument } from "../core/compute/analyze";
import { gridLookup, mergeProblems, reasonCells } from "../core/api/commands";
import { readKept } from "../core/api/kept";
import { resultPlans } from "../core/layout/result";
import { timelinePlan } from "../core/layout/timeline";

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

/** `fill(grids, opts)` and `timeline(grids, opts)` of core/api/commands.ts, analysed once. */
export function planFill(grids: readonly Grid[], opts: CommandOptions = {}): FillPlans {
  // The steps of `prepare` in core/api/commands.ts, in the same order.
  const kept = readKept(grids);
  const read = readWorkbook(grids as Grid[]);
  let doc = read.doc;
  if (doc.priorities.length === 0 && kept.priorities.length > 0) {
    doc = { ...doc, priorities: kept.priorities };
  }
  const computed = analyzeDocument(doc, {
    ...(opts.targetLevel !== undefined ? { targetLevel: opts.targetLevel } : {}),
    ...(opts.statementSet !== undefined ? { statementSet: opts.statementSet } : {}),
  });
  const analysis: Analysis = {
    ...computed,
    problems: mergeProblems(read.problems, computed.problems),
  };
  const problems = analysis.problems;
  if (hasErrors(problems)) return { analysis, problems, refused: true, plans: [], timeline: false };
  const plans = resultPlans(doc, analysis, {
    lookup: gridLookup(grids),
    reasonCells: reasonCells(doc, grids),
  });
  const timeline = doc.programs.length > 0 || analysis.programs.length > 0;
  if (timeline) {
    plans.push(
      timelinePlan(doc, analysis, {
        granularity: opts.granularity ?? "year",
        kept: kept.statuses,
      }),
    );
  }
  return { analysis, problems, refused: false, plans, timeline };
}
