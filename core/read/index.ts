/**
 * Grid[] -> RenaksiDocument (+ problems). Finds every standard matrix by its header text wherever
 * it sits (any sheet, any position, several per sheet; side by side on the same rows is not
 * supported), reads it with its table reader, and records where it was found in `doc.tables`.
 * Sheets Renaksi made itself (A1 starts with MARKER_PREFIX) are skipped.
 *
 * Merging: the first assessment table gives the statements and their scores; a categorisation
 * table gives the mapping (rows matched to statements by text, else by number) and the scores
 * when there is no assessment table; a responses table (respondents' answers) replaces the marks
 * as the answers. Indicators with the same name in several tables are merged.
 *
 * @example
 *   const { doc, problems } = readWorkbook(SEED_GRIDS.luwu);
 *   doc.answers.map((a) => a.answers[0]) // [4, 3, 4, 4, 4, 3, 3, 4, 2, 2, ...]
 */
import { isManagedGrid } from "../model/managed-sheet";
import { sheetA1, type Grid } from "../grid";
import type { StatementAnswers } from "../model/answers";
import { emptyDocument, type FoundTable, type RenaksiDocument } from "../model/document";
import type { Indicator } from "../model/indicator";
import type { MappingEntry } from "../model/mapping";
import type { InstansiProfile } from "../model/plan";
import type { Statement } from "../model/statement";
import { problem, type Problem } from "../problem";
import {
  type AssessmentHeader,
  type AssessmentRead,
  detectAssessment,
  readAssessment,
} from "./assessment";
import { detectIndicators, readIndicators } from "./indicators";
import { detectInformasiUmum, readInformasiUmum } from "./informasi-umum";
import { detectMonev, readMonev } from "./monev";
import { detectPriority, readPriority } from "./priority";
import { detectPrograms, readPrograms, withoutExamples } from "./programs";
import {
  detectResponses,
  detectTextResponses,
  readResponses,
  type ResponsesRead,
} from "./responses";
import type { LabelEntry } from "./answer-labels";
import { matchStatements } from "./statement-match";
import { JUKNIS22_STATEMENTS, KLUNGKUNG20_STATEMENTS } from "../templates";
import { SheetView } from "./sheet";
import { detectSuccess, readSuccess } from "./success";
import { type BaseHeader, type BodyRow, type ReadContext, bodyRows, foundTable } from "./table";
import { cellText, normalize, similarity } from "../cells/text";

export { SheetView } from "./sheet";
export * from "../cells/values";
export { aspectOf, normalize, similarity } from "../cells/text";
export { detectAssessment, readAssessment } from "./assessment";
export { detectIndicators, readIndicators, parsePolarity } from "./indicators";
export { detectInformasiUmum, readInformasiUmum, infoField } from "./informasi-umum";
export { detectMonev, readMonev } from "./monev";
export { parseStatus } from "../cells/values";
export { detectPriority, readPriority, parsePriorityText } from "./priority";
export { detectPrograms, readPrograms, parseCode, splitUnits } from "./programs";
export { detectResponses, readResponses } from "./responses";
export { detectSuccess, readSuccess, bulletLines } from "./success";

type Detector = (v: SheetView, r: number) => BaseHeader | null;

/** Detection order matters: the more specific shapes first. */
const DETECTORS: Detector[] = [
  detectAssessment,
  detectPriority,
  detectIndicators,
  detectSuccess,
  detectInformasiUmum,
  detectMonev,
  detectPrograms,
];

const HINT_RE =
  /^(no|nomor|kode|pertanyaan|pernyataan|butir|aspek|kelompok|area|indikator|indicator|uraian|keterangan|informasi|rincian|data|program|kegiatan|rencana|waktu|tahun)|program|kegiatan|keberhasilan/;

/** Can row r hold any header? A cheap test run before the detectors. */
function mayBeHeader(v: SheetView, r: number): boolean {
  const w = v.rowWidth(r);
  for (let c = 0; c < w; c++) {
    const t = v.norm(r, c);
    if (t && t.length <= 80 && HINT_RE.test(t)) return true;
  }
  return false;
}

function detectAny(v: SheetView, r: number): BaseHeader | null {
  if (!mayBeHeader(v, r)) return null;
  for (const d of DETECTORS) {
    const h = d(v, r);
    if (h) return h;
  }
  return null;
}

interface Found {
  header: BaseHeader;
  view: SheetView;
  rows: BodyRow[];
  table: FoundTable;
}

/** Every table of one sheet, top to bottom. */
export function findTables(grid: Grid): Found[] {
  const v = new SheetView(grid);
  const out: Found[] = [];
  let r = 0;
  while (r < v.height) {
    if (v.isBlankRow(r)) {
      r++;
      continue;
    }
    let h: BaseHeader | null = detectAny(v, r);
    if (!h) h = detectResponses(v, r);
    if (!h) h = detectTextResponses(v, r);
    if (!h) {
      r++;
      continue;
    }
    const header = h;
    // One detection per row, shared by `same` and `other`.
    let memoRow = -1;
    let memo: BaseHeader | null = null;
    const detectAt = (rr: number): BaseHeader | null => {
      if (rr !== memoRow) {
        memoRow = rr;
        memo = detectAny(v, rr);
      }
      return memo;
    };
    const same = (rr: number): number => {
      const again = header.kind === "responses" ? null : detectAt(rr);
      if (!again) return 0;
      const compatible =
        again.kind === header.kind ||
        (header.kind === "categorisation" && again.kind === "assessment") ||
        (header.kind === "assessment" && again.kind === "categorisation");
      return compatible ? again.height : 0;
    };
    const other = (rr: number): boolean => {
      if (header.kind === "responses") return false;
      const again = detectAt(rr);
      return again !== null && same(rr) === 0;
    };
    const body = bodyRows(v, header, same, other);
    out.push({ header, view: v, rows: body.rows, table: foundTable(v, header, body) });
    r = Math.max(body.end, header.row + header.height);
  }
  return out;
}

function isGrid(g: unknown): g is Grid {
  if (!g || typeof g !== "object") return false;
  const x = g as Partial<Grid>;
  return (
    typeof x.sheet === "string" &&
    !!x.origin &&
    Number.isFinite(x.origin.row) &&
    Number.isFinite(x.origin.col) &&
    x.origin.row >= 1 &&
    x.origin.col >= 1 &&
    Array.isArray(x.values)
  );
}

/**
 * The title of a table when it says the table is an example ("Contoh ..."): looks at the three rows
 * above the table's first row on its sheet.
 */
function exampleTitle(grids: Grid[], t: FoundTable): { text: string; cell: string } | null {
  const g = grids.find((x) => x.sheet === t.sheet);
  if (!g) return null;
  for (let row = t.row - 1; row >= Math.max(g.origin.row, t.row - 3); row--) {
    const r = g.values[row - g.origin.row] ?? [];
    for (let c = 0; c < r.length; c++) {
      const text = normalize(r[c]);
      if (/(^|[^a-z])contoh([^a-z]|$)/.test(text)) {
        return { text: cellText(r[c]), cell: sheetA1(g.sheet, row, g.origin.col + c) };
      }
    }
  }
  return null;
}

/** Match categorisation rows to statements: same text (similarity >= 0.8) first, else same number. */
function alignMapping(
  statements: Statement[],
  cat: AssessmentRead,
  problems: Problem[],
): MappingEntry[] {
  const out: MappingEntry[] = [];
  const byNo = new Map(statements.map((s) => [s.no, s]));
  const used = new Set<number>();
  for (const st of cat.statements) {
    const entry = cat.mapping?.find((m) => m.no === st.no);
    if (!entry) continue;
    let target = byNo.get(st.no);
    if (st.text && (!target || similarity(target.text, st.text) < 0.8)) {
      let best: Statement | undefined;
      let bestSim = 0.8;
      for (const s of statements) {
        const sim = similarity(s.text, st.text);
        if (sim >= bestSim && !used.has(s.no)) {
          best = s;
          bestSim = sim;
        }
      }
      if (best) target = best;
      else if (target && target.text) {
        problems.push(
          problem(
            "warning",
            "mapping.text-mismatch",
            `Pernyataan ${st.no} di tabel kategorisasi berbeda teksnya dengan matriks asesmen; dipasangkan menurut nomor`,
            `Statement ${st.no} in the categorisation table differs from the assessment matrix; matched by number`,
            entry.cell,
          ),
        );
      }
    }
    if (!target || used.has(target.no)) continue;
    used.add(target.no);
    out.push({ ...entry, no: target.no });
  }
  return out.sort((a, b) => a.no - b.no);
}

const INSTANSI_RE =
  /\b(pemerintah\s+)?(kabupaten|kota|provinsi)\s+([a-z][a-z.'-]*(?:\s+(?!tahun\b|nomor\b|dan\b|yang\b|di\b|ke\b)[a-z][a-z.'-]*)?)/i;

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|\s)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
}

function findProfile(grids: Grid[], tables: Found[], doc: RenaksiDocument): InstansiProfile {
  const profile: InstansiProfile = { instansi: "" };
  const inTable = new Map<string, [number, number][]>();
  for (const t of tables) {
    const list = inTable.get(t.view.sheet) ?? [];
    list.push([t.header.row, t.header.row + t.table.rows]);
    inTable.set(t.view.sheet, list);
  }
  // An explicit label row ("Instansi | Dinas Kominfo Kota X", as the template writes it) wins.
  labelled: for (const g of grids) {
    for (let r = 0; r < g.values.length && r < 200; r++) {
      const row = g.values[r];
      if (!Array.isArray(row)) continue;
      for (let c = 0; c + 1 < row.length && c < 20; c++) {
        if (!/^(nama\s+)?instansi\s*:?$/.test(normalize(row[c]))) continue;
        const value = cellText(row[c + 1]);
        if (value === "") continue;
        profile.instansi = value;
        const m = INSTANSI_RE.exec(value);
        if (m) profile.level = m[2].toLowerCase() as "kabupaten" | "kota" | "provinsi";
        break labelled;
      }
    }
  }
  // Titles outside the tables first, then any cell (a program title naming the instansi).
  if (profile.instansi === "")
    outer: for (const pass of [0, 1])
      for (const g of grids) {
        const spans = inTable.get(g.sheet) ?? [];
        for (let r = 0; r < g.values.length && r < 2000; r++) {
          if (pass === 0 && spans.some(([a, b]) => r >= a && r < b)) continue;
          const row = g.values[r];
          if (!Array.isArray(row)) continue;
          for (const cell of row) {
            if (typeof cell !== "string") continue;
            const m = INSTANSI_RE.exec(cell);
            if (m) {
              const kind = m[2].toLowerCase() as "kabupaten" | "kota" | "provinsi";
              const name = m[3].replace(/[.,]+$/, "").trim();
              profile.instansi = `Pemerintah ${titleCase(kind)} ${titleCase(name)}`;
              profile.level = kind;
              break outer;
            }
          }
        }
      }
  const years = new Set<number>();
  for (const p of doc.programs) for (const l of p.periods) years.add(Number(l.slice(0, 4)));
  for (const t of tables) {
    if (t.header.kind !== "programs") continue;
    const h = t.header as BaseHeader & { periods: { label: string }[] };
    for (const p of h.periods) years.add(Number(p.label.slice(0, 4)));
  }
  if (years.size === 0)
    for (const i of doc.indicators) for (const t of i.targets) years.add(t.year);
  const ys = [...years].filter((y) => y >= 2000 && y <= 2100);
  if (ys.length > 0) profile.period = { startYear: Math.min(...ys), endYear: Math.max(...ys) };
  return profile;
}

function mergeIndicators(list: Indicator[]): Indicator[] {
  const out: Indicator[] = [];
  const byName = new Map<string, Indicator>();
  for (const ind of list) {
    const key = normalize(ind.name);
    const prev = byName.get(key);
    if (!prev) {
      const copy = {
        ...ind,
        targets: [...ind.targets],
        realisations: [...ind.realisations],
        ...(ind.semesterRealisations
          ? { semesterRealisations: [...ind.semesterRealisations] }
          : {}),
      };
      byName.set(key, copy);
      out.push(copy);
      continue;
    }
    if (prev.baseline.value === null && ind.baseline.value !== null) prev.baseline = ind.baseline;
    if (!prev.unit && ind.unit) prev.unit = ind.unit;
    if (prev.polarityInferred && !ind.polarityInferred) {
      prev.polarity = ind.polarity;
      delete prev.polarityInferred;
    }
    for (const t of ind.targets)
      if (!prev.targets.some((x) => x.year === t.year)) prev.targets.push(t);
    for (const t of ind.realisations) {
      if (!prev.realisations.some((x) => x.year === t.year)) prev.realisations.push(t);
    }
    for (const t of ind.semesterRealisations ?? []) {
      const list = (prev.semesterRealisations ??= []);
      if (!list.some((x) => x.semester === t.semester)) list.push(t);
    }
    prev.targets.sort((a, b) => a.year - b.year);
    prev.realisations.sort((a, b) => a.year - b.year);
    prev.semesterRealisations?.sort((a, b) => a.semester.localeCompare(b.semester));
  }
  return out;
}

/** What the reader is told besides the grids. */
export interface ReadOptions {
  /** The user's label -> score table for label answers (kept from "Hasil Renaksi"). */
  answerLabels?: readonly LabelEntry[];
}

/**
 * Read a workbook (every sheet as a Grid) into a RenaksiDocument: find the tables, read each, then
 * combine the matrices, the mapping and the respondents' answers. Never throws on odd input:
 * anything it cannot read is a Problem naming the cell.
 *
 * @example readWorkbook(SEED_GRIDS.luwu).doc.statements.length // 22
 */
export function readWorkbook(
  grids: Grid[],
  opts: ReadOptions = {},
): { doc: RenaksiDocument; problems: Problem[] } {
  const doc = emptyDocument();
  const problems: Problem[] = [];
  const valid = (Array.isArray(grids) ? grids : []).filter(isGrid).filter((g) => !isManagedGrid(g));
  const tables = valid.flatMap((g) => findTables(g));
  const found = readTables(tables, doc, problems, opts);
  dropTemplateExamples(doc, problems);
  const base = takeStatements(doc, found);
  applyMapping(doc, found, base, valid, problems);
  applyResponses(doc, found, base, problems);
  doc.indicators = mergeIndicators(found.indicators);
  doc.profile = findProfile(valid, tables, doc);
  return { doc, problems };
}

/**
 * The template's example Program / Kegiatan rows nobody replaced or marked are not activities:
 * left out, with one warning naming the first of them.
 */
function dropTemplateExamples(doc: RenaksiDocument, problems: Problem[]): void {
  const { kept, examples } = withoutExamples(doc.programs);
  if (examples.length === 0) return;
  doc.programs = kept;
  problems.push(
    problem(
      "warning",
      "program.example",
      `${examples.length} baris contoh templat (Program/Kegiatan) belum diganti dan tanpa tanda tahun: tidak dibaca sebagai kegiatan. Timpa dengan program instansi, atau beri tanda tahun untuk memakainya`,
      `${examples.length} template example rows (Program/Kegiatan) not replaced and without a year mark: not read as activities. Overwrite them with the instansi's programs, or mark their years to keep them`,
      examples[0].cell,
    ),
  );
}

/** A matrix as read, with the table it came from. */
interface MatrixRead {
  read: AssessmentRead;
  table: FoundTable;
}

/** What the tables gave that needs combining across tables. */
interface TablesRead {
  assessment: MatrixRead | null;
  categorisations: MatrixRead[];
  responses: StatementAnswers[][];
  responseReads: ResponsesRead[];
  indicators: Indicator[];
}

/**
 * Reads every table found, each with its reader: tables that stand alone go straight into the
 * document; matrices, respondents' answers and indicators are returned to be combined.
 */
function readTables(
  tables: readonly Found[],
  doc: RenaksiDocument,
  problems: Problem[],
  opts: ReadOptions,
): TablesRead {
  const ctx: ReadContext = { problems };
  const out: TablesRead = {
    assessment: null,
    categorisations: [],
    responses: [],
    responseReads: [],
    indicators: [],
  };
  for (const t of tables) {
    const { header: h, view: v, rows } = t;
    doc.tables.push(t.table);
    switch (h.kind) {
      case "assessment":
      case "categorisation":
        readMatrix(t, out, problems);
        break;
      case "responses": {
        const rr = readResponses(
          v,
          h as Parameters<typeof readResponses>[1],
          rows,
          ctx,
          opts.answerLabels ?? [],
        );
        out.responseReads.push(rr);
        out.responses.push(rr.answers);
        break;
      }
      case "priority":
        if (doc.priorities.length === 0)
          doc.priorities = readPriority(v, h as Parameters<typeof readPriority>[1], rows, ctx);
        break;
      case "informasiUmum":
        doc.informasiUmum.push(
          ...readInformasiUmum(v, h as Parameters<typeof readInformasiUmum>[1], rows, ctx),
        );
        break;
      case "indicators":
        out.indicators.push(
          ...readIndicators(v, h as Parameters<typeof readIndicators>[1], rows, ctx),
        );
        break;
      case "programs":
        doc.programs.push(...readPrograms(v, h as Parameters<typeof readPrograms>[1], rows, ctx));
        break;
      case "successIndicators":
        doc.successIndicators.push(
          ...readSuccess(v, h as Parameters<typeof readSuccess>[1], rows, ctx),
        );
        break;
      case "monev":
        doc.monev.push(...readMonev(v, h as Parameters<typeof readMonev>[1], rows, ctx));
        break;
    }
  }
  return out;
}

/**
 * An assessment or categorisation matrix: the first assessment matrix counts; a second copy (an
 * appendix) is only compared with it (`assessment.copy-differs`).
 */
function readMatrix(
  { header: h, view: v, rows, table }: Found,
  out: TablesRead,
  problems: Problem[],
) {
  const local: ReadContext = { problems: [] };
  const read = readAssessment(v, h as AssessmentHeader, rows, local);
  if (h.kind === "categorisation") {
    out.categorisations.push({ read, table });
    problems.push(...local.problems);
    return;
  }
  const first = out.assessment;
  if (!first) {
    out.assessment = { read, table };
    problems.push(...local.problems);
    return;
  }
  const scores = new Map(first.read.answers.map((a) => [a.no, a.answers[0]]));
  for (const a of read.answers) {
    if (scores.has(a.no) && scores.get(a.no) !== a.answers[0]) {
      problems.push(
        problem(
          "warning",
          "assessment.copy-differs",
          `Nilai pernyataan ${a.no} berbeda dengan matriks asesmen di ${first.table.range}`,
          `The score of statement ${a.no} differs from the assessment matrix at ${first.table.range}`,
          a.cells?.[0],
        ),
      );
    }
  }
}

/** Statements and answers: the assessment matrix, else the first categorisation table. */
function takeStatements(doc: RenaksiDocument, found: TablesRead): MatrixRead | null {
  const base = found.assessment ?? found.categorisations[0] ?? null;
  if (base) {
    doc.statements = base.read.statements;
    doc.answers = base.read.answers;
  }
  return base;
}

/**
 * The mapping: the first categorisation table that is the instansi's own, aligned with the
 * statements; its scores checked against the assessment matrix; statements it leaves out named.
 */
function applyMapping(
  doc: RenaksiDocument,
  { assessment, categorisations }: TablesRead,
  base: MatrixRead | null,
  grids: Grid[],
  problems: Problem[],
): void {
  const cat = ownCategorisations(categorisations, grids, problems)[0];
  if (!cat) return;
  doc.mapping =
    base === cat ? (cat.read.mapping ?? []) : alignMapping(doc.statements, cat.read, problems);
  if (assessment && cat !== base) {
    dropMirrorBlanks(problems, assessment.read.answers, cat.read.answers);
  }
  if (assessment) checkCategoryScores(doc, assessment, cat, problems);
  const mapped = new Set(doc.mapping.map((m) => m.no));
  const unmapped = doc.statements.filter((s) => !mapped.has(s.no)).map((s) => s.no);
  if (unmapped.length > 0 && doc.statements.length > 0) {
    problems.push(
      problem(
        "warning",
        "mapping.partial",
        `Tabel kategorisasi tidak memuat pernyataan ${unmapped.join(", ")}`,
        `The categorisation table does not cover statements ${unmapped.join(", ")}`,
        cat.table.range,
      ),
    );
  }
}

/**
 * A categorisation table titled as an example ("Tabel 4 Contoh Kategorisasi ...", Cilacap) is the
 * juknis' illustration copied into the plan, not the instansi's own mapping: set it aside, say so.
 */
function ownCategorisations(
  categorisations: readonly MatrixRead[],
  grids: Grid[],
  problems: Problem[],
): MatrixRead[] {
  return categorisations.filter((c) => {
    const title = exampleTitle(grids, c.table);
    if (!title) return true;
    problems.push(
      problem(
        "warning",
        "mapping.example",
        `Tabel kategorisasi berjudul "${title.text}" adalah contoh; tidak dipakai sebagai pemetaan instansi`,
        `The categorisation table titled "${title.text}" is an example; it is not used as the agency's mapping`,
        title.cell,
      ),
    );
    return false;
  });
}

/** Scores in the categorisation table must agree with the assessment matrix. */
function checkCategoryScores(
  doc: RenaksiDocument,
  assessment: MatrixRead,
  cat: MatrixRead,
  problems: Problem[],
): void {
  const scores = new Map(assessment.read.answers.map((a) => [a.no, a.answers[0]]));
  const byNo = new Map((doc.mapping ?? []).map((m) => [m.no, m]));
  cat.read.answers.forEach((a, i) => {
    const entry = doc.mapping?.find((m) => m.cell === cat.read.mapping?.[i]?.cell);
    const no = entry?.no ?? a.no;
    if (!byNo.has(no)) return;
    const s = scores.get(no);
    if (s !== undefined && s !== null && a.answers[0] !== null && s !== a.answers[0]) {
      problems.push(
        problem(
          "warning",
          "assessment.category-score-differs",
          `Nilai pernyataan ${no} di tabel kategorisasi (${a.answers[0]}) berbeda dengan matriks asesmen (${s})`,
          `The score of statement ${no} in the categorisation table (${a.answers[0]}) differs from the assessment matrix (${s})`,
          a.cells?.[0],
        ),
      );
    }
  });
}

/**
 * Respondents' answers: their question texts matched to the statements, the form export noted,
 * and their answers taking the place of the matrix's (the matrix still scores a statement they
 * have no column for).
 */
function applyResponses(
  doc: RenaksiDocument,
  { responses, responseReads }: TablesRead,
  base: MatrixRead | null,
  problems: Problem[],
): void {
  for (const rr of responseReads) {
    if (rr.texts) matchTextColumns(rr, doc, problems);
  }
  if (responseReads.length > 0) doc.formExport = formExport(responseReads[0]);
  if (responses.length === 0) return;
  const merged = new Map<number, StatementAnswers>();
  for (const set of responses) for (const a of set) if (!merged.has(a.no)) merged.set(a.no, a);
  const answers = [...merged.values()].sort((a, b) => a.no - b.no);
  if (doc.statements.length > 0) {
    answers.push(...crossCheckResponses(doc, answers, merged, base, problems));
    answers.sort((a, b) => a.no - b.no);
  } else {
    doc.statements = answers.map((a) => ({ no: a.no, text: "" }));
  }
  dropScoredByResponses(problems, base, merged);
  doc.answers = answers;
}

/**
 * Answer columns against the statement list: `response.unknown-statement` for a column with no
 * statement, `response.missing-statement` for a statement with no column (its matrix answers,
 * returned, are used instead).
 */
function crossCheckResponses(
  doc: RenaksiDocument,
  answers: readonly StatementAnswers[],
  merged: ReadonlyMap<number, StatementAnswers>,
  base: MatrixRead | null,
  problems: Problem[],
): StatementAnswers[] {
  const known = new Set(doc.statements.map((s) => s.no));
  for (const a of answers) {
    if (!known.has(a.no)) {
      problems.push(
        problem(
          "warning",
          "response.unknown-statement",
          `Kolom jawaban untuk pernyataan ${a.no} tidak ada di matriks asesmen`,
          `Answer column for statement ${a.no} has no statement in the assessment matrix`,
          a.cells?.[0],
        ),
      );
    }
  }
  const fromMatrix: StatementAnswers[] = [];
  for (const s of doc.statements) {
    if (merged.has(s.no)) continue;
    problems.push(
      problem(
        "warning",
        "response.missing-statement",
        `Tidak ada kolom jawaban responden untuk pernyataan ${s.no}; nilai dari matriks dipakai`,
        `No respondents' column for statement ${s.no}; the matrix score is used`,
        base?.read.rowCells.get(s.no),
      ),
    );
    const own = doc.answers.find((a) => a.no === s.no);
    if (own) fromMatrix.push(own);
  }
  return fromMatrix;
}

/**
 * A matrix row left blank because its statement is scored by the respondents' answers is not
 * "unscored": drop its mark.empty warning.
 */
function dropScoredByResponses(
  problems: Problem[],
  base: MatrixRead | null,
  merged: ReadonlyMap<number, StatementAnswers>,
): void {
  const byResponses = new Set(
    base?.read.answers
      .filter((a) => merged.has(a.no))
      .flatMap((a) => a.cells ?? [])
      .filter((c) => c !== undefined) ?? [],
  );
  if (byResponses.size === 0) return;
  const kept = problems.filter(
    (p) => !(p.code === "mark.empty" && p.cell !== undefined && byResponses.has(p.cell)),
  );
  problems.length = 0;
  problems.push(...kept);
}

/**
 * The score column of a categorisation table beside an assessment matrix only mirrors the matrix
 * (the template writes it as a formula over the marks). A workbook filled by a tool that does not
 * recalculate (a script, a form export) keeps the formulas' empty cache there: the matrix's marks
 * are what count, so a blank mirror cell is not "belum dinilai" (the template gave 22 such false
 * warnings, one per formula cell). Blank mirror cells of statements the matrix has no row for
 * still warn.
 */
function dropMirrorBlanks(
  problems: Problem[],
  matrix: readonly StatementAnswers[],
  mirror: readonly StatementAnswers[],
): void {
  const inMatrix = new Set(matrix.map((a) => a.no));
  const mirrorCells = new Set(
    mirror.filter((a) => inMatrix.has(a.no) && a.answers[0] === null).flatMap((a) => a.cells ?? []),
  );
  const kept = problems.filter(
    (p) => !(p.code === "mark.empty" && p.cell !== undefined && mirrorCells.has(p.cell)),
  );
  problems.length = 0;
  problems.push(...kept);
}

/** The statements a form export's question texts are matched against. */
function matchCandidates(doc: RenaksiDocument, texts: readonly string[]): readonly Statement[] {
  if (doc.statements.some((s) => s.text.trim() !== "")) return doc.statements;
  const sets = [JUKNIS22_STATEMENTS, KLUNGKUNG20_STATEMENTS];
  const score = (set: readonly Statement[]): number => matchStatements(texts, set).length;
  return [...sets].sort((a, b) => score(b) - score(a))[0];
}

/**
 * Give each text-headed column of a form export its statement number, by text: against the
 * workbook's own statements, else the standard list that matches most headers (which then becomes
 * the plan's statement list). A near match is a warning that shows it; a header that matches no
 * statement is a warning and its column is not used.
 */
function matchTextColumns(rr: ResponsesRead, doc: RenaksiDocument, problems: Problem[]): void {
  const texts = rr.texts ?? [];
  const candidates = matchCandidates(doc, texts);
  const matches = matchStatements(texts, candidates);
  const byIndex = new Map(matches.map((m) => [m.index, m]));
  const kept: StatementAnswers[] = [];
  const keptTexts: string[] = [];
  const keptCells: string[] = [];
  const sims: (number | null)[] = [];
  texts.forEach((text, i) => {
    const m = byIndex.get(i);
    const cell = rr.headerCells[i];
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    if (!m) {
      problems.push(
        problem(
          "warning",
          "response.unmatched",
          `Kolom "${shown}" tidak cocok dengan pernyataan mana pun; kolom ini tidak dipakai`,
          `Column "${shown}" matches no statement; it is not used`,
          cell,
        ),
      );
      return;
    }
    if (m.similarity < 1) {
      problems.push(
        problem(
          "warning",
          "response.near-match",
          `Kolom "${shown}" dicocokkan dengan pernyataan ${m.no} (kemiripan ${Math.round(m.similarity * 100)}%); periksa`,
          `Column "${shown}" is matched to statement ${m.no} (similarity ${Math.round(m.similarity * 100)}%); check it`,
          cell,
        ),
      );
    }
    kept.push({ ...rr.answers[i], no: m.no });
    keptTexts.push(text);
    keptCells.push(cell);
    sims.push(m.similarity);
  });
  rr.answers.length = 0;
  rr.answers.push(...kept);
  rr.texts = keptTexts;
  rr.headerCells = keptCells;
  rr.similarities = sims;
  if (doc.statements.length === 0 && kept.length > 0) {
    doc.statements = candidates.map((s) => ({ ...s }));
  }
}

function formExport(rr: ResponsesRead): NonNullable<RenaksiDocument["formExport"]> {
  return {
    range: rr.range,
    respondents: rr.respondents,
    byText: rr.texts !== null,
    columns: rr.answers.map((a, i) => ({
      no: a.no,
      header: rr.texts?.[i] ?? rr.headerTexts[i] ?? "",
      cell: rr.headerCells[i] ?? "",
      similarity: rr.similarities?.[i] ?? null,
    })),
    labels: rr.labels
      ? {
          source: rr.labels.source,
          entries: rr.labels.entries.map((e) => ({ ...e })),
          counts: { ...rr.labelCounts },
        }
      : null,
    duplicates: rr.duplicates.map((d) => ({ ...d })),
  };
}
