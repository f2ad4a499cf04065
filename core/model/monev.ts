import { z } from "zod";
import { AspectKeySchema } from "./aspect";
import { PolaritySchema } from "./indicator";
import { MonevStatusSchema, PeriodLabelSchema } from "./program";
import type { Problem } from "../problem";

/**
 * The semester monev cycle (issue 10): what the analyst types per activity and semester, and the
 * report core computes from it. The report is the stable contract behind `renaksi monev --json`,
 * the taskpane's and the sidebar's Monev view, and the "Monev Renaksi" sheet's `expected` values.
 *
 * Semester labels are the model's period labels ("2023-S1"); an activity is a leaf of the program
 * tree (a Kegiatan, or a Program / Kelompok with nothing under it).
 *
 * @example
 *   { semester: "2023-S1", overall: { planned: 12, selesai: 7, berjalan: 2, tertunda: 1, belum: 2,
 *     selesaiPct: 0.5833, outsidePlan: 0 }, ... }
 */

/** What the user typed for one activity in one semester (status as written, plus the notes). */
export const MonevInputSchema = z.object({
  /** The status word as typed ("selesai", "done", "sudah?"): kept as typed when unknown. */
  statusText: z.string().default(""),
  /** realisasi / output */
  output: z.string().default(""),
  kendala: z.string().default(""),
  tindakLanjut: z.string().default(""),
  /** A link or a reference to the evidence. */
  bukti: z.string().default(""),
  /** Where the status was typed ("'Monev Renaksi'!H12"). */
  cell: z.string().optional(),
});
export type MonevInput = z.infer<typeof MonevInputSchema>;

/** The five counts of one semester for a set of activities, and the share done of those planned. */
export const MonevCountsSchema = z.object({
  /** Activities planned in the semester (from the program matrix's marks). */
  planned: z.number().int(),
  /** Of the planned ones: selesai, berjalan, tertunda; belum = planned minus those three. */
  selesai: z.number().int(),
  berjalan: z.number().int(),
  tertunda: z.number().int(),
  belum: z.number().int(),
  /** selesai / planned, 0..1; null when nothing is planned. */
  selesaiPct: z.number().nullable(),
  /** Activities marked selesai in a semester they were not planned in. */
  outsidePlan: z.number().int(),
});
export type MonevCounts = z.infer<typeof MonevCountsSchema>;

/** One activity's monev across the plan's semesters. */
export const MonevActivitySchema = z.object({
  /** The key inputs are kept under: the code, or "#title" when there is none. */
  key: z.string(),
  code: z.string(),
  title: z.string(),
  units: z.array(z.string()),
  /** Code of the Kelompok Program it belongs to ("" when none). */
  kelompok: z.string(),
  aspect: AspectKeySchema.nullable(),
  /** Semesters the activity is planned in (own marks, else its nearest marked ancestor's). */
  planned: z.array(PeriodLabelSchema),
  /** Status per semester (canonical word); absent = nothing typed (or an unknown word). */
  status: z.record(z.string(), MonevStatusSchema),
  inputs: z.record(z.string(), MonevInputSchema),
  /** Where the status came from in the user's own monev table, per semester ("Monev!D7"). */
  source: z.record(z.string(), z.string()),
  /** The program matrix cell of the activity. */
  cell: z.string().optional(),
  /** Its status cell for the reported semester in "Monev Renaksi" (set when the layout placed it). */
  statusCell: z.string().optional(),
});
export type MonevActivity = z.infer<typeof MonevActivitySchema>;

/** Status of an indicator's capaian: >= 100% tercapai, 80-99% hampir, < 80% belum. */
export const CapaianStatusSchema = z.enum(["tercapai", "hampir", "belum"]);
export type CapaianStatus = z.infer<typeof CapaianStatusSchema>;

/**
 * How an indicator is reported: once a year, or per semester (then it has a row per semester of
 * the plan besides its yearly rows). See core/compute/monev-indicators.ts for the rule.
 */
export const IndicatorPeriodSchema = z.enum(["tahunan", "semester"]);
export type IndicatorPeriod = z.infer<typeof IndicatorPeriodSchema>;

/**
 * One indicator in one year, or in one semester of a year (`semester` set: "2023-S1"; its capaian
 * is measured against the year's target), with where its realisation comes from.
 */
export const MonevIndicatorSchema = z.object({
  name: z.string(),
  unit: z.string(),
  polarity: PolaritySchema,
  year: z.number().int(),
  /** The semester of a semester row ("2023-S1"); absent on a yearly row. */
  semester: z.string().optional(),
  /** How the indicator is reported (every row of an indicator carries the same value). */
  period: IndicatorPeriodSchema.optional(),
  target: z.number().nullable(),
  realisasi: z.number().nullable(),
  capaian: z.number().nullable(),
  met: z.boolean().nullable(),
  gap: z.number().nullable(),
  status: CapaianStatusSchema.nullable(),
  /** The user's target cell, when the indicator table has one. */
  targetCell: z.string().optional(),
  /** "table": read from the user's indicator table (realisasiCell); "input": typed in Monev Renaksi. */
  realisasiFrom: z.enum(["table", "input"]),
  realisasiCell: z.string().optional(),
});
export type MonevIndicator = z.infer<typeof MonevIndicatorSchema>;

export interface MonevGroupCounts {
  /** Kelompok code ("KP I", "1") or aspect key. */
  key: string;
  name: string;
  /** Counts per semester label. */
  counts: Record<string, MonevCounts>;
}

/** Everything the monev cycle computes for a workbook. */
export interface MonevReport {
  instansi: string;
  /** Every semester of the plan, in order ("2023-S1", "2023-S2", ...). */
  semesters: string[];
  /** The semester reported (chosen, or the latest with any status, or the first). */
  semester: string;
  activities: MonevActivity[];
  /** Counts per semester over every activity. */
  overall: Record<string, MonevCounts>;
  byKelompok: MonevGroupCounts[];
  /** The five aspects, canonical order (an aspect with no activity has planned 0). */
  byAspect: MonevGroupCounts[];
  indicators: MonevIndicator[];
  /** Planned in the reported semester and not selesai (belum, berjalan, tertunda or blank). */
  lagging: { code: string; title: string; status: string; cell?: string }[];
  problems: Problem[];
}

/** One file's line in a province roll-up (`renaksi monev A.xlsx B.xlsx`). */
export interface MonevRollupFile {
  file: string;
  instansi: string;
  semester: string;
  /** null when the file could not be reported (its problems say why). */
  overall: MonevCounts | null;
  /** % selesai per aspect key in the file's reported semester (null: nothing planned). */
  byAspect: Record<string, number | null>;
}

/** The roll-up of several files: % selesai per file and aspect, indicators that fall short. */
export interface MonevRollup {
  files: MonevRollupFile[];
  /** Indicators below 100% in the year of each file's reported semester. */
  shortfall: (MonevIndicator & { file: string; instansi: string })[];
}
