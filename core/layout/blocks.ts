import type { CellValue } from "../grid";
import { planCells, type CellStyle, type RangeRef, type SheetPlan } from "./sheet-plan";

/**
 * The rectangle of a SheetPlan's cells as parallel 2-D arrays, so a host writes it in one call per
 * property (Sheets: setValues / setNumberFormats / setBackgrounds ...; Excel: range.formulas,
 * range.numberFormat ...). `values` holds formulas as strings starting with "=".
 * Cells the plan does not mention are null in `values` ("" for a format) so the host leaves
 * the background default; a `replace` sheet is cleared first, so null means empty.
 *
 * @example
 *   const b = planBlocks(plan); // b.range = { row: 1, col: 1, rows: 30, cols: 9 }
 *   sheet.getRange(b.range.row, b.range.col, b.range.rows, b.range.cols).setValues(b.values)
 */
export interface PlanBlocks {
  range: RangeRef;
  values: (CellValue | string)[][];
  numberFormats: string[][];
  /** "#RRGGBB" or null (no fill). */
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  bold: boolean[][];
  italic: boolean[][];
  wrap: boolean[][];
  horizontal: (CellStyle["horizontal"] | null)[][];
  /** Rectangles of cells that carry a thin border, merged row-wise to keep host calls few. */
  borders: RangeRef[];
  notes: { row: number; col: number; text: string }[];
}

export function planBlocks(plan: SheetPlan): PlanBlocks | null {
  // Every cell, the blank styled ranges' included (one object each here: Sheets writes arrays).
  const cells = planCells(plan);
  if (cells.length === 0) return null;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -Infinity;
  let c1 = -Infinity;
  for (const c of cells) {
    r0 = Math.min(r0, c.row);
    c0 = Math.min(c0, c.col);
    r1 = Math.max(r1, c.row);
    c1 = Math.max(c1, c.col);
  }
  const rows = r1 - r0 + 1;
  const cols = c1 - c0 + 1;
  const mk = <T>(v: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
  const b: PlanBlocks = {
    range: { row: r0, col: c0, rows, cols },
    values: mk<CellValue | string>(null),
    numberFormats: mk(""),
    backgrounds: mk<string | null>(null),
    fontColors: mk<string | null>(null),
    bold: mk(false),
    italic: mk(false),
    wrap: mk(false),
    horizontal: mk<CellStyle["horizontal"] | null>(null),
    borders: [],
    notes: [],
  };
  const bordered = mk(false);
  for (const c of cells) {
    const r = c.row - r0;
    const k = c.col - c0;
    b.values[r][k] = c.formula !== undefined ? c.formula : (c.value ?? null);
    if (c.numberFormat) b.numberFormats[r][k] = c.numberFormat;
    const s = c.style;
    if (s) {
      if (s.fill) b.backgrounds[r][k] = s.fill;
      if (s.fontColor) b.fontColors[r][k] = s.fontColor;
      if (s.bold) b.bold[r][k] = true;
      if (s.italic) b.italic[r][k] = true;
      if (s.wrap) b.wrap[r][k] = true;
      if (s.horizontal) b.horizontal[r][k] = s.horizontal;
      if (s.border) bordered[r][k] = true;
    }
    if (c.note) b.notes.push({ row: c.row, col: c.col, text: c.note });
  }
  b.borders = mergeRuns(bordered, r0, c0);
  return b;
}

/**
 * Rectangles covering the true cells of a boolean mask: horizontal runs first, then runs with the
 * same columns on consecutive rows are joined. Few rectangles -> few host calls.
 */
export function mergeRuns(mask: boolean[][], row0: number, col0: number): RangeRef[] {
  const out: RangeRef[] = [];
  let open: RangeRef[] = [];
  for (let r = 0; r < mask.length; r++) {
    const runs: RangeRef[] = [];
    let start = -1;
    for (let c = 0; c <= mask[r].length; c++) {
      const on = c < mask[r].length && mask[r][c];
      if (on && start < 0) start = c;
      if (!on && start >= 0) {
        runs.push({ row: row0 + r, col: col0 + start, rows: 1, cols: c - start });
        start = -1;
      }
    }
    const next: RangeRef[] = [];
    for (const run of runs) {
      const prev = open.find(
        (o) => o.col === run.col && o.cols === run.cols && o.row + o.rows === run.row,
      );
      if (prev) {
        prev.rows += 1;
        next.push(prev);
        open = open.filter((o) => o !== prev);
      } else next.push(run);
    }
    out.push(...open);
    open = next;
  }
  out.push(...open);
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}
