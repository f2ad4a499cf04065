/**
 * The five taskpane commands, each one `Excel.run` with at most two `context.sync()`: load the
 * workbook, compute in core, queue every write, sync. The core is passed in (the taskpane passes
 * core/index.ts) so the orchestration has no domain logic of its own.
 *
 * @example
 *   const out = await runCommand("fill", { scope: "workbook", options: {} }, core, officeHost());
 *   out.refused   // true when core found errors: nothing was written, out.problems lists them
 *   out.written   // [{ sheet: "Hasil Renaksi", address: "'Hasil Renaksi'!A1:K40", formulas: 58, ... }]
 */
import {
  type AnalyzeFn,
  type CommandOptions,
  type PlanFn,
  type MonevFn,
  type MonevReport,
  type TemplateFn,
  type TemplateOptions,
  type Analysis,
  type RenaksiDocument,
  hasErrors,
  type Problem,
  resolveWrites,
} from "../../core";
import {
  gridsInScope,
  labelProblem,
  queueRead,
  queueRender,
  readByNames,
  splitCellRef,
  type WorkbookSnapshot,
  type WrittenSheet,
} from "./adapter";
import { officeFeatures, type Features } from "./features";

export const COMMANDS = ["template", "analyze", "fill", "chart", "timeline", "monev"] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CoreApi {
  analyze: AnalyzeFn;
  fill: PlanFn;
  chart: PlanFn;
  timeline: PlanFn;
  /** Optional: a host test may wire only the commands it drives. */
  monev?: MonevFn;
  template: TemplateFn;
}

export interface Host {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  features: Features;
}

/** The real Excel. */
export function officeHost(): Host {
  return { run: (batch) => Excel.run(batch), features: officeFeatures() };
}

export interface CommandInput {
  /** Which sheets are read: the active one (plus Renaksi's own sheets) or all. */
  scope: "active" | "workbook";
  options: CommandOptions;
  /** Needed by "template" only. */
  template?: TemplateOptions;
}

/** Where a command is about to write, shown before the write sync. */
export interface PlannedWrite {
  sheet: string;
  mode: "replace" | "new" | "overlay";
  address: string;
  cells: number;
}

export interface CommandOutcome {
  command: CommandName;
  /** True when nothing was written because of errors. */
  refused: boolean;
  /** Core's problems plus the adapter's (refusals, skipped features). */
  problems: Problem[];
  analysis?: Analysis;
  doc?: RenaksiDocument;
  planned: PlannedWrite[];
  written: WrittenSheet[];
  /** Sheets whose cells were read. */
  read: string[];
  /** `context.sync()` calls this command made. */
  syncs: number;
  /** The Monev command's report of one semester (core's numbers; cells in "Monev Renaksi"). */
  monev?: MonevReport;
}

export interface Hooks {
  /** Called after compute, before the write sync. */
  beforeWrite?: (planned: PlannedWrite[]) => void;
}

/** Run one command in one `Excel.run`. */
export async function runCommand(
  command: CommandName,
  input: CommandInput,
  core: CoreApi,
  host: Host,
  hooks: Hooks = {},
): Promise<CommandOutcome> {
  return host.run(async (context) => {
    let syncs = 0;
    const notes: Problem[] = [];
    let wb: WorkbookSnapshot;
    if (host.features.sheetWalk) {
      const snapshot = queueRead(context, {
        values: command !== "template",
        shapes: host.features.shapes,
      });
      try {
        syncs++;
        await context.sync();
        wb = snapshot();
      } catch {
        // An Excel that refuses the one-step sheet walk: sheet list first (one more sync).
        wb = await readByNames(context, {
          orNullObject: host.features.usedRangeOrNull,
          shapes: host.features.shapes,
        });
        syncs += 2;
        notes.push(labelProblem("warning", "excel.fallbackRead", {}));
      }
    } else {
      // ExcelApi < 1.5 (Office 2016): no sheet walk, the sheet list takes its own sync.
      wb = await readByNames(context, {
        orNullObject: host.features.usedRangeOrNull,
        shapes: host.features.shapes,
      });
      syncs += 2;
      notes.push(labelProblem("warning", "excel.fallbackRead", {}));
    }
    if (wb.truncated)
      notes.push(labelProblem("warning", "excel.warn.truncated", { n: wb.sheets.length }));
    const grids = command === "template" ? [] : gridsInScope(wb, input.scope);
    const base = {
      command,
      planned: [] as PlannedWrite[],
      written: [] as WrittenSheet[],
      read: grids.map((g) => g.sheet),
    };
    if (command === "analyze") {
      const { doc, analysis } = core.analyze(grids, input.options);
      return {
        ...base,
        refused: false,
        problems: [...analysis.problems, ...notes],
        analysis,
        doc,
        syncs,
      };
    }
    let plans;
    let analysis: Analysis | undefined;
    let coreProblems: Problem[] = [];
    let monev: MonevReport | undefined;
    if (command === "template") {
      if (!input.template) throw new TypeError("template options are required");
      plans = core.template(input.template);
    } else {
      const fn: PlanFn | MonevFn | undefined = core[command];
      if (!fn) throw new TypeError(`no core command ${command}`);
      const res = fn(grids, input.options);
      analysis = res.analysis;
      monev = (res as { report?: MonevReport | null }).report ?? undefined;
      if (res.refused || hasErrors(res.problems)) {
        return {
          ...base,
          refused: true,
          problems: [...res.problems, ...notes],
          analysis,
          syncs,
          ...(monev ? { monev } : {}),
        };
      }
      plans = res.plans;
      coreProblems = res.problems;
    }
    const resolved = resolveWrites(wb, plans);
    if (resolved.refused) {
      return {
        ...base,
        refused: true,
        problems: [...resolved.problems, ...coreProblems, ...notes],
        analysis,
        syncs,
      };
    }
    const planned: PlannedWrite[] = resolved.writes.map((w) => ({
      sheet: w.sheet,
      mode: w.plan.mode,
      address: w.address,
      cells: w.cellCount,
    }));
    hooks.beforeWrite?.(planned);
    const report = queueRender(context, resolved, host.features);
    syncs++;
    await context.sync();
    return {
      ...base,
      refused: false,
      problems: [...coreProblems, ...resolved.problems, ...report.notes, ...notes],
      analysis,
      planned,
      written: report.written,
      syncs,
      ...(monev ? { monev } : {}),
    };
  });
}

/** Select the cell a problem names ("Matriks!D14"), activating its sheet: one sync. */
export async function selectCell(host: Host, ref: string): Promise<void> {
  const { sheet, address } = splitCellRef(ref);
  await host.run(async (context) => {
    const ws = sheet
      ? context.workbook.worksheets.getItem(sheet)
      : context.workbook.worksheets.getActiveWorksheet();
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
