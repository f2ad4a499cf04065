/**
 * The `<sheetData>` of the sheets Renaksi builds (well under 1 µs per cell; exceljs needed ~25 µs):
 * `planSheetData` orders the plan's cells by row and column (the marker and the other cells of a
 * merged area included) and picks one **sample** cell per distinct (style, number format), whose
 * style sheet-part.ts registers in styles.xml; `sheetDataXml` then writes every cell with the `s`
 * index of its style.
 *
 * Numbers are written as `<v>`, text as an inline string (always text, whatever it starts with,
 * as the write contract's cell kinds say), booleans `t="b"`, formulas as `<f>` (file form, `_xlfn.`
 * added) with the core's `expected` as cached value (`t="str"` / `t="b"` / `t="e"` as its type
 * needs); the cells of a merged area other than its top-left one are written empty with the
 * top-left cell's style.
 *
 * @example
 *   const data = planSheetData(plan);
 *   const { xml, dimension } = sheetDataXml(data, ids); // ids: style key -> "s" index
 */
import {
  a1,
  type CellValue,
  type CellStyle,
  type PlannedCell,
  type SheetPlan,
  estimateRowHeights,
  cellKind,
} from "../../core";
import { toFileFormula } from "./formula";

/** One cell as it will be written: a planned cell, or the marker text, or a merged area's cell. */
interface OutCell {
  row: number;
  col: number;
  value: CellValue;
  formula?: string;
  expected?: CellValue;
  /** Style key (see `styleKey`); the merged area's top-left key for the other cells of the area. */
  key: string;
}

export interface SheetData {
  sheet: string;
  /** One cell per style key (its style is registered once), and every cell with a note. */
  samples: PlannedCell[];
  /** Address of the sample of each style key. */
  sampleAt: Map<string, string>;
  /** Every cell, sorted by row then column, one per address (the last planned wins). */
  cells: OutCell[];
  /**
   * Heights (points) of the rows whose wrapped text needs more than one line: engines do not
   * re-fit rows when they open a file (core's estimateRowHeights).
   */
  heights: Map<number, number>;
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

/** The cells of a managed sheet's plan, and one sample per style. */
export function planSheetData(plan: SheetPlan, sheet = plan.sheet): SheetData {
  // Row -> column -> cell: sorting 10,000 rows of ~16 cells is far cheaper than 165,000 addresses.
  const rows = new Map<number, Map<number, OutCell>>();
  const byAddress = {
    set(r: number, c: number, cell: OutCell): void {
      let row = rows.get(r);
      if (!row) rows.set(r, (row = new Map()));
      row.set(c, cell);
    },
    get(r: number, c: number): OutCell | undefined {
      return rows.get(r)?.get(c);
    },
  };
  if (plan.marker) {
    const m = plan.marker;
    byAddress.set(m.row, m.col, { row: m.row, col: m.col, value: m.text, key: NO_STYLE });
  }
  const keys = plan.cells.map(styleKey);
  for (const [i, c] of plan.cells.entries()) {
    byAddress.set(c.row, c.col, {
      row: c.row,
      col: c.col,
      value: c.value ?? null,
      ...(c.formula !== undefined ? { formula: c.formula, expected: c.expected } : {}),
      key: keys[i],
    });
  }
  for (const m of plan.merges) {
    const master = byAddress.get(m.row, m.col);
    const key = master?.key ?? NO_STYLE;
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) {
        if (r === m.row && c === m.col) continue;
        byAddress.set(r, c, { row: r, col: c, value: null, key });
      }
    }
  }
  const samples: PlannedCell[] = [];
  const sampleAt = new Map<string, string>();
  for (const [i, c] of plan.cells.entries()) {
    const key = keys[i];
    if (!sampleAt.has(key) && key !== NO_STYLE) {
      sampleAt.set(key, a1(c.row, c.col));
      samples.push(c);
    } else if (c.note) samples.push(c);
  }
  const cells: OutCell[] = [];
  for (const r of [...rows.keys()].sort((x, y) => x - y)) {
    const row = rows.get(r) as Map<number, OutCell>;
    for (const c of [...row.keys()].sort((x, y) => x - y)) cells.push(row.get(c) as OutCell);
  }
  const heights = new Map(estimateRowHeights(plan).map((h) => [h.row, h.height]));
  return { sheet, samples, sampleAt, cells, heights };
}

// XML 1.0 forbids most control characters; Excel would refuse the file.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xmlText(s: string): string {
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

/** `t` attribute and `<v>` content of a cached formula result (exceljs's rules). */
function cached(e: CellValue | undefined): { t: string; v: string | null } {
  if (e === undefined || e === null) return { t: "", v: null };
  if (typeof e === "number") return { t: "", v: numberText(e) };
  if (typeof e === "boolean") return { t: ' t="b"', v: e ? "1" : "0" };
  if (/^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!)$/.test(e)) return { t: ' t="e"', v: e };
  return { t: ' t="str"', v: xmlText(e) };
}

/** One cell, written as the write contract's kind for it says (core/write `cellKind`). */
function cellXml(c: OutCell, ref: string, s: string | undefined): string {
  const sAttr = s === undefined ? "" : ` s="${s}"`;
  const v = c.value;
  switch (cellKind(c)) {
    case "formula": {
      const { t, v: cachedValue } = cached(c.expected);
      const f = `<f>${xmlText(toFileFormula(c.formula as string))}</f>`;
      return `<c r="${ref}"${sAttr}${t}>${f}${cachedValue === null ? "" : `<v>${cachedValue}</v>`}</c>`;
    }
    case "number": {
      const n = numberText(v as number);
      return n === null
        ? `<c r="${ref}"${sAttr} t="e"><v>#NUM!</v></c>`
        : `<c r="${ref}"${sAttr}><v>${n}</v></c>`;
    }
    case "boolean":
      return `<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
    case "text": {
      const text = v as string;
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
      return `<c r="${ref}"${sAttr} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
    }
    default:
      return s === undefined ? "" : `<c r="${ref}"${sAttr}/>`;
  }
}

/** `<sheetData>` with every cell, and the used range for `<dimension>` ("A1" when empty). */
export function sheetDataXml(
  data: SheetData,
  ids: Map<string, string>,
): { xml: string; dimension: string } {
  const parts: string[] = ["<sheetData>"];
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  let row = -1;
  let rowCells: string[] = [];
  const flush = (): void => {
    if (row > 0 && rowCells.length) {
      const ht = data.heights.get(row);
      const attrs = ht === undefined ? "" : ` ht="${ht}" customHeight="1"`;
      parts.push(`<row r="${row}"${attrs}>${rowCells.join("")}</row>`);
    }
    rowCells = [];
  };
  for (const c of data.cells) {
    const x = cellXml(c, a1(c.row, c.col), ids.get(c.key));
    if (!x) continue;
    if (c.row !== row) {
      flush();
      row = c.row;
    }
    rowCells.push(x);
    r0 = Math.min(r0, c.row);
    c0 = Math.min(c0, c.col);
    r1 = Math.max(r1, c.row);
    c1 = Math.max(c1, c.col);
  }
  flush();
  parts.push("</sheetData>");
  const dimension = r1 === 0 ? "A1" : `${a1(r0, c0)}:${a1(r1, c1)}`;
  return { xml: parts.join(""), dimension };
}
