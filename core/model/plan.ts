import { z } from "zod";

/**
 * The instansi profile and the plan period. Years come from the plan (Klungkung 2022-2024, Kapuas
 * 2021-2024), never fixed.
 *
 * @example { instansi: "Pemerintah Kabupaten Klungkung", startYear: 2022, endYear: 2024 }
 */
export const PlanPeriodSchema = z
  .object({
    startYear: z.number().int().min(2000).max(2100),
    endYear: z.number().int().min(2000).max(2100),
  })
  .refine((p) => p.endYear >= p.startYear, { message: "endYear < startYear" });
export type PlanPeriod = z.infer<typeof PlanPeriodSchema>;

export const InstansiProfileSchema = z.object({
  instansi: z.string().default(""),
  level: z.enum(["kabupaten", "kota", "provinsi", "kementerian", "lembaga", "lainnya"]).optional(),
  period: PlanPeriodSchema.optional(),
});
export type InstansiProfile = z.infer<typeof InstansiProfileSchema>;

/** Granularity of a timeline grid. */
export const GranularitySchema = z.enum(["year", "semester", "quarter"]);
export type Granularity = z.infer<typeof GranularitySchema>;

export function planYears(p: PlanPeriod): number[] {
  const out: number[] = [];
  for (let y = p.startYear; y <= p.endYear; y++) out.push(y);
  return out;
}
