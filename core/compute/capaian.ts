import type { IndicatorResult, IndicatorYearResult } from "../model/analysis";
import type { Indicator, Polarity } from "../model/indicator";
import { problem, type Problem } from "../problem";

/**
 * Achievement (capaian) of one indicator in one year, exactly as PermenPANRB 6/2022 on performance
 * management defines it (DOMAIN.md section 7):
 * - up (higher is better):   capaian = realisasi / target
 * - down (lower is better):  capaian = 1 + (1 - realisasi / target)
 * as a fraction (1 = 100%). `met` is realisasi >= target (up) or realisasi <= target (down).
 * `gap` is signed so that a positive value is a shortfall still to close: up target - realisasi,
 * down realisasi - target.
 *
 * A target of 0 has no ratio: capaian is null and only `met` is reported (down: realisasi <= 0;
 * up: realisasi >= 0). A missing target or realisation gives null capaian, met and gap.
 *
 * @example capaian(7, 6.5, "down") // { capaian: 1.0714..., met: true, gap: -0.5 }  (Cilacap, 107%)
 * @example capaian(35, 40, "up")   // { capaian: 1.142857..., met: true, gap: -5 }
 */
export function capaian(
  target: number | null,
  realisasi: number | null,
  polarity: Polarity,
): { capaian: number | null; met: boolean | null; gap: number | null } {
  if (target === null || realisasi === null || !isFinite(target) || !isFinite(realisasi)) {
    return { capaian: null, met: null, gap: null };
  }
  if (polarity === "up") {
    return {
      capaian: target === 0 ? null : realisasi / target,
      met: realisasi >= target,
      gap: target - realisasi,
    };
  }
  return {
    capaian: target === 0 ? null : 1 + (1 - realisasi / target),
    met: realisasi <= target,
    gap: realisasi - target,
  };
}

/**
 * Per-year results of every indicator: one row per year that has a target or a realisation,
 * sorted by year, with capaian / met / gap (see `capaian`). Problems (warnings): a polarity that
 * was inferred (`indicator.polarity-inferred`), a realisation without a target for its year
 * (`indicator.no-target`), a negative target (`indicator.negative-target`), a year given twice
 * (`indicator.duplicate-year`). Each names the indicator's or the value's cell when known.
 *
 * @example indicatorResults([cilacapUnresolved]).results[0].years[0] // { year: 2021, target: 6, ... }
 */
export function indicatorResults(indicators: readonly Indicator[]): {
  results: IndicatorResult[];
  problems: Problem[];
} {
  const results: IndicatorResult[] = [];
  const problems: Problem[] = [];
  for (const ind of indicators) {
    if (ind.polarityInferred) {
      problems.push(
        problem(
          "warning",
          "indicator.polarity-inferred",
          `Arah indikator "${ind.name}" ditebak dari namanya: ${ind.polarity === "down" ? "semakin rendah semakin baik" : "semakin tinggi semakin baik"}; periksa dan tambahkan kolom Polaritas bila keliru`,
          `The direction of indicator "${ind.name}" was guessed from its name: ${ind.polarity === "down" ? "lower is better" : "higher is better"}; check it and add a Polarity column if wrong`,
          ind.cell,
        ),
      );
    }
    const targets = new Map<number, { value: number | null; cell?: string }>();
    const reals = new Map<number, { value: number | null; cell?: string }>();
    const collect = (
      list: Indicator["targets"],
      into: Map<number, { value: number | null; cell?: string }>,
      what: [string, string],
    ): void => {
      for (const yv of list) {
        if (into.has(yv.year)) {
          problems.push(
            problem(
              "warning",
              "indicator.duplicate-year",
              `${what[0]} tahun ${yv.year} untuk indikator "${ind.name}" tertulis dua kali; yang pertama dipakai`,
              `${what[1]} for ${yv.year} of indicator "${ind.name}" is given twice; the first one is used`,
              yv.cell ?? ind.cell,
            ),
          );
          continue;
        }
        into.set(yv.year, { value: yv.value, cell: yv.cell });
      }
    };
    collect(ind.targets, targets, ["Target", "The target"]);
    collect(ind.realisations ?? [], reals, ["Realisasi", "The realisation"]);
    const years = [...new Set([...targets.keys(), ...reals.keys()])].sort((a, b) => a - b);
    const rows: IndicatorYearResult[] = [];
    for (const year of years) {
      const t = targets.get(year);
      const r = reals.get(year);
      const target = t?.value ?? null;
      const realisasi = r?.value ?? null;
      if (target !== null && target < 0) {
        problems.push(
          problem(
            "warning",
            "indicator.negative-target",
            `Target ${year} indikator "${ind.name}" negatif (${target})`,
            `The ${year} target of indicator "${ind.name}" is negative (${target})`,
            t?.cell ?? ind.cell,
          ),
        );
      }
      if (realisasi !== null && target === null) {
        problems.push(
          problem(
            "warning",
            "indicator.no-target",
            `Realisasi ${year} indikator "${ind.name}" tidak punya target: capaian tidak dapat dihitung`,
            `The ${year} realisation of indicator "${ind.name}" has no target: no capaian can be computed`,
            r?.cell ?? ind.cell,
          ),
        );
      }
      rows.push({ year, target, realisasi, ...capaian(target, realisasi, ind.polarity) });
    }
    results.push({
      name: ind.name,
      unit: ind.unit ?? "",
      polarity: ind.polarity,
      baseline: { year: ind.baseline.year, value: ind.baseline.value },
      years: rows,
    });
  }
  return { results, problems };
}
