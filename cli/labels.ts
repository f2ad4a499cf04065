import { hostDictionary, type Labels } from "../core";

/** Labels for the cli part (the `renaksi` command). Each entry is [Indonesian, English]. */
export const CLI_LABELS = {
  "cli.summary.title": ["Ringkasan", "Summary"],
  "cli.summary.period": ["Periode", "Period"],
  "cli.summary.mapping": ["Kategorisasi", "Categorisation"],
  "cli.summary.mappingSheet": ["dari lembar kerja", "from the workbook"],
  "cli.summary.mappingGroups": [
    "dari judul kelompok pernyataan",
    "from the statements' group headings",
  ],
  "cli.summary.mappingTemplate": ["bawaan templat {id}", "template default {id}"],
  "cli.summary.mappingNone": [
    "tidak ada (tidak ada matriks asesmen)",
    "none (no assessment matrix)",
  ],
  "cli.summary.aspects": ["Aspek", "Aspects"],
  "cli.summary.informasi": ["Informasi umum", "General information"],
  "cli.summary.indicators": ["Indikator sasaran", "Indicators"],
  "cli.summary.programs": ["Program", "Programs"],
  "cli.summary.success": ["Indikator keberhasilan program", "Programme success indicators"],
  "cli.summary.perMonth": ["(angka rata-rata per bulan)", "(figures are monthly averages)"],
  "cli.summary.programCount": [
    "{kelompok} kelompok program, {program} program, {kegiatan} kegiatan",
    "{kelompok} program groups, {program} programs, {kegiatan} activities",
  ],
  "cli.summary.form": [
    "Ekspor formulir {range}: {respondents} responden",
    "Form export {range}: {respondents} respondents",
  ],
  "cli.summary.formMatched": [
    "{total} kolom pertanyaan dicocokkan dengan pernyataan menurut teksnya: {exact} sama persis, {near} mirip",
    "{total} question columns matched to statements by their text: {exact} exactly, {near} nearly",
  ],
  "cli.summary.formNear": [
    'pernyataan {no} <- {cell} "{header}" (kemiripan {pct}; periksa)',
    'statement {no} <- {cell} "{header}" (similarity {pct}; check it)',
  ],
  "cli.summary.formLabels": [
    "Jawaban berupa label dinilai: {entries} (tabel di Hasil Renaksi, dapat diubah)",
    "Label answers scored: {entries} (the table on Hasil Renaksi, editable)",
  ],
  "cli.summary.formDuplicate": [
    'Isian ganda "{who}": baris {kept} (terbaru) dipakai, baris {dropped} tidak dihitung',
    'Duplicate submission "{who}": row {kept} (the latest) used, row {dropped} left out',
  ],
  "cli.summary.problems": ["Masalah", "Problems"],
  "cli.summary.noProblems": ["Tidak ada masalah.", "No problems."],
  "cli.summary.none": ["(tidak ditemukan)", "(not found)"],
  "cli.summary.rollup": ["Rekap provinsi", "Province roll-up"],
  "cli.summary.rollupMean": ["Rata-rata {n} berkas dinilai", "Mean of {n} assessed files"],
  "cli.summary.rollupFirst": ["Jumlah prioritas 1", "Priority 1 count"],
  "cli.summary.rollupNote": [
    "Berkas dinilai: tanpa galat dan memiliki rata-rata aspek. Jumlah prioritas 1: berapa berkas dinilai menempatkan aspek itu di prioritas 1.",
    "Assessed files: no errors and with aspect averages. Priority 1 count: how many assessed files put that aspect first.",
  ],
  "cli.col.file": ["Berkas", "File"],
  "cli.col.instansi": ["Instansi", "Instansi"],
  "cli.col.aspect": ["Aspek", "Aspect"],
  "cli.col.average": ["Rata-rata", "Average"],
  "cli.col.suggested": ["Usulan", "Suggested"],
  "cli.col.priority": ["Prioritas", "Priority"],
  "cli.col.gap": ["Kesenjangan", "Gap"],
  "cli.col.statements": ["Pernyataan", "Statements"],
  "cli.col.year": ["Tahun", "Year"],
  "cli.col.received": ["Diterima", "Received"],
  "cli.col.monthly": ["Rata-rata/bulan", "Per month"],
  "cli.col.resolved": ["Selesai", "Resolved"],
  "cli.col.unresolved": ["Belum", "Unresolved"],
  "cli.col.resolvedPct": ["% selesai", "% resolved"],
  "cli.col.indicator": ["Indikator", "Indicator"],
  "cli.col.unit": ["Satuan", "Unit"],
  "cli.col.polarity": ["Arah", "Direction"],
  "cli.col.target": ["Target", "Target"],
  "cli.col.realisasi": ["Realisasi", "Realisation"],
  "cli.col.capaian": ["Capaian", "Achievement"],
  "cli.col.errors": ["Galat", "Errors"],
  "cli.col.warnings": ["Peringatan", "Warnings"],
  "cli.polarity.up": ["naik", "higher"],
  "cli.polarity.down": ["turun", "lower"],
  "cli.severity.error": ["galat", "error"],
  "cli.severity.warning": ["peringatan", "warning"],
  "cli.fill.written": ["Ditulis: {file}", "Written: {file}"],
  "cli.fill.sheets": ["Lembar: {sheets}; grafik: {charts}", "Sheets: {sheets}; charts: {charts}"],
  "cli.fill.noTimeline": [
    "Tidak ada matriks program: lembar Timeline Program tidak dibuat.",
    "No program matrix: the Timeline Program sheet was not made.",
  ],
  "cli.fill.refused": [
    "Tidak ada yang ditulis: perbaiki masalah di atas lalu jalankan lagi.",
    "Nothing written: fix the problems above and run again.",
  ],
  "cli.template.written": [
    "Templat ditulis: {file} ({statements}, {years})",
    "Template written: {file} ({statements}, {years})",
  ],
  "cli.err.usage": ["Penggunaan salah: {detail}", "Wrong usage: {detail}"],
  "cli.err.unknownCommand": ["Perintah tidak dikenal: {cmd}", "Unknown command: {cmd}"],
  "cli.err.noFile": ["Sebutkan berkas .xlsx", "Name an .xlsx file"],
  "cli.err.exists": [
    "{file} sudah ada: pakai --force untuk menimpanya",
    "{file} already exists: use --force to overwrite it",
  ],
  "cli.err.sameFile": [
    "Berkas keluaran sama dengan berkas masukan: pakai --in-place untuk menimpa masukan",
    "The output file is the input file: use --in-place to overwrite the input",
  ],
  "cli.err.inPlaceAndOut": [
    "--in-place dan -o tidak dapat dipakai bersama",
    "--in-place and -o cannot be used together",
  ],
  "cli.err.years": [
    "--years harus berbentuk TTTT-TTTT (mis. 2022-2024), tahun awal <= tahun akhir",
    "--years must look like YYYY-YYYY (e.g. 2022-2024), start <= end",
  ],
  "cli.err.choice": [
    "{option} harus salah satu dari: {choices}",
    "{option} must be one of: {choices}",
  ],
  "cli.err.number": ["{option} harus berupa angka", "{option} must be a number"],
  "cli.err.unexpected": [
    "Kesalahan tak terduga (mohon laporkan): {detail}",
    "Unexpected error (please report it): {detail}",
  ],
  "cli.demo.title": [
    "Renaksi: demo dengan buku kerja contoh dari dokumen sumber",
    "Renaksi: demo with example workbooks from the source documents",
  ],
  "cli.demo.io": ["Masukan: {input} · Keluaran: {output}", "Input: {input} · Output: {output}"],
  "cli.demo.step": ["[{n}/{total}] {file}", "[{n}/{total}] {file}"],
  "cli.demo.asPrinted": ["seperti tercetak", "as printed"],
  "cli.demo.responsesTag": [
    "diisi elektronik oleh 60 responden",
    "filled electronically by 60 respondents",
  ],
  "cli.demo.formTag": [
    "ekspor Google Forms: judul pertanyaan tanpa nomor, jawaban berupa label, isian ganda",
    "a Google Forms export: question titles without numbers, label answers, duplicate submissions",
  ],
  "cli.demo.formSame": [
    "Skor {statements} pernyataan = rata-rata jawaban formulir yang dicocokkan menurut teks (n = {min}-{max} per pernyataan, isian ganda tidak dihitung); rata-rata aspek dan prioritas sama dengan {reference}.xlsx (matriks tercetak)",
    "The {statements} statements' scores = the mean of the form answers matched by their text (n = {min}-{max} per statement, duplicates left out); aspect averages and priorities equal {reference}.xlsx (the printed matrix)",
  ],
  "cli.demo.responses": [
    "Skor {statements} pernyataan = rata-rata jawaban responden (n = {min}-{max} per pernyataan, rumus AVERAGE hidup atas lembar Responden); rata-rata aspek dan prioritas sama dengan {reference}.xlsx (matriks tercetak)",
    "The {statements} statements' scores = the mean of the respondents' answers (n = {min}-{max} per statement, live AVERAGE formulas over the Responden sheet); aspect averages and priorities equal {reference}.xlsx (the printed matrix)",
  ],
  "cli.demo.responsesDiffer": [
    "Rata-rata aspek atau prioritas BERBEDA dengan {reference}.xlsx: {aspects}",
    "Aspect averages or priorities DIFFER from {reference}.xlsx: {aspects}",
  ],
  "cli.demo.written": [
    "Ditulis: {file} (lembar: {sheets}; grafik asli: {charts})",
    "Written: {file} (sheets: {sheets}; native charts: {charts})",
  ],
  "cli.demo.refusedExpected": [
    "DITOLAK, sesuai harapan: fill tidak menulis apa pun, karena",
    "REFUSED, as expected: fill wrote nothing, because",
  ],
  "cli.demo.fixedBy": [
    "Salinan yang diperbaiki analis, {file}, berbeda di {count} sel:",
    "The analyst's corrected copy, {file}, differs in {count} cells:",
  ],
  "cli.demo.fixedCell": [
    'pernyataan {no}, kolom "{column}": {before} -> {after}',
    'statement {no}, column "{column}": {before} -> {after}',
  ],
  "cli.demo.empty": ["(kosong)", "(empty)"],
  "cli.demo.result": ["Hasil demo", "Demo result"],
  "cli.demo.filled": ["diisi", "filled"],
  "cli.demo.refused": ["ditolak", "refused"],
  "cli.demo.asExpected": ["sesuai harapan", "as expected"],
  "cli.demo.unexpected": ["TIDAK SESUAI HARAPAN", "NOT AS EXPECTED"],
  "cli.demo.allOk": [
    "Semua contoh berperilaku sesuai harapan. Buka {output}*.xlsx di Excel atau LibreOffice: lembar {sheets} (rumus otomatis, bagan asli).",
    "Every example behaved as expected. Open {output}*.xlsx in Excel or LibreOffice: the sheets {sheets} (live formulas, native charts).",
  ],
  "cli.demo.someFailed": [
    "{count} contoh tidak berperilaku sesuai harapan (lihat di atas).",
    "{count} examples did not behave as expected (see above).",
  ],
} as const satisfies Labels;

/** Every label the command line shows (core's words plus its own) and its typed `t()`. */
export const { labels: LABELS, t } = hostDictionary(CLI_LABELS);

export type LabelKey = keyof typeof LABELS;
