import type { InformasiUmumResult } from "../model/analysis";
import type { InformasiUmumYear } from "../model/informasi-umum";
import { problem, type Problem } from "../problem";
import { formatNumber } from "./scores";

/** A printed percentage may differ from the computed one by this much (0.5 percentage point). */
export const PCT_TOLERANCE = 0.005;

/**
 * Informasi umum per year (DOMAIN.md section 1): resolvedPct = resolved / received and
 * unresolvedPct = unresolved / received, as fractions 0..1 (null when received is 0 or missing).
 * Percentages are computed, never read as truth.
 *
 * Warnings, each naming the cell:
 * - `info.sum`: received != resolved + unresolved (Klungkung 22 vs 21 + 0; Cilacap 2021 86 vs
 *   79 + 6), named at the received cell;
 * - `info.pct`: a printed % differs from the computed one by more than 0.5 percentage point
 *   (Cilacap prints 0,14% for 1,14 of 114 = 1%), named at the printed % cell;
 * - `info.not-integer`: a count of complaints that is not a whole number (not raised for a table of
 *   monthly averages, `perMonth`, where Cilacap's 112,86 resolved per month is a fair figure);
 * - `info.exceeds`: more resolved (or unresolved) than received.
 *
 * @example informasiUmum([{ year: 2021, received: 6, resolved: 5, unresolved: 1 }]).results[0]
 *   // { year: 2021, received: 6, resolved: 5, unresolved: 1, resolvedPct: 0.8333..., unresolvedPct: 0.1666... }
 */
export function informasiUmum(rows: readonly InformasiUmumYear[]): {
  results: InformasiUmumResult[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const results: InformasiUmumResult[] = [];
  for (const r of rows) {
    const cells = r.cells ?? {};
    const yearId = r.year === null ? "" : ` ${r.year}`;
    const yearEn = r.year === null ? "" : ` (${r.year})`;
    const counts: Array<[keyof InformasiUmumYear & string, number | null, string, string]> = [
      ["received", r.received, "pengaduan diterima", "complaints received"],
      ["resolved", r.resolved, "pengaduan diselesaikan", "complaints resolved"],
      ["unresolved", r.unresolved, "pengaduan belum/tidak diselesaikan", "complaints not resolved"],
    ];
    for (const [field, v, id, en] of counts) {
      if (v !== null && !r.perMonth && !Number.isInteger(v)) {
        problems.push(
          problem(
            "warning",
            "info.not-integer",
            `Jumlah ${id}${yearId} tertulis ${formatNumber(v)}, bukan bilangan bulat`,
            `The number of ${en}${yearEn} is ${v}, not a whole number`,
            cells[field],
          ),
        );
      }
    }
    const pct = (part: number | null): number | null =>
      part === null || r.received === null || r.received === 0 ? null : part / r.received;
    const resolvedPct = pct(r.resolved);
    const unresolvedPct = pct(r.unresolved);
    if (r.received !== null && r.resolved !== null && r.unresolved !== null) {
      const sum = r.resolved + r.unresolved;
      if (Math.abs(sum - r.received) > 1e-9) {
        problems.push(
          problem(
            "warning",
            "info.sum",
            `Jumlah pengaduan${yearId} ${formatNumber(r.received)} tidak sama dengan diselesaikan ${formatNumber(r.resolved)} + belum diselesaikan ${formatNumber(r.unresolved)} = ${formatNumber(sum)}`,
            `Complaints received${yearEn} ${r.received} do not equal resolved ${r.resolved} + not resolved ${r.unresolved} = ${sum}`,
            cells.received ?? cells.resolved ?? cells.unresolved,
          ),
        );
      }
    }
    for (const [v, field, id, en] of [
      [r.resolved, "resolved", "diselesaikan", "resolved"],
      [r.unresolved, "unresolved", "belum diselesaikan", "not resolved"],
    ] as const) {
      if (v !== null && r.received !== null && v > r.received + 1e-9) {
        problems.push(
          problem(
            "warning",
            "info.exceeds",
            `Pengaduan ${id}${yearId} (${formatNumber(v)}) lebih banyak dari pengaduan diterima (${formatNumber(r.received)})`,
            `Complaints ${en}${yearEn} (${v}) exceed complaints received (${r.received})`,
            cells[field],
          ),
        );
      }
    }
    const printed: Array<[number | null | undefined, number | null, string, string, string]> = [
      [r.printedResolvedPct, resolvedPct, "printedResolvedPct", "diselesaikan", "resolved"],
      [
        r.printedUnresolvedPct,
        unresolvedPct,
        "printedUnresolvedPct",
        "belum diselesaikan",
        "not resolved",
      ],
    ];
    for (const [p, c, field, id, en] of printed) {
      if (p === null || p === undefined || c === null) continue;
      if (Math.abs(p - c) <= PCT_TOLERANCE + 1e-12) continue;
      problems.push(
        problem(
          "warning",
          "info.pct",
          `Persentase pengaduan ${id}${yearId} tertulis ${pctText(p)}, hasil hitung ${pctText(c)}`,
          `The percentage of complaints ${en}${yearEn} is printed as ${pctTextEn(p)}, computed ${pctTextEn(c)}`,
          cells[field] ?? cells[field === "printedResolvedPct" ? "resolved" : "unresolved"],
        ),
      );
    }
    results.push({
      year: r.year,
      received: r.received,
      monthlyAverage: monthlyAverage(r),
      perMonth: r.perMonth === true,
      resolved: r.resolved,
      unresolved: r.unresolved,
      resolvedPct,
      unresolvedPct,
    });
  }
  return { results, problems };
}

/**
 * The monthly average (rata-rata per bulan): as printed when the sheet has one, else a year's
 * received count / 12; null for a table without a year and without a printed average.
 *
 * @example monthlyAverage({ year: 2021, received: 6, ... }) // 0.5
 */
export function monthlyAverage(r: InformasiUmumYear): number | null {
  if (r.monthlyAverage !== null && r.monthlyAverage !== undefined) return r.monthlyAverage;
  if (r.year === null || r.received === null) return null;
  return r.received / MONTHS;
}

const MONTHS = 12;

function pctText(f: number): string {
  return `${formatNumber(Math.round(f * 10000) / 100)}%`;
}

function pctTextEn(f: number): string {
  return `${Math.round(f * 10000) / 100}%`;
}
