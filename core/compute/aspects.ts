import { ASPECTS, type AspectInfo, type AspectKey } from "../model/aspect";
import type { Mapping } from "../model/mapping";
import { problem, type Problem } from "../problem";

/** One aspect's average over the statements mapped to it. */
export interface AspectAverage {
  key: AspectKey;
  /** Mean of the mapped statements' scores; null when none is mapped or scored. */
  average: number | null;
  /** Statement numbers mapped to the aspect, ascending. */
  statements: number[];
  /** How many of them have a score. */
  scored: number;
}

/**
 * Aspect averages (DOMAIN.md section 4): the arithmetic mean of the scores of the statements
 * mapped to each aspect, in canonical aspect order (of `aspectList`, default ASPECTS). Statements are summed in ascending number
 * order, so the order of the input cannot change the result.
 *
 * Problems:
 * - error `aspect.empty`: no statement mapped to the aspect (average null, never 0 or NaN);
 * - error `aspect.unscored`: statements mapped but none has a score;
 * - warning `mapping.unknown`: the mapping names a statement that has no score entry at all;
 * - warning `mapping.unmapped`: a scored statement counts for no aspect.
 * `cell` (the categorisation table, when known) is named on aspect-level problems; statement-level
 * ones name the mapping row's cell.
 *
 * @example Klungkung: aspectAverages(scores, mapping)[0] // { key: "kelembagaan", average: 19 / 6, statements: [1..6], scored: 6 }
 */
export function aspectAverages(
  scores: ReadonlyMap<number, number | null>,
  mapping: Mapping,
  cell?: string,
  aspectList: readonly AspectInfo[] = ASPECTS,
): { aspects: AspectAverage[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byAspect = new Map<AspectKey, Set<number>>(
    aspectList.map((a) => [a.key, new Set<number>()]),
  );
  const mapped = new Set<number>();
  const unknownReported = new Set<number>();
  const ordered = [...mapping].sort((a, b) => a.no - b.no);
  for (const m of ordered) {
    if (!scores.has(m.no) && !unknownReported.has(m.no)) {
      unknownReported.add(m.no);
      problems.push(
        problem(
          "warning",
          "mapping.unknown",
          `Kategorisasi menyebut pernyataan ${m.no}, yang tidak ada di matriks asesmen`,
          `The categorisation names statement ${m.no}, which is not in the assessment matrix`,
          m.cell,
        ),
      );
      continue;
    }
    if (!scores.has(m.no)) continue;
    for (const a of m.aspects) {
      byAspect.get(a)?.add(m.no);
      mapped.add(m.no);
    }
  }
  const cellOf = new Map(mapping.map((m) => [m.no, m.cell] as const));
  for (const no of [...scores.keys()].sort((a, b) => a - b)) {
    if (mapped.has(no)) continue;
    problems.push(
      problem(
        "warning",
        "mapping.unmapped",
        `Pernyataan ${no} tidak masuk kategori aspek mana pun: nilainya tidak dihitung dalam rata-rata aspek`,
        `Statement ${no} is mapped to no aspect: its score counts in no aspect average`,
        cellOf.get(no) ?? cell,
      ),
    );
  }
  const aspects: AspectAverage[] = [];
  for (const info of aspectList) {
    const nos = [...(byAspect.get(info.key) ?? [])].sort((a, b) => a - b);
    let sum = 0;
    let scored = 0;
    for (const no of nos) {
      const s = scores.get(no);
      if (s === null || s === undefined) continue;
      sum += s;
      scored++;
    }
    if (nos.length === 0) {
      problems.push(
        problem(
          "error",
          "aspect.empty",
          `Aspek ${info.name} tidak memiliki pernyataan dalam kategorisasi: rata-ratanya tidak dapat dihitung`,
          `Aspect ${info.nameEn} has no statement in the categorisation: it has no average`,
          cell,
        ),
      );
    } else if (scored === 0) {
      problems.push(
        problem(
          "error",
          "aspect.unscored",
          `Pernyataan aspek ${info.name} (${nos.join(", ")}) belum ada yang dinilai: rata-ratanya tidak dapat dihitung`,
          `None of the statements of aspect ${info.nameEn} (${nos.join(", ")}) has a score: it has no average`,
          cell,
        ),
      );
    }
    aspects.push({
      key: info.key,
      average: scored === 0 ? null : sum / scored,
      statements: nos,
      scored,
    });
  }
  return { aspects, problems };
}
