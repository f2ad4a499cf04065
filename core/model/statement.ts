import { z } from "zod";
import { AspectKeySchema } from "./aspect";

/**
 * One self-assessment statement (pernyataan / pertanyaan), numbered as in the instansi's matrix.
 * `group` is the aspect heading it sits under when the list is grouped (Klungkung).
 *
 * @example { no: 1, text: "Sistem pengelolaan pengaduan dapat diakses ...", group: undefined }
 */
export const StatementSchema = z.object({
  no: z.number().int().positive(),
  text: z.string(),
  group: AspectKeySchema.optional(),
});
export type Statement = z.infer<typeof StatementSchema>;

export const StatementSetIdSchema = z.enum(["juknis22", "klungkung20", "custom"]);
export type StatementSetId = z.infer<typeof StatementSetIdSchema>;

export const StatementSetSchema = z.object({
  id: StatementSetIdSchema,
  statements: z.array(StatementSchema).min(1),
});
export type StatementSet = z.infer<typeof StatementSetSchema>;

/** The assessment scale: 1 lowest, 4 highest. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 4;
