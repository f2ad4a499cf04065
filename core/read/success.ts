/**
 * Reader for the success indicators (Indikator (Ukuran) Keberhasilan Program): No | Kelompok
 * Program / Program | Indikator Keberhasilan. One cell may hold several bulleted lines ("• ...",
 * "- ..."), and further indicators of the same group may follow on rows with an empty No/Program
 * (Cilacap, Kapuas across a page break).
 *
 * @example Cilacap -> [{ group: "Penguatan Kelembagaan & Kebijakan", aspect: "kelembagaan", indicators: [4 lines] }, ...]
 */
import type { SuccessIndicator } from "../model/program";
import type { SheetView } from "./sheet";
import { type BaseHeader, type BodyRow, type ReadContext, findCol, lastCol } from "./table";
import { aspectOf, cleanText, oneLine } from "../cells/text";

export interface SuccessHeader extends BaseHeader {
  kind: "successIndicators";
  groupCol: number;
  indicatorCol: number;
}

/** Detect a success-indicator header at row r. */
export function detectSuccess(v: SheetView, r: number): SuccessHeader | null {
  const indicatorCol = findCol(v, r, /keberhasilan/);
  if (indicatorCol < 0 || v.norm(r, indicatorCol).length > 60) return null;
  const groupCol = findCol(
    v,
    r,
    /^(kelompok program|program|kelompok|area program)\b/,
    0,
    indicatorCol - 1,
  );
  if (groupCol < 0) return null;
  let noCol = findCol(v, r, /^(no|nomor)\b\.?/, 0, groupCol - 1);
  if (noCol < 0) noCol = groupCol;
  return {
    kind: "successIndicators",
    row: r,
    height: 1,
    c0: noCol,
    c1: Math.max(indicatorCol, lastCol(v, r, 1)),
    groupCol,
    indicatorCol,
  };
}

/** Lines of a bulleted cell, bullets removed. */
export function bulletLines(text: string): string[] {
  return cleanText(text)
    .split(/\n|(?:^|\s)[•◦▪●](?=\s)/)
    .map((s) => s.replace(/^\s*(?:[-–•◦▪●*]|\d{1,2}[.)]|[a-z][.)])\s+/, "").trim())
    .map(oneLine)
    .filter((s) => s.length > 0);
}

/** Read the body rows of a success-indicator table. */
export function readSuccess(
  v: SheetView,
  h: SuccessHeader,
  rows: BodyRow[],
  _ctx: ReadContext,
): SuccessIndicator[] {
  const out: SuccessIndicator[] = [];
  let last: SuccessIndicator | null = null;
  for (const { r } of rows) {
    const group = oneLine(v.text(r, h.groupCol));
    const lines = bulletLines(v.text(r, h.indicatorCol));
    if (group) {
      const s: SuccessIndicator = { group, indicators: lines, cell: v.addr(r, h.groupCol) };
      const a = aspectOf(group);
      if (a) s.aspect = a;
      out.push(s);
      last = s;
    } else if (last && lines.length > 0) {
      last.indicators.push(...lines);
    }
  }
  return out;
}
