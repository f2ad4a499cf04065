/**
 * Cell values as analysts type them: marks (✓ √ v V X x ✔ ☑), circled digits (①..⑤), numbers
 * written with Indonesian separators and a unit ("158 Pengaduan", "95,57%", "2,5 hari", "1.234"),
 * years and period labels ("2022", "2022 S1", "Smt I", "TW II").
 *
 * Decimal separators (Indonesian sheets write decimals with a comma):
 * - "2,5" -> 2.5 and "1,234" -> 1.234: a lone comma is always the decimal separator.
 * - "1.234" / "12.500.000" -> 1234 / 12500000: dots between groups of exactly three digits are
 *   Indonesian thousands separators. Any other dot is a decimal point: "2.5" -> 2.5, "112.86" ->
 *   112.86, "1.5" -> 1.5. So "1.500" reads 1500, never 1.5: write "1,5" for one and a half.
 * - Both present: the last one is the decimal separator ("1.234,5" -> 1234.5, "1,234.5" -> 1234.5).
 * - A "%" sign divides by 100 ("95,57%" -> 0.9557). Numbers as hosts return them are kept as is.
 */
import type { CellValue } from "../grid";
import type { MonevStatus, PeriodLabel } from "../model/program";
import { cleanText, normalize } from "./text";

export interface ParsedNumber {
  value: number;
  /** Unit written after the number, lower-case ("pengaduan", "hari", "%"); "" when none. */
  unit: string;
  /** True when the text carried a % sign (value already divided by 100). */
  percent: boolean;
}

const NUMBER_RE = /^([-+−]?)\s*(\d[\d.,\s]*\d|\d)\s*(%|[^\d\s].*)?$/;

/** Parse the numeric part of a string with Indonesian or English separators; null if none. */
export function parseDecimal(body: string): number | null {
  const s = body.replace(/\s+/g, "");
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? "." : ",";
    const thou = dec === "." ? "," : ".";
    normalised = s.split(thou).join("").replace(dec, ".");
    if ((normalised.match(/\./g) ?? []).length > 1) return null;
  } else if (lastComma >= 0) {
    if ((s.match(/,/g) ?? []).length > 1) {
      // "1,234,567": only thousands make sense
      if (!/^\d{1,3}(,\d{3})+$/.test(s)) return null;
      normalised = s.replace(/,/g, "");
    } else normalised = s.replace(",", ".");
  } else if (lastDot >= 0) {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) normalised = s.replace(/\./g, "");
    else if ((s.match(/\./g) ?? []).length > 1) return null;
    else normalised = s;
  } else normalised = s;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/**
 * A number with its unit, or null when the cell holds no number (blank, text, boolean).
 *
 * @example parseNumber("158 Pengaduan") // { value: 158, unit: "pengaduan", percent: false }
 * @example parseNumber("95,57%")        // { value: 0.9557, unit: "%", percent: true }
 * @example parseNumber("2,5 hari")      // { value: 2.5, unit: "hari", percent: false }
 */
export function parseNumber(v: CellValue | undefined): ParsedNumber | null {
  if (typeof v === "number")
    return Number.isFinite(v) ? { value: v, unit: "", percent: false } : null;
  if (typeof v !== "string") return null;
  const t = cleanText(v).replace(/\n/g, " ");
  if (!t) return null;
  const m = NUMBER_RE.exec(t);
  if (!m) return null;
  const n = parseDecimal(m[2]);
  if (n === null) return null;
  const sign = m[1] === "-" || m[1] === "−" ? -1 : 1;
  const rest = (m[3] ?? "").trim();
  if (rest.startsWith("%")) {
    return { value: (sign * n) / 100, unit: "%", percent: true };
  }
  // A unit is words, not more numbers: "2 hari" yes, "2 - 3" no.
  if (rest && /\d/.test(rest.replace(/\(.*\)/, ""))) return null;
  return { value: sign * n, unit: normalize(rest.replace(/[.,;:]+$/, "")), percent: false };
}

/** Characters that mean "ticked". */
export const MARK_CHARS = ["✓", "√", "v", "V", "X", "x", "✔", "☑", "✅", "✗", "✘", "☒"];
const MARK_SET = new Set(MARK_CHARS);

/**
 * What a cell of a mark column holds: a mark, a digit, nothing, or something unreadable.
 * Booleans (checkboxes) count as a mark when true, blank when false.
 *
 * @example parseMark("√") // { kind: "mark" }
 * @example parseMark(3)   // { kind: "digit", digit: 3 }
 */
export type MarkCell =
  | { kind: "blank" }
  | { kind: "mark" }
  | { kind: "digit"; digit: number }
  | { kind: "unreadable"; text: string };

export function parseMark(v: CellValue | undefined): MarkCell {
  if (v === null || v === undefined || v === false) return { kind: "blank" };
  if (v === true) return { kind: "mark" };
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? { kind: "digit", digit: v }
      : { kind: "unreadable", text: String(v) };
  }
  const t = cleanText(v).replace(/\s+/g, "");
  if (!t || t === "-" || t === "–") return { kind: "blank" };
  if (MARK_SET.has(t)) return { kind: "mark" };
  if (t.length > 1 && [...t].every((ch) => MARK_SET.has(ch))) return { kind: "mark" };
  const c = circledDigit(t);
  if (c !== null) return { kind: "digit", digit: c };
  const n = parseNumber(t);
  if (n && !n.unit && !n.percent) return { kind: "digit", digit: n.value };
  return { kind: "unreadable", text: cleanText(v) };
}

const CIRCLED_RANGES: [number, number][] = [
  [0x2460, 1], // ① .. ⑳
  [0x2776, 1], // ❶ .. ❿
  [0x2780, 1], // ➀ .. ➉
  [0x278a, 1], // ➊ .. ➓
];

/** ① -> 1 ... ⑩ -> 10 (also ❶, ➀, ➊); null when not a circled digit. */
export function circledDigit(s: string): number | null {
  if ([...s].length !== 1) return null;
  const cp = s.codePointAt(0) ?? 0;
  for (const [start, base] of CIRCLED_RANGES) {
    if (cp >= start && cp < start + 10) return cp - start + base;
  }
  if (cp >= 0x2460 && cp <= 0x2473) return cp - 0x2460 + 1;
  return null;
}

/** A year written as a number or text ("2021", "Tahun 2021", "Baseline 2020"), 1990..2100. */
export function parseYear(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : null;
  if (typeof v !== "string") return null;
  const m = /^(?:tahun|th\.?|thn\.?)?\s*((?:19|20|21)\d{2})\s*$/i.exec(cleanText(v));
  return m ? Number(m[1]) : null;
}

/** The first 4-digit year inside a longer text ("Baseline 2020" -> 2020). */
export function yearIn(v: CellValue | undefined): number | null {
  const y = parseYear(v);
  if (y !== null) return y;
  if (typeof v !== "string") return null;
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(v);
  return m ? Number(m[1]) : null;
}

const ROMAN_SMALL: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function smallNumber(s: string): number | null {
  const t = s.toLowerCase();
  if (/^\d$/.test(t)) return Number(t);
  return ROMAN_SMALL[t] ?? null;
}

/**
 * A period header: "2022", "2022 S1", "S2 2022", "Smt I", "Semester 2", "TW I", "Q3 2023",
 * "Triwulan IV". Without a year in the text, `year` (from a spanning row above) is used.
 *
 * @example parsePeriod("Smt II", 2022) // "2022-S2"
 * @example parsePeriod("TW III 2023")  // "2023-Q3"
 */
export function parsePeriod(
  v: CellValue | undefined,
  year: number | null = null,
): PeriodLabel | null {
  const y0 = parseYear(v);
  if (y0 !== null) return String(y0);
  if (typeof v !== "string") return null;
  const t = normalize(v).replace(/[-/]/g, " ");
  const ym = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(t);
  const y = ym ? Number(ym[1]) : year;
  const rest = ym ? t.replace(ym[1], " ").trim() : t;
  const sm = /^(?:s|smt|sem|semester)\.?\s*(\d|i{1,2})$/.exec(rest);
  if (sm) {
    const n = smallNumber(sm[1]);
    return y !== null && (n === 1 || n === 2) ? `${y}-S${n}` : null;
  }
  const qm = /^(?:q|tw|triwulan|kuartal|trw)\.?\s*(\d|i{1,3}|iv)$/.exec(rest);
  if (qm) {
    const n = smallNumber(qm[1]);
    return y !== null && n !== null && n >= 1 && n <= 4 ? `${y}-Q${n}` : null;
  }
  return null;
}

/**
 * A statement number as written in a No column or a response header: 5, "5", "5.", "P5", "No.5",
 * "No. 5", "5) ...", "5. Sistem ...". Null when there is none.
 */
export function parseStatementNo(v: CellValue | undefined, allowText = false): number | null {
  // In a response header a number is capped below 1000 so that years (2021) are never statements.
  const max = allowText ? 1000 : 1_000_000;
  if (typeof v === "number") return Number.isInteger(v) && v > 0 && v < max ? v : null;
  if (typeof v !== "string") return null;
  const t = cleanText(v).replace(/\n/g, " ");
  const re = allowText
    ? /^(?:p|q|no\.?|nomor|pernyataan|pertanyaan)?\s*(\d{1,3})(?:[.)]?$|[.)]\s+\S)/i
    : /^(?:p|q|no\.?|nomor)?\s*(\d{1,6})[.)]?$/i;
  const m = re.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 && n < max ? n : null;
}

/**
 * A monev status as written, or null.
 *
 * @example parseStatus("Sedang berjalan") // "berjalan"
 */
export function parseStatus(text: string): MonevStatus | null {
  // The same few words on thousands of rows: each text is read once.
  let known = statusOf.get(text);
  if (known === undefined) {
    if (statusOf.size >= 1024) statusOf.clear();
    statusOf.set(text, (known = readStatus(text)));
  }
  return known;
}

const statusOf = new Map<string, MonevStatus | null>();

function readStatus(text: string): MonevStatus | null {
  const t = normalize(text);
  if (!t) return null;
  if (/^(selesai|tuntas|done|complete|completed|sudah|terlaksana|100 ?%)/.test(t)) return "selesai";
  if (/(tertunda|ditunda|tunda|delayed|postponed|terhambat|batal)/.test(t)) return "tertunda";
  if (/(berjalan|proses|on ?going|in progress|dalam pelaksanaan|sedang)/.test(t)) return "berjalan";
  if (/^(belum|not started|todo|to do|rencana|-)/.test(t)) return "belum";
  return null;
}
