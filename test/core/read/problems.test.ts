import { planToGrid, templateLayout } from "../../../core/layout/template";
import type { CellValue, Grid } from "../../../core/grid";
import { MARKER_PREFIX } from "../../../core/model/managed-sheet";
import { readWorkbook } from "../../../core/read";
import {
  SEED_GRIDS,
  bigAssessmentGrid,
  bigProgramGrid,
  block,
  marks,
  padGrid,
  sheet,
  shiftGrid,
} from "../../fixtures/grids";
import { LUWU_SCORES } from "../../fixtures/grids/luwu";
import { responsesGrid } from "../../fixtures/grids/synthetic";

/** Luwu's matrix on its own sheet at B3 (header B5:G6, statement i on row 6 + i). */
function matrix(rows: CellValue[][]): Grid {
  return sheet("Matriks", [
    block(3, 2, [
      ["Tabel 2 Matriks Asesmen"],
      [],
      ["No", "Pertanyaan", "Nilai", null, null, null],
      [null, null, 1, 2, 3, 4],
      ...rows,
    ]),
  ]);
}

const row = (no: CellValue, score: number | null, mark = "✓"): CellValue[] => [
  no,
  `Pernyataan ${String(no)}`,
  ...marks(score, mark),
];

describe("readWorkbook", () => {
  it("returns an error naming the row's mark cells when a row has two marks", () => {
    const g = matrix([row(1, 3), [2, "Pernyataan 2", "✓", null, "✓", null], row(3, 4)]);
    const { doc, problems } = readWorkbook([g]);
    const p = problems.find((x) => x.code === "mark.multiple");
    expect(p).toMatchObject({ severity: "error", cell: "Matriks!D8:G8" });
    expect(p?.message).toMatch(/^Pernyataan 2 memiliki 2 tanda/);
    expect(p?.messageEn).toMatch(/^Statement 2 has 2 marks/);
    expect(doc.answers.map((a) => a.answers[0])).toEqual([3, null, 4]);
  });

  it("returns an error when a digit disagrees with its column", () => {
    const g = matrix([row(1, 3), [2, "Pernyataan 2", null, 3, null, null]]);
    const { doc, problems } = readWorkbook([g]);
    expect(problems.find((x) => x.code === "mark.digit-mismatch")?.cell).toBe("Matriks!E8");
    expect(doc.answers[1].answers).toEqual([null]);
  });

  it("returns the digit as the score when it matches its column", () => {
    const g = matrix([[1, "Pernyataan 1", null, null, 3, null]]);
    expect(readWorkbook([g]).doc.answers[0].answers).toEqual([3]);
  });

  it("returns an error for an unreadable mark cell", () => {
    const g = matrix([[1, "Pernyataan 1", null, "ok", null, null]]);
    const p = readWorkbook([g]).problems.find((x) => x.code === "mark.unreadable");
    expect(p).toMatchObject({ severity: "error", cell: "Matriks!E7" });
  });

  it("returns a warning for an empty mark row and a null answer", () => {
    const g = matrix([row(1, 2), row(2, null)]);
    const { doc, problems } = readWorkbook([g]);
    expect(problems.find((x) => x.code === "mark.empty")).toMatchObject({
      severity: "warning",
      cell: "Matriks!D8:G8",
    });
    expect(doc.answers[1].answers).toEqual([null]);
  });

  it("returns an error for a repeated statement number and a warning for a missing one", () => {
    const g = matrix([row(1, 2), row(1, 3), row(null, 4)]);
    const { doc, problems } = readWorkbook([g]);
    expect(problems.find((x) => x.code === "statement.duplicate")).toMatchObject({
      severity: "error",
      cell: "Matriks!B8",
    });
    expect(problems.find((x) => x.code === "statement.no-missing")).toMatchObject({
      severity: "warning",
      cell: "Matriks!B9",
    });
    expect(doc.statements.map((s) => s.no)).toEqual([1, 2]);
  });

  it("returns value-mode scores from a single Nilai column", () => {
    const g = sheet("Skor", [
      block(1, 1, [
        ["No", "Pernyataan", "Nilai"],
        [1, "A", 3],
        [2, "B", "4"],
        [3, "C", "tinggi"],
        [4, "D", null],
      ]),
    ]);
    const { doc, problems } = readWorkbook([g]);
    expect(doc.answers.map((a) => a.answers[0])).toEqual([3, 4, null, null]);
    expect(doc.answers[0].source).toEqual({
      kind: "value",
      sheet: "Skor",
      row: 2,
      col: 3,
      rows: 1,
      cols: 1,
    });
    expect(problems.find((x) => x.code === "mark.unreadable")?.cell).toBe("Skor!C4");
    expect(problems.find((x) => x.code === "mark.empty")?.cell).toBe("Skor!C5");
  });

  it("returns nothing from sheets Renaksi made (A1 starts with the marker)", () => {
    const managed: Grid = {
      ...SEED_GRIDS.luwu[0],
      values: SEED_GRIDS.luwu[0].values.map((r) => [...r]),
    };
    managed.values[0][0] = `${MARKER_PREFIX} Hasil Renaksi`;
    const { doc } = readWorkbook([managed]);
    expect(doc.statements).toEqual([]);
    expect(doc.tables).toEqual([]);
  });

  describe("edge cases", () => {
    it("returns statement numbers above 999 (regression: 1000+ read as missing numbers)", () => {
      const { doc, problems } = readWorkbook([bigAssessmentGrid(1200)]);
      expect(problems).toEqual([]);
      expect(doc.statements[1199].no).toBe(1200);
      expect(doc.answers[1199].answers).toEqual([4]);
      expect(doc.answers[1198].source).toMatchObject({ row: 1202, col: 3 });
    });

    it("returns every activity of a long program matrix", () => {
      const { doc, problems } = readWorkbook([bigProgramGrid(2000, 2022, 2024)]);
      expect(problems).toEqual([]);
      expect(doc.programs.filter((p) => p.level === "kegiatan")).toHaveLength(2000);
      expect(doc.programs[2]).toMatchObject({
        code: "I.1.1",
        parent: "I.1",
        aspect: "kelembagaan",
        periods: ["2023", "2024"],
      });
      expect(doc.profile.period).toEqual({ startYear: 2022, endYear: 2024 });
    });

    it("returns an empty document for no grids, empty grids and malformed input", () => {
      const { doc, problems } = readWorkbook([
        { sheet: "Kosong", origin: { row: 1, col: 1 }, values: [] },
        { sheet: "Aneh", origin: { row: 1, col: 1 }, values: [[null], [], [true, 3]] },
      ]);
      expect(doc.statements).toEqual([]);
      expect(problems).toEqual([]);
      expect(readWorkbook([]).doc.tables).toEqual([]);
      expect(readWorkbook(null as unknown as Grid[]).doc.tables).toEqual([]);
    });

    it("returns the same document with shifted addresses when the grid's origin moves", () => {
      const base = readWorkbook(SEED_GRIDS.luwu);
      const moved = readWorkbook(SEED_GRIDS.luwu.map((g) => shiftGrid(g, 7, 3)));
      expect(moved.doc.answers.map((a) => a.answers)).toEqual(
        base.doc.answers.map((a) => a.answers),
      );
      expect(moved.doc.statements).toEqual(base.doc.statements);
      expect(moved.doc.tables[1]).toMatchObject({
        kind: "assessment",
        row: base.doc.tables[1].row + 7,
        col: base.doc.tables[1].col + 3,
      });
      expect(moved.doc.tables[1].range).toBe("Asesmen!E23:J47");
      expect(moved.doc.answers[0].cells).toEqual(["Asesmen!J25"]);
      expect(moved.doc.answers[0].source).toMatchObject({ row: 25, col: 7 });
      expect(moved.problems.map((p) => p.code)).toEqual(base.problems.map((p) => p.code));
    });

    it("returns the same document when blank rows and columns are inserted before the tables", () => {
      for (const name of ["klungkung", "cilacap", "kapuas", "sumbar"] as const) {
        const base = readWorkbook(SEED_GRIDS[name]);
        const padded = readWorkbook(SEED_GRIDS[name].map((g) => padGrid(g, 4, 2)));
        expect(padded.doc.statements).toEqual(base.doc.statements);
        expect(padded.doc.priorities.map((p) => [p.aspect, p.priority, p.printedAverage])).toEqual(
          base.doc.priorities.map((p) => [p.aspect, p.priority, p.printedAverage]),
        );
        expect(padded.doc.programs.map((p) => [p.code, p.parent, p.periods])).toEqual(
          base.doc.programs.map((p) => [p.code, p.parent, p.periods]),
        );
        expect(padded.doc.tables.map((t) => [t.kind, t.row - 4, t.col - 2])).toEqual(
          base.doc.tables.map((t) => [t.kind, t.row, t.col]),
        );
      }
    });

    it("returns Luwu's scores when the matrix shares a sheet with other tables in any order", () => {
      const one = sheet("Semua", [
        block(1, 1, SEED_GRIDS.luwu[2].values),
        block(15, 3, SEED_GRIDS.luwu[0].values),
      ]);
      const { doc } = readWorkbook([one]);
      expect(doc.answers.map((a) => a.answers[0])).toEqual(LUWU_SCORES);
      expect(doc.priorities).toHaveLength(5);
      expect(doc.informasiUmum).toHaveLength(2);
    });
  });
});

describe("readWorkbook profile", () => {
  it("returns the instansi written on the template's Instansi row, whatever its kind", () => {
    const plan = templateLayout({
      statementSet: "juknis22",
      startYear: 2025,
      endYear: 2027,
      instansi: "Dinas Komunikasi dan Informatika Kota Denpasar",
    }).plan;
    const { doc } = readWorkbook([planToGrid(plan)]);
    expect(doc.profile.instansi).toBe("Dinas Komunikasi dan Informatika Kota Denpasar");
    expect(doc.profile.level).toBe("kota");
    expect(doc.profile.period).toEqual({ startYear: 2025, endYear: 2027 });
  });

  describe("edge cases", () => {
    it("returns the instansi from a title when there is no Instansi row (Luwu)", () => {
      expect(readWorkbook(SEED_GRIDS.luwu).doc.profile.instansi).toBe("Pemerintah Kabupaten Luwu");
    });
  });
});

describe("readWorkbook with a responses table", () => {
  const blankMarks = (g: Grid): Grid => ({
    ...g,
    values: g.values.map((r) => r.map((v) => (v === "√" ? null : v))),
  });

  it("returns no mark.empty for matrix rows scored by respondents' answers", () => {
    const grids = [...SEED_GRIDS.klungkung.map(blankMarks), responsesGrid(60, 20)];
    const { doc, problems } = readWorkbook(grids);
    expect(doc.answers).toHaveLength(20);
    expect(doc.answers.every((a) => a.source?.kind === "responses")).toBe(true);
    expect(problems.filter((p) => p.code === "mark.empty")).toEqual([]);
  });

  describe("edge cases", () => {
    it("returns mark.empty only for the statements the answers do not cover", () => {
      const partial = responsesGrid(60, 18); // no columns for statements 19 and 20
      const grids = [...SEED_GRIDS.klungkung.map(blankMarks), partial];
      const { problems } = readWorkbook(grids);
      const empty = problems.filter((p) => p.code === "mark.empty");
      expect(empty.map((p) => p.message)).toEqual([
        "Pernyataan 19 belum dinilai (tidak ada tanda)",
        "Pernyataan 20 belum dinilai (tidak ada tanda)",
      ]);
    });
  });
});
