import { readKept, readKeptPriorities, readKeptStatuses } from "../../../core/api/kept";
import { MANAGED_SHEETS, MARKER_PREFIX, isManagedGrid } from "../../../core/model/managed-sheet";
import type { Grid } from "../../../core/grid";

const resultGrid = (rows: (string | number | null)[][]): Grid => ({
  sheet: MANAGED_SHEETS.result,
  origin: { row: 1, col: 1 },
  values: [[`${MARKER_PREFIX} Hasil Analisis Kabupaten Luwu`], [], ...rows],
});

describe("readKeptPriorities", () => {
  it("returns Luwu's chosen priorities and reasons typed in the aspect table, found by header", () => {
    const g = resultGrid([
      ["No", "Aspek", "Rata-rata", "Prioritas usulan", "Prioritas pilihan", "Alasan"],
      [1, "Kebijakan & Kelembagaan", 2.83, 4, 4, "Regulasi sudah ada"],
      [2, "Sumber Daya Manusia", 2.64, 2, "5", ""],
      [3, "Pemanfaatan Data & Optimalisasi Aplikasi", 2.71, 3, null, null],
      [4, "Partisipasi Pemangku Kepentingan", 2.5, 1, 1, "Tingkat awareness masyarakat rendah"],
      [5, "Koordinasi, Pemantauan & Evaluasi", "—", "", 2, ""],
      [null],
      ["Prioritas", "Aspek", "Rata-rata"],
    ]);
    expect(readKeptPriorities([g])).toEqual([
      {
        aspect: "kelembagaan",
        priority: 4,
        reason: "Regulasi sudah ada",
        cell: "'Hasil Renaksi'!E4",
      },
      { aspect: "sdm", priority: 5, reason: "", cell: "'Hasil Renaksi'!E5" },
      {
        aspect: "partisipasi",
        priority: 1,
        reason: "Tingkat awareness masyarakat rendah",
        cell: "'Hasil Renaksi'!E7",
      },
      { aspect: "koordinasi", priority: 2, reason: "", cell: "'Hasil Renaksi'!E8" },
    ]);
  });

  describe("edge cases", () => {
    it("returns nothing from a sheet without the marker, or a priority outside 1..5 as null", () => {
      const g = resultGrid([
        ["Aspek", "Prioritas pilihan", "Alasan"],
        ["Sumber Daya Manusia", 7, "alasan tetap disimpan"],
      ]);
      expect(readKeptPriorities([g])).toEqual([
        {
          aspect: "sdm",
          priority: null,
          reason: "alasan tetap disimpan",
          cell: "'Hasil Renaksi'!B4",
        },
      ]);
      const notOurs = { ...g, values: [["Catatan"], ...g.values.slice(1)] };
      expect(readKeptPriorities([notOurs])).toEqual([]);
      expect(isManagedGrid({ ...g, origin: { row: 2, col: 1 } })).toBe(false);
    });
  });
});

describe("readKeptStatuses", () => {
  it("returns the monev status per activity code and semester", () => {
    const g: Grid = {
      sheet: MANAGED_SHEETS.timeline,
      origin: { row: 1, col: 1 },
      values: [
        [`${MARKER_PREFIX} Timeline Program Kabupaten Kapuas`],
        [],
        [],
        [
          "Kode",
          "Kelompok Program / Program / Kegiatan",
          "Pihak Terlibat",
          "Waktu Pelaksanaan",
          "",
          "Status monev",
          "",
        ],
        ["", "", "", "2021", "2022", "2021 S1", "2021 S2"],
        ["I.1.a", "Penyusunan Perbup", "Bag. Hukum", "■", "", "Selesai", "berjalan"],
        ["", "Kegiatan tanpa kode", "", "", "■", "", "tertunda"],
        ["I.1.b", "Sosialisasi", "", "", "", "entah", ""],
      ],
    };
    const m = readKeptStatuses([g]);
    expect([...m.keys()]).toEqual(["I.1.a", "#Kegiatan tanpa kode"]);
    expect([...m.get("I.1.a")!]).toEqual([
      ["2021-S1", "selesai"],
      ["2021-S2", "berjalan"],
    ]);
    expect(m.get("#Kegiatan tanpa kode")?.get("2021-S2")).toBe("tertunda");
  });

  describe("edge cases", () => {
    it("returns empty entries for a workbook Renaksi never wrote to", () => {
      const kept = readKept([{ sheet: "Program", origin: { row: 1, col: 1 }, values: [["Kode"]] }]);
      expect(kept.priorities).toEqual([]);
      expect(kept.statuses.size).toBe(0);
    });
  });
});
