/** Labels for the excel part. Each entry is [Indonesian, English]. */
export const EXCEL_LABELS: Record<string, readonly [string, string]> = {};
