import { sheetA1, sheetRange } from "../grid";
import type { StatementAnswers } from "../model/answers";

/**
 * Where a statement's answers sit, for messages: the source rectangle ("Matriks!C5:F5"), else the
 * first known answer cell, else undefined.
 *
 * @example answersCell({ no: 1, answers: [3], cells: ["Matriks!E5"] }) // "Matriks!E5"
 */
export function answersCell(a: StatementAnswers): string | undefined {
  if (a.source) {
    const s = a.source;
    return sheetRange(s.sheet, s.row, s.col, s.rows, s.cols);
  }
  if (a.cells && a.cells.length > 0) return a.cells[0];
  return undefined;
}

/**
 * The cell of answer `i`: `cells[i]` when known; for a single-value or marks source, the source
 * cell; for a responses column, the i-th cell down the column.
 *
 * @example answerCell({ no: 1, answers: [5], cells: ["Matriks!D14"] }, 0) // "Matriks!D14"
 */
export function answerCell(a: StatementAnswers, i: number): string | undefined {
  if (a.cells && a.cells[i] !== undefined) return a.cells[i];
  const s = a.source;
  if (!s) return undefined;
  if (s.kind === "responses") {
    return s.cols === 1 ? sheetA1(s.sheet, s.row + i, s.col) : sheetA1(s.sheet, s.row, s.col + i);
  }
  return answersCell(a);
}

/**
 * Compare two A1 addresses for sorting: by sheet name, then row, then column; addresses that do
 * not parse sort after those that do, by text.
 */
export function compareCells(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const pa = splitCell(a);
  const pb = splitCell(b);
  if (pa.sheet !== pb.sheet) return pa.sheet < pb.sheet ? -1 : 1;
  if (pa.row !== pb.row) return pa.row - pb.row;
  if (pa.col !== pb.col) return pa.col - pb.col;
  return a < b ? -1 : a > b ? 1 : 0;
}

function splitCell(ref: string): { sheet: string; row: number; col: number } {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]{1,3})\$?(\d+)/.exec(ref);
  if (!m) return { sheet: ref, row: Number.MAX_SAFE_INTEGER, col: 0 };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  let col = 0;
  for (const ch of m[3].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(m[4]), col };
}
