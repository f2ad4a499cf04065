/**
 * The sheet XML reader (cli/xlsx/read-grids.ts) on hand-written XML: the shapes Excel,
 * LibreOffice, exceljs and Renaksi write, and the odd ones other writers may produce.
 */
import { parseSharedStrings, sheetCells, stringItemText } from "../../cli/xlsx/read-grids";

const sheet = (rows: string, after = ""): string =>
  `<worksheet><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** The cells as "A1"-style addresses -> value, for readable expectations. */
function cellMap(xml: string, shared: string[] = []): Record<string, unknown> {
  const cells = sheetCells(xml, shared);
  const out: Record<string, unknown> = {};
  cells.values.forEach((v, i) => {
    out[`${String.fromCharCode(64 + cells.cols[i])}${cells.rows[i]}`] = v;
  });
  return out;
}

describe("sheetCells", () => {
  it("returns shared strings, inline strings and numbers at their references", () => {
    const xml = sheet(
      '<row r="1" spans="1:3"><c r="A1" s="1" t="s"><v>1</v></c>' +
        '<c r="B1" s="6" t="inlineStr"><is><t>Kabupaten Klungkung</t></is></c>' +
        '<c r="C1" s="2"><v>3.1667</v></c><c r="D1" s="5"/></row>',
    );
    expect(cellMap(xml, ["Luwu", "Klungkung"])).toEqual({
      A1: "Klungkung",
      B1: "Kabupaten Klungkung",
      C1: 3.1667,
    });
  });

  it("returns a formula cell's cached value, the formula written before it", () => {
    const xml = sheet(
      '<row r="7"><c r="C7" s="14"><f>COUNTIF($F$75:$F$10074,"■")</f><v>6666</v></c>' +
        '<c r="D7"><f t="shared" ref="D7:D9" si="0">C7-1</f><v>6665</v></c>' +
        '<c r="E7"><f t="shared" si="0"/><v>0.25</v></c><c r="F7"><f>A1</f></c></row>',
    );
    expect(cellMap(xml)).toEqual({ C7: 6666, D7: 6665, E7: 0.25 });
  });

  it("returns each cell type as its value (b, e, d, str, n)", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>' +
        '<c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="d"><v>2021-03-04</v></c>' +
        '<c r="E1" t="str"><v>teks</v></c><c r="F1"><v> 7 </v></c><c r="G1"><v>abc</v></c></row>',
    );
    expect(cellMap(xml)).toEqual({
      A1: true,
      B1: false,
      C1: "#N/A",
      D1: 44259,
      E1: "teks",
      F1: 7,
    });
  });

  it("returns XML entities and _xHHHH_ escapes decoded", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Kebijakan &amp; Kelembagaan_x000D_</t></is></c>' +
        '<c t="inlineStr" r="B1"><is><t>&lt;b&gt; x_x0041_y &quot;q&quot; &#233;</t></is></c>' +
        '<c r="C1" t="str"><v>1_x000A_2</v></c></row>',
    );
    expect(cellMap(xml)).toEqual({
      A1: "Kebijakan & Kelembagaan\r",
      B1: '<b> xAy "q" é',
      C1: "1\n2",
    });
  });

  it("returns rich text runs joined, phonetic guides left out", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><r><t>Ka</t></r><r><rPr><b/></rPr>' +
        '<t xml:space="preserve">bupaten </t></r><rPh sb="0" eb="1"><t>カ</t></rPh></is></c></row>',
    );
    expect(cellMap(xml)).toEqual({ A1: "Kabupaten " });
  });

  describe("edge cases", () => {
    it("returns cells under namespace prefixes (<x:c>)", () => {
      const xml =
        '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>1</x:v></x:c>' +
        '<x:c r="C2" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
      expect(cellMap(xml, ["nol", "satu"])).toEqual({ B2: "satu", C2: "ok" });
    });

    it("returns cells without r one column after the previous, rows without r one row down", () => {
      const xml = sheet(
        '<row r="3"><c r="B3" s="1"/><c><v>5</v></c><c t="str"><v>x</v></c></row>' +
          '<row><c><v>1</v></c></row><row r="9"><c r="C9"/><c><v>2</v></c></row>',
      );
      expect(cellMap(xml)).toEqual({ C3: 5, D3: "x", A4: 1, D9: 2 });
    });

    it("returns attributes in any order, with newlines and tabs inside the tag", () => {
      const xml = sheet(
        '<row r="4"><c\n  t="s"\n\tr="C4"\n><v>0</v></c><c s="2" r="D4" t="n"><v>-1.5</v></c>' +
          '<c r="$G$4" ><v>9</v></c></row>',
      );
      expect(cellMap(xml, ["nol"])).toEqual({ C4: "nol", D4: -1.5, G4: 9 });
    });

    it("returns a value whose <v> or <t> tag has whitespace before its >", () => {
      const xml = sheet(
        '<row r="1"><c r="A1"><v\t>4</v></c><c r="B1" t="inlineStr"><is><t\u00a0>nbsp</t></is></c></row>',
      );
      expect(cellMap(xml)).toEqual({ A1: 4, B1: "nbsp" });
    });

    it("returns a reference in single quotes as absent (the cell follows the previous one)", () => {
      const xml = sheet('<row r="4"><c r="C4"><v>1</v></c><c r=\'G4\'><v>8</v></c></row>');
      expect(cellMap(xml)).toEqual({ C4: 1, D4: 8 });
    });

    it("returns null for the hidden cells of a merged area, the top-left value kept", () => {
      const xml = sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
          '<row r="2"><c r="A2"><v>4</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
      );
      expect(cellMap(xml)).toEqual({ A1: 1, C1: 3 });
    });

    it("returns no cell for empty values, empty strings and a cell cut off by the end of the file", () => {
      const xml =
        '<worksheet><sheetData><row r="1"><c r="A1"><v></v></c>' +
        '<c r="B1" t="inlineStr"><is><t></t></is></c><c r="C1" t="s"><v>0</v></c>' +
        '<c r="D1"><v>1</v></c><c r="E1"><v>2</v>';
      expect(cellMap(xml, [""])).toEqual({ D1: 1 });
    });

    it("returns an inline-string body as null when the type says otherwise, and the reverse", () => {
      const xml = sheet(
        '<row r="1"><c r="A1"><is><t>a</t></is></c><c r="B1" t="inlineStr"><v>2</v></c>' +
          '<c r="C1" t="s"><v>5</v></c></row>',
      );
      expect(cellMap(xml, ["nol"])).toEqual({});
    });
  });
});

describe("sheetCells on UTF-8 bytes", () => {
  it("returns the same cells from the sheet's bytes (one char per byte) as from its text", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>■ Kebijakan &amp; Kelembagaan é 😀</t></is></c>' +
        '<c r="B1" t="str"><v>rencana ■</v></c><c r="C1"><v>\u00a05</v></c>' +
        '<c r="D1" t="inlineStr"><is><t\u3000>ruang</t></is></c></row>' +
        '<row r="\u00a02"><c r="A2" s="1"><v>2</v></c><c r="B2"><v>3</v></c></row>',
      '<mergeCells count="1"><mergeCell\u2000ref="A2:B2"/></mergeCells>',
    );
    const bytes = Buffer.from(xml, "utf8").toString("latin1");
    expect(sheetCells(bytes, [], true)).toEqual(sheetCells(xml, []));
    expect(cellMap(xml)).toEqual({
      A1: "■ Kebijakan & Kelembagaan é 😀",
      B1: "rencana ■",
      C1: 5,
      D1: "ruang",
      A2: 2,
    });
  });
});

describe("parseSharedStrings", () => {
  it("returns every item in order, rich runs joined and phonetic guides left out", () => {
    const xml =
      '<sst count="5"><si><t>a</t></si><si/><x:si><x:t>b</x:t></x:si>' +
      '<si><r><t>c</t></r><r><t xml:space="preserve"> d</t></r><rPh><t>z</t></rPh>' +
      '<phoneticPr fontId="1"/></si><si><t>&amp;_x0009_</t></si></sst>';
    expect(parseSharedStrings(xml)).toEqual(["a", "", "b", "c d", "&\t"]);
  });
});

describe("stringItemText", () => {
  it("returns the runs of a string item joined", () => {
    expect(stringItemText('<r><t>Ka</t></r><r><t xml:space="preserve">bupaten</t></r>')).toBe(
      "Kabupaten",
    );
  });
});
