/**
 * What every table reader shares: the header it detected (where, how tall, which columns), the body
 * rows under it (blank rows and repeated page headers skipped, the end found), and the FoundTable
 * record that says where it sat.
 *
 * A table ends at two consecutive blank rows, at a title row ("Tabel 3 ...", "Gambar ..."), or at
 * the header of another table. Single blank rows inside a table (page breaks) are skipped, and so
 * is a repeat of the table's own header.
 */
import type { FoundTable, TableKind } from "../model/document";
import type { Problem } from "../problem";
import type { SheetView } from "./sheet";

export interface BaseHeader {
  kind: TableKind;
  /** First header row (0-based in the grid). */
  row: number;
  /** Number of header rows (2 when split: "Nilai" over "1 2 3 4"). */
  height: number;
  /** Leftmost and rightmost column of the table (0-based, inclusive). */
  c0: number;
  c1: number;
}

export interface BodyRow {
  r: number;
  /** True when at least one blank row (or a repeated header) separates it from the row above. */
  afterGap: boolean;
}

export interface Body {
  rows: BodyRow[];
  /** Row index just after the table's last non-blank row. */
  end: number;
}

export interface ReadContext {
  problems: Problem[];
}

const BODY_START_RE =
  /^(\d{1,3}[.)]?(\s|$)|\d+(\.\d+)+\.?$|(kp|kegiatan|program)\s+[ivx\d]+\b|[ivx]+(\.[a-z\d]+)+\.?$|[a-z]$)/;

const TITLE_RE = /^(tabel|table|gambar|grafik|lampiran|bab)\b/;

/** True when row r starts with a caption such as "Tabel 3 Kategorisasi ...". */
export function isTitleRow(v: SheetView, r: number): boolean {
  const c = v.firstNonBlank(r);
  return c >= 0 && TITLE_RE.test(v.norm(r, c));
}

/**
 * The body rows of a table whose header starts at `h.row`. `sameHeader(r)` returns the height of
 * a repeated header at r (0 when none); `otherHeader(r)` is true when another table starts at r.
 */
export function bodyRows(
  v: SheetView,
  h: BaseHeader,
  sameHeader: (r: number) => number,
  otherHeader: (r: number) => boolean,
): Body {
  // A row opening with a number or a code ("12", "3.", "KP I", "I.1.a", "Kegiatan I.1.1") is a
  // body row, never a header: skip the header detectors there (they dominate on long tables).
  const mayHead = (r: number): boolean => {
    const c = v.firstNonBlank(r, h.c0);
    if (c < 0 || c > h.c1) return true;
    const raw = v.raw(r, c);
    if (typeof raw === "number" || typeof raw === "boolean") return false;
    return !BODY_START_RE.test(v.norm(r, c));
  };
  const rows: BodyRow[] = [];
  let blanks = 0;
  let gap = false;
  let end = h.row + h.height;
  let r = h.row + h.height;
  while (r < v.height) {
    if (v.isBlankRow(r, h.c0, h.c1)) {
      blanks++;
      if (blanks >= 2) break;
      gap = true;
      r++;
      continue;
    }
    blanks = 0;
    const head = mayHead(r);
    const again = head ? sameHeader(r) : 0;
    if (again > 0) {
      gap = true;
      r += again;
      end = r;
      continue;
    }
    if (head && (isTitleRow(v, r) || otherHeader(r))) break;
    rows.push({ r, afterGap: gap });
    gap = false;
    r++;
    end = r;
  }
  return { rows, end };
}

/** The FoundTable record for a header and its body. */
export function foundTable(v: SheetView, h: BaseHeader, body: Body): FoundTable {
  const last = Math.max(h.row + h.height, body.end) - 1;
  const rows = last - h.row + 1;
  const cols = h.c1 - h.c0 + 1;
  const { row, col } = v.abs(h.row, h.c0);
  return {
    kind: h.kind,
    sheet: v.sheet,
    row,
    col,
    rows,
    cols,
    range: v.range(h.row, h.c0, rows, cols),
  };
}

/** Column index of the first cell in row r (c0..c1) whose normalised text matches `re`, or -1. */
export function findCol(
  v: SheetView,
  r: number,
  re: RegExp,
  c0 = 0,
  c1 = v.rowWidth(r) - 1,
): number {
  const end = Math.min(c1, v.rowWidth(r) - 1);
  for (let c = Math.max(0, c0); c <= end; c++) {
    const t = v.norm(r, c);
    if (t && re.test(t)) return c;
  }
  return -1;
}

/** Rightmost non-blank column of rows r..r+n-1, or -1. */
export function lastCol(v: SheetView, r: number, n: number): number {
  let last = -1;
  for (let i = r; i < r + n && i < v.height; i++) {
    for (let c = v.rowWidth(i) - 1; c > last; c--) {
      if (v.norm(i, c) !== "") {
        last = c;
        break;
      }
    }
  }
  return last;
}

/**
 * Columns c..c+n-1 of row r hold 1, 2, ..., n (numbers or digits as text)? Used to find the "1 2 3 4"
 * and "1 2 3 4 5" sub-headers.
 */
export function hasScaleAt(v: SheetView, r: number, c: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (v.norm(r, c + i) !== String(i + 1)) return false;
  return true;
}

/** First column >= c0 where row r holds the run 1..n, or -1. */
export function findScale(v: SheetView, r: number, n: number, c0 = 0): number {
  const w = v.rowWidth(r);
  for (let c = Math.max(0, c0); c + n <= w; c++) if (hasScaleAt(v, r, c, n)) return c;
  return -1;
}
