import type { CellValue, Grid } from "../grid";

/**
 * The sheets Renaksi owns, and THE test that tells one from a user's sheet: its A1 starts with the
 * marker. Every reader (core/read, the kept entries) and the write contract (core/write) use this
 * one test; no host has its own.
 *
 * @example
 *   isManagedMarker("RENAKSI | Hasil Analisis Kabupaten Luwu") // true
 *   isManagedMarker("Catatan rapat")                            // false
 */
export const MANAGED_SHEETS = {
  result: "Hasil Renaksi",
  timeline: "Timeline Program",
  monev: "Monev Renaksi",
} as const;

/** A1 of every managed sheet starts with this text. */
export const MARKER_PREFIX = "RENAKSI |";

/** True when the value read from a sheet's A1 is Renaksi's marker (leading spaces ignored). */
export function isManagedMarker(a1: CellValue | undefined): boolean {
  return typeof a1 === "string" && a1.trimStart().startsWith(MARKER_PREFIX);
}

/** True when the grid is a sheet Renaksi made: it starts at A1 and A1 holds the marker. */
export function isManagedGrid(g: Grid): boolean {
  return g.origin.row === 1 && g.origin.col === 1 && isManagedMarker(g.values[0]?.[0]);
}

/** Sheet names compare without letter case, as Excel, Google Sheets and the .xlsx format do. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("en") === b.toLocaleLowerCase("en");
}
