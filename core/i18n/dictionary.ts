import type { Locale } from "./locale";
import { UI_LABELS } from "./labels-ui";
import { SHEET_LABELS } from "./labels-sheet";
import { EXCEL_LABELS } from "./labels-excel";
import { SHEETS_LABELS } from "./labels-sheets";
import { CLI_LABELS } from "./labels-cli";

/**
 * The one dictionary: every label a host shows comes from here. Sections live in their own files
 * (labels-*.ts) and are merged below.
 *
 * @example t("cmd.fill", "en") // "Fill results"
 */
const ALL: Record<string, readonly [string, string]> = {
  ...UI_LABELS,
  ...SHEET_LABELS,
  ...EXCEL_LABELS,
  ...SHEETS_LABELS,
  ...CLI_LABELS,
};

export type LabelKey = keyof typeof UI_LABELS;

/** The label in the given locale; the key itself when unknown (visible, never a crash). */
export function t(key: LabelKey | string, locale: Locale = "id"): string {
  const pair = ALL[key];
  if (!pair) return key;
  return locale === "en" ? pair[1] : pair[0];
}
