import fc from "fast-check";
import type { CellValue } from "../../../core/grid";
import { ASPECTS } from "../../../core/model/aspect";
import { suggestPriorities } from "../../../core/compute/priority";
import {
  CHART_ID,
  rankWithTieBreak,
  resultPlan,
  resultPlans,
  scoreOverlays,
} from "../../../core/layout/result";
import type { PlannedCell, SheetPlan } from "../../../core/layout/sheet-plan";
import { MARKER_PREFIX } from "../../../core/model/managed-sheet";
import { INPUT_FILL } from "../../../core/layout/styles";
import { cilacapIndicatorAnalysis, klungkungAnalysis, klungkungDoc } from "./hand-made";

const at = (plan: SheetPlan, a1: string): PlannedCell | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return plan.cells.find((c) => c.row === Number(m[2]) && c.col === col);
};

const lookupOf =
  (cells: Record<string, CellValue>) =>
  (ref: string): CellValue | undefined =>
    cells[ref];

describe("resultPlan", () => {
  const doc = klungkungDoc();
  const analysis = klungkungAnalysis(doc);
  const plan = resultPlan(doc, analysis, {
    lookup: lookupOf({ "Info!C5": 22, "Info!C7": 21, "Info!C8": 0 }),
  });

  it("returns a replace plan on Hasil Renaksi with the marker in A1", () => {
    expect(plan.sheet).toBe("Hasil Renaksi");
    expect(plan.mode).toBe("replace");
    expect(plan.marker).toEqual({
      row: 1,
      col: 1,
      text: `${MARKER_PREFIX} Hasil Analisis Pemerintah Kabupaten Klungkung`,
    });
    expect(at(plan, "A1")?.value).toBe(plan.marker!.text);
  });

  it("returns live score formulas over the user's marks, with the score expected", () => {
    const c = at(plan, "C7")!;
    expect(c.formula).toBe(
      '=IF(COUNTA(Matriks!C5:F5)=0,"",IF(COUNTA(Matriks!C5:F5)>1,NA(),SUMPRODUCT((Matriks!C5:F5<>"")*{1,2,3,4})))',
    );
    expect(c.expected).toBe(3);
    expect(c.numberFormat).toBe("0.00");
    expect(at(plan, "C10")?.expected).toBe(4); // statement 4 scored 4
    expect(at(plan, "A26")?.value).toBe(20);
  });

  it("returns one aspect column per aspect with a ✓ (not 1) where the statement is mapped", () => {
    expect(
      [5, 6, 7, 8, 9].map((col) => plan.cells.find((c) => c.row === 7 && c.col === col)?.value),
    ).toEqual(["✓", "", "", "", ""]);
    expect(at(plan, "F13")?.value).toBe("✓"); // statement 7 -> SDM
    expect(at(plan, "J7")).toMatchObject({ formula: '=IF(ISNUMBER(C7),4-C7,"")', expected: 1 });
  });

  it("returns Klungkung's aspect averages as AVERAGE over the mapped score cells", () => {
    expect(at(plan, "B30")?.value).toBe("Kebijakan & Kelembagaan");
    expect(at(plan, "C30")).toMatchObject({ formula: "=AVERAGE(C7:C12)", expected: 19 / 6 });
    expect(at(plan, "C31")).toMatchObject({ formula: "=AVERAGE(C13:C17)", expected: 3 });
    expect(at(plan, "C32")).toMatchObject({ formula: "=AVERAGE(C18:C20)", expected: 3 });
    expect(at(plan, "C33")).toMatchObject({ formula: "=AVERAGE(C21:C23)", expected: 11 / 3 });
    expect(at(plan, "C34")).toMatchObject({ formula: "=AVERAGE(C24:C26)", expected: 3 });
  });

  it("returns the suggested priorities as a live rank with the canonical tie-break", () => {
    expect(at(plan, "D30")?.formula).toBe(
      '=IF(ISNUMBER(C30),SUMPRODUCT(ISNUMBER($C$30:$C$34)*($C$30:$C$34<C30))+SUMPRODUCT(($C$30:$C$34=C30)*($A$30:$A$34<A30))+1,"")',
    );
    expect([30, 31, 32, 33, 34].map((r) => at(plan, `D${r}`)?.expected)).toEqual([4, 1, 2, 5, 3]);
    expect([30, 31, 32, 33, 34].map((r) => at(plan, `A${r}`)?.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it("returns input cells for the chosen priority and reason, validated 1..5, and the final priority", () => {
    expect(at(plan, "E30")).toMatchObject({ value: "" });
    expect(at(plan, "E30")?.style?.fill).toBe(INPUT_FILL);
    expect(at(plan, "G30")).toMatchObject({ formula: '=IF(E30<>"",E30,D30)', expected: 4 });
    expect(at(plan, "H30")).toMatchObject({
      formula: '=IF(ISNUMBER(C30),4-C30,"")',
      expected: 4 - 19 / 6,
    });
    expect(plan.validations).toEqual([
      {
        range: { row: 30, col: 5, rows: 5, cols: 1 },
        list: ["1", "2", "3", "4", "5"],
        allowBlank: true,
        message: expect.stringContaining("1 sampai 5"),
      },
    ]);
    expect(plan.inputRanges).toEqual([{ row: 30, col: 5, rows: 5, cols: 2 }]);
  });

  it("returns the Bagan Prioritas block ordered by final priority, and the chart pointing at it", () => {
    expect(at(plan, "B38")?.formula).toBe(
      '=IFERROR(INDEX($B$30:$B$34,MATCH(A38,$K$30:$K$34,0)),"")',
    );
    expect([38, 39, 40, 41, 42].map((r) => at(plan, `B${r}`)?.expected)).toEqual([
      "Sumber Daya Manusia",
      "Pemanfaatan Data & Optimalisasi Aplikasi",
      "Koordinasi, Pemantauan & Evaluasi",
      "Kebijakan & Kelembagaan",
      "Partisipasi Pemangku Kepentingan",
    ]);
    expect([38, 39, 40, 41, 42].map((r) => at(plan, `C${r}`)?.expected)).toEqual([
      3,
      3,
      3,
      19 / 6,
      11 / 3,
    ]);
    expect(plan.charts).toEqual([
      {
        id: CHART_ID,
        type: "bar",
        title: expect.stringContaining("Bagan Prioritas"),
        categories: { row: 38, col: 2, rows: 5, cols: 1 },
        series: [{ name: "Rata-rata", values: { row: 38, col: 3, rows: 5, cols: 1 } }],
        seriesBy: "columns",
        anchor: { row: 37, col: 5, widthCols: 6, heightRows: 13 },
        axisMin: 0,
        axisMax: 4,
        majorUnit: 0.5,
        valueFormat: "0.0",
        labelFormat: "0.00",
      },
    ]);
    // the chart's order is a helper column, hidden
    expect(plan.columnWidths).toContainEqual({ col: 11, width: 8, hidden: true });
  });

  it("returns informasi umum % as live formulas over the user's own cells", () => {
    expect(at(plan, "C53")).toMatchObject({ formula: "=Info!C5", expected: 22 });
    expect(at(plan, "D53")).toMatchObject({ formula: "=Info!C7", expected: 21 });
    expect(at(plan, "E53")).toMatchObject({
      formula: '=IF(AND(ISNUMBER(C53),ISNUMBER(D53)),IF(C53<>0,D53/C53,""),"")',
      expected: 21 / 22,
      numberFormat: "0.00%",
    });
    expect(at(plan, "G53")?.expected).toBe(0);
  });

  it("returns conditional formats on scores, averages and gaps", () => {
    const ranges = plan.conditionalFormats.map((c) => c.range);
    expect(ranges).toContainEqual({ row: 30, col: 3, rows: 5, cols: 1 });
    expect(ranges).toContainEqual({ row: 30, col: 8, rows: 5, cols: 1 });
    const avg = plan.conditionalFormats.find((c) => c.range.row === 30 && c.range.col === 3)!;
    expect(avg.rules.map((r) => (r.type === "cellIs" ? [r.operator, r.values] : r.type))).toEqual([
      ["lessThan", [2.5]],
      ["lessThan", [3.25]],
      ["between", [3.25, 1e9]],
    ]);
  });

  it("returns an expected value on every formula cell", () => {
    const formulas = plan.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(60);
    for (const c of formulas) {
      expect(c.formula!.startsWith("=")).toBe(true);
      expect(c.expected).not.toBeUndefined();
      expect(c.value).toBeUndefined();
    }
  });

  describe("edge cases", () => {
    it("returns the user's own priority cell as a formula when it holds the number (Luwu)", () => {
      const d = klungkungDoc();
      d.priorities = [
        {
          aspect: "partisipasi",
          priority: 1,
          reason: "Tingkat awareness rendah",
          cell: "Prioritas!C8",
        },
      ];
      d.tables = [];
      const a = klungkungAnalysis(d);
      const p = resultPlan(d, a, {
        lookup: lookupOf({ "Prioritas!C8": 1, "Prioritas!E8": "Tingkat awareness rendah" }),
        reasonCells: { partisipasi: "Prioritas!E8" },
      });
      expect(at(p, "E33")).toMatchObject({ formula: "=Prioritas!C8", expected: 1 });
      expect(at(p, "F33")).toMatchObject({
        formula: "=T(Prioritas!E8)",
        expected: "Tingkat awareness rendah",
      });
      expect(at(p, "E33")?.note).toContain("Prioritas!C8");
      expect(at(p, "G33")?.expected).toBe(1);
      // the other aspects stay inputs
      expect(p.validations[0].range).toEqual({ row: 30, col: 5, rows: 3, cols: 1 });
      expect(p.validations[1].range).toEqual({ row: 34, col: 5, rows: 1, cols: 1 });
    });

    it("returns the value read (with a note) when the user's priority cell is not a plain number", () => {
      const d = klungkungDoc();
      d.priorities = [{ aspect: "kelembagaan", priority: 4, reason: "", cell: "Prioritas!D9" }];
      const p = resultPlan(d, klungkungAnalysis(d), {
        lookup: lookupOf({ "Prioritas!D9": "1 2 3 (4) 5" }),
      });
      expect(at(p, "E30")).toMatchObject({ value: 4 });
      expect(at(p, "E30")?.formula).toBeUndefined();
      expect(at(p, "E30")?.note).toContain("Prioritas!D9");
    });

    it("returns a kept priority typed in Hasil Renaksi as an input cell holding it", () => {
      const d = klungkungDoc();
      d.priorities = [
        { aspect: "sdm", priority: 2, reason: "SDM cukup", cell: "'Hasil Renaksi'!E31" },
      ];
      const p = resultPlan(d, klungkungAnalysis(d));
      expect(at(p, "E31")).toMatchObject({
        value: 2,
        style: expect.objectContaining({ fill: INPUT_FILL }),
      });
      expect(at(p, "F31")?.value).toBe("SDM cukup");
    });

    it("returns text '—' and no formula for an aspect without average, and a value for a printed one", () => {
      const d = klungkungDoc();
      const a = klungkungAnalysis(d);
      a.aspects[4] = {
        ...a.aspects[4],
        statements: [],
        average: null,
        suggestedPriority: null,
        priority: null,
        gap: null,
      };
      a.aspects[0] = { ...a.aspects[0], statements: [], average: 2.5 };
      const p = resultPlan(d, a);
      expect(at(p, "C34")).toMatchObject({ value: "—" });
      expect(at(p, "C34")?.formula).toBeUndefined();
      expect(at(p, "D34")?.expected).toBe("");
      expect(at(p, "H34")?.expected).toBe("");
      expect(at(p, "C30")).toMatchObject({ value: 2.5 });
      expect(at(p, "C30")?.note).toBeDefined();
    });

    it("returns the value read with a note when an informasi umum cell is text ('22 kasus')", () => {
      const p = resultPlan(doc, analysis, { lookup: lookupOf({ "Info!C5": "22 kasus" }) });
      expect(at(p, "C53")).toMatchObject({ value: 22, note: "Dibaca dari Info!C5" });
    });

    it("returns the value, the respondents count and the responses formulas by source kind", () => {
      const d = klungkungDoc();
      d.answers[0].source = {
        kind: "value",
        sheet: "Matriks Asesmen",
        row: 5,
        col: 4,
        rows: 1,
        cols: 1,
      };
      d.answers[1].source = {
        kind: "responses",
        sheet: "Responden",
        row: 2,
        col: 5,
        rows: 60,
        cols: 1,
      };
      const a = klungkungAnalysis(d);
      a.statements[1] = { ...a.statements[1], respondents: 58 };
      const p = resultPlan(d, a);
      expect(at(p, "C7")?.formula).toBe(
        "=IF('Matriks Asesmen'!D5=\"\",\"\",VALUE('Matriks Asesmen'!D5))",
      );
      expect(at(p, "C8")?.formula).toBe(
        '=IF(COUNT(Responden!E2:E61)=0,"",AVERAGE(Responden!E2:E61))',
      );
      expect(at(p, "D8")).toMatchObject({ formula: "=COUNT(Responden!E2:E61)", expected: 58 });
    });

    it("returns a note row and no statement formulas when there is no assessment (Sumbar)", () => {
      const d = klungkungDoc();
      d.answers = [];
      const a = klungkungAnalysis(d);
      a.statements = [];
      a.aspects = a.aspects.map((x) => ({ ...x, statements: [] }));
      const p = resultPlan(d, a);
      expect(at(p, "B7")?.value).toContain("Tidak ada matriks asesmen");
      expect(p.cells.some((c) => c.row === 7 && c.col === 3)).toBe(false);
    });

    it("returns Cilacap's lower-is-better capaian, and met / not met for a target of 0", () => {
      const { doc: d, analysis: a } = cilacapIndicatorAnalysis();
      const p = resultPlan(d, a, {
        lookup: lookupOf({
          "Indikator!D5": 6,
          "Indikator!G5": 6.5,
          "Indikator!E5": 0,
          "Indikator!H5": 0,
        }),
      });
      const first = p.cells.find(
        (c) => c.value === "Jumlah pengaduan yang tidak dapat diselesaikan",
      )!;
      const r = first.row;
      const cell = (col: number) => p.cells.find((c) => c.row === r && c.col === col);
      const next = (col: number) => p.cells.find((c) => c.row === r + 1 && c.col === col);
      expect(cell(4)).toMatchObject({ formula: "=Indikator!D5", expected: 6 });
      expect(cell(6)).toMatchObject({
        formula: `=IF(AND(ISNUMBER(E${r}),ISNUMBER(D${r})),IF(D${r}<>0,1+(1-E${r}/D${r}),""),"")`,
        numberFormat: "0.00%",
      });
      expect(cell(6)?.expected).toBeCloseTo(0.9166666666666667, 12);
      expect(cell(7)).toMatchObject({
        formula: `=IF(AND(ISNUMBER(E${r}),ISNUMBER(D${r})),E${r}-D${r},"")`,
        expected: 0.5,
      });
      expect(next(6)).toMatchObject({
        formula: `=IF(ISNUMBER(E${r + 1}),IF(E${r + 1}<=0,"Tercapai","Tidak tercapai"),"")`,
        expected: "Tercapai",
      });
      expect(cell(9)?.value).toBe("turun");
      const cf = p.conditionalFormats.find((c) => c.range.col === 6 && c.range.row === r)!;
      expect(cf.range.rows).toBe(2);
      expect(cf.rules[0]).toMatchObject({ operator: "lessThan", values: [1] });
      expect(cf.rules.some((x) => x.type === "textEquals" && x.text === "Tercapai")).toBe(true);
    });

    it("returns no chart when asked", () => {
      expect(resultPlan(doc, analysis, { withChart: false }).charts).toEqual([]);
    });
  });
});

describe("scoreOverlays", () => {
  it("returns one overlay per score sheet with the mark list on the mark columns", () => {
    const overlays = scoreOverlays(klungkungDoc());
    expect(overlays).toHaveLength(1);
    expect(overlays[0]).toMatchObject({ sheet: "Matriks", mode: "overlay", cells: [] });
    expect(overlays[0].validations).toEqual([
      {
        range: { row: 5, col: 3, rows: 20, cols: 4 },
        list: ["✓", "√", "v", "V", "X", "x"],
        allowBlank: true,
        message: expect.any(String),
      },
    ]);
  });

  describe("edge cases", () => {
    it("returns the 1-4 list on single-value cells and responses columns, joined", () => {
      const d = klungkungDoc();
      d.answers = [1, 2, 3].map((no) => ({
        no,
        answers: [3],
        source: {
          kind: "responses" as const,
          sheet: "Responden",
          row: 2,
          col: 2 + no,
          rows: 60,
          cols: 1,
        },
      }));
      const [o] = scoreOverlays(d);
      expect(o.validations).toEqual([
        {
          range: { row: 2, col: 3, rows: 60, cols: 3 },
          list: ["1", "2", "3", "4"],
          allowBlank: true,
          message: expect.any(String),
        },
      ]);
    });

    it("returns nothing when no answer has a source", () => {
      const d = klungkungDoc();
      d.answers = d.answers.map(({ source: _s, ...rest }) => rest);
      expect(scoreOverlays(d)).toEqual([]);
    });
  });
});

describe("resultPlans", () => {
  it("returns the result sheet first, then the overlays", () => {
    const plans = resultPlans(klungkungDoc(), klungkungAnalysis());
    expect(plans.map((p) => [p.sheet, p.mode])).toEqual([
      ["Hasil Renaksi", "replace"],
      ["Matriks", "overlay"],
    ]);
  });
});

describe("rankWithTieBreak", () => {
  it("returns Klungkung's and Sumbar's priorities (lowest first, ties by canonical order)", () => {
    expect(rankWithTieBreak([19 / 6, 3, 3, 11 / 3, 3])).toEqual([4, 1, 2, 5, 3]);
    expect(rankWithTieBreak([2.5, 2.2, 2.6, 3.0, 2.6])).toEqual([2, 1, 3, 5, 4]);
  });

  it("returns the same ranks as core/compute's suggestPriorities for any averages of integer scores", () => {
    const avg = fc.option(
      fc
        .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 4 * 60 }))
        .map(([n, s]) => Math.min(4, Math.max(1, s / n))),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(avg, { minLength: 5, maxLength: 5 }), (values) => {
        const fromCompute = suggestPriorities(
          ASPECTS.map((a, i) => ({ key: a.key, average: values[i] })),
        );
        expect(rankWithTieBreak(values)).toEqual(ASPECTS.map((a) => fromCompute[a.key]));
      }),
    );
  });

  describe("edge cases", () => {
    it("returns null for a missing value and ranks the others densely", () => {
      expect(rankWithTieBreak([null, 2, 1, null, 2])).toEqual([null, 2, 1, null, 3]);
    });
  });
});
