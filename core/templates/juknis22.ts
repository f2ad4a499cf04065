import type { Mapping } from "../model/mapping";
import type { Statement } from "../model/statement";

/**
 * The 22 self-assessment statements of the juknis (PermenPANRB 46/2020 road map), verbatim as Luwu
 * (seed 004, "Tabel 2 Matriks Asesmen") and Cilacap (seed 001, "Tabel 3 Matrik Asesmen") print
 * them. HTML tags of the source (`<i>platform</i>`) are stripped; Luwu's statement 9, which wraps
 * onto a continuation row in the seed, is joined.
 *
 * @example JUKNIS22_STATEMENTS[13].text // "Terdapat mekanisme koordinasi yang melibatkan ..."
 */
const TEXTS: readonly string[] = [
  "Sistem pengelolaan pengaduan dapat diakses dengan mudah oleh masyarakat melalui berbagai saluran dengan mekanisme dan tampilan yang mudah dipahami.",
  "Proses penanganan pengaduan dan tindak lanjutnya merupakan sebuah proses terbuka yang dapat dipantau oleh pihak yang menyampaikan pengaduan dan masyarakat luas.",
  "Pengelola pengaduan memberikan tanggapan secara positif terhadap pengaduan yang diterima dan menindaklanjutinya secara cepat dan solutif.",
  "Pengelola pengaduan menerima dan menyelesaikan pengaduan secara obyektif dan tidak tebang pilih.",
  "Sistem pengelolaan pengaduan didukung oleh pembagian peran yang jelas diantara pimpinan, pengawas, dan level operasional.",
  "Pimpinan instansi dan pejabat tinggi lainnya mendukung dan memiliki komitmen untuk terus menerus meningkatkan kualitas sistem pengelolaan pengaduan.",
  "Para pimpinan menggunakan data pengaduan sebagai salah satu pertimbangan dalam pengambilan keputusan serta perbaikan program dan kebijakan.",
  "Pejabat yang bertanggungjawab dalam supervisi pengelolaan pengaduan memastikan proses penerimaan dan penyelesaian pengaduan berjalan secara efektif.",
  "Pejabat yang bertanggungjawab dalam supervisi pengelolaan pengaduan berupaya memberikan solusi terhadap kekurangan dalam pengelolaan pengaduan meliputi kebutuhan sumber daya manusia, anggaran, proses bisnis, dan lain-lain.",
  "Pejabat yang bertanggungjawab dalam supervisi pengelolaan pengaduan berupaya membangun dan meningkatkan mekanisme koordinasi antar unit-unit terlibat dalam instansi.",
  "Pengelolaan pengaduan didukung oleh staf operasional dengan jumlah dan kompetensi yang memadai.",
  "Pengelolaan pengaduan telah didukung oleh kebijakan instansi yang memadai meliputi sumber daya manusia, anggaran, prosedur, fasilitas, dan lainnya.",
  "Terdapat aturan yang jelas tentang pembagian tugas dan fungsi para pengelola pengaduan sesuai wewenang.",
  "Terdapat mekanisme koordinasi yang melibatkan berbagai pihak di instansi dalam pengelolaan pengaduan.",
  "Staf operasional telah cakap dalam melaksanakan tugas dan fungsi masing-masing.",
  "Pengelolaan pengaduan telah didukung oleh fasilitas yang memadai",
  "Instansi memiliki panduan teknis/buku manual tentang pengelolaan pengaduan.",
  "Pengelola pengaduan telah mendapatkan pelatihan (atau program penguatan kompetensi lain) terkait teknis pengelolaan pengaduan.",
  "Pengelola pengaduan telah mendapatkan pelatihan (atau program penguatan kompetensi lain) terkait proses bisnis dan mekanisme koordinasi antar unit.",
  "Pengelola pengaduan telah mendapatkan pelatihan (atau program penguatan kompetensi lain) terkait komunikasi publik.",
  "Sistem pengelolaan pengaduan telah terintegrasi dengan aplikasi lain",
  "Pengelolaan pengaduan sudah terhubung dengan platform pembelajaran nasional",
];

export const JUKNIS22_STATEMENTS: readonly Statement[] = TEXTS.map((text, i) => ({
  no: i + 1,
  text,
}));

/**
 * The default categorisation of the juknis statements, used only when a workbook has no
 * categorisation table of its own (the instansi's own table always wins).
 *
 * How it was chosen:
 * - Base: Luwu's "Tabel 3 Kategorisasi Hasil Asesmen" (seed 004), the only full 22-row table in
 *   the seeds, including its many-to-many rows (9, 12, 13 -> Kelembagaan + SDM).
 * - Luwu's table as printed leaves Koordinasi & Monev without any statement and reaches
 *   Partisipasi only through a misaligned cell; a default must give every aspect at least one
 *   statement, so Partisipasi and Koordinasi statements are assigned by their wording, following
 *   Klungkung's grouping of the same juknis texts (seed 002, Tabel 2.2):
 *   - 6 (pimpinan mendukung dan memiliki komitmen) and 8 (pejabat supervisi memastikan proses
 *     penerimaan dan penyelesaian berjalan efektif) -> Partisipasi (Klungkung's 15 and 16);
 *   - 10 (membangun mekanisme koordinasi antar unit) keeps Luwu's Kelembagaan mark and gains
 *     Koordinasi (Klungkung's 19); 14 (mekanisme koordinasi yang melibatkan berbagai pihak)
 *     -> Koordinasi.
 * - Everything else is Luwu's: 1, 6->(moved), 7, 16, 17, 21, 22 Data & Aplikasi; 3, 4, 11, 15,
 *   18, 19, 20 SDM; 2, 5 Kelembagaan.
 *
 * Result: Kelembagaan 2, 5, 9, 10, 12, 13; SDM 3, 4, 9, 11, 12, 13, 15, 18, 19, 20;
 * Data 1, 7, 16, 17, 21, 22; Partisipasi 6, 8; Koordinasi 10, 14.
 *
 * @example JUKNIS22_DEFAULT_MAPPING[9] // { no: 10, aspects: ["kelembagaan", "koordinasi"] }
 */
export const JUKNIS22_DEFAULT_MAPPING: Mapping = [
  { no: 1, aspects: ["data"] },
  { no: 2, aspects: ["kelembagaan"] },
  { no: 3, aspects: ["sdm"] },
  { no: 4, aspects: ["sdm"] },
  { no: 5, aspects: ["kelembagaan"] },
  { no: 6, aspects: ["partisipasi"] },
  { no: 7, aspects: ["data"] },
  { no: 8, aspects: ["partisipasi"] },
  { no: 9, aspects: ["kelembagaan", "sdm"] },
  { no: 10, aspects: ["kelembagaan", "koordinasi"] },
  { no: 11, aspects: ["sdm"] },
  { no: 12, aspects: ["kelembagaan", "sdm"] },
  { no: 13, aspects: ["kelembagaan", "sdm"] },
  { no: 14, aspects: ["koordinasi"] },
  { no: 15, aspects: ["sdm"] },
  { no: 16, aspects: ["data"] },
  { no: 17, aspects: ["data"] },
  { no: 18, aspects: ["sdm"] },
  { no: 19, aspects: ["sdm"] },
  { no: 20, aspects: ["sdm"] },
  { no: 21, aspects: ["data"] },
  { no: 22, aspects: ["data"] },
];
