import { hostDictionary, type Labels } from "../../core";

/**
 * Labels for the Excel taskpane and its Office.js adapter. Each entry is [Indonesian, English].
 * Placeholders in braces ({sheet}, {n}, {set}) are filled by the taskpane.
 */
export const EXCEL_LABELS = {
  "excel.warn.truncated": [
    "Buku kerja memiliki lebih dari {n} lembar: hanya {n} lembar pertama yang dibaca.",
    "The workbook has more than {n} sheets: only the first {n} were read.",
  ],
  "excel.skip.conditionalFormats": [
    "{n} format bersyarat di {sheet} dilewati: perlu ExcelApi 1.6 (Excel 2019 atau lebih baru).",
    "{n} conditional format(s) on {sheet} skipped: needs ExcelApi 1.6 (Excel 2019 or later).",
  ],
  "excel.skip.dataValidation": [
    "{n} daftar pilihan (dropdown) di {sheet} dilewati: perlu ExcelApi 1.8 (Excel 2021 / Microsoft 365).",
    "{n} dropdown validation(s) on {sheet} skipped: needs ExcelApi 1.8 (Excel 2021 / Microsoft 365).",
  ],
  "excel.skip.merge": [
    "{n} penggabungan sel dan lebar kolom di {sheet} dilewati: perlu ExcelApi 1.2.",
    "{n} merge(s) and column widths on {sheet} skipped: needs ExcelApi 1.2.",
  ],
  "excel.skip.freezePanes": [
    "Pembekuan judul di {sheet} dilewati: perlu ExcelApi 1.7.",
    "Frozen headers on {sheet} skipped: needs ExcelApi 1.7.",
  ],
  "excel.skip.notes": [
    "{n} catatan sel di {sheet} dilewati: perlu ExcelApi 1.18.",
    "{n} cell note(s) on {sheet} skipped: needs ExcelApi 1.18.",
  ],
  "excel.skip.pageLayout": [
    "Pengaturan cetak (A4 mendatar, pas selebar halaman, judul berulang, pemisah halaman) di {sheet} dilewati: perlu ExcelApi 1.9 (Excel 2021 / Microsoft 365).",
    "Print setup (A4 landscape, fit to width, repeated titles, page breaks) on {sheet} skipped: needs ExcelApi 1.9 (Excel 2021 / Microsoft 365).",
  ],
  "excel.skip.indent": [
    "Indentasi di {sheet} dilewati: perlu ExcelApi 1.9.",
    "Indentation on {sheet} skipped: needs ExcelApi 1.9.",
  ],
  "excel.skip.chart": [
    "{n} bagan di {sheet} dilewati: data bagan tidak bersebelahan dan Excel ini tidak mendukung ExcelApi 1.7.",
    "{n} chart(s) on {sheet} skipped: the chart data is not contiguous and this Excel lacks ExcelApi 1.7.",
  ],
  "excel.skip.chartFormat": [
    "Format angka sumbu nilai pada {n} bagan di {sheet} dilewati (sumbu tampil 0-1, bukan 0%-100%): perlu ExcelApi 1.8 (Excel 2021 / Microsoft 365).",
    "The value axis number format of {n} chart(s) on {sheet} skipped (the axis reads 0-1, not 0%-100%): needs ExcelApi 1.8 (Excel 2021 / Microsoft 365).",
  ],
  "excel.fallbackRead": [
    "Excel ini menolak pembacaan satu langkah; buku kerja dibaca dalam dua langkah.",
    "This Excel refused the one-step read; the workbook was read in two steps.",
  ],
  "excel.officeMissing": [
    "Office.js tidak tersedia: buka taskpane ini dari Excel.",
    "Office.js is not available: open this taskpane from Excel.",
  ],
  "excel.error.unexpected": ["Terjadi galat tak terduga", "Unexpected error"],
  "excel.section.options": ["Pengaturan", "Settings"],
  "excel.section.commands": ["Perintah", "Commands"],
  "excel.section.status": ["Status", "Status"],
  "excel.section.result": ["Hasil analisis", "Analysis result"],
  "excel.section.statements": ["Pernyataan", "Statements"],
  "excel.section.informasi": ["Informasi umum", "General information"],
  "excel.section.notes": ["Catatan", "Notes"],
  "excel.col.no": ["No", "No"],
  "excel.col.score": ["Skor", "Score"],
  "excel.col.respondents": ["n", "n"],
  "excel.col.reason": ["Alasan", "Reason"],
  "excel.col.year": ["Tahun", "Year"],
  "excel.col.target": ["Target", "Target"],
  "excel.col.realisasi": ["Realisasi", "Realisation"],
  "excel.col.received": ["Diterima", "Received"],
  "excel.col.resolved": ["Selesai", "Resolved"],
  "excel.col.met": ["Tercapai", "Met"],
  "excel.met.yes": ["ya", "yes"],
  "excel.met.no": ["tidak", "no"],
  "excel.read": ["Dibaca: {n} lembar ({sheets}).", "Read: {n} sheet(s) ({sheets})."],
  "excel.instansi": ["Instansi", "Agency"],
  "excel.monev.semester": [
    "Semester (mis. 2023-2; kosong = terakhir berisi status)",
    "Semester (e.g. 2023-2; empty = latest with a status)",
  ],
  "excel.monev.lagging": [
    "Kegiatan tertinggal (klik untuk memilih selnya)",
    "Lagging activities (click to select the cell)",
  ],
  "excel.period": ["Periode", "Period"],
  "excel.mapping": ["Kategorisasi", "Categorisation"],
  "excel.mapping.sheet": ["dari lembar kerja", "from the workbook"],
  "excel.mapping.template": ["bawaan templat", "template default"],
  "excel.mapping.groups": ["dari kelompok pernyataan", "from the statement groups"],
  "excel.tables": ["Tabel ditemukan", "Tables found"],
  "excel.problem.select": ["Klik untuk memilih sel", "Click to select the cell"],
  "excel.none": ["-", "-"],
} as const satisfies Labels;

/** Every label the Excel add-in (taskpane and adapter) shows (core's words plus its own) and its typed `t()`. */
export const { labels: LABELS, t } = hostDictionary(EXCEL_LABELS);

export type LabelKey = keyof typeof LABELS;
