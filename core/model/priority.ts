import { z } from "zod";
import { ASPECTS, AspectKeySchema } from "./aspect";

/**
 * A priority the team chose for an aspect after discussion (may differ from the suggested one), with
 * its written reason (alasan). Priority 1 = most in need of improvement.
 *
 * @example { aspect: "partisipasi", priority: 1, reason: "Tingkat awareness ...", cell: "Prioritas!C8" }
 */
export const PriorityChoiceSchema = z.object({
  aspect: AspectKeySchema,
  priority: z.number().int().min(1).max(ASPECTS.length).nullable(),
  reason: z.string().default(""),
  /**
   * The aspect average as printed next to the priority (Klungkung's "Nilai Prioritas" 3,1; Sumatera
   * Barat's 2,2), if any: compared with the computed average, or used when there are no scores.
   */
  printedAverage: z.number().nullable().optional(),
  cell: z.string().optional(),
});
export type PriorityChoice = z.infer<typeof PriorityChoiceSchema>;
