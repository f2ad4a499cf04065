/**
 * The sheet-XML writer of the managed sheets: samples per style, cell XML, and the round trip
 * through a real package.
 */
import ExcelJS from "exceljs";
import { emptyPlan } from "../../core/layout/sheet-plan";
import {
  dataCells,
  plannedAt,
  planSheetData,
  sheetDataXml,
  styleKey,
} from "../../cli/xlsx/sheet-data";
import { buildWorkbook, loadWorkbook } from "../../cli/xlsx/workbook";
import { excelOf, KLUNGKUNG_BY_PRIORITY, text, xmlNestingProblems, zipOf } from "./helpers";

/** Klungkung's five aspects as a small timeline-like sheet: two styles shared by many cells. */
function klungkungRows() {
  const p = emptyPlan("Hasil Renaksi", "replace");
  p.marker = { row: 1, col: 1, text: "RENAKSI | Hasil Analisis" };
  KLUNGKUNG_BY_PRIORITY.forEach(([name, avg], i) => {
    const row = 3 + i;
    p.cells.push({ row, col: 1, value: name, style: { border: true } });
    p.cells.push({
      row,
      col: 2,
      formula: `=AVERAGE(${avg},${avg})`,
      expected: avg,
      numberFormat: "0.00",
      style: { border: true, bold: true, fill: "#DDEBF7" },
    });
  });
  p.merges.push({ row: 9, col: 1, rows: 1, cols: 3 });
  p.cells.push({ row: 9, col: 1, value: " Catatan: <SDM & Data> ", style: { italic: true } });
  return p;
}

describe("styleKey", () => {
  it("returns one key per style and number format", () => {
    expect(styleKey({})).toBe("");
    expect(styleKey({ numberFormat: "0.00", style: { bold: true, fill: "#FFF2CC" } })).toBe(
      "#0.00;bold=true;fill=#FFF2CC",
    );
  });

  describe("edge cases", () => {
    it("returns the same key when a field is explicitly undefined", () => {
      expect(styleKey({ style: { bold: true, italic: undefined } })).toBe(
        styleKey({ style: { bold: true } }),
      );
    });
  });
});

describe("planSheetData", () => {
  it("returns one sample per style and every cell sorted by row and column", () => {
    const d = planSheetData(klungkungRows());
    expect(d.samples.map((c) => [c.row, c.col])).toEqual([
      [3, 1],
      [3, 2],
      [9, 1],
    ]);
    expect(dataCells(d).map((c) => `${c.row},${c.col}`)).toEqual([
      "1,1",
      "3,1",
      "3,2",
      "4,1",
      "4,2",
      "5,1",
      "5,2",
      "6,1",
      "6,2",
      "7,1",
      "7,2",
      "9,1",
      "9,2",
      "9,3",
    ]);
  });

  describe("edge cases", () => {
    it("returns the merged area's other cells empty with the top-left cell's style", () => {
      const d = planSheetData(klungkungRows());
      const merged = dataCells(d).filter((c) => c.row === 9);
      expect(merged.map((c) => [c.value, c.key])).toEqual([
        [" Catatan: <SDM & Data> ", ";italic=true"],
        [null, ";italic=true"],
        [null, ";italic=true"],
      ]);
    });

    it("returns a cell with a note among the samples even when its style is taken", () => {
      const p = klungkungRows();
      p.cells.push({ row: 8, col: 1, value: "Partisipasi", style: { border: true }, note: "x" });
      expect(planSheetData(p).samples.map((c) => [c.row, c.col])).toContainEqual([8, 1]);
    });
  });
});

describe("plannedAt", () => {
  it("returns the planned cell at an address, the last one planned there winning", () => {
    const p = klungkungRows();
    p.cells.push({ row: 3, col: 2, value: 3.5 });
    const d = planSheetData(p);
    expect(plannedAt(d, 3, 2)?.value).toBe(3.5);
    expect(plannedAt(d, 4, 1)?.value).toBe(KLUNGKUNG_BY_PRIORITY[1][0]);
  });

  describe("edge cases", () => {
    it("returns undefined for the marker, a merged area's other cells and an empty address", () => {
      const d = planSheetData(klungkungRows());
      expect(dataCells(d).some((c) => c.row === 1 && c.col === 1)).toBe(true);
      expect(plannedAt(d, 1, 1)).toBeUndefined();
      expect(plannedAt(d, 9, 1)?.value).toBe(" Catatan: <SDM & Data> ");
      expect(plannedAt(d, 9, 2)).toBeUndefined();
      expect(plannedAt(d, 2, 1)).toBeUndefined();
      expect(plannedAt(d, 500, 1)).toBeUndefined();
    });
  });
});

describe("sheetDataXml", () => {
  it("returns numbers, inline strings and formulas with their cached result and style index", () => {
    const d = planSheetData(klungkungRows());
    const ids = new Map([
      [";border=true", "1"],
      ["#0.00;border=true;bold=true;fill=#DDEBF7", "2"],
      [";italic=true", "3"],
    ]);
    const { xml, dimension } = sheetDataXml(d, ids);
    expect(dimension).toBe("A1:C9");
    expect(xml).toContain(
      '<row r="3"><c r="A3" s="1" t="inlineStr"><is><t>SDM</t></is></c><c r="B3" s="2"><f>AVERAGE(3,3)</f><v>3</v></c></row>',
    );
    expect(xml).toContain(
      `<c r="B6" s="2"><f>AVERAGE(${19 / 6},${19 / 6})</f><v>${19 / 6}</v></c>`,
    );
    expect(xml).toContain(
      '<row r="9"><c r="A9" s="3" t="inlineStr"><is><t xml:space="preserve"> Catatan: &lt;SDM &amp; Data&gt; </t></is></c><c r="B9" s="3"/><c r="C9" s="3"/></row>',
    );
    expect(xmlNestingProblems(xml)).toEqual([]);
  });

  it("returns a fitted height without customHeight on rows whose wrapped text needs several lines (Excel re-fits them)", () => {
    const p = emptyPlan("X", "replace");
    p.columnWidths.push({ col: 1, width: 11 });
    p.cells.push({ row: 1, col: 1, value: "x".repeat(25), style: { wrap: true } }); // 3 lines
    p.cells.push({ row: 2, col: 1, value: "pendek", style: { wrap: true } });
    const { xml } = sheetDataXml(planSheetData(p), new Map());
    expect(xml).toContain('<row r="1" ht="39">'); // 3 lines of 12 pt + 3
    expect(xml).not.toContain("customHeight");
    expect(xml).toContain('<row r="2">');
  });

  describe("edge cases", () => {
    it("returns xml:space=preserve exactly for text that starts or ends with white space or holds a line break", () => {
      const texts = [
        "a",
        " a",
        "a ",
        "\ta",
        "a\r",
        "a\u000b",
        "\u00a0a",
        "a\u1680",
        "\u2000a",
        "a\u200a",
        "\u200ba",
        "\u2028a",
        "a\u2029",
        "\u202fa",
        "a\u205f",
        "\u3000a",
        "a\ufeff",
        "\u180ea",
        "a\nb",
        "a b",
        "a\u3000b",
      ];
      const p = emptyPlan("X", "new");
      texts.forEach((value, i) => p.cells.push({ row: i + 1, col: 1, value }));
      const { xml } = sheetDataXml(planSheetData(p), new Map());
      const kept = [...xml.matchAll(/<row r="(\d+)">[\s\S]*?<\/row>/g)]
        .filter((m) => m[0].includes('xml:space="preserve"'))
        .map((m) => texts[Number(m[1]) - 1]);
      expect(kept).toEqual(texts.filter((t) => /^\s|\s$|\n/.test(t)));
      expect(kept).toHaveLength(16);
    });

    it("returns t=str / t=b / t=e for text, boolean and error results and drops control characters", () => {
      const p = emptyPlan("X", "new");
      p.cells.push({ row: 1, col: 1, formula: '=IF(1,"ya")', expected: "ya" });
      p.cells.push({ row: 1, col: 2, formula: "=1=1", expected: true });
      p.cells.push({ row: 1, col: 3, formula: "=NA()", expected: "#N/A" });
      p.cells.push({ row: 1, col: 4, formula: "=RANK.EQ(1,A1:A2)", expected: null });
      p.cells.push({ row: 1, col: 5, value: "a\u0001b" });
      p.cells.push({ row: 1, col: 6, value: false });
      const { xml } = sheetDataXml(planSheetData(p), new Map());
      expect(xml).toBe(
        '<sheetData><row r="1">' +
          '<c r="A1" t="str"><f>IF(1,"ya")</f><v>ya</v></c>' +
          '<c r="B1" t="b"><f>1=1</f><v>1</v></c>' +
          '<c r="C1" t="e"><f>NA()</f><v>#N/A</v></c>' +
          '<c r="D1"><f>_xlfn.RANK.EQ(1,A1:A2)</f></c>' +
          '<c r="E1" t="inlineStr"><is><t>ab</t></is></c>' +
          '<c r="F1" t="b"><v>0</v></c>' +
          "</row></sheetData>",
      );
    });
  });
});

describe("buildWorkbook with the sheet-XML writer", () => {
  it("returns a package where cells that were not samples carry their style, value and formula", async () => {
    const built = await buildWorkbook({ wb: new ExcelJS.Workbook() }, [klungkungRows()]);
    expect(built.problems).toEqual([]);
    const zip = await zipOf(built.buffer as Buffer);
    const sheet = await text(zip, "xl/worksheets/sheet1.xml");
    expect(xmlNestingProblems(sheet)).toEqual([]);
    const ws = (await excelOf(built.buffer as Buffer)).getWorksheet(
      "Hasil Renaksi",
    ) as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("RENAKSI | Hasil Analisis");
    // Row 7 is not a sample: its style comes from the sample at row 3.
    expect(ws.getCell("A7").value).toBe("Partisipasi");
    expect(ws.getCell("A7").border?.top?.style).toBe("thin");
    expect(ws.getCell("B7").formula).toBe(`AVERAGE(${11 / 3},${11 / 3})`);
    expect(ws.getCell("B7").result).toBe(11 / 3);
    expect(ws.getCell("B7").numFmt).toBe("0.00");
    expect(ws.getCell("B7").font?.bold).toBe(true);
    expect(ws.getCell("B7").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("C9").isMerged).toBe(true);
    const book = await loadWorkbook(built.buffer as Buffer);
    expect(book.grids[0].values[8][0]).toBe(" Catatan: <SDM & Data> ");
  });
});
