/**
 * The example workbooks: Luwu as printed is refused (aspect.empty), the analyst's corrected copy
 * (luwuPerbaikan) fills with the many-to-many mapping and Luwu's own priorities.
 */
import { analyze, fill } from "../../core/index";
import { luwu, klungkung } from "../fixtures/grids";
import { buildExample, EXAMPLES, LUWU_FIX_NOTE, luwuPerbaikan } from "../../cli/examples-build";
import { loadWorkbook } from "../../cli/xlsx/workbook";

const byKey = (grids: Parameters<typeof analyze>[0]) =>
  Object.fromEntries(analyze(grids).analysis.aspects.map((a) => [a.key, a]));

describe("luwuPerbaikan", () => {
  it("returns Luwu's grids with statements 10 and 14 also marked under Koordinasi & Monev", () => {
    const { grids, notes } = luwuPerbaikan(luwu);
    expect(notes.map((n) => [n.sheet, n.row, n.col])).toEqual([
      ["Kategorisasi", 16, 11],
      ["Kategorisasi", 20, 11],
    ]);
    const kat = grids.find((g) => g.sheet === "Kategorisasi");
    expect(kat?.values[4][10]).toBe("Koordinasi & Monev");
    // statement 10: Kelembagaan + Partisipasi kept, Koordinasi added; statement 14: Partisipasi + Koordinasi
    expect(kat?.values[15].slice(6, 11)).toEqual(["✓", null, null, "✓", "✓"]);
    expect(kat?.values[19].slice(6, 11)).toEqual([null, null, null, "✓", "✓"]);
  });

  it("returns an analysis where every aspect has statements and Luwu's chosen priorities hold", () => {
    const a = byKey(luwuPerbaikan(luwu).grids);
    expect(a.koordinasi.statements).toEqual([10, 14]);
    expect(a.partisipasi.statements).toEqual([10, 14]);
    expect(a.koordinasi.average).toBe(2.5);
    expect(a.partisipasi.average).toBe(2.5);
    expect(a.kelembagaan.average).toBeCloseTo(17 / 6, 12);
    expect(a.sdm.average).toBeCloseTo(29 / 11, 12);
    expect(a.data.average).toBeCloseTo(19 / 7, 12);
    expect(
      ["partisipasi", "koordinasi", "data", "kelembagaan", "sdm"].map((k) => a[k].priority),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(
      ["partisipasi", "koordinasi", "sdm", "data", "kelembagaan"].map(
        (k) => a[k].suggestedPriority,
      ),
    ).toEqual([1, 2, 3, 4, 5]);
  });

  it("returns a workbook that fills, with the contradiction warnings on Luwu's priority cells", () => {
    const r = fill(luwuPerbaikan(luwu).grids);
    expect(r.refused).toBe(false);
    const contradictions = r.problems.filter((p) => p.cell?.startsWith("Prioritas!"));
    expect(contradictions.map((p) => [p.severity, p.cell])).toEqual([
      ["warning", "Prioritas!G6"],
      ["warning", "Prioritas!H7"],
      ["warning", "Prioritas!F8"],
    ]);
  });

  describe("edge cases", () => {
    it("returns the printed Luwu refused with aspect.empty naming the categorisation range", () => {
      const r = fill(luwu);
      expect(r.refused).toBe(true);
      expect(r.problems.filter((p) => p.severity === "error")).toEqual([
        expect.objectContaining({ code: "aspect.empty", cell: "Kategorisasi!A4:K28" }),
      ]);
    });

    it("returns new grids and leaves the printed fixture unchanged", () => {
      const before = JSON.stringify(luwu);
      luwuPerbaikan(luwu);
      expect(JSON.stringify(luwu)).toBe(before);
    });

    it("throws when the grids hold no categorisation table to correct", () => {
      expect(() => luwuPerbaikan(klungkung)).toThrow(/expected 2 rows to correct, found 0/);
    });
  });
});

describe("buildExample", () => {
  it("returns luwu-perbaikan.xlsx with the correction visible as a note on each changed cell", async () => {
    const { grids, notes } = EXAMPLES["luwu-perbaikan"];
    const book = await loadWorkbook(await buildExample(grids, notes), "luwu-perbaikan.xlsx");
    const ws = book.wb.getWorksheet("Kategorisasi");
    expect(ws?.getCell("K16").value).toBe("✓");
    expect(ws?.getCell("K20").value).toBe("✓");
    expect(ws?.getCell("K16").note).toBe(LUWU_FIX_NOTE);
    expect(ws?.getCell("K15").note).toBeUndefined();
    expect(Object.keys(EXAMPLES)).toEqual([
      "klungkung",
      "luwu",
      "luwu-perbaikan",
      "cilacap",
      "kapuas",
    ]);
  });
});
