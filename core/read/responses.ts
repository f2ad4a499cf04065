/**
 * Reader for respondents' answers as a form tool exports them: one row per respondent, one column
 * per statement, optional Timestamp / E-mail / Nama / unit columns. A statement column is titled
 * by its number ("1", "P1", "No.1", "1. Sistem pengelolaan ...") or, in a Google Forms / Microsoft
 * Forms export, by the statement text alone (matched to the plan's statements afterwards, see
 * statement-match.ts). Blank = not answered (null, never 0). Answers are kept as read ("4 - Sangat
 * baik" reads 4; 2.5 stays 2.5 so the range check can report it); label answers ("Sangat Baik")
 * go through a label -> score table (answer-labels.ts); unreadable text is an error naming the cell.
 *
 * Duplicate submissions (same e-mail, or same name and unit) keep the latest by timestamp; the
 * earlier row is left out of every score and formula, with a warning naming both rows.
 *
 * @example readResponses(view, header, rows, ctx).answers[0] // { no: 1, answers: [3, 4, null, ...], source: { kind: "responses", ... } }
 */
import type { StatementAnswers } from "../model/answers";
import { problem } from "../problem";
import {
  chooseLabelTable,
  isKnownLabel,
  labelKey,
  labelScore,
  type LabelEntry,
  type LabelTable,
} from "./answer-labels";
import type { SheetView } from "./sheet";
import type { BaseHeader, BodyRow, ReadContext } from "./table";
import { cleanText, normalize, words } from "../cells/text";
import { parseNumber, parseStatementNo } from "../cells/values";

export interface ResponsesHeader extends BaseHeader {
  kind: "responses";
  /** Statement number -> column (provisional 1..k when the headers are texts, see `texts`). */
  columns: { no: number; col: number }[];
  /** The question texts of a form export whose headers carry no number, parallel to `columns`. */
  texts?: string[];
  /** Columns of the respondent's details, -1 when absent. */
  meta: RespondentColumns;
}

export interface RespondentColumns {
  timestamp: number;
  email: number;
  name: number;
  unit: number;
}

const META_RES: Array<[keyof RespondentColumns, RegExp[]]> = [
  [
    "timestamp",
    [
      /^(completion time|waktu penyelesaian|waktu selesai)/,
      /^(timestamp|cap waktu|stempel waktu|tanda waktu|waktu|tanggal|start time|waktu mulai)\b/,
    ],
  ],
  ["email", [/\b(e-?mail|surel|alamat email)\b/]],
  ["name", [/^(nama|name)( lengkap| responden| pegawai| petugas)?$/]],
  [
    "unit",
    [/\b(opd|unit|unit kerja|instansi|perangkat daerah|satuan kerja|satker|bagian|dinas|asal)\b/],
  ],
];

/** The respondent-detail columns of a header row. */
export function respondentColumns(v: SheetView, r: number): RespondentColumns {
  const out: RespondentColumns = { timestamp: -1, email: -1, name: -1, unit: -1 };
  const w = v.rowWidth(r);
  for (const [key, res] of META_RES) {
    for (const re of res) {
      if (out[key] >= 0) break;
      for (let c = 0; c < w; c++) {
        const t = v.norm(r, c);
        if (t && t.length <= 40 && re.test(t) && !Object.values(out).includes(c)) {
          out[key] = c;
          break;
        }
      }
    }
  }
  return out;
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
    meta: respondentColumns(v, r),
  };
}

/** "4", "4 - Sangat baik", "3. Baik": an answer that starts with its score. */
const LEADING_DIGIT = /^([1-4])\s*(?:[-–.:)=]|$)/;

/** A header cell that reads as a statement text: five words or more, 25 characters or more. */
function isQuestionText(t: string): boolean {
  return t.length >= 25 && words(t).length >= 5;
}

/** An answer a form writes: a number, "4 - Sangat baik", or a label of a default scale. */
function looksLikeAnswer(raw: ReturnType<SheetView["raw"]>): boolean {
  if (typeof raw === "number") return true;
  if (typeof raw !== "string") return false;
  const t = cleanText(raw);
  return parseNumber(t) !== null || LEADING_DIGIT.test(t) || isKnownLabel(t);
}

/**
 * A form export whose question headers are the statement texts without numbers: five or more
 * long text headers over a row of answers. Numbers are provisional (1..k in column order) until
 * the reader matches the texts to the plan's statements.
 */
export function detectTextResponses(v: SheetView, r: number): ResponsesHeader | null {
  const w = v.rowWidth(r);
  const meta = respondentColumns(v, r);
  const metaCols = new Set(Object.values(meta));
  const found: { col: number; text: string }[] = [];
  for (let c = 0; c < w; c++) {
    if (metaCols.has(c)) continue;
    const raw = v.raw(r, c);
    if (typeof raw !== "string") continue;
    const t = cleanText(raw).replace(/\n/g, " ");
    if (isQuestionText(t)) found.push({ col: c, text: t });
  }
  if (found.length < MIN_COLUMNS) return null;
  if (r + 1 < v.height && !v.isBlankRow(r + 1)) {
    if (!found.slice(0, 8).some(({ col }) => looksLikeAnswer(v.raw(r + 1, col)))) return null;
  }
  return {
    kind: "responses",
    row: r,
    height: 1,
    c0: 0,
    c1: Math.max(w - 1, found[found.length - 1].col),
    columns: found.map((f, i) => ({ no: i + 1, col: f.col })),
    texts: found.map((f) => f.text),
    meta,
  };
}

function answerOf(
  raw: ReturnType<SheetView["raw"]>,
  labels: LabelTable | null,
): number | null | "bad" {
  if (raw === null || raw === "" || raw === false) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : "bad";
  if (typeof raw === "boolean") return "bad";
  const t = cleanText(raw);
  if (!t || t === "-") return null;
  const n = parseNumber(t);
  if (n && !n.percent && !n.unit) return n.value;
  const lead = LEADING_DIGIT.exec(t);
  if (lead) return Number(lead[1]);
  const byLabel = labels ? labelScore(labels, t) : null;
  return byLabel ?? "bad";
}

/** Label answers of the export (text that is neither a number nor "4 - ..."). */
function labelsUsed(v: SheetView, h: ResponsesHeader, rows: BodyRow[]): string[] {
  const out = new Set<string>();
  for (const { col } of h.columns) {
    for (const { r } of rows) {
      const raw = v.raw(r, col);
      if (typeof raw !== "string") continue;
      const t = cleanText(raw);
      if (!t || t === "-" || parseNumber(t) || LEADING_DIGIT.test(t)) continue;
      out.add(t);
    }
  }
  return [...out];
}

/** What a responses table gave: the answers, and what the form export needs shown. */
export interface ResponsesRead {
  answers: StatementAnswers[];
  /** The question texts (form export without numbers), parallel to `answers`; null when numbered. */
  texts: string[] | null;
  /** The header cell of each statement column, parallel to `answers`. */
  headerCells: string[];
  /** The header text of each statement column as written, parallel to `answers`. */
  headerTexts: string[];
  /** How closely each text header matched its statement (set once matched), parallel to `answers`. */
  similarities?: (number | null)[];
  /** The label -> score table used, null when no answer was a label. */
  labels: LabelTable | null;
  /** How many times each label was answered, by the table's labels. */
  labelCounts: Record<string, number>;
  /** Respondent rows read (duplicates left out). */
  respondents: number;
  /** Duplicate submissions: the row kept and the row left out (absolute sheet rows). */
  duplicates: { kept: number; dropped: number; who: string }[];
  /** The table's range ("Responden!A1:W61"). */
  range: string;
}

/**
 * A timestamp as a comparable number (ms since 1970, UTC, no clock read): an Excel serial date,
 * "2022-02-14 10:05:00", or "14/02/2022 10.05.00" (day first unless the month would exceed 12,
 * "2/14/2022 10:05:00 AM"). Null when unreadable.
 *
 * @example timestampValue("14/02/2022 10:05:00") === Date.UTC(2022, 1, 14, 10, 5, 0)
 */
export function timestampValue(raw: ReturnType<SheetView["raw"]>): number | null {
  if (typeof raw === "number")
    return Number.isFinite(raw) ? Math.round((raw - 25569) * 864e5) : null;
  if (typeof raw !== "string") return null;
  const t = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?/.exec(t);
  const dmy =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(am|pm)?)?/i.exec(
      t,
    );
  let y: number, mo: number, d: number, hh: number, mm: number, ss: number;
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    [hh, mm, ss] = [Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)];
  } else if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    [d, mo] = a > 12 || b <= 12 ? [a, b] : [b, a];
    y = Number(dmy[3]);
    [hh, mm, ss] = [Number(dmy[4] ?? 0), Number(dmy[5] ?? 0), Number(dmy[6] ?? 0)];
    const ampm = dmy[7]?.toLowerCase();
    if (ampm === "pm" && hh < 12) hh += 12;
    if (ampm === "am" && hh === 12) hh = 0;
  } else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Date.UTC(y, mo - 1, d, hh, mm, ss);
}

/** A timestampValue as "14/02/2022 10:05:00" (UTC fields: the value carries no zone). */
export function timestampText(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, "0");
  return (
    `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`
  );
}

/**
 * The rows to leave out: of two submissions with the same e-mail, or the same name and unit, the
 * earlier by timestamp (the lower row when timestamps are missing or equal). One warning per pair.
 */
function duplicateRows(
  v: SheetView,
  h: ResponsesHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): ResponsesRead["duplicates"] {
  const { timestamp, email, name, unit } = h.meta;
  if (email < 0 && (name < 0 || unit < 0)) return [];
  const keyOwner = new Map<string, number>();
  const out: ResponsesRead["duplicates"] = [];
  const when = (r: number): number | null =>
    timestamp >= 0 ? timestampValue(v.raw(r, timestamp)) : null;
  for (const { r } of rows) {
    const keys: string[] = [];
    const mail = email >= 0 ? normalize(v.text(r, email)) : "";
    if (mail) keys.push(`e:${mail}`);
    const who = name >= 0 ? normalize(v.text(r, name)) : "";
    const where = unit >= 0 ? normalize(v.text(r, unit)) : "";
    if (who && where) keys.push(`n:${who}|${where}`);
    const earlier = keys.map((k) => keyOwner.get(k)).find((x) => x !== undefined);
    if (earlier === undefined) {
      for (const k of keys) keyOwner.set(k, r);
      continue;
    }
    const byMail = mail !== "" && keyOwner.get(`e:${mail}`) !== undefined;
    const prev = earlier;
    const tPrev = when(prev);
    const tNow = when(r);
    const keepNow = tPrev === null || tNow === null ? true : tNow >= tPrev;
    const [kept, dropped] = keepNow ? [r, prev] : [prev, r];
    for (const k of keys) keyOwner.set(k, kept);
    keyOwner.forEach((owner, k) => {
      if (owner === dropped) keyOwner.set(k, kept);
    });
    const label = byMail
      ? v.text(r, email)
      : [v.text(r, name), v.text(r, unit)].filter((x) => x !== "").join(", ");
    const rowOf = (x: number): number => v.abs(x, 0).row;
    const ts = (x: number): string => {
      if (timestamp < 0) return "";
      const t = when(x);
      return ` (${t === null ? v.text(x, timestamp) : timestampText(t)})`;
    };
    out.push({ kept: rowOf(kept), dropped: rowOf(dropped), who: label });
    ctx.problems.push(
      problem(
        "warning",
        "response.duplicate",
        `Isian ganda dari "${label}": baris ${rowOf(prev)}${ts(prev)} dan baris ${rowOf(r)}${ts(r)}; yang terbaru (baris ${rowOf(kept)}) dipakai, baris ${rowOf(dropped)} tidak dihitung`,
        `Duplicate submission from "${label}": rows ${rowOf(prev)}${ts(prev)} and ${rowOf(r)}${ts(r)}; the latest (row ${rowOf(kept)}) is used, row ${rowOf(dropped)} is left out`,
        `${v.addr(dropped, h.c0)}:${v.addr(dropped, h.c1).replace(/^.*!/, "")}`,
      ),
    );
  }
  return out;
}

/**
 * Read the respondents' rows: one StatementAnswers per statement column. Answers follow the source
 * column row by row (a blank respondent row inside the table is a row of nulls), so answer i sits
 * at `source.row + i`; `cells` is therefore left out (compute's answerCell derives it). A
 * duplicate submission left out is a null answer and a `skipRows` entry of the source.
 */
export function readResponses(
  v: SheetView,
  h: ResponsesHeader,
  rows: BodyRow[],
  ctx: ReadContext,
  ownLabels: readonly LabelEntry[] = [],
): ResponsesRead {
  const firstRow = rows.length > 0 ? rows[0].r : h.row + 1;
  const lastRow = rows.length > 0 ? rows[rows.length - 1].r : h.row;
  const span = Math.max(1, lastRow - firstRow + 1);
  const used = labelsUsed(v, h, rows);
  const labels = used.length > 0 ? chooseLabelTable(used, ownLabels) : null;
  const labelCounts: Record<string, number> = {};
  const duplicates = duplicateRows(v, h, rows, ctx);
  const skip = new Set(duplicates.map((d) => d.dropped));
  const answers = h.columns.map(({ no, col }) => {
    const answers: (number | null)[] = [];
    for (let r = firstRow; r <= lastRow; r++) {
      const raw = v.raw(r, col);
      if (skip.has(v.abs(r, col).row)) {
        answers.push(null);
        continue;
      }
      const a = answerOf(raw, labels);
      if (a === "bad") {
        ctx.problems.push(
          problem(
            "error",
            "response.unreadable",
            `Jawaban "${v.text(r, col)}" untuk pernyataan ${no} tidak terbaca; isi angka 1-4${labels ? " atau label di tabel skala jawaban" : ""}`,
            `Answer "${v.text(r, col)}" to statement ${no} is unreadable; enter a digit 1-4${labels ? " or a label of the answer scale table" : ""}`,
            v.addr(r, col),
          ),
        );
        answers.push(null);
      } else {
        if (labels && typeof raw === "string" && a !== null) {
          const key = labelKey(raw);
          const entry = labels.entries.find((e) => labelKey(e.label) === key);
          if (entry) labelCounts[entry.label] = (labelCounts[entry.label] ?? 0) + 1;
        }
        answers.push(a);
      }
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
        ...(skip.size > 0 ? { skipRows: [...skip].sort((x, y) => x - y) } : {}),
      },
    };
  });
  let respondents = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    if (skip.has(v.abs(r, 0).row)) continue;
    if (h.columns.some(({ col }) => v.text(r, col) !== "")) respondents++;
  }
  return {
    answers,
    texts: h.texts ? [...h.texts] : null,
    headerCells: h.columns.map(({ col }) => v.addr(h.row, col)),
    headerTexts: h.columns.map(({ col }) => v.text(h.row, col)),
    labels,
    labelCounts,
    respondents,
    duplicates,
    range: `${v.addr(h.row, h.c0)}:${v.addr(lastRow, h.c1).replace(/^.*!/, "")}`,
  };
}
