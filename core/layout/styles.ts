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
/** A cell the user types into (kept across re-runs in managed sheets). */
export const INPUT: CellStyle = { border: true, fill: "#FFF2CC", vertical: "top" };
/** Section and table titles. */
export const TITLE: CellStyle = { bold: true, fontColor: "#1F4E79" };
