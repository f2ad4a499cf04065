import { ASPECTS, aspectInfo as infoOf, type AspectInfo, type AspectKey } from "../model/aspect";
import type { PriorityChoice } from "../model/priority";
import { problem, type Problem } from "../problem";
import { formatNumber } from "./scores";

/**
 * Averages closer than this are a tie. Scores are means of whole numbers, so real ties are exact;
 * the tolerance only absorbs floating-point noise of a mean of means (3 vs 2.9999999999999996).
 */
export const TIE_EPSILON = 1e-9;

/** An aspect and its average (null = no average). */
export interface AspectValue {
  key: AspectKey;
  average: number | null;
}

/**
 * THE priority order (DOMAIN.md section 5) as data: what an aspect is ranked by, most significant
 * first, each ascending. `value` is the average: the lowest gets priority 1 (most in need of
 * improvement); `order` is the aspect's canonical order (model/aspect.ts), which breaks a tie: the
 * earlier aspect gets the more urgent number. `comparePriority` sorts by it here; the live rank
 * formula of the result sheet (layout/formula.ts `priorityRankFormula`) is built from the same list.
 */
export const PRIORITY_ORDER = ["value", "order"] as const;
export type PriorityOrderKey = (typeof PRIORITY_ORDER)[number];
/** What the priority order compares, one number per key of PRIORITY_ORDER. */
export type Rankable = Record<PriorityOrderKey, number>;

/**
 * The comparator of the priority order: negative when `a` comes first (gets the smaller number).
 * Differences within TIE_EPSILON are a tie.
 *
 * @example [{ value: 3, order: 2 }, { value: 3, order: 1 }].sort(comparePriority)[0].order // 1
 */
export function comparePriority(a: Rankable, b: Rankable): number {
  for (const k of PRIORITY_ORDER) {
    const d = a[k] - b[k];
    if (Math.abs(d) > TIE_EPSILON) return d;
  }
  return 0;
}

/**
 * Rank (1 = first in the priority order) of each value, its position in the list being its
 * canonical order; a null (or non-finite) value gets null and takes no number.
 *
 * @example rankByPriorityOrder([19 / 6, 3, 3, 11 / 3, 3]) // [4, 1, 2, 5, 3]  (Klungkung)
 */
export function rankByPriorityOrder(values: readonly (number | null)[]): (number | null)[] {
  const items = values.map((value, i) => ({ value, order: i + 1 }));
  const ranked = items
    .filter((x): x is Rankable => x.value !== null && Number.isFinite(x.value))
    .sort(comparePriority);
  const rank = new Map(ranked.map((x, i) => [x.order, i + 1]));
  return items.map((x) => rank.get(x.order) ?? null);
}

/**
 * Suggested priorities (DOMAIN.md section 5): the lowest average gets 1 (most in need of
 * improvement); equal averages go by the canonical order of the aspects (Kelembagaan first), as
 * PRIORITY_ORDER says. Aspects with a null average get null and take no number, so the numbers are
 * always 1..k for the k aspects that have an average.
 *
 * @example Klungkung (3.17, 3, 3, 3.67, 3):
 *   suggestPriorities(...) // { kelembagaan: 4, sdm: 1, data: 2, partisipasi: 5, koordinasi: 3 }
 */
export function suggestPriorities(
  values: readonly AspectValue[],
  aspects: readonly AspectInfo[] = ASPECTS,
): Record<AspectKey, number | null> {
  const out = Object.fromEntries(aspects.map((a) => [a.key, null])) as Record<
    AspectKey,
    number | null
  >;
  const orderOf = new Map(aspects.map((a) => [a.key, a.order] as const));
  const ranked = values
    .filter(
      (v): v is { key: AspectKey; average: number } => v.average !== null && isFinite(v.average),
    )
    .map((v) => ({ key: v.key, value: v.average, order: orderOf.get(v.key) ?? aspects.length + 1 }))
    .sort(comparePriority);
  ranked.forEach((v, i) => {
    out[v.key] = i + 1;
  });
  return out;
}

export interface PriorityOutcome {
  key: AspectKey;
  suggested: number | null;
  /** The team's chosen priority, null when none. */
  chosen: number | null;
  /** chosen ?? suggested. */
  final: number | null;
  reason: string;
  cell?: string;
}

/**
 * Apply the team's choices (DOMAIN.md section 5: a priority can be overridden with a reason):
 * final = chosen, else suggested.
 *
 * Problems:
 * - error `priority.duplicate`: two aspects chosen with the same number (names the second cell);
 * - error `priority.duplicate-aspect`: an aspect chosen twice (the first choice is used);
 * - warning `priority.contradiction`, per chosen priority that contradicts the averages: another
 *   aspect has a strictly lower average but a larger final number (or a strictly higher average
 *   and a smaller number); names the choice's cell;
 * - warning `priority.final-duplicate`: a chosen number equals the suggested number another,
 *   unchosen aspect keeps (final = chosen else suggested then repeats a number).
 *
 * @example Luwu chose Partisipasi 1 although SDM has the lower average: a `priority.contradiction`
 *   warning on Partisipasi's cell.
 */
export function applyPriorityChoices(
  values: readonly AspectValue[],
  choices: readonly PriorityChoice[],
  aspects: readonly AspectInfo[] = ASPECTS,
): { outcomes: PriorityOutcome[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const aspectInfo = (key: AspectKey): AspectInfo => infoOf(key, aspects);
  const suggested = suggestPriorities(values, aspects);
  const avg = new Map(values.map((v) => [v.key, v.average] as const));
  const choiceOf = new Map<AspectKey, PriorityChoice>();
  const numberOwner = new Map<number, AspectKey>();
  for (const c of choices) {
    if (choiceOf.has(c.aspect)) {
      problems.push(
        problem(
          "error",
          "priority.duplicate-aspect",
          `Aspek ${aspectInfo(c.aspect).name} diberi prioritas lebih dari sekali`,
          `Aspect ${aspectInfo(c.aspect).nameEn} is given a priority more than once`,
          c.cell,
        ),
      );
      continue;
    }
    choiceOf.set(c.aspect, c);
    if (c.priority === null) continue;
    const owner = numberOwner.get(c.priority);
    if (owner !== undefined) {
      problems.push(
        problem(
          "error",
          "priority.duplicate",
          `Prioritas ${c.priority} dipilih untuk dua aspek: ${aspectInfo(owner).name} dan ${aspectInfo(c.aspect).name}`,
          `Priority ${c.priority} is chosen for two aspects: ${aspectInfo(owner).nameEn} and ${aspectInfo(c.aspect).nameEn}`,
          c.cell,
        ),
      );
    } else numberOwner.set(c.priority, c.aspect);
  }
  const outcomes: PriorityOutcome[] = aspects.map((info) => {
    const c = choiceOf.get(info.key);
    const chosen = c?.priority ?? null;
    const o: PriorityOutcome = {
      key: info.key,
      suggested: suggested[info.key],
      chosen,
      final: chosen ?? suggested[info.key],
      reason: c?.reason ?? "",
    };
    if (c?.cell !== undefined) o.cell = c.cell;
    return o;
  });
  const finalOf = new Map(outcomes.map((o) => [o.key, o.final] as const));
  for (const o of outcomes) {
    if (o.chosen === null || o.final === null) continue;
    const a = avg.get(o.key);
    if (a === null || a === undefined) continue;
    const against: string[] = [];
    const againstEn: string[] = [];
    for (const other of outcomes) {
      if (other.key === o.key) continue;
      const b = avg.get(other.key);
      const f = finalOf.get(other.key);
      if (b === null || b === undefined || f === null || f === undefined) continue;
      const lowerButLater = b < a - TIE_EPSILON && f > o.final;
      const higherButEarlier = b > a + TIE_EPSILON && f < o.final;
      if (lowerButLater || higherButEarlier) {
        against.push(`${aspectInfo(other.key).name} (rata-rata ${fmt(b)}, prioritas ${f})`);
        againstEn.push(`${aspectInfo(other.key).nameEn} (average ${fmtEn(b)}, priority ${f})`);
      }
    }
    if (against.length > 0) {
      const info = aspectInfo(o.key);
      problems.push(
        problem(
          "warning",
          "priority.contradiction",
          `Prioritas ${o.chosen} untuk ${info.name} (rata-rata ${fmt(a)}) berlawanan dengan rata-rata: ${against.join("; ")}. Pastikan alasannya tertulis`,
          `Priority ${o.chosen} for ${info.nameEn} (average ${fmtEn(a)}) contradicts the averages: ${againstEn.join("; ")}. Make sure the reason is written down`,
          o.cell,
        ),
      );
    }
  }
  for (const o of outcomes) {
    if (o.chosen !== null || o.final === null) continue;
    const owner = numberOwner.get(o.final);
    if (owner === undefined) continue;
    problems.push(
      problem(
        "warning",
        "priority.final-duplicate",
        `Prioritas usulan ${o.final} untuk ${aspectInfo(o.key).name} sama dengan prioritas pilihan ${aspectInfo(owner).name}: isi juga prioritas pilihan aspek ini`,
        `Suggested priority ${o.final} for ${aspectInfo(o.key).nameEn} equals the chosen priority of ${aspectInfo(owner).nameEn}: choose a priority for this aspect too`,
        choiceOf.get(owner)?.cell,
      ),
    );
  }
  return { outcomes, problems };
}

/**
 * Compare the averages printed next to the priorities (Klungkung's "Nilai Prioritas") with the
 * computed ones. Decision (documented here, tested):
 * - |printed - computed| < 0.005, or printed equals the computed average rounded to 1 or 2
 *   decimals: fine, that is just a number format;
 * - printed equals the computed average TRUNCATED to 1 or 2 decimals (Klungkung's 3,1 for 3.1667
 *   and 3,6 for 3.6667): warning `average.printed-truncated`; the figure is not wrong, but a
 *   truncated figure can reorder close aspects, so the reader should see the full value;
 * - anything else: warning `average.printed-mismatch`.
 * Each names the choice's cell.
 *
 * @example checkPrintedAverages(klungkungAverages, klungkungChoices) // 2 x average.printed-truncated
 */
export function checkPrintedAverages(
  values: readonly AspectValue[],
  choices: readonly PriorityChoice[],
  aspects: readonly AspectInfo[] = ASPECTS,
): Problem[] {
  const aspectInfo = (key: AspectKey): AspectInfo => infoOf(key, aspects);
  const problems: Problem[] = [];
  const avg = new Map(values.map((v) => [v.key, v.average] as const));
  for (const c of choices) {
    const p = c.printedAverage;
    const a = avg.get(c.aspect);
    if (p === null || p === undefined || a === null || a === undefined) continue;
    if (Math.abs(p - a) < 0.005) continue;
    const info = aspectInfo(c.aspect);
    const same = (x: number): boolean => Math.abs(x - p) < 1e-9;
    if (same(round(a, 1)) || same(round(a, 2))) continue;
    if (same(trunc(a, 1)) || same(trunc(a, 2))) {
      problems.push(
        problem(
          "warning",
          "average.printed-truncated",
          `Rata-rata ${info.name} tertulis ${fmt(p)}, hasil pemotongan dari ${fmt(a)}: nilai lengkapnya ${fmt(a)}`,
          `The average of ${info.nameEn} is printed as ${fmtEn(p)}, a truncation of ${fmtEn(a)}: the full value is ${fmtEn(a)}`,
          c.cell,
        ),
      );
      continue;
    }
    problems.push(
      problem(
        "warning",
        "average.printed-mismatch",
        `Rata-rata ${info.name} tertulis ${fmt(p)}, tetapi hasil hitung dari nilai pernyataan ${fmt(a)}`,
        `The average of ${info.nameEn} is printed as ${fmtEn(p)}, but the statements' scores give ${fmtEn(a)}`,
        c.cell,
      ),
    );
  }
  return problems;
}

/**
 * When a document has no statement scores at all (Sumatera Barat prints only the averages next
 * to its priorities), the printed averages are the averages. Each aspect that gets one carries a
 * warning `average.from-printed` (named at the choice's cell); an aspect without a printed
 * average stays null with an error `aspect.empty`.
 *
 * @example Sumbar: averagesFromPrinted(choices).values // sdm 2.2, kelembagaan 2.5, data 2.6, koordinasi 2.6, partisipasi 3
 */
export function averagesFromPrinted(
  choices: readonly PriorityChoice[],
  aspects: readonly AspectInfo[] = ASPECTS,
): {
  values: AspectValue[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const values: AspectValue[] = [];
  for (const info of aspects) {
    const c = choices.find((x) => x.aspect === info.key && typeof x.printedAverage === "number");
    const p = c?.printedAverage ?? null;
    if (c && p !== null) {
      values.push({ key: info.key, average: p });
      problems.push(
        problem(
          "warning",
          "average.from-printed",
          `Tidak ada nilai pernyataan: rata-rata ${info.name} diambil dari angka tertulis ${fmt(p)}`,
          `No statement scores: the average of ${info.nameEn} is taken from the printed figure ${fmtEn(p)}`,
          c.cell,
        ),
      );
    } else {
      values.push({ key: info.key, average: null });
      problems.push(
        problem(
          "error",
          "aspect.empty",
          `Aspek ${info.name} tidak memiliki nilai pernyataan maupun rata-rata tertulis`,
          `Aspect ${info.nameEn} has neither statement scores nor a printed average`,
          c?.cell,
        ),
      );
    }
  }
  return { values, problems };
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f + 1e-9) / f;
}

function trunc(x: number, d: number): number {
  const f = 10 ** d;
  return Math.trunc(x * f + 1e-9) / f;
}

function fmt(x: number): string {
  return formatNumber(Math.round(x * 10000) / 10000);
}

function fmtEn(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}
