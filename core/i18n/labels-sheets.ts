/** Labels for the sheets part. Each entry is [Indonesian, English]. */
export const SHEETS_LABELS: Record<string, readonly [string, string]> = {};
