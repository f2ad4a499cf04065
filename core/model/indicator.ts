import { z } from "zod";

/**
 * A sasaran strategis indicator: unit, polarity (up = higher is better, down = lower is better),
 * baseline, a target for every year of the plan, and realisations as monev reports them.
 *
 * @example Cilacap: { name: "Jangka waktu penyelesaian pengaduan", unit: "hari", polarity: "down",
 *   baseline: { year: 2020, value: 2.5 }, targets: [{ year: 2021, value: 2.5 }, ...] }
 */
export const PolaritySchema = z.enum(["up", "down"]);
export type Polarity = z.infer<typeof PolaritySchema>;

export const YearValueSchema = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  cell: z.string().optional(),
});
export type YearValue = z.infer<typeof YearValueSchema>;

/**
 * A realisation reported for one semester ("2023-S1"), from a semester column of the user's
 * indicator table ("Realisasi Semester I 2023", "2023 S1", "Smt II 2024" under "Realisasi").
 */
export const SemesterValueSchema = z.object({
  semester: z.string().regex(/^\d{4}-S[12]$/),
  value: z.number().nullable(),
  cell: z.string().optional(),
});
export type SemesterValue = z.infer<typeof SemesterValueSchema>;

export const IndicatorSchema = z.object({
  name: z.string().min(1),
  sasaran: z.string().optional(),
  unit: z.string().default(""),
  polarity: PolaritySchema,
  /** True when the polarity was guessed from the wording, not given in a column. */
  polarityInferred: z.boolean().optional(),
  baseline: z.object({ year: z.number().int().nullable(), value: z.number().nullable() }),
  targets: z.array(YearValueSchema),
  realisations: z.array(YearValueSchema).default([]),
  /** Realisations per semester, when the table has semester columns (issue 10). */
  semesterRealisations: z.array(SemesterValueSchema).optional(),
  cell: z.string().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
