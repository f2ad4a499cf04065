import type { Locale } from "./locale";
import { UI_LABELS } from "./labels-ui";

/**
 * The one dictionary: every label a host shows comes from here. Sections live in their own files
 * (labels-*.ts) and are merged below.
 *
 * @example t("cmd.fill", "en") // "Fill results"
 */
const ALL: Record<string, readonly [string, string]> = { ...UI_LABELS };

export type LabelKey = keyof typeof UI_LABELS;

export function t(key: LabelKey | string, locale: Locale = "id"): string {
  const pair = ALL[key];
  if (!pair) return key;
  return locale === "en" ? pair[1] : pair[0];
}

/** Register more labels (used by host-specific label files at module load). */
export function registerLabels(labels: Record<string, readonly [string, string]>): void {
  Object.assign(ALL, labels);
}
