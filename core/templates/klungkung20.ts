import type { AspectKey } from "../model/aspect";
import type { Statement } from "../model/statement";

/**
 * Klungkung's 20 statements (seed 002, "Tabel 2.2 Hasil Assessment"), verbatim, each with the
 * aspect heading it is printed under (`group`): 1-6 Kebijakan dan Kelembagaan, 7-11 Sumber Daya
 * Manusia, 12-14 Pemanfaatan Data dan Optimalisasi Aplikasi, 15-17 Partisipasi Pemangku
 * Kepentingan Internal dan Eksternal, 18-20 Koordinasi dan monev.
 *
 * Kept exactly as printed, including the seed's doubled word in statement 1 ("didukung
 * didukung"): the text is compared with what analysts type, not corrected behind their back.
 * Statements 17, 18 and 20 are Klungkung's own additions; the rest are juknis texts regrouped.
 *
 * @example KLUNGKUNG20_STATEMENTS[14] // { no: 15, text: "Pimpinan instansi ...", group: "partisipasi" }
 */
const ROWS: ReadonlyArray<readonly [AspectKey, string]> = [
  [
    "kelembagaan",
    "Sistem pengelolaan pengaduan didukung didukung oleh pembagian peran yang jelas diantara pimpinan, pengawas dan level operasional.",
  ],
  [
    "kelembagaan",
    "Pejabat yang bertanggungjawab dalam supervisi pengelolaan pengaduan berupaya memberikan solusi terhadap kekurangan dalam pengelolaan pengaduan meliputi kebutuhan sumber daya manusia, anggaran, proses bisnis dan lain-lain.",
  ],
  [
    "kelembagaan",
    "Pengelolaan pengaduan telah didukung oleh kebijakan instansi yang memadai meliputi sumber daya manusia, anggaran, prosedur, fasilitas dan lainnya.",
  ],
  [
    "kelembagaan",
    "Terdapat aturan yang jelas tentang pembagian tugas dan fungsi para pengelola pengaduan sesuai wewenang.",
  ],
  ["kelembagaan", "Pengelolaan pengaduan telah didukung oleh fasilitas yang memadai"],
  ["kelembagaan", "Instansi memiliki panduan teknis/buku manual tentang pengelolaan pengaduan."],
  [
    "sdm",
    "Pengelolaan pengaduan didukung oleh staf operasional dengan jumlah dan kompetensi yang memadai.",
  ],
  ["sdm", "Staf operasional telah cakap dalam melaksanakan tugas dan fungsi masing-masing."],
  [
    "sdm",
    "Pengelola pengaduan telah mendapatkan pelatihan (atau program penguatan kompetensi lain) terkait teknis pengelolaan pengaduan.",
  ],
  [
    "sdm",
    "Pengelola pengaduan telah mendapatkan pelatihan (atau program penguatan kompetensi lain) terkait proses bisnis dan mekanisme koordinasi antar unit.",
  ],
  [
    "sdm",
    "Pengelola pengaduan telah mendapatkan pelatihan (atau program penguatan kompetensi lain) terkait komunikasi publik",
  ],
  [
    "data",
    "Para pimpinan menggunakan data pengaduan sebagai salah satu pertimbangan dalam pengambilan keputusan serta perbaikan program dan kebijakan",
  ],
  ["data", "Sistem pengelolaan pengaduan telah terintegrasi dengan aplikasi lain."],
  ["data", "Pengelolaan pengaduan sudah terhubung dengan platform pembelajaran nasional"],
  [
    "partisipasi",
    "Pimpinan instansi dan pejabat tinggi lainnya mendukung dan memiliki komitmen untuk terus menerus meningkatkan kualitas sistem pengelolaan pengaduan",
  ],
  [
    "partisipasi",
    "Pejabat yang bertanggungjawab dalam supervisi pengelolaan pengaduan memastikan proses penerimaan dan penyelesaian pengaduan berjalan secara efektif.",
  ],
  ["partisipasi", "Terdapat sarana untuk menampung aspirasi pemangku kepentingan"],
  [
    "koordinasi",
    "Pimpinan instansi dan pejabat tinggi lainnya melakukan koordinasi, monitoring, dan evaluasi secara berkala untuk meningkatkan kualitas sistem pengelolaan pengaduan.",
  ],
  [
    "koordinasi",
    "Pejabat yang bertanggungjawab dalam supervisi pengelolaan pengaduan berupaya membangun dan meningkatkan mekanisme koordinasi antar unit-unit terlibat dalam instansi.",
  ],
  ["koordinasi", "Penyelenggaraan forum-forum evaluasi dan pelaksanaan hasil evaluasi"],
];

export const KLUNGKUNG20_STATEMENTS: readonly Statement[] = ROWS.map(([group, text], i) => ({
  no: i + 1,
  text,
  group,
}));
