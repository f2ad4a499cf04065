import { z } from "zod";

/**
 * Informasi umum for one year: complaints received, monthly average, resolved and not resolved
 * (in process). Percentages are computed, never read as truth; printed ones are kept to compare.
 *
 * @example { year: 2021, received: 6, resolved: 5, unresolved: 1 }  // Luwu: 83% / 17%
 */
export const InformasiUmumYearSchema = z.object({
  year: z.number().int().nullable(),
  received: z.number().nonnegative().nullable(),
  monthlyAverage: z.number().nonnegative().nullable().optional(),
  resolved: z.number().nonnegative().nullable(),
  unresolved: z.number().nonnegative().nullable(),
  /**
   * True when every figure of the table is a monthly average (Cilacap prints the average received
   * per month, 114, with 112,86 resolved): counts may then be fractional.
   */
  perMonth: z.boolean().optional(),
  /** Percentages as printed in the sheet (0..1), if any, to check against the counts. */
  printedResolvedPct: z.number().nullable().optional(),
  printedUnresolvedPct: z.number().nullable().optional(),
  /** Source cells keyed by field, for messages. */
  cells: z.record(z.string(), z.string()).optional(),
});
export type InformasiUmumYear = z.infer<typeof InformasiUmumYearSchema>;
