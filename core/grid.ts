/**
 * A Grid is what every host returns when it reads a sheet: a rectangle of plain cell values plus the
 * sheet name and the absolute position (1-based row and column) of `values[0][0]`.
 *
 * @example
 *   const g: Grid = { sheet: "Matriks", origin: { row: 3, col: 2 }, values: [["No", "Pertanyaan"]] };
 *   cellAddress(g, 0, 1) // "Matriks!C3"
 */
export type CellValue = string | number | boolean | null;

export interface Grid {
  sheet: string;
  origin: { row: number; col: number };
  values: CellValue[][];
}

/** Column number (1-based) to letters: 1 -> "A", 28 -> "AB". */
export function colLetter(col: number): string {
  // Cached for the columns a sheet can have: A1 references are built per cell (560,000 on a Monev
  // sheet of 10,000 activities and 8 semesters).
  const known = COL_LETTERS[col];
  if (known !== undefined) return known;
  let n = col;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (Number.isInteger(col) && col > 0 && col <= MAX_COLS) COL_LETTERS[col] = s;
  return s;
}

/** Excel's last column (XFD). */
const MAX_COLS = 16384;
const COL_LETTERS = new Array<string | undefined>(MAX_COLS + 1);

/** Letters to column number: "A" -> 1, "AB" -> 28. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Quote a sheet name for use in a reference when needed: `Matriks Asesmen` -> `'Matriks Asesmen'`.
 * A name that reads as a cell (`A1`, `XFD9`), an R1C1 reference (`R1C1`, `R`, `C3`) or a value
 * (`TRUE`, `FALSE`) is quoted too, or a formula would read `A1!B5` as something else.
 */
export function quoteSheet(sheet: string): string {
  // Five regular expressions per call: cached per name (a workbook has a few sheets).
  const known = QUOTED.get(sheet);
  if (known !== undefined) return known;
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^[RrCc](\d*)$/.test(sheet) &&
    !/^[Rr]\d*[Cc]\d*$/.test(sheet) &&
    !/^(true|false)$/i.test(sheet);
  const quoted = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  if (QUOTED.size >= 1000) QUOTED.clear();
  QUOTED.set(sheet, quoted);
  return quoted;
}

const QUOTED = new Map<string, string>();

/** "D14" for row 14, col 4. */
export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;
}

/**
 * THE A1-range helper: "D14" for one cell, "D14:G20" for a rectangle (no sheet).
 *
 * @example rangeA1({ row: 14, col: 4, rows: 7, cols: 4 }) // "D14:G20"
 */
export function rangeA1(r: { row: number; col: number; rows: number; cols: number }): string {
  const tl = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** "Sheet!D14" (sheet quoted when needed). */
export function sheetA1(sheet: string, row: number, col: number, absolute = false): string {
  return `${quoteSheet(sheet)}!${a1(row, col, absolute)}`;
}

/** "Sheet!D14:G20" for a rectangle. */
export function sheetRange(
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
  absolute = false,
): string {
  const tl = a1(row, col, absolute);
  const br = a1(row + rows - 1, col + cols - 1, absolute);
  return `${quoteSheet(sheet)}!${rows === 1 && cols === 1 ? tl : `${tl}:${br}`}`;
}

/** Absolute address of grid cell (r, c), both 0-based inside `values`. */
export function cellAddress(grid: Grid, r: number, c: number): string {
  return sheetA1(grid.sheet, grid.origin.row + r, grid.origin.col + c);
}

/** Parse "Sheet!D14", "'Matriks Asesmen'!D14" or "D14". */
export function parseA1(ref: string): { sheet?: string; row: number; col: number } | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, row: Number(m[4]), col: colNumber(m[3]) };
}
