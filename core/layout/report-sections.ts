import type { Analysis } from "../model/analysis";
import type { Problem } from "../problem";
import { sheetLabel as L } from "../i18n/labels-sheet";
import type { PlannedCell, RangeRef } from "./sheet-plan";
import { BODY, HEADER, INPUT, TITLE } from "./styles";

/**
 * Sections of "Hasil Renaksi" that print what the plans print beyond the analysis: the Indikator
 * Keberhasilan Program per Kelompok Program, and how a form export was read (the label -> score
 * table, editable and kept across re-runs, and the statement each question column was matched to).
 * Each returns its cells and the row after it, so the result layout only places them.
 *
 * @example successSection(analysis, 60, "6. Indikator Keberhasilan Program").next // 60 + 2 + lines
 */
export interface Section {
  cells: PlannedCell[];
  /** The first free row after the section (a blank row included). */
  next: number;
  /** Cells the user types into (kept across re-runs). */
  inputs: RangeRef[];
}

const cell = (
  row: number,
  col: number,
  value: PlannedCell["value"],
  style?: PlannedCell["style"],
  numberFormat?: string,
): PlannedCell => ({
  row,
  col,
  value,
  ...(style ? { style } : {}),
  ...(numberFormat ? { numberFormat } : {}),
});

/**
 * Indikator Keberhasilan Program: No | Kelompok Program, each group in bold with its indicators
 * on the rows below it ("• ..."), all in the wide text column so the table prints compactly.
 */
export function successSection(analysis: Analysis, row: number, title: string): Section {
  const cells: PlannedCell[] = [];
  if (analysis.successIndicators.length === 0) return { cells, next: row, inputs: [] };
  cells.push(cell(row, 1, title, TITLE));
  let r = row + 1;
  cells.push(cell(r, 1, L("col.no"), HEADER));
  cells.push(cell(r, 2, L("col.groupSuccess"), HEADER));
  r++;
  analysis.successIndicators.forEach((g, i) => {
    cells.push(cell(r, 1, i + 1, { ...BODY, horizontal: "center" }));
    cells.push(cell(r, 2, g.group, { ...BODY, wrap: true, bold: true }));
    r++;
    for (const line of g.indicators) {
      cells.push(cell(r, 1, "", BODY));
      cells.push(cell(r, 2, `• ${line}`, { ...BODY, wrap: true, indent: 1 }));
      r++;
    }
  });
  return { cells, next: r + 1, inputs: [] };
}

/**
 * How the form export was read: its range and respondents, the label -> score table (Label
 * jawaban | Skor editable, | Jumlah jawaban), then each statement's question column and how
 * closely its text matched. Nothing when the workbook has no form export.
 */
export function formExportSection(analysis: Analysis, row: number, title: string): Section {
  const f = analysis.formExport;
  const cells: PlannedCell[] = [];
  const inputs: RangeRef[] = [];
  if (!f) return { cells, next: row, inputs };
  cells.push(cell(row, 1, title, TITLE));
  let r = row + 1;
  cells.push(
    cell(
      r,
      2,
      L("sheet.result.formSource", {
        range: f.range,
        n: f.respondents,
        dup: f.duplicates.length,
      }),
      { italic: true, wrap: true },
    ),
  );
  r += 2;
  if (f.labels) {
    [L("col.no"), L("col.label"), L("col.labelScore"), L("col.labelCount")].forEach((h, i) =>
      cells.push(cell(r, 1 + i, h, HEADER)),
    );
    r++;
    const first = r;
    f.labels.entries.forEach((e, i) => {
      cells.push(cell(r, 1, i + 1, { ...BODY, horizontal: "center" }));
      cells.push(cell(r, 2, e.label, INPUT));
      cells.push(cell(r, 3, e.score, { ...INPUT, horizontal: "center" }, "0"));
      cells.push(cell(r, 4, f.labels?.counts[e.label] ?? 0, BODY, "0"));
      r++;
    });
    inputs.push({ row: first, col: 2, rows: f.labels.entries.length, cols: 2 });
    cells.push(cell(r, 2, L("sheet.result.labelsNote"), { italic: true, wrap: true }));
    r += 2;
  }
  if (f.byText) {
    // Exact matches are counted; the near ones are listed for the user to check.
    const near = f.columns.filter((c) => c.similarity !== 1);
    cells.push(
      cell(
        r,
        2,
        L("sheet.result.formMatches", { exact: f.columns.length - near.length, near: near.length }),
        { italic: true, wrap: true },
      ),
    );
    r++;
    if (near.length === 0) return { cells, next: r + 1, inputs };
    [L("col.no"), L("col.formQuestion"), L("col.formCell"), L("col.match")].forEach((h, i) =>
      cells.push(cell(r, 1 + i, h, HEADER)),
    );
    r++;
    for (const c of near) {
      cells.push(cell(r, 1, c.no, { ...BODY, horizontal: "center" }));
      cells.push(cell(r, 2, c.header, { ...BODY, wrap: true }));
      cells.push(cell(r, 3, c.cell.replace(/^.*!/, ""), { ...BODY, horizontal: "center" }));
      cells.push(cell(r, 4, c.similarity ?? "", BODY, "0%"));
      r++;
    }
  }
  return { cells, next: r + 1, inputs };
}

/** How many cells one Catatan row names before it counts the rest. */
export const NOTE_CELLS = 10;

/**
 * Catatan: every warning of the analysis with its cell, so the sheet says what the CLI and the
 * panes say (Klungkung's 22 != 21 + 0, a chosen priority the averages contradict, ...).
 * No | "Sel: catatan" (as the CLI prints them). Warnings of one kind (five "priority not chosen", four "polarity guessed")
 * share a row: the first message, how many more, and their first NOTE_CELLS cells with the count
 * of the others ("+4980 sel lainnya"), so the list stays printable on a plan of 10,000 activities.
 * Nothing when there is no warning.
 */
export function notesSection(analysis: Analysis, row: number, title: string): Section {
  const cells: PlannedCell[] = [];
  if (analysis.problems.length === 0) return { cells, next: row, inputs: [] };
  cells.push(cell(row, 1, title, TITLE));
  let r = row + 1;
  cells.push(cell(r, 1, L("col.no"), HEADER));
  cells.push(cell(r, 2, L("col.cellNote"), HEADER));
  r++;
  noteGroups(analysis.problems).forEach((g, i) => {
    cells.push(cell(r, 1, i + 1, { ...BODY, horizontal: "center" }));
    cells.push(cell(r, 2, noteLine(g), { ...BODY, wrap: true }));
    r++;
  });
  return { cells, next: r + 1, inputs: [] };
}

/** One line of the Catatan: warnings of one kind, their cells and how many. */
export interface NoteGroup {
  message: string;
  cells: string[];
  n: number;
}

/**
 * The Catatan's lines, in order: problems of one code share a line (the first message, every
 * cell). Line i is "Catatan no. i + 1", which the flagged cells' notes point to (flags.ts).
 *
 * @example noteGroups(klungkung.problems)[0] // { message: "Jumlah pengaduan 22 ...", cells: ["Asesmen!D5"], n: 1 }
 */
export function noteGroups(problems: readonly Problem[]): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const p of problems) {
    const g = groups.get(p.code) ?? { message: p.message, cells: [], n: 0 };
    g.n++;
    if (p.cell && !g.cells.includes(p.cell)) g.cells.push(p.cell);
    groups.set(p.code, g);
  }
  return [...groups.values()];
}

/**
 * "Asesmen!D5 → 'Hasil Renaksi'!C64: Jumlah pengaduan 22 ...": the user's cells, the Renaksi cells
 * marked for it (when any), the message and how many more of its kind.
 */
export function noteLine(g: NoteGroup, renaksiCells: readonly string[] = []): string {
  const more = g.n > 1 ? ` ${L("sheet.result.notesMore", { n: g.n - 1 })}` : "";
  const marked = renaksiCells.length > 0 ? ` → ${someCells(renaksiCells)}` : "";
  const where = g.cells.length > 0 ? `${someCells(g.cells)}${marked}: ` : "";
  return `${where}${g.message}${more}`;
}

/** The first NOTE_CELLS cells, compacted, and how many more ("+4980 sel lainnya"). */
function someCells(refs: readonly string[]): string {
  const hidden = refs.length - NOTE_CELLS;
  const rest = hidden > 0 ? ` ${L("sheet.result.notesCellsMore", { n: hidden })}` : "";
  return `${compactCells(refs.slice(0, NOTE_CELLS))}${rest}`;
}

/**
 * Cells of one sheet written once: "'Lampiran II'!B54, B55, B58; Program!A22".
 *
 * @example compactCells(["Asesmen!D5", "Asesmen!D7", "Program!B3"]) // "Asesmen!D5, D7; Program!B3"
 */
export function compactCells(refs: readonly string[]): string {
  const bySheet = new Map<string, string[]>();
  for (const ref of refs) {
    const i = ref.lastIndexOf("!");
    const sheet = i < 0 ? "" : ref.slice(0, i);
    const list = bySheet.get(sheet) ?? [];
    list.push(i < 0 ? ref : ref.slice(i + 1));
    bySheet.set(sheet, list);
  }
  return [...bySheet]
    .map(([sheet, list]) => (sheet ? `${sheet}!${list.join(", ")}` : list.join(", ")))
    .join("; ");
}

/**
 * How the instansi numbers its tables and figures: "Tabel 2.1", "Gambar 2.1" by default (the
 * analysis chapter of a Renaksi document), `chapter: null` for "Tabel 1", and the first numbers
 * when the sheet continues the document's own numbering.
 */
export interface Numbering {
  chapter: number | null;
  firstTable: number;
  firstFigure: number;
}

export const DEFAULT_NUMBERING: Numbering = { chapter: 2, firstTable: 1, firstFigure: 1 };

/**
 * Numbers handed out in order, only to the sections that are there (an absent section takes no
 * number, so the numbering never jumps).
 *
 * @example const n = numberer(); n.table("Skor per pernyataan") // "Tabel 2.1 Skor per pernyataan"
 */
export function numberer(opts: Partial<Numbering> = {}): {
  table: (title: string) => string;
  figure: (title: string) => string;
} {
  const o = { ...DEFAULT_NUMBERING, ...opts };
  let t = o.firstTable;
  let f = o.firstFigure;
  const prefix = o.chapter === null ? "" : `${o.chapter}.`;
  return {
    table: (title) => L("sheet.result.tableTitle", { n: `${prefix}${t++}`, title }),
    figure: (title) => L("sheet.result.figureTitle", { n: `${prefix}${f++}`, title }),
  };
}
