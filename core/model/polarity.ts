import type { Polarity } from "./indicator";

/*
 * How an indicator's polarity is guessed from its wording when the sheet has no polarity column.
 * It sits in model/, below read/ and compute/, so the reader (read/indicators.ts, which flags the
 * guess) uses it without reaching into compute/.
 */

/**
 * Wording that marks a lower-is-better indicator, matched on lower-case text with single spaces.
 * "hari", "jam" and "menit" are matched as whole words (a duration).
 */
const DOWN_PHRASES = [
  "belum diselesaikan",
  "belum selesai",
  "tidak dapat diselesaikan",
  "tidak dapat di selesaikan",
  "tidak diselesaikan",
  "jangka waktu",
  "waktu penyelesaian",
  "waktu tanggap",
  "waktu respon",
  "tunggakan",
];
const DOWN_WORDS = ["hari", "jam", "menit"];

export interface InferredPolarity {
  polarity: Polarity;
  /** Always true: the polarity was guessed from the wording, the user should confirm it. */
  polarityInferred: true;
  /** The phrase that decided "down", or null when none matched (then "up"). */
  keyword: string | null;
}

/**
 * Guess an indicator's polarity from its name and unit when the sheet has no polarity column:
 * "belum diselesaikan", "tidak dapat diselesaikan", "jangka waktu", "waktu penyelesaian", a unit
 * or word "hari"/"jam"/"menit" (a whole word: "sehari-hari" does not count) -> down; anything else -> up. Always flagged as inferred.
 *
 * @example inferPolarity("Jangka waktu penyelesaian pengaduan", "hari").polarity // "down"
 * @example inferPolarity("Jumlah Pengaduan yang Diterima", "pengaduan").polarity // "up"
 */
export function inferPolarity(name: string, unit = ""): InferredPolarity {
  const text = ` ${`${name} ${unit}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, " ")
    .trim()} `;
  for (const p of DOWN_PHRASES) {
    if (text.includes(` ${p} `)) return { polarity: "down", polarityInferred: true, keyword: p };
  }
  for (const w of DOWN_WORDS) {
    if (text.includes(` ${w} `)) return { polarity: "down", polarityInferred: true, keyword: w };
  }
  return { polarity: "up", polarityInferred: true, keyword: null };
}
