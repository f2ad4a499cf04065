import type { CellValue } from "../grid";
import { problem, type Problem } from "../problem";
import type { Indicator } from "../model/indicator";
import type { CapaianStatus, IndicatorPeriod, MonevIndicator } from "../model/monev";
import { parseNumber } from "../cells/values";
import { normalize } from "../cells/text";
import { capaian, indicatorResults } from "./capaian";

/**
 * The indicators of the semester monev cycle (issue 10, item 2): per year, and per semester where
 * the indicator is reported so, with capaian by polarity (PermenPANRB 6/2022, always through
 * `capaian` / `indicatorResults` in core/compute/capaian.ts), gap and a status word.
 *
 * THE RULE: an indicator is reported per semester ("Semester") when
 *   1. its row in the user's indicator table has a semester realisation ("Realisasi Semester I
 *      2023", "2023 S1", "Smt II 2024" ...: core/read/indicators.ts); the table wins, always; else
 *   2. its Periode cell in "Monev Renaksi" section 4 says so: "Semester" or "Tahunan" (the
 *      analyst's choice, kept across re-runs; English "semester" / "yearly" are read too); else
 *   3. (Periode blank) a semester realisation was typed in a semester row of "Monev Renaksi".
 * Otherwise it is reported per year ("Tahunan"). A semester indicator keeps its yearly rows and
 * gets, under each plan year, one row per semester of that year; a semester's capaian is measured
 * against the YEAR's target (so write where the indicator stands at the end of the semester: for a
 * count, the year's cumulative count so far). Semester realisations typed for an indicator set
 * back to "Tahunan" are not rewritten: a warning names each cell.
 *
 * @example
 *   monevIndicators([cilacapDays], kept, [2021], [2021-S1, 2021-S2], problems).map((r) => r.semester)
 *   // [undefined, "2021-S1", "2021-S2"]   (the yearly row, then the two semester rows)
 */

/** What a previous run's "Monev Renaksi" holds for the indicators (core/api/kept-monev.ts). */
export interface IndicatorKept {
  /** indicator name -> year -> realisation typed on its yearly row (raw value + its cell). */
  realisations: Map<string, Map<number, { value: CellValue; cell: string }>>;
  /** indicator name -> semester label ("2023-S1") -> realisation typed on its semester row. */
  semesterRealisations: Map<string, Map<string, { value: CellValue; cell: string }>>;
  /** indicator name -> the Periode cell as typed ("Semester", "Tahunan"). */
  periods: Map<string, { text: string; cell: string }>;
}

/** The status of a capaian: >= 100% tercapai, >= 80% hampir, else belum; met decides a 0 target. */
export function capaianStatus(capaian: number | null, met: boolean | null): CapaianStatus | null {
  if (capaian === null) return met === null ? null : met ? "tercapai" : "belum";
  if (capaian >= 1) return "tercapai";
  if (capaian >= 0.8) return "hampir";
  return "belum";
}

/**
 * A Periode word as typed, or null: "Semester", "per semester", "semesteran", "smt", "half-year"
 * -> "semester"; "Tahunan", "tahun", "per tahun", "yearly", "annual" -> "tahunan".
 *
 * @example parseIndicatorPeriod("Semesteran") // "semester"
 */
export function parseIndicatorPeriod(text: string): IndicatorPeriod | null {
  const t = normalize(text).replace(/^per\s+/, "");
  if (/^(semester|semesteran|smt|sem|half[- ]?year(ly)?|six[- ]monthly)$/.test(t))
    return "semester";
  if (/^(tahunan|tahun|thn|yearly|year|annual|annually)$/.test(t)) return "tahunan";
  return null;
}

/** A realisation typed in the Monev sheet as a number (Indonesian writing accepted), or an error. */
function typedRealisation(
  ind: Indicator,
  raw: { value: CellValue; cell: string },
  problems: Problem[],
): number | null {
  if (raw.value === null || raw.value === "") return null;
  const n = parseNumber(raw.value);
  if (!n) {
    problems.push(
      problem(
        "error",
        "monev.realisation-nan",
        `Realisasi "${String(raw.value)}" indikator "${ind.name}" bukan angka`,
        `Realisation "${String(raw.value)}" of indicator "${ind.name}" is not a number`,
        raw.cell,
      ),
    );
    return null;
  }
  const pct = ind.unit === "%" || ind.unit === "persen";
  return pct && !n.percent && Math.abs(n.value) > 1 ? n.value / 100 : n.value;
}

const blank = (v: CellValue): boolean => v === null || v === "" || String(v).trim() === "";

/** How one indicator is reported (THE RULE above), with a warning for an unknown Periode word. */
export function indicatorPeriod(
  ind: Indicator,
  kept: IndicatorKept,
  problems: Problem[],
): IndicatorPeriod {
  const typed = kept.periods.get(ind.name);
  const word = typed ? parseIndicatorPeriod(typed.text) : null;
  if (typed && word === null && typed.text.trim() !== "") {
    problems.push(
      problem(
        "warning",
        "monev.unknown-period",
        `Periode "${typed.text}" indikator "${ind.name}" tidak dikenali; gunakan Tahunan / Semester`,
        `Period "${typed.text}" of indicator "${ind.name}" is not recognised; use Tahunan / Semester (yearly / semester)`,
        typed.cell,
      ),
    );
  }
  if ((ind.semesterRealisations ?? []).some((v) => v.value !== null)) return "semester";
  if (word !== null) return word;
  const typedSem = [...(kept.semesterRealisations.get(ind.name)?.values() ?? [])];
  return typedSem.some((v) => !blank(v.value)) ? "semester" : "tahunan";
}

/** Semester rows of one indicator in one year, against the year's target (see THE RULE). */
function semesterRows(
  ind: Indicator,
  yearRow: Omit<MonevIndicator, "semester"> | undefined,
  year: number,
  semesters: readonly string[],
  kept: IndicatorKept,
  problems: Problem[],
): MonevIndicator[] {
  const target = yearRow?.target ?? ind.targets.find((t) => t.year === year)?.value ?? null;
  const targetCell = ind.targets.find((t) => t.year === year)?.cell;
  const typed = kept.semesterRealisations.get(ind.name);
  return semesters
    .filter((s) => s.startsWith(`${year}-`))
    .map((s) => {
      const own = ind.semesterRealisations?.find((v) => v.semester === s && v.value !== null);
      const raw = typed?.get(s);
      const realisasi = own ? own.value : raw ? typedRealisation(ind, raw, problems) : null;
      if (realisasi !== null && target === null) {
        problems.push(
          problem(
            "warning",
            "indicator.no-target",
            `Realisasi ${s.replace("-", " ")} indikator "${ind.name}" tidak punya target ${year}: capaian tidak dapat dihitung`,
            `The ${s.replace("-", " ")} realisation of indicator "${ind.name}" has no ${year} target: no capaian can be computed`,
            own?.cell ?? raw?.cell ?? ind.cell,
          ),
        );
      }
      const c = capaian(target, realisasi, ind.polarity);
      const row: MonevIndicator = {
        name: ind.name,
        unit: ind.unit ?? "",
        polarity: ind.polarity,
        year,
        semester: s,
        period: "semester",
        target,
        realisasi,
        ...c,
        status: capaianStatus(c.capaian, c.met),
        realisasiFrom: own ? "table" : "input",
      };
      if (targetCell) row.targetCell = targetCell;
      if (own?.cell) row.realisasiCell = own.cell;
      return row;
    });
}

/** Typed semester realisations of an indicator now reported per year: not rewritten, said. */
function droppedSemesters(ind: Indicator, kept: IndicatorKept, problems: Problem[]): void {
  for (const [s, raw] of kept.semesterRealisations.get(ind.name) ?? []) {
    if (blank(raw.value)) continue;
    problems.push(
      problem(
        "warning",
        "monev.semester-realisation-dropped",
        `Realisasi ${s.replace("-", " ")} indikator "${ind.name}" tidak ditulis ulang: Periode indikator ini Tahunan (pilih Semester untuk menyimpannya)`,
        `The ${s.replace("-", " ")} realisation of indicator "${ind.name}" is not rewritten: the indicator's Periode is Tahunan (choose Semester to keep it)`,
        raw.cell,
      ),
    );
  }
}

/**
 * Indicator rows for the Monev sheet: every indicator x every plan year that has a target or a
 * realisation (its yearly row), followed, for an indicator reported per semester, by one row per
 * semester of that year. A yearly realisation comes from the user's indicator table when it has
 * one for the year, else from what was typed in "Monev Renaksi"; a semester's likewise. Capaian,
 * met and gap come from `indicatorResults` / `capaian` (core/compute/capaian.ts), never by hand.
 */
export function monevIndicators(
  indicators: readonly Indicator[],
  kept: IndicatorKept,
  years: readonly number[],
  semesters: readonly string[],
  problems: Problem[],
): MonevIndicator[] {
  const merged: Indicator[] = indicators.map((ind) => {
    const typed = kept.realisations.get(ind.name);
    const fromTable = new Set(ind.realisations.filter((r) => r.value !== null).map((r) => r.year));
    const extra = [...(typed ?? [])]
      .filter(([year]) => !fromTable.has(year) && years.includes(year))
      .map(([year, raw]) => ({ year, value: typedRealisation(ind, raw, problems) }))
      .filter((r) => r.value !== null);
    return {
      ...ind,
      realisations: [...ind.realisations.filter((r) => r.value !== null), ...extra],
    };
  });
  const { results } = indicatorResults(merged);
  const out: MonevIndicator[] = [];
  results.forEach((res, i) => {
    const ind = indicators[i];
    const period = indicatorPeriod(ind, kept, problems);
    if (period === "tahunan") droppedSemesters(ind, kept, problems);
    const semYears = new Set(
      period === "semester"
        ? [
            ...res.years.map((y) => y.year),
            ...(ind.semesterRealisations ?? []).map((v) => Number(v.semester.slice(0, 4))),
            ...[...(kept.semesterRealisations.get(ind.name)?.keys() ?? [])].map((s) =>
              Number(s.slice(0, 4)),
            ),
          ]
        : [],
    );
    for (const year of years) {
      const y = res.years.find((x) => x.year === year);
      let yearRow: MonevIndicator | undefined;
      if (y) {
        const tableReal = ind.realisations.find((r) => r.year === y.year && r.value !== null);
        yearRow = {
          name: res.name,
          unit: res.unit,
          polarity: res.polarity,
          year: y.year,
          period,
          target: y.target,
          realisasi: y.realisasi,
          capaian: y.capaian,
          met: y.met,
          gap: y.gap,
          status: capaianStatus(y.capaian, y.met),
          realisasiFrom: tableReal ? "table" : "input",
        };
        const tCell = ind.targets.find((t) => t.year === y.year)?.cell;
        if (tCell) yearRow.targetCell = tCell;
        if (tableReal?.cell) yearRow.realisasiCell = tableReal.cell;
        out.push(yearRow);
      }
      if (semYears.has(year)) {
        out.push(...semesterRows(ind, yearRow, year, semesters, kept, problems));
      }
    }
  });
  return out;
}

/**
 * The rows the chosen semester reports, one per indicator (first-seen order): the semester's row
 * for an indicator reported per semester, else the row of the semester's year. What the text
 * report prints, the capaian chart draws and the roll-up's shortfall lists. Each comes with its
 * index in `indicators` (the layout's row offset).
 *
 * @example reportedIndicators(report.indicators, "2022-S1").map((x) => x.row.semester ?? x.row.year)
 *   // [2022, 2022, 2022, 2022, "2022-S1"]
 */
export function reportedIndicators(
  indicators: readonly MonevIndicator[],
  semester: string,
): { name: string; index: number; row: MonevIndicator }[] {
  const year = Number(semester.slice(0, 4));
  const names = [...new Set(indicators.map((i) => i.name))];
  const out: { name: string; index: number; row: MonevIndicator }[] = [];
  for (const name of names) {
    let index = indicators.findIndex((x) => x.name === name && x.semester === semester);
    if (index < 0) {
      index = indicators.findIndex((x) => x.name === name && x.year === year && !x.semester);
    }
    if (index >= 0) out.push({ name, index, row: indicators[index] });
  }
  return out;
}
