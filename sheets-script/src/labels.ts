import { hostDictionary, type Labels } from "../../core";

/**
 * Labels for the Google Sheets extension (menu, sidebar, server messages). Each entry is
 * [Indonesian, English]. The command names themselves are shared with Excel (labels-ui.ts).
 */
export const SHEETS_LABELS = {
  "sheets.menu": ["Renaksi", "Renaksi"],
  "sheets.monev.semester": ["Semester", "Semester"],
  "sheets.monev.latest": ["Terakhir yang berisi status", "Latest with a status"],
  "sheets.monev.lagging": [
    "Kegiatan tertinggal (klik untuk membuka selnya)",
    "Lagging activities (click to go to the cell)",
  ],
  "sheets.menu.sidebar": ["Buka panel Renaksi", "Open the Renaksi panel"],
  "sheets.sidebarTitle": ["Renaksi", "Renaksi"],
  "sheets.run": ["Jalankan", "Run"],
  "sheets.willWriteSheet": ["lembar", "sheet"],
  "sheets.newSheet": ["lembar baru", "a new sheet"],
  "sheets.readOnly": [
    "Hanya membaca buku kerja; tidak ada yang ditulis.",
    "Reads the workbook only; nothing is written.",
  ],
  "sheets.clickToSelect": [
    "Klik masalah untuk membuka selnya.",
    "Click a problem to go to its cell.",
  ],
  "sheets.summary": ["Ringkasan", "Summary"],
  "sheets.statements": ["pernyataan", "statements"],
  "sheets.programs": ["baris program", "program rows"],
  "sheets.period": ["Periode", "Period"],
  "sheets.failed": ["Gagal", "Failed"],
  "sheets.moreProblems": ["masalah lain tidak ditampilkan", "more problems not shown"],
  "sheets.analyzed": ["Analisis selesai", "Analysis done"],
  "sheets.templateYears": ["Tahun awal – akhir", "Start – end year"],
  "sheets.badCell": ["Alamat sel tidak dikenali", "Cell address not recognised"],
  "sheets.openSidebarHint": [
    "Buka panel Renaksi untuk melihat semua masalah dan selnya.",
    "Open the Renaksi panel to see every problem and its cell.",
  ],
} as const satisfies Labels;

/** Every label the Google Sheets extension (server and sidebar) shows (core's words plus its own) and its typed `t()`. */
export const { labels: LABELS, t } = hostDictionary(SHEETS_LABELS);

export type LabelKey = keyof typeof LABELS;
