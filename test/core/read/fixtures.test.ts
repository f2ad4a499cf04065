import { SEED_GRIDS, bigAssessmentGrid, bigProgramGrid, responsesGrid } from "../../fixtures/grids";

describe("SEED_GRIDS", () => {
  it("returns rectangular grids with unique sheet names per seed", () => {
    for (const [name, grids] of Object.entries(SEED_GRIDS)) {
      const sheets = grids.map((g) => g.sheet);
      expect(new Set(sheets).size).toBe(sheets.length);
      for (const g of grids) {
        const width = g.values[0].length;
        expect(g.values.every((r) => r.length === width)).toBe(true);
        expect(g.origin.row).toBeGreaterThanOrEqual(1);
        // every sheet holds something: a seed sheet left blank by a fixture edit is a defect
        expect([name, g.sheet, g.values.some((r) => r.some((v) => v !== null))]).toEqual([
          name,
          g.sheet,
          true,
        ]);
      }
    }
  });

  it("returns the five seeds with their sheets in the workbook's order", () => {
    expect(
      Object.fromEntries(Object.entries(SEED_GRIDS).map(([k, gs]) => [k, gs.map((g) => g.sheet)])),
    ).toEqual({
      klungkung: ["Asesmen", "Prioritas", "Sasaran", "Program", "Indikator Keberhasilan"],
      luwu: [
        "Asesmen",
        "Kategorisasi",
        "Prioritas",
        "Sasaran",
        "Program",
        "Indikator Keberhasilan",
      ],
      cilacap: ["Lampiran II", "Sasaran", "Program", "Indikator Keberhasilan"],
      kapuas: ["Data Pengaduan", "Sasaran", "Program", "Indikator Keberhasilan"],
      sumbar: ["Prioritas", "Sasaran", "Program"],
    });
  });
});

describe("responsesGrid", () => {
  it("returns one row per respondent and one column per statement, deterministically", () => {
    const g = responsesGrid(60, 20, 7);
    expect(g.values).toHaveLength(61);
    expect(g.values[0].slice(3)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(responsesGrid(60, 20, 7)).toEqual(g);
    expect(responsesGrid(60, 20, 8)).not.toEqual(g);
    const answers = g.values.slice(1).flatMap((r) => r.slice(3));
    expect(answers.some((v) => v === null)).toBe(true);
    expect(answers.every((v) => v === null || [1, 2, 3, 4].includes(v as number))).toBe(true);
  });
});

describe("bigProgramGrid", () => {
  it("returns exactly the requested number of Kegiatan rows", () => {
    const g = bigProgramGrid(1234, 2022, 2024);
    const kegiatan = g.values.filter((r) => String(r[0]).startsWith("Kegiatan"));
    expect(kegiatan).toHaveLength(1234);
    expect(g.values.filter((r) => String(r[0]).startsWith("KP "))).toHaveLength(5);
  });
});

describe("bigAssessmentGrid", () => {
  it("returns one marked row per statement", () => {
    const g = bigAssessmentGrid(100);
    expect(g.values).toHaveLength(103);
    expect(g.values[3]).toEqual([1, "Pernyataan 1", "✓", null, null, null]);
    expect(g.values[6]).toEqual([4, "Pernyataan 4", null, null, null, "✓"]);
  });
});
