import type { SheetPlan } from "./sheet-plan";

/** Default row height in points, and the height of one line of 11-pt text. */
export const DEFAULT_ROW_HEIGHT = 15;

/**
 * Row heights for the rows whose wrapped text needs more than one line. Spreadsheet engines that
 * open a file (LibreOffice, Excel reading .xlsx) do not re-fit rows, so a host that writes files
 * sets these heights; hosts that can fit rows themselves (Excel's `autofitRows`, Sheets'
 * `autoResizeRows`) may use that instead.
 *
 * The estimate: a column `width` characters wide holds about `1.18 x width - 4` characters of
 * running text per line (at least `width - 1`; a bold header about 10% fewer); explicit line breaks
 * start new lines. Merged cells are skipped.
 *
 * @example estimateRowHeights(plan) // [{ row: 6, height: 45 }, ...] for a 3-line statement in row 6
 */
export function estimateRowHeights(plan: SheetPlan): { row: number; height: number }[] {
  const widths = new Map(plan.columnWidths.map((w) => [w.col, w.width]));
  // Merged cells by row, then column (numbers, not "r:c" strings: 240,000 wrapped cells on a
  // Monev sheet of 10,000 activities).
  const merged = new Map<number, Set<number>>();
  for (const m of plan.merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      let cols = merged.get(r);
      if (!cols) merged.set(r, (cols = new Set()));
      for (let c = m.col; c < m.col + m.cols; c++) cols.add(c);
    }
  }
  // Characters per line of a column, plain and bold, worked out once per column; lines per row.
  const perLineOf: [number, number][] = [];
  const lines: number[] = [];
  for (const cell of plan.cells) {
    if (!cell.style?.wrap) continue;
    // A formula that shows text (the reason referenced by `=T(Prioritas!E8)`) is fitted to the
    // text it shows: the Alasan rows of "2. Rata-rata aspek" overlapped when they were skipped.
    const text = cell.formula !== undefined ? cell.expected : cell.value;
    if (typeof text !== "string" || text === "") continue;
    if (merged.get(cell.row)?.has(cell.col)) continue;
    let perLine = perLineOf[cell.col];
    if (!perLine) {
      const width = widths.get(cell.col) ?? 9;
      // A width counts "0" digits; running text is narrower on average (about 18% in Calibri /
      // Carlito, measured on LibreOffice prints), less the word that does not fit at the end of a line.
      const fit = Math.max(width - 1, Math.floor(width * 1.18) - 4);
      perLine = [Math.max(1, Math.floor(fit)), Math.max(1, Math.floor(fit * 0.9))];
      perLineOf[cell.col] = perLine;
    }
    const per = perLine[cell.style.bold ? 1 : 0];
    let n = 0;
    if (text.length <= per && !text.includes("\n")) n = 1;
    else for (const part of text.split("\n")) n += Math.max(1, Math.ceil(part.length / per));
    if (n > 1 && n > (lines[cell.row] ?? 1)) lines[cell.row] = n;
  }
  const out: { row: number; height: number }[] = [];
  lines.forEach((n, row) => out.push({ row, height: n * DEFAULT_ROW_HEIGHT }));
  return out;
}
