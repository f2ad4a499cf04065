/**
 * The narrow slice of SpreadsheetApp the adapter uses, as structural interfaces. The real Apps
 * Script objects satisfy them (checked by `tsc` in server/globals.ts); the counting fake in
 * test/sheets/fake-spreadsheet.ts implements exactly these, so tests cover every call we make.
 */
export type Cell = string | number | boolean | Date | null;

export interface DataValidationLike {
  getCriteriaValues(): unknown[];
}

export interface DataValidationBuilderPort {
  /** A new builder with this one's settings (a builder method, not a SpreadsheetApp call). */
  copy(): DataValidationBuilderPort;
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderPort;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderPort;
  setHelpText(helpText: string): DataValidationBuilderPort;
  build(): DataValidationLike;
}

export interface ConditionalFormatRuleLike {
  getRanges(): RangePort[];
}

export interface ConditionalFormatRuleBuilderPort {
  /** A new builder with this one's settings (a builder method, not a SpreadsheetApp call). */
  copy(): ConditionalFormatRuleBuilderPort;
  setRanges(ranges: RangePort[]): ConditionalFormatRuleBuilderPort;
  setBackground(color: string | null): ConditionalFormatRuleBuilderPort;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderPort;
  whenNumberLessThan(n: number): ConditionalFormatRuleBuilderPort;
  whenNumberLessThanOrEqualTo(n: number): ConditionalFormatRuleBuilderPort;
  whenNumberGreaterThan(n: number): ConditionalFormatRuleBuilderPort;
  whenNumberGreaterThanOrEqualTo(n: number): ConditionalFormatRuleBuilderPort;
  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilderPort;
  whenNumberEqualTo(n: number): ConditionalFormatRuleBuilderPort;
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderPort;
  whenCellNotEmpty(): ConditionalFormatRuleBuilderPort;
  build(): ConditionalFormatRuleLike;
}

/** A built text style (bold, italic, colour of a cell's text). */
export interface TextStyleLike {
  /** A builder preset with this style (a method of the value, not a SpreadsheetApp call). */
  copy(): TextStyleBuilderPort;
}

export interface TextStyleBuilderPort {
  setBold(bold: boolean): TextStyleBuilderPort;
  setItalic(italic: boolean): TextStyleBuilderPort;
  setForegroundColor(cssString: string): TextStyleBuilderPort;
  build(): TextStyleLike;
}

export interface ChartOptionsLike {
  get(option: string): unknown;
}

/** An image placed over the grid (Sheet.getImages). */
export interface OverGridImageLike {
  getAltTextTitle(): string;
}

export interface EmbeddedChartLike {
  getOptions(): ChartOptionsLike;
}

export interface ChartBuilderPort {
  addRange(range: RangePort): ChartBuilderPort;
  asBarChart(): ChartBuilderPort;
  asColumnChart(): ChartBuilderPort;
  setPosition(row: number, col: number, offsetX: number, offsetY: number): ChartBuilderPort;
  setOption(option: string, value: unknown): ChartBuilderPort;
  setNumHeaders(headers: number): ChartBuilderPort;
  setTransposeRowsAndColumns(transpose: boolean): ChartBuilderPort;
  build(): EmbeddedChartLike;
}

export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
}

export interface RangePort {
  getValues(): Cell[][];
  getA1Notation(): string;
  setValues(values: Cell[][]): RangePort;
  setNumberFormats(formats: string[][]): RangePort;
  setBackgrounds(colors: (string | null)[][]): RangePort;
  setFontWeights(weights: (string | null)[][]): RangePort;
  setFontColors(colors: (string | null)[][]): RangePort;
  setFontStyles(styles: (string | null)[][]): RangePort;
  /** Bold, italic and font colour of every cell in one call. */
  setTextStyles(styles: TextStyleLike[][]): RangePort;
  setWraps(wraps: boolean[][]): RangePort;
  setHorizontalAlignments(alignments: (string | null)[][]): RangePort;
  setVerticalAlignments(alignments: (string | null)[][]): RangePort;
  setNotes(notes: (string | null)[][]): RangePort;
  setDataValidation(rule: DataValidationLike | null): RangePort;
  setDataValidations(rules: (DataValidationLike | null)[][]): RangePort;
  getDataValidations(): (DataValidationLike | null)[][];
  clear(options: ClearOptions): RangePort;
  merge(): RangePort;
  /** One merge per row of the range. */
  mergeAcross(): RangePort;
  /** One merge per column of the range. */
  mergeVertically(): RangePort;
  breakApart(): RangePort;
  activate(): RangePort;
}

export interface RangeListPort {
  getRanges(): RangePort[];
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): RangeListPort;
}

export interface SheetPort {
  getName(): string;
  getDataRange(): RangePort;
  /** Values from (startRow, startColumn); -1 rows / columns = up to the last row / column with data. */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): Cell[][];
  getRange(row: number, column: number, numRows: number, numColumns: number): RangePort;
  getRangeList(a1Notations: string[]): RangeListPort;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetPort;
  hideColumns(columnIndex: number): void;
  getConditionalFormatRules(): ConditionalFormatRuleLike[];
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void;
  getCharts(): EmbeddedChartLike[];
  isSheetHidden(): boolean;
  getImages(): OverGridImageLike[];
  removeChart(chart: EmbeddedChartLike): void;
  insertChart(chart: EmbeddedChartLike): void;
  newChart(): ChartBuilderPort;
  activate(): SheetPort;
}

export interface SpreadsheetPort {
  getSheets(): SheetPort[];
  getSheetByName(name: string): SheetPort | null;
  getActiveSheet(): SheetPort;
  insertSheet(sheetName: string): SheetPort;
  getRange(a1Notation: string): RangePort;
  toast(msg: string, title?: string, timeoutSeconds?: number): void;
}

export interface UiPort {
  createMenu(caption: string): MenuPort;
  showSidebar(html: unknown): void;
  alert(prompt: string): unknown;
}

export interface MenuPort {
  addItem(caption: string, functionName: string): MenuPort;
  addSeparator(): MenuPort;
  addToUi(): void;
}

export interface SpreadsheetAppPort {
  getActiveSpreadsheet(): SpreadsheetPort;
  getUi(): UiPort;
  newDataValidation(): DataValidationBuilderPort;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderPort;
  newTextStyle(): TextStyleBuilderPort;
  flush(): void;
}

export interface HtmlOutputPort {
  setTitle(title: string): HtmlOutputPort;
}

export interface HtmlServicePort {
  createHtmlOutputFromFile(filename: string): HtmlOutputPort;
}
