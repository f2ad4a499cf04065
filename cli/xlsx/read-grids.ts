/**
 * The package's sheets -> the core's Grid[], read straight from the sheet XML (no library builds a
 * model of the workbook), with the same conventions as Office.js `range.values` and SpreadsheetApp
 * `getValues()`:
 * - a merged area's value sits in its top-left cell, the other cells are null;
 * - a formula cell gives its cached result (null when the file has none);
 * - rich text is flattened to its plain text, hyperlinks to their text, errors to "#N/A" etc.;
 * - dates are Excel serial numbers (days since 1899-12-30), as the file stores them.
 *
 * Memory follows the filled cells, never the file's claimed size: only cells that exist are kept,
 * and a sheet whose filled cells are far apart (A1 and XFD1048576) becomes one Grid per cluster of
 * cells instead of one rectangle of 17 billion nulls.
 *
 * @example
 *   const grids = await packageGrids(zip); // [{ sheet: "Matriks", origin: { row: 3, col: 2 }, values: [...] }]
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { type CellValue, type Grid } from "../../core";
import { decodeXml, readText, sheetParts } from "./opc";

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 in Unix days: serial 25569 = 1970-01-01. */
const EPOCH_SERIAL = 25_569;

/** Excel serial number of a Date (dates read by exceljs are UTC). */
export function dateSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_SERIAL;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join("");
}

/** One exceljs cell value as a plain CellValue (tests read LibreOffice's output with exceljs). */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateSerial(v);
  if (typeof v !== "object") return null;
  if ("richText" in v && Array.isArray(v.richText)) return richText(v);
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as { result?: ExcelJS.CellValue }).result;
    return r === undefined ? null : plainValue(r);
  }
  if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  if ("text" in v) {
    const text = (v as { text: unknown }).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text)
      return richText(text as { richText: { text: string }[] });
    return null;
  }
  return null;
}

// ------------------------------------------------------------------------------- XML of the cells

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return). */
function decodeOoxmlEscapes(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The plain text of a string item (`<si>` or `<is>`): every `<t>` run joined, phonetic guides
 * (`<rPh>`) left out.
 */
export function stringItemText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "") : xml;
  let out = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return decodeOoxmlEscapes(decodeXml(out));
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g))
    out.push(m[1] === undefined ? "" : stringItemText(m[1]));
  return out;
}

/** Is this UTF-16 unit XML whitespace (space, tab, CR, LF)? */
const isSpace = (ch: number): boolean => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/**
 * The value of attribute `name` in a tag's attribute text (` r="A1" s="3" t="s"`), found by
 * hand: one call per cell and attribute (a regex per call cost 0.2 s on 560,000 cells).
 */
function attrOf(attrs: string, name: string): string | undefined {
  const needle = `${name}="`;
  for (let i = attrs.indexOf(needle); i >= 0; i = attrs.indexOf(needle, i + 1)) {
    if (i > 0 && !isSpace(attrs.charCodeAt(i - 1))) continue;
    const start = i + needle.length;
    const end = attrs.indexOf('"', start);
    return end < 0 ? undefined : attrs.slice(start, end);
  }
  return undefined;
}

/** `<v>` content of a cell body. */
const valueOf = (body: string): string | undefined => {
  const m = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body);
  return m ? decodeXml(m[1]) : undefined;
};

/** ISO date/time (t="d" cells) -> serial. */
function isoSerial(s: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(s) || !s.includes("T") ? s : `${s}Z`);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + EPOCH_SERIAL : null;
}

/** One `<c>` element's value. */
function cellValue(attrs: string, body: string, shared: readonly string[]): CellValue {
  const t = attrOf(attrs, "t") ?? "n";
  if (t === "inlineStr") {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
    return is ? stringItemText(is[1]) : null;
  }
  const v = valueOf(body);
  if (v === undefined) return null;
  switch (t) {
    case "s":
      return shared[Number(v)] ?? null;
    case "str":
      return decodeOoxmlEscapes(v);
    case "b":
      return v.trim() === "1" || v.trim().toLowerCase() === "true";
    case "e":
      return v;
    case "d":
      return isoSerial(v.trim());
    default: {
      const n = Number(v);
      return v.trim() !== "" && Number.isFinite(n) ? n : null;
    }
  }
}

interface Cells {
  rows: number[];
  cols: number[];
  values: CellValue[];
}

/** The cell reference "AB12" -> [row, col]; null when absent or malformed. */
function parseRef(ref: string | undefined): [number, number] | null {
  if (!ref) return null;
  // By hand (one per cell: 560,000 on a Monev sheet of 10,000 activities): $?LETTERS$?DIGITS.
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  let col = 0;
  const first = i;
  for (; i < ref.length && i - first < 4; i++) {
    const ch = ref.charCodeAt(i) | 32; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === first || i - first > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return i === digits ? null : [row, col];
}

/** Is (r, c) inside a merged area but not its top-left cell? null when the sheet has no merges. */
function mergedHidden(xml: string): ((r: number, c: number) => boolean) | null {
  const areas: [number, number, number, number][] = [];
  // Most sheets have none: one indexOf over the XML instead of a regex scan of all of it.
  const first = xml.indexOf("mergeCell");
  if (first < 0) return null;
  const pattern = /<(?:\w+:)?mergeCell\b[^>]*\sref="([^"]+)"/g;
  pattern.lastIndex = Math.max(0, xml.lastIndexOf("<", first));
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    const [a, b] = m[1].split(":");
    const tl = parseRef(a);
    const br = parseRef(b ?? a);
    if (tl && br) areas.push([tl[0], tl[1], br[0], br[1]]);
  }
  if (areas.length === 0) return null;
  const inside = ([r0, c0, r1, c1]: [number, number, number, number], r: number, c: number) =>
    r >= r0 && r <= r1 && c >= c0 && c <= c1 && !(r === r0 && c === c0);
  const spanned = areas.reduce((n, [r0, , r1]) => n + (r1 - r0 + 1), 0);
  if (spanned > 1_000_000) return (r, c) => areas.some((a) => inside(a, r, c));
  // Row -> the areas covering it: a lookup per cell instead of a scan of every area.
  const byRow = new Map<number, [number, number, number, number][]>();
  for (const a of areas)
    for (let r = a[0]; r <= a[2]; r++) {
      const list = byRow.get(r);
      if (list) list.push(a);
      else byRow.set(r, [a]);
    }
  return (r, c) => (byRow.get(r) ?? []).some((a) => inside(a, r, c));
}

/** Every non-empty cell of one sheet's XML. */
export function sheetCells(xml: string, shared: readonly string[]): Cells {
  const out: Cells = { rows: [], cols: [], values: [] };
  const hidden = mergedHidden(xml);
  const token = /<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let row = 0;
  let col = 0;
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return out;
  token.lastIndex = start;
  const end = xml.indexOf("sheetData>", start + 10);
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (end > 0 && m.index > end) break;
    if (m[1] !== undefined) {
      const r = Number(attrOf(m[1], "r"));
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      col = 0;
      continue;
    }
    const attrs = m[2];
    const at = parseRef(attrOf(attrs, "r"));
    if (at) {
      row = at[0];
      col = at[1];
    } else col += 1;
    if (m[3] === undefined) continue;
    const v = cellValue(attrs, m[3], shared);
    if (v === null || v === "") continue;
    if (hidden && hidden(row, col)) continue;
    out.rows.push(row);
    out.cols.push(col);
    out.values.push(v);
  }
  return out;
}

// --------------------------------------------------------------------------------- cells -> grids

/** A rectangle of at most this many cells is always one Grid. */
const DENSE_LIMIT = 2_000_000;
/** Empty rows / columns that separate two clusters of a sparse sheet. */
const GAP = 64;

/** Split indices (sorted by `key`) where consecutive keys are more than GAP apart. */
function bands(idx: number[], key: (i: number) => number): number[][] {
  const sorted = [...idx].sort((a, b) => key(a) - key(b));
  const out: number[][] = [];
  let cur: number[] = [];
  let last = -Infinity;
  for (const i of sorted) {
    if (cur.length && key(i) - last > GAP) {
      out.push(cur);
      cur = [];
    }
    cur.push(i);
    last = key(i);
  }
  if (cur.length) out.push(cur);
  return out;
}

function gridOf(sheet: string, cells: Cells, idx: readonly number[]): Grid {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  for (const i of idx) {
    r0 = Math.min(r0, cells.rows[i]);
    c0 = Math.min(c0, cells.cols[i]);
    r1 = Math.max(r1, cells.rows[i]);
    c1 = Math.max(c1, cells.cols[i]);
  }
  const values: CellValue[][] = Array.from({ length: r1 - r0 + 1 }, () =>
    new Array<CellValue>(c1 - c0 + 1).fill(null),
  );
  for (const i of idx) values[cells.rows[i] - r0][cells.cols[i] - c0] = cells.values[i];
  return { sheet, origin: { row: r0, col: c0 }, values };
}

const area = (cells: Cells, idx: readonly number[]): number => {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  for (const i of idx) {
    r0 = Math.min(r0, cells.rows[i]);
    c0 = Math.min(c0, cells.cols[i]);
    r1 = Math.max(r1, cells.rows[i]);
    c1 = Math.max(c1, cells.cols[i]);
  }
  return (r1 - r0 + 1) * (c1 - c0 + 1);
};

/**
 * One Grid per sheet when its used rectangle is small enough; a sparse sheet is cut into clusters
 * (bands of rows, then bands of columns, separated by more than 64 empty rows / columns).
 */
export function cellsToGrids(sheet: string, cells: Cells): Grid[] {
  const all = cells.values.map((_, i) => i);
  if (all.length === 0) return [];
  const small = (idx: number[]): boolean =>
    area(cells, idx) <= Math.max(DENSE_LIMIT, 8 * idx.length);
  if (small(all)) return [gridOf(sheet, cells, all)];
  const out: Grid[] = [];
  for (const rowBand of bands(all, (i) => cells.rows[i])) {
    if (small(rowBand)) {
      out.push(gridOf(sheet, cells, rowBand));
      continue;
    }
    for (const block of bands(rowBand, (i) => cells.cols[i])) {
      // A block still too sparse (a diagonal of single cells) becomes one grid per cell row.
      if (small(block)) out.push(gridOf(sheet, cells, block));
      else
        for (const line of bands(block, (i) => cells.rows[i] * 2 ** 16 + cells.cols[i]))
          out.push(gridOf(sheet, cells, line));
    }
  }
  return out.sort((a, b) => a.origin.row - b.origin.row || a.origin.col - b.origin.col);
}

/** The shared string table of the package ([] when it has none). */
export async function sharedStrings(zip: JSZip): Promise<string[]> {
  const rels = (await readText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const m = /<Relationship\b[^>]*Type="[^"]*\/sharedStrings"[^>]*>/.exec(rels);
  const target = m ? (/\sTarget="([^"]*)"/.exec(m[0])?.[1] ?? "") : "sharedStrings.xml";
  const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const xml = await readText(zip, part);
  return xml ? parseSharedStrings(xml) : [];
}

/** Every non-empty worksheet of the package, in tab order (chart sheets have no cells). */
export async function packageGrids(zip: JSZip): Promise<Grid[]> {
  const shared = await sharedStrings(zip);
  const out: Grid[] = [];
  for (const s of await sheetParts(zip)) {
    if (s.kind !== "worksheet") continue;
    const xml = await readText(zip, s.part);
    if (xml) out.push(...cellsToGrids(s.name, sheetCells(xml, shared)));
  }
  return out;
}
