import { cellAddress, type CellValue, type Grid } from "../grid";
import { ASPECTS, type AspectKey } from "../model/aspect";
import type { PriorityChoice } from "../model/priority";
import { MonevStatusSchema, type MonevStatus, type PeriodLabel } from "../model/program";
import { parsePeriodHeader } from "../layout/timeline";
import { activityKey } from "../compute/monev";
import { sheetLabel as L } from "../i18n/labels-sheet";
import { isManagedGrid, MANAGED_SHEETS, sameSheetName } from "../model/managed-sheet";
import type { LabelEntry } from "../read/answer-labels";

/**
 * The user's own entries inside the sheets Renaksi manages, read back before a rebuild so a
 * re-run keeps them: the chosen priority and reason per aspect ("Hasil Renaksi") and the monev
 * status per activity and semester ("Timeline Program"). Found by header text, never by fixed
 * rows, so they survive a change in the number of statements or activities.
 *
 * @example
 *   readKept(grids).priorities // [{ aspect: "partisipasi", priority: 1, reason: "...", cell: "'Hasil Renaksi'!E33" }]
 */
export interface KeptEntries {
  priorities: PriorityChoice[];
  /** activityKey(code, title) -> period label -> status (old Timeline status columns). */
  statuses: Map<string, Map<PeriodLabel, MonevStatus>>;
  /** The label -> score table of a form export, as the user left it (empty when none). */
  labels: LabelEntry[];
}

const norm = (v: CellValue | undefined): string =>
  typeof v === "string" ? v.replace(/\s+/g, " ").trim().toLowerCase() : "";

/** THE managed-sheet test (core/model/managed-sheet.ts), re-exported for the api's callers. */
export { isManagedGrid };

function managed(grids: readonly Grid[], name: string): Grid | undefined {
  return grids.find((g) => sameSheetName(g.sheet, name) && isManagedGrid(g));
}

function aspectByName(text: string): AspectKey | null {
  const t = norm(text);
  if (t === "") return null;
  const exact = ASPECTS.find((a) => a.name.toLowerCase() === t || a.short.toLowerCase() === t);
  if (exact) return exact.key;
  return ASPECTS.find((a) => a.match.some((m) => t.includes(m)))?.key ?? null;
}

function priorityValue(v: CellValue | undefined): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= ASPECTS.length ? n : null;
}

/** Chosen priorities and reasons typed into the result sheet's aspect table. */
export function readKeptPriorities(grids: readonly Grid[]): PriorityChoice[] {
  const g = managed(grids, MANAGED_SHEETS.result);
  if (!g) return [];
  const chosenLabel = L("col.chosen").toLowerCase();
  const reasonLabel = L("col.reason").toLowerCase();
  const aspectLabel = L("col.aspect").toLowerCase();
  for (let r = 0; r < g.values.length; r++) {
    const row = g.values[r] ?? [];
    const chosen = row.findIndex((v) => norm(v) === chosenLabel);
    if (chosen < 0) continue;
    const reason = row.findIndex((v) => norm(v) === reasonLabel);
    const aspect = row.findIndex((v) => norm(v) === aspectLabel);
    if (aspect < 0) continue;
    const out: PriorityChoice[] = [];
    for (let k = r + 1; k < g.values.length; k++) {
      const line = g.values[k] ?? [];
      const key = aspectByName(String(line[aspect] ?? ""));
      if (!key) break;
      const priority = priorityValue(line[chosen]);
      const text =
        reason >= 0 && typeof line[reason] === "string" ? String(line[reason]).trim() : "";
      if (priority === null && text === "") continue;
      if (out.some((c) => c.aspect === key)) continue;
      out.push({ aspect: key, priority, reason: text, cell: cellAddress(g, k, chosen) });
    }
    return out;
  }
  return [];
}

/**
 * Monev statuses typed into the status columns the "Timeline Program" sheet had before issue 10
 * (statuses now live in "Monev Renaksi"): read so they are carried over once, keyed by activity.
 */
export function readKeptStatuses(
  grids: readonly Grid[],
): Map<string, Map<PeriodLabel, MonevStatus>> {
  const out = new Map<string, Map<PeriodLabel, MonevStatus>>();
  const g = managed(grids, MANAGED_SHEETS.timeline);
  if (!g) return out;
  const codeLabel = L("col.code").toLowerCase();
  const statusLabel = L("col.status").toLowerCase();
  const titleLabel = L("col.program").toLowerCase();
  const statuses = new Set<string>(MonevStatusSchema.options);
  for (let r = 0; r + 1 < g.values.length; r++) {
    const row = g.values[r] ?? [];
    const code = row.findIndex((v) => norm(v) === codeLabel);
    const status = row.findIndex((v) => norm(v) === statusLabel);
    if (code < 0 || status < 0) continue;
    const title = row.findIndex((v) => norm(v) === titleLabel);
    const sub = g.values[r + 1] ?? [];
    const periods: { col: number; label: PeriodLabel }[] = [];
    for (let c = status; c < sub.length; c++) {
      const label = typeof sub[c] === "string" ? parsePeriodHeader(String(sub[c])) : null;
      if (!label) break;
      periods.push({ col: c, label });
    }
    for (let k = r + 2; k < g.values.length; k++) {
      const line = g.values[k] ?? [];
      const codeText = line[code] === null || line[code] === undefined ? "" : String(line[code]);
      const titleText = title >= 0 && typeof line[title] === "string" ? String(line[title]) : "";
      if (codeText.trim() === "" && titleText.trim() === "") continue;
      const key = activityKey(codeText, titleText);
      for (const p of periods) {
        const v = norm(line[p.col]);
        if (!statuses.has(v)) continue;
        const m = out.get(key) ?? new Map<PeriodLabel, MonevStatus>();
        out.set(key, m);
        m.set(p.label, v as MonevStatus);
      }
    }
    return out;
  }
  return out;
}

/**
 * The label -> score table of "Hasil Renaksi" (Label jawaban | Skor), as the user edited it: rows
 * under the header until the first blank label; a score that is not a number is left out.
 *
 * @example readKeptLabels(grids) // [{ label: "Sangat Baik", score: 4 }, { label: "Baik", score: 3 }, ...]
 */
export function readKeptLabels(grids: readonly Grid[]): LabelEntry[] {
  const g = managed(grids, MANAGED_SHEETS.result);
  if (!g) return [];
  const labelHeader = L("col.label").toLowerCase();
  const scoreHeader = L("col.labelScore").toLowerCase();
  for (let r = 0; r < g.values.length; r++) {
    const row = g.values[r] ?? [];
    const label = row.findIndex((v) => norm(v) === labelHeader);
    if (label < 0 || norm(row[label + 1]) !== scoreHeader) continue;
    const out: LabelEntry[] = [];
    for (let k = r + 1; k < g.values.length; k++) {
      const line = g.values[k] ?? [];
      const text = typeof line[label] === "string" ? String(line[label]).trim() : "";
      if (text === "") break;
      const v = line[label + 1];
      const score =
        typeof v === "number" ? v : typeof v === "string" ? Number(v.replace(",", ".")) : NaN;
      if (Number.isFinite(score)) out.push({ label: text, score });
    }
    return out;
  }
  return [];
}

export function readKept(grids: readonly Grid[]): KeptEntries {
  return {
    priorities: readKeptPriorities(grids),
    statuses: readKeptStatuses(grids),
    labels: readKeptLabels(grids),
  };
}
