import type { PlannedCell, SheetPlan } from "./sheet-plan";

/** Default row height in points (one line of 11-pt Calibri / Carlito). */
export const DEFAULT_ROW_HEIGHT = 15;
/**
 * One more wrapped line as LibreOffice prints 11-pt Carlito: about 11 pt (measured on the
 * Cilacap Monev print: 9.3 pt a line at a fit-to-width scale of 0.84), 12 with a little room.
 */
export const FILE_LINE_HEIGHT = 12;

/**
 * Lines of wrapped text per row, for the rows that need more than one. The estimate: a column
 * `width` characters wide holds about `1.1 x width` characters of running text (a width counts
 * "0" digits, running text is narrower; measured on LibreOffice prints of the Monev sheet, where
 * "Penyusunan Rencana Aksi" (23) wraps in a column of 20), a bold header about 10% fewer; words
 * wrap whole, as the engines wrap them, and explicit line breaks start new lines. Merged cells are
 * skipped. Worked out once per plan (page setup and the .xlsx writer both ask).
 *
 * @example estimateRowLines(plan) // [{ row: 6, lines: 3 }, ...] for a 3-line statement in row 6
 */
export function estimateRowLines(plan: SheetPlan): { row: number; lines: number }[] {
  const memo = seen.get(plan.cells);
  if (memo && memo.cells === plan.cells.length && memo.merges === plan.merges.length)
    return memo.lines;
  const lines = countLines(plan);
  seen.set(plan.cells, { cells: plan.cells.length, merges: plan.merges.length, lines });
  return lines;
}

const seen = new WeakMap<
  PlannedCell[],
  { cells: number; merges: number; lines: { row: number; lines: number }[] }
>();

/**
 * Row heights for the rows whose wrapped text needs more than one line, as a file states them
 * (`<row ht>` without customHeight: LibreOffice prints at this height, Excel re-fits such a row
 * itself when it opens the file). Hosts that fit rows themselves (Excel's `autofitRows`, Sheets'
 * `autoResizeRows`) need none.
 *
 * @example estimateRowHeights(plan) // [{ row: 6, height: 39 }, ...] for a 3-line statement in row 6
 */
export function estimateRowHeights(plan: SheetPlan): { row: number; height: number }[] {
  return estimateRowLines(plan).map(({ row, lines }) => ({
    row,
    height: Math.max(DEFAULT_ROW_HEIGHT, lines * FILE_LINE_HEIGHT + 3),
  }));
}

/** Lines of `text` in a column holding `per` characters a line, words wrapped whole. */
export function wrappedLines(text: string, per: number): number {
  if (text.length <= per && !text.includes("\n")) return 1;
  let n = 0;
  for (const part of text.split("\n")) {
    let lines = 1;
    let used = 0;
    for (const word of part.split(" ")) {
      if (used === 0) used = word.length;
      else if (used + 1 + word.length <= per) used += 1 + word.length;
      else {
        lines++;
        used = word.length;
      }
      // A word longer than the line breaks inside the word.
      while (used > per) {
        lines++;
        used -= per;
      }
    }
    n += lines;
  }
  return n;
}

function countLines(plan: SheetPlan): { row: number; lines: number }[] {
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
  // Lines of a text at a line length: the Monev sheet repeats each activity's title, units and
  // aspect in every semester block (8 blocks: 8 times the same texts).
  const known = new Map<number, Map<string, number>>();
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
      const fit = Math.floor((widths.get(cell.col) ?? 9) * 1.1);
      perLine = [Math.max(1, fit), Math.max(1, Math.floor(fit * 0.9))];
      perLineOf[cell.col] = perLine;
    }
    const per = perLine[cell.style.bold ? 1 : 0];
    let byText = known.get(per);
    if (!byText) known.set(per, (byText = new Map()));
    let n = byText.get(text);
    if (n === undefined) byText.set(text, (n = wrappedLines(text, per)));
    if (n > 1 && n > (lines[cell.row] ?? 1)) lines[cell.row] = n;
  }
  const out: { row: number; lines: number }[] = [];
  lines.forEach((n, row) => out.push({ row, lines: n }));
  return out;
}
