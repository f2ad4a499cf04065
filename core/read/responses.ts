/**
 * Reader for respondents' answers as a form tool exports them: one row per respondent, one column
 * per statement number ("1", "P1", "No.1", "1. Sistem pengelolaan ..."), optional Timestamp / Nama /
 * unit columns. Blank = not answered (null, never 0). Answers are kept as read ("4 - Sangat baik"
 * reads 4; 2.5 stays 2.5 so the range check can report it); unreadable text is an error naming
 * the cell.
 *
 * @example readResponses(view, header, rows, ctx)[0] // { no: 1, answers: [3, 4, null, ...], source: { kind: "responses", ... } }
 */
import type { StatementAnswers } from "../model/answers";
import { problem } from "../problem";
import type { SheetView } from "./sheet";
import type { BaseHeader, BodyRow, ReadContext } from "./table";
import { cleanText } from "./text";
import { parseNumber, parseStatementNo } from "./values";

export interface ResponsesHeader extends BaseHeader {
  kind: "responses";
  /** Statement number -> column. */
  columns: { no: number; col: number }[];
}

/** Minimum number of statement columns for a row to be taken as a responses header. */
const MIN_COLUMNS = 5;

/** Detect a responses header at row r: at least five increasing statement-number columns. */
export function detectResponses(v: SheetView, r: number): ResponsesHeader | null {
  const w = v.rowWidth(r);
  const columns: { no: number; col: number }[] = [];
  let other = 0;
  for (let c = 0; c < w; c++) {
    const raw = v.raw(r, c);
    if (raw === null || raw === "") continue;
    const no = parseStatementNo(raw, true);
    if (no !== null && (columns.length === 0 || no > columns[columns.length - 1].no)) {
      columns.push({ no, col: c });
    } else other++;
  }
  if (columns.length < MIN_COLUMNS || other > 6) return null;
  // A year row ("2021 2022 2023") or a "1 2 3 4 5" priority scale is not a form export: statement
  // numbers below 1000 were checked; require the row below to look like answers.
  let answersBelow = 0;
  for (const { col } of columns.slice(0, 8)) {
    const x = v.raw(r + 1, col);
    if (x === null || x === "") continue;
    const n = typeof x === "number" ? x : parseNumber(x)?.value;
    if (n !== undefined && n !== null) answersBelow++;
  }
  if (answersBelow === 0 && r + 1 < v.height && !v.isBlankRow(r + 1)) return null;
  return {
    kind: "responses",
    row: r,
    height: 1,
    c0: 0,
    c1: Math.max(w - 1, columns[columns.length - 1].col),
    columns,
  };
}

function answerOf(raw: ReturnType<SheetView["raw"]>): number | null | "bad" {
  if (raw === null || raw === "" || raw === false) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : "bad";
  if (typeof raw === "boolean") return "bad";
  const t = cleanText(raw);
  if (!t || t === "-") return null;
  const n = parseNumber(t);
  if (n && !n.percent && !n.unit) return n.value;
  const lead = /^([1-4])\s*(?:[-–.:)=]|$)/.exec(t);
  if (lead) return Number(lead[1]);
  return "bad";
}

/**
 * Read the respondents' rows: one StatementAnswers per statement column. Answers follow the source
 * column row by row (a blank respondent row inside the table is a row of nulls), so answer i sits
 * at `source.row + i`; `cells` is therefore left out (compute's answerCell derives it).
 */
export function readResponses(
  v: SheetView,
  h: ResponsesHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): StatementAnswers[] {
  const firstRow = rows.length > 0 ? rows[0].r : h.row + 1;
  const lastRow = rows.length > 0 ? rows[rows.length - 1].r : h.row;
  const span = Math.max(1, lastRow - firstRow + 1);
  return h.columns.map(({ no, col }) => {
    const answers: (number | null)[] = [];
    for (let r = firstRow; r <= lastRow; r++) {
      const a = answerOf(v.raw(r, col));
      if (a === "bad") {
        ctx.problems.push(
          problem(
            "error",
            "response.unreadable",
            `Jawaban "${v.text(r, col)}" untuk pernyataan ${no} tidak terbaca; isi angka 1-4`,
            `Answer "${v.text(r, col)}" to statement ${no} is unreadable; enter a digit 1-4`,
            v.addr(r, col),
          ),
        );
        answers.push(null);
      } else answers.push(a);
    }
    const abs = v.abs(firstRow, col);
    return {
      no,
      answers,
      source: {
        kind: "responses" as const,
        sheet: v.sheet,
        row: abs.row,
        col: abs.col,
        rows: span,
        cols: 1,
      },
    };
  });
}
