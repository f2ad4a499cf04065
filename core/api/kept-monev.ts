import { cellAddress, type CellValue, type Grid } from "../grid";
import type { MonevInput } from "../model/monev";
import { activityKey, emptyMonevKept, parseSemester, type MonevKept } from "../compute/monev";
import { parsePeriodHeader } from "../layout/timeline";
import { sheetLabel as L } from "../i18n/labels-sheet";
import { semesterFieldLabels, type SemesterField } from "../layout/monev";
import { isManagedGrid, MANAGED_SHEETS, sameSheetName } from "../model/managed-sheet";
import { readKeptStatuses } from "./kept";

/**
 * What the user typed in "Monev Renaksi" (status, output, kendala, tindak lanjut, bukti per
 * activity and semester; realisations per indicator and year, and per semester with each
 * indicator's Periode), read back before a rebuild so a
 * re-run loses nothing; plus the statuses of the old "Timeline Program" status columns, carried
 * over once. Found by header text (Kode + Status, the semester named in the block's title or over
 * its columns), never by fixed rows or columns.
 *
 * @example readKeptMonev(grids).inputs.get("I.1.1")?.get("2021-S2")?.statusText // "selesai"
 */
const norm = (v: CellValue | undefined): string =>
  typeof v === "string" ? v.replace(/\s+/g, " ").trim().toLowerCase() : "";
const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

type InputField = Exclude<SemesterField, "plan">;
const INPUT_FIELDS: readonly InputField[] = [
  "status",
  "output",
  "kendala",
  "tindakLanjut",
  "bukti",
];
interface Block {
  semester: string;
  cols: Partial<Record<InputField, number>>;
}

/**
 * The semester a title names: "5.2 Kegiatan semester 2021 S2", "2021 S2", "2021-S2",
 * "Semester II 2021", "Semester 2 2021" -> "2021-S2"; null when it names none.
 */
export function semesterIn(v: CellValue | undefined): string | null {
  if (typeof v !== "string") return null;
  const yearFirst = /(\d{4})\s*[-\s]?\s*(?:S|SMT|Semester)\s*([12])(?![\d])/i.exec(v);
  if (yearFirst) return `${yearFirst[1]}-S${yearFirst[2]}`;
  const wordFirst = /Semester\s+(II|I|[12])\s+(?:tahun\s+)?(\d{4})/i.exec(v);
  if (!wordFirst) return null;
  const n = wordFirst[1].toUpperCase() === "II" || wordFirst[1] === "2" ? 2 : 1;
  return `${wordFirst[2]}-S${n}`;
}

/** The columns of the input fields named in `row` from column `from` on (up to `to`). */
function fieldCols(row: readonly CellValue[], from: number, to: number): Block["cols"] {
  const labels = semesterFieldLabels();
  const cols: Block["cols"] = {};
  for (let c = from; c < to; c++) {
    for (const f of INPUT_FIELDS) if (norm(row[c]) === norm(labels[f])) cols[f] ??= c;
  }
  return cols;
}

/**
 * Stacked (one block per semester): the header row holds Kode and Status; the semester is named in
 * a title at most three rows above it.
 */
function stackedBlock(g: Grid, r: number): Block[] {
  for (let k = r - 1; k >= Math.max(0, r - 3); k--) {
    for (const v of g.values[k] ?? []) {
      const semester = semesterIn(v);
      if (semester) {
        const row = g.values[r] ?? [];
        return [{ semester, cols: fieldCols(row, 0, row.length) }];
      }
    }
  }
  return [];
}

/**
 * Side by side (the sheet before the blocks were stacked): the header row holds Kode and one
 * semester label over each block, the row under it the field names.
 */
function sideBySideBlocks(row: readonly CellValue[], sub: readonly CellValue[]): Block[] {
  const starts: { semester: string; col: number }[] = [];
  for (let c = 0; c < row.length; c++) {
    const label = typeof row[c] === "string" ? parsePeriodHeader(String(row[c])) : null;
    if (label && label.includes("-S")) starts.push({ semester: label, col: c });
  }
  const end = Math.max(row.length, sub.length);
  return starts.map((s, i) => ({
    semester: s.semester,
    cols: fieldCols(sub, s.col, starts[i + 1]?.col ?? end),
  }));
}

/** The typed inputs of the activity rows from `r` down to the first row without code and title. */
function readRows(
  g: Grid,
  r: number,
  code: number,
  title: number,
  blocks: readonly Block[],
  into: MonevKept["inputs"],
): number {
  const cell = (line: readonly CellValue[], c: number | undefined) =>
    c === undefined ? "" : text(line[c]);
  const empty = (line: readonly CellValue[], c: number | undefined) => {
    const v = c === undefined ? null : line[c];
    return v === null || v === undefined || v === "";
  };
  // Each block's input columns as a list, asked once per row (80,000 rows on 10,000 activities).
  const inputCols = blocks.map((b) => INPUT_FIELDS.map((f) => b.cols[f]));
  let k = r;
  for (; k < g.values.length; k++) {
    const line = g.values[k] ?? [];
    const key = activityKey(text(line[code]), title >= 0 ? text(line[title]) : "");
    if (key === "#") break;
    for (let j = 0; j < blocks.length; j++) {
      const b = blocks[j];
      // Most rows of a big plan are untyped: nothing read, no object for them.
      if (inputCols[j].every((c) => empty(line, c))) continue;
      const statusText = cell(line, b.cols.status);
      const output = cell(line, b.cols.output);
      const kendala = cell(line, b.cols.kendala);
      const tindakLanjut = cell(line, b.cols.tindakLanjut);
      const bukti = cell(line, b.cols.bukti);
      // Only spaces typed: no object and no A1 address either.
      if (statusText + output + kendala + tindakLanjut + bukti === "") continue;
      const input: MonevInput = { statusText, output, kendala, tindakLanjut, bukti };
      if (b.cols.status !== undefined) input.cell = cellAddress(g, k, b.cols.status);
      if (Object.values(input).every((v) => v === "" || v === input.cell)) continue;
      const m = into.get(key) ?? new Map<string, MonevInput>();
      into.set(key, m);
      if (!m.has(b.semester)) m.set(b.semester, input);
    }
  }
  return k;
}

/**
 * Activity inputs of section 5, keyed by activity key then semester label: every block found by
 * its words (a header row with Kode and Status, the semester in the title above it or over its
 * columns), in the stacked layout and in the side-by-side one it replaced, so nothing typed
 * before the change is lost.
 */
function readActivityInputs(g: Grid, into: MonevKept["inputs"]): void {
  const codeLabel = norm(L("col.code"));
  const titleLabel = norm(L("col.program"));
  const statusLabel = norm(L("col.status"));
  const hasStatus = (line: readonly CellValue[]) => line.some((v) => norm(v) === statusLabel);
  for (let r = 0; r < g.values.length; r++) {
    const row = g.values[r] ?? [];
    const code = row.findIndex((v) => norm(v) === codeLabel);
    if (code < 0) continue;
    const title = row.findIndex((v) => norm(v) === titleLabel);
    const sub = g.values[r + 1] ?? [];
    if (hasStatus(row)) {
      const blocks = stackedBlock(g, r);
      if (blocks.length > 0) r = readRows(g, r + 1, code, title, blocks, into);
    } else if (hasStatus(sub)) {
      r = readRows(g, r + 2, code, title, sideBySideBlocks(row, sub), into);
    }
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
