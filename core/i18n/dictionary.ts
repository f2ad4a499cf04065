import type { Locale } from "./locale";
import { UI_LABELS } from "./labels-ui";
import { SHEET_LABELS } from "./labels-sheet";

/** A section of the dictionary: key -> [Indonesian, English]. */
export type Labels = Readonly<Record<string, readonly [string, string]>>;

/** Looks a label up in one locale; only the keys of its dictionary type-check. */
export type Translate<K extends string> = (key: K, locale?: Locale) => string;

/**
 * A typed `t()` over the given label sections: the key is a union of the sections' keys, so a
 * misspelt key is a compile error. Core's own dictionary is `t` below; each host builds its own
 * from `CORE_LABELS` plus its UI text (excel-addin/src/labels.ts, sheets-script/src/labels.ts,
 * cli/labels.ts).
 *
 * @example const t = dictionary({ ...CORE_LABELS, "x.hi": ["Halo", "Hello"] }); t("x.hi", "en") // "Hello"
 */
export function dictionary<const L extends Labels>(labels: L): Translate<keyof L & string> {
  return (key, locale = "id") => {
    const pair = labels[key];
    if (!pair) return key; // only reachable through a cast: visible, never a crash
    return locale === "en" ? pair[1] : pair[0];
  };
}

/**
 * True when `key` (a string from the DOM or a template) is a key of `labels`; narrows it for `t()`.
 *
 * @example isLabelKey(CORE_LABELS, el.dataset.i18n) && t(el.dataset.i18n)
 */
export function isLabelKey<L extends Labels>(
  labels: L,
  key: string | undefined,
): key is keyof L & string {
  return key !== undefined && Object.prototype.hasOwnProperty.call(labels, key);
}

/** Core's labels: the command words both UIs share and the labels written into the sheets. */
export const CORE_LABELS = { ...UI_LABELS, ...SHEET_LABELS } as const;

export type LabelKey = keyof typeof CORE_LABELS;

/**
 * Core's dictionary.
 *
 * @example t("cmd.fill", "en") // "Fill results"
 */
export const t: Translate<LabelKey> = dictionary(CORE_LABELS);

/**
 * A host's dictionary: core's labels plus the host's own UI text, and the typed `t()` over both.
 *
 * @example
 *   export const { labels: LABELS, t } = hostDictionary(EXCEL_LABELS);
 *   export type LabelKey = keyof typeof LABELS;
 */
export function hostDictionary<const H extends Labels>(own: H) {
  const labels = { ...CORE_LABELS, ...own };
  return { labels, t: dictionary(labels) };
}
