import { parseA1, type CellValue, type Grid } from "../grid";
import { hasErrors, problem, type Problem } from "../problem";
import type { Analysis } from "../model/analysis";
import { readWorkbook } from "../read";
import { reasonCells } from "../read/reasons";
import { analyzeDocument } from "../compute/analyze";
import { resultPlan, resultPlans, type ResultLayoutOptions } from "../layout/result";
import { timelineLayout } from "../layout/timeline";
import { monevGeometry, monevPlan, monevStatusCell } from "../layout/monev";
import { computeMonev, type MonevKept } from "../compute/monev";
import type { MonevReport } from "../model/monev";
import { readKeptMonev } from "./kept-monev";
import { templatePlans } from "../layout/template";
import { withPage } from "../layout/page";
import { flagPlans } from "../layout/flags";
import type { SheetPlan } from "../layout/sheet-plan";
import { SHEET_LABELS } from "../i18n/labels-sheet";
import { isManagedGrid } from "../model/managed-sheet";
import { readKept, type KeptEntries } from "./kept";
import type {
  AnalyzeFn,
  AnalyzeResult,
  CommandOptions,
  MonevFn,
  PlanFn,
  PlanResult,
  TemplateFn,
} from "./types";

/**
 * The command API every host calls (contract: core/api/types.ts).
 *
 * @example
 *   const r = fill(grids);            // grids = every sheet of the workbook
 *   if (r.refused) show(r.problems);  // nothing to write
 *   else r.plans.forEach(render);     // "Hasil Renaksi" + overlays on the score sheets
 */

interface Prepared extends AnalyzeResult {
  kept: KeptEntries;
  monevKept: MonevKept;
  lookup: (ref: string) => CellValue | undefined;
  grids: readonly Grid[];
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/** Reader + compute problems, duplicates dropped, errors first (stable within a severity). */
export function mergeProblems(...lists: readonly (readonly Problem[])[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const list of lists) {
    for (const p of list) {
      const key = `${p.severity}|${p.code}|${p.cell ?? ""}|${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
  }
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => SEVERITY_ORDER[a.p.severity] - SEVERITY_ORDER[b.p.severity] || a.i - b.i)
    .map((x) => x.p);
}

/** Value of "Sheet!D5" in the user's grids (managed sheets excluded); undefined when outside. */
export function gridLookup(grids: readonly Grid[]): (ref: string) => CellValue | undefined {
  const bySheet = new Map<string, Grid>();
  for (const g of grids) if (!isManagedGrid(g) && !bySheet.has(g.sheet)) bySheet.set(g.sheet, g);
  return (ref) => {
    const p = parseA1(ref);
    if (!p || p.sheet === undefined) return undefined;
    const g = bySheet.get(p.sheet);
    if (!g) return undefined;
    const v = g.values[p.row - g.origin.row]?.[p.col - g.origin.col];
    return v === undefined ? undefined : v;
  };
}

function prepare(grids: readonly Grid[], opts: CommandOptions = {}): Prepared {
  const kept = readKept(grids);
  const read = readWorkbook(grids as Grid[], { answerLabels: kept.labels });
  let doc = read.doc;
  // Priorities typed into "Hasil Renaksi" count only when the workbook has no priority table.
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
  return {
    doc,
    analysis,
    kept,
    monevKept: readKeptMonev(grids),
    lookup: gridLookup(grids),
    grids,
  };
}

/** Plans, or plans with the warnings their layout found (the timeline's period-outside). */
type Built = PlanResult["plans"] | { plans: PlanResult["plans"]; problems: Problem[] };

function refusedOrPlans(
  analysis: Analysis,
  build: () => Built,
  extra: Problem[] = [],
  shownElsewhere: () => SheetPlan[] = () => [],
): PlanResult {
  const problems = extra.length > 0 ? mergeProblems(extra, analysis.problems) : analysis.problems;
  const a = problems === analysis.problems ? analysis : { ...analysis, problems };
  if (hasErrors(problems)) return { analysis: a, plans: [], refused: true, problems };
  // Cells a warning names are marked in place on Renaksi's sheets, as the Catatan lists them.
  const built = flagBuilt(build(), analysis.problems, shownElsewhere());
  // Every managed sheet is report-ready: A4 landscape, fit to width, sections never cut.
  if (Array.isArray(built))
    return { analysis: a, plans: built.map(withPage), refused: false, problems };
  const all = mergeProblems(problems, built.problems);
  return {
    analysis: { ...a, problems: all },
    plans: built.plans.map(withPage),
    refused: false,
    problems: all,
  };
}

function flagBuilt(built: Built, problems: readonly Problem[], elsewhere: SheetPlan[]): Built {
  if (Array.isArray(built)) return flagPlans(built, problems, elsewhere);
  return { ...built, plans: flagPlans(built.plans, problems, elsewhere) };
}

/** The timeline a workbook with programs gets (its rows, for the Catatan to name). */
function timelineShown(p: Prepared, opts: CommandOptions | undefined): () => SheetPlan[] {
  return () =>
    hasPrograms(p) || p.analysis.programs.length > 0 ? [timelineBuilt(p, opts).plan] : [];
}

/** The timeline sheet and its layout's warnings. */
function timelineBuilt(p: Prepared, opts: CommandOptions | undefined) {
  return timelineLayout(p.doc, p.analysis, { granularity: opts?.granularity ?? "year" });
}

function layoutOptions(p: Prepared, opts: CommandOptions = {}): ResultLayoutOptions {
  return {
    lookup: p.lookup,
    reasonCells: reasonCells(p.doc, p.grids),
    ...(opts.numbering ? { numbering: opts.numbering } : {}),
  };
}

/** Read + compute; writes nothing. Problems from both steps, errors first. */
export const analyze: AnalyzeFn = (grids, opts) => {
  const { doc, analysis } = prepare(grids, opts);
  return { doc, analysis };
};

/** The "Hasil Renaksi" sheet (with the chart) + validation overlays on the user's score sheets. */
export const fill: PlanFn = (grids, opts) => {
  const p = prepare(grids, opts);
  return refusedOrPlans(
    p.analysis,
    () => resultPlans(p.doc, p.analysis, layoutOptions(p, opts)),
    [],
    timelineShown(p, opts),
  );
};

/** The "Hasil Renaksi" sheet with the Bagan Prioritas chart (no overlays). */
export const chart: PlanFn = (grids, opts) => {
  const p = prepare(grids, opts);
  return refusedOrPlans(
    p.analysis,
    () => [resultPlan(p.doc, p.analysis, { ...layoutOptions(p, opts), withChart: true })],
    [],
    timelineShown(p, opts),
  );
};

/** The "Timeline Program" sheet at the chosen granularity, monev statuses kept. */
export const timeline: PlanFn = (grids, opts) => {
  const p = prepare(grids, opts);
  const extra: Problem[] = [];
  if (p.doc.programs.length === 0 && p.analysis.programs.length === 0) {
    const [id, en] = SHEET_LABELS["timeline.empty"];
    extra.push(problem("error", "timeline.empty", id, en));
  }
  return refusedOrPlans(
    p.analysis,
    () => {
      const t = timelineBuilt(p, opts);
      return { plans: [t.plan], problems: t.problems };
    },
    extra,
  );
};

/** The monev report of a prepared workbook, its problems placed on the Monev sheet's cells. */
function monevReport(p: Prepared, opts: CommandOptions = {}): MonevReport {
  return computeMonev(p.doc, p.monevKept, {
    period: p.analysis.period,
    instansi: p.analysis.instansi,
    ...(opts.semester !== undefined ? { semester: opts.semester } : {}),
    place: (report) => {
      const g = monevGeometry(report);
      return (i, s) => monevStatusCell(g, report.semesters, i, s);
    },
  });
}

function hasPrograms(p: Prepared): boolean {
  return p.doc.programs.length > 0;
}

/**
 * The "Monev Renaksi" sheet and the report of one semester (`opts.semester`, default: the latest
 * with any status). Refused (nothing written) on any error: the workbook's own (as `fill`), a
 * realisation that is not a number, a semester outside the plan, no program matrix.
 *
 * @example
 *   const r = monev(grids, { semester: "2023-S1" });
 *   r.report?.overall["2023-S1"].selesaiPct // 0.6
 */
export const monev: MonevFn = (grids, opts) => {
  const p = prepare(grids, opts);
  const extra: Problem[] = [];
  if (!hasPrograms(p)) {
    const [id, en] = SHEET_LABELS["sheet.monev.noActivities"];
    extra.push(problem("error", "monev.empty", id, en));
    return { ...refusedOrPlans(p.analysis, () => [], extra), report: null };
  }
  const report = monevReport(p, opts);
  const result = refusedOrPlans(
    p.analysis,
    () => [monevPlan(report, { lookup: p.lookup })],
    report.problems,
  );
  return { ...result, report: { ...report, problems: result.problems } };
};

/**
 * The report of `monev` without its sheet, for a caller that writes nothing (`renaksi monev`
 * prints it): the same report and problems as `monev(grids, opts)`, `plans` empty, no layout of
 * the 880,000 cells of a 10,000-activity plan.
 *
 * @example monevReportOnly(grids, { semester: "2023-S1" }).report?.overall["2023-S1"].selesai // 7
 */
export const monevReportOnly: MonevFn = (grids, opts) => {
  const p = prepare(grids, opts);
  if (!hasPrograms(p)) return { ...monev(grids, opts), plans: [] };
  const report = monevReport(p, opts);
  const problems =
    report.problems.length > 0
      ? mergeProblems(report.problems, p.analysis.problems)
      : p.analysis.problems;
  const analysis = problems === p.analysis.problems ? p.analysis : { ...p.analysis, problems };
  return {
    analysis,
    plans: [],
    refused: hasErrors(problems),
    problems,
    report: { ...report, problems },
  };
};

/**
 * `fill`, `timeline` and `monev` from ONE read and analysis, for a host that writes every sheet in
 * one go (the CLI's `renaksi fill`): the result sheet + overlays, then "Timeline Program" and
 * "Monev Renaksi" when the workbook has a program matrix (no error when it has none).
 *
 * @example fillWithTimeline(grids, { granularity: "semester" }).plans.map((p) => p.sheet)
 *          // ["Hasil Renaksi", "Asesmen", "Timeline Program", "Monev Renaksi"]
 */
export const fillWithTimeline: PlanFn = (grids, opts) => {
  const p = prepare(grids, opts);
  const report = hasPrograms(p) ? monevReport(p, opts) : null;
  return refusedOrPlans(
    p.analysis,
    () => {
      const plans = resultPlans(p.doc, p.analysis, layoutOptions(p, opts));
      const problems: Problem[] = [];
      if (hasPrograms(p) || p.analysis.programs.length > 0) {
        const t = timelineBuilt(p, opts);
        plans.push(t.plan);
        problems.push(...t.problems);
      }
      if (report) plans.push(monevPlan(report, { lookup: p.lookup }));
      return { plans, problems };
    },
    report?.problems ?? [],
  );
};

/** A new sheet with every standard matrix, blank and ready to fill. */
export const template: TemplateFn = (opts) => templatePlans(opts).map(withPage);
