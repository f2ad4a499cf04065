/**
 * A counting fake of the SpreadsheetApp slice the Sheets adapter uses (sheets-script/src/adapter/
 * ports.ts). It stores what a real spreadsheet would keep (values, formulas, number formats, fills,
 * fonts, notes, borders, merges, validations, conditional formats, charts, frozen panes, widths)
 * and logs every method call made on SpreadsheetApp, Spreadsheet, Sheet, Range, RangeList and
 * EmbeddedChart objects. Builders (validation / conditional-format / chart builders) are values
 * being assembled in memory: their chained calls are not counted, but the factory call that
 * creates them (SpreadsheetApp.newDataValidation, Sheet.newChart, ...) is.
 *
 * Like the real service, every 2-D setter throws when the array does not match the range. Builders
 * and built values (validations, rules, text styles) are plain in-memory objects: their methods,
 * `copy()` included, are not counted, as in the README's budget.
 *
 * @example
 *   const app = new FakeSpreadsheetApp();
 *   app.addSheet("Matriks", [["No", "Pernyataan"]]);
 *   SUT(app); app.log.count() // every call made
 */
import { a1, colLetter, parseA1, quoteSheet } from "../../core/grid";
import type {
  Cell,
  ChartBuilderPort,
  ChartOptionsLike,
  ClearOptions,
  ConditionalFormatRuleBuilderPort,
  ConditionalFormatRuleLike,
  DataValidationBuilderPort,
  DataValidationLike,
  EmbeddedChartLike,
  HtmlOutputPort,
  OverGridImageLike,
  HtmlServicePort,
  MenuPort,
  RangeListPort,
  RangePort,
  SheetPort,
  SpreadsheetAppPort,
  SpreadsheetPort,
  TextStyleBuilderPort,
  TextStyleLike,
  UiPort,
} from "../../sheets-script/src/adapter/ports";

export class CallLog {
  readonly calls: string[] = [];
  record(name: string): void {
    this.calls.push(name);
  }
  count(filter?: (name: string) => boolean): number {
    return filter ? this.calls.filter(filter).length : this.calls.length;
  }
  /** { "Range.setValues": 1, ... } */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls) out[c] = (out[c] ?? 0) + 1;
    return out;
  }
  reset(): void {
    this.calls.length = 0;
  }
  /** Calls whose method name matches (`"getValue"` matches `Range.getValue` only, not getValues). */
  named(method: string): number {
    return this.calls.filter((c) => c.endsWith(`.${method}`)).length;
  }
}

/** Wraps an object so every method call is logged as "Class.method". */
function counted<T extends object>(obj: T, cls: string, log: CallLog): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== "function" || typeof prop !== "string" || prop === "constructor") return v;
      // raw(): the fake's own accessor for builders and assertions, not an Apps Script method.
      if (prop === "raw") return (v as () => unknown).bind(target);
      return (...args: unknown[]) => {
        log.record(`${cls}.${prop}`);
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

export interface StoredCell {
  value: Cell;
  /** Formula text when the cell holds one ("=AVERAGE(C5:C9)"). */
  formula?: string;
  /** What a formula evaluates to, when a test provides it (the fake has no engine). */
  computed?: Cell;
  format?: string;
  background?: string | null;
  fontWeight?: string | null;
  fontColor?: string | null;
  fontStyle?: string | null;
  wrap?: boolean;
  horizontal?: string | null;
  vertical?: string | null;
  note?: string | null;
  validation?: FakeValidation | null;
  border?: boolean;
}

export class FakeValidation implements DataValidationLike {
  constructor(
    readonly list: string[],
    readonly helpText: string,
    readonly allowInvalid: boolean,
  ) {}
  getCriteriaValues(): unknown[] {
    return [this.list];
  }
}

class FakeValidationBuilder implements DataValidationBuilderPort {
  private list: string[] = [];
  private help = "";
  private allowInvalid = true;
  copy(): DataValidationBuilderPort {
    const b = new FakeValidationBuilder();
    b.list = [...this.list];
    b.help = this.help;
    b.allowInvalid = this.allowInvalid;
    return b;
  }
  requireValueInList(values: string[]): DataValidationBuilderPort {
    this.list = [...values];
    return this;
  }
  setAllowInvalid(v: boolean): DataValidationBuilderPort {
    this.allowInvalid = v;
    return this;
  }
  setHelpText(text: string): DataValidationBuilderPort {
    this.help = text;
    return this;
  }
  build(): DataValidationLike {
    return new FakeValidation(this.list, this.help, this.allowInvalid);
  }
}

export interface FakeCondition {
  kind: string;
  args: (number | string)[];
}

export class FakeConditionalRule implements ConditionalFormatRuleLike {
  constructor(
    readonly ranges: RangePort[],
    readonly a1s: string[],
    readonly condition: FakeCondition,
    readonly background: string | null,
    readonly fontColor: string | null,
  ) {}
  getRanges(): RangePort[] {
    return this.ranges;
  }
}

class FakeConditionalBuilder implements ConditionalFormatRuleBuilderPort {
  private ranges: RangePort[] = [];
  private condition: FakeCondition = { kind: "none", args: [] };
  private background: string | null = null;
  private fontColor: string | null = null;
  private when(kind: string, ...args: (number | string)[]): ConditionalFormatRuleBuilderPort {
    this.condition = { kind, args };
    return this;
  }
  copy(): ConditionalFormatRuleBuilderPort {
    const b = new FakeConditionalBuilder();
    b.ranges = [...this.ranges];
    b.condition = { kind: this.condition.kind, args: [...this.condition.args] };
    b.background = this.background;
    b.fontColor = this.fontColor;
    return b;
  }
  setRanges(ranges: RangePort[]) {
    this.ranges = ranges;
    return this;
  }
  setBackground(c: string | null) {
    this.background = c;
    return this;
  }
  setFontColor(c: string | null) {
    this.fontColor = c;
    return this;
  }
  whenNumberLessThan(n: number) {
    return this.when("lessThan", n);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this.when("lessThanOrEqual", n);
  }
  whenNumberGreaterThan(n: number) {
    return this.when("greaterThan", n);
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    return this.when("greaterThanOrEqual", n);
  }
  whenNumberBetween(a: number, b: number) {
    return this.when("between", a, b);
  }
  whenNumberEqualTo(n: number) {
    return this.when("equal", n);
  }
  whenTextEqualTo(text: string) {
    return this.when("textEquals", text);
  }
  whenCellNotEmpty() {
    return this.when("notBlank");
  }
  build(): ConditionalFormatRuleLike {
    // The A1 is read from the underlying fake without counting (a builder detail).
    const a1s = this.ranges.map((r) => (r as unknown as { raw(): FakeRange }).raw().a1());
    return new FakeConditionalRule(
      this.ranges,
      a1s,
      this.condition,
      this.background,
      this.fontColor,
    );
  }
}

/** A built text style; an unset property (undefined) leaves the cell's own value alone. */
export class FakeTextStyle implements TextStyleLike {
  constructor(
    readonly bold: boolean | undefined,
    readonly italic: boolean | undefined,
    readonly color: string | undefined,
  ) {}
  copy(): TextStyleBuilderPort {
    return new FakeTextStyleBuilder(this.bold, this.italic, this.color);
  }
}

class FakeTextStyleBuilder implements TextStyleBuilderPort {
  constructor(
    private bold?: boolean,
    private italic?: boolean,
    private color?: string,
  ) {}
  setBold(bold: boolean): TextStyleBuilderPort {
    this.bold = bold;
    return this;
  }
  setItalic(italic: boolean): TextStyleBuilderPort {
    this.italic = italic;
    return this;
  }
  setForegroundColor(cssString: string): TextStyleBuilderPort {
    this.color = cssString;
    return this;
  }
  build(): TextStyleLike {
    return new FakeTextStyle(this.bold, this.italic, this.color);
  }
}

export class FakeChart implements EmbeddedChartLike {
  constructor(
    readonly type: "bar" | "column" | "unset",
    readonly ranges: string[],
    readonly options: Record<string, unknown>,
    readonly position: { row: number; col: number },
  ) {}
  getOptions(): ChartOptionsLike {
    return { get: (k: string) => this.options[k] };
  }
}

class FakeChartBuilder implements ChartBuilderPort {
  private type: "bar" | "column" | "unset" = "unset";
  private ranges: string[] = [];
  private options: Record<string, unknown> = {};
  private position = { row: 1, col: 1 };
  constructor(private readonly wrap: (c: FakeChart) => EmbeddedChartLike) {}
  addRange(range: RangePort) {
    this.ranges.push((range as unknown as { raw(): FakeRange }).raw().a1(true));
    return this;
  }
  asBarChart() {
    this.type = "bar";
    return this;
  }
  asColumnChart() {
    this.type = "column";
    return this;
  }
  setPosition(row: number, col: number) {
    this.position = { row, col };
    return this;
  }
  setOption(option: string, value: unknown) {
    this.options[option] = value;
    return this;
  }
  setNumHeaders(n: number) {
    this.options.numHeaders = n;
    return this;
  }
  setTransposeRowsAndColumns(t: boolean) {
    this.options.transpose = t;
    return this;
  }
  build(): EmbeddedChartLike {
    return this.wrap(new FakeChart(this.type, this.ranges, { ...this.options }, this.position));
  }
}

function checkDims(what: string, grid: unknown[][], rows: number, cols: number): void {
  if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
    throw new Error(
      `${what}: The number of rows or columns in the data does not match the range ` +
        `(data ${grid.length}x${grid[0]?.length ?? 0}, range ${rows}x${cols}).`,
    );
  }
}

export class FakeRange implements RangePort {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (row < 1 || col < 1 || rows < 1 || cols < 1) {
      throw new Error(`Invalid range ${row},${col} ${rows}x${cols}`);
    }
  }
  raw(): FakeRange {
    return this;
  }
  a1(withSheet = false): string {
    const tl = a1(this.row, this.col);
    const ref =
      this.rows === 1 && this.cols === 1
        ? tl
        : `${tl}:${a1(this.row + this.rows - 1, this.col + this.cols - 1)}`;
    return withSheet ? `${quoteSheet(this.sheet.name)}!${ref}` : ref;
  }
  private each(fn: (cell: StoredCell, r: number, c: number) => void): void {
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) fn(this.sheet.cell(this.row + r, this.col + c), r, c);
    }
  }
  private set2d<T>(what: string, grid: T[][], fn: (cell: StoredCell, v: T) => void): RangePort {
    checkDims(what, grid, this.rows, this.cols);
    this.each((cell, r, c) => fn(cell, grid[r][c]));
    return this.sheet.wrapRange(this);
  }
  getValues(): Cell[][] {
    const out: Cell[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < this.cols; c++) {
        const cell = this.sheet.peek(this.row + r, this.col + c);
        if (!cell) row.push("");
        else if (cell.formula !== undefined) row.push(cell.computed ?? "");
        else row.push(cell.value ?? "");
      }
      out.push(row);
    }
    return out;
  }
  getA1Notation(): string {
    return this.a1();
  }
  /**
   * Like the real Range.setValues, a string is parsed unless the cell's number format is plain
   * text ("@"): "=..." becomes a formula, "+..." / "-..." / "@..." that is not a number is read
   * as a formula too, "3.5" / "+62" a number, "TRUE" / "FALSE" a boolean, and a leading
   * apostrophe is an escape that is dropped. In a "@" cell the string is kept exactly.
   */
  setValues(values: Cell[][]): RangePort {
    return this.set2d("setValues", values, (cell, v) => {
      cell.formula = undefined;
      cell.computed = undefined;
      if (typeof v !== "string" || cell.format === "@") {
        cell.value = v === undefined ? null : v;
        return;
      }
      const t = v.trim();
      if (/^[=+\-@]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(t)) {
        cell.formula = v.startsWith("=") ? v : `=${v}`;
        cell.value = null;
      } else if (/^[+-]?\d+(\.\d+)?$/.test(t)) cell.value = Number(t);
      else if (/^(true|false)$/i.test(t)) cell.value = /^true$/i.test(t);
      else if (v.startsWith("'")) cell.value = v.slice(1);
      else cell.value = v;
    });
  }
  setNumberFormats(f: string[][]) {
    return this.set2d("setNumberFormats", f, (cell, v) => (cell.format = v));
  }
  setBackgrounds(c: (string | null)[][]) {
    return this.set2d("setBackgrounds", c, (cell, v) => (cell.background = v));
  }
  setFontWeights(w: (string | null)[][]) {
    return this.set2d("setFontWeights", w, (cell, v) => (cell.fontWeight = v));
  }
  setFontColors(c: (string | null)[][]) {
    return this.set2d("setFontColors", c, (cell, v) => (cell.fontColor = v));
  }
  setFontStyles(s: (string | null)[][]) {
    return this.set2d("setFontStyles", s, (cell, v) => (cell.fontStyle = v));
  }
  setTextStyles(styles: TextStyleLike[][]) {
    return this.set2d("setTextStyles", styles, (cell, v) => {
      // Like the service: every entry must be a built TextStyle (no null).
      if (!(v instanceof FakeTextStyle)) throw new Error("setTextStyles: not a TextStyle");
      if (v.bold !== undefined) cell.fontWeight = v.bold ? "bold" : "normal";
      if (v.italic !== undefined) cell.fontStyle = v.italic ? "italic" : "normal";
      if (v.color !== undefined) cell.fontColor = v.color;
    });
  }
  setWraps(w: boolean[][]) {
    return this.set2d("setWraps", w, (cell, v) => (cell.wrap = v));
  }
  setHorizontalAlignments(a: (string | null)[][]) {
    return this.set2d("setHorizontalAlignments", a, (cell, v) => (cell.horizontal = v));
  }
  setVerticalAlignments(a: (string | null)[][]) {
    return this.set2d("setVerticalAlignments", a, (cell, v) => (cell.vertical = v));
  }
  setNotes(n: (string | null)[][]) {
    return this.set2d("setNotes", n, (cell, v) => (cell.note = v));
  }
  setDataValidations(rules: (DataValidationLike | null)[][]) {
    return this.set2d("setDataValidations", rules, (cell, v) => {
      cell.validation = v as FakeValidation | null;
    });
  }
  getDataValidations(): (DataValidationLike | null)[][] {
    const out: (DataValidationLike | null)[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: (DataValidationLike | null)[] = [];
      for (let c = 0; c < this.cols; c++) {
        row.push(this.sheet.peek(this.row + r, this.col + c)?.validation ?? null);
      }
      out.push(row);
    }
    return out;
  }
  setDataValidation(rule: DataValidationLike | null): RangePort {
    this.each((cell) => (cell.validation = rule as FakeValidation | null));
    return this.sheet.wrapRange(this);
  }
  clear(options: ClearOptions): RangePort {
    const all = !options || Object.values(options).every((v) => !v);
    this.each((cell) => {
      if (all || options.contentsOnly) {
        cell.value = null;
        cell.formula = undefined;
        cell.computed = undefined;
      }
      if (all || options.formatOnly) {
        cell.format = undefined;
        cell.background = null;
        cell.fontWeight = null;
        cell.fontColor = null;
        cell.fontStyle = null;
        cell.wrap = false;
        cell.horizontal = null;
        cell.vertical = null;
        cell.border = false;
      }
      if (options?.validationsOnly) cell.validation = null;
      if (options?.commentsOnly) cell.note = null;
    });
    return this.sheet.wrapRange(this);
  }
  merge(): RangePort {
    this.sheet.merges.push(this.a1());
    return this.sheet.wrapRange(this);
  }
  /** One merge per row (a one-column range has nothing to merge across). */
  mergeAcross(): RangePort {
    if (this.cols > 1) {
      for (let r = 0; r < this.rows; r++) {
        this.sheet.merges.push(
          new FakeRange(this.sheet, this.row + r, this.col, 1, this.cols).a1(),
        );
      }
    }
    return this.sheet.wrapRange(this);
  }
  /** One merge per column (a one-row range has nothing to merge vertically). */
  mergeVertically(): RangePort {
    if (this.rows > 1) {
      for (let c = 0; c < this.cols; c++) {
        this.sheet.merges.push(
          new FakeRange(this.sheet, this.row, this.col + c, this.rows, 1).a1(),
        );
      }
    }
    return this.sheet.wrapRange(this);
  }
  breakApart(): RangePort {
    this.sheet.merges = this.sheet.merges.filter((m) => !this.contains(m));
    return this.sheet.wrapRange(this);
  }
  private contains(a1ref: string): boolean {
    const [tl, br] = a1ref.split(":");
    const p = parseA1(tl);
    const q = parseA1(br ?? tl);
    if (!p || !q) return false;
    return (
      p.row >= this.row &&
      p.col >= this.col &&
      q.row < this.row + this.rows &&
      q.col < this.col + this.cols
    );
  }
  activate(): RangePort {
    this.sheet.book.active = this.sheet;
    this.sheet.book.activeCell = this.a1(true);
    return this.sheet.wrapRange(this);
  }
}

class FakeRangeList implements RangeListPort {
  constructor(readonly ranges: FakeRange[]) {}
  getRanges(): RangePort[] {
    return this.ranges.map((r) => r.sheet.wrapRange(r));
  }
  setBorder(top: boolean | null): RangeListPort {
    for (const r of this.ranges) {
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.cols; j++) r.sheet.cell(r.row + i, r.col + j).border = top === true;
      }
    }
    return this;
  }
}

export class FakeSheet implements SheetPort {
  readonly cells = new Map<string, StoredCell>();
  merges: string[] = [];
  frozenRows = 0;
  frozenCols = 0;
  readonly widths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  cfRules: FakeConditionalRule[] = [];
  charts: FakeChart[] = [];
  /** Hidden from the tab bar (Sheet.hideSheet in the real service). */
  hidden = false;
  /** Alt-text titles of the images placed over the grid (Sheet.insertImage). */
  images: string[] = [];
  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
  ) {}
  private key = (r: number, c: number) => `${r},${c}`;
  cell(r: number, c: number): StoredCell {
    let cell = this.cells.get(this.key(r, c));
    if (!cell) {
      cell = { value: null };
      this.cells.set(this.key(r, c), cell);
    }
    return cell;
  }
  peek(r: number, c: number): StoredCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  /** "A1"-addressed read for assertions (not counted). */
  at(ref: string): StoredCell | undefined {
    const p = parseA1(ref);
    return p ? this.peek(p.row, p.col) : undefined;
  }
  /** Value or formula text at an address, for assertions. */
  text(ref: string): Cell | undefined {
    const c = this.at(ref);
    return c?.formula ?? c?.value ?? undefined;
  }
  wrapRange(r: FakeRange): RangePort {
    return counted(r, "Range", this.book.log);
  }
  /** Last row / column holding content (value or formula). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [k, c] of this.cells) {
      if ((c.value === null || c.value === "") && c.formula === undefined) continue;
      const [r, col] = k.split(",").map(Number);
      rows = Math.max(rows, r);
      cols = Math.max(cols, col);
    }
    return { rows, cols };
  }
  /** Values as a 2-D array from A1 to the extent (uncounted, for assertions). */
  dump(): Cell[][] {
    const { rows, cols } = this.extent();
    return rows === 0 ? [] : new FakeRange(this, 1, 1, rows, cols).getValues();
  }
  getName(): string {
    return this.name;
  }
  getDataRange(): RangePort {
    const { rows, cols } = this.extent();
    return this.wrapRange(new FakeRange(this, 1, 1, Math.max(rows, 1), Math.max(cols, 1)));
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): RangePort {
    return this.wrapRange(new FakeRange(this, row, column, numRows, numColumns));
  }
  /**
   * -1 rows / columns = up to the last row / column holding data. On an empty sheet there is no
   * such row: the fake throws, as a zero-row range does in the service (the real behaviour of
   * -1 there is not documented, so the adapter must survive both).
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): Cell[][] {
    const { rows, cols } = this.extent();
    const n = numRows === -1 ? rows - startRow + 1 : numRows;
    const m = numColumns === -1 ? cols - startColumn + 1 : numColumns;
    if (n < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (m < 1) throw new Error("The number of columns in the range must be at least 1.");
    return new FakeRange(this, startRow, startColumn, n, m).getValues();
  }
  rangeFromA1(ref: string): FakeRange {
    const [tl, br] = ref.split(":");
    const p = parseA1(tl);
    const q = parseA1(br ?? tl);
    if (!p || !q) throw new Error(`Range not found: ${ref}`);
    return new FakeRange(this, p.row, p.col, q.row - p.row + 1, q.col - p.col + 1);
  }
  getRangeList(a1s: string[]): RangeListPort {
    return counted(
      new FakeRangeList(a1s.map((x) => this.rangeFromA1(x))),
      "RangeList",
      this.book.log,
    );
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  setFrozenColumns(cols: number): void {
    this.frozenCols = cols;
  }
  hideColumns(col: number): void {
    this.hiddenColumns.add(col);
  }
  setColumnWidths(start: number, num: number, width: number): SheetPort {
    for (let c = start; c < start + num; c++) this.widths.set(c, width);
    return this.book.wrapSheet(this);
  }
  getConditionalFormatRules(): ConditionalFormatRuleLike[] {
    return [...this.cfRules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void {
    this.cfRules = rules.map((r) => r as FakeConditionalRule);
  }
  getCharts(): EmbeddedChartLike[] {
    return this.charts.map((c) => counted(c, "EmbeddedChart", this.book.log));
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  getImages(): OverGridImageLike[] {
    return this.images.map((title) =>
      counted({ getAltTextTitle: () => title }, "OverGridImage", this.book.log),
    );
  }
  removeChart(chart: EmbeddedChartLike): void {
    const target = (chart as unknown as { raw?: () => FakeChart }).raw?.() ?? chart;
    const i = this.charts.findIndex(
      (c) => c === target || c.options === (target as FakeChart).options,
    );
    if (i < 0) throw new Error("removeChart: chart not on this sheet");
    this.charts.splice(i, 1);
  }
  insertChart(chart: EmbeddedChartLike): void {
    this.charts.push(chart as FakeChart);
  }
  newChart(): ChartBuilderPort {
    return new FakeChartBuilder((c) => c);
  }
  activate(): SheetPort {
    this.book.active = this;
    return this.book.wrapSheet(this);
  }
  /** Column letter helper for assertions. */
  static col = colLetter;
}

export class FakeSpreadsheet implements SpreadsheetPort {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | undefined;
  activeCell: string | undefined;
  readonly toasts: { msg: string; title?: string }[] = [];
  constructor(readonly log: CallLog) {}
  wrapSheet(s: FakeSheet): SheetPort {
    return counted(s, "Sheet", this.log);
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  getSheets(): SheetPort[] {
    return this.sheets.map((s) => this.wrapSheet(s));
  }
  getSheetByName(name: string): SheetPort | null {
    const s = this.sheet(name);
    return s ? this.wrapSheet(s) : null;
  }
  getActiveSheet(): SheetPort {
    if (!this.active) this.active = this.sheets[0];
    return this.wrapSheet(this.active);
  }
  insertSheet(name: string): SheetPort {
    // Like Sheets: names are unique without letter case ("hasil renaksi" blocks "Hasil Renaksi").
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const s = new FakeSheet(this, name);
    this.sheets.push(s);
    this.active = s;
    return this.wrapSheet(s);
  }
  getRange(ref: string): RangePort {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
    const sheet = m
      ? this.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2])
      : this.active;
    if (!sheet) throw new Error(`Range not found: ${ref}`);
    return sheet.wrapRange(sheet.rangeFromA1(m ? m[3] : ref));
  }
  toast(msg: string, title?: string): void {
    this.toasts.push({ msg, title });
  }
}

export class FakeMenu implements MenuPort {
  readonly items: { caption: string; fn: string }[] = [];
  separators = 0;
  added = false;
  constructor(readonly caption: string) {}
  addItem(caption: string, fn: string): MenuPort {
    this.items.push({ caption, fn });
    return this;
  }
  addSeparator(): MenuPort {
    this.separators++;
    return this;
  }
  addToUi(): void {
    this.added = true;
  }
}

export class FakeUi implements UiPort {
  readonly menus: FakeMenu[] = [];
  readonly alerts: string[] = [];
  readonly sidebars: unknown[] = [];
  createMenu(caption: string): MenuPort {
    const m = new FakeMenu(caption);
    this.menus.push(m);
    return m;
  }
  showSidebar(html: unknown): void {
    this.sidebars.push(html);
  }
  alert(prompt: string): unknown {
    this.alerts.push(prompt);
    return "OK";
  }
}

export class FakeSpreadsheetApp implements SpreadsheetAppPort {
  readonly log = new CallLog();
  readonly book = new FakeSpreadsheet(this.log);
  readonly ui = new FakeUi();
  /** The object scripts see: every call on it is counted. */
  readonly api: SpreadsheetAppPort = counted<SpreadsheetAppPort>(this, "SpreadsheetApp", this.log);

  /** Adds a user sheet with values (row 1, col 1 = values[0][0]); not counted. */
  addSheet(name: string, values: Cell[][] = []): FakeSheet {
    const s = new FakeSheet(this.book, name);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") s.cell(r + 1, c + 1).value = v;
      }),
    );
    this.book.sheets.push(s);
    if (!this.book.active) this.book.active = s;
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.book.sheet(name);
  }
  getActiveSpreadsheet(): SpreadsheetPort {
    return counted<SpreadsheetPort>(this.book, "Spreadsheet", this.log);
  }
  getUi(): UiPort {
    return this.ui;
  }
  newDataValidation(): DataValidationBuilderPort {
    return new FakeValidationBuilder();
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderPort {
    return new FakeConditionalBuilder();
  }
  newTextStyle(): TextStyleBuilderPort {
    return new FakeTextStyleBuilder();
  }
  flush(): void {}
}

export class FakeHtmlService implements HtmlServicePort {
  readonly created: { file: string; title?: string }[] = [];
  createHtmlOutputFromFile(file: string): HtmlOutputPort {
    const entry: { file: string; title?: string } = { file };
    this.created.push(entry);
    const out: HtmlOutputPort = {
      setTitle: (title: string) => {
        entry.title = title;
        return out;
      },
    };
    return out;
  }
}
