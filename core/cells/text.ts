/**
 * Text helpers shared by the readers (and compute, for what the user typed in a managed sheet): normalise a cell for header matching, find an aspect by its
 * name, strip HTML left over from copy-paste (<i>platform</i>).
 *
 * @example normalize("  Kebijakan &amp; <i>Kelembagaan</i> ") // "kebijakan & kelembagaan"
 */
import type { CellValue } from "../grid";
import { ASPECTS, type AspectKey } from "../model/aspect";

/** The cell as display text: strings trimmed, numbers as written by JS, booleans/null as "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || typeof v === "boolean") return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return cleanText(v);
}

/** Remove HTML tags and entities, non-breaking spaces and repeated blanks; keep line breaks. */
export function cleanText(s: string): string {
  if (!/[<&\u00a0\t\f\v\n]| {2}/.test(s)) return s.trim();
  return s
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** Lower-case, single-spaced, no line breaks: the form header and label matching works on. */
export function normalize(v: CellValue | undefined | string): string {
  const t = typeof v === "string" ? cleanText(v) : cellText(v);
  return t.toLowerCase().replace(/\s+/g, " ").trim();
}

/** One line of text: line breaks become spaces. */
export function oneLine(s: string): string {
  if (!s.includes("\n")) return s;
  return s.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * The aspect a label names (ASPECTS[].match on normalised text), or undefined. The first aspect
 * with a matching fragment wins, in canonical order.
 *
 * @example aspectOf("Pertisipasi Pemangku Kepentingan") // "partisipasi"
 */
export function aspectOf(label: string): AspectKey | undefined {
  const n = normalize(label);
  if (!n) return undefined;
  for (const a of ASPECTS) if (a.match.some((m) => n.includes(m))) return a.key;
  return undefined;
}

/** Words of a normalised text, letters and digits only. */
export function words(s: string): string[] {
  return normalize(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
}

/**
 * Similarity of two texts by shared words (Dice coefficient on word sets), 0..1.
 *
 * @example similarity("Staf operasional telah cakap", "Staf operasional cakap") // 0.857...
 */
export function similarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}
