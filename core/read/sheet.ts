/**
 * A read-only view over one Grid for the readers: ragged rows are fine (a missing cell is blank),
 * normalised text is computed once per cell, and every position can be turned into an absolute A1
 * address ("Matriks!D14") or rectangle.
 *
 * @example
 *   const v = new SheetView({ sheet: "M", origin: { row: 3, col: 2 }, values: [["No"]] });
 *   v.addr(0, 0) // "M!B3"
 */
import { colLetter, quoteSheet, sheetRange, type CellValue, type Grid } from "../grid";
import { cellText, normalize } from "../cells/text";

/** Blank as a reader sees it: null, false, "", whitespace, a non-finite number. */
function isBlankValue(v: CellValue): boolean {
  if (v === null || v === false) return true;
  if (typeof v === "string") return v.length === 0 || v.trim() === "" || normalize(v) === "";
  if (typeof v === "number") return !Number.isFinite(v);
  return false;
}

export class SheetView {
  readonly grid: Grid;
  readonly sheet: string;
  readonly height: number;
  readonly width: number;
  private readonly normCache: (string[] | undefined)[];
  private readonly prefix: string;
  private readonly letters: string[] = [];

  constructor(grid: Grid) {
    this.grid = grid;
    this.sheet = grid.sheet;
    const rows = Array.isArray(grid.values) ? grid.values : [];
    this.height = rows.length;
    let w = 0;
    for (const r of rows) if (Array.isArray(r) && r.length > w) w = r.length;
    this.width = w;
    this.normCache = new Array<string[] | undefined>(this.height);
    this.prefix = `${quoteSheet(grid.sheet)}!`;
  }

  /** The raw value at (r, c), 0-based inside the grid; null outside or in a short row. */
  raw(r: number, c: number): CellValue {
    const row = this.grid.values[r];
    if (!Array.isArray(row)) return null;
    const v = row[c];
    if (v === undefined || v === null) return null;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    return null;
  }

  /** Display text, trimmed ("" for blank). */
  text(r: number, c: number): string {
    return cellText(this.raw(r, c));
  }

  /** Normalised text (lower-case, single spaces). */
  norm(r: number, c: number): string {
    if (r < 0 || r >= this.height || c < 0) return "";
    let row = this.normCache[r];
    if (!row) {
      row = [];
      this.normCache[r] = row;
    }
    let t = row[c];
    if (t === undefined) {
      const v = this.raw(r, c);
      t = v === null ? "" : normalize(v);
      row[c] = t;
    }
    return t;
  }

  /** Width of row r (its own length, rows may be ragged). */
  rowWidth(r: number): number {
    const row = this.grid.values[r];
    return Array.isArray(row) ? row.length : 0;
  }

  isBlank(r: number, c: number): boolean {
    return isBlankValue(this.raw(r, c));
  }

  /** True when every cell of row r between c0 and c1 (inclusive) is blank. */
  isBlankRow(r: number, c0 = 0, c1 = this.width - 1): boolean {
    const end = Math.min(c1, this.rowWidth(r) - 1);
    for (let c = Math.max(0, c0); c <= end; c++) if (!isBlankValue(this.raw(r, c))) return false;
    return true;
  }

  /** First non-blank column of row r at or after c0, or -1. */
  firstNonBlank(r: number, c0 = 0): number {
    const w = this.rowWidth(r);
    for (let c = Math.max(0, c0); c < w; c++) if (!isBlankValue(this.raw(r, c))) return c;
    return -1;
  }

  /** "Sheet!D14" for grid cell (r, c). */
  addr(r: number, c: number): string {
    let l = this.letters[c];
    if (l === undefined) {
      l = colLetter(this.grid.origin.col + c);
      this.letters[c] = l;
    }
    return `${this.prefix}${l}${this.grid.origin.row + r}`;
  }

  /** "Sheet!D14:G14" for a rectangle starting at grid cell (r, c). */
  range(r: number, c: number, rows: number, cols: number): string {
    return sheetRange(
      this.sheet,
      this.grid.origin.row + r,
      this.grid.origin.col + c,
      Math.max(1, rows),
      Math.max(1, cols),
    );
  }

  /** Absolute 1-based row and column of grid cell (r, c). */
  abs(r: number, c: number): { row: number; col: number } {
    return { row: this.grid.origin.row + r, col: this.grid.origin.col + c };
  }
}
