import type { CommandName } from "../server/api";

/**
 * The SpreadsheetApp call budget of one command, asserted by test/sheets/budget.test.ts with the
 * counting fake and printed by `npm run bench`. "Calls" = every method call on a SpreadsheetApp,
 * Spreadsheet, Sheet, Range, RangeList or EmbeddedChart object, builder factories included
 * (SpreadsheetApp.newDataValidation / newConditionalFormatRule / newTextStyle, Sheet.newChart).
 * Calls on builders and built values (`.copy()`, `.setBold()`, `.build()`, ...) are not counted.
 *
 * - Reading costs getActiveSpreadsheet + getSheets, then getName per sheet and one
 *   getSheetValues(1, 1, -1, -1) per sheet read: one call per sheet's values, never per cell.
 *   The template reads no values: getActiveSpreadsheet + getSheets + getName per sheet (core picks
 *   the fresh name, compared without letter case, which getSheetByName cannot answer).
 * - Writing costs a fixed number of calls per command (WRITE_BUDGET): one call per property per
 *   block, plus structure (insert/clear, widths, frozen panes, merges, chart, one factory per
 *   builder kind). It depends on the layout, never on the number of rows.
 *
 * @example readCalls(5, 5) // 12 for a five-sheet workbook read in full
 */
export const READ_FIXED = 2;
export const READ_PER_SHEET = 1;
export const READ_PER_SHEET_READ = 1;

/** The issue's wish: at most this many calls per command, whatever the size. */
export const ISSUE_CAP = 15;

/** Block-wide writes (array setters, RangeList.setBorder, CF rules) per written sheet. */
export const BLOCK_WRITES_PER_SHEET = 12;

/**
 * Calls a command may make after reading, whatever the size: the most measured on the five seed
 * workbooks and on 10,000 activities, first run or re-run (a re-run adds the clear, the chart
 * removal, bringing the sheet to the front, and, since the write contract, the Renaksi sheet's
 * isSheetHidden + getImages + getCharts asked after its values so core decides what goes and
 * whether a user's image or chart forbids the rebuild: fill 31 -> 33, timeline 28 -> 30; the
 * template's example program rows carry a note: template 21 -> 22).
 */
export const WRITE_BUDGET: Readonly<Record<CommandName, number>> = {
  analyze: 0,
  template: 22,
  fill: 33,
  chart: 29,
  timeline: 30,
  // Measured on Klungkung and 10,000 activities over 2021-2024: 31 first run, 40 re-run (the clear,
  // two charts removed, the sheet brought to the front); the same count for 1 to 8 semesters (the
  // blocks are stacked in the same 11 columns).
  monev: 40,
};

/** Every other call a command may make after reading (the largest WRITE_BUDGET). */
export const WRITE_CALLS_MAX = Math.max(...Object.values(WRITE_BUDGET));

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

/** Reading calls for a workbook of `sheets` sheets of which `sheetsRead` are read. */
export function readCalls(sheets: number, sheetsRead: number): number {
  return READ_FIXED + READ_PER_SHEET * sheets + READ_PER_SHEET_READ * sheetsRead;
}

/** The template's reading calls: the spreadsheet, its sheet list and each sheet's name. */
export function templateReadCalls(sheets: number): number {
  return READ_FIXED + READ_PER_SHEET * sheets;
}

/**
 * The most sheets a workbook may have for the whole command to stay within ISSUE_CAP (0 when
 * no workbook can: the command's writes alone, or with the smallest read, exceed it).
 *
 * @example sheetsWithinCap("analyze") // 6: 2 + 2 x 6 = 14 calls; 7 sheets need 16
 */
export function sheetsWithinCap(command: CommandName): number {
  if (command === "template")
    return templateReadCalls(1) + WRITE_BUDGET.template <= ISSUE_CAP ? Infinity : 0;
  let k = 0;
  while (readCalls(k + 1, k + 1) + WRITE_BUDGET[command] <= ISSUE_CAP) k++;
  return k;
}

/** True for a call that writes a whole block in one go. */
export function isBlockWrite(call: string): boolean {
  return (
    /^Range\.set[A-Z]\w*s$/.test(call) ||
    call === "RangeList.setBorder" ||
    call === "Sheet.setConditionalFormatRules"
  );
}

/** True for a reading call (the split printed by the bench). */
export function isReadCall(call: string): boolean {
  return /\.(getActiveSpreadsheet|getSheets|getName|getSheetValues|getDataRange|getValues|getSheetByName|getActiveSheet)$/.test(
    call,
  );
}
