import { a1, parseA1, quoteSheet, sheetA1, sheetRange } from "../grid";
import type { CellValue } from "../grid";
import type { StatementAnswers } from "../model/answers";
import type { Polarity } from "../model/indicator";
import { sheetLabel as L } from "../i18n/labels-sheet";
import type { RangeRef } from "./sheet-plan";
import { PRIORITY_ORDER, type PriorityOrderKey } from "../compute/priority";

/**
 * Small helpers that build invariant-English formula text. Kept in one place so every layout
 * writes the same shapes (and tests can assert them).
 *
 * @example scoreFormula({ kind: "value", sheet: "Matriks", row: 5, col: 4, rows: 1, cols: 1 })
 *   // '=IF(Matriks!D5="","",VALUE(Matriks!D5))'
 */

export type ScoreSource = NonNullable<StatementAnswers["source"]>;

/** "{1,2,3,4}" for 4 columns (or "{1;2;3;4}" for a vertical run of 4 cells). */
export function arrayConstant(n: number, vertical = false): string {
  const xs = Array.from({ length: n }, (_, i) => String(i + 1));
  return `{${xs.join(vertical ? ";" : ",")}}`;
}

/**
 * Live score of one statement over the user's own cells.
 * - marks: one mark in one of four columns; blank row -> "" (not answered), two marks -> #N/A;
 * - value: one cell holding 1..4 (digits typed as text are converted); blank -> "";
 * - responses: the mean of the respondents' numeric answers; nobody answered -> "".
 */
export function scoreFormula(src: ScoreSource): string {
  const r = sheetRange(src.sheet, src.row, src.col, src.rows, src.cols);
  if (src.kind === "marks") {
    const vertical = src.cols === 1 && src.rows > 1;
    const k = arrayConstant(vertical ? src.rows : src.cols, vertical);
    return `=IF(COUNTA(${r})=0,"",IF(COUNTA(${r})>1,NA(),SUMPRODUCT((${r}<>"")*${k})))`;
  }
  if (src.kind === "value") {
    const c = sheetA1(src.sheet, src.row, src.col);
    return `=IF(${c}="","",VALUE(${c}))`;
  }
  const args = responseArgs(src);
  return `=IF(COUNT(${args})=0,"",AVERAGE(${args}))`;
}

/**
 * The cells of a responses column as formula arguments, duplicate rows left out:
 * D2:D61 skipping row 5 -> "R!D2:D4,R!D6:D61".
 */
function responseArgs(src: ScoreSource): string {
  const skip = new Set(src.skipRows ?? []);
  if (skip.size === 0) return sheetRange(src.sheet, src.row, src.col, src.rows, src.cols);
  const rows: number[] = [];
  for (let r = src.row; r < src.row + src.rows; r++) if (!skip.has(r)) rows.push(r);
  return columnRuns(src.col, rows)
    .map((run) => `${quoteSheet(src.sheet)}!${run}`)
    .join(",");
}

/** Live count of valid answers for a responses column, null for other kinds (written as value). */
export function countFormula(src: ScoreSource): string | null {
  if (src.kind !== "responses") return null;
  return `=COUNT(${responseArgs(src)})`;
}

/**
 * The arguments of AVERAGE over a set of cells in one column, consecutive rows joined into ranges:
 * rows [6,7,8,11] in column C -> "C6:C8,C11".
 */
export function columnRuns(col: number, rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((x, y) => x - y);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? a1(sorted[i], col) : `${a1(sorted[i], col)}:${a1(sorted[j], col)}`);
    i = j + 1;
  }
  return out;
}

/** Absolute range text "$C$30:$C$34" for a one-column run. */
export function absColumn(col: number, row: number, rows: number): string {
  return `${a1(row, col, true)}:${a1(row + rows - 1, col, true)}`;
}

/** Normalise a "Sheet!A1" reference (quotes the sheet when needed), or null when unparsable. */
export function normaliseRef(ref: string): string | null {
  const p = parseA1(ref);
  if (!p || p.sheet === undefined) return null;
  return sheetA1(p.sheet, p.row, p.col);
}

/**
 * Join rectangles that touch: vertical neighbours with the same columns first, then horizontal
 * neighbours with the same rows. Used to keep validation / conditional-format ranges few.
 */
export function joinRects(rects: readonly RangeRef[]): RangeRef[] {
  const byCol = [...rects].sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  const vertical: RangeRef[] = [];
  for (const r of byCol) {
    const last = vertical[vertical.length - 1];
    if (last && last.col === r.col && last.cols === r.cols && last.row + last.rows === r.row) {
      last.rows += r.rows;
    } else vertical.push({ ...r });
  }
  const byRow = vertical.sort((a, b) => a.row - b.row || a.rows - b.rows || a.col - b.col);
  const out: RangeRef[] = [];
  for (const r of byRow) {
    const last = out[out.length - 1];
    if (last && last.row === r.row && last.rows === r.rows && last.col + last.cols === r.col) {
      last.cols += r.cols;
    } else out.push({ ...r });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** `Sheet!D5` when the user's cell holds exactly this number (a live reference is safe), else null. */
export function liveNumberRef(
  ref: string | undefined,
  value: number | null,
  lookup: ((ref: string) => CellValue | undefined) | undefined,
): string | null {
  if (!ref || value === null || !lookup) return null;
  const norm = normaliseRef(ref);
  if (!norm) return null;
  const v = lookup(norm);
  return typeof v === "number" && Number.isFinite(v) && Math.abs(v - value) < 1e-12 ? norm : null;
}

/**
 * Live capaian of target cell `T` and realisation cell `R` by polarity (PermenPANRB 6/2022, the
 * same rule as core/compute/capaian.ts): up `R/T`, down `1+(1-R/T)`; a lower-is-better target of 0
 * has no ratio and shows "Tercapai" / "Tidak tercapai".
 *
 * @example capaianFormula("down", false, "D5", "E5") // '=IF(AND(ISNUMBER(E5),ISNUMBER(D5)),IF(D5<>0,1+(1-E5/D5),""),"")'
 */
export function capaianFormula(
  polarity: Polarity,
  targetIsZero: boolean,
  T: string,
  R: string,
): string {
  if (polarity === "down" && targetIsZero) {
    return `=IF(ISNUMBER(${R}),IF(${R}<=0,"${L("capaian.met")}","${L("capaian.notMet")}"),"")`;
  }
  const ratio = polarity === "down" ? `1+(1-${R}/${T})` : `${R}/${T}`;
  return `=IF(AND(ISNUMBER(${R}),ISNUMBER(${T})),IF(${T}<>0,${ratio},""),"")`;
}

/** Live gap, positive for a shortfall: up `T-R`, down `R-T`. */
export function gapFormula(polarity: Polarity, T: string, R: string): string {
  const gap = polarity === "down" ? `${R}-${T}` : `${T}-${R}`;
  return `=IF(AND(ISNUMBER(${R}),ISNUMBER(${T})),${gap},"")`;
}

/**
 * The live rank formula of the priority order (compute/priority.ts PRIORITY_ORDER): 1 + the number
 * of rows that come first, where a row comes first when it is smaller on a key and equal on every
 * key before it. `cols` names the column holding each key; rows `first`..`first + count - 1`.
 * A row whose value is not a number gets "" (no number), as in compute.
 *
 * @example priorityRankFormula({ value: 3, order: 1 }, 30, 30, 5)
 *   // '=IF(ISNUMBER(C30),SUMPRODUCT(ISNUMBER($C$30:$C$34)*($C$30:$C$34<C30))
 *   //   +SUMPRODUCT(($C$30:$C$34=C30)*($A$30:$A$34<A30))+1,"")'
 */
export function priorityRankFormula(
  cols: Record<PriorityOrderKey, number>,
  row: number,
  first: number,
  count: number,
): string {
  const range = (k: PriorityOrderKey): string => absColumn(cols[k], first, count);
  const here = (k: PriorityOrderKey): string => a1(row, cols[k]);
  const terms = PRIORITY_ORDER.map((k, i) => {
    const guard = i === 0 ? [`ISNUMBER(${range(k)})`] : [];
    const equalBefore = PRIORITY_ORDER.slice(0, i).map((p) => `(${range(p)}=${here(p)})`);
    return `SUMPRODUCT(${[...guard, ...equalBefore, `(${range(k)}<${here(k)})`].join("*")})`;
  });
  return `=IF(ISNUMBER(${here(PRIORITY_ORDER[0])}),${terms.join("+")}+1,"")`;
}
