import { cellAddress, type CellValue, type Grid } from "../grid";
import type { MonevInput } from "../model/monev";
import { activityKey, emptyMonevKept, parseSemester, type MonevKept } from "../compute/monev";
import { parsePeriodHeader } from "../layout/timeline";
import { sheetLabel as L, type SheetLabelKey } from "../i18n/labels-sheet";
import type { SemesterField } from "../layout/monev";
import { isManagedGrid, MANAGED_SHEETS, sameSheetName } from "../model/managed-sheet";
import { readKeptStatuses } from "./kept";

/**
 * What the user typed in "Monev Renaksi" (status, output, kendala, tindak lanjut, bukti per
 * activity and semester; realisations per indicator and year, and per semester with each
 * indicator's Periode), read back before a rebuild so a
 * re-run loses nothing; plus the statuses of the old "Timeline Program" status columns, carried
 * over once. Found by header text (Kode + a semester label over its block, the sub-header names),
 * never by fixed rows or columns.
 *
 * @example readKeptMonev(grids).inputs.get("I.1.1")?.get("2021-S2")?.statusText // "selesai"
 */
const norm = (v: CellValue | undefined): string =>
  typeof v === "string" ? v.replace(/\s+/g, " ").trim().toLowerCase() : "";
const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

const FIELD_LABELS: Record<Exclude<SemesterField, "plan">, SheetLabelKey> = {
  status: "col.status",
  output: "col.output",
  kendala: "col.kendala",
  tindakLanjut: "col.tindakLanjut",
  bukti: "col.bukti",
};

/** Activity inputs of section 5, keyed by activity key then semester label. */
function readActivityInputs(g: Grid, into: MonevKept["inputs"]): void {
  const codeLabel = norm(L("col.code"));
  const titleLabel = norm(L("col.program"));
  const statusLabel = norm(L("col.status"));
  for (let r = 0; r + 1 < g.values.length; r++) {
    const row = g.values[r] ?? [];
    const sub = g.values[r + 1] ?? [];
    const code = row.findIndex((v) => norm(v) === codeLabel);
    if (code < 0 || !sub.some((v) => norm(v) === statusLabel)) continue;
    const title = row.findIndex((v) => norm(v) === titleLabel);
    // Each semester block: its label in the header row, its fields named in the sub-header row.
    const blocks: { semester: string; cols: Partial<Record<keyof typeof FIELD_LABELS, number>> }[] =
      [];
    for (let c = 0; c < Math.max(row.length, sub.length); c++) {
      const label = typeof row[c] === "string" ? parsePeriodHeader(String(row[c])) : null;
      if (label && label.includes("-S")) blocks.push({ semester: label, cols: {} });
      const block = blocks[blocks.length - 1];
      if (!block) continue;
      for (const [field, key] of Object.entries(FIELD_LABELS)) {
        if (norm(sub[c]) === norm(L(key))) block.cols[field as keyof typeof FIELD_LABELS] = c;
      }
    }
    for (let k = r + 2; k < g.values.length; k++) {
      const line = g.values[k] ?? [];
      const key = activityKey(text(line[code]), title >= 0 ? text(line[title]) : "");
      if (key === "#") continue;
      for (const b of blocks) {
        const input: MonevInput = {
          statusText: b.cols.status !== undefined ? text(line[b.cols.status]) : "",
          output: b.cols.output !== undefined ? text(line[b.cols.output]) : "",
          kendala: b.cols.kendala !== undefined ? text(line[b.cols.kendala]) : "",
          tindakLanjut: b.cols.tindakLanjut !== undefined ? text(line[b.cols.tindakLanjut]) : "",
          bukti: b.cols.bukti !== undefined ? text(line[b.cols.bukti]) : "",
        };
        if (b.cols.status !== undefined) input.cell = cellAddress(g, k, b.cols.status);
        if (Object.values(input).every((v) => v === "" || v === input.cell)) continue;
        const m = into.get(key) ?? new Map<string, MonevInput>();
        into.set(key, m);
        if (!m.has(b.semester)) m.set(b.semester, input);
      }
    }
    return;
  }
}

/** Section 4's header row and its columns (Indikator | Tahun | ... | Realisasi | Status capaian). */
function indicatorHeader(g: Grid) {
  const want = (["col.indicator", "col.year", "col.realisasi", "col.capaianStatus"] as const).map(
    (k) => norm(L(k)),
  );
  for (let r = 0; r < g.values.length; r++) {
    const row = g.values[r] ?? [];
    const [name, year, real, status] = want.map((w) => row.findIndex((v) => norm(v) === w));
    if (name < 0 || year < 0 || real < 0 || status < 0) continue;
    const period = row.findIndex((v) => norm(v) === norm(L("col.periode")));
    return { row: r, name, year, real, period };
  }
  return null;
}

/** Realisations typed on section 4's yearly rows (semester rows are readIndicatorSemesters'). */
function readRealisations(g: Grid, into: MonevKept["realisations"]): void {
  const h = indicatorHeader(g);
  if (h) {
    const { name, year, real } = h;
    for (let k = h.row + 1; k < g.values.length; k++) {
      const line = g.values[k] ?? [];
      const n = text(line[name]);
      const y = Number(line[year]);
      if (n !== "" && parseSemester(text(line[year])) !== null) continue;
      if (n === "" || !Number.isInteger(y)) break;
      const v = line[real] ?? null;
      if (v === null || v === "") continue;
      const m = into.get(n) ?? new Map<number, { value: CellValue; cell: string }>();
      into.set(n, m);
      if (!m.has(y)) m.set(y, { value: v, cell: cellAddress(g, k, real) });
    }
  }
}

/**
 * Section 4's semester rows ("2023 S1" in the Tahun column: the realisation typed there) and the
 * Periode cells (Tahunan / Semester, first one per indicator), for the rule in
 * core/compute/monev-indicators.ts.
 *
 * @example readIndicatorSemesters(g, kept); kept.semesterRealisations.get("Jangka waktu ...")
 *   // Map { "2021-S1" => { value: 2.6, cell: "'Monev Renaksi'!E31" } }
 */
export function readIndicatorSemesters(
  g: Grid,
  into: Pick<MonevKept, "semesterRealisations" | "periods">,
): void {
  const h = indicatorHeader(g);
  if (!h) return;
  for (let k = h.row + 1; k < g.values.length; k++) {
    const line = g.values[k] ?? [];
    const n = text(line[h.name]);
    const label = text(line[h.year]);
    const semester = parseSemester(label);
    if (n === "" || (semester === null && !Number.isInteger(Number(line[h.year])))) break;
    const p = h.period >= 0 ? text(line[h.period]) : "";
    if (p !== "" && !into.periods.has(n)) {
      into.periods.set(n, { text: p, cell: cellAddress(g, k, h.period) });
    }
    const v = line[h.real] ?? null;
    if (semester === null || v === null || v === "") continue;
    const m =
      into.semesterRealisations.get(n) ?? new Map<string, { value: CellValue; cell: string }>();
    into.semesterRealisations.set(n, m);
    if (!m.has(semester)) m.set(semester, { value: v, cell: cellAddress(g, k, h.real) });
  }
}

/** Everything monev keeps from a previous run (see MonevKept). */
export function readKeptMonev(grids: readonly Grid[]): MonevKept {
  const kept = emptyMonevKept();
  const g = grids.find((x) => sameSheetName(x.sheet, MANAGED_SHEETS.monev) && isManagedGrid(x));
  if (g) {
    readActivityInputs(g, kept.inputs);
    readRealisations(g, kept.realisations);
    readIndicatorSemesters(g, kept);
  }
  kept.timelineStatuses = readKeptStatuses(grids);
  return kept;
}
