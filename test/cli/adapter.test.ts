import ExcelJS from "exceljs";
import { toFileFormula, fromFileFormula } from "../../cli/xlsx/formula";
import { dateSerial, plainValue, packageGrids } from "../../cli/xlsx/read-grids";
import { buildWorkbook, loadWorkbook } from "../../cli/xlsx/workbook";
import { chartXml, drawingObjectNames } from "../../cli/xlsx/chart-part";
import { parseRels, relativeTarget, resolveTarget } from "../../cli/xlsx/opc";
import {
  KLUNGKUNG_BY_PRIORITY,
  klungkungPlan,
  partsMatching,
  text,
  xmlNestingProblems,
  zipOf,
} from "./helpers";

describe("toFileFormula", () => {
  it("returns the formula without its leading = and with _xlfn. on newer functions", () => {
    expect(toFileFormula("=RANK.EQ(D5,$D$5:$D$9,1)")).toBe("_xlfn.RANK.EQ(D5,$D$5:$D$9,1)");
    expect(toFileFormula("=IFNA(MAXIFS(A:A,B:B,1),0)")).toBe(
      "_xlfn.IFNA(_xlfn.MAXIFS(A:A,B:B,1),0)",
    );
    expect(toFileFormula("=FILTER(A1:A5,B1:B5>0)")).toBe("_xlfn._xlws.FILTER(A1:A5,B1:B5>0)");
  });

  it("returns Excel 2007 functions unchanged", () => {
    expect(
      toFileFormula('=IF(COUNTA(Matriks!C5:F5)<>1,NA(),SUMPRODUCT((Matriks!C5:F5<>"")*{1,2,3,4}))'),
    ).toBe('IF(COUNTA(Matriks!C5:F5)<>1,NA(),SUMPRODUCT((Matriks!C5:F5<>"")*{1,2,3,4}))');
  });

  describe("edge cases", () => {
    it("returns string literals and quoted sheet names untouched", () => {
      expect(toFileFormula('=IF(A1="RANK.EQ(",1,2)')).toBe('IF(A1="RANK.EQ(",1,2)');
      expect(toFileFormula("='IFS(x'!A1+IFS(B1>0,1)")).toBe("'IFS(x'!A1+_xlfn.IFS(B1>0,1)");
    });
    it("returns an already prefixed name once", () => {
      expect(toFileFormula("=_xlfn.RANK.EQ(A1,A:A)")).toBe("_xlfn.RANK.EQ(A1,A:A)");
    });
    it("returns the host form back from the file form", () => {
      expect(fromFileFormula("_xlfn.RANK.EQ(A1,A:A)")).toBe("=RANK.EQ(A1,A:A)");
    });
  });
});

describe("resolveTarget", () => {
  it("returns the part a relative target points at", () => {
    expect(resolveTarget("xl/drawings/drawing1.xml", "../charts/chart1.xml")).toBe(
      "xl/charts/chart1.xml",
    );
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet2.xml")).toBe(
      "xl/worksheets/sheet2.xml",
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe(
      "xl/worksheets/sheet2.xml",
    );
  });
  it("returns a relative target that resolves back", () => {
    const t = relativeTarget("xl/worksheets/sheet3.xml", "xl/drawings/drawing7.xml");
    expect(t).toBe("../drawings/drawing7.xml");
    expect(resolveTarget("xl/worksheets/sheet3.xml", t)).toBe("xl/drawings/drawing7.xml");
  });
  describe("edge cases", () => {
    it("returns external relationships flagged", () => {
      const rels = parseRels(
        '<Relationships><Relationship Id="rId1" Type="t/hyperlink" Target="https://lapor.go.id/?a=1&amp;b=2" TargetMode="External"/></Relationships>',
      );
      expect(rels).toEqual([
        { id: "rId1", type: "t/hyperlink", target: "https://lapor.go.id/?a=1&b=2", external: true },
      ]);
    });
  });
});

describe("packageGrids", () => {
  async function roundTrip(
    make: (ws: ExcelJS.Worksheet) => void,
  ): Promise<Awaited<ReturnType<typeof packageGrids>>> {
    const wb = new ExcelJS.Workbook();
    make(wb.addWorksheet("Matriks"));
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    return (await loadWorkbook(buf)).grids;
  }

  it("returns the used rectangle with its origin, numbers and text as written (Luwu 2021: 6 received, 5 resolved)", async () => {
    const grids = await roundTrip((ws) => {
      ws.getCell("C4").value = "Jumlah pengaduan";
      ws.getCell("D4").value = 6;
      ws.getCell("C5").value = "Diselesaikan";
      ws.getCell("D5").value = 5;
      ws.getCell("E5").value = 5 / 6;
    });
    expect(grids).toEqual([
      {
        sheet: "Matriks",
        origin: { row: 4, col: 3 },
        values: [
          ["Jumlah pengaduan", 6, null],
          ["Diselesaikan", 5, 5 / 6],
        ],
      },
    ]);
  });

  it("returns a merged area's value in its top-left cell only", async () => {
    const grids = await roundTrip((ws) => {
      ws.getCell("B2").value = "Nilai";
      ws.mergeCells("B2:E2");
      ws.getCell("B3").value = 1;
      ws.getCell("E3").value = 4;
    });
    expect(grids[0].values).toEqual([
      ["Nilai", null, null, null],
      [1, null, null, 4],
    ]);
  });

  it("returns rich text as plain text and a formula as its cached result", async () => {
    const grids = await roundTrip((ws) => {
      ws.getCell("A1").value = {
        richText: [{ text: "Kebijakan ", font: { bold: true } }, { text: "& Kelembagaan" }],
      };
      ws.getCell("A2").value = { formula: "AVERAGE(3,3,3,4,3,3)", result: 19 / 6 };
      ws.getCell("A3").value = { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellValue;
      ws.getCell("A4").value = { formula: "1+1" } as ExcelJS.CellValue;
      ws.getCell("A5").value = { text: "lapor.go.id", hyperlink: "https://lapor.go.id" };
      ws.getCell("A6").value = true;
    });
    expect(grids[0].values.map((r) => r[0])).toEqual([
      "Kebijakan & Kelembagaan",
      19 / 6,
      "#N/A",
      null,
      "lapor.go.id",
      true,
    ]);
  });

  it("returns a date as its Excel serial number", async () => {
    const grids = await roundTrip((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2022, 0, 1));
    });
    expect(grids[0].values[0][0]).toBe(44562);
  });

  describe("edge cases", () => {
    it("returns no grid for an empty sheet and ignores empty strings", async () => {
      const grids = await roundTrip((ws) => {
        ws.getCell("A1").value = "";
      });
      expect(grids).toEqual([]);
    });
    it("returns null for values it cannot show", () => {
      expect(plainValue(undefined)).toBeNull();
      expect(dateSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    });
  });
});

describe("buildWorkbook", () => {
  async function rendered() {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Matriks").getCell("A1").value = "No";
    const built = await buildWorkbook({ wb }, [klungkungPlan()]);
    expect(built.problems).toEqual([]);
    const buffer = built.buffer as Buffer;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as unknown as ArrayBuffer);
    return {
      built,
      buffer,
      zip: await zipOf(buffer),
      ws: back.getWorksheet("Hasil Renaksi") as ExcelJS.Worksheet,
      back,
    };
  }

  it("returns live formulas with the _xlfn. prefix and the core's expected value as the only cache", async () => {
    const { ws, zip } = await rendered();
    expect(ws.getCell("B7").value).toEqual({
      formula: `AVERAGE(${19 / 6},${19 / 6})`,
      result: 19 / 6,
    });
    expect((ws.getCell("C4").value as ExcelJS.CellFormulaValue).formula).toBe(
      "_xlfn.RANK.EQ(B4,$B$4:$B$8,1)",
    );
    const wbXml = await text(zip, "xl/workbook.xml");
    expect(wbXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("returns values, number formats, styles, notes, merges, widths and frozen panes", async () => {
    const { ws } = await rendered();
    expect(ws.getCell("A1").value).toBe("RENAKSI | Hasil Analisis");
    expect(ws.getCell("A4").value).toBe(KLUNGKUNG_BY_PRIORITY[0][0]);
    expect(ws.getCell("B4").numFmt).toBe("0.00");
    expect(ws.getCell("A3").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(ws.getCell("A3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E78" },
    });
    expect(ws.getCell("A3").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("A4").alignment).toMatchObject({ wrapText: true, indent: 1 });
    expect(ws.getCell("A2").font).toMatchObject({ italic: true });
    expect(ws.getCell("A10").note).toBe("Diisi oleh tim");
    expect(ws.getCell("C2").isMerged).toBe(true);
    expect(ws.getCell("C2").master.address).toBe("A2");
    expect(ws.getColumn(1).width).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
  });

  it("returns validation lists and conditional formats on their ranges", async () => {
    const { zip } = await rendered();
    const sheet = await text(zip, "xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(
      /<dataValidation [^>]*type="list"[^>]*sqref="B10:C10"[^>]*>\s*<formula1>&quot;1,2,3,4,5&quot;<\/formula1>/,
    );
    expect(sheet).toMatch(/<conditionalFormatting sqref="B4:B8">/);
    expect(sheet).toMatch(
      /<cfRule type="cellIs"[^>]*operator="lessThan"[^>]*><formula>3.1<\/formula>/,
    );
    expect(sheet).toContain("<formula>B4=&quot;selesai&quot;</formula>");
    expect(sheet).toContain("<formula>LEN(TRIM(B4))&gt;0</formula>");
  });

  it("returns a well-formed native chart part wired through drawing, rels and content types", async () => {
    const { zip, built } = await rendered();
    expect(built.charts).toBe(1);
    expect(partsMatching(zip, /^xl\/charts\//)).toEqual(["xl/charts/chart1.xml"]);
    const chart = await text(zip, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain("<c:f>&apos;Hasil Renaksi&apos;!$A$4:$A$8</c:f>");
    expect(chart).toContain("<c:f>&apos;Hasil Renaksi&apos;!$B$4:$B$8</c:f>");
    expect(chart).toContain(`<c:pt idx="3"><c:v>${19 / 6}</c:v></c:pt>`);
    expect(chart).toContain('<c:max val="4"/><c:min val="0"/>');
    const sheetRels = await text(zip, "xl/worksheets/_rels/sheet2.xml.rels");
    expect(sheetRels).toContain('Target="../drawings/drawing1.xml"');
    expect(await text(zip, "xl/worksheets/sheet2.xml")).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).toContain(
      'Target="../charts/chart1.xml"',
    );
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
    );
    expect(drawingObjectNames(await text(zip, "xl/drawings/drawing1.xml"))).toEqual([
      "Renaksi: bagan-prioritas",
    ]);
    expect(xmlNestingProblems(chart)).toEqual([]);
    expect(xmlNestingProblems(await text(zip, "xl/drawings/drawing1.xml"))).toEqual([]);
    expect(xmlNestingProblems("<a><b></a>")).toEqual(["</a> closes <b>", "unclosed: a"]);
  });

  it("returns the same workbook when run twice (managed sheet rebuilt at its place, no stacked rules)", async () => {
    const { buffer } = await rendered();
    const again = await buildWorkbook(await loadWorkbook(buffer), [klungkungPlan()]);
    const z1 = await zipOf(buffer);
    const z2 = await zipOf(again.buffer as Buffer);
    expect(partsMatching(z2, /./)).toEqual(partsMatching(z1, /./));
    for (const p of [
      "xl/worksheets/sheet2.xml",
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/styles.xml",
    ]) {
      expect(await text(z2, p)).toBe(await text(z1, p));
    }
  });

  describe("edge cases", () => {
    it("returns an error naming A1 when a user sheet already has the managed name", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Hasil Renaksi").getCell("A1").value = "catatan saya";
      const built = await buildWorkbook({ wb }, [klungkungPlan()]);
      expect(built.buffer).toBeUndefined();
      expect(built.problems).toEqual([
        expect.objectContaining({
          severity: "error",
          code: "write.notOurs",
          cell: "'Hasil Renaksi'!A1",
        }),
      ]);
    });
    it("returns write.notOurs, not a crash, when the user's sheet differs only in letter case", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("hasil renaksi").getCell("A1").value = "catatan saya";
      const built = await buildWorkbook({ wb }, [klungkungPlan()]);
      expect(built.buffer).toBeUndefined();
      expect(built.problems.map((p) => [p.code, p.cell])).toEqual([
        ["write.notOurs", "'hasil renaksi'!A1"],
      ]);
    });
    it("returns a suffixed sheet for a new plan whose name is taken", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Renaksi");
      const plan = klungkungPlan("Renaksi");
      plan.mode = "new";
      const built = await buildWorkbook({ wb }, [plan]);
      expect(built.sheets).toEqual(["Renaksi (2)"]);
    });
    it("returns a chart cache without the points that have no number", () => {
      const plan = klungkungPlan();
      const xml = chartXml(plan.charts[0], "Hasil Renaksi", {
        categories: ["SDM", "Data"],
        values: [[3, null]],
      });
      expect(xml).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>3</c:v></c:pt></c:numCache>');
    });
  });
});

describe("loadWorkbook", () => {
  it("returns a formula's cached result 0 (exceljs's value getter drops it)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sasaran");
    ws.getCell("B2").value = { formula: "7-7", result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell("B3").value = { formula: "7-6", result: 1 } as ExcelJS.CellFormulaValue;
    const book = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(book.grids[0].values).toEqual([[0], [1]]);
  });

  describe("edge cases", () => {
    it("returns an input error naming the file for a file that is not .xlsx", async () => {
      await expect(
        loadWorkbook(Buffer.from("No;Pertanyaan\n1;x"), "luwu.csv"),
      ).rejects.toMatchObject({
        problems: [
          expect.objectContaining({ code: "cli.notXlsx", message: "luwu.csv: bukan berkas .xlsx" }),
        ],
      });
    });
  });
});
