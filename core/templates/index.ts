import type { AspectKey } from "../model/aspect";
import type { Mapping } from "../model/mapping";
import type { Statement, StatementSet, StatementSetId } from "../model/statement";
import { JUKNIS22_DEFAULT_MAPPING, JUKNIS22_STATEMENTS } from "./juknis22";
import { KLUNGKUNG20_STATEMENTS } from "./klungkung20";

export { JUKNIS22_DEFAULT_MAPPING, JUKNIS22_STATEMENTS } from "./juknis22";
export { KLUNGKUNG20_STATEMENTS } from "./klungkung20";

/**
 * The standard statement lists and their default aspect mappings.
 *
 * `custom` stands for an instansi's own list: it has no standard statements (an empty list) and
 * its default mapping comes from the statements' own `group` headings, when they have them.
 *
 * @example statementSet("juknis22").statements.length // 22
 */
export function statementSet(id: StatementSetId): StatementSet {
  switch (id) {
    case "juknis22":
      return { id, statements: JUKNIS22_STATEMENTS.map((s) => ({ ...s })) };
    case "klungkung20":
      return { id, statements: KLUNGKUNG20_STATEMENTS.map((s) => ({ ...s })) };
    case "custom":
      return { id, statements: [] };
  }
}

/**
 * Mapping from the statements' `group` headings (Klungkung prints its statements under aspect
 * headings): one aspect per grouped statement; statements without a group are left out.
 *
 * @example mappingFromGroups([{ no: 1, text: "...", group: "sdm" }]) // [{ no: 1, aspects: ["sdm"] }]
 */
export function mappingFromGroups(statements: readonly Statement[]): Mapping {
  const out: Mapping = [];
  for (const s of statements) if (s.group) out.push({ no: s.no, aspects: [s.group] });
  return out.sort((a, b) => a.no - b.no);
}

/**
 * The template's default mapping (a fresh copy, safe to change). For `custom`, the mapping built
 * from `statements`' groups (empty when they have none).
 *
 * @example defaultMapping("klungkung20").find((m) => m.no === 15)?.aspects // ["partisipasi"]
 */
export function defaultMapping(id: StatementSetId, statements: readonly Statement[] = []): Mapping {
  switch (id) {
    case "juknis22":
      return JUKNIS22_DEFAULT_MAPPING.map((m) => ({ no: m.no, aspects: [...m.aspects] }));
    case "klungkung20":
      return mappingFromGroups(KLUNGKUNG20_STATEMENTS);
    case "custom":
      return mappingFromGroups(statements);
  }
}

/** Lower-case words of a statement, HTML tags and punctuation removed. */
export function statementWords(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, " ")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
}

/**
 * Word-set similarity of two statement texts (Dice coefficient, 0..1): 1 for the same words in
 * any order, punctuation and case ignored.
 *
 * @example textSimilarity("Staf operasional telah cakap.", "staf operasional telah cakap") // 1
 */
export function textSimilarity(a: string, b: string): number {
  const wa = new Set(statementWords(a));
  const wb = new Set(statementWords(b));
  if (wa.size === 0 && wb.size === 0) return 1;
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Mean similarity above which a statement list is taken to be a standard one. */
export const SIMILARITY_THRESHOLD = 0.6;

export interface StatementSetGuess {
  id: StatementSetId;
  /** Mean text similarity with the chosen set, per statement number; null when not compared. */
  similarity: number | null;
}

/**
 * Guess which standard list a workbook uses, with the similarity that decided it.
 *
 * A standard set is chosen when the list has its number of statements and, if the statements have
 * text, their mean similarity with the set's statement of the same number is at least
 * SIMILARITY_THRESHOLD (so a custom 22-statement list is not mistaken for the juknis). Anything
 * else is `custom`.
 *
 * @example guessStatementSetDetailed(JUKNIS22_STATEMENTS) // { id: "juknis22", similarity: 1 }
 */
export function guessStatementSetDetailed(statements: readonly Statement[]): StatementSetGuess {
  const candidates: Array<[StatementSetId, readonly Statement[]]> = [
    ["juknis22", JUKNIS22_STATEMENTS],
    ["klungkung20", KLUNGKUNG20_STATEMENTS],
  ];
  for (const [id, std] of candidates) {
    if (statements.length !== std.length) continue;
    const withText = statements.filter((s) => s.text.trim().length > 0);
    if (withText.length === 0) return { id, similarity: null };
    const byNo = new Map(std.map((s) => [s.no, s.text] as const));
    let sum = 0;
    for (const s of withText) {
      const ref = byNo.get(s.no);
      sum += ref === undefined ? 0 : ref === s.text ? 1 : textSimilarity(s.text, ref);
    }
    const similarity = sum / withText.length;
    if (similarity >= SIMILARITY_THRESHOLD) return { id, similarity };
  }
  return { id: "custom", similarity: null };
}

/**
 * Which standard list a workbook's statements follow: 22 juknis-like statements -> "juknis22",
 * 20 Klungkung-like -> "klungkung20", else "custom".
 *
 * @example guessStatementSet(KLUNGKUNG20_STATEMENTS) // "klungkung20"
 */
export function guessStatementSet(statements: readonly Statement[]): StatementSetId {
  return guessStatementSetDetailed(statements).id;
}

/** The aspects a mapping gives a statement number (empty when unmapped). */
export function aspectsOf(mapping: Mapping, no: number): AspectKey[] {
  const out: AspectKey[] = [];
  for (const m of mapping)
    if (m.no === no) for (const a of m.aspects) if (!out.includes(a)) out.push(a);
  return out;
}
