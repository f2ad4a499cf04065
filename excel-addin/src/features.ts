/**
 * Office.js requirement sets the adapter uses beyond ExcelApi 1.1 (the manifest's minimum). Each is
 * detected at run time with `Office.context.requirements.isSetSupported`; a missing one is skipped
 * with a visible note, never a crash (Office 2016 volume licence = 1.1, Office 2019 = 1.7).
 *
 * @example detectFeatures((v) => Office.context.requirements.isSetSupported("ExcelApi", v))
 */
export interface Features {
  /** getUsedRangeOrNullObject (ExcelApi 1.4). */
  usedRangeOrNull: boolean;
  /** getFirst / getNextOrNullObject: the whole workbook read in one sync (ExcelApi 1.5). */
  sheetWalk: boolean;
  /** Merges, column widths (ExcelApi 1.2). */
  merge: boolean;
  /** Conditional formats (ExcelApi 1.6). */
  conditionalFormats: boolean;
  /** Frozen panes, chart series.add / setXAxisValues, category axis reverse order (ExcelApi 1.7). */
  freezePanes: boolean;
  chartSeries: boolean;
  /** Data validation dropdowns (ExcelApi 1.8). */
  dataValidation: boolean;
  /** A chart axis's number format, ChartAxis.numberFormat: a share reads 0%..100% (ExcelApi 1.8). */
  chartNumberFormat: boolean;
  /** Indent level and multi-area ranges (getRanges) for grouped formats (ExcelApi 1.9). */
  indent: boolean;
  rangeAreas: boolean;
  /** Worksheet.shapes: images and shapes a user drew, read so core can refuse to lose them (1.9). */
  shapes: boolean;
  /** Page setup: orientation, paper, fit to width, print area, title rows, page breaks (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Cell notes (ExcelApi 1.18). */
  notes: boolean;
}

export type FeatureKey = keyof Features;

/** The ExcelApi version each feature needs. */
export const FEATURE_SETS: Record<FeatureKey, string> = {
  usedRangeOrNull: "1.4",
  sheetWalk: "1.5",
  merge: "1.2",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  chartSeries: "1.7",
  dataValidation: "1.8",
  chartNumberFormat: "1.8",
  indent: "1.9",
  rangeAreas: "1.9",
  shapes: "1.9",
  pageLayout: "1.9",
  notes: "1.18",
};

export const ALL_FEATURES: Features = {
  usedRangeOrNull: true,
  sheetWalk: true,
  merge: true,
  conditionalFormats: true,
  freezePanes: true,
  chartSeries: true,
  dataValidation: true,
  chartNumberFormat: true,
  indent: true,
  rangeAreas: true,
  shapes: true,
  pageLayout: true,
  notes: true,
};

/** Ask the host which requirement sets it has. */
export function detectFeatures(isSupported: (version: string) => boolean): Features {
  const out = { ...ALL_FEATURES };
  for (const k of Object.keys(FEATURE_SETS) as FeatureKey[]) out[k] = isSupported(FEATURE_SETS[k]);
  return out;
}

/** Features of the running Office, or everything when Office.js is not there (tests). */
export function officeFeatures(): Features {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  if (!req) return { ...ALL_FEATURES };
  return detectFeatures((v) => req.isSetSupported("ExcelApi", v));
}
