/**
 * Builds examples/*.xlsx from the seed fixture grids (test/fixtures/grids): the workbooks an analyst
 * would have typed from the seeds, with titles, table borders, header fills and column widths.
 *
 * `luwu.xlsx` is Luwu's document as printed (statements 10 and 14 marked under Partisipasi only, so
 * "Koordinasi & Monev" has no statement and `fill` refuses it); `luwu-perbaikan.xlsx` is the
 * analyst's corrected copy made by `luwuPerbaikan` below (10 and 14 also marked under Koordinasi).
 *
 * `klungkung-responden.xlsx` is Klungkung's assessment as it was actually filled: electronically by
 * 60 respondents (seed 002: "melibatkan 60 orang ... Pengisian dilaksanakan secara elektronik").
 * The matrix keeps its statements and aspect headings with empty Nilai columns, and a "Responden"
 * sheet holds the form export. The answers are SYNTHETIC (the seed prints only the averaged
 * scores), built by `respondentAnswers` so that every statement's mean is exactly the printed score.
 *
 *   npx tsx cli/examples-build.ts [outDir]     (default: examples/)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { sheetA1, type CellValue, type Grid, KLUNGKUNG20_STATEMENTS } from "../core";
import { cilacap, kapuas, klungkung, luwu, prng } from "../test/fixtures/grids";
import { KLUNGKUNG_SCORES } from "../test/fixtures/grids/klungkung";
import { cilacapMonev, luwuMonev } from "./examples-monev";

/** The statements Luwu's analyst also files under "Koordinasi & Monev" ("... mekanisme koordinasi ..."). */
export const LUWU_KOORDINASI_FIX = [10, 14] as const;

/** A cell note on each corrected mark: the change is visible in the workbook, not only here. */
export const LUWU_FIX_NOTE =
  "Perbaikan analis: pernyataan ini (mekanisme koordinasi) juga dikategorikan ke Koordinasi & Monev; " +
  "dokumen tercetak hanya menandai Partisipasi, sehingga aspek Koordinasi & Monev kosong. / " +
  "Analyst's correction: this statement (coordination mechanism) is also filed under Koordinasi & " +
  "Monev; the printed document only marks Partisipasi, which leaves that aspect empty.";

/** A grid cell to annotate with an exceljs note (1-based sheet coordinates). */
export interface GridNote {
  sheet: string;
  row: number;
  col: number;
  text: string;
  /** Yellow fill on the cell (a changed value); default true. */
  highlight?: boolean;
}

/** Per-sheet presentation of an example: frozen panes and number formats by column. */
export interface SheetSetup {
  sheet: string;
  frozen?: { rows: number; cols: number };
  /** Number format for every numeric cell of a column below `fromRow` (1-based). */
  numFmts?: { col: number; fromRow: number; numFmt: string; width?: number }[];
}

/**
 * Luwu's corrected copy, as a documented transformation of the printed grids: in the sheet that
 * holds the categorisation (the header row naming "Koordinasi"), the rows of statements 10 and 14
 * get a ✓ in the "Koordinasi & Monev" column as well (their "Partisipasi" mark is kept: one
 * statement, two aspects). Every other cell is unchanged. Returns the new grids (the input is not
 * modified) and one note per corrected cell.
 *
 * @example
 *   luwuPerbaikan(luwu).notes.map((n) => n.sheet + "!" + n.row + "," + n.col) // two cells
 */
export function luwuPerbaikan(grids: readonly Grid[]): { grids: Grid[]; notes: GridNote[] } {
  const notes: GridNote[] = [];
  const out = grids.map((g): Grid => {
    const headerRow = g.values.findIndex((row) =>
      row.some((v) => typeof v === "string" && /^koordinasi/i.test(v.trim())),
    );
    if (headerRow < 0 || !g.values.some((row) => row.some((v) => v === "Kategori"))) return g;
    const col = g.values[headerRow].findIndex(
      (v) => typeof v === "string" && /^koordinasi/i.test(v.trim()),
    );
    const mark = g.values
      .slice(headerRow + 1)
      .flat()
      .find((v) => typeof v === "string" && /^[✓√vVxX]$/.test(v));
    const values = g.values.map((row) => [...row]);
    for (let r = headerRow + 1; r < values.length; r++) {
      const no = values[r].find((v) => v !== null);
      if (typeof no !== "number" || !(LUWU_KOORDINASI_FIX as readonly number[]).includes(no))
        continue;
      values[r][col] = mark ?? "✓";
      notes.push({
        sheet: g.sheet,
        row: g.origin.row + r,
        col: g.origin.col + col,
        text: LUWU_FIX_NOTE,
      });
    }
    return { ...g, values };
  });
  if (notes.length !== LUWU_KOORDINASI_FIX.length) {
    throw new Error(
      `luwuPerbaikan: expected ${LUWU_KOORDINASI_FIX.length} rows to correct, found ${notes.length} (${notes
        .map((n) => sheetA1(n.sheet, n.row, n.col))
        .join(", ")})`,
    );
  }
  return { grids: out, notes };
}

const LUWU_FIXED = luwuPerbaikan(luwu);

/** Klungkung's respondents (seed 002, 2.2.1 Hasil Self-assessment: "melibatkan 60 orang ..."). */
export const KLUNGKUNG_RESPONDENTS = 60;

/** The sheet a form tool's export lands in. */
export const RESPONSES_SHEET = "Responden";

/**
 * Who answered: the units the seed names (Bagian Organisasi, Inspektorat Daerah, Diskominfo,
 * Baperlitbang, BPKPD, BKPSDM, Bagian Hukum) and other usual perangkat daerah of a kabupaten,
 * five respondents each. Illustrative: the seed does not list the respondents.
 */
export const RESPONDENT_UNITS = [
  "Bagian Organisasi",
  "Inspektorat Daerah",
  "Dinas Komunikasi dan Informatika",
  "Baperlitbang",
  "BPKPD",
  "BKPSDM",
  "Bagian Hukum",
  "Dinas Kesehatan",
  "Dinas Pendidikan",
  "Dinas Kependudukan dan Pencatatan Sipil",
  "DPMPTSP",
  "Dinas Sosial",
] as const;

/** Blank answers (not answered) of statement `no`: 0-3, varying from statement to statement. */
export const blanksOf = (no: number): number => (7 * no) % 4;

/** Pairs of answers one below and one above the score for statement `no` (score 2 or 3): 4-12. */
export const pairsOf = (no: number): number => 4 + ((5 * no) % 9);

/**
 * Synthetic respondents' answers whose mean per statement is exactly `scores[i]` (an integer 1-4).
 * For statement `no` (column i, no = i + 1), over `respondents` rows shuffled with the fixed seed
 * `prng(no)`: the first `blanksOf(no)` respondents leave it blank (not answered, null); for a score
 * of 2 or 3 the next `pairsOf(no)` answer score - 1 and as many answer score + 1, so they cancel
 * out; everyone else answers the score itself (score 4 or 1: only that answer and blanks). So the
 * mean of the valid answers is the score, over n = respondents - blanksOf(no) answers.
 * Rows are respondents, columns statements. Deterministic: no clock, no Math.random.
 *
 * @example
 *   respondentAnswers([3, 4], 60).map((row) => row[1]) // 4 or null, 60 values, 58 of them 4
 */
export function respondentAnswers(
  scores: readonly number[],
  respondents = KLUNGKUNG_RESPONDENTS,
): (number | null)[][] {
  const rows = Array.from({ length: respondents }, () => scores.map((): number | null => null));
  scores.forEach((score, i) => {
    const no = i + 1;
    if (!Number.isInteger(score) || score < 1 || score > 4)
      throw new RangeError(`respondentAnswers: score ${score} of statement ${no} is not 1-4`);
    const blanks = blanksOf(no);
    const pairs = score === 2 || score === 3 ? pairsOf(no) : 0;
    if (blanks + 2 * pairs >= respondents)
      throw new RangeError(`respondentAnswers: ${respondents} respondents are too few`);
    const order = Array.from({ length: respondents }, (_, k) => k);
    const rnd = prng(no);
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    order.forEach((who, k) => {
      rows[who][i] =
        k < blanks
          ? null
          : k < blanks + pairs
            ? score - 1
            : k < blanks + 2 * pairs
              ? score + 1
              : score;
    });
  });
  return rows;
}

/** Excel serial of 14 February 2022 08:00 (the assessment week, before the 2022-2024 plan). */
const FIRST_ANSWER = Date.UTC(2022, 1, 14, 8, 0, 0) / 86_400_000 + 25_569;

/**
 * The form export: header Timestamp | Nama | OPD | "1" .. "20" (statement numbers as text, as a
 * form tool writes its question titles), then one row per respondent: a timestamp (an Excel date
 * serial, twelve respondents a day from 14 February 2022, 17 minutes apart), a name, the unit
 * (RESPONDENT_UNITS, five respondents each) and the answers of `respondentAnswers`.
 */
export function responsesSheet(
  scores: readonly number[] = KLUNGKUNG_SCORES,
  respondents = KLUNGKUNG_RESPONDENTS,
): Grid {
  const answers = respondentAnswers(scores, respondents);
  const header: CellValue[] = ["Timestamp", "Nama", "OPD", ...scores.map((_, i) => String(i + 1))];
  const digits = String(respondents).length;
  const rows = answers.map((a, r): CellValue[] => [
    FIRST_ANSWER + Math.floor(r / 12) + ((r % 12) * 17 * 60 + ((r * 37) % 60)) / 86_400,
    `Responden ${String(r + 1).padStart(digits, "0")}`,
    RESPONDENT_UNITS[Math.floor(r / 5) % RESPONDENT_UNITS.length],
    ...a,
  ]);
  return { sheet: RESPONSES_SHEET, origin: { row: 1, col: 1 }, values: [header, ...rows] };
}

/** The note on the matrix's empty "Nilai" header: where the scores come from now. */
export const KLUNGKUNG_RESPONSES_NOTE =
  "Nilai dikosongkan: 60 responden mengisi asesmen secara elektronik (lembar Responden); skor " +
  "tiap pernyataan = rata-rata jawaban mereka. / Scores left empty: 60 respondents filled the " +
  "assessment electronically (sheet Responden); each statement's score = the mean of their answers.";

const MARK = /^[✓√vVxX]$/;

/**
 * Klungkung as filled electronically, as a documented transformation of the printed grids: in the
 * sheet holding the assessment matrix (a header row with "Nilai" above a 1 2 3 4 row), every mark
 * in the four Nilai columns is removed (statements and aspect headings stay), a note on the "Nilai"
 * cell says why, and the "Responden" sheet (`responsesSheet`) is inserted right after it. Throws
 * unless exactly the 20 marked statements were emptied. The input is not modified.
 *
 * @example
 *   klungkungResponden(klungkung).grids.map((g) => g.sheet) // ["Asesmen", "Responden", "Prioritas", ...]
 */
export function klungkungResponden(
  grids: readonly Grid[],
  scores: readonly number[] = KLUNGKUNG_SCORES,
): { grids: Grid[]; notes: GridNote[]; sheets: SheetSetup[] } {
  const notes: GridNote[] = [];
  let emptied = 0;
  const out: Grid[] = [];
  for (const g of grids) {
    const header = g.values.findIndex(
      (row, r) =>
        row.some((v) => typeof v === "string" && /^nilai$/i.test(v.trim())) &&
        [1, 2, 3, 4].every((n) => g.values[r + 1]?.includes(n)),
    );
    if (header < 0) {
      out.push(g);
      continue;
    }
    const scale = g.values[header + 1];
    const cols = [1, 2, 3, 4].map((n) => scale.indexOf(n));
    const values = g.values.map((row, r) =>
      r <= header + 1
        ? [...row]
        : row.map((v, c) => {
            if (!cols.includes(c) || typeof v !== "string" || !MARK.test(v.trim())) return v;
            emptied++;
            return null;
          }),
    );
    const nilai = g.values[header].findIndex((v) => typeof v === "string" && /^nilai$/i.test(v));
    notes.push({
      sheet: g.sheet,
      row: g.origin.row + header,
      col: g.origin.col + nilai,
      text: KLUNGKUNG_RESPONSES_NOTE,
      highlight: false,
    });
    out.push({ ...g, values }, responsesSheet(scores));
  }
  if (emptied !== scores.length || notes.length !== 1) {
    throw new Error(
      `klungkungResponden: expected one matrix with ${scores.length} marks to empty, found ${notes.length} with ${emptied}`,
    );
  }
  const width = scores.length;
  return {
    grids: out,
    notes,
    sheets: [
      {
        sheet: RESPONSES_SHEET,
        frozen: { rows: 1, cols: 3 },
        numFmts: [
          { col: 1, fromRow: 2, numFmt: "dd/mm/yyyy hh:mm:ss", width: 20 },
          ...Array.from({ length: width }, (_, i) => ({
            col: 4 + i,
            fromRow: 2,
            numFmt: "0",
            width: 5,
          })),
        ],
      },
    ],
  };
}

/** The sheet a Google Forms export lands in when the form's language is Indonesian. */
export const FORM_SHEET = "Jawaban Formulir 1";

/** The four-point label scale the example form uses (the default "baik-cukup" scale). */
export const FORM_LABELS: Record<number, string> = {
  4: "Sangat Baik",
  3: "Baik",
  2: "Cukup",
  1: "Kurang",
};

/**
 * A question title as an analyst typed it into the form: most are the statement's text verbatim;
 * three carry the small differences a form export has (no final period and a double space,
 * a typo, lower case with "di antara" split), which the reader must still match.
 */
export function formQuestion(no: number, text: string): string {
  if (no === 3) return text.replace(/[.]$/, "").replace(" ", "  ");
  if (no === 7) return text.replace("pengaduan", "pengadun");
  if (no === 1) return text.toLowerCase().replace("diantara", "di antara");
  return text;
}

/**
 * The earlier submissions of two respondents who sent the form twice: the first by the same
 * e-mail, the second by the same name and unit (the e-mail typed differently). Each is placed
 * five minutes before the respondent's kept answer and answers "Kurang" everywhere, so reading
 * it would lower the means: the reader must keep the latest and name both rows.
 */
export const FORM_DUPLICATES = [
  { respondent: 7, email: "same" as const },
  { respondent: 23, email: "other" as const },
];

/**
 * Klungkung's assessment as a Google Forms export, question titles = the statement texts without
 * numbers, answers as labels: the grids of `klungkungResponden` with its "Responden" sheet
 * replaced by "Jawaban Formulir 1": Cap waktu | Alamat email | Nama | Perangkat Daerah | the 20
 * statement texts (`formQuestion`), the same synthetic answers written as `FORM_LABELS`, plus the
 * two earlier duplicate submissions of `FORM_DUPLICATES`. Means, n and priorities are therefore
 * those of klungkung-responden.xlsx.
 */
export function klungkungFormulir(
  grids: readonly Grid[],
  scores: readonly number[] = KLUNGKUNG_SCORES,
): { grids: Grid[]; notes: GridNote[]; sheets: SheetSetup[] } {
  const base = klungkungResponden(grids, scores);
  const answers = respondentAnswers(scores, KLUNGKUNG_RESPONDENTS);
  const digits = String(KLUNGKUNG_RESPONDENTS).length;
  const header: CellValue[] = [
    "Cap waktu",
    "Alamat email",
    "Nama",
    "Perangkat Daerah",
    ...KLUNGKUNG20_STATEMENTS.slice(0, scores.length).map((s) => formQuestion(s.no, s.text)),
  ];
  const rows: CellValue[][] = [];
  answers.forEach((a, r) => {
    const id = String(r + 1).padStart(digits, "0");
    const when =
      FIRST_ANSWER + Math.floor(r / 12) + ((r % 12) * 17 * 60 + ((r * 37) % 60)) / 86_400;
    const unit = RESPONDENT_UNITS[Math.floor(r / 5) % RESPONDENT_UNITS.length];
    const email = `responden${id}@klungkungkab.go.id`;
    const dup = FORM_DUPLICATES.find((d) => d.respondent === r + 1);
    if (dup) {
      rows.push([
        when - 5 / 1440,
        dup.email === "same" ? email : `responden.${id}@gmail.com`,
        `Responden ${id}`,
        unit,
        ...a.map(() => FORM_LABELS[1]),
      ]);
    }
    rows.push([
      when,
      email,
      `Responden ${id}`,
      unit,
      ...a.map((x) => (x === null ? null : FORM_LABELS[x])),
    ]);
  });
  const form: Grid = { sheet: FORM_SHEET, origin: { row: 1, col: 1 }, values: [header, ...rows] };
  return {
    grids: base.grids.map((g) => (g.sheet === RESPONSES_SHEET ? form : g)),
    notes: base.notes.map((n) => ({
      ...n,
      text: n.text
        .replace(/lembar Responden/, `lembar ${FORM_SHEET}`)
        .replace(/sheet Responden/, `sheet ${FORM_SHEET}`),
    })),
    sheets: [
      {
        sheet: FORM_SHEET,
        frozen: { rows: 1, cols: 4 },
        numFmts: [{ col: 1, fromRow: 2, numFmt: "dd/mm/yyyy hh:mm:ss", width: 20 }],
      },
    ],
  };
}

export interface Example {
  grids: Grid[];
  notes?: GridNote[];
  sheets?: SheetSetup[];
}

export const EXAMPLES: Record<string, Example> = {
  klungkung: { grids: klungkung },
  "klungkung-responden": klungkungResponden(klungkung),
  "klungkung-formulir": klungkungFormulir(klungkung),
  luwu: { grids: luwu },
  "luwu-perbaikan": { ...LUWU_FIXED, grids: luwuMonev(LUWU_FIXED.grids) },
  cilacap: { grids: cilacapMonev(cilacap) },
  kapuas: { grids: kapuas },
};

const HEADER =
  /^(timestamp|nama|opd|no\.?|pertanyaan|pernyataan|nilai|aspek|prioritas|alasan|uraian|indikator|target|baseline|realisasi|kelompok program|program|kegiatan|pihak terlibat|penanggung jawab|waktu|tahun|satuan|jumlah|%|kebijakan|sumber daya|pemanfaatan|partisipasi|koordinasi|kode)/i;

const thin = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** One example sheet: the grid's values at their place, styled like an analyst's table. */
export function writeGridSheet(wb: ExcelJS.Workbook, g: Grid): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(g.sheet);
  const widths = new Map<number, number>();
  g.values.forEach((row, i) => {
    const r = g.origin.row + i;
    const filled = row.filter((v) => v !== null && v !== "").length;
    const isHeader = filled >= 2 && row.some((v) => typeof v === "string" && HEADER.test(v.trim()));
    row.forEach((v: CellValue, j) => {
      if (v === null) return;
      const c = g.origin.col + j;
      const cell = ws.getCell(r, c);
      cell.value = v;
      const len = String(v).length;
      if (filled === 1 && typeof v === "string") {
        cell.font = { bold: true, size: i === 0 ? 13 : 11 };
        return;
      }
      widths.set(c, Math.max(widths.get(c) ?? 6, Math.min(len + 2, 60)));
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: len > 60 };
      if (isHeader) {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
        cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      }
    });
  });
  for (const [c, w] of widths) ws.getColumn(c).width = w;
  ws.pageSetup = {
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
  return ws;
}

export async function buildExample(
  grids: Grid[],
  notes: readonly GridNote[] = [],
  sheets: readonly SheetSetup[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Renaksi (contoh dari dokumen sumber)";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const g of grids) writeGridSheet(wb, g);
  for (const n of notes) {
    const ws = wb.getWorksheet(n.sheet);
    if (!ws) continue;
    const cell = ws.getCell(n.row, n.col);
    cell.note = n.text;
    if (n.highlight !== false)
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  }
  for (const s of sheets) {
    const ws = wb.getWorksheet(s.sheet);
    if (!ws) throw new Error(`buildExample: no sheet ${s.sheet} to set up`);
    if (s.frozen) ws.views = [{ state: "frozen", xSplit: s.frozen.cols, ySplit: s.frozen.rows }];
    for (const f of s.numFmts ?? []) {
      const col = ws.getColumn(f.col);
      if (f.width) col.width = f.width;
      col.eachCell((cell, row) => {
        if (row >= f.fromRow && typeof cell.value === "number") cell.numFmt = f.numFmt;
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "examples"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, { grids, notes, sheets }] of Object.entries(EXAMPLES)) {
    const file = path.join(outDir, `${name}.xlsx`);
    fs.writeFileSync(file, await buildExample(grids, notes, sheets));
    console.log(`${file}: ${grids.map((g) => g.sheet).join(", ")}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
