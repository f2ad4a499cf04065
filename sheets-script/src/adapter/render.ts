import {
  rangeA1,
  sheetRange,
  planBlocks,
  type PlanBlocks,
  type ChartSpec,
  type ConditionalFormatSpec,
  type ConditionalRule,
  type PlanMode,
  type RangeRef,
  type SheetPlan,
  type ValidationSpec,
  planCounts,
  problem,
  type Problem,
  cellKind,
  expandBlanks,
  type ChartDeletion,
  type ResolvedWrites,
  type SheetWrite,
} from "../../../core";
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
 * What goes where is core's decision (core/write resolveWrites): a sheet is created, rebuilt in
 * place (cleared, so formulas elsewhere that point at it keep working) or overlaid; a refusal
 * writes nothing. Text cells get the plain-text format "@" before their values, so Sheets never
 * parses user text as a formula, a number or a date; only the core's formulas are formulas.
 *
 * @example
 *   const wb = readWorkbookGrids(SpreadsheetApp);
 *   const out = renderPlans(SpreadsheetApp, wb, resolveWrites(wb, fill(wb.grids).plans));
 *   out.reports[0] // { sheet: "Hasil Renaksi", range: "'Hasil Renaksi'!A1:L48", cells: 402, ... }
 */
export interface WriteReport {
  sheet: string;
  mode: PlanMode;
  /** A1 rectangle written ("'Hasil Renaksi'!A1:L48"); "" when the plan only decorates. */
  range: string;
  /** Where core says the write goes, as both panes name it (an overlay: its ranges). */
  address: string;
  cells: number;
  formulas: number;
  validations: number;
  /** Conditional format rules, one by one (core's planCounts). */
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

/** Carry out core's resolved writes; a refused resolution writes nothing. */
export function renderPlans(
  app: SpreadsheetAppPort,
  snapshot: WorkbookSnapshot,
  resolved: ResolvedWrites,
): RenderResult {
  if (resolved.refused) return { ok: false, reports: [], problems: resolved.problems };
  removeCharts(snapshot, resolved.deleteCharts);
  const rules = new RuleCache(app);
  const reports: WriteReport[] = [];
  const problems: Problem[] = [...resolved.problems];
  for (const write of resolved.writes) {
    // Cell by cell: the plan's blank styled ranges become cells here.
    const w = { ...write, plan: expandBlanks(write.plan) };
    const r = renderPlan(snapshot, w, rules);
    reports.push(r.report);
    problems.push(...r.problems);
  }
  problems.push(...pageNotes(resolved.writes.map((w) => w.plan)));
  return { ok: true, reports, problems };
}

/**
 * SpreadsheetApp has no page-setup API: the plans' `page` (A4 landscape, fit to width, repeated
 * title rows, page breaks) cannot be carried out here. One visible note says how to print.
 */
export function pageNotes(plans: readonly SheetPlan[]): Problem[] {
  const names = plans.filter((p) => p.page).map((p) => `"${p.sheet}"`);
  if (names.length === 0) return [];
  const list = names.join(", ");
  return [
    problem(
      "warning",
      "sheets.pageSetup",
      `Pengaturan cetak ${list} tidak dapat dipasang dari Google Sheets: saat mencetak pilih A4, Lanskap, "Sesuaikan dengan lebar" dan ulangi baris beku.`,
      `Print setup of ${list} cannot be set from Google Sheets: when printing choose A4, Landscape, "Fit to width" and repeat frozen rows.`,
    ),
  ];
}

/** The charts core says go (a Renaksi chart is replaced, never duplicated). */
function removeCharts(snapshot: WorkbookSnapshot, deletions: readonly ChartDeletion[]): void {
  for (const d of deletions) {
    const entry = snapshot.sheets.find((s) => s.name === d.sheet);
    const chart = entry?.chartObjects[d.index];
    if (entry && chart) entry.sheet.removeChart(chart);
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

/** The ranges one plan needs, registered up front so the bag fetches them in one call. */
interface PlanRanges {
  bag: RangeBag;
  blocks: PlanBlocks | null;
  blockAt: number;
  clearAt: number;
  inBlock: ValidationSpec[];
  left: { box: RangeRef; specs: ValidationSpec[]; at: number } | null;
  cfAt: number[];
  merges: { groups: MergeGroup[]; at: number[] };
  chartAt: number[][];
}

function registerRanges(sheet: SheetPort, w: SheetWrite, old: SheetEntry["extent"]): PlanRanges {
  const plan = w.plan;
  const bag = new RangeBag(sheet);
  const blocks = w.action === "overlay" ? null : planBlocks(plan);
  const box = blocks?.range;
  const blockAt = box ? bag.add(box) : -1;
  const clearAt =
    w.action === "rebuild" && old
      ? bag.add({ row: 1, col: 1, rows: old.rows, cols: old.cols })
      : -1;
  const inBlock = box ? plan.validations.filter((v) => inside(v.range, box)) : [];
  const specs = plan.validations.filter((v) => !inBlock.includes(v));
  const leftBox = specs.length > 0 ? boundingBox(specs.map((v) => v.range)) : null;
  const left = leftBox ? { box: leftBox, specs, at: bag.add(leftBox) } : null;
  const cfAt = plan.conditionalFormats.map((cf) => bag.add(cf.range));
  const groups = mergeGroups(plan.merges);
  const at = groups.slice(0, MAX_MERGE_CALLS).map((g) => bag.add(g.range));
  const chartAt = plan.charts.map((c) =>
    [c.categories, ...c.series.map((x) => x.values)].map((r) => bag.add(r)),
  );
  return { bag, blocks, blockAt, clearAt, inBlock, left, cfAt, merges: { groups, at }, chartAt };
}

/** The sheet a write goes to: inserted (create) or the one read (rebuild, overlay). */
function openSheet(snapshot: WorkbookSnapshot, w: SheetWrite): SheetEntry {
  const found = snapshot.sheets.find((s) => s.name === w.sheet);
  if (w.action !== "create") {
    if (!found) throw new Error(`sheet ${w.sheet} vanished between read and write`);
    return found;
  }
  const sheet = snapshot.ss.insertSheet(w.sheet);
  const entry: SheetEntry = {
    sheet,
    name: w.sheet,
    a1: null,
    visible: true,
    charts: [],
    objects: [],
    chartObjects: [],
  };
  snapshot.sheets.push(entry);
  return entry;
}

/** Everything the previous run wrote sits inside its data range: cleared in one call. */
function clearPrevious(ranges: PlanRanges, plan: SheetPlan): void {
  if (ranges.clearAt < 0) return;
  const previous = ranges.bag.get(ranges.clearAt);
  previous.clear({
    contentsOnly: true,
    formatOnly: true,
    validationsOnly: true,
    commentsOnly: true,
  });
  if (plan.merges.length > 0) previous.breakApart();
}

/**
 * Values and number formats of the block, each cell by the kind core gave it: text gets the
 * plain-text format "@" (so "=HYPERLINK(...)", "+62", "1.1" stay text), a formula or a number
 * its planned format or "General". Formats go first so the values land in cells that keep them.
 */
function blockValues(
  plan: SheetPlan,
  blocks: PlanBlocks,
): { values: Cell[][]; formats: string[][]; vertical: (string | null)[][] | null } {
  const box = blocks.range;
  const values = blocks.values.map((row) => row.map((v) => v as Cell));
  const formats = blocks.numberFormats.map((row) => row.map((f) => f || "General"));
  const vertical: (string | null)[][] = blocks.values.map((row) => row.map(() => null));
  let hasVertical = false;
  for (const c of plan.cells) {
    const r = c.row - box.row;
    const k = c.col - box.col;
    if (cellKind(c) === "text") {
      formats[r][k] = "@";
      const indent = c.style?.indent ?? 0;
      if (indent > 0) values[r][k] = INDENT.repeat(indent) + String(values[r][k]);
    }
    if (c.style?.vertical) {
      vertical[r][k] = c.style.vertical;
      hasVertical = true;
    }
  }
  return { values, formats, vertical: hasVertical ? vertical : null };
}

/** The block: formats, values, fills, text styles, wraps, alignments, notes, borders, lists. */
function writeBlock(
  sheet: SheetPort,
  plan: SheetPlan,
  ranges: PlanRanges,
  rules: RuleCache,
  report: WriteReport,
): void {
  const blocks = ranges.blocks;
  if (!blocks) return;
  const box = blocks.range;
  const range = ranges.bag.get(ranges.blockAt);
  const { values, formats, vertical } = blockValues(plan, blocks);
  range.setNumberFormats(formats);
  range.setValues(values);
  if (any2d(blocks.backgrounds, (v) => v !== null)) range.setBackgrounds(blocks.backgrounds);
  writeTextStyles(range, blocks, rules);
  if (any2d(blocks.wrap, Boolean)) range.setWraps(blocks.wrap);
  if (any2d(blocks.horizontal, (v) => v !== null)) {
    range.setHorizontalAlignments(blocks.horizontal.map((row) => row.map((h) => h ?? null)));
  }
  if (vertical) range.setVerticalAlignments(vertical);
  if (blocks.notes.length > 0) {
    const notes: (string | null)[][] = blocks.values.map((row) => row.map(() => null));
    for (const n of blocks.notes) notes[n.row - box.row][n.col - box.col] = n.text;
    range.setNotes(notes);
  }
  if (blocks.borders.length > 0) {
    sheet.getRangeList(blocks.borders.map(rangeA1)).setBorder(true, true, true, true, true, true);
  }
  // Validations inside the block: one setDataValidations for all of them.
  if (ranges.inBlock.length > 0) {
    const grid: (DataValidationLike | null)[][] = blocks.values.map((row) => row.map(() => null));
    paintValidations(grid, box, ranges.inBlock, rules);
    range.setDataValidations(grid);
  }
  report.range = sheetRange(report.sheet, box.row, box.col, box.rows, box.cols);
}

/**
 * Validations outside the written block (overlays on the user's own cells): when ours cover
 * their whole bounding box there is nothing to keep; otherwise the box is read once and the
 * user's other validations are written back unchanged.
 */
function writeOuterValidations(ranges: PlanRanges, rules: RuleCache): void {
  const left = ranges.left;
  if (!left) return;
  const range = ranges.bag.get(left.at);
  const grid = coversBox(
    left.box,
    left.specs.map((v) => v.range),
  )
    ? Array.from({ length: left.box.rows }, () =>
        new Array<DataValidationLike | null>(left.box.cols).fill(null),
      )
    : range.getDataValidations();
  paintValidations(grid, left.box, left.specs, rules);
  range.setDataValidations(grid);
}

/** Conditional formats: an overlay keeps the user's other rules; a managed sheet gets ours only. */
function writeConditionals(
  sheet: SheetPort,
  w: SheetWrite,
  ranges: PlanRanges,
  rules: RuleCache,
): void {
  const plan = w.plan;
  if (plan.conditionalFormats.length === 0 && w.action !== "rebuild") return;
  const fresh = buildConditionals(
    plan.conditionalFormats,
    ranges.cfAt.map((i) => ranges.bag.get(i)),
    rules,
  );
  if (w.action !== "overlay") return sheet.setConditionalFormatRules(fresh);
  const ours = new Set(plan.conditionalFormats.map((cf) => rangeA1(cf.range)));
  const keptRules = sheet
    .getConditionalFormatRules()
    .filter((rule) => !rule.getRanges().every((r) => ours.has(r.getA1Notation())));
  sheet.setConditionalFormatRules([...keptRules, ...fresh]);
}

/** Merges as the fewest merge calls; merges beyond MAX_MERGE_CALLS are skipped with a warning. */
function writeMerges(ranges: PlanRanges, sheetName: string): Problem[] {
  const { groups, at } = ranges.merges;
  at.forEach((i, n) => {
    const range = ranges.bag.get(i);
    const method = groups[n].method;
    if (method === "mergeAcross") range.mergeAcross();
    else if (method === "mergeVertically") range.mergeVertically();
    else range.merge();
  });
  const skipped = groups.slice(MAX_MERGE_CALLS).reduce((n, g) => n + g.merges.length, 0);
  if (skipped === 0) return [];
  return [
    problem(
      "warning",
      "sheets.mergesSkipped",
      `${skipped} penggabungan sel di "${sheetName}" dilewati (batas ${MAX_MERGE_CALLS} perintah gabung per lembar).`,
      `${skipped} cell merges on "${sheetName}" were skipped (limit ${MAX_MERGE_CALLS} merge calls per sheet).`,
    ),
  ];
}

function writeLayout(sheet: SheetPort, w: SheetWrite): void {
  const plan = w.plan;
  for (const run of widthStrokes(plan.columnWidths)) {
    sheet.setColumnWidths(run.col, run.count, charsToPixels(run.width));
  }
  for (const c of plan.columnWidths) if (c.hidden) sheet.hideColumns(c.col);
  if (!plan.frozen) return;
  const rebuilt = w.action === "rebuild";
  if (plan.frozen.rows > 0 || rebuilt) sheet.setFrozenRows(plan.frozen.rows);
  if (plan.frozen.cols > 0 || rebuilt) sheet.setFrozenColumns(plan.frozen.cols);
}

/** One resolved write, carried out in named steps; every range fetched in one call. */
function renderPlan(
  snapshot: WorkbookSnapshot,
  w: SheetWrite,
  rules: RuleCache,
): { report: WriteReport; problems: Problem[] } {
  const plan = w.plan;
  const entry = openSheet(snapshot, w);
  const sheet = entry.sheet;
  const report: WriteReport = {
    sheet: w.sheet,
    mode: plan.mode,
    range: "",
    address: w.address,
    // counted as core counts them, so the sidebar says what Excel's taskpane says
    ...planCounts(plan),
    replaced: w.action === "rebuild",
  };
  const ranges = registerRanges(sheet, w, entry.extent);
  clearPrevious(ranges, plan);
  writeBlock(sheet, plan, ranges, rules, report);
  writeOuterValidations(ranges, rules);
  writeConditionals(sheet, w, ranges, rules);
  const problems = writeMerges(ranges, w.sheet);
  writeLayout(sheet, w);
  if (plan.charts.length > 0) {
    insertCharts(
      sheet,
      plan.charts,
      ranges.chartAt.map((ids) => ids.map((i) => ranges.bag.get(i))),
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

/** Inserts the planned charts (the ones they replace were removed first, as core said). */
/** Gridlines of a bounded value axis with a step (0..1 by 0.2 = 6 lines), else the chart's own. */
function gridlines(spec: ChartSpec): number | undefined {
  const { axisMin: min, axisMax: max, majorUnit: step } = spec;
  if (min === undefined || max === undefined || step === undefined || step <= 0) return undefined;
  return Math.round((max - min) / step) + 1;
}

function insertCharts(
  sheet: SheetPort,
  charts: readonly ChartSpec[],
  ranges: readonly RangePort[][],
): void {
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
    // A share (0..1) reads 0%..100%: the value axis's own format (an ICU pattern, as "0%").
    if (spec.valueFormat !== undefined) b = b.setOption(`${axis}.format`, spec.valueFormat);
    const lines = gridlines(spec);
    if (lines !== undefined) b = b.setOption(`${axis}.gridlines.count`, lines);
    sheet.insertChart(b.build());
  });
}
