import type { AspectKey } from "./aspect";
import type { Polarity } from "./indicator";
import type { ProgramLevel, PeriodLabel } from "./program";
import type { Problem } from "../problem";
import type { FormExport, FoundTable } from "./document";

/**
 * The result of analysing a workbook: the stable contract behind `renaksi summary --json`, the
 * taskpane's analyze view and the sidebar. Numbers keep full precision; null = undefined (an aspect
 * with no statement has no average, a target of 0 on a lower-is-better indicator has no capaian).
 */
export interface AspectResult {
  key: AspectKey;
  name: string;
  /** Mean of the scores of the statements mapped to this aspect; null when none is mapped/scored. */
  average: number | null;
  /** Statement numbers mapped to this aspect. */
  statements: number[];
  /** Lowest average = 1; ties by canonical order; null when the average is null. */
  suggestedPriority: number | null;
  /** The team's chosen priority if given, else the suggested one. */
  priority: number | null;
  /** The team's written reason (alasan), "" when none. */
  reason: string;
  /** targetLevel - average; null when the average is null. */
  gap: number | null;
}

export interface StatementResult {
  no: number;
  text: string;
  /** Mean of the valid answers; null when nobody answered. */
  score: number | null;
  /** Number of valid answers. */
  respondents: number;
  min: number | null;
  max: number | null;
  /** Count of answers 1, 2, 3, 4. */
  distribution: [number, number, number, number];
  aspects: AspectKey[];
  gap: number | null;
}

export interface InformasiUmumResult {
  year: number | null;
  received: number | null;
  /** Rata-rata per bulan: as printed, else received / 12 for a year; null when neither. */
  monthlyAverage: number | null;
  /** True when the table's figures are all monthly averages (Cilacap): counts may be fractional. */
  perMonth: boolean;
  resolved: number | null;
  unresolved: number | null;
  /** resolved / received, 0..1; null when received is 0 or missing. */
  resolvedPct: number | null;
  unresolvedPct: number | null;
}

export interface IndicatorYearResult {
  year: number;
  target: number | null;
  realisasi: number | null;
  /** 0..n as a fraction (1 = 100%); null when undefined (no realisation, or target 0 on "down"). */
  capaian: number | null;
  /** Met / not met: always defined when both target and realisasi are. */
  met: boolean | null;
  /**
   * Signed like the aspect gaps: positive = shortfall still to close, negative = target exceeded.
   * up: target - realisasi (DOMAIN.md section 7); down: realisasi - target.
   */
  gap: number | null;
}

export interface IndicatorResult {
  name: string;
  unit: string;
  polarity: Polarity;
  baseline: { year: number | null; value: number | null };
  years: IndicatorYearResult[];
}

export interface ProgramResult {
  code: string;
  level: ProgramLevel;
  title: string;
  units: string[];
  periods: PeriodLabel[];
}

/** The success indicators (Indikator Keberhasilan Program) of one Kelompok Program. */
export interface SuccessIndicatorResult {
  /** The Kelompok Program as the plan names it. */
  group: string;
  /** The aspect the group serves, when its name says so; null otherwise. */
  aspect: AspectKey | null;
  indicators: string[];
  /** Where the group was read ("Program!B40"), null when unknown. */
  cell: string | null;
}

export interface Analysis {
  instansi: string;
  period: { startYear: number; endYear: number } | null;
  targetLevel: number;
  aspects: AspectResult[];
  statements: StatementResult[];
  informasiUmum: InformasiUmumResult[];
  indicators: IndicatorResult[];
  programs: ProgramResult[];
  /** Indikator Keberhasilan Program per Kelompok Program, in the plan's order. */
  successIndicators: SuccessIndicatorResult[];
  /**
   * The form export the scores came from (respondents' answers): the statement columns and the
   * header each was matched by, the label -> score table, the duplicates left out; null when the
   * workbook has none.
   */
  formExport: FormExport | null;
  problems: Problem[];
  /** Where each standard matrix was found. */
  tables: FoundTable[];
  /** "sheet" when the workbook had its own categorisation table, else "template:<id>". */
  mappingSource: string;
}
