/**
 * Match the question headers of a form export (Google Forms, Microsoft Forms) to the plan's
 * statements by their text when they carry no number. Texts are compared normalised (case,
 * accents, punctuation and spaces ignored), then by character pairs, so small spelling
 * differences ("tanggapan" / "tangapan", "di antara" / "diantara") still match.
 *
 * @example matchStatements(["Staf operasional telah cakap dalam melaksanakan tugas"], JUKNIS22_STATEMENTS)
 *   // [{ index: 0, no: 15, similarity: 0.96... }]
 */
import type { Statement } from "../model/statement";

/** Below this similarity a header is not taken for a statement. */
export const MATCH_THRESHOLD = 0.85;

/**
 * The statement text inside a header: a Google Forms grid exports "Question [Row]", the row
 * being the statement; a leading number ("1.", "P1 -") is dropped.
 *
 * @example headerStatement("Penilaian [Staf operasional telah cakap.]") // "Staf operasional telah cakap."
 */
export function headerStatement(header: string): string {
  const bracket = /\[([^\]]{12,})\]\s*$/.exec(header);
  const text = bracket ? bracket[1] : header;
  return text.replace(/^\s*(?:p|no\.?)?\s*\d{1,3}\s*[.)\-:]\s*/i, "").trim();
}

/** Lower case, accents and punctuation removed, single spaces. */
export function normaliseStatement(text: string): string {
  return headerStatement(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * Similarity of a header and a statement, 0..1: 1 when equal once normalised (spaces ignored),
 * else the Dice coefficient of their character pairs.
 *
 * @example statementSimilarity("Staf operasional telah cakap", "staf  operasional telah cakap.") // 1
 */
export function statementSimilarity(a: string, b: string): number {
  const x = normaliseStatement(a).replace(/ /g, "");
  const y = normaliseStatement(b).replace(/ /g, "");
  if (x === "" || y === "") return 0;
  if (x === y) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  for (const [g, n] of bx) common += Math.min(n, by.get(g) ?? 0);
  return (2 * common) / (x.length - 1 + (y.length - 1));
}

export interface StatementMatch {
  /** Index of the header in the list given. */
  index: number;
  no: number;
  similarity: number;
}

/**
 * One statement per header, best pairs first (a statement is taken once); headers below the
 * threshold are left out.
 */
export function matchStatements(
  headers: readonly string[],
  statements: readonly Statement[],
): StatementMatch[] {
  const pairs: StatementMatch[] = [];
  headers.forEach((h, index) => {
    for (const s of statements) {
      if (!s.text) continue;
      const similarity = statementSimilarity(h, s.text);
      if (similarity >= MATCH_THRESHOLD) pairs.push({ index, no: s.no, similarity });
    }
  });
  pairs.sort((a, b) => b.similarity - a.similarity || a.index - b.index || a.no - b.no);
  const usedHeader = new Set<number>();
  const usedNo = new Set<number>();
  const out: StatementMatch[] = [];
  for (const p of pairs) {
    if (usedHeader.has(p.index) || usedNo.has(p.no)) continue;
    usedHeader.add(p.index);
    usedNo.add(p.no);
    out.push(p);
  }
  return out.sort((a, b) => a.index - b.index);
}
