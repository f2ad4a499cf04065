/** The UI languages. Sheets are written in Indonesian; the UI can switch to English. */
export type Locale = "id" | "en";
export const DEFAULT_LOCALE: Locale = "id";
