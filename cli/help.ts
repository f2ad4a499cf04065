/** `--help` texts, Indonesian first, then English. */
export const HELP: Record<string, string> = {
  main: `renaksi: Rencana Aksi Pengelolaan Pengaduan (SP4N-LAPOR!) untuk berkas .xlsx

Penggunaan:
  renaksi template -o BERKAS [--statements juknis22|klungkung20] [--years 2022-2024] [--instansi NAMA]
  renaksi summary BERKAS... [--json] [--lang id|en]
  renaksi fill BERKAS [-o KELUARAN] [--in-place] [--granularity year|semester|quarter]
  renaksi monev BERKAS... [--semester TTTT-S] [--json] [-o REKAP.xlsx]

Perintah:
  template   buku kerja baru berisi semua matriks standar, kosong dan siap diisi
  summary    rata-rata aspek, prioritas, kesenjangan, informasi umum, capaian indikator, masalah
  fill       menulis hasil (rumus otomatis, tabel prioritas, bagan prioritas, timeline program, monev)
  monev      laporan monev satu semester per berkas; beberapa berkas: rekap provinsi

Kode keluar: 0 berhasil (peringatan boleh), 2 masukan tidak valid (tidak ada yang ditulis), 1 tak terduga.
Bantuan tiap perintah: renaksi <perintah> --help

renaksi: the complaint-handling action plan (SP4N-LAPOR!) for .xlsx files

Usage:
  renaksi template -o FILE [--statements juknis22|klungkung20] [--years 2022-2024] [--instansi NAME]
  renaksi summary FILE... [--json] [--lang id|en]
  renaksi fill FILE [-o OUT] [--in-place] [--granularity year|semester|quarter]
  renaksi monev FILE... [--semester YYYY-S] [--json] [-o ROLLUP.xlsx]

Commands:
  template   a new workbook with every standard matrix, blank and ready to fill
  summary    aspect averages, priorities, gaps, general information, indicator achievement, problems
  fill       writes the results (live formulas, priority table, priority chart, program timeline, monev)
  monev      one semester's monev report per file; several files: the province roll-up

Exit codes: 0 success (warnings allowed), 2 invalid input (nothing written), 1 unexpected.
Help for a command: renaksi <command> --help
`,
  template: `renaksi template -o BERKAS [opsi]

Membuat buku kerja baru berisi semua matriks standar (informasi umum, matriks asesmen,
kategorisasi, prioritas, indikator sasaran, matriks program), kosong, dalam bahasa Indonesia.

  -o, --out BERKAS         berkas .xlsx yang dibuat (wajib)
  --statements DAFTAR      juknis22 (22 pernyataan juknis, bawaan) atau klungkung20 (20, dikelompokkan)
  --years TTTT-TTTT        periode rencana aksi (bawaan: tahun ini sampai 2 tahun ke depan)
  --instansi NAMA          nama instansi yang ditulis di judul
  --force                  timpa BERKAS bila sudah ada
  -h, --help               bantuan ini

Creates a new workbook with every standard matrix (general information, assessment matrix,
categorisation, priorities, indicators, program matrix), blank, in Indonesian.

  -o, --out FILE           the .xlsx file to create (required)
  --statements LIST        juknis22 (the 22 juknis statements, default) or klungkung20 (20, grouped)
  --years YYYY-YYYY        plan period (default: this year to two years ahead)
  --instansi NAME          the instansi's name written in the title
  --force                  overwrite FILE if it exists
  -h, --help               this help
`,
  summary: `renaksi summary BERKAS... [--json] [--lang id|en]

Mencari matriks Renaksi di semua lembar lalu mencetak rata-rata aspek, prioritas usulan dan
pilihan, kesenjangan, % informasi umum, capaian indikator, dan setiap masalah beserta selnya.
Beberapa berkas: satu tabel per berkas ditambah rekap provinsi.

  --json        keluaran JSON (kontrak tetap; satu objek, atau larik bila beberapa berkas)
  --lang id|en  bahasa tabel (bawaan id)
  -h, --help    bantuan ini

Finds the Renaksi matrices on any sheet and prints aspect averages, suggested and chosen
priorities, gaps, general-information %, indicator achievement, and every problem with its cell.
Several files: one table per file plus a province roll-up.

  --json        JSON output (stable contract; one object, or an array for several files)
  --lang id|en  table language (default id)
  -h, --help    this help

Exit 2 when a file cannot be read or has an error (all files are still reported).
`,
  fill: `renaksi fill BERKAS [-o KELUARAN] [--in-place] [--granularity year|semester|quarter]

Menulis lembar "Hasil Renaksi" (skor dan rata-rata sebagai rumus otomatis, tabel prioritas dengan
alasan Anda dipertahankan, kesenjangan, capaian, Bagan Prioritas sebagai grafik asli) dan lembar
"Timeline Program". Lembar, rumus, komentar, grafik dan gambar Anda tetap utuh; bila ada bagian
yang tidak dapat dipertahankan, Renaksi menolak dan tidak menulis apa pun.
Tanpa --in-place, berkas masukan tidak pernah diubah.

  -o, --out KELUARAN         berkas hasil (bawaan: BERKAS-renaksi.xlsx di folder yang sama)
  --in-place                 tulis ke BERKAS itu sendiri
  --granularity G            kisi timeline: year (bawaan), semester, quarter
  --semester TTTT-S          semester yang digrafikkan di lembar Monev Renaksi (bawaan: terakhir berisi status)
  --target N                 tingkat sasaran untuk kesenjangan (bawaan 4)
  --statements DAFTAR        juknis22 atau klungkung20 bila buku kerja tidak punya kategorisasi
  --numbering BAB[.N]        penomoran tabel: 2 (bawaan, "Tabel 2.1"), 3.4 (mulai "Tabel 3.4"), none
  -h, --help                 bantuan ini

Writes the "Hasil Renaksi" sheet (scores and averages as live formulas, the priority table with
your reasons kept, gaps, achievement, the priority chart as a native chart) and the "Timeline
Program" sheet. Your sheets, formulas, comments, charts and images stay intact; if a part cannot
be kept, Renaksi refuses and writes nothing. Without --in-place the input file is never changed.

  -o, --out OUT              output file (default: FILE-renaksi.xlsx in the same folder)
  --in-place                 write into FILE itself
  --granularity G            timeline grid: year (default), semester, quarter
  --semester YYYY-S          the semester charted on the Monev Renaksi sheet (default: the latest with a status)
  --target N                 target level for gaps (default 4)
  --statements LIST          juknis22 or klungkung20 when the workbook has no categorisation
  --numbering CH[.N]         table numbering: 2 (default, "Tabel 2.1"), 3.4 (from "Tabel 3.4"), none
  -h, --help                 this help
`,
  monev: `renaksi monev BERKAS... [--semester TTTT-S] [--json] [--lang id|en] [-o REKAP.xlsx]

Laporan monev satu semester per berkas: kegiatan direncanakan, selesai, berjalan, tertunda, belum,
% selesai keseluruhan / per Kelompok Program / per aspek, kegiatan tertinggal beserta selnya di
lembar «Monev Renaksi», capaian indikator tahun itu, atau semester itu bagi indikator yang dilaporkan
per semester (PermenPANRB 6/2022), dan statusnya. Beberapa berkas:
rekap provinsi (% selesai per berkas dan aspek, indikator yang belum tercapai). Berkas tidak diubah;
lembar «Monev Renaksi» ditulis oleh \`renaksi fill\`.

  --semester TTTT-S    semester yang dilaporkan, mis. 2023-2 atau 2023-S2 (bawaan: semester terakhir
                       yang berisi status)
  --json               kontrak JSON (lihat cli/README.md)
  -o, --out REKAP      tulis rekap sebagai buku kerja baru dengan grafik
  --force              timpa REKAP bila sudah ada
  --lang id|en         bahasa keluaran
  -h, --help           bantuan ini

The monev report of one semester per file: activities planned, done, in progress, postponed, not
started, % done overall / per programme group / per aspect, lagging activities with their cells in
the «Monev Renaksi» sheet, indicator achievement in that year, or in that semester for an indicator
reported per semester (PermenPANRB 6/2022), and its status. Several
files: the province roll-up (% done per file and aspect, indicators that fall short). The files are
not changed; the «Monev Renaksi» sheet is written by \`renaksi fill\`.

  --semester YYYY-S    the semester to report, e.g. 2023-2 or 2023-S2 (default: the latest with a status)
  --json               the JSON contract (see cli/README.md)
  -o, --out ROLLUP     write the roll-up as a new workbook with a chart
  --force              overwrite ROLLUP if it exists
  --lang id|en         output language
  -h, --help           this help

Exit codes: 0 ok (warnings allowed), 2 invalid input or a semester outside the plan, 1 unexpected.
`,
};
