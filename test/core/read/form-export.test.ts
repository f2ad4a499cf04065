import type { Grid } from "../../../core/grid";
import { readWorkbook } from "../../../core/read";
import { chooseLabelTable, labelScore } from "../../../core/read/answer-labels";
import { timestampValue } from "../../../core/read/responses";
import {
  headerStatement,
  matchStatements,
  statementSimilarity,
} from "../../../core/read/statement-match";
import { analyzeDocument } from "../../../core/compute/analyze";
import { scoreFormula } from "../../../core/layout/formula";
import { planToGrid, setCell, templateLayout } from "../../../core/layout/template";
import { JUKNIS22_STATEMENTS } from "../../../core/templates";
import { EXAMPLES, FORM_SHEET, blanksOf } from "../../../cli/examples-build";
import { analyze, fill } from "../../../core/api/commands";

describe("statementSimilarity", () => {
  it("returns 1 for the same text with other case, punctuation and spaces", () => {
    expect(
      statementSimilarity(
        "staf operasional telah cakap dalam melaksanakan tugas dan fungsi masing masing",
        "Staf operasional telah cakap dalam melaksanakan tugas dan fungsi masing-masing.",
      ),
    ).toBe(1);
    expect(statementSimilarity("di antara pimpinan", "diantara pimpinan")).toBe(1);
  });

  it("returns a near match above 0.85 for a typo, and far less for another statement", () => {
    const typo = JUKNIS22_STATEMENTS[10].text.replace("operasional", "oprasional");
    expect(statementSimilarity(typo, JUKNIS22_STATEMENTS[10].text)).toBeGreaterThan(0.95);
    expect(statementSimilarity(typo, JUKNIS22_STATEMENTS[14].text)).toBeLessThan(0.8);
  });

  describe("edge cases", () => {
    it("returns the statement inside a Google Forms grid header and drops a leading number", () => {
      expect(headerStatement("Penilaian [Staf operasional telah cakap.]")).toBe(
        "Staf operasional telah cakap.",
      );
      expect(headerStatement("12. Terdapat aturan yang jelas")).toBe("Terdapat aturan yang jelas");
    });
  });
});

describe("matchStatements", () => {
  it("returns the juknis number of every header, even for 18/19/20 that differ only at the end", () => {
    const headers = [...JUKNIS22_STATEMENTS].reverse().map((s) => s.text.toUpperCase());
    const m = matchStatements(headers, JUKNIS22_STATEMENTS);
    expect(m.map((x) => x.no)).toEqual(JUKNIS22_STATEMENTS.map((s) => s.no).reverse());
    expect(m.every((x) => x.similarity === 1)).toBe(true);
  });

  describe("edge cases", () => {
    it("returns no match for a header that is no statement", () => {
      expect(
        matchStatements(["Saran dan masukan untuk pengelolaan pengaduan"], JUKNIS22_STATEMENTS),
      ).toEqual([]);
    });
  });
});

describe("chooseLabelTable", () => {
  it("returns Kurang = 1 on the Sangat Baik / Baik / Cukup / Kurang scale", () => {
    const t = chooseLabelTable(["Baik", "Cukup", "Kurang"]);
    expect(t.source).toBe("default:baik-cukup");
    expect(labelScore(t, "kurang")).toBe(1);
  });

  it("returns Kurang = 2 when the export also uses Sangat Kurang", () => {
    const t = chooseLabelTable(["Baik", "Kurang", "Sangat Kurang"]);
    expect(t.source).toBe("default:baik-kurang");
    expect(labelScore(t, "Kurang")).toBe(2);
    expect(labelScore(t, "Sangat Kurang")).toBe(1);
  });

  describe("edge cases", () => {
    it("returns the user's own table when given, whatever the labels", () => {
      const t = chooseLabelTable(["Baik"], [{ label: "Baik", score: 4 }]);
      expect(t).toEqual({ source: "sheet", entries: [{ label: "Baik", score: 4 }] });
    });
  });
});

describe("timestampValue", () => {
  it("returns the same instant for an Excel serial, an ISO text and a day-first text", () => {
    const t = Date.UTC(2022, 1, 14, 10, 5, 0);
    expect(timestampValue("14/02/2022 10.05.00")).toBe(t);
    expect(timestampValue("2022-02-14 10:05:00")).toBe(t);
    expect(timestampValue("2/14/2022 10:05:00 AM")).toBe(t);
    expect(timestampValue(44606 + (10 * 60 + 5) / 1440)).toBe(t);
  });

  describe("edge cases", () => {
    it("returns null for text that is no date", () => {
      expect(timestampValue("kemarin")).toBeNull();
    });
  });
});

describe("readWorkbook (klungkung-formulir: a Google Forms export without numbers)", () => {
  const formulir = readWorkbook(EXAMPLES["klungkung-formulir"].grids);
  const responden = readWorkbook(EXAMPLES["klungkung-responden"].grids);

  it("returns the same answers, per statement, as the numbered export (duplicates left out)", () => {
    expect(formulir.doc.answers.map((a) => a.no)).toEqual(responden.doc.answers.map((a) => a.no));
    const strip = (xs: (number | null)[]) => xs.filter((x) => x !== null);
    formulir.doc.answers.forEach((a, i) => {
      expect(strip(a.answers)).toEqual(strip(responden.doc.answers[i].answers));
    });
  });

  it("returns the seed's averages and n = 60 - blanks per statement", () => {
    const a = analyzeDocument(formulir.doc);
    expect(a.statements.map((s) => s.respondents)).toEqual(
      a.statements.map((s) => 60 - blanksOf(s.no)),
    );
    const avg = Object.fromEntries(a.aspects.map((x) => [x.key, x.average]));
    expect(avg.kelembagaan).toBeCloseTo(19 / 6, 12);
    expect(avg.partisipasi).toBeCloseTo(11 / 3, 12);
    expect(a.aspects.find((x) => x.key === "sdm")?.priority).toBe(1);
  });

  it("returns both duplicate submissions, each naming both rows, the latest kept", () => {
    const dups = formulir.problems.filter((p) => p.code === "response.duplicate");
    expect(dups.map((p) => p.cell)).toEqual([`'${FORM_SHEET}'!A8:X8`, `'${FORM_SHEET}'!A25:X25`]);
    expect(dups[0].message).toContain("baris 8 (14/02/2022 09:37:42) dan baris 9");
    expect(dups[1].message).toContain('"Responden 23, BPKPD"');
    expect(formulir.doc.formExport?.duplicates).toEqual([
      { kept: 9, dropped: 8, who: "responden07@klungkungkab.go.id" },
      { kept: 26, dropped: 25, who: "Responden 23, BPKPD" },
    ]);
    expect(formulir.doc.answers[0].source?.skipRows).toEqual([8, 25]);
  });

  it("returns the match of every column, the typo shown as a near match", () => {
    const cols = formulir.doc.formExport?.columns ?? [];
    expect(cols).toHaveLength(20);
    expect(cols.filter((c) => c.similarity !== 1).map((c) => c.no)).toEqual([7]);
    const near = formulir.problems.filter((p) => p.code === "response.near-match");
    expect(near.map((p) => p.cell)).toEqual([`'${FORM_SHEET}'!K1`]);
    expect(formulir.doc.formExport?.labels?.source).toBe("default:baik-cukup");
    expect(formulir.doc.formExport?.respondents).toBe(60);
  });

  it("returns a live formula that leaves the duplicate rows out", () => {
    const src = formulir.doc.answers[0].source;
    expect(src && scoreFormula(src)).toBe(
      `=IF(COUNT('${FORM_SHEET}'!E2:E7,'${FORM_SHEET}'!E9:E24,'${FORM_SHEET}'!E26:E63)=0,"",` +
        `AVERAGE('${FORM_SHEET}'!E2:E7,'${FORM_SHEET}'!E9:E24,'${FORM_SHEET}'!E26:E63))`,
    );
  });

  describe("edge cases", () => {
    it("returns a warning for a question that matches no statement, and leaves it out", () => {
      const g: Grid = {
        sheet: "Form",
        origin: { row: 1, col: 1 },
        values: [
          [
            "Timestamp",
            ...JUKNIS22_STATEMENTS.slice(0, 5).map((s) => s.text),
            "Apa saran Anda untuk pengelolaan pengaduan ke depan?",
          ],
          ["14/02/2022 10:00:00", "Baik", "Baik", "Cukup", "Sangat Baik", "Baik", "Tidak ada"],
        ],
      };
      const { doc, problems } = readWorkbook([g]);
      expect(doc.answers.map((a) => a.no)).toEqual([1, 2, 3, 4, 5]);
      expect(problems.filter((p) => p.code === "response.unmatched").map((p) => p.cell)).toEqual([
        "Form!G1",
      ]);
      expect(doc.statements).toHaveLength(22);
    });
  });
});

describe("readWorkbook (a template filled without recalculation)", () => {
  it("returns no 'belum dinilai' warning at the template's own formula cells", () => {
    const { plan, tables } = templateLayout({
      statementSet: "juknis22",
      startYear: 2022,
      endYear: 2024,
      instansi: "Kabupaten Contoh",
    });
    let g = planToGrid(plan);
    for (let i = 0; i < tables.assessment.rows; i++) {
      g = setCell(g, tables.assessment.firstRow + i, 3 + (i % 4), "✓");
    }
    const { doc, problems } = readWorkbook([g]);
    expect(problems.filter((p) => p.code === "mark.empty")).toEqual([]);
    expect(doc.answers.map((a) => a.answers[0])).toEqual(
      Array.from({ length: 22 }, (_, i) => (i % 4) + 1),
    );
  });
  it("returns the informasi umum of the years before the plan (2025-2027 -> 2022-2024) and one success group per Kelompok Program", () => {
    const { plan, tables } = templateLayout({
      statementSet: "juknis22",
      startYear: 2025,
      endYear: 2027,
      instansi: "Kabupaten Contoh",
    });
    let g = planToGrid(plan);
    const info = tables.informasiUmum.firstRow;
    // received, monthly average, resolved, unresolved of 2022 (col C) and 2024 (col G)
    [12, 1, 10, 2].forEach((n, i) => (g = setCell(g, info + i, 3, n)));
    [24, 2, 24, 0].forEach((n, i) => (g = setCell(g, info + i, 7, n)));
    const s = tables.successIndicators;
    g = setCell(g, s.firstRow, 3, "• SOP pengaduan ditetapkan\n• Tim pengelola dibentuk");
    const { doc } = readWorkbook([g]);
    expect(
      doc.informasiUmum.map((e) => [e.year, e.received, e.monthlyAverage, e.resolved]),
    ).toEqual([
      [2022, 12, 1, 10],
      [2024, 24, 2, 24],
    ]);
    expect(doc.successIndicators).toHaveLength(s.rows);
    expect(doc.successIndicators[0].indicators).toEqual([
      "SOP pengaduan ditetapkan",
      "Tim pengelola dibentuk",
    ]);
    expect(doc.successIndicators[1].indicators).toEqual([]);
  });
});

describe("fill (klungkung-formulir: the label table on Hasil Renaksi)", () => {
  const grids = EXAMPLES["klungkung-formulir"].grids;

  it("returns the default label table, editable, and the match of each question column", () => {
    const r = fill(grids);
    expect(r.refused).toBe(false);
    const result = planToGrid(r.plans[0]);
    const at = result.values.findIndex((row) => row.includes("Label jawaban"));
    expect(at).toBeGreaterThan(0);
    expect(result.values.slice(at + 1, at + 5).map((row) => row.slice(1, 4))).toEqual([
      ["Sangat Baik", 4, 312],
      ["Baik", 3, 725],
      ["Cukup", 2, 133],
      ["Kurang", 1, 0],
    ]);
    expect(r.plans[0].inputRanges).toContainEqual({ row: at + 2, col: 2, rows: 4, cols: 2 });
    const q = result.values.findIndex((row) => row.includes("Pertanyaan di formulir"));
    // exact matches are counted, the near one (statement 7) is listed
    expect(result.values.flat()).toContain(
      "Kolom pertanyaan dicocokkan dengan pernyataan menurut teksnya: 19 sama persis, 1 mirip (periksa di bawah).",
    );
    expect(result.values[q + 2]?.[0]).not.toBe(8);
    expect(result.values[q + 1].slice(0, 4)).toEqual([
      7,
      expect.stringContaining("pengadun"),
      "K1",
      expect.closeTo(0.98, 2),
    ]);
  });

  it("returns scores from the user's edited table on the next run (Baik = 2)", () => {
    const first = planToGrid(fill(grids).plans[0]);
    const at = first.values.findIndex((row) => row.includes("Label jawaban"));
    const edited = setCell(first, at + 3, 3, 2);
    const again = analyze([...grids, edited]);
    expect(again.analysis.formExport?.labels?.source).toBe("sheet");
    // Statement 4 (only 4s and blanks) stays 4; statement 1 (3s around a mean of 3) drops.
    expect(again.analysis.statements[3].score).toBe(4);
    expect(again.analysis.statements[0].score).toBeLessThan(3);
  });
});
