import { z } from "zod";
import { AspectKeySchema } from "./aspect";

/**
 * Statement -> aspect mapping (kategorisasi). Many-to-many: a statement may count for several
 * aspects (Luwu maps statement 9 to Kelembagaan and SDM). It is always an input (the instansi's own
 * categorisation table, or a template default), never hard-coded in a computation.
 *
 * @example [{ no: 9, aspects: ["kelembagaan", "sdm"], cell: "Kategori!G14" }]
 */
export const MappingEntrySchema = z.object({
  no: z.number().int().positive(),
  aspects: z.array(AspectKeySchema),
  /** Where the row was read, for messages ("Kategori!A14"). */
  cell: z.string().optional(),
});
export type MappingEntry = z.infer<typeof MappingEntrySchema>;

export const MappingSchema = z.array(MappingEntrySchema);
export type Mapping = z.infer<typeof MappingSchema>;
