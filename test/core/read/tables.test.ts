import type { Grid } from "../../../core/grid";
import { readWorkbook } from "../../../core/read";
import { SEED_GRIDS, block, responsesGrid, sheet } from "../../fixtures/grids";
import { KLUNGKUNG_SCORES } from "../../fixtures/grids/klungkung";

describe("readWorkbook", () => {
  describe("responses", () => {
    it("returns one answer list per statement column, blanks as null", () => {
      const g = responsesGrid(60, 20, 7);
      const { doc, problems } = readWorkbook([g]);
      expect(doc.answers).toHaveLength(20);
      expect(doc.answers[0].answers).toHaveLength(60);
      // independent oracle: walk the grid column by column
      for (let s = 0; s < 20; s++) {
        const col = g.values.slice(1).map((r) => r[3 + s]);
        expect(doc.answers[s].answers).toEqual(col);
      }
      expect(doc.answers[4].source).toEqual({
        kind: "responses",
        sheet: "Responden",
        row: 2,
        col: 8,
        rows: 60,
        cols: 1,
      });
      expect(doc.answers[0].answers).toHaveLength(doc.answers[0].source?.rows ?? -1);
      expect(problems).toEqual([]);
    });

    it("returns respondents' answers in place of the marks, statement texts from the matrix", () => {
      const resp: Grid = {
        sheet: "Responden",
        origin: { row: 1, col: 1 },
        values: [
          ["Timestamp", "Nama", ...Array.from({ length: 20 }, (_, i) => `P${i + 1}`)],
          ["2022-03-01", "A", ...KLUNGKUNG_SCORES],
          ["2022-03-01", "B", ...KLUNGKUNG_SCORES.map((s) => (s === 4 ? 4 : 2))],
          ["2022-03-02", "C", "4 - Sangat baik", ...Array<null>(19).fill(null)],
        ],
      };
      const { doc } = readWorkbook([...SEED_GRIDS.klungkung, resp]);
      expect(doc.statements).toHaveLength(20);
      expect(doc.statements[0].group).toBe("kelembagaan");
      expect(doc.answers[0]).toMatchObject({ no: 1, answers: [3, 2, 4] });
      expect(doc.answers[1].answers).toEqual([3, 2, null]);
      expect(doc.answers[0].source?.kind).toBe("responses");
    });

    it("returns a row of nulls for a blank respondent row, keeping answers aligned with the column", () => {
      const g = responsesGrid(5, 6, 2);
      g.values.splice(3, 0, Array(9).fill(null));
      const { doc } = readWorkbook([g]);
      expect(doc.answers[0].answers).toHaveLength(6);
      expect(doc.answers[0].answers[2]).toBeNull();
      expect(doc.answers[0].answers[3]).toBe(g.values[4][3]);
      expect(doc.answers[0].source).toMatchObject({ row: 2, rows: 6 });
    });

    it("returns an error naming the cell of an unreadable answer", () => {
      const g: Grid = {
        sheet: "Form",
        origin: { row: 5, col: 2 },
        values: [
          ["No.1", "No.2", "No.3", "No.4", "No.5"],
          [1, 2, 3, 4, "bagus sekali"],
        ],
      };
      const { doc, problems } = readWorkbook([g]);
      expect(problems).toEqual([
        expect.objectContaining({
          severity: "error",
          code: "response.unreadable",
          cell: "Form!F6",
        }),
      ]);
      expect(doc.answers[4].answers).toEqual([null]);
    });

    it("returns a label answer scored through the default table (Baik = 3 beside Cukup = 2)", () => {
      const g: Grid = {
        sheet: "Form",
        origin: { row: 5, col: 2 },
        values: [
          ["No.1", "No.2", "No.3", "No.4", "No.5"],
          [1, 2, 3, 4, "baik"],
          ["Cukup", 2, 3, 4, "Sangat  Baik."],
        ],
      };
      const { doc, problems } = readWorkbook([g]);
      expect(problems).toEqual([]);
      expect(doc.answers[4].answers).toEqual([3, 4]);
      expect(doc.answers[0].answers).toEqual([1, 2]);
      expect(doc.formExport?.labels?.source).toBe("default:baik-cukup");
      expect(doc.formExport?.labels?.counts).toEqual({ Baik: 1, Cukup: 1, "Sangat Baik": 1 });
    });
  });

  describe("programs", () => {
    it("returns semester periods from a year row over Smt I / Smt II", () => {
      const g = sheet("Program", [
        block(2, 1, [
          ["No", "Kegiatan", "Waktu", null, null, null, "Penanggung Jawab"],
          [null, null, 2022, null, 2023, null, null],
          [null, null, "Smt I", "Smt II", "Smt I", "Smt II", null],
          ["KP I", "Penguatan Kelembagaan", null, null, null, null, null],
          ["I.1", "Program tata laksana", null, null, null, null, null],
          ["I.1.a", "Penyusunan SOP", "v", null, null, "✓", "Bagian Organisasi; Inspektorat"],
          ["I.1.b", "Review SOP", null, "V", "sebagian", null, "Diskominfo"],
        ]),
      ]);
      const { doc, problems } = readWorkbook([g]);
      expect(doc.programs.map((p) => [p.code, p.level, p.periods])).toEqual([
        ["KP I", "kelompok", []],
        ["I.1", "program", []],
        ["I.1.a", "kegiatan", ["2022-S1", "2023-S2"]],
        ["I.1.b", "kegiatan", ["2022-S2"]],
      ]);
      expect(doc.programs[2].units).toEqual(["Bagian Organisasi", "Inspektorat"]);
      expect(problems.find((p) => p.code === "program.unreadable-period")?.cell).toBe("Program!E8");
      expect(doc.profile.period).toEqual({ startYear: 2022, endYear: 2023 });
    });

    it("returns quarter periods written in one header row", () => {
      const g = sheet("TW", [
        block(1, 1, [
          ["Kode", "Kegiatan", "TW I 2024", "TW II 2024", "Pihak Terlibat"],
          ["Kegiatan I.1.1", "Sosialisasi", "x", null, "Diskominfo"],
        ]),
      ]);
      expect(readWorkbook([g]).doc.programs[0]).toMatchObject({
        code: "I.1.1",
        level: "kegiatan",
        periods: ["2024-Q1"],
      });
    });
  });

  describe("monev", () => {
    it("returns a status per activity and semester", () => {
      const g = sheet("Monev", [
        block(1, 1, [
          ["Kode", "Kegiatan", "2022 S1", "2022 S2", "Keterangan"],
          ["I.1.a", "Penyusunan SOP", "Selesai", "", "ok"],
          ["I.1.b", "Review SOP", "sedang berjalan", "Ditunda", ""],
          ["I.1.c", "Sosialisasi", "belum", "??", ""],
        ]),
      ]);
      const { doc, problems } = readWorkbook([g]);
      expect(doc.monev.map((m) => [m.code, m.period, m.status])).toEqual([
        ["I.1.a", "2022-S1", "selesai"],
        ["I.1.b", "2022-S1", "berjalan"],
        ["I.1.b", "2022-S2", "tertunda"],
        ["I.1.c", "2022-S1", "belum"],
      ]);
      expect(doc.monev[0]).toMatchObject({ note: "ok", cell: "Monev!C2" });
      expect(problems.find((p) => p.code === "monev.unreadable-status")?.cell).toBe("Monev!D4");
    });
  });

  describe("indicators", () => {
    it("returns polarity from a Polaritas column and realisations", () => {
      const g = sheet("Kinerja", [
        block(1, 1, [
          [
            "Indikator",
            "Satuan",
            "Polaritas",
            "Baseline 2020",
            "Target 2021",
            "Target 2022",
            "Realisasi 2021",
          ],
          ["Sisa pengaduan", "pengaduan", "Semakin rendah semakin baik", 7, 6, 0, "6,5"],
          ["Jumlah pengaduan", "pengaduan", "naik", 9, 20, 40, 18],
          ["Kepuasan", "%", "up", "80%", "85%", 90, "n/a"],
        ]),
      ]);
      const { doc, problems } = readWorkbook([g]);
      expect(doc.indicators.map((i) => [i.name, i.polarity, i.polarityInferred])).toEqual([
        ["Sisa pengaduan", "down", undefined],
        ["Jumlah pengaduan", "up", undefined],
        ["Kepuasan", "up", undefined],
      ]);
      expect(doc.indicators[0].realisations).toEqual([
        { year: 2021, value: 6.5, cell: "Kinerja!G2" },
      ]);
      expect(doc.indicators[2].targets.map((t) => t.value)).toEqual([0.85, 0.9]);
      expect(problems.find((p) => p.code === "indicator.unreadable")?.cell).toBe("Kinerja!G4");
    });

    it("returns semester realisations from semester headers, written every way", () => {
      const g = sheet("Kinerja", [
        block(1, 1, [
          [
            "Indikator",
            "Satuan",
            "Target 2023",
            "Realisasi 2023",
            "Realisasi Semester I 2023",
            "2023 S2",
            "Smt II 2024",
          ],
          ["Jangka waktu penyelesaian", "hari", 2, "1,9", "2,1", "1,9", 1.7],
          ["Persentase diselesaikan", "%", "90%", "", "88,5%", 93, ""],
        ]),
      ]);
      const { doc, problems } = readWorkbook([g]);
      // a semester header is never read as the year's realisation
      expect(doc.indicators[0].realisations).toEqual([
        { year: 2023, value: 1.9, cell: "Kinerja!D2" },
      ]);
      expect(doc.indicators[0].semesterRealisations).toEqual([
        { semester: "2023-S1", value: 2.1, cell: "Kinerja!E2" },
        { semester: "2023-S2", value: 1.9, cell: "Kinerja!F2" },
        { semester: "2024-S2", value: 1.7, cell: "Kinerja!G2" },
      ]);
      expect(doc.indicators[1].semesterRealisations?.map((v) => v.value)).toEqual([
        0.885,
        0.93,
        null,
      ]);
      expect(problems.filter((p) => p.code.startsWith("indicator.duplicate"))).toEqual([]);
    });

    it("returns semester realisations under a spanning Realisasi TW/semester header", () => {
      const g = sheet("Kinerja", [
        block(1, 1, [
          ["Indikator", "Target", null, "Realisasi TW/semester", null, null],
          [null, 2022, 2023, "S1 2022", "Semester II 2022", "TW I 2023"],
          ["Jumlah pengaduan (pengaduan)", 40, 50, 18, "41", 9],
        ]),
      ]);
      const { doc, problems } = readWorkbook([g]);
      const ind = doc.indicators[0];
      expect(ind.targets.map((t) => [t.year, t.value])).toEqual([
        [2022, 40],
        [2023, 50],
      ]);
      expect(ind.realisations).toEqual([]);
      expect(ind.semesterRealisations).toEqual([
        { semester: "2022-S1", value: 18, cell: "Kinerja!D3" },
        { semester: "2022-S2", value: 41, cell: "Kinerja!E3" },
      ]);
      // a quarter is read but not used: a warning on its cell, in both languages
      expect(problems.filter((p) => p.code === "indicator.quarter")).toEqual([
        expect.objectContaining({
          severity: "warning",
          cell: "Kinerja!F3",
          message: expect.stringContaining("triwulan 2023 Q1"),
          messageEn: expect.stringContaining("quarter realisation 2023 Q1"),
        }),
      ]);
    });
  });
});
