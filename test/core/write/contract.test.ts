import { emptyPlan, type SheetPlan } from "../../../core/layout/sheet-plan";
import { MARKER_PREFIX } from "../../../core/model/managed-sheet";
import { quoteSheet } from "../../../core/grid";
import {
  cellKind,
  freeSheetName,
  resolveWrites,
  safeSheetName,
  type SheetState,
  type WorkbookState,
} from "../../../core/write";

const sheet = (name: string, a1: SheetState["a1"] = null, more: Partial<SheetState> = {}) => ({
  name,
  a1,
  visible: true,
  charts: [],
  objects: [],
  ...more,
});

function resultPlan(): SheetPlan {
  const p = emptyPlan("Hasil Renaksi", "replace");
  p.marker = { row: 1, col: 1, text: `${MARKER_PREFIX} Hasil` };
  p.cells.push({ row: 3, col: 2, value: '=HYPERLINK("http://evil.example")' });
  p.cells.push({ row: 4, col: 2, formula: "=AVERAGE(B1:B2)", expected: 2 });
  p.charts.push({
    id: "renaksi-bagan-prioritas",
    type: "bar",
    title: "Bagan Prioritas",
    categories: { row: 3, col: 2, rows: 2, cols: 1 },
    series: [{ name: "Rata-rata", values: { row: 3, col: 3, rows: 2, cols: 1 } }],
    seriesBy: "columns",
    anchor: { row: 6, col: 2, widthCols: 4, heightRows: 10 },
  });
  return p;
}

function overlay(name: string): SheetPlan {
  const p = emptyPlan(name, "overlay");
  p.validations.push({
    range: { row: 5, col: 4, rows: 3, cols: 1 },
    list: ["1", "2", "3", "4"],
    allowBlank: true,
    message: "1-4",
  });
  return p;
}

describe("resolveWrites", () => {
  it("returns a create with the marker among the cells on a fresh workbook", () => {
    const w = resolveWrites({ sheets: [sheet("Matriks", "No")] }, [resultPlan()]);
    expect(w.refused).toBe(false);
    expect(w.writes.map((x) => [x.action, x.sheet, x.address])).toEqual([
      ["create", "Hasil Renaksi", "'Hasil Renaksi'!A1:B4"],
    ]);
    expect(w.writes[0].plan.cells[0]).toEqual({ row: 1, col: 1, value: `${MARKER_PREFIX} Hasil` });
    expect(w.activate).toBe("Hasil Renaksi");
  });

  it("returns a rebuild under the existing spelling when Renaksi's sheet differs in letter case", () => {
    const state: WorkbookState = {
      sheets: [
        sheet("HASIL RENAKSI", `${MARKER_PREFIX} Hasil`, {
          charts: [{ name: "renaksi-bagan-prioritas" }, { name: "renaksi-lama" }],
        }),
      ],
    };
    const w = resolveWrites(state, [resultPlan()]);
    expect(w.writes.map((x) => [x.action, x.sheet])).toEqual([["rebuild", "HASIL RENAKSI"]]);
    expect(w.deleteCharts.map((c) => [c.sheet, c.index])).toEqual([
      ["HASIL RENAKSI", 0],
      ["HASIL RENAKSI", 1],
    ]);
  });

  it("returns charts to delete by title on a host without chart names (Sheets)", () => {
    const state = {
      sheets: [
        sheet("Hasil Renaksi", `${MARKER_PREFIX} x`, { charts: [{ title: "Bagan Prioritas" }] }),
      ],
    };
    expect(resolveWrites(state, [resultPlan()]).deleteCharts).toEqual([
      { sheet: "Hasil Renaksi", index: 0, name: undefined, title: "Bagan Prioritas" },
    ]);
  });

  it("returns Renaksi's period charts to delete by title shape when the reported semester moved (Sheets, regression)", () => {
    // Was: the Sheets re-run after a status typed in a later semester refused with
    // write.userObjects, the charts' old titles ("..., 2021 S1", "... 2021") no longer planned.
    const monev = emptyPlan("Monev Renaksi", "replace");
    monev.marker = { row: 1, col: 1, text: `${MARKER_PREFIX} Monev Renaksi` };
    const chart = resultPlan().charts[0];
    monev.charts.push(
      { ...chart, id: "renaksi-monev-aspek", title: "% selesai per aspek, 2022 S1" },
      { ...chart, id: "renaksi-monev-capaian", title: "Capaian indikator 2022" },
    );
    const old = [
      { title: "% selesai per aspek, 2021 S1" },
      { title: "Capaian indikator 2021" },
      { title: "% done per aspect, 2021 S2" },
    ];
    const state = {
      sheets: [sheet("Monev Renaksi", `${MARKER_PREFIX} Monev Renaksi`, { charts: old })],
    };
    const w = resolveWrites(state, [monev]);
    expect(w.refused).toBe(false);
    expect(w.deleteCharts.map((c) => c.title)).toEqual(old.map((c) => c.title));
    // a chart of the user's own, however close its title, still refuses the rebuild
    const mine = {
      sheets: [
        sheet("Monev Renaksi", `${MARKER_PREFIX} x`, {
          charts: [{ title: "Capaian indikator saya" }],
        }),
      ],
    };
    expect(resolveWrites(mine, [monev]).problems.map((p) => p.code)).toEqual(["write.userObjects"]);
  });

  it("returns a free name for a new plan, compared without letter case", () => {
    const p = emptyPlan("Renaksi", "new");
    p.cells.push({ row: 1, col: 1, value: "x" });
    const w = resolveWrites({ sheets: [sheet("RENAKSI"), sheet("renaksi (2)")] }, [p]);
    expect(w.writes.map((x) => x.sheet)).toEqual(["Renaksi (3)"]);
  });

  describe("edge cases", () => {
    it.each(["hasil renaksi", "HASIL RENAKSI", "Hasil Renaksi"])(
      "returns write.notOurs on A1 of a user's sheet named %s, and no writes",
      (name) => {
        const w = resolveWrites({ sheets: [sheet(name, "catatan saya")] }, [
          resultPlan(),
          overlay("Matriks"),
        ]);
        expect(w.refused).toBe(true);
        expect(w.writes).toEqual([]);
        expect(w.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
          ["error", "write.notOurs", `'${name}'!A1`],
          ["warning", "write.overlayMissing", undefined],
        ]);
        expect(w.problems[0].message).toContain(name);
      },
    );

    it("returns write.userObjects naming the objects drawn on a managed sheet", () => {
      const state = {
        sheets: [
          sheet("Hasil Renaksi", `${MARKER_PREFIX} x`, {
            charts: [{ name: "Diagram saya" }, { name: "Renaksi: bagan" }],
            objects: ["Logo"],
          }),
        ],
      };
      const w = resolveWrites(state, [resultPlan()]);
      expect(w.refused).toBe(true);
      expect(w.problems.map((p) => [p.code, p.cell])).toEqual([
        ["write.userObjects", "'Hasil Renaksi'!A1"],
      ]);
      expect(w.problems[0].messageEn).toContain("Diagram saya, Logo");
    });

    it("returns a warning and no write for an overlay whose sheet is missing, the rest written", () => {
      const w = resolveWrites({ sheets: [sheet("matriks", "No")] }, [
        resultPlan(),
        overlay("Matriks"),
        overlay("Hilang"),
      ]);
      expect(w.refused).toBe(false);
      expect(w.writes.map((x) => [x.action, x.sheet, x.address])).toEqual([
        ["create", "Hasil Renaksi", "'Hasil Renaksi'!A1:B4"],
        ["overlay", "matriks", "matriks!D5:D7"],
      ]);
      expect(w.problems.map((p) => [p.severity, p.code])).toEqual([
        ["warning", "write.overlayMissing"],
      ]);
    });

    it("returns no sheet to activate when the only rebuilt sheet is hidden", () => {
      const state = { sheets: [sheet("Hasil Renaksi", `${MARKER_PREFIX} x`, { visible: false })] };
      expect(resolveWrites(state, [resultPlan()]).activate).toBeNull();
    });
  });
});

describe("cellKind", () => {
  it("returns text for every string value, whatever it starts with", () => {
    for (const v of ["=1+1", "+62", "-5", "@x", "=cmd|' /C calc'!A0", "3.5"])
      expect(cellKind({ value: v })).toBe("text");
    expect(cellKind({ formula: "=A1" })).toBe("formula");
    expect(cellKind({ value: 3 })).toBe("number");
    expect(cellKind({ value: false })).toBe("boolean");
    expect(cellKind({ value: null })).toBe("blank");
    expect(cellKind({ value: "" })).toBe("blank");
  });
});

describe("safeSheetName / freeSheetName", () => {
  it("returns a name every host accepts", () => {
    expect(safeSheetName("a/b:c*d?[e]")).toBe("a-b-c-d--e-");
    expect(safeSheetName("'kutip'")).toBe("kutip");
    expect(safeSheetName("x".repeat(40))).toHaveLength(31);
    expect(freeSheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
  });
});

describe("quoteSheet", () => {
  it.each([
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["RC", "'RC'"],
    ["TRUE", "'TRUE'"],
    ["false", "'false'"],
    ["XFD9", "'XFD9'"],
    ["Matriks", "Matriks"],
    ["Data2024x", "Data2024x"],
    ["O'Brien!", "'O''Brien!'"],
    ["Лист 1", "'Лист 1'"],
  ])("returns %s as %s", (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
  });
});
