import {
  indicatorPeriod,
  monevIndicators,
  parseIndicatorPeriod,
  reportedIndicators,
} from "../../../core/compute/monev-indicators";
import { emptyMonevKept } from "../../../core/compute/monev";
import type { Indicator } from "../../../core/model/indicator";
import type { Problem } from "../../../core/problem";

const SEMESTERS = ["2021-S1", "2021-S2", "2022-S1", "2022-S2"];
const YEARS = [2021, 2022];

/** Cilacap's lower-is-better days to resolve, with semester columns in its table. */
const DAYS: Indicator = {
  name: "Jangka waktu penyelesaian pengaduan",
  unit: "hari",
  polarity: "down",
  baseline: { year: 2020, value: 2.5 },
  targets: [
    { year: 2021, value: 2.5, cell: "Sasaran!D9" },
    { year: 2022, value: 2.3, cell: "Sasaran!E9" },
  ],
  realisations: [{ year: 2021, value: 2.4, cell: "Sasaran!H9" }],
  semesterRealisations: [
    { semester: "2021-S1", value: 2.6, cell: "Sasaran!J9" },
    { semester: "2021-S2", value: 2.4, cell: "Sasaran!K9" },
    { semester: "2022-S1", value: null, cell: "Sasaran!L9" },
  ],
};

/** Kapuas-like count, higher is better, no semester column. */
const RECEIVED: Indicator = {
  name: "Jumlah pengaduan",
  unit: "pengaduan",
  polarity: "up",
  baseline: { year: null, value: null },
  targets: [
    { year: 2021, value: 35 },
    { year: 2022, value: 40 },
  ],
  realisations: [],
};

const typedAt = (entries: [string, string | number, string][]) =>
  new Map(entries.map(([s, value, cell]) => [s, { value, cell }]));

describe("parseIndicatorPeriod", () => {
  it("returns semester or tahunan for the ways an analyst writes them", () => {
    expect(
      ["Semester", "per semester", "Semesteran", "smt", "Half-yearly"].map(parseIndicatorPeriod),
    ).toEqual(["semester", "semester", "semester", "semester", "semester"]);
    expect(["Tahunan", "per tahun", "Yearly", "annual"].map(parseIndicatorPeriod)).toEqual([
      "tahunan",
      "tahunan",
      "tahunan",
      "tahunan",
    ]);
  });
  describe("edge cases", () => {
    it("returns null for a blank or an unknown word", () => {
      expect(["", "bulanan", "TW"].map(parseIndicatorPeriod)).toEqual([null, null, null]);
    });
  });
});

describe("indicatorPeriod", () => {
  it("returns semester when the table has a semester realisation, whatever Periode says", () => {
    const kept = emptyMonevKept();
    kept.periods.set(DAYS.name, { text: "Tahunan", cell: "'Monev Renaksi'!K30" });
    expect(indicatorPeriod(DAYS, kept, [])).toBe("semester");
  });
  it("returns the Periode typed, else semester when a semester realisation was typed", () => {
    const kept = emptyMonevKept();
    expect(indicatorPeriod(RECEIVED, kept, [])).toBe("tahunan");
    kept.semesterRealisations.set(RECEIVED.name, typedAt([["2021-S1", 18, "'M'!E31"]]));
    expect(indicatorPeriod(RECEIVED, kept, [])).toBe("semester");
    kept.periods.set(RECEIVED.name, { text: "tahunan", cell: "'M'!K30" });
    expect(indicatorPeriod(RECEIVED, kept, [])).toBe("tahunan");
    const asked = emptyMonevKept();
    asked.periods.set(RECEIVED.name, { text: "Semester", cell: "'M'!K30" });
    expect(indicatorPeriod(RECEIVED, asked, [])).toBe("semester");
  });
  describe("edge cases", () => {
    it("returns tahunan and a warning naming the cell for an unknown Periode word", () => {
      const kept = emptyMonevKept();
      kept.periods.set(RECEIVED.name, { text: "bulanan", cell: "'Monev Renaksi'!K30" });
      const problems: Problem[] = [];
      expect(indicatorPeriod(RECEIVED, kept, problems)).toBe("tahunan");
      expect(problems).toEqual([
        expect.objectContaining({
          severity: "warning",
          code: "monev.unknown-period",
          cell: "'Monev Renaksi'!K30",
          message: expect.stringContaining("Tahunan / Semester"),
        }),
      ]);
    });
  });
});

describe("monevIndicators", () => {
  it("returns each yearly row followed by its semesters, capaian against the year's target", () => {
    const problems: Problem[] = [];
    const rows = monevIndicators([DAYS], emptyMonevKept(), YEARS, SEMESTERS, problems);
    expect(rows.map((r) => [r.year, r.semester ?? null, r.target, r.realisasi])).toEqual([
      [2021, null, 2.5, 2.4],
      [2021, "2021-S1", 2.5, 2.6],
      [2021, "2021-S2", 2.5, 2.4],
      [2022, null, 2.3, null],
      [2022, "2022-S1", 2.3, null],
      [2022, "2022-S2", 2.3, null],
    ]);
    // lower is better: 1 + (1 - 2.6 / 2.5) = 0.96 (hampir), 1 + (1 - 2.4 / 2.5) = 1.04 (tercapai)
    expect(rows[1].capaian).toBeCloseTo(0.96, 12);
    expect(rows[1]).toMatchObject({ met: false, status: "hampir", realisasiFrom: "table" });
    expect(rows[1].gap).toBeCloseTo(0.1, 12);
    expect(rows[1].realisasiCell).toBe("Sasaran!J9");
    expect(rows[1].targetCell).toBe("Sasaran!D9");
    expect(rows[2].capaian).toBeCloseTo(1.04, 12);
    expect(rows[2].status).toBe("tercapai");
    // an empty semester cell in the table: an input row in Monev Renaksi
    expect(rows[4]).toMatchObject({ realisasiFrom: "input", capaian: null, status: null });
    expect(rows.every((r) => r.period === "semester")).toBe(true);
    expect(problems).toEqual([]);
  });

  it("returns typed semester realisations with their capaian, the yearly rows unchanged", () => {
    const kept = emptyMonevKept();
    kept.semesterRealisations.set(
      RECEIVED.name,
      typedAt([
        ["2022-S1", "18", "'Monev Renaksi'!E33"],
        ["2022-S2", "41 pengaduan", "'Monev Renaksi'!E34"],
      ]),
    );
    const rows = monevIndicators([RECEIVED], kept, YEARS, SEMESTERS, []);
    expect(rows.map((r) => [r.semester ?? r.year, r.realisasi, r.capaian, r.status])).toEqual([
      [2021, null, null, null],
      ["2021-S1", null, null, null],
      ["2021-S2", null, null, null],
      [2022, null, null, null],
      ["2022-S1", 18, 0.45, "belum"],
      ["2022-S2", 41, 1.025, "tercapai"],
    ]);
    expect(rows[4]).toMatchObject({ realisasiFrom: "input", gap: 22 });
  });

  it("returns met / not met on a zero lower-is-better target for a semester (no ratio)", () => {
    const unresolved: Indicator = {
      name: "Jumlah Pengaduan yang Belum Diselesaikan",
      unit: "pengaduan",
      polarity: "down",
      baseline: { year: 2020, value: 7 },
      targets: [{ year: 2022, value: 0 }],
      realisations: [],
      semesterRealisations: [
        { semester: "2022-S1", value: 2 },
        { semester: "2022-S2", value: 0 },
      ],
    };
    const rows = monevIndicators([unresolved], emptyMonevKept(), [2022], SEMESTERS, []);
    expect(rows.map((r) => [r.semester ?? r.year, r.capaian, r.met, r.status])).toEqual([
      [2022, null, null, null],
      ["2022-S1", null, false, "belum"],
      ["2022-S2", null, true, "tercapai"],
    ]);
  });

  describe("edge cases", () => {
    it("returns an error naming the cell for a typed semester realisation that is not a number", () => {
      const kept = emptyMonevKept();
      kept.semesterRealisations.set(
        RECEIVED.name,
        typedAt([["2021-S2", "dua puluh", "'Monev Renaksi'!E32"]]),
      );
      const problems: Problem[] = [];
      const rows = monevIndicators([RECEIVED], kept, YEARS, SEMESTERS, problems);
      expect(problems).toEqual([
        expect.objectContaining({
          severity: "error",
          code: "monev.realisation-nan",
          cell: "'Monev Renaksi'!E32",
          message: 'Realisasi "dua puluh" indikator "Jumlah pengaduan" bukan angka',
          messageEn: 'Realisation "dua puluh" of indicator "Jumlah pengaduan" is not a number',
        }),
      ]);
      expect(rows.find((r) => r.semester === "2021-S2")?.realisasi).toBeNull();
    });

    it("returns yearly rows only and a warning per typed semester value when Periode is Tahunan", () => {
      const kept = emptyMonevKept();
      kept.periods.set(RECEIVED.name, { text: "Tahunan", cell: "'Monev Renaksi'!K30" });
      kept.semesterRealisations.set(
        RECEIVED.name,
        typedAt([["2021-S1", 18, "'Monev Renaksi'!E31"]]),
      );
      const problems: Problem[] = [];
      const rows = monevIndicators([RECEIVED], kept, YEARS, SEMESTERS, problems);
      expect(rows.map((r) => r.semester ?? r.year)).toEqual([2021, 2022]);
      expect(rows.every((r) => r.period === "tahunan")).toBe(true);
      expect(problems).toEqual([
        expect.objectContaining({
          severity: "warning",
          code: "monev.semester-realisation-dropped",
          cell: "'Monev Renaksi'!E31",
        }),
      ]);
    });

    it("returns a semester realisation outside the plan's semesters unused", () => {
      const rows = monevIndicators([DAYS], emptyMonevKept(), [2021], ["2021-S1", "2021-S2"], []);
      expect(rows.map((r) => r.semester ?? r.year)).toEqual([2021, "2021-S1", "2021-S2"]);
    });
  });
});

describe("reportedIndicators", () => {
  it("returns the semester's row for a semester indicator, the year's row for the others", () => {
    const rows = monevIndicators([RECEIVED, DAYS], emptyMonevKept(), YEARS, SEMESTERS, []);
    const got = reportedIndicators(rows, "2021-S2");
    expect(got.map((x) => [x.name, x.row.semester ?? x.row.year, x.index])).toEqual([
      ["Jumlah pengaduan", 2021, 0],
      ["Jangka waktu penyelesaian pengaduan", "2021-S2", 4],
    ]);
  });
  describe("edge cases", () => {
    it("returns nothing for an indicator without a row in the semester's year", () => {
      const rows = monevIndicators([RECEIVED], emptyMonevKept(), YEARS, SEMESTERS, []);
      expect(reportedIndicators(rows, "2023-S1")).toEqual([]);
    });
  });
});
