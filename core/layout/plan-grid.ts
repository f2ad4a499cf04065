import type { CellValue, Grid } from "../grid";
import { eachBlank, planExtent, type SheetPlan } from "./sheet-plan";

/**
 * What a host would read back after rendering a plan: a Grid anchored at A1 holding the plan's
 * values, each formula replaced by its `expected` value (what a spreadsheet engine computes).
 * Cells the plan does not mention are null. For tests and hosts' fakes.
 *
 * @example planToGrid(template(opts)[0]).values[0][0] // "Rencana Aksi Pengelolaan ..."
 */
export function planToGrid(plan: SheetPlan): Grid {
  const { rows, cols } = planExtent(plan);
  const values: CellValue[][] = Array.from({ length: rows }, () =>
    new Array<CellValue>(cols).fill(null),
  );
  for (const c of plan.cells) {
    values[c.row - 1][c.col - 1] =
      c.formula !== undefined ? (c.expected ?? null) : (c.value ?? null);
  }
  eachBlank(plan, (row, col) => (values[row - 1][col - 1] = ""));
  return { sheet: plan.sheet, origin: { row: 1, col: 1 }, values };
}

/**
 * Write a value into a grid produced by planToGrid (growing it when needed): how tests play the
 * user typing into a sheet. Returns a new grid; the input is not changed.
 *
 * @example setCell(grid, 30, 5, 1) // the user types 1 in E30
 */
export function setCell(grid: Grid, row: number, col: number, value: CellValue): Grid {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  const values = grid.values.map((line) => [...line]);
  while (values.length <= r) values.push([]);
  while (values[r].length <= c) values[r].push(null);
  values[r][c] = value;
  return { ...grid, values };
}
