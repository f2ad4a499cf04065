/**
 * The monev of two example workbooks (issue 10), three semesters each (2021 S1, 2021 S2, 2022 S1),
 * made the two ways an analyst keeps one:
 *
 * - `luwuMonev`: Luwu keeps its OWN monev table (sheet "Monev": Kode | Kegiatan | 2021 S1 | 2021 S2
 *   | 2022 S1 | Keterangan) and adds its 2021 realisations to the indicator table (Realisasi 2021:
 *   6 complaints received, 83,33% resolved: the seed's own 2021 figures, 5 of 6). Renaksi reads both
 *   and shows them in "Monev Renaksi" without ever writing into them.
 * - `cilacapMonev`: Cilacap typed its monev INTO "Monev Renaksi" (status, output, kendala, tindak
 *   lanjut, bukti, and the 2021 realisations), the sheet as it stands after an earlier `renaksi fill`
 *   (values only here; `fill` rebuilds it with its formulas and keeps every entry). It reports one
 *   indicator per semester (days to resolve: Periode = Semester, 2021 S1, 2021 S2, 2022 S1 typed).
 *
 * The statuses are SYNTHETIC but plausible: the seeds print the plan, not its monitoring. Cilacap's
 * 2021 numbers (92 received, 85 resolved, 7 unresolved, 2,4 days) are invented around its targets.
 *
 * @example cilacapMonev(cilacap).grids.at(-1)?.sheet // "Monev Renaksi"
 */
import {
  INDICATOR_PERIOD_COL,
  monev,
  monevGeometry,
  planToGrid,
  setCell,
  type CellValue,
  type Grid,
  type MonevReport,
  type SemesterField,
} from "../core";

type Entry = [
  code: string,
  semester: string,
  status: string,
  output?: string,
  kendala?: string,
  tindakLanjut?: string,
  bukti?: string,
];

/** Luwu's own table: the activities of 2021 and 2022 (codes as in its program matrix). */
export const LUWU_MONEV_ROWS: [string, string, string, string, string, string][] = [
  // code, kegiatan, 2021 S1, 2021 S2, 2022 S1, keterangan
  ["1.a", "Sosialisasi pelayanan pengaduan SP4N-LAPOR", "", "", "berjalan", "3 kecamatan"],
  ["1.b", "Rakor pelayanan pengaduan SP4N-LAPOR", "berjalan", "selesai", "selesai", "2 kali rakor"],
  ["1.c", "Seminar peran pengaduan", "", "", "belum", ""],
  ["1.d", "Peningkatan komunikasi publik", "", "", "berjalan", "Siaran radio"],
  ["2.a", "Pelaksanaan proses dan tindak lanjut", "berjalan", "selesai", "berjalan", ""],
  ["2.b", "Rakor monitoring dan evaluasi", "belum", "selesai", "berjalan", ""],
  ["2.c", "Koordinasi dan konsultasi ke Provinsi", "tertunda", "selesai", "selesai", "PPKM"],
  ["3.a", "Integrasi Aplikasi Lokal dengan SP4N-LAPOR", "", "", "tertunda", "Anggaran"],
  ["3.b", "Survey Kepuasan Masyarakat", "", "", "belum", ""],
  ["3.c", "Penyusunan Laporan Pengaduan berkala", "selesai", "selesai", "selesai", ""],
  ["3.d", "Monev Tindak Lanjut pengaduan", "berjalan", "berjalan", "selesai", ""],
  ["4.a", "Penyusunan Perbup Pelayanan Pengaduan", "", "berjalan", "selesai", "Perbup 2022"],
  ["4.b", "Tersedianya anggaran", "", "", "selesai", "APBD 2022"],
  ["4.c", "Penguatan Tim Koordinasi", "", "", "berjalan", ""],
  ["5.a", "Bimtek Pengelola Pengaduan", "", "", "tertunda", "Narasumber"],
  ["5.d", "Kompetisi SP4N-LAPOR", "", "", "belum", ""],
];

/** Add Luwu's own monev sheet and a Realisasi 2021 column to its indicator table. */
export function luwuMonev(grids: readonly Grid[]): Grid[] {
  const own: Grid = {
    sheet: "Monev",
    origin: { row: 1, col: 1 },
    values: [
      ["MONITORING DAN EVALUASI RENCANA AKSI PER SEMESTER"],
      [],
      ["Kode", "Kegiatan", "2021 S1", "2021 S2", "2022 S1", "Keterangan"],
      ...LUWU_MONEV_ROWS.map((r) => r.map((v) => v as CellValue)),
    ],
  };
  const withReal = grids.map((g): Grid => {
    if (g.sheet !== "Sasaran") return g;
    const values = g.values.map((row) => [...row]);
    const head = values.findIndex((row) => row.some((v) => v === "Target pada Tahun"));
    if (head < 0) throw new Error("luwuMonev: no indicator header in Sasaran");
    const col = Math.max(...values.slice(head, head + 4).map((r) => r.length));
    const put = (r: number, v: CellValue) => {
      while (values[r].length < col) values[r].push(null);
      values[r][col] = v;
    };
    put(head, "Realisasi");
    put(head + 1, 2021);
    put(head + 2, "6 Pengaduan");
    put(head + 3, "83,33%");
    return { ...g, values };
  });
  return [...withReal, own];
}

/** What Cilacap's analyst typed in "Monev Renaksi" for 2021 S1, 2021 S2 and 2022 S1. */
export const CILACAP_MONEV: Entry[] = [
  ["I.1.1", "2021-S1", "berjalan", "Draf Perbup"],
  [
    "I.1.1",
    "2021-S2",
    "selesai",
    "Perbup Pengelolaan Pengaduan ditetapkan",
    "",
    "",
    "JDIH Kab. Cilacap",
  ],
  [
    "1.1.7",
    "2021-S2",
    "berjalan",
    "Draf kebutuhan sarpras",
    "Data OPD belum lengkap",
    "Surat permintaan data ke OPD",
  ],
  ["II.1.1", "2021-S1", "selesai", "Rekap triwulan I-II"],
  ["II.1.1", "2021-S2", "selesai", "Rekap triwulan III-IV", "", "", "Laporan Diskominfo"],
  ["II.1.2", "2021-S1", "berjalan"],
  ["II.1.2", "2021-S2", "selesai", "Infografis semesteran", "", "", "cilacapkab.go.id"],
  ["II.2.1", "2021-S1", "selesai", "Kanal LAPOR! di laman Pemkab"],
  ["II.2.1", "2021-S2", "selesai"],
  [
    "II.2.5",
    "2021-S2",
    "tertunda",
    "",
    "Materi FAQ belum disepakati OPD",
    "Rapat pembahasan Januari 2022",
  ],
  ["IV.1.1", "2021-S1", "berjalan", "4 kecamatan"],
  ["IV.1.1", "2021-S2", "selesai", "24 kecamatan", "", "", "Notulen dan foto kegiatan"],
  ["IV.1.2", "2021-S1", "berjalan", "12 unggahan"],
  ["IV.1.2", "2021-S2", "berjalan", "30 unggahan"],
  ["IV.1.3", "2021-S2", "selesai"],
  [
    "IV.2.1",
    "2021-S2",
    "tertunda",
    "",
    "Pembatasan kegiatan tatap muka (PPKM)",
    "Dijadwalkan ulang secara daring",
  ],
  [
    "IV.2.2",
    "2021-S2",
    "tertunda",
    "",
    "Pembatasan kegiatan tatap muka (PPKM)",
    "Digabung dengan IV.2.1",
  ],
  ["IV.3.1", "2021-S2", "selesai"],
  ["V.1.1", "2021-S2", "selesai"],
  ["V.2.1", "2021-S1", "berjalan", "Rapat evaluasi triwulan I"],
  ["V.2.1", "2021-S2", "selesai", "4 rapat evaluasi", "", "", "Notulen rapat"],
  ["V.3.1", "2021-S1", "berjalan"],
  ["V.3.1", "2021-S2", "berjalan", "Laporan mingguan"],
  ["V.3.2", "2021-S1", "berjalan"],
  ["V.3.2", "2021-S2", "selesai", "Laporan ke Inspektorat"],
  // 2022 S1: the two postponed 2021 workshops held late (done outside their plan), 2022 work under way
  ["IV.2.1", "2022-S1", "selesai", "Lokakarya daring", "", "", "Daftar hadir"],
  ["I.1.2", "2022-S1", "selesai", "SK Bupati direvisi"],
  ["I.1.3", "2022-S1", "berjalan"],
  ["I.1.4", "2022-S1", "berjalan"],
  ["I.2.1", "2022-S1", "selesai"],
  ["I.2.2", "2022-S1", "berjalan"],
  ["II.1.1", "2022-S1", "selesai", "Rekap triwulan I-II"],
  ["II.1.2", "2022-S1", "berjalan"],
  [
    "II.1.3",
    "2022-S1",
    "tertunda",
    "",
    "Aplikasi dasbor belum tersedia",
    "Koordinasi dengan Diskominfo",
  ],
  ["II.2.5", "2022-S1", "selesai", "FAQ terbit"],
  ["IV.1.1", "2022-S1", "berjalan"],
  ["IV.1.2", "2022-S1", "berjalan"],
  ["V.2.1", "2022-S1", "selesai", "2 rapat evaluasi"],
  ["V.3.1", "2022-S1", "berjalan"],
  ["V.3.2", "2022-S1", "selesai"],
];

/** Cilacap's 2021 realisations (indicator name -> value), typed in "Monev Renaksi". */
export const CILACAP_REALISASI_2021: Record<string, number> = {
  "Jumlah Pengaduan yang Diterima": 92,
  "Jumlah Pengaduan yang Diselesaikan": 85,
  "Jumlah Pengaduan yang Belum Diselesaikan": 7,
  "Persentase Pengaduan yang Diselesaikan": 85 / 92,
  "Jangka waktu penyelesaian pengaduan": 2.4,
};

const FIELD_AT: SemesterField[] = ["status", "output", "kendala", "tindakLanjut", "bukti"];

/** Type `entries` and `realisations` into a Monev Renaksi grid, as a person would. */
export function typeMonev(
  sheet: Grid,
  report: MonevReport,
  entries: readonly Entry[],
  realisations: Record<string, number>,
  year: number,
): Grid {
  const g = monevGeometry(report);
  let out = sheet;
  for (const [code, semester, ...fields] of entries) {
    const i = report.activities.findIndex((a) => a.code === code);
    const k = report.semesters.indexOf(semester);
    if (i < 0 || k < 0) throw new Error(`typeMonev: no activity ${code} or semester ${semester}`);
    fields.forEach((v, j) => {
      if (v) out = setCell(out, g.row(k, i), g.col(FIELD_AT[j]), v);
    });
  }
  report.indicators.forEach((ind, n) => {
    const v = realisations[ind.name];
    if (ind.year === year && !ind.semester && v !== undefined) {
      out = setCell(out, g.indicatorFirst + n, 5, v);
    }
  });
  return out;
}

/** The indicator Cilacap reports per semester (its Periode set to Semester in Monev Renaksi). */
export const CILACAP_SEMESTER_INDICATOR = "Jangka waktu penyelesaian pengaduan";

/**
 * Its realisations per semester, typed in the semester rows (days, where it stood at the end of
 * the semester): 2,7 in 2021 S1 (against 2,5: 92 %, hampir), 2,4 in 2021 S2 (= the year's 2,4:
 * 104 %, tercapai), 2,2 in 2022 S1 (against 2,3: 104,35 %, tercapai). Invented, like the year's.
 */
export const CILACAP_REALISASI_SEMESTER: Record<string, number> = {
  "2021-S1": 2.7,
  "2021-S2": 2.4,
  "2022-S1": 2.2,
};

/** Choose Semester in an indicator's Periode cell (section 4, column K of its first row). */
export function askSemester(sheet: Grid, report: MonevReport, name: string): Grid {
  const n = report.indicators.findIndex((i) => i.name === name);
  if (n < 0) throw new Error(`askSemester: no indicator ${name}`);
  return setCell(sheet, monevGeometry(report).indicatorFirst + n, INDICATOR_PERIOD_COL, "Semester");
}

/** Type an indicator's semester realisations into its semester rows, as a person would. */
export function typeSemesters(
  sheet: Grid,
  report: MonevReport,
  name: string,
  values: Record<string, number>,
): Grid {
  const g = monevGeometry(report);
  let out = sheet;
  for (const [semester, v] of Object.entries(values)) {
    const n = report.indicators.findIndex((i) => i.name === name && i.semester === semester);
    if (n < 0) throw new Error(`typeSemesters: no ${semester} row for ${name}`);
    out = setCell(out, g.indicatorFirst + n, 5, v);
  }
  return out;
}

/** Cilacap with its "Monev Renaksi" sheet as the analyst left it (values, typed entries). */
export function cilacapMonev(grids: readonly Grid[]): Grid[] {
  const r = monev([...grids]);
  if (!r.report || r.refused) throw new Error("cilacapMonev: Cilacap has no monev");
  const typed = askSemester(
    typeMonev(planToGrid(r.plans[0]), r.report, CILACAP_MONEV, CILACAP_REALISASI_2021, 2021),
    r.report,
    CILACAP_SEMESTER_INDICATOR,
  );
  // Run again: days to resolve now has its semester rows, where the analyst types them.
  const mid = monev([...grids, typed]);
  if (!mid.report || mid.refused) throw new Error("cilacapMonev: the typed monev is refused");
  const semesters = typeSemesters(
    planToGrid(mid.plans[0]),
    mid.report,
    CILACAP_SEMESTER_INDICATOR,
    CILACAP_REALISASI_SEMESTER,
  );
  // The sheet as it was saved: the formulas' values follow the entries typed.
  const saved = monev([...grids, semesters]);
  if (saved.refused) throw new Error("cilacapMonev: the typed monev is refused");
  return [...grids, planToGrid(saved.plans[0])];
}
