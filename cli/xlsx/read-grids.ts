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
import { isAscii } from "node:buffer";
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { type CellValue, type Grid } from "../../core";
import { decodeXml, readText, sheetParts } from "./opc";
import { loadedPartBytes } from "./zip-native";

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
//
// The sheet XML is read by a scanner over the part's text (indexOf / charCodeAt), which used to be
// one general regex per token plus a regex per `<v>` and per `<t>`: about 1 s on the Monev sheet
// of 10,000 activities. A cell in the usual shape is matched whole by one sticky regex
// (PLAIN_CELL); every other token is read by the general scanner. Both give exactly what these
// patterns give, first match first (`P:` is an optional namespace prefix `\w+:`, `\b` the regex
// word boundary), so odd files (prefixes, cells without `r`, rich text, attributes in any order)
// read as they always did:
//   row       <P:row\b[^>]*>
//   cell      <P:c\b[^>]*?(/> | >body</P:c>)        (body: up to the first closing tag)
//   string    <P:si\b[^>]*?(/> | >body</P:si>)  and  <P:is\b[^>]*>body</P:is>
//   text run  <P:t(\s[^>]*)?>text</P:t>             (every run of a string item, joined)
//   value     <P:v(\s[^>]*)?>text</P:v>             (the first one in the cell body)
// and attributes as attrOf reads them.

const GT = 62; // >
const SLASH = 47; // /
const COLON = 58; // :
const EQUALS = 61; // =

/** Is this UTF-16 unit XML whitespace (space, tab, CR, LF)? */
const isSpace = (ch: number): boolean => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/** Does the regex class `\s` hold this UTF-16 unit (Unicode spaces and line ends, not only XML's)? */
const isRegexSpace = (ch: number): boolean =>
  ch === 32 ||
  (ch >= 9 && ch <= 13) ||
  (ch >= 0xa0 &&
    (ch === 0xa0 ||
      ch === 0x1680 ||
      (ch >= 0x2000 && ch <= 0x200a) ||
      ch === 0x2028 ||
      ch === 0x2029 ||
      ch === 0x202f ||
      ch === 0x205f ||
      ch === 0x3000 ||
      ch === 0xfeff));

/** Is this UTF-16 unit a regex word character `[A-Za-z0-9_]`? */
const isWord = (ch: number): boolean =>
  (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 95;

/**
 * What may follow an element name: a word boundary (`\b`), whitespace or `>` (`(\s[^>]*)?>`) in
 * text or in UTF-8 bytes (see sheetCells), `>`.
 */
const BOUNDARY = 0;
const SPACE_OR_GT = 1;
const SPACE_OR_GT_BYTES = 2;
const ONLY_GT = 3;

/** The code point the UTF-8 bytes at `i` (one char per byte) decode to; -1 if not 2 or 3 bytes. */
function codePointAt(bytes: string, i: number): number {
  const lead = bytes.charCodeAt(i);
  const c1 = bytes.charCodeAt(i + 1);
  if (c1 < 0x80 || c1 > 0xbf) return -1;
  if (lead >= 0xc2 && lead <= 0xdf) return ((lead & 0x1f) << 6) | (c1 & 0x3f);
  const c2 = bytes.charCodeAt(i + 2);
  if (lead < 0xe0 || lead > 0xef || c2 < 0x80 || c2 > 0xbf) return -1;
  const cp = ((lead & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
  return cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff) ? -1 : cp;
}

function follows(xml: string, i: number, what: number): boolean {
  const ch = xml.charCodeAt(i);
  if (what === BOUNDARY) return !isWord(ch);
  if (what === ONLY_GT || ch === GT) return ch === GT;
  if (ch < 0x80 || what === SPACE_OR_GT) return isRegexSpace(ch);
  return isRegexSpace(codePointAt(xml, i));
}

/**
 * Where the name ends when `xml` at `at` reads `name` or `prefix:name` followed by a character
 * `what` accepts (the prefixed reading first, as the regex tries it); -1 otherwise.
 */
function nameEnd(xml: string, at: number, name: string, what: number): number {
  let i = at;
  while (isWord(xml.charCodeAt(i))) i++;
  if (i > at && xml.charCodeAt(i) === COLON && xml.startsWith(name, i + 1)) {
    const end = i + 1 + name.length;
    if (follows(xml, end, what)) return end;
  }
  const end = at + name.length;
  return xml.startsWith(name, at) && follows(xml, end, what) ? end : -1;
}

/**
 * The first closing tag `</name>` or `</prefix:name>` that starts at or after `from` and ends by
 * `to`: its position, or -1.
 */
function closeAt(xml: string, from: number, to: number, name: string): number {
  const first = name.charCodeAt(0);
  const short = name.length === 1;
  for (let i = xml.indexOf("</", from); i >= 0 && i < to; i = xml.indexOf("</", i + 2)) {
    const ch = xml.charCodeAt(i + 2);
    if (short && ch === first && xml.charCodeAt(i + 3) === GT) return i + 3 < to ? i : -1;
    if (!isWord(ch)) continue;
    const end = nameEnd(xml, i + 2, name, ONLY_GT);
    if (end >= 0) return end < to ? i : -1;
  }
  return -1;
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return). */
function decodeOoxmlEscapes(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const NON_ASCII = /[^\0-\x7f]/;

/** Text taken out of a sheet read as UTF-8 bytes (`bytes`), as the text it stands for. */
function utf8(s: string, bytes: boolean): string {
  return bytes && NON_ASCII.test(s) ? Buffer.from(s, "latin1").toString("utf8") : s;
}

/** How a sheet's XML is read: `<rPh` present at all, and the text as UTF-8 bytes (sheetCells). */
interface Reading {
  phonetic: boolean;
  bytes: boolean;
}

/** The `<t>` runs of xml[from, to) joined, still XML-escaped. */
function textRuns(xml: string, from: number, to: number, bytes: boolean): string {
  let out = "";
  for (let lt = xml.indexOf("<", from); lt >= 0 && lt < to; lt = xml.indexOf("<", lt + 1)) {
    const name = nameEnd(xml, lt + 1, "t", bytes ? SPACE_OR_GT_BYTES : SPACE_OR_GT);
    if (name < 0) continue;
    const gt = xml.indexOf(">", name);
    if (gt < 0 || gt >= to) break;
    const close = closeAt(xml, gt + 1, to, "t");
    // No closing tag after this run: none after a later one either.
    if (close < 0) break;
    out += xml.slice(gt + 1, close);
    lt = xml.indexOf(">", close);
  }
  return utf8(out, bytes);
}

/**
 * The plain text of the string item xml[from, to) (the body of an `<si>` or `<is>`): every `<t>`
 * run joined, phonetic guides (`<rPh>`) left out. `how.phonetic`: whether the part holds `<rPh`
 * at all (checked once per part, not once per item).
 */
function itemText(xml: string, from: number, to: number, how: Reading): string {
  if (how.phonetic) {
    const body = xml.slice(from, to);
    if (body.includes("<rPh")) {
      const bare = body.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "");
      return decodeOoxmlEscapes(decodeXml(textRuns(bare, 0, bare.length, how.bytes)));
    }
  }
  return decodeOoxmlEscapes(decodeXml(textRuns(xml, from, to, how.bytes)));
}

/**
 * The plain text of a string item (`<si>` or `<is>`): every `<t>` run joined, phonetic guides
 * (`<rPh>`) left out.
 *
 * @example stringItemText('<r><t>Ka</t></r><r><t xml:space="preserve">bupaten</t></r>') // "Kabupaten"
 */
export function stringItemText(xml: string): string {
  return itemText(xml, 0, xml.length, { phonetic: true, bytes: false });
}

/** The shared string table's items in order (`<si/>` is ""). */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const how: Reading = { phonetic: xml.includes("<rPh"), bytes: false };
  let unclosed = xml.length + 1; // no `</si>` at or after this position
  for (let lt = xml.indexOf("<"); lt >= 0; lt = xml.indexOf("<", lt + 1)) {
    const name = nameEnd(xml, lt + 1, "si", BOUNDARY);
    if (name < 0) continue;
    const gt = xml.indexOf(">", name);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === SLASH && gt - 1 >= name) {
      out.push("");
      lt = gt;
      continue;
    }
    const close = gt + 1 >= unclosed ? -1 : closeAt(xml, gt + 1, xml.length, "si");
    if (close < 0) {
      unclosed = Math.min(unclosed, gt + 1);
      continue;
    }
    out.push(itemText(xml, gt + 1, close, how));
    lt = xml.indexOf(">", close);
  }
  return out;
}

/**
 * The value of attribute `name` in a tag's attribute text (` r="A1" s="3" t="s"`): the first
 * `name="` at the start or after whitespace, up to the next quote.
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

/** Where the `r` and `t` values of one tag's attributes lie in the XML (-1: absent). */
interface TagAttrs {
  rFrom: number;
  rTo: number;
  tFrom: number;
  tTo: number;
}

/**
 * Find `r` and `t` in the attribute text xml[from, to) in one pass, when it is plain
 * `(whitespace name="value")*` with no value ending in `=`: then the first attribute named `r`
 * is exactly what attrOf finds. false for anything else (the caller falls back to attrOf).
 * Values are skipped with indexOf, only the few characters between them are looked at one by one.
 */
function scanAttrs(xml: string, from: number, to: number, out: TagAttrs): boolean {
  out.rFrom = out.rTo = out.tFrom = out.tTo = -1;
  let i = from;
  for (;;) {
    const open = xml.indexOf('"', i);
    if (open < 0 || open >= to) {
      for (; i < to; i++) if (!isSpace(xml.charCodeAt(i))) return false;
      return true;
    }
    // xml[i, open) is whitespace, a name without whitespace nor `=`, then `=`.
    if (!isSpace(xml.charCodeAt(i))) return false;
    do i++;
    while (isSpace(xml.charCodeAt(i)));
    const nameFrom = i;
    const eq = open - 1;
    if (eq <= nameFrom || xml.charCodeAt(eq) !== EQUALS) return false;
    for (; i < eq; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === EQUALS || isSpace(ch)) return false;
    }
    const close = xml.indexOf('"', open + 1);
    if (close < 0 || close >= to) return false;
    if (close > open + 1 && xml.charCodeAt(close - 1) === EQUALS) return false;
    if (eq - nameFrom === 1) {
      const ch = xml.charCodeAt(nameFrom);
      if (ch === 114 && out.rFrom < 0) {
        out.rFrom = open + 1;
        out.rTo = close;
      } else if (ch === 116 && out.tFrom < 0) {
        out.tFrom = open + 1;
        out.tTo = close;
      }
    }
    i = close + 1;
  }
}

/** The `t` attribute as one of the cell types cellValue tells apart ("n" for any other). */
function cellType(xml: string, from: number, to: number): string {
  if (from < 0) return "n";
  const len = to - from;
  if (len === 1) {
    const ch = xml.charCodeAt(from);
    return ch === 115 ? "s" : ch === 98 ? "b" : ch === 101 ? "e" : ch === 100 ? "d" : "n";
  }
  if (len === 3 && xml.startsWith("str", from)) return "str";
  if (len === 9 && xml.startsWith("inlineStr", from)) return "inlineStr";
  return "n";
}

/** The text of the first `<v>` in xml[from, to), XML-decoded; undefined when there is none. */
function valueIn(xml: string, from: number, to: number, bytes: boolean): string | undefined {
  for (let lt = xml.indexOf("<", from); lt >= 0 && lt < to; lt = xml.indexOf("<", lt + 1)) {
    const name = nameEnd(xml, lt + 1, "v", bytes ? SPACE_OR_GT_BYTES : SPACE_OR_GT);
    if (name < 0) continue;
    const gt = xml.indexOf(">", name);
    if (gt < 0 || gt >= to) return undefined;
    const close = closeAt(xml, gt + 1, to, "v");
    return close < 0 ? undefined : decodeXml(utf8(xml.slice(gt + 1, close), bytes));
  }
  return undefined;
}

/** The text of the first `<is>` in xml[from, to); null when there is none. */
function inlineIn(xml: string, from: number, to: number, how: Reading): string | null {
  for (let lt = xml.indexOf("<", from); lt >= 0 && lt < to; lt = xml.indexOf("<", lt + 1)) {
    const name = nameEnd(xml, lt + 1, "is", BOUNDARY);
    if (name < 0) continue;
    const gt = xml.indexOf(">", name);
    if (gt < 0 || gt >= to) return null;
    const close = closeAt(xml, gt + 1, to, "is");
    return close < 0 ? null : itemText(xml, gt + 1, close, how);
  }
  return null;
}

/** ISO date/time (t="d" cells) -> serial. */
function isoSerial(s: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(s) || !s.includes("T") ? s : `${s}Z`);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + EPOCH_SERIAL : null;
}

/** A cell's `<v>` text (XML-decoded) as the value its type `t` gives. */
function typedValue(t: string, v: string, shared: readonly string[]): CellValue {
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

/** The value of a cell of type `t` whose body is xml[from, to). */
function cellValue(
  xml: string,
  t: string,
  from: number,
  to: number,
  shared: readonly string[],
  how: Reading,
): CellValue {
  if (t === "inlineStr") return inlineIn(xml, from, to, how);
  const v = valueIn(xml, from, to, how.bytes);
  return v === undefined ? null : typedValue(t, v, shared);
}

/**
 * A cell in the shape spreadsheet writers use (Excel, LibreOffice, exceljs, Renaksi), matched
 * from its `<` in one call: `<c r="B7" s="4" t="s">` (s and t optional, in this order) then `/>`,
 * or a body of an optional formula (`<f>...</f>`, `<f t="shared" .../>`) and either `<v>x</v>` or
 * `<is><t>x</t></is>`, with no `<` in x and nothing else inside. For these the general reading
 * (closing tag, then `<v>` / `<is>`) gives exactly: the reference, the type, and x as the value
 * (or none). Groups: 1 a one-letter type, 2 and 3 (empty) the types "str" and "inlineStr",
 * 4 `<v>` text without `&` (nothing to decode), 5 inline text, 6 `<v>` text with an entity; the
 * reference is read in place (no string made for it).
 */
const PLAIN_CELL =
  /<c r="[A-Z]{1,3}\d{1,9}"(?: s="\d+")?(?: t="(?:([sbend])|str()|inlineStr())")?(?:\/>|>(?:<f(?:>| [^<>]*>)[^<]*<\/f>|<f [^<>]*\/>)?(?:<v>([^<&]*)<\/v>|<is><t(?: xml:space="preserve")?>([^<]*)<\/t><\/is>|<v>([^<]*)<\/v>)<\/c>)/y;

/** A row tag whose first attribute is its number (`<row r="7" spans="1:9">`): group 1 the number. */
const PLAIN_ROW = /<row r="(\d{1,9})"[^>]*>/y;

interface Cells {
  rows: number[];
  cols: number[];
  values: CellValue[];
}

/** A cell reference's row and column. */
interface Ref {
  row: number;
  col: number;
}

/** Read the reference xml[from, to) ("AB12", "$A$1") into `at`; false when empty or malformed. */
function refAt(xml: string, from: number, to: number, at: Ref): boolean {
  if (from < 0 || from >= to) return false;
  // By hand (one per cell: 560,000 on a Monev sheet of 10,000 activities): $?LETTERS$?DIGITS.
  let i = xml.charCodeAt(from) === 36 ? from + 1 : from;
  let col = 0;
  const first = i;
  for (; i < to && i - first < 4; i++) {
    const ch = xml.charCodeAt(i) | 32; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === first || i - first > 3) return false;
  if (i < to && xml.charCodeAt(i) === 36) i++;
  let row = 0;
  const digits = i;
  for (; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  if (i === digits) return false;
  at.row = row;
  at.col = col;
  return true;
}

/** The cell reference "AB12" -> [row, col]; null when absent or malformed. */
function parseRef(ref: string | undefined): [number, number] | null {
  const at = { row: 0, col: 0 };
  return ref !== undefined && refAt(ref, 0, ref.length, at) ? [at.row, at.col] : null;
}

/** Is (r, c) inside a merged area but not its top-left cell? null when the sheet has no merges. */
function mergedHidden(sheet: string, bytes: boolean): ((r: number, c: number) => boolean) | null {
  const areas: [number, number, number, number][] = [];
  // Most sheets have none: one indexOf over the XML instead of a regex scan of all of it.
  const first = sheet.indexOf("mergeCell");
  if (first < 0) return null;
  const from = Math.max(0, sheet.lastIndexOf("<", first));
  // `\s` holds spaces beyond ASCII: read UTF-8 bytes as the text they stand for (from a `<`).
  const xml = bytes ? utf8(sheet.slice(from), true) : sheet;
  const pattern = /<(?:\w+:)?mergeCell\b[^>]*\sref="([^"]+)"/g;
  pattern.lastIndex = bytes ? 0 : from;
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

/**
 * Every non-empty cell of one sheet's XML. `bytes`: `xml` holds the part's UTF-8 bytes one char
 * per byte (latin1), which Node makes 5 times faster than decoding them when the sheet is not
 * ASCII (the Monev sheet's marks); every text taken out is then decoded, and the one place where
 * bytes beyond ASCII mean something to the reading (`\s`) decodes them first.
 */
export function sheetCells(xml: string, shared: readonly string[], bytes = false): Cells {
  const out: Cells = { rows: [], cols: [], values: [] };
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return out;
  const hidden = mergedHidden(xml, bytes);
  const end = xml.indexOf("sheetData>", start + 10);
  const how: Reading = { phonetic: xml.includes("<rPh"), bytes };
  const tag: TagAttrs = { rFrom: -1, rTo: -1, tFrom: -1, tTo: -1 };
  const at: Ref = { row: 0, col: 0 };
  let unclosed = xml.length + 1; // no `</c>` at or after this position
  let row = 0;
  let col = 0;
  for (let lt = xml.indexOf("<", start); lt >= 0; lt = xml.indexOf("<", lt + 1)) {
    if (end > 0 && lt > end) break;
    const next = xml.charCodeAt(lt + 1);
    if (!isWord(next)) continue; // a closing tag: neither a row nor a cell
    // `<c ` / `<row ` without a prefix, the usual case, else the general reading.
    const after = xml.charCodeAt(lt + 2);
    const plainCell = next === 99 && !isWord(after) && after !== COLON;
    if (next === 114) {
      PLAIN_ROW.lastIndex = lt;
      const m = PLAIN_ROW.exec(xml);
      if (m) {
        const r = Number(m[1]);
        row = r > 0 ? r : row + 1;
        col = 0;
        lt = PLAIN_ROW.lastIndex - 1;
        continue;
      }
    }
    const rowName = plainCell ? -1 : nameEnd(xml, lt + 1, "row", BOUNDARY);
    if (rowName >= 0) {
      const gt = xml.indexOf(">", rowName);
      if (gt < 0) continue;
      const ref = scanAttrs(xml, rowName, gt, tag)
        ? tag.rFrom < 0
          ? undefined
          : xml.slice(tag.rFrom, tag.rTo)
        : attrOf(xml.slice(rowName, gt), "r");
      const r = Number(ref === undefined ? undefined : utf8(ref, bytes));
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      col = 0;
      lt = gt;
      continue;
    }
    if (plainCell) {
      PLAIN_CELL.lastIndex = lt;
      let m = PLAIN_CELL.exec(xml);
      if (m) {
        // Cells of the usual shape one after another, each matched where the previous one ends.
        for (; m; m = end > 0 && PLAIN_CELL.lastIndex > end ? null : PLAIN_CELL.exec(xml)) {
          // `<c r="` is 6 characters: the reference runs from there to its quote.
          refAt(xml, m.index + 6, xml.indexOf('"', m.index + 6), at);
          lt = PLAIN_CELL.lastIndex - 1;
          row = at.row;
          col = at.col;
          const t = m[1] ?? (m[2] !== undefined ? "str" : m[3] !== undefined ? "inlineStr" : "n");
          const v =
            m[4] !== undefined
              ? t === "inlineStr"
                ? null
                : typedValue(t, bytes ? utf8(m[4], true) : m[4], shared)
              : m[5] !== undefined
                ? t === "inlineStr"
                  ? decodeOoxmlEscapes(decodeXml(utf8(m[5], bytes)))
                  : null
                : m[6] !== undefined && t !== "inlineStr"
                  ? typedValue(t, decodeXml(utf8(m[6], bytes)), shared)
                  : null;
          if (v === null || v === "") continue;
          if (hidden && hidden(row, col)) continue;
          out.rows.push(row);
          out.cols.push(col);
          out.values.push(v);
        }
        continue;
      }
    }
    const cellName = plainCell ? lt + 2 : nameEnd(xml, lt + 1, "c", BOUNDARY);
    if (cellName < 0) continue;
    const gt = xml.indexOf(">", cellName);
    if (gt < 0) continue;
    const empty = xml.charCodeAt(gt - 1) === SLASH && gt - 1 >= cellName;
    const attrsTo = empty ? gt - 1 : gt;
    let t: string;
    let located: boolean;
    if (scanAttrs(xml, cellName, attrsTo, tag)) {
      located = refAt(xml, tag.rFrom, tag.rTo, at);
      t = cellType(xml, tag.tFrom, tag.tTo);
    } else {
      const attrs = xml.slice(cellName, attrsTo);
      const ref = attrOf(attrs, "r");
      located = ref !== undefined && refAt(ref, 0, ref.length, at);
      const type = attrOf(attrs, "t");
      t = type === undefined ? "n" : cellType(type, 0, type.length);
    }
    let v: CellValue = null;
    if (!empty) {
      const close = gt + 1 >= unclosed ? -1 : closeAt(xml, gt + 1, xml.length, "c");
      if (close < 0) {
        // Not a cell: no closing tag.
        unclosed = Math.min(unclosed, gt + 1);
        continue;
      }
      v = cellValue(xml, t, gt + 1, close, shared, how);
      lt = xml.indexOf(">", close);
    } else lt = gt;
    if (located) {
      row = at.row;
      col = at.col;
    } else col += 1;
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

/** The bounding rows and columns of the cells at `idx` (every cell when null). */
function boxOf(cells: Cells, idx: readonly number[] | null): [number, number, number, number] {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  const n = idx ? idx.length : cells.values.length;
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k] : k;
    r0 = Math.min(r0, cells.rows[i]);
    c0 = Math.min(c0, cells.cols[i]);
    r1 = Math.max(r1, cells.rows[i]);
    c1 = Math.max(c1, cells.cols[i]);
  }
  return [r0, c0, r1, c1];
}

/** The Grid of the cells at `idx` (every cell when null), as small as their bounding box. */
function gridOf(sheet: string, cells: Cells, idx: readonly number[] | null): Grid {
  const [r0, c0, r1, c1] = boxOf(cells, idx);
  const values: CellValue[][] = Array.from({ length: r1 - r0 + 1 }, () =>
    new Array<CellValue>(c1 - c0 + 1).fill(null),
  );
  const n = idx ? idx.length : cells.values.length;
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k] : k;
    values[cells.rows[i] - r0][cells.cols[i] - c0] = cells.values[i];
  }
  return { sheet, origin: { row: r0, col: c0 }, values };
}

const area = (cells: Cells, idx: readonly number[] | null): number => {
  const [r0, c0, r1, c1] = boxOf(cells, idx);
  return (r1 - r0 + 1) * (c1 - c0 + 1);
};

/**
 * One Grid per sheet when its used rectangle is small enough; a sparse sheet is cut into clusters
 * (bands of rows, then bands of columns, separated by more than 64 empty rows / columns).
 */
export function cellsToGrids(sheet: string, cells: Cells): Grid[] {
  const count = cells.values.length;
  if (count === 0) return [];
  if (area(cells, null) <= Math.max(DENSE_LIMIT, 8 * count)) return [gridOf(sheet, cells, null)];
  const all = cells.values.map((_, i) => i);
  const small = (idx: number[]): boolean =>
    area(cells, idx) <= Math.max(DENSE_LIMIT, 8 * idx.length);
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
    // The bytes as they are (latin1) when not ASCII: see sheetCells. ASCII reads the same either way.
    const bytes = loadedPartBytes(zip, s.part);
    const xml = bytes ? bytes.toString("latin1") : await readText(zip, s.part);
    if (xml)
      out.push(...cellsToGrids(s.name, sheetCells(xml, shared, bytes !== null && !isAscii(bytes))));
  }
  return out;
}
