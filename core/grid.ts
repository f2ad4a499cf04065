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
  let n = col;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: "A" -> 1, "AB" -> 28. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quote a sheet name for use in a reference when needed: `Matriks Asesmen` -> `'Matriks Asesmen'`. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "D14" for row 14, col 4. */
export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;
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
