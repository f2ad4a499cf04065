import { compactCells, notesSection, numberer } from "../../../core/layout/report-sections";
import { problem } from "../../../core/problem";
import { resultPlan } from "../../../core/layout/result";
import { parseNumbering } from "../../../cli/commands";
import { klungkungAnalysis, klungkungDoc } from "./hand-made";

describe("numberer", () => {
  it("returns the documents' numbering: Tabel 2.1, 2.2 and Gambar 2.1 by default", () => {
    const n = numberer();
    expect([n.table("A"), n.table("B"), n.figure("C")]).toEqual([
      "Tabel 2.1 A",
      "Tabel 2.2 B",
      "Gambar 2.1 C",
    ]);
  });

  describe("edge cases", () => {
    it("returns the instansi's own numbering: no chapter, or continuing from Tabel 3.4", () => {
      expect(numberer({ chapter: null }).table("A")).toBe("Tabel 1 A");
      expect(numberer({ chapter: 3, firstTable: 4 }).table("A")).toBe("Tabel 3.4 A");
    });
  });
});

describe("resultPlan (numbering)", () => {
  it("returns consecutive table numbers on Hasil Renaksi, the chart as Gambar 2.1", () => {
    const doc = klungkungDoc();
    const plan = resultPlan(doc, klungkungAnalysis(doc));
    const titles = plan.cells
      .map((c) => c.value)
      .filter((v): v is string => typeof v === "string" && /^Tabel \d/.test(v));
    expect(titles.map((t) => t.split(" ").slice(0, 2).join(" "))).toEqual(
      titles.map((_, i) => `Tabel 2.${i + 1}`),
    );
    expect(plan.charts[0].title).toMatch(/^Gambar 2\.1 Bagan Prioritas/);
  });
});

describe("compactCells", () => {
  it("returns each sheet written once", () => {
    expect(compactCells(["Asesmen!D5", "Asesmen!D7", "'Lampiran II'!B54"])).toBe(
      "Asesmen!D5, D7; 'Lampiran II'!B54",
    );
  });
});

describe("notesSection", () => {
  it("returns one row per kind of warning: its first message, how many more, and its cells", () => {
    const doc = klungkungDoc();
    const a = klungkungAnalysis(doc);
    const problems = [
      problem("warning", "x.y", "Pertama", "First", "Program!A2"),
      problem("warning", "x.y", "Kedua", "Second", "Program!A3"),
    ];
    const s = notesSection({ ...a, problems }, 10, "Catatan");
    expect(s.cells.find((c) => c.row === 12 && c.col === 2)?.value).toBe(
      "Program!A2, A3: Pertama (dan 1 lagi yang serupa)",
    );
    expect(s.next).toBe(14);
  });

  describe("edge cases", () => {
    it("returns the first ten cells and the count of the others on 5,000 warnings of a kind", () => {
      const doc = klungkungDoc();
      const problems = Array.from({ length: 5000 }, (_, i) =>
        problem("warning", "x.y", `Pesan ${i}`, `Message ${i}`, `Program!A${i + 2}`),
      );
      const s = notesSection({ ...klungkungAnalysis(doc), problems }, 10, "Catatan");
      expect(s.cells.find((c) => c.row === 12 && c.col === 2)?.value).toBe(
        "Program!A2, A3, A4, A5, A6, A7, A8, A9, A10, A11 +4990 sel lainnya: Pesan 0 (dan 4999 lagi yang serupa)",
      );
      expect(s.next).toBe(14);
    });
  });
});

describe("parseNumbering", () => {
  it("returns --numbering 3.4, 3 and none as numbering options", () => {
    expect(parseNumbering("3.4")).toEqual({ chapter: 3, firstTable: 4 });
    expect(parseNumbering("3")).toEqual({ chapter: 3, firstTable: 1 });
    expect(parseNumbering("none")).toEqual({ chapter: null });
  });

  describe("edge cases", () => {
    it("throws a usage error for anything else", () => {
      expect(() => parseNumbering("bab dua")).toThrow();
    });
  });
});
