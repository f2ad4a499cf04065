/**
 * Renaksi's dropdown lists on the user's own sheets (the score cells): the ONLY element of a user's
 * sheet part Renaksi edits is `<dataValidations>`. The user's validations stay exactly as they are
 * (and in their order); Renaksi's earlier lists (errorTitle "Renaksi") are replaced by this run's;
 * where a new list would overlap a validation of the user's (including Excel 2010 `x14` ones kept
 * in the sheet's extLst), the user's stays, Renaksi's list covers only the other cells, and a
 * warning names both places.
 *
 * @example
 *   const { xml, problems } = overlayValidations(sheetXml, "Asesmen", plan.validations);
 */
import {
  colNumber,
  quoteSheet,
  rangeA1,
  type RangeRef,
  type ValidationSpec,
  problem,
  type Problem,
} from "../../core";
import { validationXml, VALIDATION_TITLE } from "./sheet-part";
import { attr, childText, rootOf, setAttr, setChild, topChildren, WORKSHEET_ORDER } from "./xml";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** One A1 reference of a sqref ("B2", "B2:D9", "A:A", "3:3") as a rectangle. */
export function parseRange(ref: string): RangeRef | null {
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  const cell = (s: string): [number | null, number | null] | null => {
    const m = /^([A-Za-z]{0,3})(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) return null;
    return [m[2] ? Number(m[2]) : null, m[1] ? colNumber(m[1]) : null];
  };
  const p = cell(a);
  const q = cell(b);
  if (!p || !q) return null;
  const r0 = p[0] ?? 1;
  const r1 = q[0] ?? MAX_ROW;
  const c0 = p[1] ?? 1;
  const c1 = q[1] ?? MAX_COL;
  return {
    row: Math.min(r0, r1),
    col: Math.min(c0, c1),
    rows: Math.abs(r1 - r0) + 1,
    cols: Math.abs(c1 - c0) + 1,
  };
}

const rangesOf = (sqref: string): RangeRef[] =>
  sqref
    .trim()
    .split(/\s+/)
    .map(parseRange)
    .filter((r): r is RangeRef => r !== null);

function overlap(a: RangeRef, b: RangeRef): boolean {
  return !(
    a.row + a.rows <= b.row ||
    b.row + b.rows <= a.row ||
    a.col + a.cols <= b.col ||
    b.col + b.cols <= a.col
  );
}

/** `a` minus `b`: up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: RangeRef, b: RangeRef): RangeRef[] {
  if (!overlap(a, b)) return [a];
  const out: RangeRef[] = [];
  const aEndR = a.row + a.rows;
  const aEndC = a.col + a.cols;
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(aEndR, b.row + b.rows);
  if (b.row > a.row) out.push({ row: a.row, col: a.col, rows: b.row - a.row, cols: a.cols });
  if (b.row + b.rows < aEndR)
    out.push({ row: b.row + b.rows, col: a.col, rows: aEndR - (b.row + b.rows), cols: a.cols });
  if (b.col > a.col) out.push({ row: top, col: a.col, rows: bottom - top, cols: b.col - a.col });
  if (b.col + b.cols < aEndC)
    out.push({ row: top, col: b.col + b.cols, rows: bottom - top, cols: aEndC - (b.col + b.cols) });
  return out;
}

/** The user's validated ranges: `<dataValidation sqref>` and Excel 2010 `<xm:sqref>` in extLst. */
function userRanges(sheetXml: string, userElements: readonly string[]): RangeRef[] {
  const out: RangeRef[] = [];
  for (const el of userElements)
    out.push(...rangesOf(attr(el.slice(0, el.indexOf(">") + 1), "sqref") ?? ""));
  for (const m of sheetXml.matchAll(
    /<(?:\w+:)?dataValidation\b(?:(?!<\/(?:\w+:)?dataValidation>)[\s\S])*?<(?:\w+:)?sqref>([^<]*)<\/(?:\w+:)?sqref>/g,
  ))
    out.push(...rangesOf(m[1]));
  return out;
}

export interface OverlayResult {
  xml: string;
  problems: Problem[];
}

/** The sheet XML with Renaksi's lists set beside the user's own validations. */
export function overlayValidations(
  sheetXml: string,
  sheet: string,
  specs: readonly ValidationSpec[],
): OverlayResult {
  const prefix = rootOf(sheetXml).prefix;
  const existing = childText(sheetXml, "dataValidations");
  const elements = existing ? topChildren(existing).map((k) => existing.slice(k.start, k.end)) : [];
  const isOurs = (el: string) =>
    attr(el.slice(0, el.indexOf(">") + 1), "errorTitle") === VALIDATION_TITLE;
  const user = elements.filter((el) => !isOurs(el));
  const theirs = userRanges(sheetXml, user);
  const problems: Problem[] = [];
  const ours: string[] = [];
  for (const v of specs) {
    let parts = [v.range];
    const hit = theirs.filter((u) => overlap(u, v.range));
    for (const u of hit) parts = parts.flatMap((p) => subtract(p, u));
    if (hit.length) {
      const where = hit.map((u) => `${quoteSheet(sheet)}!${rangeA1(u)}`).join(", ");
      problems.push(
        problem(
          "warning",
          "cli.validationKept",
          `Validasi data milik pengguna di ${where} dipertahankan; daftar pilihan Renaksi tidak dipasang di sel yang bertumpuk dengannya`,
          `The user's own data validation at ${where} is kept; Renaksi's dropdown is not set on the cells that overlap it`,
          `${quoteSheet(sheet)}!${rangeA1(v.range)}`,
        ),
      );
    }
    if (parts.length) ours.push(validationXml(v, parts.map(rangeA1).join(" "), prefix));
  }
  const all = [...user, ...ours];
  let element = "";
  if (all.length) {
    const open = existing
      ? existing.slice(0, existing.indexOf(">") + 1).replace(/\s*\/>$/, ">")
      : `<${prefix}dataValidations>`;
    element = `${setAttr(open, "count", String(all.length))}${all.join("")}</${prefix}dataValidations>`;
  }
  if (element === (existing ?? "")) return { xml: sheetXml, problems };
  return { xml: setChild(sheetXml, "dataValidations", element, WORKSHEET_ORDER), problems };
}
