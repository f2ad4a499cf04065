import { z } from "zod";
import { AspectKeySchema } from "./aspect";

/**
 * The program matrix: Kelompok Program (KP I..V, one per aspect) > Program (I.1) > Kegiatan
 * (I.1.1, I.1.a, 1.1.1). Each node keeps its code as written, its level, title, the units involved
 * (Pihak Terlibat / Penanggung Jawab, often several) and the periods it runs in.
 *
 * Period labels: "2022" (a year), "2022-S1" / "2022-S2" (semesters), "2022-Q1".."2022-Q4".
 *
 * @example { code: "I.1.a", level: "kegiatan", title: "Kegiatan Fasilitasi ...", units: ["BAG. ORGANISASI"],
 *            periods: ["2021", "2022"], parent: "I.1" }
 */
export const ProgramLevelSchema = z.enum(["kelompok", "program", "kegiatan"]);
export type ProgramLevel = z.infer<typeof ProgramLevelSchema>;

export const PeriodLabelSchema = z.string().regex(/^\d{4}(-(S[12]|Q[1-4]))?$/);
export type PeriodLabel = z.infer<typeof PeriodLabelSchema>;

export const ProgramNodeSchema = z.object({
  code: z.string(),
  level: ProgramLevelSchema,
  title: z.string(),
  units: z.array(z.string()).default([]),
  periods: z.array(PeriodLabelSchema).default([]),
  /** Code of the parent node, if any. */
  parent: z.string().optional(),
  /** The aspect a Kelompok Program stands for (from its title), inherited by its children. */
  aspect: AspectKeySchema.optional(),
  cell: z.string().optional(),
});
export type ProgramNode = z.infer<typeof ProgramNodeSchema>;

/** Success indicators (indikator keberhasilan) of one Kelompok Program, as text lines. */
export const SuccessIndicatorSchema = z.object({
  group: z.string(),
  aspect: AspectKeySchema.optional(),
  indicators: z.array(z.string()),
  cell: z.string().optional(),
});
export type SuccessIndicator = z.infer<typeof SuccessIndicatorSchema>;

/** Monev status of one activity in one semester. */
export const MonevStatusSchema = z.enum(["belum", "berjalan", "selesai", "tertunda"]);
export type MonevStatus = z.infer<typeof MonevStatusSchema>;

export const MonevEntrySchema = z.object({
  code: z.string(),
  period: PeriodLabelSchema,
  status: MonevStatusSchema,
  note: z.string().optional(),
  cell: z.string().optional(),
});
export type MonevEntry = z.infer<typeof MonevEntrySchema>;
