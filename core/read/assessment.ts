/**
 * Reader for the assessment matrix (No | Pertanyaan/Pernyataan | Nilai 1 2 3 4 with one mark per
 * row, or one Nilai/Skor column holding the digit) and for the categorisation table (the same
 * columns plus the five aspect columns marked ✓). Handles a header split over two rows, group
 * heading rows (Klungkung's aspect headings inside the table), a statement wrapping onto a
 * continuation row (Luwu's statement 9), repeated page headers, and reports every unreadable cell.
 *
 * @example detectAssessment(view, 13) // { kind: "assessment", mode: "marks", scaleCol: 3, ... }
 */
import type { AspectKey } from "../model/aspect";
import type { StatementAnswers } from "../model/answers";
import type { MappingEntry } from "../model/mapping";
import type { Statement } from "../model/statement";
import { problem } from "../problem";
import { infoField } from "./informasi-umum";
import type { SheetView } from "./sheet";
import {
  type BaseHeader,
  type BodyRow,
  type ReadContext,
  findCol,
  findScale,
  lastCol,
} from "./table";
import { aspectOf, oneLine } from "../cells/text";
import { parseMark, parseStatementNo } from "../cells/values";

export interface AssessmentHeader extends BaseHeader {
  kind: "assessment" | "categorisation";
  mode: "marks" | "value";
  noCol: number;
  stmtCol: number;
  /** First of the four mark columns (mode marks), or -1. */
  scaleCol: number;
  /** The single score column (mode value), or a separate Skor column next to the marks, or -1. */
  valueCol: number;
  /** Aspect -> column of the categorisation table. */
  aspectCols: Partial<Record<AspectKey, number>>;
}

export interface AssessmentRead {
  statements: Statement[];
  answers: StatementAnswers[];
  /** Only for a categorisation table. */
  mapping: MappingEntry[] | null;
  /** Statement number -> the address of its row (No cell), for messages. */
  rowCells: Map<number, string>;
}

const STMT_RE = /^(pertanyaan|pernyataan|butir pernyataan|butir pertanyaan)\b/;
const NILAI_RE = /^(nilai|skor|score|jawaban|penilaian)\b/;

/** Detect an assessment or categorisation header at row r. */
export function detectAssessment(v: SheetView, r: number): AssessmentHeader | null {
  const stmtCol = findCol(v, r, STMT_RE);
  if (stmtCol < 0 || v.norm(r, stmtCol).length > 40) return null;
  let nilaiCol = findCol(v, r, NILAI_RE, stmtCol + 1);
  if (nilaiCol >= 0 && v.norm(r, nilaiCol).length > 30) nilaiCol = -1;
  let scaleCol = findScale(v, r, 4, stmtCol + 1);
  let height = 1;
  if (scaleCol < 0) {
    scaleCol = findScale(v, r + 1, 4, stmtCol + 1);
    if (scaleCol >= 0) height = 2;
  }
  if (scaleCol < 0 && nilaiCol < 0) return null;
  const mode = scaleCol >= 0 ? "marks" : "value";
  let valueCol = -1;
  if (mode === "value") valueCol = nilaiCol;
  else {
    const skor = findCol(v, r, /^(skor|score|nilai akhir|hasil)\b/, scaleCol + 4);
    if (skor >= 0) valueCol = skor;
  }
  // Aspect columns (categorisation): right of the scores, in the header row or the one below.
  const from = Math.max(scaleCol >= 0 ? scaleCol + 4 : -1, valueCol + 1, stmtCol + 1);
  const aspectCols: Partial<Record<AspectKey, number>> = {};
  let aspectRowBelow = false;
  for (let rr = r; rr <= r + 1 && rr < v.height; rr++) {
    for (let c = from; c < v.rowWidth(rr); c++) {
      const t = v.text(rr, c);
      if (!t || t.length > 80) continue;
      const a = aspectOf(t);
      if (a && aspectCols[a] === undefined) {
        aspectCols[a] = c;
        if (rr > r) aspectRowBelow = true;
      }
    }
  }
  const isCat = Object.keys(aspectCols).length >= 3;
  if (isCat && aspectRowBelow) height = 2;
  if (!isCat) for (const k of Object.keys(aspectCols)) delete aspectCols[k as AspectKey];
  if (mode === "value") {
    // "No | Pernyataan | Nilai" is also the shape of Klungkung's informasi umum.
    for (let rr = r + height; rr < Math.min(v.height, r + height + 4); rr++) {
      const t = v.text(rr, stmtCol);
      if (!t) continue;
      if (infoField(t) !== null) return null;
      break;
    }
  }
  let noCol = findCol(v, r, /^(no|nomor|kode)\b\.?/, 0, stmtCol - 1);
  if (noCol < 0) noCol = stmtCol > 0 ? stmtCol - 1 : -1;
  const cols = [stmtCol, nilaiCol, valueCol, scaleCol >= 0 ? scaleCol + 3 : -1];
  for (const c of Object.values(aspectCols)) cols.push(c);
  const c1 = Math.max(...cols, Math.min(lastCol(v, r, height), Math.max(...cols) + 1));
  return {
    kind: isCat ? "categorisation" : "assessment",
    row: r,
    height,
    c0: noCol >= 0 ? noCol : stmtCol,
    c1,
    mode,
    noCol,
    stmtCol,
    scaleCol,
    valueCol,
    aspectCols,
  };
}

function isHeadingText(t: string): boolean {
  const w = t.split(/\s+/).length;
  return aspectOf(t) !== undefined && w <= 9 && !/[.;:,]$/.test(t) && !/^[a-z]/.test(t);
}

/** Read the body rows of an assessment or categorisation table. */
export function readAssessment(
  v: SheetView,
  h: AssessmentHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): AssessmentRead {
  const statements: Statement[] = [];
  const answers: StatementAnswers[] = [];
  const mapping: MappingEntry[] | null = h.kind === "categorisation" ? [] : null;
  const rowCells = new Map<number, string>();
  const seen = new Map<number, string>();
  let group: AspectKey | undefined;
  let last: Statement | null = null;
  const aspectEntries = Object.entries(h.aspectCols) as [AspectKey, number][];
  const markCols = h.mode === "marks" ? [0, 1, 2, 3].map((i) => h.scaleCol + i) : [];

  for (const { r, afterGap } of rows) {
    const noRaw = h.noCol >= 0 ? v.raw(r, h.noCol) : null;
    const noText = h.noCol >= 0 ? v.text(r, h.noCol) : "";
    const text = oneLine(v.text(r, h.stmtCol));
    const scoreCells = h.mode === "marks" ? markCols : [h.valueCol];
    const hasScore =
      scoreCells.some((c) => !v.isBlank(r, c)) || (h.valueCol >= 0 && !v.isBlank(r, h.valueCol));
    const hasAspect = aspectEntries.some(([, c]) => !v.isBlank(r, c));
    let no = parseStatementNo(noRaw);

    if (no === null && !hasScore && !hasAspect) {
      // Group heading ("Sumber Daya Manusia" in the No or the statement column) or continuation.
      const label = text || oneLine(noText);
      if (label && isHeadingText(label)) {
        group = aspectOf(label);
        last = null;
        continue;
      }
      if (text && !noText && last && (!afterGap || /^[a-z(]/.test(text))) {
        last.text = `${last.text} ${text}`.trim();
        continue;
      }
      continue;
    }
    if (no === null && !text && !hasScore) continue; // aspect marks alone: nothing to attach to
    const noAddr = v.addr(r, h.noCol >= 0 ? h.noCol : h.stmtCol);
    if (no === null) {
      const prev = statements.length > 0 ? statements[statements.length - 1].no : 0;
      no = prev + 1;
      ctx.problems.push(
        problem(
          "warning",
          "statement.no-missing",
          noText
            ? `Nomor pernyataan "${noText}" tidak terbaca; dianggap nomor ${no}`
            : `Nomor pernyataan kosong; dianggap nomor ${no}`,
          noText
            ? `Statement number "${noText}" is unreadable; taken as number ${no}`
            : `Statement number is blank; taken as number ${no}`,
          noAddr,
        ),
      );
    }
    if (seen.has(no)) {
      ctx.problems.push(
        problem(
          "error",
          "statement.duplicate",
          `Nomor pernyataan ${no} muncul dua kali (juga di ${seen.get(no)})`,
          `Statement number ${no} appears twice (also at ${seen.get(no)})`,
          noAddr,
        ),
      );
      continue;
    }
    seen.set(no, noAddr);
    rowCells.set(no, noAddr);
    if (!text) {
      ctx.problems.push(
        problem(
          "warning",
          "statement.text-missing",
          `Pernyataan nomor ${no} tidak memiliki teks`,
          `Statement ${no} has no text`,
          v.addr(r, h.stmtCol),
        ),
      );
    }
    const st: Statement = group ? { no, text, group } : { no, text };
    statements.push(st);
    last = st;
    answers.push(h.mode === "marks" ? readMarks(v, h, r, no, ctx) : readValue(v, h, r, no, ctx));
    if (mapping) {
      const aspects: AspectKey[] = [];
      for (const [a, c] of aspectEntries) {
        const m = parseMark(v.raw(r, c));
        if (m.kind === "mark" || (m.kind === "digit" && m.digit === 1)) aspects.push(a);
        else if (m.kind !== "blank" && !(m.kind === "digit" && m.digit === 0)) {
          ctx.problems.push(
            problem(
              "error",
              "mapping.unreadable",
              `Isi "${v.text(r, c)}" di kolom kategori tidak terbaca (pakai ✓)`,
              `"${v.text(r, c)}" in a category column is unreadable (use ✓)`,
              v.addr(r, c),
            ),
          );
        }
      }
      const order: AspectKey[] = ["kelembagaan", "sdm", "data", "partisipasi", "koordinasi"];
      aspects.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      if (aspects.length === 0) {
        ctx.problems.push(
          problem(
            "warning",
            "mapping.row-empty",
            `Pernyataan ${no} tidak dikategorikan ke aspek mana pun`,
            `Statement ${no} is not mapped to any aspect`,
            v.range(r, Math.min(...aspectEntries.map(([, c]) => c)), 1, aspectEntries.length),
          ),
        );
      }
      mapping.push({ no, aspects, cell: noAddr });
    }
  }
  return { statements, answers, mapping, rowCells };
}

function readMarks(
  v: SheetView,
  h: AssessmentHeader,
  r: number,
  no: number,
  ctx: ReadContext,
): StatementAnswers {
  const abs = v.abs(r, h.scaleCol);
  const source = {
    kind: "marks" as const,
    sheet: v.sheet,
    row: abs.row,
    col: abs.col,
    rows: 1,
    cols: 4,
  };
  const rangeAddr = v.range(r, h.scaleCol, 1, 4);
  const chosen: number[] = [];
  let bad = false;
  for (let i = 0; i < 4; i++) {
    const c = h.scaleCol + i;
    const m = parseMark(v.raw(r, c));
    if (m.kind === "mark") chosen.push(i + 1);
    else if (m.kind === "digit") {
      if (m.digit === i + 1) chosen.push(i + 1);
      else {
        bad = true;
        ctx.problems.push(
          problem(
            "error",
            "mark.digit-mismatch",
            `Angka ${m.digit} di kolom nilai ${i + 1}: tanda dan angka tidak cocok`,
            `Digit ${m.digit} in score column ${i + 1}: the mark and the digit disagree`,
            v.addr(r, c),
          ),
        );
      }
    } else if (m.kind === "unreadable") {
      bad = true;
      ctx.problems.push(
        problem(
          "error",
          "mark.unreadable",
          `Isi "${m.text}" tidak terbaca sebagai tanda (✓ √ v X) atau angka 1-4`,
          `"${m.text}" is not a mark (✓ √ v X) or a digit 1-4`,
          v.addr(r, c),
        ),
      );
    }
  }
  let score: number | null = chosen.length === 1 && !bad ? chosen[0] : null;
  if (chosen.length > 1) {
    ctx.problems.push(
      problem(
        "error",
        "mark.multiple",
        `Pernyataan ${no} memiliki ${chosen.length} tanda (nilai ${chosen.join(" dan ")}); pilih satu`,
        `Statement ${no} has ${chosen.length} marks (scores ${chosen.join(" and ")}); keep one`,
        rangeAddr,
      ),
    );
  } else if (chosen.length === 0 && !bad) {
    ctx.problems.push(
      problem(
        "warning",
        "mark.empty",
        `Pernyataan ${no} belum dinilai (tidak ada tanda)`,
        `Statement ${no} has no score (no mark)`,
        rangeAddr,
      ),
    );
  }
  // A separate Skor column next to the marks must agree with them.
  if (h.valueCol >= 0) {
    const m = parseMark(v.raw(r, h.valueCol));
    if (m.kind === "digit" && score !== null && m.digit !== score) {
      ctx.problems.push(
        problem(
          "error",
          "mark.digit-mismatch",
          `Skor ${m.digit} tidak cocok dengan tanda di kolom ${score}`,
          `Score ${m.digit} disagrees with the mark in column ${score}`,
          v.addr(r, h.valueCol),
        ),
      );
      score = null;
    }
  }
  const cell = score !== null ? v.addr(r, h.scaleCol + score - 1) : rangeAddr;
  return { no, answers: [score], cells: [cell], source };
}

function readValue(
  v: SheetView,
  h: AssessmentHeader,
  r: number,
  no: number,
  ctx: ReadContext,
): StatementAnswers {
  const abs = v.abs(r, h.valueCol);
  const source = {
    kind: "value" as const,
    sheet: v.sheet,
    row: abs.row,
    col: abs.col,
    rows: 1,
    cols: 1,
  };
  const addr = v.addr(r, h.valueCol);
  const m = parseMark(v.raw(r, h.valueCol));
  let score: number | null = null;
  if (m.kind === "digit") score = m.digit;
  else if (m.kind === "blank") {
    ctx.problems.push(
      problem(
        "warning",
        "mark.empty",
        `Pernyataan ${no} belum dinilai (sel nilai kosong)`,
        `Statement ${no} has no score (empty cell)`,
        addr,
      ),
    );
  } else {
    const shown = m.kind === "unreadable" ? m.text : v.text(r, h.valueCol);
    ctx.problems.push(
      problem(
        "error",
        "mark.unreadable",
        `Nilai "${shown}" tidak terbaca; isi angka 1-4`,
        `Score "${shown}" is unreadable; enter a digit 1-4`,
        addr,
      ),
    );
  }
  return { no, answers: [score], cells: [addr], source };
}
