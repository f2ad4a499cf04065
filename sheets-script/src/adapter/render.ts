import { MARKER_PREFIX } from "../../../core/api/types";
import { a1, sheetRange } from "../../../core/grid";
import { planBlocks, type PlanBlocks } from "../../../core/layout/blocks";
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
  DataValidationBuilderPort,
  DataValidationLike,
  RangePort,
  SheetPort,
  SpreadsheetAppPort,
  TextStyleLike,
} from "./ports";
import type { SheetEntry, WorkbookSnapshot } from "./read";

/**
 * Renders core SheetPlans with SpreadsheetApp, one call per property per block whatever the size:
 * every range object the plan needs fetched at once (getRange, or one getRangeList + getRanges),
 * then setNumberFormats / setValues / setBackgrounds / setTextStyles / ... once each (only the
 * properties the plan uses), borders through one RangeList, validations through one
 * setDataValidations, conditional formats through one setConditionalFormatRules, column widths in
 * the fewest setColumnWidths, merges grouped (mergeAcross / mergeVertically), the chart replaced
 * (removeChart + insertChart), never duplicated. Builder factories are called once per command.
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

/**
 * Merge calls per sheet (merge / mergeAcross / mergeVertically, one call can make several
 * merges); merges beyond are skipped with a warning.
 */
export const MAX_MERGE_CALLS = 3;

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
export function freeSheetName(
  taken: readonly string[] | ((name: string) => boolean),
  wanted: string,
): string {
  const isTaken = typeof taken === "function" ? taken : (n: string) => taken.includes(n);
  if (!isTaken(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!isTaken(name)) return name;
  }
}

/**
 * Builders, one factory call per kind per command: the first rule of a kind creates a base
 * builder (SpreadsheetApp.newDataValidation / newConditionalFormatRule / newTextStyle), every rule
 * is then built from `base.copy()` with all its settings, so nothing leaks from one rule to the
 * next. Built validations and text styles are cached per distinct rule.
 */
class RuleCache {
  private validationBase: DataValidationBuilderPort | undefined;
  private conditionalBase: ConditionalFormatRuleBuilderPort | undefined;
  private textBase: TextStyleLike | undefined;
  private readonly validations = new Map<string, DataValidationLike>();
  private readonly textStyles = new Map<string, TextStyleLike>();
  constructor(private readonly app: SpreadsheetAppPort) {}

  validation(spec: ValidationSpec): DataValidationLike {
    const key = JSON.stringify([spec.list, spec.message]);
    let rule = this.validations.get(key);
    if (!rule) {
      this.validationBase ??= this.app.newDataValidation();
      rule = this.validationBase
        .copy()
        .requireValueInList(spec.list, true)
        .setAllowInvalid(false)
        .setHelpText(spec.message)
        .build();
      this.validations.set(key, rule);
    }
    return rule;
  }

  conditional(ranges: RangePort[], rule: ConditionalRule): ConditionalFormatRuleLike {
    this.conditionalBase ??= this.app.newConditionalFormatRule();
    let b = this.conditionalBase.copy().setRanges(ranges);
    b = applyCondition(b, rule).setBackground(rule.fill);
    // null removes a font colour a copied builder could carry.
    b = b.setFontColor(rule.fontColor ?? null);
    return b.build();
  }

  /** Calls setTextStyles costs here: itself, plus the factory the first time in the command. */
  textStylesCost(): number {
    return this.textBase ? 1 : 2;
  }

  /**
   * The text style of a cell. A null colour is left unset: the block was just created or
   * cleared, so the cell keeps the default colour.
   */
  textStyle(bold: boolean, italic: boolean, color: string | null): TextStyleLike {
    const key = `${bold ? 1 : 0}${italic ? 1 : 0}${color ?? ""}`;
    let style = this.textStyles.get(key);
    if (!style) {
      this.textBase ??= this.app.newTextStyle().build();
      let b = this.textBase.copy().setBold(bold).setItalic(italic);
      if (color) b = b.setForegroundColor(color);
      style = b.build();
      this.textStyles.set(key, style);
    }
    return style;
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

/**
 * The ranges a plan needs as objects (the block, the previous run's data to clear, validation
 * boxes, conditional-format ranges, merges, chart ranges), fetched in one go: getRange when
 * there is one, else one getRangeList + getRanges for all of them.
 */
class RangeBag {
  private readonly refs: RangeRef[] = [];
  private readonly index = new Map<string, number>();
  private ranges: RangePort[] | undefined;
  constructor(private readonly sheet: SheetPort) {}

  add(ref: RangeRef): number {
    const a1ref = rangeA1(ref);
    let i = this.index.get(a1ref);
    if (i === undefined) {
      i = this.refs.length;
      this.refs.push(ref);
      this.index.set(a1ref, i);
    }
    return i;
  }

  get(i: number): RangePort {
    if (!this.ranges) {
      if (this.refs.length === 1) {
        const r = this.refs[0];
        this.ranges = [this.sheet.getRange(r.row, r.col, r.rows, r.cols)];
      } else {
        this.ranges = this.sheet.getRangeList(this.refs.map(rangeA1)).getRanges();
      }
    }
    return this.ranges[i];
  }
}

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
  let inserted = false;
  if (plan.mode === "new" || !entry) {
    if (plan.mode === "new") name = freeSheetName(snapshot.isTaken, plan.sheet);
    const sheet = snapshot.ss.insertSheet(name);
    entry = { sheet, name, managed: plan.mode !== "new" };
    snapshot.sheets.push(entry);
    inserted = true;
  } else if (plan.mode === "replace") {
    replaced = true;
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

  // Every range object this plan needs, registered first and fetched in one call.
  const bag = new RangeBag(sheet);
  const blocks = plan.mode === "overlay" ? null : planBlocks(plan);
  const box = blocks?.range;
  const blockAt = box ? bag.add(box) : -1;
  const old = entry.extent;
  const clearAt =
    replaced && old ? bag.add({ row: 1, col: 1, rows: old.rows, cols: old.cols }) : -1;
  const inBlock = box ? plan.validations.filter((v) => inside(v.range, box)) : [];
  const validationsLeft = plan.validations.filter((v) => !inBlock.includes(v));
  const leftBox =
    validationsLeft.length > 0 ? boundingBox(validationsLeft.map((v) => v.range)) : null;
  const leftAt = leftBox ? bag.add(leftBox) : -1;
  const cfAt = plan.conditionalFormats.map((cf) => bag.add(cf.range));
  const groups = mergeGroups(plan.merges);
  const kept = groups.slice(0, MAX_MERGE_CALLS);
  const mergeAt = kept.map((g) => bag.add(g.range));
  const chartAt = plan.charts.map((c) =>
    [c.categories, ...c.series.map((x) => x.values)].map((r) => bag.add(r)),
  );

  if (clearAt >= 0) {
    // Everything the previous run wrote sits inside its data range: clear it in one call.
    const previous = bag.get(clearAt);
    previous.clear({
      contentsOnly: true,
      formatOnly: true,
      validationsOnly: true,
      commentsOnly: true,
    });
    if (plan.merges.length > 0) previous.breakApart();
  }

  if (blocks && box) {
    const blockRange = bag.get(blockAt);
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
    writeTextStyles(blockRange, blocks, rules);
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
    if (inBlock.length > 0) {
      const grid: (DataValidationLike | null)[][] = blocks.values.map((row) => row.map(() => null));
      paintValidations(grid, box, inBlock, rules);
      blockRange.setDataValidations(grid);
    }
    report.range = sheetRange(name, box.row, box.col, box.rows, box.cols);
    report.cells = plan.cells.length;
  }

  // Validations outside the written block (overlays on the user's own cells): when ours cover
  // their whole bounding box there is nothing to keep; otherwise the box is read once and the
  // user's other validations are written back unchanged.
  if (leftBox) {
    const range = bag.get(leftAt);
    const grid = coversBox(
      leftBox,
      validationsLeft.map((v) => v.range),
    )
      ? Array.from({ length: leftBox.rows }, () =>
          new Array<DataValidationLike | null>(leftBox.cols).fill(null),
        )
      : range.getDataValidations();
    paintValidations(grid, leftBox, validationsLeft, rules);
    range.setDataValidations(grid);
  }

  if (plan.conditionalFormats.length > 0 || replaced) {
    const fresh = buildConditionals(
      plan.conditionalFormats,
      cfAt.map((i) => bag.get(i)),
      rules,
    );
    if (plan.mode === "overlay") {
      const ours = new Set(plan.conditionalFormats.map((cf) => rangeA1(cf.range)));
      const keptRules = sheet
        .getConditionalFormatRules()
        .filter((rule) => !rule.getRanges().every((r) => ours.has(r.getA1Notation())));
      sheet.setConditionalFormatRules([...keptRules, ...fresh]);
    } else {
      sheet.setConditionalFormatRules(fresh);
    }
  }

  kept.forEach((g, i) => {
    const range = bag.get(mergeAt[i]);
    if (g.method === "mergeAcross") range.mergeAcross();
    else if (g.method === "mergeVertically") range.mergeVertically();
    else range.merge();
  });
  const skipped = groups.slice(MAX_MERGE_CALLS).reduce((n, g) => n + g.merges.length, 0);
  if (skipped > 0) {
    problems.push(
      problem(
        "warning",
        "sheets.mergesSkipped",
        `${skipped} penggabungan sel di "${name}" dilewati (batas ${MAX_MERGE_CALLS} perintah gabung per lembar).`,
        `${skipped} cell merges on "${name}" were skipped (limit ${MAX_MERGE_CALLS} merge calls per sheet).`,
      ),
    );
  }

  for (const w of widthStrokes(plan.columnWidths)) {
    sheet.setColumnWidths(w.col, w.count, charsToPixels(w.width));
  }
  if (plan.frozen) {
    if (plan.frozen.rows > 0 || replaced) sheet.setFrozenRows(plan.frozen.rows);
    if (plan.frozen.cols > 0 || replaced) sheet.setFrozenColumns(plan.frozen.cols);
  }
  if (plan.charts.length > 0) {
    renderCharts(
      sheet,
      plan.charts,
      chartAt.map((ids) => ids.map((i) => bag.get(i))),
      inserted,
    );
  }
  return { report, problems };
}

/**
 * Bold, italic and font colour: one setTextStyles (plus one newTextStyle per command) when that
 * is fewer calls than the separate setFontWeights / setFontStyles / setFontColors the block
 * needs; a property that is the default everywhere is never written.
 */
function writeTextStyles(range: RangePort, blocks: PlanBlocks, rules: RuleCache): void {
  const bold = any2d(blocks.bold, Boolean);
  const italic = any2d(blocks.italic, Boolean);
  const color = any2d(blocks.fontColors, (v) => v !== null);
  const separate = Number(bold) + Number(italic) + Number(color);
  if (separate === 0) return;
  if (rules.textStylesCost() < separate) {
    range.setTextStyles(
      blocks.bold.map((row, r) =>
        row.map((b, k) => rules.textStyle(b, blocks.italic[r][k], blocks.fontColors[r][k])),
      ),
    );
    return;
  }
  if (bold) range.setFontWeights(blocks.bold.map((row) => row.map((b) => (b ? "bold" : "normal"))));
  if (italic) {
    range.setFontStyles(blocks.italic.map((row) => row.map((b) => (b ? "italic" : "normal"))));
  }
  if (color) range.setFontColors(blocks.fontColors);
}

function paintValidations(
  grid: (DataValidationLike | null)[][],
  box: RangeRef,
  specs: readonly ValidationSpec[],
  rules: RuleCache,
): void {
  for (const v of specs) {
    const rule = rules.validation(v);
    for (let r = 0; r < v.range.rows; r++) {
      for (let k = 0; k < v.range.cols; k++) {
        grid[v.range.row - box.row + r][v.range.col - box.col + k] = rule;
      }
    }
  }
}

/** True when the ranges together cover every cell of the box. */
export function coversBox(box: RangeRef, ranges: readonly RangeRef[]): boolean {
  const covered = Array.from({ length: box.rows }, () => new Array<boolean>(box.cols).fill(false));
  for (const r of ranges) {
    for (let i = 0; i < r.rows; i++) {
      for (let j = 0; j < r.cols; j++) covered[r.row - box.row + i][r.col - box.col + j] = true;
    }
  }
  return covered.every((row) => row.every(Boolean));
}

/** The marker text is written in its cell even when the plan lists it only in `marker`. */
export function withMarker(plan: SheetPlan): SheetPlan {
  const m = plan.marker;
  if (!m || plan.cells.some((c) => c.row === m.row && c.col === m.col)) return plan;
  return { ...plan, cells: [{ row: m.row, col: m.col, value: m.text }, ...plan.cells] };
}

/**
 * Conditional formats: specs with the same rule list share one rule per condition (a Sheets
 * rule may cover several ranges), so the number of rules does not grow with the number of tables.
 */
function buildConditionals(
  specs: readonly ConditionalFormatSpec[],
  ranges: readonly RangePort[],
  rules: RuleCache,
): ConditionalFormatRuleLike[] {
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

export interface WidthRun {
  col: number;
  count: number;
  width: number;
}

/** Consecutive columns with the same width -> one setColumnWidths call. */
export function widthRuns(widths: readonly { col: number; width: number }[]): WidthRun[] {
  const sorted = [...widths].sort((a, b) => a.col - b.col);
  const out: WidthRun[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && last.col + last.count === w.col && last.width === w.width) last.count++;
    else out.push({ col: w.col, count: 1, width: w.width });
  }
  return out;
}

/**
 * The fewest setColumnWidths calls, applied in order, that leave every planned column at its
 * width and touch no other column. Per stretch of adjacent planned columns: either one call per
 * run of equal widths, or one call setting the whole stretch to one width and then one call per
 * run of the other widths (fill: 6, 55, 12, 12, 14, 32, 14, 14, 14, 14 -> 5 calls, not 6).
 *
 * @example widthStrokes([{col:1,width:10},{col:2,width:60},{col:3,width:10}])
 *   // [{col:1,count:3,width:10},{col:2,count:1,width:60}]
 */
export function widthStrokes(widths: readonly { col: number; width: number }[]): WidthRun[] {
  const byCol = new Map<number, number>();
  for (const w of widths) byCol.set(w.col, w.width); // the last one given wins
  const cols = [...byCol.keys()].sort((a, b) => a - b);
  const out: WidthRun[] = [];
  let start = 0;
  for (let i = 1; i <= cols.length; i++) {
    if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
    const stretch = cols.slice(start, i).map((col) => ({ col, width: byCol.get(col)! }));
    start = i;
    let best = widthRuns(stretch);
    for (const base of new Set(stretch.map((w) => w.width))) {
      const rest = widthRuns(stretch.filter((w) => w.width !== base));
      // Runs of the other widths split by base columns stay separate calls.
      const strokes = [{ col: stretch[0].col, count: stretch.length, width: base }, ...rest];
      if (strokes.length < best.length) best = strokes;
    }
    out.push(...best);
  }
  return out;
}

export interface MergeGroup {
  /** The rectangle the call is made on. */
  range: RangeRef;
  method: "merge" | "mergeAcross" | "mergeVertically";
  /** The planned merges this call makes. */
  merges: RangeRef[];
}

/**
 * Planned merges as the fewest merge calls: side-by-side one-column merges over the same rows
 * are one mergeVertically (one merge per column), stacked one-row merges over the same columns
 * one mergeAcross (one merge per row); anything else is its own merge(). Plan order is kept.
 */
export function mergeGroups(merges: readonly RangeRef[]): MergeGroup[] {
  const out: MergeGroup[] = [];
  for (const m of merges) {
    if (m.rows === 1 && m.cols === 1) continue; // one cell: nothing to merge
    const vertical = m.cols === 1;
    const across = m.rows === 1;
    const g = out.find((x) => {
      const r = x.range;
      const first = x.merges[0];
      if (vertical && first.cols === 1) {
        return (
          r.row === m.row && r.rows === m.rows && (r.col + r.cols === m.col || m.col + 1 === r.col)
        );
      }
      if (across && first.rows === 1) {
        return (
          r.col === m.col && r.cols === m.cols && (r.row + r.rows === m.row || m.row + 1 === r.row)
        );
      }
      return false;
    });
    if (!g) {
      out.push({ range: { ...m }, method: "merge", merges: [m] });
      continue;
    }
    g.range = boundingBox([g.range, m]);
    g.merges.push(m);
    g.method = vertical ? "mergeVertically" : "mergeAcross";
  }
  return out;
}

/** Removes the charts a previous run made (same title), then inserts the planned ones. */
function renderCharts(
  sheet: SheetPort,
  charts: readonly ChartSpec[],
  ranges: readonly RangePort[][],
  inserted: boolean,
): void {
  const titles = new Set(charts.map((c) => c.title));
  // A sheet this command inserted has no chart yet: nothing to look up.
  if (!inserted) {
    for (const existing of sheet.getCharts()) {
      const title = existing.getOptions().get("title");
      if (typeof title === "string" && titles.has(title)) sheet.removeChart(existing);
    }
  }
  charts.forEach((spec, i) => {
    const [categories, ...series] = ranges[i];
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
  });
}
