import { analyzeDocument } from "../../core/compute/analyze";
import { comparePriority, PRIORITY_ORDER } from "../../core/compute/priority";
import { priorityRankFormula } from "../../core/layout/formula";
import { resultPlan, resultCols } from "../../core/layout/result";
import { templateLayout } from "../../core/layout/template";
import { ASPECTS, type AspectInfo, type AspectKey } from "../../core/model/aspect";
import { emptyDocument, type RenaksiDocument } from "../../core/model/document";
import type { PlannedCell } from "../../core/layout/sheet-plan";

/*
 * Five aspects is data: with a sixth aspect in the list, the averages, the priorities (and their
 * tie-break), and the result sheet's columns, rows, ranges, formulas, validations and chart all
 * follow, with no other change to core.
 */
const INOVASI = "inovasi" as AspectKey; // a key the five-aspect model does not know
const SIX: readonly AspectInfo[] = [
  ...ASPECTS,
  {
    key: INOVASI,
    order: 6,
    roman: "VI",
    name: "Inovasi Pelayanan Pengaduan",
    nameEn: "Complaint Service Innovation",
    short: "Inovasi",
    match: ["inovasi"],
  },
];

/** Two statements per aspect (aspect k: statements 2k-1, 2k), one score cell each on Matriks. */
const scores: Record<string, [number, number]> = {
  kelembagaan: [3, 3], // 3
  sdm: [2, 2], // 2: ties with partisipasi, earlier in canonical order -> more urgent
  data: [3, 4], // 3.5
  partisipasi: [2, 2], // 2
  koordinasi: [4, 4], // 4
  inovasi: [1, 2], // 1.5: the lowest -> priority 1
};
const doc: RenaksiDocument = {
  ...emptyDocument(),
  statements: SIX.flatMap((a, k) => [
    { no: 2 * k + 1, text: `Pernyataan ${2 * k + 1}` },
    { no: 2 * k + 2, text: `Pernyataan ${2 * k + 2}` },
  ]),
  answers: SIX.flatMap((a, k) =>
    scores[a.key].map((v, j) => {
      const no = 2 * k + 1 + j;
      return {
        no,
        answers: [v],
        source: { kind: "value" as const, sheet: "Matriks", row: 4 + no, col: 3, rows: 1, cols: 1 },
      };
    }),
  ),
  mapping: SIX.flatMap((a, k) => [
    { no: 2 * k + 1, aspects: [a.key] },
    { no: 2 * k + 2, aspects: [a.key] },
  ]),
};

const analysis = analyzeDocument(doc, { aspects: SIX });
const plan = resultPlan(doc, analysis, { aspects: SIX });
const at = (row: number, col: number): PlannedCell | undefined =>
  plan.cells.find((c) => c.row === row && c.col === col);
const rowOf = (col: number, value: string): number =>
  plan.cells.find((c) => c.col === col && c.value === value)?.row ?? -1;

describe("six aspects", () => {
  it("returns six averages and priorities, the tie broken by the canonical order", () => {
    expect(analysis.aspects.map((a) => [a.key, a.average, a.suggestedPriority])).toEqual([
      ["kelembagaan", 3, 4],
      ["sdm", 2, 2],
      ["data", 3.5, 5],
      ["partisipasi", 2, 3],
      ["koordinasi", 4, 6],
      [INOVASI, 1.5, 1],
    ]);
    expect(analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("returns a result sheet with one column and one row per aspect, and ranges over six rows", () => {
    const cols = resultCols(6);
    expect(cols.gap).toBe(11);
    // Statement table: six aspect columns (E..J), Kesenjangan in K.
    const header = rowOf(2, "Pernyataan");
    expect([5, 6, 7, 8, 9, 10, 11].map((c) => at(header, c)?.value)).toEqual([
      "Kelembagaan",
      "SDM",
      "Data & Aplikasi",
      "Partisipasi",
      "Koordinasi & Monev",
      "Inovasi",
      "Kesenjangan",
    ]);
    const st12 = rowOf(2, "Pernyataan 12");
    expect(at(st12, 10)?.value).toBe("✓");
    expect(at(st12, 11)?.formula).toBe(`=IF(ISNUMBER(C${st12}),4-C${st12},"")`);
    // Aspect table: six rows; the average of Inovasi over its two score cells.
    const first = rowOf(2, ASPECTS[0].name);
    const last = first + 5;
    expect(at(last, 2)?.value).toBe("Inovasi Pelayanan Pengaduan");
    expect(at(last, 3)).toMatchObject({
      formula: `=AVERAGE(C${st12 - 1}:C${st12})`,
      expected: 1.5,
    });
    // The live rank spans the six rows, and its expected values are compute's priorities.
    expect(at(first, 4)?.formula).toBe(
      `=IF(ISNUMBER(C${first}),SUMPRODUCT(ISNUMBER($C$${first}:$C$${last})*($C$${first}:$C$${last}<C${first}))` +
        `+SUMPRODUCT(($C$${first}:$C$${last}=C${first})*($A$${first}:$A$${last}<A${first}))+1,"")`,
    );
    expect([0, 1, 2, 3, 4, 5].map((i) => at(first + i, 4)?.expected)).toEqual([4, 2, 5, 3, 6, 1]);
    // the chart's order (hidden helper) right of every table: column L with six aspects
    expect(at(first, 12)?.formula).toContain(`$G$${first}:$G$${last}`);
    // The 1..6 dropdown on the kept priority inputs, over six rows.
    expect(plan.validations).toContainEqual(
      expect.objectContaining({
        range: { row: first, col: 5, rows: 6, cols: 1 },
        list: ["1", "2", "3", "4", "5", "6"],
      }),
    );
    expect(plan.conditionalFormats.map((c) => c.range)).toContainEqual({
      row: first,
      col: 3,
      rows: 6,
      cols: 1,
    });
  });

  it("returns a Bagan Prioritas of six bars, in priority order, beside its data within the print width", () => {
    const chartRow = plan.charts[0].categories.row;
    expect(plan.charts[0].categories.rows).toBe(6);
    expect(plan.charts[0].series[0].values.rows).toBe(6);
    // from column E to the statement table's last column (Kesenjangan, K with six aspects)
    expect(plan.charts[0].anchor).toMatchObject({ col: 5, widthCols: 7 });
    // the chart's order helper sits right of every table, hidden
    expect(plan.columnWidths).toContainEqual({ col: 12, width: 8, hidden: true });
    expect([0, 1, 2, 3, 4, 5].map((i) => at(chartRow + i, 2)?.expected)).toEqual([
      "Inovasi Pelayanan Pengaduan",
      "Sumber Daya Manusia",
      "Partisipasi Pemangku Kepentingan",
      "Kebijakan & Kelembagaan",
      "Pemanfaatan Data & Optimalisasi Aplikasi",
      "Koordinasi, Pemantauan & Evaluasi",
    ]);
  });

  it("returns a template with six aspect columns and a 1..6 priority list", () => {
    const t = templateLayout({
      statementSet: "juknis22",
      startYear: 2024,
      endYear: 2026,
      instansi: "Kab. X",
      aspects: SIX,
    });
    expect(t.tables.priority.rows).toBe(6);
    // one KP row per aspect; the five standard aspects carry example rows, the sixth none
    const { firstRow, rows } = t.tables.programs;
    const kp = t.plan.cells.filter(
      (c) =>
        c.col === 1 &&
        String(c.value).startsWith("KP ") &&
        c.row >= firstRow &&
        c.row < firstRow + rows,
    );
    expect(kp.map((c) => c.value)).toEqual(["KP I", "KP II", "KP III", "KP IV", "KP V", "KP VI"]);
    expect(t.tables.programs.rows).toBe(6 + 5 * 3);
    const hdr = t.plan.cells.find(
      (c) => c.row === t.tables.categorisation.headerRow && c.col === 9,
    );
    expect(hdr?.value).toBe("Inovasi Pelayanan Pengaduan");
    expect(t.plan.validations).toContainEqual(
      expect.objectContaining({ list: ["1", "2", "3", "4", "5", "6"] }),
    );
  });

  describe("edge cases", () => {
    it("returns the same order from the comparator and from the formula's definition", () => {
      // The formula counts rows that are smaller on a key and equal on every key before it:
      // exactly what comparePriority sorts by.
      expect(PRIORITY_ORDER).toEqual(["value", "order"]);
      const rows = [
        { value: 2, order: 4 },
        { value: 2, order: 2 },
        { value: 1.5, order: 6 },
      ];
      const before = (a: (typeof rows)[0], b: (typeof rows)[0]) =>
        PRIORITY_ORDER.some(
          (k, i) => a[k] < b[k] && PRIORITY_ORDER.slice(0, i).every((p) => a[p] === b[p]),
        );
      const rankByFormula = rows.map((r) => 1 + rows.filter((o) => before(o, r)).length);
      const rankBySort = rows.map((r) => [...rows].sort(comparePriority).indexOf(r) + 1);
      expect(rankByFormula).toEqual(rankBySort);
      expect(rankBySort).toEqual([3, 2, 1]);
      expect(priorityRankFormula({ value: 3, order: 1 }, 30, 30, 6)).toContain("$C$30:$C$35");
    });
  });
});
