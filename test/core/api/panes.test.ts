import { fill, analyze, monev } from "../../../core/api/commands";
import {
  aspectTable,
  describeWrite,
  monevAspectTable,
  monevCountsLine,
  paneNumber,
  planCounts,
} from "../../../core/api/panes";
import { SEED_GRIDS } from "../../fixtures/grids";

describe("aspectTable", () => {
  it("returns Klungkung's aspects by final priority with short headers and two-decimal figures", () => {
    const { analysis } = analyze(SEED_GRIDS.klungkung);
    const table = aspectTable(analysis.aspects, "id");
    expect(table.head.map((h) => h.text)).toEqual([
      "Prioritas",
      "Aspek",
      "Rata-rata",
      "Usulan",
      "Kesenjangan",
    ]);
    expect(table.head[3].hint).toBe("Prioritas usulan dari rata-rata: terendah = 1");
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["1", "Sumber Daya Manusia", "3,00", "1", "1,00"],
      ["2", "Pemanfaatan Data & Optimalisasi Aplikasi", "3,00", "2", "1,00"],
      ["3", "Koordinasi, Pemantauan & Evaluasi", "3,00", "3", "1,00"],
      ["4", "Kebijakan & Kelembagaan", "3,17", "4", "0,83"],
      ["5", "Partisipasi Pemangku Kepentingan", "3,67", "5", "0,33"],
    ]);
    expect(table.rows[0].cells.map((c) => c.num)).toEqual([true, false, true, true, true]);
  });

  it("returns English names and headers in English", () => {
    const { analysis } = analyze(SEED_GRIDS.klungkung);
    const table = aspectTable(analysis.aspects, "en");
    expect(table.head.map((h) => h.text)).toEqual([
      "Priority",
      "Aspect",
      "Average",
      "Suggested",
      "Gap",
    ]);
    expect(table.rows[3].cells.map((c) => c.text)).toEqual([
      "4",
      "Policy & Institutions",
      "3.17",
      "4",
      "0.83",
    ]);
  });

  describe("edge cases", () => {
    it("returns aspects without a priority last, in canonical order, with a dash for no number", () => {
      const row = { name: "", average: null, suggestedPriority: null, priority: null, gap: null };
      const table = aspectTable(
        [
          { ...row, key: "partisipasi" },
          { ...row, key: "sdm" },
          { ...row, key: "data", priority: 1, average: 2.5, suggestedPriority: 1, gap: 1.5 },
        ],
        "id",
      );
      expect(table.rows.map((r) => r.key)).toEqual(["data", "sdm", "partisipasi"]);
      expect(table.rows[0].cells[2].text).toBe("2,50");
      expect(table.rows[1].cells.map((c) => c.text)).toEqual([
        "-",
        "Sumber Daya Manusia",
        "-",
        "-",
        "-",
      ]);
    });
  });
});

describe("describeWrite", () => {
  it("returns Klungkung's fill counted the same for any host: every conditional format rule", () => {
    const r = fill(SEED_GRIDS.klungkung);
    const result = r.plans.find((p) => p.sheet === "Hasil Renaksi")!;
    const counts = planCounts(result);
    const rules = result.conditionalFormats.reduce((n, cf) => n + cf.rules.length, 0);
    expect(rules).toBeGreaterThan(result.conditionalFormats.length);
    expect(counts).toEqual({
      cells: result.cells.length,
      formulas: result.cells.filter((c) => c.formula !== undefined).length,
      validations: result.validations.length,
      conditionalFormats: rules,
      charts: 1,
    });
    expect(
      describeWrite({ address: "'Hasil Renaksi'!A1:K88", mode: "replace", counts }, "id"),
    ).toBe(
      `Selesai menulis 'Hasil Renaksi'!A1:K88: ${counts.cells} sel, ${counts.formulas} rumus, ` +
        `${rules} aturan format bersyarat, 1 bagan`,
    );
  });

  describe("edge cases", () => {
    it("returns an overlay without a cell count (it writes none of the user's cells)", () => {
      const counts = { cells: 0, formulas: 0, validations: 5, conditionalFormats: 2, charts: 0 };
      expect(describeWrite({ address: "Asesmen!D5:D26", mode: "overlay", counts }, "en")).toBe(
        "Wrote Asesmen!D5:D26: 5 dropdowns, 2 conditional format rules",
      );
    });
  });
});

describe("monevCountsLine", () => {
  it("returns the semester's counts with a whole-number percentage", () => {
    const r = monev(SEED_GRIDS.cilacap).report!;
    const c = { ...r.overall[r.semester], selesai: 2, selesaiPct: 2 / 17 };
    expect(monevCountsLine("2021-S1", c, "id")).toBe(
      `2021 S1: ${c.planned} direncanakan, 2 selesai (12%), ${c.berjalan} berjalan, ${c.tertunda} tertunda, ${c.belum} belum`,
    );
    expect(monevCountsLine("2021-S1", null, "id")).toBe("2021 S1");
  });
});

describe("monevAspectTable", () => {
  it("returns % selesai with done / planned per aspect, in the sheet's order", () => {
    const t = monevAspectTable(
      [
        { key: "kelembagaan", name: "x", planned: 12, selesai: 2, selesaiPct: 2 / 12 },
        { key: "sdm", name: "x", planned: 0, selesai: 0, selesaiPct: null },
      ],
      "id",
    );
    expect(t.head.map((h) => h.text)).toEqual(["Aspek", "% selesai"]);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Kebijakan & Kelembagaan", "17% (2/12)"],
      ["Sumber Daya Manusia", "- (0/0)"],
    ]);
  });
});

describe("paneNumber", () => {
  it("returns fixed decimals in the locale's way", () => {
    expect(paneNumber(2.5, 2, "id")).toBe("2,50");
    expect(paneNumber(1234.5, 2, "en")).toBe("1,234.50");
    expect(paneNumber(3, 0, "id")).toBe("3");
  });
});
