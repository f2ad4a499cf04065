import { z } from "zod";
import { StatementSchema } from "./statement";
import { StatementAnswersSchema } from "./answers";
import { MappingSchema } from "./mapping";
import { PriorityChoiceSchema } from "./priority";
import { InformasiUmumYearSchema } from "./informasi-umum";
import { IndicatorSchema } from "./indicator";
import { MonevEntrySchema, ProgramNodeSchema, SuccessIndicatorSchema } from "./program";
import { InstansiProfileSchema } from "./plan";

/** The kinds of standard Renaksi matrices a reader can find on a sheet. */
export const TableKindSchema = z.enum([
  "assessment", // No | Pertanyaan/Pernyataan | Nilai 1 2 3 4 (marks) or a single Nilai column
  "categorisation", // assessment columns + the five aspect columns with ✓
  "responses", // one row per respondent, one column per statement number
  "priority", // Aspek | Prioritas (1..5 or a single number) | Alasan
  "informasiUmum", // Uraian / Pernyataan | Jumlah | % (one pair per year)
  "indicators", // Indikator | Baseline YYYY | Target YYYY... [| Realisasi YYYY...]
  "programs", // No | Kelompok Program/Program/Kegiatan | Waktu YYYY... | Pihak Terlibat
  "successIndicators", // No | Kelompok Program | Indikator Keberhasilan
  "monev", // Kode | Semester columns with status
]);
export type TableKind = z.infer<typeof TableKindSchema>;

/** Where a table was found: its sheet and the A1 rectangle (absolute, 1-based). */
export const FoundTableSchema = z.object({
  kind: TableKindSchema,
  sheet: z.string(),
  row: z.number().int().positive(),
  col: z.number().int().positive(),
  rows: z.number().int().positive(),
  cols: z.number().int().positive(),
  /** "Sheet!A3:G30" */
  range: z.string(),
});
export type FoundTable = z.infer<typeof FoundTableSchema>;

/**
 * A form export (one row per respondent) as read: the statement columns with the header each was
 * matched by, the label -> score table used, duplicates left out. Shown to the user so a match or
 * a label score can be checked.
 */
export const FormExportSchema = z.object({
  range: z.string(),
  respondents: z.number().int().nonnegative(),
  /** True when the statement columns were matched by their text (no numbers in the headers). */
  byText: z.boolean(),
  columns: z.array(
    z.object({
      no: z.number().int().positive(),
      header: z.string(),
      cell: z.string(),
      /** 1 = the same text once normalised; below 1 = a near match (spelling). */
      similarity: z.number().nullable(),
    }),
  ),
  labels: z
    .object({
      source: z.string(),
      entries: z.array(z.object({ label: z.string(), score: z.number() })),
      counts: z.record(z.string(), z.number()),
    })
    .nullable(),
  duplicates: z.array(z.object({ kept: z.number(), dropped: z.number(), who: z.string() })),
});
export type FormExport = z.infer<typeof FormExportSchema>;

/**
 * Everything the readers found in a workbook, as typed data. Produced by read/, consumed by
 * compute/ and layout/. A part that was not found is an empty array (or null for the mapping).
 */
export const RenaksiDocumentSchema = z.object({
  profile: InstansiProfileSchema,
  statements: z.array(StatementSchema),
  answers: z.array(StatementAnswersSchema),
  /** The instansi's own categorisation, or null when the workbook has none. */
  mapping: MappingSchema.nullable(),
  priorities: z.array(PriorityChoiceSchema),
  informasiUmum: z.array(InformasiUmumYearSchema),
  indicators: z.array(IndicatorSchema),
  programs: z.array(ProgramNodeSchema),
  successIndicators: z.array(SuccessIndicatorSchema),
  monev: z.array(MonevEntrySchema),
  tables: z.array(FoundTableSchema),
  /** The first form export read (respondents' answers), absent when the workbook has none. */
  formExport: FormExportSchema.optional(),
});
export type RenaksiDocument = z.infer<typeof RenaksiDocumentSchema>;

export function emptyDocument(): RenaksiDocument {
  return {
    profile: { instansi: "" },
    statements: [],
    answers: [],
    mapping: null,
    priorities: [],
    informasiUmum: [],
    indicators: [],
    programs: [],
    successIndicators: [],
    monev: [],
    tables: [],
  };
}
