/**
 * The SpreadsheetApp call budget of one command, asserted by test/sheets/budget.test.ts with the
 * counting fake and printed by `npm run bench`. "Calls" = every method call on a SpreadsheetApp,
 * Spreadsheet, Sheet, Range, RangeList or EmbeddedChart object (builder factories included).
 *
 * - Reading costs getActiveSpreadsheet + getSheets, then getName per sheet and getDataRange +
 *   getValues per sheet read: one getValues() per region, never per cell.
 * - Writing costs a fixed number of calls per written sheet: one call per property per block
 *   (at most BLOCK_WRITES_PER_SHEET of them), plus structure (insert/clear, widths, frozen panes,
 *   merges, chart, rule builders). It depends on the layout, never on the number of rows.
 *
 * @example readCalls(5, 5) // 17 for a five-sheet workbook read in full
 */
export const READ_FIXED = 2;
export const READ_PER_SHEET = 1;
export const READ_PER_SHEET_READ = 2;

/** Block-wide writes (array setters, RangeList.setBorder, setDataValidations, CF rules) per sheet. */
export const BLOCK_WRITES_PER_SHEET = 15;

/** Every other call a command may make after reading, whatever the size. */
export const WRITE_CALLS_MAX = 45;

/** Per-cell methods the adapter never calls. */
export const PER_CELL_METHODS = [
  "getValue",
  "setValue",
  "setFormula",
  "getCell",
  "setNumberFormat",
  "setBackground",
  "setFontWeight",
  "setNote",
] as const;

export function readCalls(sheets: number, sheetsRead: number): number {
  return READ_FIXED + READ_PER_SHEET * sheets + READ_PER_SHEET_READ * sheetsRead;
}

/** True for a call that writes a whole block in one go. */
export function isBlockWrite(call: string): boolean {
  return (
    /^Range\.set[A-Z]\w*s$/.test(call) ||
    call === "RangeList.setBorder" ||
    call === "Sheet.setConditionalFormatRules"
  );
}
