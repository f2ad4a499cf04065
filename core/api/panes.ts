import { ASPECTS } from "../model/aspect";
import type { AspectResult } from "../model/analysis";
import type { MonevCounts } from "../model/monev";
import { planCellCount, type PlanMode, type SheetPlan } from "../layout/sheet-plan";
import { t } from "../i18n/dictionary";
import { fillPlaceholders } from "../i18n/fill";
import type { Locale } from "../i18n/locale";

/**
 * What the Excel taskpane and the Sheets sidebar show, decided once (issue 11: "the taskpane and
 * the sidebar show the same table, in the same order, with the same number formats"): the write
 * line after a command, the aspect table, the Monev counts. The panes only turn these strings into
 * elements.
 *
 * @example
 *   describeWrite({ address: "'Hasil Renaksi'!A1:K88", mode: "replace", counts }, "id")
 *   // "Selesai menulis 'Hasil Renaksi'!A1:K88: 421 sel, 96 rumus, 18 format bersyarat, 1 bagan"
 */
export interface WriteCounts {
  cells: number;
  formulas: number;
  validations: number;
  /** Rules, one by one (what Excel's and Sheets' rule managers list), not ranges. */
  conditionalFormats: number;
  charts: number;
}

/** The counts of a plan written whole (a host that skips a feature counts it 0). */
export function planCounts(plan: SheetPlan): WriteCounts {
  return {
    cells: planCellCount(plan),
    formulas: plan.cells.filter((c) => c.formula !== undefined).length,
    validations: plan.validations.length,
    conditionalFormats: plan.conditionalFormats.reduce((n, cf) => n + cf.rules.length, 0),
    charts: plan.charts.length,
  };
}

/** A number with a fixed count of decimals as the sheet's number format shows it ("3,17", "3,00"). */
export function paneNumber(v: number | null | undefined, digits: number, locale: Locale): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return t("pane.none", locale);
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

/** A share as a whole percentage ("17%"), as the Monev sheet's "0%" format shows it. */
export function panePercent(v: number | null | undefined, locale: Locale): string {
  return v === null || v === undefined || !Number.isFinite(v)
    ? t("pane.none", locale)
    : `${paneNumber(v * 100, 0, locale)}%`;
}

/** One sheet's write line: where, then what (cells, formulas, dropdowns, rules, charts). */
export function describeWrite(
  w: { address: string; mode: PlanMode; counts: WriteCounts },
  locale: Locale,
): string {
  const c = w.counts;
  const what: [number, WrittenKey][] = [
    [c.formulas, "written.formulas"],
    [c.validations, "written.validations"],
    [c.conditionalFormats, "written.cfs"],
    [c.charts, "written.charts"],
  ];
  const parts = [
    // an overlay decorates the user's own cells: it writes none
    ...(w.mode === "overlay" ? [] : [`${c.cells} ${t("status.cells", locale)}`]),
    ...what.filter(([n]) => n > 0).map(([n, k]) => `${n} ${t(k, locale)}`),
  ];
  return `${t("status.wrote", locale)} ${w.address}: ${parts.join(", ")}`;
}

type WrittenKey = "written.formulas" | "written.validations" | "written.cfs" | "written.charts";

export interface PaneCell {
  text: string;
  /** Right-aligned figures. */
  num: boolean;
}

export interface PaneTable {
  head: { text: string; hint: string }[];
  rows: { key: string; cells: PaneCell[]; reason: string }[];
}

type AspectRow = Pick<
  AspectResult,
  "name" | "average" | "suggestedPriority" | "priority" | "gap"
> & {
  key: string;
  reason?: string;
};

/**
 * The aspect table of both panes: by final priority (canonical order on a tie or no priority),
 * Prioritas | Aspek | Rata-rata | Usulan | Kesenjangan, averages and gaps with two decimals. Short
 * headers fit a 300 px sidebar without breaking a word; the full meaning is the header's hint.
 *
 * @example aspectTable(analysis.aspects, "id").rows[0].cells.map((c) => c.text) // ["1", "Sumber Daya Manusia", "3,00", "1", "1,00"]
 */
export function aspectTable(aspects: readonly AspectRow[], locale: Locale): PaneTable {
  const order = (key: string) => ASPECTS.findIndex((a) => a.key === key);
  const sorted = [...aspects].sort(
    (x, y) => (x.priority ?? 99) - (y.priority ?? 99) || order(x.key) - order(y.key),
  );
  const name = (a: AspectRow) => {
    const info = ASPECTS.find((x) => x.key === a.key);
    return info ? (locale === "en" ? info.nameEn : info.name) : a.name;
  };
  const num = (text: string): PaneCell => ({ text, num: true });
  const keys = ["priority", "aspect", "average", "suggested", "gap"] as const;
  return {
    head: keys.map((k) => ({
      text: t(`head.${k}`, locale),
      hint: t(`head.${k}.hint`, locale),
    })),
    rows: sorted.map((a) => ({
      key: a.key,
      cells: [
        num(paneNumber(a.priority, 0, locale)),
        { text: name(a), num: false },
        num(paneNumber(a.average, 2, locale)),
        num(paneNumber(a.suggestedPriority, 0, locale)),
        num(paneNumber(a.gap, 2, locale)),
      ],
      reason: a.reason ?? "",
    })),
  };
}

/**
 * The Monev line of one semester: "2021 S2: 17 direncanakan, 2 selesai (12%), 1 berjalan, ...".
 *
 * @example monevCountsLine("2021-S2", counts, "id")
 */
export function monevCountsLine(semester: string, c: MonevCounts | null, locale: Locale): string {
  const label = semester.replace("-", " ");
  if (!c) return label;
  return fillPlaceholders(t("monev.counts", locale), {
    semester: label,
    planned: c.planned,
    selesai: c.selesai,
    pct: panePercent(c.selesaiPct, locale),
    berjalan: c.berjalan,
    tertunda: c.tertunda,
    belum: c.belum,
  });
}

/**
 * The % selesai per aspect of one semester: Aspek | % selesai (selesai/direncanakan), canonical
 * order (the Monev sheet's order).
 */
export function monevAspectTable(
  byAspect: readonly {
    key: string;
    name: string;
    planned: number;
    selesai: number;
    selesaiPct: number | null;
  }[],
  locale: Locale,
): PaneTable {
  const name = (key: string, fallback: string) => {
    const info = ASPECTS.find((x) => x.key === key);
    return info ? (locale === "en" ? info.nameEn : info.name) : fallback;
  };
  return {
    head: [
      { text: t("head.aspect", locale), hint: t("head.aspect.hint", locale) },
      { text: t("monev.pct", locale), hint: t("monev.pct.hint", locale) },
    ],
    rows: byAspect.map((a) => ({
      key: a.key,
      cells: [
        { text: name(a.key, a.name), num: false },
        { text: `${panePercent(a.selesaiPct, locale)} (${a.selesai}/${a.planned})`, num: true },
      ],
      reason: "",
    })),
  };
}
