/**
 * Reader for a monev table: Kode | [Kegiatan] | one column per period ("2022 S1", "Smt I" under a
 * year, "TW II", "2023") holding a status belum / berjalan / selesai / tertunda (English and common
 * variants accepted) | [Keterangan]. The status words are parsed by cells/values.ts (parseStatus).
 */
import type { MonevEntry, PeriodLabel } from "../model/program";
import { problem } from "../problem";
import { parseCode } from "./programs";
import type { SheetView } from "./sheet";
import { type BaseHeader, type BodyRow, type ReadContext, findCol, lastCol } from "./table";
import { cleanText, oneLine } from "../cells/text";
import { parsePeriod, parseStatus, parseYear } from "../cells/values";

export interface MonevHeader extends BaseHeader {
  kind: "monev";
  codeCol: number;
  noteCol: number;
  periods: { label: PeriodLabel; col: number }[];
}

/** Detect a monev header at row r: a Kode column and period columns (in r, or r+1 under years). */
export function detectMonev(v: SheetView, r: number): MonevHeader | null {
  const codeCol = findCol(v, r, /^(kode|kode kegiatan|no\.? kegiatan)$/);
  if (codeCol < 0) return null;
  const w = Math.max(v.rowWidth(r), v.rowWidth(r + 1));
  const years: (number | null)[] = [];
  let carry: number | null = null;
  for (let c = 0; c < w; c++) {
    const y = parseYear(v.raw(r, c));
    if (y !== null) carry = y;
    else if (!v.isBlank(r, c)) carry = null;
    years.push(carry);
  }
  let periods: MonevHeader["periods"] = [];
  let height = 1;
  const below: MonevHeader["periods"] = [];
  for (let c = codeCol + 1; c < w; c++) {
    const p = parsePeriod(v.raw(r + 1, c), years[c]);
    if (p && p.includes("-")) below.push({ label: p, col: c });
  }
  if (below.length > 0) {
    periods = below;
    height = 2;
  } else {
    for (let c = codeCol + 1; c < w; c++) {
      const p = parsePeriod(v.raw(r, c));
      if (p) periods.push({ label: p, col: c });
    }
  }
  if (periods.length === 0) return null;
  // A program matrix can have the same header (Kode | Kegiatan | 2022 S1 ...): a monev table holds
  // statuses in its period cells, a program matrix holds marks.
  let statuses = 0;
  for (let rr = r + height; rr < Math.min(v.height, r + height + 6); rr++) {
    for (const p of periods) {
      const t = v.text(rr, p.col);
      if (t && t !== "-" && parseStatus(t) !== null) statuses++;
    }
  }
  if (statuses === 0) return null;
  const noteCol = findCol(v, r, /^(keterangan|catatan|ket\.?)$/, codeCol + 1);
  const c1 = Math.max(lastCol(v, r, height), ...periods.map((p) => p.col));
  return { kind: "monev", row: r, height, c0: codeCol, c1, codeCol, noteCol, periods };
}

/** Read the body rows of a monev table. */
export function readMonev(
  v: SheetView,
  h: MonevHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): MonevEntry[] {
  const out: MonevEntry[] = [];
  for (const { r } of rows) {
    const raw = v.text(r, h.codeCol);
    if (!raw) continue;
    const pc = parseCode(raw);
    const code =
      pc && pc.segments.length > 0
        ? pc.prefix === "kelompok" && pc.segments.length === 1
          ? `KP ${pc.segments[0]}`
          : pc.segments.join(".")
        : cleanText(raw);
    const note = h.noteCol >= 0 ? oneLine(v.text(r, h.noteCol)) : "";
    for (const p of h.periods) {
      const t = v.text(r, p.col);
      if (!t) continue;
      const status = parseStatus(t);
      if (!status) {
        ctx.problems.push(
          problem(
            "warning",
            "monev.unreadable-status",
            `Status "${t}" tidak dikenali (belum / berjalan / selesai / tertunda)`,
            `Status "${t}" is not recognised (belum / berjalan / selesai / tertunda)`,
            v.addr(r, p.col),
          ),
        );
        continue;
      }
      const e: MonevEntry = { code, period: p.label, status, cell: v.addr(r, p.col) };
      if (note) e.note = note;
      out.push(e);
    }
  }
  return out;
}
