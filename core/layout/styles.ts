import type { CellStyle } from "./sheet-plan";

/**
 * The house look of every sheet Renaksi writes (result, timeline, template): one place, so the
 * three layouts stay alike.
 *
 * @example plan.cells.push({ row: 4, col: 1, value: "Aspek", style: HEADER })
 */
export const HEADER: CellStyle = {
  bold: true,
  fill: "#DDEBF7",
  border: true,
  wrap: true,
  horizontal: "center",
  vertical: "middle",
};
export const BODY: CellStyle = { border: true, vertical: "top" };
/**
 * A cell the user types into (kept across re-runs in managed sheets): light violet, a colour no
 * score rule uses (red / amber / green mean low / middle / high scores), so "you may edit" is
 * never read as "score 3".
 */
export const INPUT_FILL = "#E8E0F0";
export const INPUT: CellStyle = { border: true, fill: INPUT_FILL, vertical: "top" };
/** Section and table titles. */
export const TITLE: CellStyle = { bold: true, fontColor: "#1F4E79" };

/** Traffic-light fills for conditional formats (red = needs work, amber = close, green = good). */
export const RED = "#F8CBAD";
export const AMBER = "#FFE699";
export const GREEN = "#C6EFCE";
/**
 * A Renaksi cell a warning of the Catatan points at (flags.ts): pink, a colour neither the
 * traffic lights, the headers nor the input cells use.
 */
export const WARN_FILL = "#FFB3DE";
/** Upper bound of an open "between" rule (>= x), as conditional formats need two values. */
export const BIG = 1e9;

/**
 * Value axes of the charts: a share (0..1) reads 0%..100% on the axis and on the bar labels, an
 * average on the 1-4 scale reads 1,0..4,0. Spread into a ChartSpec.
 *
 * @example plan.charts.push({ ...spec, ...PERCENT_AXIS, axisMax: 1, majorUnit: 0.2 })
 */
export const PERCENT_AXIS = { axisMin: 0, valueFormat: "0%", labelFormat: "0%" } as const;
export const SCORE_AXIS = {
  axisMin: 0,
  axisMax: 4,
  majorUnit: 0.5,
  valueFormat: "0.0",
  labelFormat: "0.00",
} as const;
