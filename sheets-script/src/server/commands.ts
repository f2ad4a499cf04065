import {
  MANAGED_SHEETS,
  type AnalyzeFn,
  type CommandOptions,
  type MonevFn,
  type MonevReport,
  type PlanFn,
  type TemplateFn,
  parseA1,
  type Locale,
  type SheetPlan,
  type Analysis,
  capProblems,
  describeWrite,
  hasErrors,
  problem,
  type Problem,
  resolveWrites,
} from "../../../core";
import { t } from "../labels";
import { readWorkbookGrids } from "../adapter/read";
import { renderPlans, type WriteReport } from "../adapter/render";
import type { SpreadsheetAppPort } from "../adapter/ports";
import {
  MAX_LAGGING,
  MAX_PROBLEMS,
  type AnalysisSummary,
  type MonevSummary,
  type CommandRequest,
  type CommandResponse,
  type SelectResult,
  type ServerApi,
} from "./api";

/** The core commands the server calls (core/index.ts in production; injectable in tests). */
export interface CoreCommands {
  analyze: AnalyzeFn;
  fill: PlanFn;
  chart: PlanFn;
  timeline: PlanFn;
  /** Optional: a host test may wire only the commands it drives. */
  monev?: MonevFn;
  template: TemplateFn;
}

export interface ServerDeps {
  app: SpreadsheetAppPort;
  core: CoreCommands;
  /** The current year, for the template's default period (the adapter may read the clock; core never does). */
  thisYear: () => number;
}

/**
 * The Sheets server: every command reads the workbook once, lets core decide, and renders the
 * returned plans. Nothing here knows a domain rule.
 *
 * @example
 *   const server = createServer({ app: SpreadsheetApp, core, thisYear: () => new Date().getFullYear() });
 *   server.runCommand({ command: "fill", locale: "id" }).message // "Selesai menulis: 'Hasil Renaksi'!A1:L48 ..."
 */
export function createServer(deps: ServerDeps): ServerApi {
  return {
    runCommand: (request) => runCommand(deps, request),
    selectCell: (a1) => selectCell(deps.app, a1),
  };
}

function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === "error" ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

export function summarize(analysis: Analysis): AnalysisSummary {
  return {
    instansi: analysis.instansi,
    period: analysis.period,
    statements: analysis.statements.length,
    programs: analysis.programs.length,
    indicators: analysis.indicators.length,
    mappingSource: analysis.mappingSource,
    aspects: analysis.aspects.map((a) => ({
      key: a.key,
      name: a.name,
      average: a.average,
      suggestedPriority: a.suggestedPriority,
      priority: a.priority,
      reason: a.reason,
      gap: a.gap,
    })),
  };
}

/**
 * One line per written sheet, worded and counted by core as Excel's taskpane words it:
 * "Selesai menulis 'Hasil Renaksi'!A1:K88: 421 sel, 96 rumus, 18 aturan format bersyarat, 1 bagan".
 */
export function describeWrites(writes: readonly WriteReport[], locale: Locale): string {
  return writes
    .map((w) => describeWrite({ address: w.address, mode: w.mode, counts: w }, locale))
    .join("\n");
}

function respond(
  request: CommandRequest,
  problems: readonly Problem[],
  fields: Partial<CommandResponse>,
): CommandResponse {
  // At most PROBLEMS_PER_CODE of a kind (core counts the rest in one line), then MAX_PROBLEMS.
  const sorted = capProblems(sortProblems(problems));
  return {
    command: request.command,
    ok: false,
    refused: false,
    writes: [],
    message: "",
    ...fields,
    problems: sorted.slice(0, MAX_PROBLEMS),
    moreProblems: Math.max(0, sorted.length - MAX_PROBLEMS),
  };
}

export function runCommand(deps: ServerDeps, request: CommandRequest): CommandResponse {
  const locale: Locale = request.locale === "en" ? "en" : "id";
  try {
    return execute(deps, request, locale);
  } catch (e) {
    // An unexpected failure is still reported as a value the sidebar can show.
    const msg = e instanceof Error ? e.message : String(e);
    const p = problem(
      "error",
      "sheets.exception",
      `Galat tak terduga: ${msg}`,
      `Unexpected error: ${msg}`,
    );
    return respond(request, [p], {
      refused: true,
      message: `${t("sheets.failed", locale)}: ${locale === "en" ? p.messageEn : p.message}`,
    });
  }
}

function execute(deps: ServerDeps, request: CommandRequest, locale: Locale): CommandResponse {
  const { app, core } = deps;
  if (request.command === "template") {
    const year = deps.thisYear();
    const startYear = request.startYear ?? year;
    const endYear = request.endYear ?? startYear + 2;
    const plans = core.template({
      statementSet: request.statementSet ?? "juknis22",
      startYear,
      endYear,
      instansi: request.instansi ?? "",
    });
    // Only the sheet names matter (a fresh one, compared without letter case by core).
    const snapshot = readWorkbookGrids(app, "names");
    return write(app, snapshot, plans, request, [], locale, undefined);
  }

  const snapshot = readWorkbookGrids(app, request.scope ?? "workbook");
  const opts: CommandOptions = {};
  if (request.granularity) opts.granularity = request.granularity;
  if (request.statementSet) opts.statementSet = request.statementSet;
  if (request.targetLevel !== undefined) opts.targetLevel = request.targetLevel;
  if (request.semester) opts.semester = request.semester;

  if (request.command === "analyze") {
    const { analysis } = core.analyze(snapshot.grids, opts);
    const ok = !hasErrors(analysis.problems);
    const summary = summarize(analysis);
    const errors = analysis.problems.filter((p) => p.severity === "error").length;
    const warnings = analysis.problems.length - errors;
    const message =
      analysis.problems.length === 0
        ? `${t("sheets.analyzed", locale)}. ${t("status.noProblems", locale)}`
        : `${t("sheets.analyzed", locale)}: ${errors} ${t("sev.error", locale).toLowerCase()}, ` +
          `${warnings} ${t("sev.warning", locale).toLowerCase()}. ${t("sheets.readOnly", locale)}`;
    return respond(request, analysis.problems, { ok, summary, message });
  }

  const fn: PlanFn | MonevFn | undefined = core[request.command];
  if (!fn) throw new Error(`no core command ${request.command}`);
  const result = fn(snapshot.grids, opts);
  const report = (result as { report?: MonevReport | null }).report;
  const summary = summarize(result.analysis);
  const monev = report ? monevSummary(report) : undefined;
  if (result.refused) {
    return respond(request, result.problems, {
      refused: true,
      summary,
      ...(monev ? { monev } : {}),
      message: t("status.nothingWritten", locale),
    });
  }
  const res = write(app, snapshot, result.plans, request, result.problems, locale, summary);
  return monev ? { ...res, monev } : res;
}

/** The Monev report of one semester as the sidebar shows it (core's numbers, nothing computed). */
export function monevSummary(r: MonevReport): MonevSummary {
  const s = r.semester;
  return {
    semester: s,
    semesters: r.semesters,
    overall: r.overall[s] ?? null,
    byAspect: r.byAspect.map((a) => ({
      key: a.key,
      name: a.name,
      planned: a.counts[s]?.planned ?? 0,
      selesai: a.counts[s]?.selesai ?? 0,
      selesaiPct: a.counts[s]?.selesaiPct ?? null,
    })),
    lagging: r.lagging
      .slice(0, MAX_LAGGING)
      .map((l) => ({ code: l.code, title: l.title, status: l.status, cell: l.cell ?? null })),
    moreLagging: Math.max(0, r.lagging.length - MAX_LAGGING),
  };
}

function write(
  app: SpreadsheetAppPort,
  snapshot: ReturnType<typeof readWorkbookGrids>,
  plans: readonly SheetPlan[],
  request: CommandRequest,
  coreProblems: readonly Problem[],
  locale: Locale,
  summary: AnalysisSummary | undefined,
): CommandResponse {
  const resolved = resolveWrites(snapshot, plans);
  const rendered = renderPlans(app, snapshot, resolved);
  if (!rendered.ok) {
    return respond(request, [...rendered.problems, ...coreProblems], {
      refused: true,
      summary,
      message: t("status.nothingWritten", locale),
    });
  }
  // The sheet core says to show: a new sheet is already the active one (insertSheet), a
  // rebuilt one is brought to the front.
  const shown = resolved.writes.find((w) => w.sheet === resolved.activate);
  if (shown?.action === "rebuild") {
    snapshot.sheets.find((s) => s.name === shown.sheet)?.sheet.activate();
  }
  return respond(request, [...rendered.problems, ...coreProblems], {
    ok: true,
    writes: rendered.reports,
    summary,
    message: describeWrites(rendered.reports, locale),
  });
}

/** Activates a problem's cell ("Matriks!D14", "'Matriks Asesmen'!C5:F5"). */
export function selectCell(app: SpreadsheetAppPort, ref: string): SelectResult {
  const first = ref.split(":")[0];
  const parsed = parseA1(first);
  if (!parsed || !parsed.sheet) {
    return {
      ok: false,
      cell: ref,
      message: "Alamat sel tidak dikenali / Cell address not recognised",
    };
  }
  try {
    app.getActiveSpreadsheet().getRange(ref).activate();
    return { ok: true, cell: ref, message: "" };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, cell: ref, message: msg };
  }
}

/** The sheet each command writes, for the sidebar's "before" line. */
export const COMMAND_TARGET: Record<CommandRequest["command"], string | null> = {
  template: null,
  analyze: null,
  fill: MANAGED_SHEETS.result,
  chart: MANAGED_SHEETS.result,
  timeline: MANAGED_SHEETS.timeline,
  monev: MANAGED_SHEETS.monev,
};
