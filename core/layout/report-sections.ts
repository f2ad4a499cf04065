import type { Analysis } from "../model/analysis";
import { sheetLabel as L } from "../i18n/labels-sheet";
import type { PlannedCell, RangeRef } from "./sheet-plan";
import { BODY, HEADER, INPUT, TITLE } from "./styles";

/**
 * Sections of "Hasil Renaksi" that print what the plans print beyond the analysis: the Indikator
 * Keberhasilan Program per Kelompok Program, and how a form export was read (the label -> score
 * table, editable and kept across re-runs, and the statement each question column was matched to).
 * Each returns its cells and the row after it, so the result layout only places them.
 *
 * @example successSection(analysis, 60, "6. Indikator Keberhasilan Program").next // 60 + 2 + lines
 */
export interface Section {
  cells: PlannedCell[];
  /** The first free row after the section (a blank row included). */
  next: number;
  /** Cells the user types into (kept across re-runs). */
  inputs: RangeRef[];
}

const cell = (
  row: number,
  col: number,
  value: PlannedCell["value"],
  style?: PlannedCell["style"],
  numberFormat?: string,
): PlannedCell => ({
  row,
  col,
  value,
  ...(style ? { style } : {}),
  ...(numberFormat ? { numberFormat } : {}),
});

/** Indikator Keberhasilan Program: No | Kelompok Program | Indikator keberhasilan (one per row). */
export function successSection(analysis: Analysis, row: number, title: string): Section {
  const cells: PlannedCell[] = [];
  if (analysis.successIndicators.length === 0) return { cells, next: row, inputs: [] };
  cells.push(cell(row, 1, title, TITLE));
  let r = row + 1;
  [L("col.no"), L("col.group"), L("col.successIndicator")].forEach((h, i) =>
    cells.push(cell(r, 1 + i, h, HEADER)),
  );
  r++;
  analysis.successIndicators.forEach((g, i) => {
    const lines = g.indicators.length > 0 ? g.indicators : [""];
    lines.forEach((line, k) => {
      cells.push(cell(r, 1, k === 0 ? i + 1 : "", { ...BODY, horizontal: "center" }));
      cells.push(cell(r, 2, k === 0 ? g.group : "", { ...BODY, wrap: true, bold: k === 0 }));
      cells.push(cell(r, 3, line, { ...BODY, wrap: true }));
      r++;
    });
  });
  return { cells, next: r + 1, inputs: [] };
}

/**
 * How the form export was read: its range and respondents, the label -> score table (Label
 * jawaban | Skor editable, | Jumlah jawaban), then each statement's question column and how
 * closely its text matched. Nothing when the workbook has no form export.
 */
export function formExportSection(analysis: Analysis, row: number, title: string): Section {
  const f = analysis.formExport;
  const cells: PlannedCell[] = [];
  const inputs: RangeRef[] = [];
  if (!f) return { cells, next: row, inputs };
  cells.push(cell(row, 1, title, TITLE));
  let r = row + 1;
  cells.push(
    cell(
      r,
      2,
      L("sheet.result.formSource", {
        range: f.range,
        n: f.respondents,
        dup: f.duplicates.length,
      }),
      { italic: true, wrap: true },
    ),
  );
  r += 2;
  if (f.labels) {
    [L("col.no"), L("col.label"), L("col.labelScore"), L("col.labelCount")].forEach((h, i) =>
      cells.push(cell(r, 1 + i, h, HEADER)),
    );
    r++;
    const first = r;
    f.labels.entries.forEach((e, i) => {
      cells.push(cell(r, 1, i + 1, { ...BODY, horizontal: "center" }));
      cells.push(cell(r, 2, e.label, INPUT));
      cells.push(cell(r, 3, e.score, { ...INPUT, horizontal: "center" }, "0"));
      cells.push(cell(r, 4, f.labels?.counts[e.label] ?? 0, BODY, "0"));
      r++;
    });
    inputs.push({ row: first, col: 2, rows: f.labels.entries.length, cols: 2 });
    cells.push(cell(r, 2, L("sheet.result.labelsNote"), { italic: true, wrap: true }));
    r += 2;
  }
  if (f.byText) {
    [L("col.no"), L("col.formQuestion"), L("col.formCell"), L("col.match")].forEach((h, i) =>
      cells.push(cell(r, 1 + i, h, HEADER)),
    );
    r++;
    for (const c of f.columns) {
      cells.push(cell(r, 1, c.no, { ...BODY, horizontal: "center" }));
      cells.push(cell(r, 2, c.header, { ...BODY, wrap: true }));
      cells.push(cell(r, 3, c.cell.replace(/^.*!/, ""), { ...BODY, horizontal: "center" }));
      cells.push(cell(r, 4, c.similarity ?? "", BODY, "0%"));
      r++;
    }
  }
  return { cells, next: r + 1, inputs };
}
