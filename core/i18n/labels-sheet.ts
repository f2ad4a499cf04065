import { fillPlaceholders } from "./fill";
import type { Labels } from "./dictionary";

/**
 * Labels written INTO the sheets Renaksi makes (Hasil Renaksi, Timeline Program, the template).
 * Sheets are written in Indonesian; the English twin serves tests, docs and an English UI preview.
 * Each entry is [Indonesian, English].
 */
export const SHEET_LABELS = {
  // Hasil Renaksi
  "sheet.result.title": ["Hasil Analisis", "Analysis Result"],
  "sheet.result.intro": [
    "Dibuat oleh Renaksi: skor dan rata-rata adalah rumus otomatis yang terhubung ke sel Anda. Sel ungu muda boleh diisi; isinya dipertahankan saat Renaksi dijalankan lagi.",
    "Made by Renaksi: scores and averages are formulas linked to your cells. Light violet cells are yours to fill; they are kept when Renaksi runs again.",
  ],
  "sheet.result.targetLevel": ["Tingkat sasaran (kondisi diharapkan)", "Target level (expected)"],
  "sheet.result.statements": ["Skor per pernyataan", "Score per statement"],
  "sheet.result.noStatements": [
    "Tidak ada matriks asesmen di buku kerja ini.",
    "No assessment matrix in this workbook.",
  ],
  "sheet.result.aspects": ["Rata-rata aspek dan prioritas", "Aspect averages and priorities"],
  "sheet.result.chart": ["Data Bagan Prioritas", "Priority chart data"],
  "sheet.result.chartTitle": [
    "Bagan Prioritas (rata-rata aspek, urut prioritas)",
    "Priority chart (aspect averages, by priority)",
  ],
  "sheet.result.tableTitle": ["Tabel {n} {title}", "Table {n} {title}"],
  "sheet.result.figureTitle": ["Gambar {n} {title}", "Figure {n} {title}"],
  "sheet.result.informasi": ["Informasi umum pengaduan", "General complaint information"],
  "sheet.result.indicators": ["Capaian indikator sasaran", "Indicator achievement"],
  "sheet.result.success": ["Indikator Keberhasilan Program", "Programme success indicators"],
  "sheet.result.form": [
    "Jawaban formulir (asesmen elektronik)",
    "Form answers (electronic assessment)",
  ],
  "sheet.result.formSource": [
    "Dibaca dari {range}: {n} responden; {dup} isian ganda tidak dihitung (yang terbaru dipakai).",
    "Read from {range}: {n} respondents; {dup} duplicate submissions left out (the latest is used).",
  ],
  "sheet.result.labelsNote": [
    "Ubah skor sebuah label di sini, lalu jalankan Renaksi lagi: tabel ini dipakai untuk jawaban berupa label.",
    "Change a label's score here and run Renaksi again: this table scores the label answers.",
  ],
  "sheet.result.noAssessment": [
    "Buku kerja ini tidak memuat matriks asesmen: skor pernyataan, rata-rata aspek, prioritas dan Bagan Prioritas tidak dibuat.",
    "This workbook has no assessment matrix: no statement scores, aspect averages, priorities or priority chart.",
  ],
  "sheet.result.noChart": [
    "Bagan Prioritas tidak dibuat: belum ada rata-rata aspek (buku kerja ini tidak memuat matriks asesmen).",
    "No priority chart: there are no aspect averages yet (this workbook has no assessment matrix).",
  ],
  "sheet.result.notes": ["Catatan", "Notes"],
  "sheet.result.notesMore": ["(dan {n} lagi yang serupa)", "(and {n} more like it)"],
  "sheet.result.notesCellsMore": ["+{n} sel lainnya", "+{n} more cells"],
  "sheet.result.formMatches": [
    "Kolom pertanyaan dicocokkan dengan pernyataan menurut teksnya: {exact} sama persis, {near} mirip (periksa di bawah).",
    "Question columns matched to statements by their text: {exact} exactly, {near} nearly (check below).",
  ],
  "sheet.result.seeNote": [
    "Lihat Catatan no. {n} di bawah lembar Hasil Renaksi / See Note no. {n}",
    "See Note no. {n} at the foot of the Hasil Renaksi sheet",
  ],
  "sheet.result.fromSource": ["Dibaca dari {cell}", "Read from {cell}"],
  "sheet.result.perMonth": ["Rata-rata per bulan", "Monthly averages"],
  "sheet.result.printedAverage": [
    "Nilai tercetak di dokumen (tidak ada skor pernyataan)",
    "Printed value in the document (no statement scores)",
  ],
  "sheet.result.userChoice": [
    "Diambil dari tabel prioritas Anda ({cell}): ubah di sana.",
    "Taken from your priority table ({cell}): change it there.",
  ],
  "col.no": ["No", "No"],
  "col.statement": ["Pernyataan", "Statement"],
  "col.score": ["Skor", "Score"],
  "col.n": ["n", "n"],
  "col.gap": ["Kesenjangan", "Gap"],
  "col.aspect": ["Aspek", "Aspect"],
  "col.average": ["Rata-rata", "Average"],
  "col.suggested": ["Prioritas usulan", "Suggested priority"],
  "col.chosen": ["Prioritas pilihan", "Chosen priority"],
  "col.reason": ["Alasan", "Reason"],
  "col.final": ["Prioritas akhir", "Final priority"],
  "col.order": ["Urutan bagan", "Chart order"],
  "col.priority": ["Prioritas", "Priority"],
  "col.year": ["Tahun", "Year"],
  "col.received": ["Pengaduan diterima", "Complaints received"],
  "col.resolved": ["Diselesaikan", "Resolved"],
  "col.resolvedPct": ["% diselesaikan", "% resolved"],
  "col.unresolved": ["Belum/tidak diselesaikan", "Not resolved"],
  "col.unresolvedPct": ["% belum diselesaikan", "% not resolved"],
  "col.indicator": ["Indikator", "Indicator"],
  "col.unit": ["Satuan", "Unit"],
  "col.polarity": ["Polaritas", "Polarity"],
  "col.target": ["Target", "Target"],
  "col.realisasi": ["Realisasi", "Realisation"],
  "col.capaian": ["Capaian", "Achievement"],
  "col.baseline": ["Baseline", "Baseline"],
  "col.monthly": ["Rata-rata per bulan", "Monthly average"],
  "col.group": ["Kelompok Program", "Programme group"],
  "col.groupSuccess": [
    "Kelompok Program / Indikator Keberhasilan",
    "Programme group / Success indicators",
  ],
  "col.cellNote": [
    "Sel (→ sel Renaksi yang ditandai): catatan",
    "Cell (→ Renaksi cell marked): note",
  ],
  "col.successIndicator": ["Indikator Keberhasilan", "Success indicator"],
  "col.label": ["Label jawaban", "Answer label"],
  "col.labelScore": ["Skor", "Score"],
  "col.labelCount": ["Jumlah jawaban", "Answers"],
  "col.formQuestion": ["Pertanyaan di formulir", "Form question"],
  "col.formCell": ["Kolom", "Column"],
  "col.match": ["Kecocokan teks", "Text match"],
  "polarity.up": ["naik", "up"],
  "polarity.down": ["turun", "down"],
  "capaian.met": ["Tercapai", "Met"],
  "capaian.notMet": ["Tidak tercapai", "Not met"],
  "year.label": ["Tahun {year}", "Year {year}"],
  "validation.priority": [
    "Isi prioritas 1 sampai {n} (1 = paling perlu perbaikan).",
    "Enter a priority from 1 to {n} (1 = most in need of improvement).",
  ],
  "validation.score": ["Isi nilai 1, 2, 3 atau 4.", "Enter a score of 1, 2, 3 or 4."],
  "validation.mark": [
    "Beri tanda ✓ pada satu kolom nilai saja.",
    "Put a ✓ in one score column only.",
  ],
  "validation.polarity": [
    "Pilih naik (semakin tinggi semakin baik) atau turun (semakin rendah semakin baik).",
    "Choose naik (higher is better) or turun (lower is better).",
  ],
  "validation.status": [
    "Pilih status: belum, berjalan, selesai atau tertunda.",
    "Choose a status: belum (not started), berjalan (running), selesai (done) or tertunda (delayed).",
  ],
  "validation.periode": [
    "Pilih Tahunan (realisasi per tahun) atau Semester (juga realisasi per semester).",
    "Choose Tahunan (realisation per year) or Semester (also a realisation per semester).",
  ],
  // Timeline Program
  "sheet.timeline.title": ["Timeline Program", "Programme Timeline"],
  "sheet.timeline.legend": ["Keterangan:", "Legend:"],
  "sheet.timeline.active": ["periode pelaksanaan", "active period"],
  "sheet.timeline.monevHere": [
    "Status monev per semester diisi di lembar «{sheet}».",
    "The monev status per semester is filled in the «{sheet}» sheet.",
  ],
  "col.code": ["Kode", "Code"],
  "col.program": [
    "Kelompok Program / Program / Kegiatan",
    "Programme group / Programme / Activity",
  ],
  "col.units": ["Pihak Terlibat", "Units involved"],
  "col.time": ["Waktu Pelaksanaan", "Schedule"],
  "col.status": ["Status monev", "Monitoring status"],
  "status.belum": ["belum", "not started"],
  "status.berjalan": ["berjalan", "running"],
  "status.selesai": ["selesai", "done"],
  "status.tertunda": ["tertunda", "delayed"],
  "granularity.year": ["per tahun", "by year"],
  "granularity.semester": ["per semester", "by semester"],
  "granularity.quarter": ["per triwulan", "by quarter"],
  "timeline.empty": [
    "Matriks program tidak ditemukan: timeline tidak dapat dibuat.",
    "No programme matrix found: the timeline cannot be made.",
  ],
  "timeline.noPeriod": [
    "Tahun rencana tidak diketahui (tidak ada kolom tahun di matriks program).",
    "The plan years are unknown (no year columns in the programme matrix).",
  ],
  // Monev Renaksi
  "sheet.monev.title": ["Monev Renaksi", "Action plan monitoring"],
  "sheet.monev.intro": [
    "Dibuat oleh Renaksi. Isi kolom ungu di tiap blok semester; isian tetap saat Renaksi dijalankan lagi. Ringkasan, % selesai dan capaian adalah rumus otomatis.",
    "Made by Renaksi. Fill the violet columns of each semester block; entries are kept when Renaksi runs again. Summaries, % done and capaian are live formulas.",
  ],
  "sheet.monev.reported": ["Semester dilaporkan: {semester}", "Semester reported: {semester}"],
  "sheet.monev.summary": ["1. Ringkasan per semester", "1. Summary per semester"],
  "sheet.monev.byAspect": ["2. % selesai per aspek", "2. % done per aspect"],
  "sheet.monev.byKelompok": ["3. % selesai per Kelompok Program", "3. % done per programme group"],
  "sheet.monev.indicators": [
    "4. Capaian indikator per tahun (dan per semester bila Periode = Semester)",
    "4. Indicator achievement per year (and per semester when Periode = Semester)",
  ],
  "sheet.monev.chartData": ["Data bagan capaian {year}", "Achievement chart data {year}"],
  "sheet.monev.block": [
    "5.{n} Kegiatan semester {semester}",
    "5.{n} Activities, semester {semester}",
  ],
  "sheet.monev.noActivities": [
    "Matriks program tidak ditemukan: tidak ada kegiatan untuk dimonitor.",
    "No programme matrix found: there are no activities to monitor.",
  ],
  "sheet.monev.chartAspect": ["% selesai per aspek, {semester}", "% done per aspect, {semester}"],
  "sheet.monev.chartCapaian": ["Capaian indikator {year}", "Indicator achievement {year}"],
  "sheet.monev.fromOwn": [
    "Dibaca dari tabel monev Anda ({cell}): ubah di sana.",
    "Read from your own monev table ({cell}): change it there.",
  ],
  "col.semester": ["Semester", "Semester"],
  "col.planned": ["Direncanakan", "Planned"],
  "col.selesaiPct": ["% selesai", "% done"],
  "col.outsidePlan": ["Selesai di luar rencana", "Done outside the plan"],
  "col.kelompok": ["Kelompok Program", "Programme group"],
  "col.plan": ["Rencana", "Planned"],
  "col.output": ["Realisasi/Output", "Output"],
  "col.kendala": ["Kendala", "Obstacles"],
  "col.tindakLanjut": ["Tindak lanjut", "Follow-up"],
  "col.bukti": ["Bukti", "Evidence"],
  "col.capaianStatus": ["Status capaian", "Achievement status"],
  "col.periode": ["Periode", "Period"],
  "periode.tahunan": ["Tahunan", "Yearly"],
  "periode.semester": ["Semester", "Semester"],
  "capaianStatus.tercapai": ["tercapai", "met"],
  "capaianStatus.hampir": ["hampir tercapai", "nearly met"],
  "capaianStatus.belum": ["belum tercapai", "not met"],
  "sheet.rekap.title": ["Rekap Monev", "Monitoring roll-up"],
  "sheet.rekap.files": ["1. % selesai per berkas dan aspek", "1. % done per file and aspect"],
  "sheet.rekap.shortfall": ["2. Indikator yang belum tercapai", "2. Indicators that fall short"],
  "sheet.rekap.chart": ["% selesai per berkas", "% done per file"],
  "col.file": ["Berkas", "File"],
  "col.instansi": ["Instansi", "Agency"],
  "col.overall": ["Keseluruhan", "Overall"],
  // Template
  "tpl.title": [
    "Rencana Aksi Pengelolaan Pengaduan Pelayanan Publik",
    "Public Service Complaint Handling Action Plan",
  ],
  "tpl.instansi": ["Instansi", "Agency"],
  "tpl.period": ["Periode", "Period"],
  "tpl.howto": [
    "Isi setiap tabel di bawah ini, lalu jalankan Renaksi > Isi hasil. Jangan ubah baris judul kolom.",
    "Fill in every table below, then run Renaksi > Fill results. Do not change the column headers.",
  ],
  "tpl.informasi": [
    "Tabel 1. Informasi Umum Pengelolaan Pengaduan",
    "Table 1. General complaint handling information",
  ],
  "tpl.assessment": ["Tabel 2. Matriks Asesmen", "Table 2. Self-assessment matrix"],
  "tpl.categorisation": [
    "Tabel 3. Kategorisasi Pernyataan ke dalam Aspek",
    "Table 3. Statement categorisation into aspects",
  ],
  "tpl.priority": ["Tabel 4. Penentuan Prioritas", "Table 4. Priorities"],
  "tpl.indicators": [
    "Tabel 5. Indikator Sasaran Strategis",
    "Table 5. Strategic target indicators",
  ],
  "tpl.programs": ["Tabel 6. Program dan Kegiatan", "Table 6. Programmes and activities"],
  "tpl.success": [
    "Tabel 7. Indikator Keberhasilan Program",
    "Table 7. Programme success indicators",
  ],
  "tpl.col.uraian": ["Uraian", "Item"],
  "tpl.col.jumlah": ["Jumlah", "Count"],
  "tpl.col.pct": ["%", "%"],
  "tpl.col.value": ["Nilai", "Score"],
  "tpl.col.baseline": ["Baseline", "Baseline"],
  "tpl.col.time": ["Waktu", "Time"],
  "tpl.col.kp": ["Kelompok Program", "Programme group"],
  "tpl.col.success": ["Indikator Keberhasilan", "Success indicator"],
  "tpl.info.received": ["Jumlah pengaduan", "Complaints received"],
  "tpl.info.monthly": ["Rata-rata pengaduan per bulan", "Monthly average"],
  "tpl.info.resolved": ["Pengaduan yang diselesaikan", "Complaints resolved"],
  "tpl.info.unresolved": [
    "Pengaduan yang tidak dapat diselesaikan (dalam proses)",
    "Complaints not resolved (in process)",
  ],
  "tpl.example.note": [
    "Contoh: timpa baris abu-abu dengan program dan kegiatan instansi, tambah baris bila perlu. Baris contoh yang tetap tanpa tanda tahun tidak dibaca.",
    "Example: write the instansi's programmes and activities over the grey rows, add rows as needed. Example rows left without a year mark are not read.",
  ],
  "tpl.kp": ["Kelompok Program {name}", "Programme group {name}"],
  "tpl.ind.received": ["Jumlah pengaduan yang diterima", "Complaints received"],
  "tpl.ind.resolvedPct": ["Persentase pengaduan yang diselesaikan", "Share of complaints resolved"],
  "tpl.ind.days": ["Jangka waktu penyelesaian pengaduan", "Days to resolve a complaint"],
  "tpl.unit.complaints": ["pengaduan", "complaints"],
  "tpl.unit.days": ["hari", "days"],
} as const satisfies Labels;

export type SheetLabelKey = keyof typeof SHEET_LABELS;

/** A sheet label in Indonesian (the language of the sheets), with {placeholders} filled in. */
export function sheetLabel(key: SheetLabelKey, vars: Record<string, string | number> = {}): string {
  const pair = SHEET_LABELS[key];
  const text = pair ? pair[0] : key;
  return fillPlaceholders(text, vars);
}
