/** Labels for the sheet part. Each entry is [Indonesian, English]. */
export const SHEET_LABELS: Record<string, readonly [string, string]> = {};
