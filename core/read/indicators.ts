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
import type { Indicator, Polarity, SemesterValue, YearValue } from "../model/indicator";
import { problem } from "../problem";
import type { SheetView } from "./sheet";
import { type BaseHeader, type BodyRow, type ReadContext, findCol, lastCol } from "./table";
import { normalize, oneLine } from "../cells/text";
import { type ParsedNumber, parseNumber, parsePeriod, parseYear, yearIn } from "../cells/values";
import type { CellValue } from "../grid";

type GroupKind = "baseline" | "target" | "realisasi";

export interface IndicatorHeader extends BaseHeader {
  kind: "indicators";
  nameCol: number;
  sasaranCol: number;
  unitCol: number;
  polarityCol: number;
  /** One per value column; `semester` / `quarter` set on a semester / quarter column. */
  columns: {
    kind: GroupKind;
    year: number | null;
    semester?: string;
    quarter?: string;
    col: number;
  }[];
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

/** The period a header or sub-header cell names: a year, a semester ("2023-S1") or a quarter. */
interface HeaderPeriod {
  year: number;
  /** "2023-S1" for a semester column. */
  semester?: string;
  /** "2023-Q1" for a quarter column (read, not used: monev reports per semester). */
  quarter?: string;
}

const GROUP_WORDS =
  /^(realisasi|capaian realisasi|target|sasaran target|baseline|base line|base-line|kondisi awal|data dasar|tahun dasar)\b\s*/;

/**
 * The semester or quarter a header names, its group word left out: "Realisasi Semester I 2023",
 * "2023 S1", "Smt II 2024", "S1 2023" -> semester; "TW I 2023" -> quarter; a year alone -> null.
 *
 * @example subPeriod("Realisasi Smt II 2024") // { year: 2024, semester: "2024-S2" }
 */
export function subPeriod(
  v: CellValue | undefined,
  year: number | null = null,
): HeaderPeriod | null {
  if (typeof v !== "string") return null;
  const rest = normalize(v).replace(GROUP_WORDS, "");
  const p = parsePeriod(rest, year);
  if (p === null || p.length === 4) return null;
  const y = Number(p.slice(0, 4));
  return p.includes("-S") ? { year: y, semester: p } : { year: y, quarter: p };
}

/**
 * A sub-header cell below a spanning group: a year, a semester or a quarter ("S1" under
 * "Realisasi 2023" takes the group's year).
 */
function belowPeriod(v: CellValue | undefined, year: number | null): HeaderPeriod | null {
  const y = parseYear(v);
  return y !== null ? { year: y } : subPeriod(v, year);
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
    const ownSub = subPeriod(v.raw(r, c));
    // A bare semester header ("2023 S1", "Smt II 2024") is a realisation column.
    const kind = groupKind(v.norm(r, c)) ?? (ownSub?.semester ? "realisasi" : null);
    if (!kind) continue;
    const next = i + 1 < labelled.length ? labelled[i + 1] : w;
    const own: HeaderPeriod | null =
      ownSub ?? (yearIn(v.raw(r, c)) !== null ? { year: yearIn(v.raw(r, c)) as number } : null);
    const below: (HeaderPeriod & { col: number })[] = [];
    for (let cc = c; cc < next; cc++) {
      const p = belowPeriod(v.raw(r + 1, cc), own?.year ?? null);
      if (p !== null) below.push({ ...p, col: cc });
    }
    if (below.length > 0 && (own === null || below.length > 1 || below[0].col !== c)) {
      height = 2;
      for (const b of below) columns.push({ kind, ...b });
    } else if (below.length === 1) {
      height = 2;
      columns.push({ kind, ...below[0], col: c });
    } else {
      columns.push({
        kind,
        year: own?.year ?? null,
        ...(own?.semester ? { semester: own.semester } : {}),
        ...(own?.quarter ? { quarter: own.quarter } : {}),
        col: c,
      });
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

/**
 * A quarter column, or a target per semester: read but not used (monev compares a semester's
 * realisation with the year's target), said once per value with its cell.
 */
function periodIgnored(name: string, kind: GroupKind, label: string, cell: string) {
  const when = label.replace("-", " ");
  return kind === "target"
    ? problem(
        "warning",
        "indicator.semester-target",
        `Target ${when} indikator "${name}" tidak dipakai: capaian semester diukur terhadap target tahunan`,
        `The ${when} target of indicator "${name}" is not used: a semester's capaian is measured against the year's target`,
        cell,
      )
    : problem(
        "warning",
        "indicator.quarter",
        `Realisasi triwulan ${when} indikator "${name}" tidak dipakai: monev melaporkan per semester (tulis "${when.slice(0, 4)} S1" / "S2")`,
        `The quarter realisation ${when} of indicator "${name}" is not used: monev reports per semester (write "${when.slice(0, 4)} S1" / "S2")`,
        cell,
      );
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
    const parsed: {
      kind: GroupKind;
      year: number | null;
      semester?: string;
      quarter?: string;
      n: ParsedNumber | null;
      cell: string;
    }[] = [];
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
      parsed.push({ ...col, n, cell });
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
    const semesterRealisations: SemesterValue[] = [];
    for (const p of parsed) {
      if (p.kind !== "baseline" && (p.quarter || (p.semester && p.kind === "target"))) {
        if (p.n)
          ctx.problems.push(periodIgnored(name, p.kind, p.quarter ?? p.semester ?? "", p.cell));
        continue;
      }
      if (p.semester) {
        semesterRealisations.push({ semester: p.semester, value: value(p.n), cell: p.cell });
        continue;
      }
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
    if (semesterRealisations.length > 0) ind.semesterRealisations = semesterRealisations;
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
