import { z } from "zod";

/**
 * The five aspects of the SP4N-LAPOR! road map, in canonical order. The order is also the tie-break
 * order for priorities (DOMAIN.md section 5): on equal averages the earlier aspect gets the more
 * urgent (lower) priority number.
 *
 * @example ASPECTS[1].key // "sdm"
 */
export const ASPECT_KEYS = ["kelembagaan", "sdm", "data", "partisipasi", "koordinasi"] as const;
export const AspectKeySchema = z.enum(ASPECT_KEYS);
export type AspectKey = z.infer<typeof AspectKeySchema>;

export interface AspectInfo {
  key: AspectKey;
  /** Canonical order, 1..n; also the Kelompok Program roman numeral. */
  order: number;
  roman: string;
  name: string;
  nameEn: string;
  /** Short label for chart axes and narrow columns. */
  short: string;
  /**
   * Lower-case fragments that identify the aspect in a header or a row label. Matching is done on
   * normalised text (see read/text.ts); the first aspect with a matching fragment wins.
   */
  match: string[];
}

export const ASPECTS: readonly AspectInfo[] = [
  {
    key: "kelembagaan",
    order: 1,
    roman: "I",
    name: "Kebijakan & Kelembagaan",
    nameEn: "Policy & Institutions",
    short: "Kelembagaan",
    match: ["kelembaga", "kebijakan", "kelembagan"],
  },
  {
    key: "sdm",
    order: 2,
    roman: "II",
    name: "Sumber Daya Manusia",
    nameEn: "Human Resources",
    short: "SDM",
    match: ["sumber daya", "sdm"],
  },
  {
    key: "data",
    order: 3,
    roman: "III",
    name: "Pemanfaatan Data & Optimalisasi Aplikasi",
    nameEn: "Data Use & Application Optimisation",
    short: "Data & Aplikasi",
    match: ["data", "aplikasi"],
  },
  {
    key: "partisipasi",
    order: 4,
    roman: "IV",
    name: "Partisipasi Pemangku Kepentingan",
    nameEn: "Stakeholder Participation",
    short: "Partisipasi",
    match: ["partisipasi", "pertisipasi", "pemangku", "pemngku"],
  },
  {
    key: "koordinasi",
    order: 5,
    roman: "V",
    name: "Koordinasi, Pemantauan & Evaluasi",
    nameEn: "Coordination, Monitoring & Evaluation",
    short: "Koordinasi & Monev",
    match: ["koordinasi", "monev", "pemantauan", "monitoring"],
  },
];

/**
 * The aspect of that key in the list (default the five of ASPECTS).
 *
 * @example aspectInfo("sdm").name // "Sumber Daya Manusia"
 */
export function aspectInfo(key: AspectKey, aspects: readonly AspectInfo[] = ASPECTS): AspectInfo {
  const a = aspects.find((x) => x.key === key);
  if (!a) throw new RangeError(`unknown aspect ${key}`);
  return a;
}
