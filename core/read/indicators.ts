/**
 * Reader for the indicator table (Indikator Sasaran Strategis): Indikator [Satuan] [Polaritas] |
 * Baseline YYYY | Target over the years [| Realisasi over the years]. The years sit in the header
 * cell ("Baseline 2020", "Target 2022") or in the row below a spanning cell ("Target" over
 * "2021 2022 2023 2024"). Units come from a Satuan column, from "(satuan)" at the end of the name
 * ("Jumlah pengaduan yang diterima (pengaduan)") or from the values ("20 Pengaduan", "2,5 hari").
 *
 * Percent indicators (unit "%") are stored as fractions: "95,57%" -> 0.9557, and a plain number
 * above 1 in a % indicator is read as percent points (100 -> 1), so every value of the indicator
 * uses the same scale. Polarity comes from a Polaritas column (naik/turun, up/down, "semakin
 * tinggi/rendah semakin baik"); without one it is inferred from the wording (compute's
 * inferPolarity) and flagged `polarityInferred`.
 *
 * @example Cilacap "Jangka waktu penyelesaian pengaduan" -> { unit: "hari", polarity: "down",
 *   polarityInferred: true, baseline: { year: 2020, value: 2.5 }, targets: [{ year: 2021, value: 2.5 }, ...] }
 */
import { inferPolarity } from "../model/polarity";
import type { Indicator, Polarity, YearValue } from "../model/indicator";
import { problem } from "../problem";
import type { SheetView } from "./sheet";
import { type BaseHeader, type BodyRow, type ReadContext, findCol, lastCol } from "./table";
import { normalize, oneLine } from "../cells/text";
import { type ParsedNumber, parseNumber, parseYear, yearIn } from "../cells/values";

type GroupKind = "baseline" | "target" | "realisasi";

export interface IndicatorHeader extends BaseHeader {
  kind: "indicators";
  nameCol: number;
  sasaranCol: number;
  unitCol: number;
  polarityCol: number;
  columns: { kind: GroupKind; year: number | null; col: number }[];
}

const NAME_RE = /^(indikator|indicator)\b/;
const GROUP_RES: [GroupKind, RegExp][] = [
  ["baseline", /^(baseline|base line|base-line|kondisi awal|data dasar|tahun dasar)\b/],
  ["target", /^(target|sasaran target)\b/],
  ["realisasi", /^(realisasi|capaian realisasi)\b/],
];

function groupKind(t: string): GroupKind | null {
  for (const [k, re] of GROUP_RES) if (re.test(t)) return k;
  return null;
}

/** Detect an indicator header at row r. */
export function detectIndicators(v: SheetView, r: number): IndicatorHeader | null {
  const nameCol = findCol(v, r, NAME_RE);
  if (nameCol < 0) return null;
  const nameText = v.norm(r, nameCol);
  if (nameText.length > 60 || /keberhasilan/.test(nameText)) return null;
  const w = Math.max(v.rowWidth(r), v.rowWidth(r + 1));
  const labelled: number[] = [];
  for (let c = 0; c < w; c++) if (!v.isBlank(r, c)) labelled.push(c);
  const columns: IndicatorHeader["columns"] = [];
  let height = 1;
  for (let i = 0; i < labelled.length; i++) {
    const c = labelled[i];
    if (c <= nameCol) continue;
    const kind = groupKind(v.norm(r, c));
    if (!kind) continue;
    const next = i + 1 < labelled.length ? labelled[i + 1] : w;
    const own = yearIn(v.raw(r, c));
    const below: { year: number; col: number }[] = [];
    for (let cc = c; cc < next; cc++) {
      const y = parseYear(v.raw(r + 1, cc));
      if (y !== null) below.push({ year: y, col: cc });
    }
    if (below.length > 0 && (own === null || below.length > 1 || below[0].col !== c)) {
      height = 2;
      for (const b of below) columns.push({ kind, year: b.year, col: b.col });
    } else if (below.length === 1) {
      height = 2;
      columns.push({ kind, year: below[0].year, col: c });
    } else {
      columns.push({ kind, year: own, col: c });
    }
  }
  if (!columns.some((c) => c.kind === "target" || c.kind === "baseline")) return null;
  const sasaranCol = findCol(v, r, /^sasaran( strategis)?$/);
  const unitCol = findCol(v, r, /^(satuan|unit)\b/);
  const polarityCol = findCol(v, r, /^(polaritas|arah|sifat|kriteria|polarity)\b/);
  let noCol = findCol(v, r, /^(no|nomor)\b\.?/, 0, nameCol - 1);
  if (noCol < 0) noCol = Math.min(nameCol, sasaranCol >= 0 ? sasaranCol : nameCol);
  const c1 = Math.max(lastCol(v, r, height), ...columns.map((c) => c.col));
  return {
    kind: "indicators",
    row: r,
    height,
    c0: noCol,
    c1,
    nameCol,
    sasaranCol,
    unitCol,
    polarityCol,
    columns,
  };
}

/**
 * A polarity written in a cell, or null.
 *
 * @example parsePolarity("Semakin rendah semakin baik") // "down"
 */
export function parsePolarity(text: string): Polarity | null {
  const t = normalize(text);
  if (!t) return null;
  if (
    /^(turun|menurun|down|lower|rendah|minimal|min|negatif|↓)|semakin (rendah|kecil|sedikit)|lower is better/.test(
      t,
    )
  )
    return "down";
  if (
    /^(naik|meningkat|up|higher|tinggi|maksimal|max|positif|↑)|semakin (tinggi|besar|banyak)|higher is better/.test(
      t,
    )
  )
    return "up";
  return null;
}

const UNIT_IN_NAME = /\s*\(([^()]{1,30})\)\s*$/;

/** Read the body rows of an indicator table. */
export function readIndicators(
  v: SheetView,
  h: IndicatorHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): Indicator[] {
  const out: Indicator[] = [];
  for (const { r } of rows) {
    let name = oneLine(v.text(r, h.nameCol));
    if (!name) continue;
    let unit = "";
    const um = UNIT_IN_NAME.exec(name);
    if (um) {
      unit = normalize(um[1]);
      name = name.slice(0, um.index).trim();
    }
    if (h.unitCol >= 0 && v.text(r, h.unitCol)) unit = normalize(v.text(r, h.unitCol));
    const parsed: { kind: GroupKind; year: number | null; n: ParsedNumber | null; cell: string }[] =
      [];
    for (const col of h.columns) {
      const raw = v.raw(r, col.col);
      const cell = v.addr(r, col.col);
      const n = parseNumber(raw);
      const text = v.text(r, col.col);
      if (!n && text && text !== "-" && text !== "–") {
        ctx.problems.push(
          problem(
            "error",
            "indicator.unreadable",
            `Nilai "${text}" untuk indikator "${name}" tidak terbaca sebagai angka`,
            `Value "${text}" of indicator "${name}" is not a number`,
            cell,
          ),
        );
      }
      if (!unit && n && n.unit) unit = n.unit;
      parsed.push({ kind: col.kind, year: col.year, n, cell });
    }
    const isPct = unit === "%" || unit === "persen";
    if (isPct) unit = "%";
    const value = (n: ParsedNumber | null): number | null => {
      if (!n) return null;
      if (isPct && !n.percent && Math.abs(n.value) > 1) return n.value / 100;
      return n.value;
    };
    let baseline: Indicator["baseline"] = { year: null, value: null };
    const targets: YearValue[] = [];
    const realisations: YearValue[] = [];
    for (const p of parsed) {
      if (p.kind === "baseline") {
        if (baseline.value === null) baseline = { year: p.year, value: value(p.n) };
        continue;
      }
      if (p.year === null) {
        if (p.n) {
          ctx.problems.push(
            problem(
              "warning",
              "indicator.no-year",
              `Kolom ${p.kind} tanpa tahun; nilai diabaikan`,
              `A ${p.kind} column has no year; the value is ignored`,
              p.cell,
            ),
          );
        }
        continue;
      }
      (p.kind === "target" ? targets : realisations).push({
        year: p.year,
        value: value(p.n),
        cell: p.cell,
      });
    }
    const polarity: Polarity | null =
      h.polarityCol >= 0 ? parsePolarity(v.text(r, h.polarityCol)) : null;
    if (h.polarityCol >= 0 && polarity === null && v.text(r, h.polarityCol)) {
      ctx.problems.push(
        problem(
          "warning",
          "indicator.unreadable-polarity",
          `Polaritas "${v.text(r, h.polarityCol)}" tidak dikenali (naik/turun); ditebak dari nama indikator`,
          `Polarity "${v.text(r, h.polarityCol)}" is not recognised (naik/turun); guessed from the name`,
          v.addr(r, h.polarityCol),
        ),
      );
    }
    const ind: Indicator = {
      name,
      unit,
      polarity: polarity ?? "up",
      baseline,
      targets,
      realisations,
      cell: v.addr(r, h.nameCol),
    };
    if (polarity === null) {
      const g = inferPolarity(name, unit);
      ind.polarity = g.polarity;
      ind.polarityInferred = true;
    }
    if (h.sasaranCol >= 0 && h.sasaranCol !== h.nameCol) {
      const s = oneLine(v.text(r, h.sasaranCol));
      if (s) ind.sasaran = s;
    }
    out.push(ind);
  }
  return out;
}
