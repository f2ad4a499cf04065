/**
 * Terminal formatting: Indonesian number style (decimal comma, dot for thousands) and plain
 * aligned tables. Only for what a person reads; JSON output keeps raw numbers.
 *
 * @example
 *   formatNumber(19 / 6)      // "3,17"
 *   formatPercent(5 / 6)      // "83,33%"
 *   formatNumber(1234.5, 2, "en") // "1,234.50"
 */
import * as path from "node:path";
import { type Locale, fillPlaceholders } from "../core";

export function formatNumber(
  v: number | null | undefined,
  digits = 2,
  locale: Locale = "id",
): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "-";
  const [int, frac] = Math.abs(v).toFixed(digits).split(".");
  const group = locale === "id" ? "." : ",";
  const dec = locale === "id" ? "," : ".";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = v < 0 && Number(`${int}.${frac ?? 0}`) !== 0 ? "-" : "";
  return `${sign}${grouped}${frac !== undefined ? dec + frac : ""}`;
}

/** A fraction (0..1) as a percentage: 0.8333 -> "83,33%". */
export function formatPercent(
  v: number | null | undefined,
  digits = 2,
  locale: Locale = "id",
): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "-";
  return `${formatNumber(v * 100, digits, locale)}%`;
}

/** A count or a year: no decimals, grouped. */
export function formatInteger(v: number | null | undefined, locale: Locale = "id"): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "-";
  return Number.isInteger(v) ? formatNumber(v, 0, locale) : formatNumber(v, 2, locale);
}

/** Display width of a string (code points; the statement texts are Latin). */
const width = (s: string): number => [...s].length;

/**
 * An aligned text table; `right` marks the numeric columns. Cells longer than `maxWidth` are cut
 * with "…".
 */
export function table(
  head: string[],
  rows: string[][],
  right: boolean[] = [],
  maxWidth = 48,
): string {
  const cut = (s: string): string =>
    width(s) > maxWidth ? `${[...s].slice(0, maxWidth - 1).join("")}…` : s;
  const all = [head, ...rows].map((r) => r.map(cut));
  const w = head.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  const line = (r: string[]): string =>
    r
      .map((c, i) => {
        const pad = " ".repeat(Math.max(0, w[i] - width(c ?? "")));
        return right[i] ? pad + c : c + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = w.map((n) => "-".repeat(n)).join("  ");
  return [line(all[0]), rule, ...all.slice(1).map(line)].join("\n");
}

/** "{file} ditulis" with {name} placeholders filled. */
export function fillIn(text: string, vars: Record<string, string | number>): string {
  return fillPlaceholders(text, vars);
}

/**
 * The shortest names that tell files apart, for a person reading a roll-up: each file's base name,
 * with as many parent folders as it takes when two share one ("a/cilacap.xlsx", "b/cilacap.xlsx").
 * The same file given twice keeps its full path.
 *
 * @example displayNames(["/data/jateng/cilacap.xlsx", "/data/sulsel/luwu.xlsx"]) // ["cilacap.xlsx", "luwu.xlsx"]
 */
export function displayNames(files: readonly string[]): string[] {
  const parts = files.map((f) => path.resolve(f).split(path.sep).filter(Boolean));
  const depth = parts.map(() => 1);
  const name = (i: number) => parts[i].slice(-depth[i]).join("/");
  for (;;) {
    const seen = new Map<string, number[]>();
    parts.forEach((_, i) => seen.set(name(i), [...(seen.get(name(i)) ?? []), i]));
    const grow = [...seen.values()]
      .filter((ix) => ix.length > 1)
      .flat()
      .filter((i) => depth[i] < parts[i].length);
    if (grow.length === 0) return parts.map((_, i) => name(i));
    for (const i of grow) depth[i]++;
  }
}
