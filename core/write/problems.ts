import { fillPlaceholders } from "../i18n/fill";
import { problem, type Problem, type Severity } from "../problem";

/**
 * The problems of the write contract, one code each, the same in every host (Indonesian first,
 * English twin, placeholders filled by the one filler).
 *
 * @example writeProblem("error", "write.notOurs", { sheet: "hasil renaksi" }, "'hasil renaksi'!A1")
 */
export const WRITE_MESSAGES = {
  "write.notOurs": [
    'Lembar "{sheet}" sudah ada dan bukan buatan Renaksi (A1 tidak diawali "RENAKSI |"); nama lembar dibandingkan tanpa membedakan huruf besar/kecil. Tidak ada yang ditulis: ganti nama lembar itu, lalu jalankan lagi.',
    'Sheet "{sheet}" already exists and was not made by Renaksi (A1 does not start with "RENAKSI |"); sheet names compare without letter case. Nothing was written: rename that sheet, then run again.',
  ],
  "write.userObjects": [
    'Lembar "{sheet}" milik Renaksi dan akan dibangun ulang, tetapi berisi objek buatan pengguna ({objects}) yang akan hilang. Tidak ada yang ditulis: pindahkan objek itu ke lembar lain.',
    'Sheet "{sheet}" belongs to Renaksi and is rebuilt, but it holds objects the user made ({objects}) that would be lost. Nothing was written: move them to another sheet.',
  ],
  "write.overlayMissing": [
    'Lembar "{sheet}" tidak ditemukan: daftar pilihan dan format bersyarat untuknya tidak ditulis.',
    'Sheet "{sheet}" was not found: its dropdowns and conditional formats were not written.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type WriteProblemCode = keyof typeof WRITE_MESSAGES;

export function writeProblem(
  severity: Severity,
  code: WriteProblemCode,
  vars: Record<string, string | number>,
  cell?: string,
): Problem {
  const [id, en] = WRITE_MESSAGES[code];
  return problem(severity, code, fillPlaceholders(id, vars), fillPlaceholders(en, vars), cell);
}
