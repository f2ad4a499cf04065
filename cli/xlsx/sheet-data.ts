/**
 * The `<sheetData>` of the sheets Renaksi builds (well under 1 µs per cell; exceljs needed ~25 µs):
 * `planSheetData` orders the plan's cells by row and column in one pass over them (the marker, the
 * other cells of a merged area and blank ranges included) and picks one **sample** cell per distinct
 * (style, number format), whose style sheet-part.ts registers in styles.xml; `writeSheetData` then
 * writes every cell with the `s` index of its style, a row at a time, and `usedRange` names the
 * range for `<dimension>`.
 *
 * Numbers are written as `<v>`, text as an inline string (always text, whatever it starts with,
 * as the write contract's cell kinds say), booleans `t="b"`, formulas as `<f>` (file form, `_xlfn.`
 * added) with the core's `expected` as cached value (`t="str"` / `t="b"` / `t="e"` as its type
 * needs); the cells of a merged area other than its top-left one are written empty with the
 * top-left cell's style, the free cells of the plan's blank ranges empty with their range's style.
 *
 * @example
 *   const data = planSheetData(plan);
 *   const { xml, dimension } = sheetDataXml(data, ids); // ids: style key -> "s" index
 */
import {
  a1,
  colLetter,
  type CellValue,
  type CellStyle,
  type PlannedCell,
  type SheetPlan,
  estimateRowHeights,
  cellKind,
  eachBlank,
  type BlankRange,
} from "../../core";
import { toFileFormula } from "./formula";

/** One cell as it will be written: a planned cell, or the marker text, or a merged area's cell. */
export interface OutCell {
  row: number;
  col: number;
  value: CellValue;
  formula?: string;
  expected?: CellValue;
  /** Style key (see `styleKey`); the merged area's top-left key for the other cells of the area. */
  key: string;
}

/**
 * A slot of a row: the index of a planned cell in `cells` (`cells.length` for the marker), or
 * `-1 - k` for a cell written empty with style key `keys[k]` (a merged area's other cell, a blank
 * range's cell).
 */
type Slot = number;

export interface SheetData {
  sheet: string;
  /** One cell per style key (its style is registered once), and every cell with a note. */
  samples: PlannedCell[];
  /** Address of the sample of each style key. */
  sampleAt: Map<string, string>;
  /** The plan's cells (the plan's own array: a Monev plan has hundreds of thousands). */
  cells: readonly PlannedCell[];
  /** The marker's cell, slot `cells.length`, when the plan has a marker. */
  marker?: PlannedCell;
  /** The distinct style keys; `keyOf[i]` is the index of slot i's key. */
  keys: string[];
  keyOf: Int32Array;
  /** The rows that have a cell, ascending, and each row's slots by column (sparse), by row. */
  rows: number[];
  slots: (Slot[] | undefined)[];
  /**
   * Heights (points) of the rows whose wrapped text needs more than one line (core's
   * estimateRowHeights), by row: LibreOffice does not re-fit rows when it opens a file.
   */
  heights: (number | undefined)[];
}

/**
 * Cells with the same key get the same `s` index: style + number format. Every field of the style
 * counts (a field added to CellStyle later is included); two equal styles written in a different
 * field order get two keys, which only costs one more sample (exceljs gives them the same index).
 */
export function styleKey(c: { style?: CellStyle; numberFormat?: string }): string {
  let key = c.numberFormat === undefined ? "" : `#${c.numberFormat}`;
  const s = c.style as Record<string, unknown> | undefined;
  if (s) for (const k in s) if (s[k] !== undefined) key += `;${k}=${String(s[k])}`;
  return key;
}

const NO_STYLE = styleKey({});

/**
 * The key index of cells. Layouts share style objects across thousands of cells (one BODY for a
 * whole table, often for a run of cells in a row): the key of a style object is built once per
 * number format, and a cell with the same style and format as the one before costs a comparison.
 */
class StyleKeys {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly byStyle = new Map<CellStyle | undefined, Map<string | undefined, number>>();
  private lastStyle: CellStyle | undefined;
  private lastFormat: string | undefined;
  private last = -1;

  of(c: PlannedCell): number {
    if (this.last >= 0 && c.style === this.lastStyle && c.numberFormat === this.lastFormat)
      return this.last;
    let formats = this.byStyle.get(c.style);
    if (!formats) this.byStyle.set(c.style, (formats = new Map()));
    let k = formats.get(c.numberFormat);
    if (k === undefined) {
      const key = styleKey(c);
      k = this.index.get(key);
      if (k === undefined) {
        k = this.keys.length;
        this.keys.push(key);
        this.index.set(key, k);
      }
      formats.set(c.numberFormat, k);
    }
    this.lastStyle = c.style;
    this.lastFormat = c.numberFormat;
    this.last = k;
    return k;
  }
}

/**
 * The cells of a managed sheet's plan, and one sample per style: one pass over the cells (a Monev
 * plan has hundreds of thousands: every pass over them costs about 20 ms of memory traffic).
 */
export function planSheetData(plan: SheetPlan, sheet = plan.sheet): SheetData {
  const cells = plan.cells;
  const planned = cells.length;
  const marker: PlannedCell | undefined = plan.marker
    ? { row: plan.marker.row, col: plan.marker.col, value: plan.marker.text }
    : undefined;
  const styleKeys = new StyleKeys();
  const keys = styleKeys.keys;
  const keyOf = new Int32Array(planned + 1);
  // Rows are dense in a plan: the slots are an array indexed by row, not a map.
  const slots: (Slot[] | undefined)[] = [];
  const put = (r: number, c: number, slot: Slot): void => {
    let row = slots[r];
    if (!row) slots[r] = row = [];
    row[c] = slot;
  };
  const samples: PlannedCell[] = [];
  const sampleAt = new Map<string, string>();
  const seen: boolean[] = [];
  // The marker first (a planned cell at its address wins), then the cells in plan order; a
  // key's first cell is its sample, unless it has no style.
  if (marker) put(marker.row, marker.col, planned);
  for (let i = 0; i < planned; i++) {
    const c = cells[i];
    const k = styleKeys.of(c);
    keyOf[i] = k;
    put(c.row, c.col, i);
    let sample = false;
    if (seen[k] === undefined) {
      seen[k] = true;
      sample = keys[k] !== NO_STYLE;
    }
    if (sample) sampleAt.set(keys[k], a1(c.row, c.col));
    if (sample || c.note) samples.push(c);
  }
  if (marker) keyOf[planned] = styleKeys.of(marker);
  let noStyle = keys.indexOf(NO_STYLE);
  for (const m of plan.merges) {
    const master = slots[m.row]?.[m.col];
    let k: number;
    if (master !== undefined && master >= 0) k = keyOf[master];
    else if (master !== undefined) k = -1 - master;
    else {
      if (noStyle < 0) noStyle = keys.push(NO_STYLE) - 1;
      k = noStyle;
    }
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) {
        if (r === m.row && c === m.col) continue;
        put(r, c, -1 - k);
      }
    }
  }
  const after = (x: PlannedCell, c: PlannedCell) =>
    x.row > c.row || (x.row === c.row && x.col > c.col);
  blankSlots(plan, keys, put, (c, key) => {
    if (key === NO_STYLE) return;
    // A blank range's first cell samples its style when it stands before the style's first
    // planned cell (row, then column), as when the layout wrote each blank cell itself: the
    // styles are registered in the same order and get the same ids.
    const old = samples.findIndex((x) => !x.note && styleKey(x) === key);
    if (old >= 0 && !after(samples[old], c)) return;
    if (old >= 0) samples.splice(old, 1);
    sampleAt.set(key, a1(c.row, c.col));
    const at = samples.findIndex((x) => after(x, c));
    samples.splice(at < 0 ? samples.length : at, 0, c);
  });
  const rows: number[] = [];
  for (let r = 0; r < slots.length; r++) if (slots[r]) rows.push(r);
  const heights: (number | undefined)[] = [];
  for (const h of estimateRowHeights(plan)) heights[h.row] = h.height;
  return { sheet, samples, sampleAt, cells, marker, keys, keyOf, rows, slots, heights };
}

/**
 * The plan's cell written at an address: not the marker, not the other cells of a merged area
 * (written empty); undefined when there is none.
 */
export function plannedAt(data: SheetData, row: number, col: number): PlannedCell | undefined {
  const slot = data.slots[row]?.[col];
  return slot === undefined || slot < 0 || slot >= data.cells.length ? undefined : data.cells[slot];
}

/** The planned cell or the marker a slot (>= 0) holds. */
function cellAt(data: SheetData, slot: Slot): PlannedCell {
  return slot < data.cells.length ? data.cells[slot] : (data.marker as PlannedCell);
}

/**
 * The free cells of the plan's blank ranges (core's eachBlank) as slots of their style's key, like
 * a merged area's other cells: written `<c r=".." s=".."/>`, no object per cell. `sample` gets
 * the first cell of each range, to register its style.
 */
function blankSlots(
  plan: SheetPlan,
  keys: string[],
  put: (r: number, c: number, slot: Slot) => void,
  sample: (c: PlannedCell, key: string) => void,
): void {
  const index = new Map<BlankRange, number>();
  eachBlank(plan, (row, col, b) => {
    let k = index.get(b);
    if (k === undefined) {
      const key = styleKey(b);
      k = keys.indexOf(key);
      if (k < 0) k = keys.push(key) - 1;
      index.set(b, k);
      const c: PlannedCell = { row, col, value: "", style: b.style };
      if (b.numberFormat !== undefined) c.numberFormat = b.numberFormat;
      sample(c, key);
    }
    put(row, col, -1 - k);
  });
}

/** Every cell in writing order (row, then column), as OutCells: for tests and small sheets. */
export function dataCells(data: SheetData): OutCell[] {
  const out: OutCell[] = [];
  for (const r of data.rows) {
    const row = data.slots[r] as Slot[];
    for (let c = 0; c < row.length; c++) {
      const slot = row[c];
      if (slot === undefined) continue;
      if (slot < 0) {
        out.push({ row: r, col: c, value: null, key: data.keys[-1 - slot] });
        continue;
      }
      const cell = cellAt(data, slot);
      out.push({
        row: r,
        col: c,
        value: cell.value ?? null,
        ...(cell.formula !== undefined ? { formula: cell.formula, expected: cell.expected } : {}),
        key: data.keys[data.keyOf[slot]],
      });
    }
  }
  return out;
}

// XML 1.0 forbids most control characters; Excel would refuse the file.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function xmlText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return (
    s
      .replace(INVALID_XML, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // A literal CR would come back as LF (XML end-of-line handling): keep it as a reference.
      .replace(/\r/g, "&#13;")
  );
}

function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

const ERROR_VALUE = /^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!)$/;

/** `t` attribute and `<v>` content of a cached formula result (exceljs's rules). */
function cached(e: CellValue | undefined): { t: string; v: string | null } {
  if (e === undefined || e === null) return { t: "", v: null };
  if (typeof e === "number") return { t: "", v: numberText(e) };
  if (typeof e === "boolean") return { t: ' t="b"', v: e ? "1" : "0" };
  if (ERROR_VALUE.test(e)) return { t: ' t="e"', v: e };
  return { t: ' t="str"', v: xmlText(e) };
}

/** A character `\s` matches in a JavaScript pattern (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Text that starts or ends with white space or holds a line break keeps it (`xml:space`): what
 * `/^\s|\s$|\n/` tells, without a pattern run per cell.
 */
function keepsSpace(text: string): boolean {
  return (
    isSpace(text.charCodeAt(0)) ||
    isSpace(text.charCodeAt(text.length - 1)) ||
    text.indexOf("\n") >= 0
  );
}

/**
 * The rest of one cell after its `<c r="A1" s="3"`, written as the write contract's kind for it
 * says (core/write `cellKind`): `/>` for a blank cell.
 */
function cellTail(c: Pick<PlannedCell, "formula" | "value" | "expected">): string {
  const v = c.value;
  switch (cellKind(c)) {
    case "formula": {
      const { t, v: cachedValue } = cached(c.expected);
      const f = `<f>${xmlText(toFileFormula(c.formula as string))}</f>`;
      return `${t}>${f}${cachedValue === null ? "" : `<v>${cachedValue}</v>`}</c>`;
    }
    case "number": {
      const n = numberText(v as number);
      return n === null ? ' t="e"><v>#NUM!</v></c>' : `><v>${n}</v></c>`;
    }
    case "boolean":
      return v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>';
    case "text": {
      const text = v as string;
      const open = keepsSpace(text)
        ? ' t="inlineStr"><is><t xml:space="preserve">'
        : ' t="inlineStr"><is><t>';
      return `${open}${xmlText(text)}</t></is></c>`;
    }
    default:
      return "/>";
  }
}

/** The ` s="N"` of each style key, null for a key without a registered style. */
function styleAttrs(data: SheetData, ids: Map<string, string>): (string | null)[] {
  return data.keys.map((k) => {
    const s = ids.get(k);
    return s === undefined ? null : ` s="${s}"`;
  });
}

/** Is a slot written: a styled cell, or a planned cell with a value or a formula? */
function written(data: SheetData, slot: Slot, sAttr: readonly (string | null)[]): boolean {
  if (slot < 0) return sAttr[-1 - slot] !== null;
  return sAttr[data.keyOf[slot]] !== null || cellKind(cellAt(data, slot)) !== "blank";
}

/**
 * The range `<dimension>` names: every cell written ("A1" when none). Each row is looked at from
 * both ends only: its first and last written cells.
 */
export function usedRange(data: SheetData, ids: Map<string, string>): string {
  const sAttr = styleAttrs(data, ids);
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  for (const r of data.rows) {
    const row = data.slots[r] as Slot[];
    let first = 0;
    while (first < row.length && (row[first] === undefined || !written(data, row[first], sAttr)))
      first++;
    if (first === row.length) continue;
    let last = row.length - 1;
    while (row[last] === undefined || !written(data, row[last], sAttr)) last--;
    if (r < r0) r0 = r;
    r1 = r;
    if (first < c0) c0 = first;
    if (last > c1) c1 = last;
  }
  return r1 === 0 ? "A1" : `${a1(r0, c0)}:${a1(r1, c1)}`;
}

/**
 * `<sheetData>` with every cell, handed to `out` one row at a time (a Monev sheet of 10,000
 * activities is 38 MB of XML: never one string). A generator: it stops after each row for which
 * `due()` says so (PartDeflater's buffer went to zlib), so that the caller can yield to the event
 * loop in between.
 */
export function* writeSheetData(
  data: SheetData,
  ids: Map<string, string>,
  out: (xml: string) => void,
  due: () => boolean = () => false,
): Generator<void, void, void> {
  const sAttr = styleAttrs(data, ids);
  // `<c r="A` of each column, built once; a row's number once per row.
  const opens: string[] = [];
  const open = (c: number): string => (opens[c] ??= `<c r="${colLetter(c)}`);
  const { keyOf, heights } = data;
  out("<sheetData>");
  for (const r of data.rows) {
    const row = data.slots[r] as Slot[];
    const rowEnd = `${r}"`;
    let xml = "";
    for (let c = 0; c < row.length; c++) {
      const slot = row[c];
      if (slot === undefined) continue;
      const s = sAttr[slot < 0 ? -1 - slot : keyOf[slot]];
      if (s === null && (slot < 0 || cellKind(cellAt(data, slot)) === "blank")) continue;
      xml += open(c) + rowEnd + (s ?? "") + (slot < 0 ? "/>" : cellTail(cellAt(data, slot)));
    }
    if (xml !== "") {
      const ht = heights[r];
      // No customHeight: LibreOffice prints the row at `ht`, Excel re-fits it to its own font.
      out(`<row r="${r}"${ht === undefined ? "" : ` ht="${ht}"`}>${xml}</row>`);
    }
    if (due()) yield;
  }
  out("</sheetData>");
}

/** `<sheetData>` as one string, and the used range for `<dimension>` (small sheets, tests). */
export function sheetDataXml(
  data: SheetData,
  ids: Map<string, string>,
): { xml: string; dimension: string } {
  const parts: string[] = [];
  for (const _ of writeSheetData(data, ids, (x) => parts.push(x)));
  return { xml: parts.join(""), dimension: usedRange(data, ids) };
}
