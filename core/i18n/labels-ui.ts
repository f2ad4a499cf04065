import type { Labels } from "./dictionary";

/**
 * The words of core's command API (analyze, fill, chart, timeline, template: their names, options
 * and result headings), shared by the Excel taskpane and the Google Sheets sidebar so both say the
 * same thing. Kept in core because both hosts use every one of them; a host's own text (menus,
 * refusals, status lines) lives in that host (excel-addin/src/labels.ts, sheets-script/src/labels.ts,
 * cli/labels.ts). Each entry is [Indonesian, English].
 */
export const UI_LABELS = {
  appTitle: [
    "Renaksi: Rencana Aksi Pengelolaan Pengaduan",
    "Renaksi: Complaint Handling Action Plan",
  ],
  "cmd.template": ["Sisipkan templat", "Insert template"],
  "cmd.analyze": ["Analisis", "Analyze"],
  "cmd.fill": ["Isi hasil", "Fill results"],
  "cmd.chart": ["Bagan prioritas", "Priority chart"],
  "cmd.timeline": ["Timeline program", "Program timeline"],
  "cmd.monev": ["Monev semester", "Semester monitoring"],
  "opt.statementSet": ["Daftar pernyataan", "Statement list"],
  "opt.juknis22": ["Juknis (22 pernyataan)", "Juknis (22 statements)"],
  "opt.klungkung20": [
    "Berkelompok (20 pernyataan, Klungkung)",
    "Grouped (20 statements, Klungkung)",
  ],
  "opt.years": ["Tahun rencana", "Plan years"],
  "opt.instansi": ["Nama instansi", "Agency name"],
  "opt.granularity": ["Rincian waktu", "Time grid"],
  "opt.year": ["Tahun", "Year"],
  "opt.semester": ["Semester", "Semester"],
  "opt.quarter": ["Triwulan", "Quarter"],
  "opt.scope": ["Cakupan", "Scope"],
  "opt.activeSheet": ["Lembar aktif", "Active sheet"],
  "opt.workbook": ["Seluruh buku kerja", "Whole workbook"],
  "lang.switch": ["English", "Bahasa Indonesia"],
  "status.willWrite": ["Akan menulis ke", "Will write to"],
  "status.wrote": ["Selesai menulis", "Wrote"],
  "status.cells": ["sel", "cells"],
  "status.nothingWritten": [
    "Tidak ada yang ditulis: perbaiki masalah berikut dulu.",
    "Nothing was written: fix these problems first.",
  ],
  "status.working": ["Sedang bekerja…", "Working…"],
  "status.noProblems": ["Tidak ada masalah.", "No problems."],
  // The panes' aspect table (core/api/panes.ts): short headers that fit a 300 px sidebar without
  // breaking a word, each with its full meaning as the header's hint.
  "head.aspect": ["Aspek", "Aspect"],
  "head.average": ["Rata-rata", "Average"],
  "head.suggested": ["Usulan", "Suggested"],
  "head.priority": ["Prioritas", "Priority"],
  "head.gap": ["Kesenjangan", "Gap"],
  "head.aspect.hint": ["Aspek peta jalan SP4N-LAPOR!", "SP4N-LAPOR! road-map aspect"],
  "head.average.hint": [
    "Rata-rata skor pernyataan aspek ini (1-4)",
    "Average score of this aspect's statements (1-4)",
  ],
  "head.suggested.hint": [
    "Prioritas usulan dari rata-rata: terendah = 1",
    "Priority suggested by the averages: lowest = 1",
  ],
  "head.priority.hint": [
    "Prioritas yang dipilih tim (atau usulan bila belum dipilih)",
    "The team's chosen priority (or the suggested one when none is chosen)",
  ],
  "head.gap.hint": ["Target dikurangi rata-rata", "Target minus the average"],
  "pane.none": ["-", "-"],
  "pane.reason": ["Alasan", "Reason"],
  // What a command wrote, counted alike in every host (core/api/panes.ts describeWrite).
  "written.formulas": ["rumus", "formulas"],
  "written.validations": ["daftar pilihan", "dropdowns"],
  "written.cfs": ["aturan format bersyarat", "conditional format rules"],
  "written.charts": ["bagan", "charts"],
  "monev.counts": [
    "{semester}: {planned} direncanakan, {selesai} selesai ({pct}), {berjalan} berjalan, {tertunda} tertunda, {belum} belum",
    "{semester}: {planned} planned, {selesai} done ({pct}), {berjalan} in progress, {tertunda} postponed, {belum} not started",
  ],
  "monev.pct": ["% selesai", "% done"],
  "monev.pct.hint": [
    "Kegiatan selesai dari yang direncanakan pada semester ini",
    "Activities done of those planned in this semester",
  ],
  "head.problems": ["Masalah", "Problems"],
  "head.indicator": ["Indikator", "Indicator"],
  "head.capaian": ["Capaian", "Achievement"],
  // The matrices a reader finds, by TableKind: what the panes list as "Tabel ditemukan".
  "kind.assessment": ["Matriks asesmen", "Assessment matrix"],
  "kind.categorisation": ["Kategorisasi", "Categorisation"],
  "kind.responses": ["Jawaban responden", "Respondents' answers"],
  "kind.priority": ["Penentuan prioritas", "Priorities"],
  "kind.informasiUmum": ["Informasi umum", "General information"],
  "kind.indicators": ["Indikator sasaran", "Target indicators"],
  "kind.programs": ["Program dan kegiatan", "Programmes and activities"],
  "kind.successIndicators": ["Indikator keberhasilan", "Success indicators"],
  "kind.monev": ["Monev", "Monitoring"],
  "sev.error": ["Galat", "Error"],
  "sev.warning": ["Peringatan", "Warning"],
} as const satisfies Labels;

export type UiLabelKey = keyof typeof UI_LABELS;
