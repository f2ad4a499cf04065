/**
 * Regression (issue 11's print check found it): filling a workbook that already holds a Renaksi
 * sheet to rebuild (examples/cilacap.xlsx carries "Monev Renaksi") gave the new "Hasil Renaksi"
 * the rebuilt sheet's freed part name, so two sheets pointed at sheet5.xml and Hasil Renaksi was
 * lost from the file. Every sheet must get its own part.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { fillFile } from "../../cli/commands";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "cilacap.xlsx");

describe("fillFile (sheet parts)", () => {
  it("returns one worksheet part per sheet, Hasil Renaksi's holding its own title", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-parts-"));
    const out = path.join(dir, "cilacap.xlsx");
    const io = { out: () => undefined, err: () => undefined };
    const r = await fillFile(EXAMPLE, out, {}, io);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    const targets = [...rels.matchAll(/Target="(worksheets\/[^"]+)"/g)].map((m) => m[1]);
    expect(new Set(targets).size).toBe(targets.length);
    const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const names = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(["Hasil Renaksi", "Monev Renaksi"]));
    expect(targets).toHaveLength(names.length);
    const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    const sheets = await Promise.all(
      targets.map(async (t) => (await zip.file(`xl/${t}`)?.async("string")) ?? ""),
    );
    expect(
      sheets.some((x) => x.includes("RENAKSI | Hasil Analisis")) ||
        strings.includes("RENAKSI | Hasil Analisis"),
    ).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
