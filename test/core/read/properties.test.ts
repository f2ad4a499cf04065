import fc from "fast-check";
import type { CellValue, Grid } from "../../../core/grid";
import { readWorkbook } from "../../../core/read";
import { SEED_GRIDS, padGrid, shiftGrid } from "../../fixtures/grids";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "No",
    "Pertanyaan",
    "Nilai",
    "Aspek",
    "Prioritas",
    "Indikator",
    "Baseline 2020",
    "Target",
    "Waktu",
    "Kegiatan",
    "Kode",
    "✓",
    "X",
    "①",
    "1 2 (3) 4 5",
    "2,5 hari",
    "95,57%",
    "KP I",
    "I.1.a",
    "Smt I",
  ),
  fc.integer({ min: -5, max: 2030 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
);

const raggedGrid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 8 }),
  origin: fc.record({
    row: fc.integer({ min: 1, max: 500 }),
    col: fc.integer({ min: 1, max: 60 }),
  }),
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 }),
});

describe("readWorkbook", () => {
  it("returns a document and problems with cell addresses for any grid (never throws)", () => {
    fc.assert(
      fc.property(fc.array(raggedGrid, { maxLength: 3 }), (grids) => {
        const { doc, problems } = readWorkbook(grids);
        expect(Array.isArray(doc.tables)).toBe(true);
        for (const p of problems) {
          expect(typeof p.message).toBe("string");
          expect(p.messageEn.length).toBeGreaterThan(0);
          if (p.cell !== undefined) expect(p.cell).toMatch(/^.+![A-Z]+\d+(:[A-Z]+\d+)?$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("returns the same reading wherever the grid's origin is", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(SEED_GRIDS)),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (grids, dr, dc) => {
          const a = readWorkbook(grids);
          const b = readWorkbook(grids.map((g) => shiftGrid(g, dr, dc)));
          expect(b.doc.answers.map((x) => x.answers)).toEqual(a.doc.answers.map((x) => x.answers));
          expect(b.doc.programs.map((p) => p.code)).toEqual(a.doc.programs.map((p) => p.code));
          expect(b.doc.indicators.map((i) => i.targets.map((t) => t.value))).toEqual(
            a.doc.indicators.map((i) => i.targets.map((t) => t.value)),
          );
          expect(b.doc.tables.map((t) => [t.row - dr, t.col - dc, t.rows, t.cols])).toEqual(
            a.doc.tables.map((t) => [t.row, t.col, t.rows, t.cols]),
          );
          expect(b.problems.length).toBe(a.problems.length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("returns the same reading when blank rows/columns are inserted above and left", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 10 }), (dr, dc) => {
        const a = readWorkbook(SEED_GRIDS.luwu);
        const b = readWorkbook(SEED_GRIDS.luwu.map((g) => padGrid(g, dr, dc)));
        expect(b.doc.answers.map((x) => x.answers)).toEqual(a.doc.answers.map((x) => x.answers));
        expect(b.doc.mapping).toEqual(
          a.doc.mapping?.map((m) => ({
            ...m,
            cell: m.cell?.replace(/([A-Z]+)(\d+)$/, (_, c: string, r: string) =>
              shiftA1(c, Number(r), dr, dc),
            ),
          })),
        );
      }),
      { numRuns: 15 },
    );
  });

  it("returns the score of the column holding the mark, for marks in random positions", () => {
    const marks = ["✓", "√", "v", "V", "X", "x", "✔", "☑"];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ score: fc.integer({ min: 1, max: 4 }), mark: fc.constantFrom(...marks) }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (rows, top, left) => {
          const pad = (): CellValue[] => Array<CellValue>(left).fill(null);
          const values: CellValue[][] = [
            ...Array.from({ length: top }, () => [...pad(), null]),
            [...pad(), "No", "Pernyataan", "Nilai", null, null, null],
            [...pad(), null, null, 1, 2, 3, 4],
            ...rows.map((r, i) => [
              ...pad(),
              i + 1,
              `Pernyataan ${i + 1}`,
              ...[1, 2, 3, 4].map((c) => (c === r.score ? r.mark : null)),
            ]),
          ];
          const { doc, problems } = readWorkbook([
            { sheet: "M", origin: { row: 1, col: 1 }, values },
          ]);
          expect(doc.answers.map((a) => a.answers[0])).toEqual(rows.map((r) => r.score));
          expect(problems).toEqual([]);
          const firstRow = top + 3;
          expect(doc.answers[0].cells).toEqual([
            `M!${String.fromCharCode(66 + left + rows[0].score)}${firstRow}`,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

function shiftA1(col: string, row: number, dr: number, dc: number): string {
  let n = 0;
  for (const ch of col) n = n * 26 + (ch.charCodeAt(0) - 64);
  n += dc;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row + dr}`;
}
