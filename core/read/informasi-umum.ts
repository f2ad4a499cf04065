/**
 * Reader for the "Matriks Asesmen Informasi Umum": rows Jumlah pengaduan / Rata-rata per bulan /
 * diselesaikan / tidak dapat diselesaikan (dalam proses), and either one Jumlah[,%] pair per year
 * (Luwu: "2020" over "Jumlah %") or a single value column ("Nilai", "Jumlah") for one year
 * (Klungkung "22 kasus", Kapuas "61 pengaduan" + "100%", Cilacap "112,86" + "99,16 %").
 *
 * Percent cells: text with "%" is divided by 100; a number as a host returns it from a %-formatted
 * cell (0.83) is kept; a plain number above 1 in a % column (83) is read as percent points (0.83).
 *
 * @example readInformasiUmum on Luwu -> [{ year: 2020, received: 9, resolved: 9, unresolved: 0 }, ...]
 */
import type { InformasiUmumYear } from "../model/informasi-umum";
import { problem } from "../problem";
import type { SheetView } from "./sheet";
import { type BaseHeader, type BodyRow, type ReadContext, findCol, lastCol } from "./table";
import { normalize } from "../cells/text";
import { parseNumber, parseYear } from "../cells/values";

export type InfoField = "received" | "monthlyAverage" | "resolved" | "unresolved";

/**
 * Which informasi umum field a row label names, or null.
 *
 * @example infoField("Jumlah pengaduan yang tidak dapat di selesaikan (dalam proses)") // "unresolved"
 */
export function infoField(label: string): InfoField | null {
  const t = normalize(label);
  if (!t) return null;
  if (/rata|per bulan|tiap bulan|perbulan/.test(t)) return "monthlyAverage";
  if (
    /(tidak|belum)\s*(dapat\s*)?(di\s*)?(selesai|tuntas)|dalam proses|tertunda|on ?progress/.test(t)
  )
    return "unresolved";
  if (/(di\s*)?selesai|tuntas/.test(t)) return "resolved";
  if (/jumlah pengaduan|pengaduan (yang )?(masuk|diterima)|^total\b|^jumlah$/.test(t))
    return "received";
  return null;
}

export interface InfoHeader extends BaseHeader {
  kind: "informasiUmum";
  labelCol: number;
  /** One entry per year (or a single entry with year null): value and optional % column. */
  groups: { year: number | null; valueCol: number; pctCol: number }[];
}

const LABEL_RE = /^(uraian|pernyataan|keterangan|informasi|indikator|rincian|data)\b/;
const VALUE_RE = /^(jumlah|nilai|total|angka|realisasi)\b/;

function firstBodyLabelIsInfo(v: SheetView, start: number, labelCol: number): boolean {
  for (let r = start; r < Math.min(v.height, start + 4); r++) {
    const t = v.text(r, labelCol);
    if (!t) continue;
    return infoField(t) !== null;
  }
  return false;
}

/** Detect an informasi umum header at row r. */
export function detectInformasiUmum(v: SheetView, r: number): InfoHeader | null {
  const labelCol = findCol(v, r, LABEL_RE);
  if (labelCol < 0 || v.norm(r, labelCol).length > 40) return null;
  const w = Math.max(v.rowWidth(r), v.rowWidth(r + 1));
  // Per-year layout: years in row r, "Jumlah" / "%" below.
  const years: { year: number; col: number }[] = [];
  for (let c = labelCol + 1; c < w; c++) {
    const y = parseYear(v.raw(r, c));
    if (y !== null) years.push({ year: y, col: c });
  }
  let height = 1;
  const groups: InfoHeader["groups"] = [];
  if (years.length > 0) {
    height = 2;
    years.forEach((y, i) => {
      const next = i + 1 < years.length ? years[i + 1].col : w;
      let valueCol = y.col;
      let pctCol = -1;
      for (let c = y.col; c < next; c++) {
        const t = v.norm(r + 1, c);
        if (t === "%" || /^(persen|persentase)/.test(t)) pctCol = c;
        else if (VALUE_RE.test(t)) valueCol = c;
      }
      if (pctCol < 0 && next - y.col >= 2) pctCol = valueCol + 1;
      groups.push({ year: y.year, valueCol, pctCol });
    });
  } else {
    const valueCol = findCol(v, r, VALUE_RE, labelCol + 1);
    if (valueCol < 0) return null;
    let pctCol = findCol(v, r, /^(%|persen|persentase)/, labelCol + 1);
    if (pctCol < 0) pctCol = valueCol + 1;
    groups.push({ year: null, valueCol, pctCol });
  }
  if (!firstBodyLabelIsInfo(v, r + height, labelCol)) return null;
  const noCol = labelCol > 0 ? labelCol - 1 : labelCol;
  const c1 = Math.max(lastCol(v, r, height), ...groups.map((g) => Math.max(g.valueCol, g.pctCol)));
  return { kind: "informasiUmum", row: r, height, c0: noCol, c1, labelCol, groups };
}

function pctValue(raw: ReturnType<SheetView["raw"]>): number | null | "bad" {
  if (raw === null || raw === "") return null;
  const n = parseNumber(raw);
  if (!n) return "bad";
  if (n.percent) return n.value;
  return Math.abs(n.value) > 1 ? n.value / 100 : n.value;
}

/** Read the body rows of an informasi umum table. */
export function readInformasiUmum(
  v: SheetView,
  h: InfoHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): InformasiUmumYear[] {
  const out: InformasiUmumYear[] = h.groups.map((g) => ({
    year: g.year,
    received: null,
    monthlyAverage: null,
    resolved: null,
    unresolved: null,
    printedResolvedPct: null,
    printedUnresolvedPct: null,
    cells: {},
  }));
  for (const { r } of rows) {
    const field = infoField(v.text(r, h.labelCol));
    if (!field) continue;
    h.groups.forEach((g, i) => {
      const entry = out[i];
      const cells = entry.cells ?? {};
      const raw = v.raw(r, g.valueCol);
      const n = parseNumber(raw);
      if (raw !== null && String(raw).trim() !== "" && (!n || n.percent)) {
        ctx.problems.push(
          problem(
            "error",
            "info.unreadable",
            `Nilai "${String(raw)}" tidak terbaca sebagai angka`,
            `Value "${String(raw)}" is not a number`,
            v.addr(r, g.valueCol),
          ),
        );
      } else if (n && n.value < 0) {
        ctx.problems.push(
          problem(
            "error",
            "info.negative",
            `Jumlah pengaduan tidak boleh negatif (${n.value})`,
            `A complaint count cannot be negative (${n.value})`,
            v.addr(r, g.valueCol),
          ),
        );
      } else if (n && entry[field] === null) {
        entry[field] = n.value;
        cells[field] = v.addr(r, g.valueCol);
      }
      if ((field === "resolved" || field === "unresolved") && g.pctCol >= 0) {
        const p = pctValue(v.raw(r, g.pctCol));
        if (p === "bad") {
          ctx.problems.push(
            problem(
              "warning",
              "info.unreadable-percent",
              `Persentase "${v.text(r, g.pctCol)}" tidak terbaca; dihitung ulang dari jumlahnya`,
              `Percentage "${v.text(r, g.pctCol)}" is unreadable; it is recomputed from the counts`,
              v.addr(r, g.pctCol),
            ),
          );
        } else if (p !== null) {
          const key = field === "resolved" ? "printedResolvedPct" : "printedUnresolvedPct";
          entry[key] = p;
          cells[key] = v.addr(r, g.pctCol);
        }
      }
      entry.cells = cells;
    });
  }
  for (const e of out) perMonthTable(e, v, h, rows);
  return out.filter(
    (e) =>
      e.received !== null ||
      e.resolved !== null ||
      e.unresolved !== null ||
      e.monthlyAverage !== null,
  );
}

/**
 * A table of monthly averages (Cilacap: "Rata-rata jumlah pengaduan yang diterima dalam 1 bulan"
 * 114, resolved 112,86, in process 1,14, and no row of complaints received): every row is a
 * per-month figure, so the average received IS the received count of the table. The entry is
 * marked `perMonth` (its counts may be fractional) and `received` points at the average's cell.
 *
 * @example Cilacap -> { received: 114, monthlyAverage: 114, resolved: 112.86, unresolved: 1.14, perMonth: true }
 */
function perMonthTable(e: InformasiUmumYear, v: SheetView, h: InfoHeader, rows: BodyRow[]): void {
  if (e.received !== null || e.monthlyAverage === null || e.monthlyAverage === undefined) return;
  if (e.resolved === null && e.unresolved === null) return;
  const avgRow = rows.find((b) => infoField(v.text(b.r, h.labelCol)) === "monthlyAverage");
  if (!avgRow || !/terima|masuk|pengaduan/.test(normalize(v.text(avgRow.r, h.labelCol)))) return;
  e.received = e.monthlyAverage;
  e.perMonth = true;
  const cells = e.cells ?? {};
  if (cells.monthlyAverage) cells.received = cells.monthlyAverage;
  e.cells = cells;
}
