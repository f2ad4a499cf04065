import type { AspectKey } from "../model/aspect";
import { normalize } from "../cells/text";

/**
 * The example Program and Kegiatan rows the template writes under each Kelompok Program, taken
 * from what the plans typically hold for that aspect (Klungkung, Cilacap, Luwu): one program with
 * two activities each, so an analyst sees the shape of a real matrix and overwrites it. A row
 * that still holds its example title with no year mark and no unit is an untouched example: the
 * reader leaves it out with a warning (`program.example`, read/index.ts); a row whose example
 * title the analyst kept and marked is read as a real activity.
 *
 * @example EXAMPLE_PROGRAMS.sdm?.program // "Peningkatan kompetensi pengelola pengaduan"
 */
export interface ExampleProgram {
  program: string;
  activities: readonly string[];
}

export const EXAMPLE_PROGRAMS: Partial<Record<AspectKey, ExampleProgram>> = {
  kelembagaan: {
    program:
      "Penguatan kebijakan kelembagaan (anggaran, sumber daya manusia, wewenang, tugas dan fungsi serta fasilitas)",
    activities: [
      "Penyusunan Peraturan Bupati tentang Rencana Aksi Pengelolaan Pengaduan Pelayanan Publik",
      "Penyusunan SOP Pengelolaan Pengaduan Tingkat Instansi dan Unit Penyelenggara Pelayanan Publik",
    ],
  },
  sdm: {
    program: "Peningkatan kompetensi pengelola pengaduan",
    activities: [
      "Penyediaan modul/materi pembelajaran pengelolaan pengaduan",
      "Bimbingan teknis/sosialisasi pengelolaan pengaduan bagi unit pengelola pengaduan UPPP",
    ],
  },
  data: {
    program: "Pengelolaan dan publikasi data pengaduan",
    activities: [
      "Tabulasi data dan hasil pengaduan",
      "Publikasi data/kegiatan pengelolaan pengaduan di berbagai media",
    ],
  },
  partisipasi: {
    program: 'Komunikasi publik dan "brand image" SP4N-LAPOR!',
    activities: [
      "Sosialisasi SP4N-LAPOR! kepada seluruh masyarakat secara daring dan luring",
      "Penguatan pemerintah desa untuk memfasilitasi kelompok marjinal dalam penyampaian pengaduan",
    ],
  },
  koordinasi: {
    program: "Pemantauan dan evaluasi pengelolaan pengaduan",
    activities: [
      "Monitoring dan evaluasi pengelolaan pengaduan berkala (kelembagaan, proses dan dampak)",
      "Koordinasi dengan simpul (hub) SP4N-LAPOR! Provinsi/Nasional",
    ],
  },
};

const EXAMPLE_TITLES: ReadonlySet<string> = new Set(
  Object.values(EXAMPLE_PROGRAMS).flatMap((e) =>
    e ? [e.program, ...e.activities].map(normalize) : [],
  ),
);

/**
 * Is this title one of the template's example rows (case and spaces ignored)?
 *
 * @example isExampleTitle("Tabulasi data dan hasil pengaduan") // true
 */
export function isExampleTitle(title: string): boolean {
  return EXAMPLE_TITLES.has(normalize(title));
}
