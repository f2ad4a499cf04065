/**
 * The contract between the sidebar and the Apps Script server: what google.script.run can call
 * and what comes back (plain JSON-safe data only; Apps Script drops functions and Dates).
 */
import type { Granularity, StatementSetId, Locale, Problem, MonevCounts } from "../../../core";
import type { WriteReport } from "../adapter/render";

export const COMMANDS = ["template", "analyze", "fill", "chart", "timeline", "monev"] as const;
export type CommandName = (typeof COMMANDS)[number];

export type ReadScopeOption = "workbook" | "active";

export interface CommandRequest {
  command: CommandName;
  locale?: Locale;
  /** Which sheets to read; default the whole workbook. */
  scope?: ReadScopeOption;
  /** Timeline grid; default "year". */
  granularity?: Granularity;
  /** Template only. */
  statementSet?: StatementSetId;
  startYear?: number;
  endYear?: number;
  instansi?: string;
  targetLevel?: number;
  /** Monev only: the semester to report ("2023-S1"); default the latest with any status. */
  semester?: string;
}

/** What the sidebar shows after the Monev command (one semester; cells in "Monev Renaksi"). */
export interface MonevSummary {
  semester: string;
  semesters: string[];
  overall: MonevCounts | null;
  byAspect: {
    key: string;
    name: string;
    planned: number;
    selesai: number;
    selesaiPct: number | null;
  }[];
  /** Planned and not selesai in the semester, at most MAX_LAGGING; `moreLagging` counts the rest. */
  lagging: { code: string; title: string; status: string; cell: string | null }[];
  moreLagging: number;
}

export const MAX_LAGGING = 100;

export interface AspectSummary {
  key: string;
  name: string;
  average: number | null;
  suggestedPriority: number | null;
  priority: number | null;
  reason: string;
  gap: number | null;
}

export interface AnalysisSummary {
  instansi: string;
  period: { startYear: number; endYear: number } | null;
  statements: number;
  programs: number;
  indicators: number;
  mappingSource: string;
  aspects: AspectSummary[];
}

export interface CommandResponse {
  command: CommandName;
  /** True when the command did what it was asked (for analyze: read without errors). */
  ok: boolean;
  /** True when core or a pre-check refused to write: nothing was written. */
  refused: boolean;
  /** Errors first; at most MAX_PROBLEMS, `moreProblems` counts the rest. */
  problems: Problem[];
  moreProblems: number;
  writes: WriteReport[];
  summary?: AnalysisSummary;
  /** The Monev command's report of one semester. */
  monev?: MonevSummary;
  /** One line in the request's locale: what was written, or why nothing was. */
  message: string;
}

export interface SelectResult {
  ok: boolean;
  cell: string;
  message: string;
}

/** Every server function the sidebar may call, with its argument and result types. */
export interface ServerApi {
  runCommand(request: CommandRequest): CommandResponse;
  selectCell(a1: string): SelectResult;
}

export const MAX_PROBLEMS = 200;
