import { z } from "zod";

/**
 * The raw answers for one statement: one value per respondent (a self-assessment matrix is a single
 * respondent). `null` means not answered (blank), never zero. Values are kept as read so that
 * out-of-range answers can be reported, not clipped.
 *
 * @example { no: 1, answers: [3, 4, null], cells: ["R!C2", "R!C3", "R!C4"] }
 */
export const StatementAnswersSchema = z.object({
  no: z.number().int().positive(),
  answers: z.array(z.number().nullable()),
  /** Source cell of each answer, same length as `answers` when known. */
  cells: z.array(z.string()).optional(),
  /**
   * How the score is laid out in the sheet, so a layout can write a live formula over it:
   * marks = one mark in one of four columns (range = the 4 cells); value = one cell holding 1-4;
   * responses = a column of respondents' answers (range = the column's cells).
   */
  source: z
    .object({
      kind: z.enum(["marks", "value", "responses"]),
      sheet: z.string(),
      row: z.number().int().positive(),
      col: z.number().int().positive(),
      rows: z.number().int().positive(),
      cols: z.number().int().positive(),
      /** Absolute rows inside the range left out (a duplicate submission replaced by a later one). */
      skipRows: z.array(z.number().int().positive()).optional(),
    })
    .optional(),
});
export type StatementAnswers = z.infer<typeof StatementAnswersSchema>;
