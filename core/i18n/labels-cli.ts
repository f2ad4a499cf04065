/** Labels for the cli part. Each entry is [Indonesian, English]. */
export const CLI_LABELS: Record<string, readonly [string, string]> = {};
