/**
 * The example workbooks: Luwu as printed is refused (aspect.empty), the analyst's corrected copy
 * (luwuPerbaikan) fills with the many-to-many mapping and Luwu's own priorities; Klungkung filled
 * electronically by 60 respondents (klungkungResponden) gives the printed averages and priorities.
 */
import { analyze, fill } from "../../core/index";
import { luwu, klungkung, cilacap, kapuas } from "../fixtures/grids";
import { KLUNGKUNG_SCORES } from "../fixtures/grids/klungkung";
import {
  blanksOf,
  buildExample,
  EXAMPLES,
  KLUNGKUNG_RESPONSES_NOTE,
  klungkungResponden,
  LUWU_FIX_NOTE,
  luwuPerbaikan,
  pairsOf,
  respondentAnswers,
  responsesSheet,
} from "../../cli/examples-build";
import { loadWorkbook } from "../../cli/xlsx/workbook";
import { excelOf } from "./helpers";

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
    const ws = (await excelOf(book.original)).getWorksheet("Kategorisasi");
    expect(ws?.getCell("K16").value).toBe("✓");
    expect(ws?.getCell("K20").value).toBe("✓");
    expect(ws?.getCell("K16").note).toBe(LUWU_FIX_NOTE);
    expect(ws?.getCell("K15").note).toBeUndefined();
    expect(Object.keys(EXAMPLES)).toEqual([
      "klungkung",
      "klungkung-responden",
      "klungkung-formulir",
      "luwu",
      "luwu-perbaikan",
      "cilacap",
      "kapuas",
    ]);
  });
});

/** Column i of the answer rows (statement i + 1). */
const column = (rows: (number | null)[][], i: number): (number | null)[] => rows.map((r) => r[i]);
const valid = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
const count = (xs: (number | null)[], v: number | null): number => xs.filter((x) => x === v).length;

describe("respondentAnswers", () => {
  it("returns 60 rows whose valid answers average exactly Klungkung's printed score per statement", () => {
    const rows = respondentAnswers(KLUNGKUNG_SCORES);
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.length === 20)).toBe(true);
    const means = KLUNGKUNG_SCORES.map((_, i) => {
      const xs = valid(column(rows, i));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    });
    expect(means).toEqual(KLUNGKUNG_SCORES);
  });

  it("returns a score-3 statement as 2s, 3s and 4s with as many 2s as 4s, plus a few blanks", () => {
    const s1 = column(respondentAnswers(KLUNGKUNG_SCORES), 0);
    expect([count(s1, null), count(s1, 2), count(s1, 3), count(s1, 4)]).toEqual([3, 9, 39, 9]);
    expect([blanksOf(1), pairsOf(1)]).toEqual([3, 9]);
    const s2 = column(respondentAnswers(KLUNGKUNG_SCORES), 1);
    expect([count(s2, null), count(s2, 2), count(s2, 3), count(s2, 4)]).toEqual([2, 5, 48, 5]);
  });

  it("returns a score-4 statement as 4s and blanks only", () => {
    const rows = respondentAnswers(KLUNGKUNG_SCORES);
    // statements 4, 15 and 16 are printed 4: 60, 59 and 60 answers of 4
    expect(
      [3, 14, 15].map((i) => [count(column(rows, i), 4), count(column(rows, i), null)]),
    ).toEqual([
      [60, 0],
      [59, 1],
      [60, 0],
    ]);
  });

  it("returns 60 minus blanksOf(no) answers per statement (57-60)", () => {
    const rows = respondentAnswers(KLUNGKUNG_SCORES);
    const n = KLUNGKUNG_SCORES.map((_, i) => valid(column(rows, i)).length);
    expect(n).toEqual(KLUNGKUNG_SCORES.map((_, i) => 60 - blanksOf(i + 1)));
    expect([Math.min(...n), Math.max(...n)]).toEqual([57, 60]);
  });

  describe("edge cases", () => {
    it("returns the same answers on every call (seeded, no clock)", () => {
      expect(respondentAnswers(KLUNGKUNG_SCORES)).toEqual(respondentAnswers(KLUNGKUNG_SCORES));
    });

    it("returns answers that differ between respondents (shuffled per statement)", () => {
      const rows = respondentAnswers(KLUNGKUNG_SCORES);
      expect(new Set(rows.map((r) => r.join(","))).size).toBe(60);
    });

    it("returns scores 1 and 2 as exact means too", () => {
      const rows = respondentAnswers([1, 2], 30);
      expect(valid(column(rows, 0)).every((x) => x === 1)).toBe(true);
      const two = valid(column(rows, 1));
      expect(two.reduce((a, b) => a + b, 0) / two.length).toBe(2);
      expect(count(column(rows, 1), 1)).toBe(count(column(rows, 1), 3));
    });

    it("throws on a score that is not an integer 1-4 or too few respondents", () => {
      expect(() => respondentAnswers([3.5])).toThrow(/score 3.5 of statement 1 is not 1-4/);
      expect(() => respondentAnswers([5])).toThrow(/not 1-4/);
      expect(() => respondentAnswers([3], 10)).toThrow(/10 respondents are too few/);
    });
  });
});

describe("responsesSheet", () => {
  it("returns the form export: Timestamp, Nama, OPD, then statement numbers as text", () => {
    const g = responsesSheet();
    expect(g.sheet).toBe("Responden");
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.values).toHaveLength(61);
    expect(g.values[0]).toEqual([
      "Timestamp",
      "Nama",
      "OPD",
      ...Array.from({ length: 20 }, (_, i) => String(i + 1)),
    ]);
    expect(g.values[1].slice(1, 3)).toEqual(["Responden 01", "Bagian Organisasi"]);
    expect(g.values[60].slice(1, 3)).toEqual(["Responden 60", "Dinas Sosial"]);
    // 14 February 2022 08:00 as an Excel serial (44606 = 2022-02-14)
    expect(g.values[1][0]).toBeCloseTo(44606 + 8 / 24, 9);
    expect(g.values[1].slice(3)).toEqual(respondentAnswers(KLUNGKUNG_SCORES)[0]);
  });

  describe("edge cases", () => {
    it("returns timestamps that only go forward, five days of twelve respondents", () => {
      const ts = responsesSheet()
        .values.slice(1)
        .map((r) => r[0] as number);
      expect(ts.every((t, i) => i === 0 || t > ts[i - 1])).toBe(true);
      expect(Math.floor(ts[59]) - Math.floor(ts[0])).toBe(4);
    });
  });
});

describe("klungkungResponden", () => {
  it("returns Klungkung with an empty Nilai matrix and the Responden sheet after it", () => {
    const { grids, notes } = klungkungResponden(klungkung);
    expect(grids.map((g) => g.sheet)).toEqual([
      "Asesmen",
      "Responden",
      "Prioritas",
      "Sasaran",
      "Program",
      "Indikator Keberhasilan",
    ]);
    const asesmen = grids[0];
    const marks = asesmen.values.flat().filter((v) => v === "√");
    expect(marks).toEqual([]);
    // statement texts and aspect headings are kept
    const texts = (g: typeof asesmen) => g.values.flat().filter((v) => typeof v === "string");
    expect(texts(asesmen)).toEqual(texts(klungkung[0]).filter((v) => v !== "√"));
    expect(notes).toEqual([
      { sheet: "Asesmen", row: 13, col: 4, text: KLUNGKUNG_RESPONSES_NOTE, highlight: false },
    ]);
  });

  it("returns an analysis with the seed's averages and priorities from 60 respondents", () => {
    const { analysis } = analyze(klungkungResponden(klungkung).grids);
    const a = Object.fromEntries(analysis.aspects.map((x) => [x.key, x]));
    expect(a.kelembagaan.average).toBe(19 / 6);
    expect(a.sdm.average).toBe(3);
    expect(a.data.average).toBe(3);
    expect(a.partisipasi.average).toBe(11 / 3);
    expect(a.koordinasi.average).toBe(3);
    expect(
      ["sdm", "data", "koordinasi", "kelembagaan", "partisipasi"].map((k) => [
        a[k].suggestedPriority,
        a[k].priority,
      ]),
    ).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    expect(analysis.statements.map((s) => s.score)).toEqual(KLUNGKUNG_SCORES);
    expect(analysis.statements.map((s) => s.respondents)).toEqual(
      KLUNGKUNG_SCORES.map((_, i) => 60 - blanksOf(i + 1)),
    );
    expect(analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("returns a fill whose scores are live AVERAGE formulas over the Responden columns", () => {
    const r = fill(klungkungResponden(klungkung).grids);
    expect(r.refused).toBe(false);
    const score = r.plans[0].cells.filter((c) => c.formula?.includes("AVERAGE(Responden!"));
    expect(score.map((c) => c.formula)[0]).toBe(
      '=IF(COUNT(Responden!D2:D61)=0,"",AVERAGE(Responden!D2:D61))',
    );
    expect(score.map((c) => c.formula)[19]).toBe(
      '=IF(COUNT(Responden!W2:W61)=0,"",AVERAGE(Responden!W2:W61))',
    );
    expect(score.map((c) => c.expected)).toEqual(KLUNGKUNG_SCORES);
    const overlay = r.plans.find((p) => p.sheet === "Responden");
    expect(overlay?.mode).toBe("overlay");
    expect(overlay?.validations.map((v) => [v.range, v.list])).toEqual([
      [{ row: 2, col: 4, rows: 60, cols: 20 }, ["1", "2", "3", "4"]],
    ]);
  });

  describe("edge cases", () => {
    it("throws when the grids hold no assessment matrix to empty (Kapuas)", () => {
      expect(() => klungkungResponden(kapuas)).toThrow(
        /expected one matrix with 20 marks to empty, found 0 with 0/,
      );
    });

    it("throws when the matrix is not Klungkung's 20 marked statements (Cilacap's 28 marks)", () => {
      expect(() => klungkungResponden(cilacap)).toThrow(/20 marks to empty, found 1 with 28/);
    });

    it("returns new grids and leaves the printed fixture unchanged", () => {
      const before = JSON.stringify(klungkung);
      klungkungResponden(klungkung);
      expect(JSON.stringify(klungkung)).toBe(before);
    });
  });
});

describe("buildExample (klungkung-responden)", () => {
  it("returns the workbook with dated timestamps, a frozen header and the note on Nilai", async () => {
    const { grids, notes, sheets } = EXAMPLES["klungkung-responden"];
    const book = await loadWorkbook(
      await buildExample(grids, notes, sheets),
      "klungkung-responden.xlsx",
    );
    const wb = await excelOf(book.original);
    const ws = wb.getWorksheet("Responden");
    expect(ws?.getCell("A2").value).toEqual(new Date(Date.UTC(2022, 1, 14, 8, 0, 0)));
    expect(ws?.getCell("A2").numFmt).toBe("dd/mm/yyyy hh:mm:ss");
    expect(ws?.getCell("D1").value).toBe("1");
    expect(ws?.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 1 });
    const nilai = wb.getWorksheet("Asesmen")?.getCell("D13");
    expect(nilai?.value).toBe("Nilai");
    expect(nilai?.note).toBe(KLUNGKUNG_RESPONSES_NOTE);
    const resp = book.grids.find((g) => g.sheet === "Responden");
    expect(resp?.values.slice(1).map((r) => r.slice(3))).toEqual(
      respondentAnswers(KLUNGKUNG_SCORES),
    );
  });

  describe("edge cases", () => {
    it("throws when a sheet setup names a sheet the workbook does not have", async () => {
      await expect(buildExample(klungkung, [], [{ sheet: "Tidak Ada" }])).rejects.toThrow(
        /no sheet Tidak Ada/,
      );
    });
  });
});
