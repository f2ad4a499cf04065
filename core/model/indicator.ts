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
  cell: z.string().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
