import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildWorkbook, loadWorkbook } from "../../cli/xlsx/workbook";
import { sheetParts, readRels, resolveTarget, REL } from "../../cli/xlsx/opc";
import { drawingObjectNames } from "../../cli/xlsx/chart-part";
import { klungkungPlan, partsMatching, text, userWorkbookWithChart, zipOf } from "./helpers";

/** The chart XML of every chart reachable from the named sheet. */
async function chartsOfSheet(zip: JSZip, sheet: string): Promise<string[]> {
  const part = (await sheetParts(zip)).find((s) => s.name === sheet)?.part as string;
  const drawing = (await readRels(zip, part)).find((r) => r.type === REL.drawing);
  if (!drawing) return [];
  const dPart = resolveTarget(part, drawing.target);
  const out: string[] = [];
  for (const r of await readRels(zip, dPart))
    if (r.type === REL.chart) out.push(await text(zip, resolveTarget(dPart, r.target)));
  return out;
}

async function fillOnce(input: Buffer): Promise<Buffer> {
  const built = await buildWorkbook(await loadWorkbook(input), [klungkungPlan()]);
  expect(built.problems).toEqual([]);
  return built.buffer as Buffer;
}

describe("buildWorkbook on a user's workbook", () => {
  it("returns the user's own chart byte-identical, with their picture, comment and formula", async () => {
    const input = await userWorkbookWithChart();
    const before = await zipOf(input);
    const userChart = await chartsOfSheet(before, "Grafik");
    expect(userChart).toHaveLength(1);
    const out = await zipOf(await fillOnce(input));
    expect(await chartsOfSheet(out, "Grafik")).toEqual(userChart);
    expect((await chartsOfSheet(out, "Hasil Renaksi"))[0]).toContain("Bagan Prioritas");
    // the picture on "Data" still sits in a drawing that points at the same bytes
    const dataCharts = (await sheetParts(out)).find((s) => s.name === "Data")?.part as string;
    const dRel = (await readRels(out, dataCharts)).find((r) => r.type === REL.drawing);
    expect(dRel).toBeDefined();
    const dPart = resolveTarget(dataCharts, (dRel as { target: string }).target);
    const img = (await readRels(out, dPart)).find((r) => /image$/.test(r.type));
    const imgBytes = await out
      .file(resolveTarget(dPart, (img as { target: string }).target))
      ?.async("base64");
    const origImg = await before.file(partsMatching(before, /^xl\/media\//)[0])?.async("base64");
    expect(imgBytes).toBe(origImg);
    expect(partsMatching(out, /^xl\/media\//)).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await out.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
    const data = wb.getWorksheet("Data") as ExcelJS.Worksheet;
    expect(data.getCell("A1").note).toBe("Sumber: laporan SP4N-LAPOR!");
    expect(data.getCell("B5").value).toMatchObject({ formula: "SUM(B2:B4)" });
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "Grafik", "Hasil Renaksi"]);
  });

  it("returns the same workbook when filled twice (cells, styles, charts)", async () => {
    const once = await fillOnce(await userWorkbookWithChart());
    const twice = await fillOnce(once);
    const z1 = await zipOf(once);
    const z2 = await zipOf(twice);
    expect(partsMatching(z2, /./)).toEqual(partsMatching(z1, /./));
    for (const p of partsMatching(
      z1,
      /^xl\/(worksheets|charts|drawings)\/[^/]+\.xml$|^xl\/styles\.xml$|^xl\/sharedStrings\.xml$/,
    ))
      expect([p, await text(z2, p)]).toEqual([p, await text(z1, p)]);
    expect(twice.equals(once)).toBe(true);
  });

  describe("edge cases", () => {
    it("returns a pivot table and its cache byte for byte (nothing is refused any more)", async () => {
      const zip = await zipOf(await userWorkbookWithChart());
      zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
      zip.file("xl/pivotCache/pivotCacheDefinition1.xml", "<pivotCacheDefinition/>");
      const input = await zip.generateAsync({ type: "nodebuffer" });
      const built = await buildWorkbook(await loadWorkbook(input), [klungkungPlan()]);
      expect(built.problems).toEqual([]);
      const out = await zipOf(built.buffer as Buffer);
      expect(await text(out, "xl/pivotTables/pivotTable1.xml")).toBe("<pivotTableDefinition/>");
      expect(await text(out, "xl/pivotCache/pivotCacheDefinition1.xml")).toBe(
        "<pivotCacheDefinition/>",
      );
    });

    it("returns an error naming the sheet when a user object sits on the managed sheet", async () => {
      const first = await zipOf(await fillOnce(await userWorkbookWithChart()));
      const managed = (await sheetParts(first)).find((s) => s.name === "Hasil Renaksi")
        ?.part as string;
      const rel = (await readRels(first, managed)).find((r) => r.type === REL.drawing) as {
        target: string;
      };
      const dPart = resolveTarget(managed, rel.target);
      const xml = await text(first, dPart);
      expect(drawingObjectNames(xml)).toEqual(["Renaksi: bagan-prioritas"]);
      first.file(dPart, xml.replace('name="Renaksi: bagan-prioritas"', 'name="Diagram saya"'));
      const input = await first.generateAsync({ type: "nodebuffer" });
      const built = await buildWorkbook(await loadWorkbook(input), [klungkungPlan()]);
      expect(built.buffer).toBeUndefined();
      expect(built.problems).toEqual([
        expect.objectContaining({
          code: "write.userObjects",
          cell: "'Hasil Renaksi'!A1",
          message: expect.stringContaining("Diagram saya"),
        }),
      ]);
    });

    it("returns a sheet with sparklines byte for byte", async () => {
      const zip = await zipOf(await userWorkbookWithChart());
      const part = (await sheetParts(zip)).find((s) => s.name === "Data")?.part as string;
      const xml = (await text(zip, part)).replace(
        "</worksheet>",
        '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups><x14:sparklineGroup/></x14:sparklineGroups></ext></extLst></worksheet>',
      );
      zip.file(part, xml);
      const built = await buildWorkbook(
        await loadWorkbook(await zip.generateAsync({ type: "nodebuffer" })),
        [klungkungPlan()],
      );
      expect(built.problems).toEqual([]);
      expect(await text(await zipOf(built.buffer as Buffer), part)).toBe(xml);
    });
  });
});
