import {
  columnPoints,
  fitScale,
  pageBreaks,
  sectionBlocks,
  withPage,
} from "../../../core/layout/page";
import { emptyPlan } from "../../../core/layout/sheet-plan";
import { TITLE } from "../../../core/layout/styles";
import { fill, template } from "../../../core/api/commands";
import { SEED_GRIDS } from "../../fixtures/grids";

describe("columnPoints", () => {
  it("returns Excel's width in points: 8.43 characters = 48 pt, 55 characters = 292.5 pt", () => {
    expect(columnPoints(8.43)).toBe(48);
    expect(columnPoints(55)).toBe(292.5);
  });
});

describe("pageBreaks", () => {
  const h = () => 15;

  it("returns a break before a block that would run over the page and fits on one", () => {
    // 20-row pages: rows 1-12 loose, block 13-18 fits (18 rows used); block 19-24 would run over
    // and fits on a page -> break before 19.
    expect(
      pageBreaks(
        h,
        [
          { first: 13, last: 18 },
          { first: 19, last: 24 },
        ],
        300,
      ),
    ).toEqual([19]);
  });

  it("returns a break before a table of 70% of a page that would be cut (no 40% rule any more)", () => {
    // 20-row pages: block 1-8 (8 rows), block 9-22 (14 rows = 70%) would run to row 22 -> break.
    expect(
      pageBreaks(
        h,
        [
          { first: 1, last: 8 },
          { first: 9, last: 22 },
        ],
        300,
      ),
    ).toEqual([9]);
  });

  it("returns a break before a table longer than a page, which then runs on at row boundaries", () => {
    // 20-row pages: block 1-5; block 6-40 (35 rows) starts page 2, runs 6-25 | 26-40 (15 rows on
    // page 3); block 41-48 (8 rows) would run to 23 rows on page 3 -> break before 41.
    expect(
      pageBreaks(
        h,
        [
          { first: 1, last: 5 },
          { first: 6, last: 40 },
          { first: 41, last: 48 },
        ],
        300,
      ),
    ).toEqual([6, 41]);
  });

  it("returns a break before every block marked newPage, even one that fits where it is", () => {
    // 20-row pages: blocks of 4 rows would all fit on the first page; the marked ones start a page
    const blocks = [
      { first: 2, last: 5 },
      { first: 7, last: 10, newPage: true },
      { first: 12, last: 15, newPage: true },
    ];
    expect(pageBreaks(h, blocks, 300)).toEqual([7, 12]);
    // the page flow starts again after a forced break: an unmarked block fitting there stays
    expect(pageBreaks(h, [...blocks, { first: 16, last: 20 }], 300)).toEqual([7, 12]);
  });

  describe("edge cases", () => {
    it("returns no break before a newPage block when nothing is on the page yet", () => {
      expect(pageBreaks(h, [{ first: 1, last: 4, newPage: true }], 300)).toEqual([]);
      // rows 1-2 are the repeated title rows (30 pt): a page holding only them is still empty
      expect(pageBreaks(h, [{ first: 3, last: 6, newPage: true }], 300, 30)).toEqual([]);
    });

    it("returns no break when everything fits, or before a long table under the title rows only", () => {
      expect(pageBreaks(h, [{ first: 10, last: 19 }], 300)).toEqual([]);
      // only loose rows (the sheet's title) above it: a break would leave a page with the title
      expect(pageBreaks(h, [{ first: 3, last: 60 }], 300)).toEqual([]);
    });

    it("returns the engine's own flow counted with the repeated title rows on each page", () => {
      // 20-row pages, 2-row title repeated: block 1-30 runs 1-20 | 21-38 would hold the title +
      // 21-30 (12 rows); block 31-40 (10 rows) would reach 22 rows -> break before 31.
      expect(
        pageBreaks(
          h,
          [
            { first: 1, last: 30 },
            { first: 31, last: 40 },
          ],
          300,
          30,
        ),
      ).toEqual([31]);
    });

    it("returns the repeated title rows counted on every page after the first", () => {
      // 20-row pages with a 2-row title: page 1 holds 1-16; 17-22 does not fit (break); page 2
      // holds the title + 17-30 (2 + 6 + 8 = 16 rows), so 31-35 no longer fits.
      expect(
        pageBreaks(
          h,
          [
            { first: 1, last: 8 },
            { first: 9, last: 16 },
            { first: 17, last: 22 },
            { first: 23, last: 30 },
            { first: 31, last: 35 },
          ],
          300,
          30,
        ),
      ).toEqual([17, 31]);
    });
  });
});

describe("sectionBlocks", () => {
  it("returns one block per titled section, a chart beside a table joined with it", () => {
    const plan = emptyPlan("S", "replace");
    plan.cells.push(
      { row: 1, col: 1, value: "RENAKSI | S", style: TITLE },
      { row: 3, col: 1, value: "Tabel 2.1", style: TITLE },
      { row: 4, col: 1, value: 1 },
      { row: 8, col: 1, value: 2 },
      { row: 10, col: 1, value: "Tabel 2.2", style: TITLE },
      { row: 12, col: 1, value: 3 },
      { row: 20, col: 1, value: "Tabel 2.3", style: TITLE },
      { row: 21, col: 1, value: 4 },
    );
    plan.charts.push({
      id: "c",
      type: "bar",
      title: "",
      categories: { row: 12, col: 2, rows: 1, cols: 1 },
      series: [],
      seriesBy: "columns",
      anchor: { row: 11, col: 5, widthCols: 4, heightRows: 12 },
    });
    expect(sectionBlocks(plan)).toEqual([
      { first: 3, last: 8 },
      { first: 10, last: 22 },
    ]);
  });
});

describe("withPage", () => {
  it("returns A4 landscape, fit to width, row 1 repeated, the print area over every cell", () => {
    const [result] = fill(SEED_GRIDS.klungkung).plans;
    expect(result.page).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 1, last: 1 },
    });
    const maxRow = Math.max(...result.cells.map((c) => c.row));
    const maxCol = Math.max(...result.cells.map((c) => c.col));
    expect(result.page?.printArea?.rows).toBeGreaterThanOrEqual(maxRow);
    expect(result.page?.printArea?.cols).toBeGreaterThanOrEqual(maxCol);
    // no break falls inside the chart
    const ch = result.charts[0].anchor;
    for (const b of result.page?.breaksBefore ?? []) {
      expect(b <= ch.row || b >= ch.row + ch.heightRows).toBe(true);
    }
  });

  it("returns Cilacap's Hasil Renaksi broken before Tabel 2.3 and Tabel 2.6: no table cut", () => {
    const [result] = fill(SEED_GRIDS.cilacap).plans;
    const breaks = result.page?.breaksBefore ?? [];
    const titleAt = (row: number) =>
      String(result.cells.find((c) => c.row === row && c.col === 1)?.value ?? "");
    expect(breaks.map(titleAt)).toEqual([
      "Tabel 2.3 Data Bagan Prioritas",
      "Tabel 2.6 Indikator Keberhasilan Program",
    ]);
  });

  it("returns a page setup on the template sheet, and none on overlays", () => {
    const [tpl] = template({
      statementSet: "juknis22",
      startYear: 2022,
      endYear: 2024,
      instansi: "X",
    });
    expect(tpl.page?.orientation).toBe("landscape");
    const overlay = emptyPlan("Asesmen", "overlay");
    expect(withPage(overlay).page).toBeUndefined();
  });

  describe("edge cases", () => {
    it("returns a scale of at most 100% for a narrow sheet", () => {
      const plan = emptyPlan("S", "replace");
      plan.columnWidths.push({ col: 1, width: 10 });
      expect(fitScale(plan, 1, "landscape")).toBe(1);
    });

    it("returns the scale at a whole percent, rounded down, as Excel and LibreOffice print", () => {
      const plan = emptyPlan("S", "replace");
      // 200 characters = 1053.75 pt; 770 pt printable -> 73.07% -> 73%
      plan.columnWidths.push({ col: 1, width: 200 });
      expect(fitScale(plan, 1, "landscape")).toBe(0.73);
    });
  });
});
