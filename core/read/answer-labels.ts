/**
 * Label answers of a form export ("Sangat Baik", "Baik", "Cukup", "Kurang") mapped to scores
 * through a label -> score table. The defaults are the common Indonesian four-point scales; the
 * user edits the table shown on "Hasil Renaksi" (read back on the next run) to change a score.
 *
 * A label can mean different scores on different scales ("Kurang" is 1 on Sangat Baik / Baik /
 * Cukup / Kurang but 2 on Sangat Baik / Baik / Kurang / Sangat Kurang), so the scale is chosen once
 * per export: the first default scale that holds every label the export uses.
 *
 * @example chooseLabelTable(["Baik", "Sangat Baik", "Cukup"]).entries
 *   // [{ label: "Sangat Baik", score: 4 }, { label: "Baik", score: 3 }, { label: "Cukup", score: 2 }, { label: "Kurang", score: 1 }]
 */
import { normalize } from "../cells/text";

export interface LabelEntry {
  label: string;
  score: number;
}

export interface LabelTable {
  /** "default:<scale name>" for a default scale, "sheet" for the user's own table. */
  source: string;
  entries: LabelEntry[];
}

/** The default scales, highest score first, in the order they are tried. */
export const DEFAULT_LABEL_SCALES: readonly { name: string; entries: readonly LabelEntry[] }[] = [
  {
    name: "baik-cukup",
    entries: [
      { label: "Sangat Baik", score: 4 },
      { label: "Baik", score: 3 },
      { label: "Cukup", score: 2 },
      { label: "Kurang", score: 1 },
    ],
  },
  {
    name: "baik-kurang",
    entries: [
      { label: "Sangat Baik", score: 4 },
      { label: "Baik", score: 3 },
      { label: "Kurang", score: 2 },
      { label: "Sangat Kurang", score: 1 },
    ],
  },
  {
    name: "setuju",
    entries: [
      { label: "Sangat Setuju", score: 4 },
      { label: "Setuju", score: 3 },
      { label: "Tidak Setuju", score: 2 },
      { label: "Sangat Tidak Setuju", score: 1 },
    ],
  },
  {
    name: "memadai",
    entries: [
      { label: "Sangat Memadai", score: 4 },
      { label: "Memadai", score: 3 },
      { label: "Kurang Memadai", score: 2 },
      { label: "Tidak Memadai", score: 1 },
    ],
  },
  {
    name: "sesuai",
    entries: [
      { label: "Sangat Sesuai", score: 4 },
      { label: "Sesuai", score: 3 },
      { label: "Kurang Sesuai", score: 2 },
      { label: "Tidak Sesuai", score: 1 },
    ],
  },
  {
    name: "frekuensi",
    entries: [
      { label: "Selalu", score: 4 },
      { label: "Sering", score: 3 },
      { label: "Jarang", score: 2 },
      { label: "Tidak Pernah", score: 1 },
    ],
  },
];

/** A label as compared: lower case, letters and spaces only ("Sangat  baik." -> "sangat baik"). */
export function labelKey(text: string): string {
  return normalize(text)
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The table that maps every label of one export: the user's own table when given, else the first
 * default scale holding all of `labels`, else the first scale (unknown labels then stay unread).
 */
export function chooseLabelTable(
  labels: readonly string[],
  own: readonly LabelEntry[] = [],
): LabelTable {
  if (own.length > 0) return { source: "sheet", entries: own.map((e) => ({ ...e })) };
  const used = new Set(labels.map(labelKey).filter((k) => k !== ""));
  const covers = (entries: readonly LabelEntry[]): number =>
    entries.filter((e) => used.has(labelKey(e.label))).length;
  const full = DEFAULT_LABEL_SCALES.find((s) => covers(s.entries) === used.size);
  const best =
    full ??
    [...DEFAULT_LABEL_SCALES].sort((a, b) => covers(b.entries) - covers(a.entries))[0] ??
    DEFAULT_LABEL_SCALES[0];
  return { source: `default:${best.name}`, entries: best.entries.map((e) => ({ ...e })) };
}

/** The score of a label in a table, or null when the table does not hold it. */
export function labelScore(table: LabelTable, text: string): number | null {
  const k = labelKey(text);
  if (k === "") return null;
  return table.entries.find((e) => labelKey(e.label) === k)?.score ?? null;
}

/** True when the text is a label of some default scale (used to recognise a form's answers). */
export function isKnownLabel(text: string): boolean {
  const k = labelKey(text);
  return DEFAULT_LABEL_SCALES.some((s) => s.entries.some((e) => labelKey(e.label) === k));
}
