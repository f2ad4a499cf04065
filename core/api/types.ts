import type { Grid } from "../grid";
import type { Analysis } from "../model/analysis";
import type { RenaksiDocument } from "../model/document";
import type { Granularity } from "../model/plan";
import type { StatementSetId } from "../model/statement";
import type { SheetPlan } from "../layout/sheet-plan";
import type { TemplateOptions } from "../layout/template";
import type { Problem } from "../problem";
import type { MonevReport } from "../model/monev";

/**
 * The command API every host calls (core/api/commands.ts implements it). A host reads grids, calls
 * one of these, and renders the returned SheetPlans; it holds no domain logic.
 *
 *   analyze(grids, opts)   -> { doc, analysis }                    read + compute, writes nothing
 *   fill(grids, opts)      -> { analysis, plans, refused }         the "Hasil Renaksi" sheet (+ overlays)
 *   chart(grids, opts)     -> { analysis, plans, refused }         same result sheet, with the chart
 *   timeline(grids, opts)  -> { analysis, plans, refused }         the "Timeline Program" sheet
 *   monev(grids, opts)     -> { analysis, plans, refused, report } the "Monev Renaksi" sheet + report
 *   template(opts)         -> SheetPlan[]                          blank standard matrices
 *
 * `refused` is true when the analysis has errors: then `plans` is empty and nothing may be written.
 * Grids are every sheet of the workbook (or only the active one); sheets Renaksi made itself (see
 * MANAGED_SHEETS) are recognised by their marker and are not read as the user's input, except for
 * the user's own entries kept across re-runs (chosen priority, reason, monev status).
 */
export interface CommandOptions {
  /** Target level for gaps; default 4 (top of the scale). */
  targetLevel?: number;
  /** Timeline grid; default "year". */
  granularity?: Granularity;
  /**
   * Statement list used to fill in what the workbook lacks (default mapping when there is no
   * categorisation table); default: guessed from the number of statements (22 -> juknis22,
   * 20 -> klungkung20).
   */
  statementSet?: StatementSetId;
  /** The monev semester to report ("2023-S1", "2023-2"); default: the latest with any status. */
  semester?: string;
  /**
   * How "Hasil Renaksi" numbers its tables and figures: default chapter 2 ("Tabel 2.1",
   * "Gambar 2.1"); `{ chapter: null }` gives "Tabel 1"; `firstTable` / `firstFigure` continue the
   * document's own numbering.
   */
  numbering?: { chapter?: number | null; firstTable?: number; firstFigure?: number };
}

export interface AnalyzeResult {
  doc: RenaksiDocument;
  analysis: Analysis;
}

export interface PlanResult {
  analysis: Analysis;
  /** Empty when refused. */
  plans: SheetPlan[];
  refused: boolean;
  /** Same as analysis.problems, for convenience. */
  problems: Problem[];
}

export type AnalyzeFn = (grids: Grid[], opts?: CommandOptions) => AnalyzeResult;
export type PlanFn = (grids: Grid[], opts?: CommandOptions) => PlanResult;
export type TemplateFn = (opts: TemplateOptions) => SheetPlan[];

/** `monev`: the "Monev Renaksi" plan + the report of one semester (null when there are no programs). */
export interface MonevResult extends PlanResult {
  report: MonevReport | null;
}
export type MonevFn = (grids: Grid[], opts?: CommandOptions) => MonevResult;

/** Names of the sheets Renaksi owns and their A1 marker (defined once in core/model). */
export { MANAGED_SHEETS, MARKER_PREFIX } from "../model/managed-sheet";
export type { TemplateOptions } from "../layout/template";
