/**
 * Public surface of the Renaksi core. Hosts import from here only.
 */
export * from "./grid";
export * from "./problem";
export * from "./model/aspect";
export * from "./model/statement";
export * from "./model/mapping";
export * from "./model/answers";
export * from "./model/plan";
export * from "./model/priority";
export * from "./model/informasi-umum";
export * from "./model/indicator";
export * from "./model/program";
export * from "./model/monev";
export * from "./model/document";
export * from "./model/analysis";
export * from "./model/polarity";
export * from "./layout/sheet-plan";
export * from "./layout/blocks";
export * from "./api/types";
export * from "./model/managed-sheet";
export * from "./write";
export { fillPlaceholders } from "./i18n/fill";
export * from "./i18n/locale";
export * from "./i18n/dictionary";
// Implemented by the read/, compute/ and api/ modules:
export { readWorkbook } from "./read";
export { analyzeDocument } from "./compute/analyze";
export {
  analyze,
  fill,
  chart,
  timeline,
  template,
  fillWithTimeline,
  monev,
  monevReportOnly,
} from "./api/commands";
export {
  aspectTable,
  describeWrite,
  monevAspectTable,
  monevCountsLine,
  paneNumber,
  panePercent,
  planCounts,
  type PaneCell,
  type PaneTable,
  type WriteCounts,
} from "./api/panes";
export { parseSemester, planSemesters, monevRollup, reportedIndicators } from "./compute/monev";
export { rekapPlan } from "./layout/monev-rekap";
export {
  INDICATOR_PERIOD_COL,
  monevGeometry,
  monevStatusCell,
  MONEV_COLS,
  SEMESTER_FIELDS,
  type MonevGeometry,
  type SemesterField,
} from "./layout/monev";
export { planToGrid, setCell } from "./layout/plan-grid";
export { estimateRowHeights } from "./layout/row-heights";
export { defaultMapping, statementSet, KLUNGKUNG20_STATEMENTS } from "./templates";
export { MARGINS as PAGE_MARGINS, pageSetup, withPage } from "./layout/page";
