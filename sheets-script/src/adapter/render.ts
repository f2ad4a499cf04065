import { MARKER_PREFIX } from "../../../core/api/types";
import { a1, sheetRange } from "../../../core/grid";
import { planBlocks } from "../../../core/layout/blocks";
import type {
  ChartSpec,
  ConditionalFormatSpec,
  ConditionalRule,
  PlanMode,
  RangeRef,
  SheetPlan,
  ValidationSpec,
} from "../../../core/layout/sheet-plan";
import { problem, type Problem } from "../../../core/problem";
import type {
  Cell,
  ConditionalFormatRuleBuilderPort,
  ConditionalFormatRuleLike,
  DataValidationLike,
  RangePort,
  SheetPort,
  SpreadsheetAppPort,
} from "./ports";
import type { SheetEntry, WorkbookSnapshot } from "./read";

/**
 * Renders core SheetPlans with SpreadsheetApp, one call per property per block whatever the size:
 * getRange once, then setNumberFormats / setValues / setBackgrounds / setFontWeights / ... once
 * each (only the properties the plan uses), borders through one RangeList, validations through
 * one setDataValidations, conditional formats through one setConditionalFormatRules, the chart
 * replaced (removeChart + insertChart), never duplicated.
 *
 * A managed sheet (MANAGED_SHEETS, A1 starting with MARKER_PREFIX) is cleared and rewritten in
 * place, so formulas elsewhere that point at it keep working. A same-named sheet that Renaksi did
 * not make is never touched: the whole command is refused before the first write.
 *
 * @example
 *   const out = renderPlans(SpreadsheetApp, readWorkbookGrids(SpreadsheetApp), fill(grids).plans);
 *   out.reports[0] // { sheet: "Hasil Renaksi", range: "'Hasil Renaksi'!A1:L48", cells: 402, ... }
 */
export interface WriteReport {
  sheet: string;
  mode: PlanMode;
  /** A1 rectangle written ("'Hasil Renaksi'!A1:L48"); "" when the plan only decorates. */
  range: string;
  cells: number;
  formulas: number;
  validations: number;
  conditionalFormats: number;
  charts: number;
  /** True when an existing Renaksi sheet was cleared and rewritten (not created). */
  replaced: boolean;
}

export interface RenderResult {
  /** False when a pre-check refused the whole write (nothing was written). */
  ok: boolean;
  reports: WriteReport[];
  problems: Problem[];
}

/** Merges beyond this many are skipped with a warning (each costs 2 calls). */
export const MAX_MERGES = 3;

/** Column width in characters (plan) -> pixels (Sheets). */
export const charsToPixels = (chars: number): number => Math.round(chars * 7 + 10);

/** Checks every plan against the workbook before anything is written. */
export function precheck(snapshot: WorkbookSnapshot, plans: readonly SheetPlan[]): Problem[] {
  const out: Problem[] = [];
  for (const plan of plans) {
    const entry = snapshot.sheets.find((s) => s.name === plan.sheet);
    if (plan.mode === "replace" && entry && !entry.managed) {
      out.push(
        problem(
          "error",
          "sheets.notManaged",
          `Lembar "${plan.sheet}" sudah ada dan bukan buatan Renaksi (A1 tidak diawali "${MARKER_PREFIX}"); ` +
            "tidak ada yang ditulis. Ganti nama lembar itu lalu ulangi.",
          `Sheet "${plan.sheet}" already exists and was not made by Renaksi (A1 does not start with ` +
            `"${MARKER_PREFIX}"); nothing was written. Rename that sheet and run again.`,
          sheetRange(plan.sheet, 1, 1, 1, 1),
        ),
      );
    }
    if (plan.mode === "overlay" && !entry) {
      out.push(
        problem(
          "error",
          "sheets.missingSheet",
          `Lembar "${plan.sheet}" tidak ditemukan; tidak ada yang ditulis.`,
          `Sheet "${plan.sheet}" was not found; nothing was written.`,
        ),
      );
    }
  }
  return out;
}

export function renderPlans(
  app: SpreadsheetAppPort,
  snapshot: WorkbookSnapshot,
  plans: readonly SheetPlan[],
): RenderResult {
  const refused = precheck(snapshot, plans);
  if (refused.length > 0) return { ok: false, reports: [], problems: refused };
  const rules = new RuleCache(app);
  const reports: WriteReport[] = [];
  const problems: Problem[] = [];
  for (const plan of plans) {
    const r = renderPlan(snapshot, plan, rules);
    reports.push(r.report);
    problems.push(...r.problems);
  }
  return { ok: true, reports, problems };
}

/** A fresh name for a "new" plan: "Renaksi", then "Renaksi (2)", "Renaksi (3)", ... */
export function freeSheetName(taken: readonly string[], wanted: string): string {
  if (!taken.includes(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!taken.includes(name)) return name;
  }
}

/** One data-validation / conditional-format builder per distinct rule (builders are cached). */
class RuleCache {
  private validations = new Map<string, DataValidationLike>();
  constructor(private readonly app: SpreadsheetAppPort) {}

  validation(spec: ValidationSpec): DataValidationLike {
    const key = JSON.stringify([spec.list, spec.message]);
    let rule = this.validations.get(key);
    if (!rule) {
      rule = this.app
        .newDataValidation()
        .requireValueInList(spec.list, true)
        .setAllowInvalid(false)
        .setHelpText(spec.message)
        .build();
      this.validations.set(key, rule);
    }
    return rule;
  }

  conditional(ranges: RangePort[], rule: ConditionalRule): ConditionalFormatRuleLike {
    let b: ConditionalFormatRuleBuilderPort = this.app.newConditionalFormatRule().setRanges(ranges);
    b = applyCondition(b, rule).setBackground(rule.fill);
    if (rule.fontColor) b = b.setFontColor(rule.fontColor);
    return b.build();
  }
}

function applyCondition(
  b: ConditionalFormatRuleBuilderPort,
  rule: ConditionalRule,
): ConditionalFormatRuleBuilderPort {
  switch (rule.type) {
    case "textEquals":
      return b.whenTextEqualTo(rule.text);
    case "notBlank":
      return b.whenCellNotEmpty();
    case "cellIs": {
      const [v0, v1] = rule.values;
      switch (rule.operator) {
        case "lessThan":
          return b.whenNumberLessThan(v0);
        case "lessThanOrEqual":
          return b.whenNumberLessThanOrEqualTo(v0);
        case "greaterThan":
          return b.whenNumberGreaterThan(v0);
        case "greaterThanOrEqual":
          return b.whenNumberGreaterThanOrEqualTo(v0);
        case "between":
          return b.whenNumberBetween(v0, v1 ?? v0);
        case "equal":
          return b.whenNumberEqualTo(v0);
      }
    }
  }
}

const inside = (r: RangeRef, box: RangeRef): boolean =>
  r.row >= box.row &&
  r.col >= box.col &&
  r.row + r.rows <= box.row + box.rows &&
  r.col + r.cols <= box.col + box.cols;

const any2d = <T>(grid: T[][], pred: (v: T) => boolean): boolean =>
  grid.some((row) => row.some(pred));

const rangeA1 = (r: RangeRef): string =>
  r.rows === 1 && r.cols === 1
    ? a1(r.row, r.col)
    : `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;

/** Leading spaces per indent level: Sheets has no indent property, so the tree shows in the text. */
export const INDENT = "    ";

function renderPlan(
  snapshot: WorkbookSnapshot,
  plan: SheetPlan,
  rules: RuleCache,
): { report: WriteReport; problems: Problem[] } {
  const problems: Problem[] = [];
  plan = withMarker(plan);
  let entry: SheetEntry | undefined = snapshot.sheets.find((s) => s.name === plan.sheet);
  let name = plan.sheet;
  let replaced = false;
  if (plan.mode === "new" || !entry) {
    if (plan.mode === "new") {
      name = freeSheetName(
        snapshot.sheets.map((s) => s.name),
        plan.sheet,
      );
    }
    const sheet = snapshot.ss.insertSheet(name);
    entry = { sheet, name, managed: plan.mode !== "new" };
    snapshot.sheets.push(entry);
  } else if (plan.mode === "replace") {
    replaced = true;
    // Everything the previous run wrote sits inside its data range: clear it in one call.
    entry.range?.clear({
      contentsOnly: true,
      formatOnly: true,
      validationsOnly: true,
      commentsOnly: true,
    });
    if (plan.merges.length > 0) entry.range?.breakApart();
  }
  const sheet = entry.sheet;
  const report: WriteReport = {
    sheet: name,
    mode: plan.mode,
    range: "",
    cells: 0,
    formulas: 0,
    validations: plan.validations.length,
    conditionalFormats: plan.conditionalFormats.length,
    charts: plan.charts.length,
    replaced,
  };

  const blocks = plan.mode === "overlay" ? null : planBlocks(plan);
  const validationsLeft: ValidationSpec[] = [...plan.validations];
  if (blocks) {
    const box = blocks.range;
    const blockRange = sheet.getRange(box.row, box.col, box.rows, box.cols);
    const values = blocks.values.map((row) => row.map((v) => v as Cell));
    const vertical: (string | null)[][] = blocks.values.map((row) => row.map(() => null));
    let hasVertical = false;
    for (const c of plan.cells) {
      const r = c.row - box.row;
      const k = c.col - box.col;
      if (c.formula !== undefined) report.formulas++;
      const indent = c.style?.indent ?? 0;
      if (indent > 0 && typeof values[r][k] === "string" && c.formula === undefined) {
        values[r][k] = INDENT.repeat(indent) + String(values[r][k]);
      }
      if (c.style?.vertical) {
        vertical[r][k] = c.style.vertical;
        hasVertical = true;
      }
    }
    // Text stays text ("1.1.1" is a code, not a date): plain-text format unless the plan says.
    const formats = blocks.numberFormats.map((row, r) =>
      row.map((f, k) => {
        if (f) return f;
        const v = values[r][k];
        return typeof v === "string" && !v.startsWith("=") ? "@" : "General";
      }),
    );
    blockRange.setNumberFormats(formats);
    blockRange.setValues(values);
    if (any2d(blocks.backgrounds, (v) => v !== null)) blockRange.setBackgrounds(blocks.backgrounds);
    if (any2d(blocks.bold, Boolean)) {
      blockRange.setFontWeights(blocks.bold.map((row) => row.map((b) => (b ? "bold" : "normal"))));
    }
    if (any2d(blocks.italic, Boolean)) {
      blockRange.setFontStyles(
        blocks.italic.map((row) => row.map((b) => (b ? "italic" : "normal"))),
      );
    }
    if (any2d(blocks.fontColors, (v) => v !== null)) blockRange.setFontColors(blocks.fontColors);
    if (any2d(blocks.wrap, Boolean)) blockRange.setWraps(blocks.wrap);
    if (any2d(blocks.horizontal, (v) => v !== null)) {
      blockRange.setHorizontalAlignments(blocks.horizontal.map((row) => row.map((h) => h ?? null)));
    }
    if (hasVertical) blockRange.setVerticalAlignments(vertical);
    if (blocks.notes.length > 0) {
      const notes: (string | null)[][] = blocks.values.map((row) => row.map(() => null));
      for (const n of blocks.notes) notes[n.row - box.row][n.col - box.col] = n.text;
      blockRange.setNotes(notes);
    }
    if (blocks.borders.length > 0) {
      sheet.getRangeList(blocks.borders.map(rangeA1)).setBorder(true, true, true, true, true, true);
    }
    // Validations inside the block: one setDataValidations for all of them.
    const inBlock = plan.validations.filter((v) => inside(v.range, box));
    if (inBlock.length > 0) {
      const grid: (DataValidationLike | null)[][] = blocks.values.map((row) => row.map(() => null));
      for (const v of inBlock) {
        const rule = rules.validation(v);
        for (let r = 0; r < v.range.rows; r++) {
          for (let k = 0; k < v.range.cols; k++) {
            grid[v.range.row - box.row + r][v.range.col - box.col + k] = rule;
          }
        }
      }
      blockRange.setDataValidations(grid);
      validationsLeft.splice(
        0,
        validationsLeft.length,
        ...plan.validations.filter((v) => !inBlock.includes(v)),
      );
    }
    report.range = sheetRange(name, box.row, box.col, box.rows, box.cols);
    report.cells = plan.cells.length;
  }

  // Validations outside the written block (overlays on the user's own cells): the bounding box
  // is read once, ours are merged in, the user's other validations are written back unchanged.
  if (validationsLeft.length > 0) {
    const box = boundingBox(validationsLeft.map((v) => v.range));
    const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
    const grid = range.getDataValidations();
    for (const v of validationsLeft) {
      const rule = rules.validation(v);
      for (let r = 0; r < v.range.rows; r++) {
        for (let k = 0; k < v.range.cols; k++) {
          grid[v.range.row - box.row + r][v.range.col - box.col + k] = rule;
        }
      }
    }
    range.setDataValidations(grid);
  }

  if (plan.conditionalFormats.length > 0 || replaced) {
    const fresh = buildConditionals(sheet, plan.conditionalFormats, rules);
    if (plan.mode === "overlay") {
      const ours = new Set(plan.conditionalFormats.map((cf) => rangeA1(cf.range)));
      const kept = sheet
        .getConditionalFormatRules()
        .filter((rule) => !rule.getRanges().every((r) => ours.has(r.getA1Notation())));
      sheet.setConditionalFormatRules([...kept, ...fresh]);
    } else {
      sheet.setConditionalFormatRules(fresh);
    }
  }

  const merges = plan.merges.slice(0, MAX_MERGES);
  if (merges.length > 0) {
    for (const m of sheet.getRangeList(merges.map(rangeA1)).getRanges()) m.merge();
  }
  if (plan.merges.length > MAX_MERGES) {
    problems.push(
      problem(
        "warning",
        "sheets.mergesSkipped",
        `${plan.merges.length - MAX_MERGES} penggabungan sel di "${name}" dilewati (batas ${MAX_MERGES} per lembar).`,
        `${plan.merges.length - MAX_MERGES} cell merges on "${name}" were skipped (limit ${MAX_MERGES} per sheet).`,
      ),
    );
  }

  for (const run of widthRuns(plan.columnWidths)) {
    sheet.setColumnWidths(run.col, run.count, charsToPixels(run.width));
  }
  if (plan.frozen) {
    if (plan.frozen.rows > 0 || replaced) sheet.setFrozenRows(plan.frozen.rows);
    if (plan.frozen.cols > 0 || replaced) sheet.setFrozenColumns(plan.frozen.cols);
  }
  if (plan.charts.length > 0) renderCharts(sheet, plan.charts);
  return { report, problems };
}

/** The marker text is written in its cell even when the plan lists it only in `marker`. */
export function withMarker(plan: SheetPlan): SheetPlan {
  const m = plan.marker;
  if (!m || plan.cells.some((c) => c.row === m.row && c.col === m.col)) return plan;
  return { ...plan, cells: [{ row: m.row, col: m.col, value: m.text }, ...plan.cells] };
}

/**
 * Conditional formats: every range fetched through one RangeList, and specs with the same rule
 * list share one rule per condition (a Sheets rule may cover several ranges), so the number of
 * builders does not grow with the number of tables.
 */
function buildConditionals(
  sheet: SheetPort,
  specs: readonly ConditionalFormatSpec[],
  rules: RuleCache,
): ConditionalFormatRuleLike[] {
  if (specs.length === 0) return [];
  const ranges = sheet.getRangeList(specs.map((cf) => rangeA1(cf.range))).getRanges();
  const groups = new Map<string, { rules: ConditionalRule[]; ranges: RangePort[] }>();
  specs.forEach((cf, i) => {
    const key = JSON.stringify(cf.rules);
    const g = groups.get(key);
    if (g) g.ranges.push(ranges[i]);
    else groups.set(key, { rules: cf.rules, ranges: [ranges[i]] });
  });
  return [...groups.values()].flatMap((g) =>
    g.rules.map((rule) => rules.conditional(g.ranges, rule)),
  );
}

export function boundingBox(ranges: readonly RangeRef[]): RangeRef {
  const row = Math.min(...ranges.map((r) => r.row));
  const col = Math.min(...ranges.map((r) => r.col));
  const row1 = Math.max(...ranges.map((r) => r.row + r.rows));
  const col1 = Math.max(...ranges.map((r) => r.col + r.cols));
  return { row, col, rows: row1 - row, cols: col1 - col };
}

/** Consecutive columns with the same width -> one setColumnWidths call. */
export function widthRuns(
  widths: readonly { col: number; width: number }[],
): { col: number; count: number; width: number }[] {
  const sorted = [...widths].sort((a, b) => a.col - b.col);
  const out: { col: number; count: number; width: number }[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && last.col + last.count === w.col && last.width === w.width) last.count++;
    else out.push({ col: w.col, count: 1, width: w.width });
  }
  return out;
}

/** Removes the charts a previous run made (same title), then inserts the planned ones. */
function renderCharts(sheet: SheetPort, charts: readonly ChartSpec[]): void {
  const titles = new Set(charts.map((c) => c.title));
  for (const existing of sheet.getCharts()) {
    const title = existing.getOptions().get("title");
    if (typeof title === "string" && titles.has(title)) sheet.removeChart(existing);
  }
  for (const spec of charts) {
    const [categories, ...series] = sheet
      .getRangeList([spec.categories, ...spec.series.map((s) => s.values)].map(rangeA1))
      .getRanges();
    let b = sheet.newChart();
    b = spec.type === "bar" ? b.asBarChart() : b.asColumnChart();
    b = b.addRange(categories);
    for (const s of series) b = b.addRange(s);
    const axis = spec.type === "bar" ? "hAxis" : "vAxis";
    b = b
      .setNumHeaders(0)
      .setTransposeRowsAndColumns(false)
      .setPosition(spec.anchor.row, spec.anchor.col, 0, 0)
      .setOption("title", spec.title)
      .setOption("legend", { position: spec.series.length > 1 ? "right" : "none" })
      .setOption("width", spec.anchor.widthCols * 100)
      .setOption("height", spec.anchor.heightRows * 21);
    if (spec.axisMin !== undefined) b = b.setOption(`${axis}.viewWindow.min`, spec.axisMin);
    if (spec.axisMax !== undefined) b = b.setOption(`${axis}.viewWindow.max`, spec.axisMax);
    sheet.insertChart(b.build());
  }
}
