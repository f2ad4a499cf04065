/**
 * Files that are not what they seem: a huge claimed size, an OpenDocument file renamed .xlsx, an
 * encrypted workbook, Strict Open XML, a damaged zip. Each is read within bounds or refused with its
 * own message (Indonesian, then English) and exit 2, never exit 1.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { run, type Io } from "../../cli/main";
import { loadWorkbook } from "../../cli/xlsx/workbook";
import { cellsToGrids } from "../../cli/xlsx/read-grids";
import { sheetParts } from "../../cli/xlsx/opc";
import { MAX_PART_BYTES, oversizedPart } from "../../cli/xlsx/recognise";
import { buildExample } from "../../cli/examples-build";
import { klungkung } from "../fixtures/grids/klungkung";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-bad-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await run(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A minimal package by hand: one sheet whose XML is given. */
async function handMade(sheetXml: string, extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`,
  );
  for (const [p, x] of Object.entries(extra)) zip.file(p, x);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("loadWorkbook on a file that claims a huge size", () => {
  it("returns two small grids for cells at A1 and XFD1048576, in under 2 s and 200 MB", async () => {
    const buf = await handMade(
      '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>awal</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>',
    );
    const heap = process.memoryUsage().heapUsed;
    const t0 = Date.now();
    const book = await loadWorkbook(buf, "besar.xlsx");
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 2 ** 20);
    expect(book.grids).toEqual([
      { sheet: "Data", origin: { row: 1, col: 1 }, values: [["awal"]] },
      { sheet: "Data", origin: { row: 1_048_576, col: 16_384 }, values: [[7]] },
    ]);
  });

  it("returns the summary of such a file (no matrix: every average null) with exit 0 in under 2 s", async () => {
    const file = path.join(dir, "besar.xlsx");
    fs.writeFileSync(
      file,
      await handMade(
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>awal</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>',
      ),
    );
    const t0 = Date.now();
    const r = await cli("summary", file, "--json");
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.file).toBe(file);
    expect(j.statements).toEqual([]);
    expect(j.aspects.map((a: { average: number | null }) => a.average)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  describe("edge cases", () => {
    it("returns one grid per cluster for a sparse diagonal, each as small as its cells", () => {
      const n = 50;
      const cells = {
        rows: Array.from({ length: n }, (_, i) => 1 + i * 20_000),
        cols: Array.from({ length: n }, (_, i) => 1 + i * 300),
        values: Array.from({ length: n }, (_, i) => i),
      };
      const grids = cellsToGrids("S", cells);
      expect(grids).toHaveLength(n);
      expect(grids.every((g) => g.values.length === 1 && g.values[0].length === 1)).toBe(true);
      expect(grids[49]).toEqual({
        sheet: "S",
        origin: { row: 980_001, col: 14_701 },
        values: [[49]],
      });
    });
    it("returns a merged area's hidden cells as null and shared strings with phonetic runs left out", async () => {
      const book = await loadWorkbook(
        await handMade(
          '<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>',
          {
            "xl/sharedStrings.xml":
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>Nilai </t></r><r><t>Akhir</t></r><rPh><t>x</t></rPh></si><si><t>tersembunyi</t></si></sst>',
            "xl/_rels/workbook.xml.rels":
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
          },
        ),
      );
      expect(book.grids).toEqual([
        { sheet: "Data", origin: { row: 2, col: 2 }, values: [["Nilai Akhir"]] },
      ]);
    });
  });
});

describe("files recognised by their content", () => {
  async function refused(name: string, bytes: Buffer, code: string, id: RegExp, en: RegExp) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    for (const cmd of [
      ["summary", file],
      ["fill", file, "-o", path.join(dir, "o.xlsx")],
    ]) {
      const r = await cli(...cmd);
      expect([cmd[0], r.code]).toEqual([cmd[0], 2]);
      const text = `${r.out}\n${r.err}`;
      expect(text).toMatch(id);
      expect(text).toMatch(en);
    }
    await expect(loadWorkbook(bytes, name)).rejects.toMatchObject({
      problems: [expect.objectContaining({ code })],
    });
    expect(fs.existsSync(path.join(dir, "o.xlsx"))).toBe(false);
  }

  it("returns exit 2 with its own message for an OpenDocument spreadsheet renamed .xlsx", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", {
      compression: "STORE",
    });
    zip.file("content.xml", "<office:document-content/>");
    await refused(
      "laporan.xlsx",
      await zip.generateAsync({ type: "nodebuffer" }),
      "cli.ods",
      /laporan\.xlsx: ini lembar kerja OpenDocument \(\.ods\), bukan \.xlsx/,
      /this is an OpenDocument spreadsheet \(\.ods\), not \.xlsx/,
    );
  });

  it("returns exit 2 with its own message for a password-encrypted workbook (CFB with EncryptedPackage)", async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
    Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 1024);
    Buffer.from("EncryptedPackage", "utf16le").copy(cfb, 1152);
    await refused(
      "rahasia.xlsx",
      cfb,
      "cli.encrypted",
      /rahasia\.xlsx: buku kerja dilindungi kata sandi \(terenkripsi\)/,
      /the workbook is password-encrypted/,
    );
  });

  it("returns exit 2 with its own message for Strict Open XML", async () => {
    const zip = await JSZip.loadAsync(await handMade("<sheetData/>"));
    zip.file(
      "_rels/.rels",
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    await refused(
      "ketat.xlsx",
      await zip.generateAsync({ type: "nodebuffer" }),
      "cli.strict",
      /Strict Open XML Spreadsheet", yang tidak didukung/,
      /save it again as "Excel Workbook \(\*\.xlsx\)"/,
    );
  });

  describe("edge cases", () => {
    it("returns exit 2 (.xls) for a CFB container without an encrypted package", async () => {
      const cfb = Buffer.alloc(1024);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
      await refused(
        "lama.xlsx",
        cfb,
        "cli.xls",
        /format \.xls \(Excel 97-2003\)/,
        /save it as \.xlsx/,
      );
    });
    it("returns exit 2 for a damaged zip and for a zip that is no workbook", async () => {
      const good = await handMade("<sheetData/>");
      await refused(
        "rusak.xlsx",
        good.subarray(0, good.length - 40),
        "cli.unreadable",
        /arsip zip \.xlsx rusak/,
        /zip archive is damaged/,
      );
      const other = new JSZip();
      other.file("a.txt", "halo");
      await refused(
        "arsip.xlsx",
        await other.generateAsync({ type: "nodebuffer" }),
        "cli.notXlsx",
        /bukan buku kerja \.xlsx/,
        /not an \.xlsx workbook/,
      );
    });
  });
});

describe("fill on a workbook whose score sheet is not well-formed XML", () => {
  it("returns exit 2 naming the part, nothing written (never exit 1)", async () => {
    const zip = await JSZip.loadAsync(await buildExample(klungkung));
    const part = (await sheetParts(zip)).find((x) => x.name === "Asesmen")?.part as string;
    const xml = (await zip.file(part)?.async("string")) as string;
    zip.file(part, xml.replace("</sheetData>", ""));
    const file = path.join(dir, "patah.xlsx");
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const out = path.join(dir, "patah-out.xlsx");
    const r = await cli("fill", file, "-o", out, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`The part ${part} inside the file is not well-formed XML`);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("fill on a workbook with macros (.xlsm)", () => {
  it("returns the macros byte for byte in an .xlsm, and exit 2 for an output named .xlsx", async () => {
    const zip = await JSZip.loadAsync(await buildExample(klungkung));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) as string;
    zip.file(
      "[Content_Types].xml",
      types
        .replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
        .replace(
          "</Types>",
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    );
    const vba = Buffer.from("VBA-PROJECT-BYTES");
    zip.file("xl/vbaProject.bin", vba);
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) as string;
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    const file = path.join(dir, "makro.xlsm");
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const wrong = await cli("fill", file, "-o", path.join(dir, "makro-hasil.xlsx"), "--lang", "en");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("holds macros: save the result with the .xlsm extension");
    expect(fs.existsSync(path.join(dir, "makro-hasil.xlsx"))).toBe(false);
    const right = await cli("fill", file);
    expect(right.code).toBe(0);
    const out = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "makro-renaksi.xlsm")));
    expect(await out.file("xl/vbaProject.bin")?.async("nodebuffer")).toEqual(vba);
    expect(await out.file("[Content_Types].xml")?.async("string")).toContain(
      "macroEnabled.main+xml",
    );
  });
});

describe("oversizedPart", () => {
  it("returns the part whose declared size would inflate past the limit, before inflating it", async () => {
    const zip = await JSZip.loadAsync(await handMade("<sheetData/>"));
    expect(oversizedPart(zip)).toBeNull();
    const f = zip.file("xl/worksheets/sheet1.xml") as unknown as {
      _data: { uncompressedSize: number };
    };
    // A zip bomb declares its size in the central directory; that is what is checked.
    f._data.uncompressedSize = 3 * 2 ** 30;
    expect(oversizedPart(zip)).toEqual({ part: "xl/worksheets/sheet1.xml", bytes: 3 * 2 ** 30 });
    expect(MAX_PART_BYTES).toBe(256 * 2 ** 20);
  });
});
