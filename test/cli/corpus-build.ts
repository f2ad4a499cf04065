/**
 * The corpus: what analysts' workbooks carry, written by hand as OOXML in the shape Excel saves
 * (shared strings, theme, calcChain, core/app/custom document properties, x14 extensions under
 * mc:Ignorable). Klungkung's matrices (the seed's own numbers) make `renaksi fill` write its two
 * sheets and its dropdowns on "Asesmen"; around them sits one of every feature the .xlsx writer
 * must leave untouched. Each feature names the parts and the XML it put in, so the corpus test can
 * check each one after a fill.
 *
 * @example
 *   const { bytes, features } = kitchenSink(); // one workbook, every feature
 */
import JSZip from "jszip";
import { a1, type CellValue, type Grid } from "../../core/grid";
import { klungkung } from "../fixtures/grids/klungkung";
import { PNG_1X1 } from "./helpers";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = `${R}/`;
const CT = "application/vnd.openxmlformats-officedocument.";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** A feature of the corpus: where it lives, and text that must still be there after a fill. */
export interface Feature {
  name: string;
  /** Parts that carry it (checked byte for byte when outside the named list). */
  parts: string[];
  /** [part, exact XML text] that must survive in that part. */
  survives: [string, string][];
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

class Strings {
  readonly list: string[] = [];
  private readonly at = new Map<string, number>();
  id(s: string): number {
    let i = this.at.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.at.set(s, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list
      .map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ""}>${esc(s)}</t></si>`)
      .join("");
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

/** A cell: a value, or a formula with its cached result. */
type Cell = CellValue | { f: string; v: CellValue };

function cellXml(ref: string, c: Cell, strings: Strings, s = 0): string {
  const st = s ? ` s="${s}"` : "";
  if (c !== null && typeof c === "object") {
    const v = c.v;
    const t = typeof v === "string" ? ' t="str"' : typeof v === "boolean" ? ' t="b"' : "";
    const cached =
      v === null ? "" : `<v>${typeof v === "boolean" ? (v ? 1 : 0) : esc(String(v))}</v>`;
    return `<c r="${ref}"${st}${t}><f>${esc(c.f)}</f>${cached}</c>`;
  }
  if (c === null || c === "") return "";
  if (typeof c === "number") return `<c r="${ref}"${st}><v>${c}</v></c>`;
  if (typeof c === "boolean") return `<c r="${ref}"${st} t="b"><v>${c ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${st} t="s"><v>${strings.id(c)}</v></c>`;
}

function sheetDataOf(cells: Map<string, Cell>, strings: Strings): string {
  const rows = new Map<number, string[]>();
  const parsed = [...cells].map(([ref, c]) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { ref, row: Number(m[2]), col, c };
  });
  parsed.sort((x, y) => x.row - y.row || x.col - y.col);
  for (const p of parsed) {
    const x = cellXml(p.ref, p.c, strings);
    if (!x) continue;
    rows.set(p.row, [...(rows.get(p.row) ?? []), x]);
  }
  return `<sheetData>${[...rows].map(([r, cs]) => `<row r="${r}">${cs.join("")}</row>`).join("")}</sheetData>`;
}

function gridCells(g: Grid): Map<string, Cell> {
  const m = new Map<string, Cell>();
  g.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && v !== "") m.set(a1(g.origin.row + i, g.origin.col + j), v);
    }),
  );
  return m;
}

interface SheetSpec {
  name: string;
  state?: "hidden" | "veryHidden";
  /** Elements of the worksheet around sheetData, keyed by where they go. */
  before?: string;
  after?: string;
  cells: Map<string, Cell>;
  rels?: { id: string; type: string; target: string; external?: boolean }[];
}

/** Every feature in one workbook shaped like Excel's output. */
export async function kitchenSink(): Promise<{ bytes: Buffer; features: Feature[] }> {
  const zip = new JSZip();
  const strings = new Strings();
  const features: Feature[] = [];
  const overrides: [string, string][] = [];
  const put = (part: string, xml: string | Buffer, type?: string) => {
    zip.file(part, xml, { date: new Date(Date.UTC(2024, 2, 1)) });
    if (type) overrides.push([part, type]);
  };
  const feature = (name: string, parts: string[], survives: [string, string][] = []) =>
    features.push({ name, parts, survives });

  // ----- the analyst's sheets: Klungkung's matrices, and "Data" with every sheet-level feature
  const sheets: SheetSpec[] = klungkung.map((g) => ({ name: g.sheet, cells: gridCells(g) }));
  const asesmen = sheets.find((s) => s.name === "Asesmen") as SheetSpec;
  // The user's own validation on two of the score cells (overlaps Renaksi's list) and one elsewhere.
  const userDv =
    '<dataValidation type="whole" allowBlank="1" showErrorMessage="1" errorTitle="Cek" error="Bilangan bulat 1-4" sqref="D16:D17"><formula1>1</formula1><formula2>4</formula2></dataValidation>';
  const userDv2 =
    '<dataValidation type="textLength" operator="lessThan" allowBlank="1" sqref="B40"><formula1>200</formula1></dataValidation>';
  asesmen.after = `<dataValidations count="2">${userDv}${userDv2}</dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  feature("data validations of the user on a score sheet (kept beside Renaksi's)", [], []);

  const data = new Map<string, Cell>([
    ["A1", "Tahun"],
    ["B1", "Pengaduan"],
    ["C1", "Selesai"],
    ["A2", 2020],
    ["B2", 9],
    ["C2", 8],
    ["A3", 2021],
    ["B3", 6],
    ["C3", 5],
    ["A4", 2022],
    ["B4", 22],
    ["C4", 21],
    ["A5", "Jumlah"],
    ["B5", { f: "SUM(B2:B4)", v: 37 }],
    ["C5", { f: "SUM(C2:C4)", v: 34 }],
    ["D5", { f: "C5/B5", v: 34 / 37 }],
    ["E2", { f: "SUM(DaftarTahun)", v: 6063 }],
    ["E3", { f: 'KodeInstansi&""', v: "5105" }],
    ["E4", { f: "TargetNasional*2", v: 8 }],
    ["F2", "ke Asesmen"],
    ["F3", "lapor.go.id"],
    ["G2", { f: "[1]Sheet1!$A$1", v: 5 }],
  ]);
  const sparkline = `<x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Data!B2:B4</xm:f><xm:sqref>H2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups>`;
  const x14cf = `<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="12" id="{6C1D3E8A-0000-4000-8000-000000000001}"><xm:f>B2&gt;Asesmen!$D$16</xm:f><x14:dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf></x14:cfRule><xm:sqref>B2:B4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings>`;
  const x14dv = `<x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>Asesmen!$B$16:$B$20</xm:f></x14:formula1><xm:sqref>A8:A10</xm:sqref></x14:dataValidation></x14:dataValidations>`;
  const cfs = [
    '<conditionalFormatting sqref="B2:B4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>10</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="C2:C4"><cfRule type="expression" dxfId="1" priority="2"><formula>C2&lt;B2</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="A2:A4"><cfRule type="colorScale" priority="3"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="B2:B4"><cfRule type="dataBar" priority="4"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="C2:C4"><cfRule type="iconSet" priority="5"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="B2:B4"><cfRule type="top10" dxfId="0" priority="6" rank="1"/></conditionalFormatting>',
    '<conditionalFormatting sqref="B2:B4"><cfRule type="aboveAverage" dxfId="1" priority="7"/></conditionalFormatting>',
    '<conditionalFormatting sqref="A2:A4"><cfRule type="duplicateValues" dxfId="0" priority="8"/></conditionalFormatting>',
    '<conditionalFormatting sqref="F2:F3"><cfRule type="containsText" dxfId="1" priority="9" operator="containsText" text="lapor"><formula>NOT(ISERROR(SEARCH("lapor",F2)))</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="A2:A4"><cfRule type="timePeriod" dxfId="0" priority="10" timePeriod="lastMonth"><formula>AND(MONTH(A2)=MONTH(EDATE(TODAY(),0-1)),YEAR(A2)=YEAR(EDATE(TODAY(),0-1)))</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="C2:C4"><cfRule type="expression" dxfId="1" priority="11"><formula>C2&gt;Asesmen!$D$16</formula></cfRule></conditionalFormatting>',
  ];
  const dvs = [
    '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="H5"><formula1>"ya,tidak"</formula1></dataValidation>',
    '<dataValidation type="decimal" operator="between" allowBlank="1" sqref="H6"><formula1>0</formula1><formula2>1</formula2></dataValidation>',
    '<dataValidation type="date" operator="greaterThan" allowBlank="1" sqref="H7"><formula1>44562</formula1></dataValidation>',
    '<dataValidation type="custom" allowBlank="1" sqref="H8"><formula1>ISNUMBER(H8)</formula1></dataValidation>',
    '<dataValidation type="list" allowBlank="1" sqref="H9"><formula1>Asesmen!$B$16:$B$20</formula1></dataValidation>',
  ];
  const protection =
    '<sheetProtection algorithmName="SHA-512" hashValue="x0Yb8Ud1nVB6ocTC0sJ2DHhmQrWHG1bY1Ej0SUBnNFCm0U8hyO9oYFMmxVbEWgYQ6J3lZQ9vNGsLBz0K0Qv1tQ==" saltValue="qz7fqbT6lCp2xGQ5n3Gm2A==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>';
  const hyperlinks =
    '<hyperlinks><hyperlink ref="F2" location="Asesmen!A1" display="ke Asesmen"/><hyperlink ref="F3" r:id="rId1"/></hyperlinks>';
  const print =
    '<printOptions gridLines="1"/><pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToHeight="0" r:id="rId7"/><headerFooter><oddHeader>&amp;C&amp;"-,Bold"Data Pengaduan</oddHeader><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>';
  const dataSheet: SheetSpec = {
    name: "Data",
    before:
      '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:H10"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B5" sqref="B5"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="12.7109375" customWidth="1"/></cols>',
    after:
      protection +
      cfs.join("") +
      `<dataValidations count="${dvs.length}">${dvs.join("")}</dataValidations>` +
      hyperlinks +
      print +
      '<drawing r:id="rId2"/><legacyDrawing r:id="rId3"/><controls><mc:AlternateContent xmlns:mc="' +
      MC +
      '"><mc:Choice Requires="x14"><control shapeId="1025" r:id="rId4" name="Check Box 1"><controlPr defaultSize="0" autoPict="0"><anchor moveWithCells="1"><from><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">8</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">1</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></from><to><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">10</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">2</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></to></anchor></controlPr></control></mc:Choice></mc:AlternateContent></controls>' +
      '<tableParts count="2"><tablePart r:id="rId5"/><tablePart r:id="rId6"/></tableParts>' +
      `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}">${x14cf}</ext><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}">${x14dv}</ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}">${sparkline}</ext></extLst>`,
    cells: data,
    rels: [
      {
        id: "rId1",
        type: `${REL}hyperlink`,
        target: "https://www.lapor.go.id/?a=1&b=2",
        external: true,
      },
      { id: "rId2", type: `${REL}drawing`, target: "../drawings/drawing1.xml" },
      { id: "rId3", type: `${REL}vmlDrawing`, target: "../drawings/vmlDrawing1.vml" },
      { id: "rId4", type: `${REL}ctrlProp`, target: "../ctrlProps/ctrlProp1.xml" },
      { id: "rId5", type: `${REL}table`, target: "../tables/table1.xml" },
      { id: "rId6", type: `${REL}table`, target: "../tables/table2.xml" },
      {
        id: "rId7",
        type: `${REL}printerSettings`,
        target: "../printerSettings/printerSettings1.bin",
      },
      { id: "rId8", type: `${REL}comments`, target: "../comments1.xml" },
      {
        id: "rId9",
        type: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
        target: "../threadedComments/threadedComment1.xml",
      },
    ],
  };
  sheets.push(dataSheet);
  const dataPart = `xl/worksheets/sheet${sheets.length}.xml`;
  for (const [name, el] of [
    ["sheet protection with a password", protection],
    ["internal and external links", hyperlinks],
    ["print settings", print],
    ["frozen panes", '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'],
    ["conditional formats of every kind", cfs.join("")],
    ["data validations of every kind", dvs.join("")],
    ["cross-sheet x14 conditional formats", x14cf],
    ["cross-sheet x14 data validations", x14dv],
    ["sparklines", sparkline],
  ] as const)
    feature(name, [dataPart], [[dataPart, el]]);

  // Tables: with and without style info (LibreOffice writes the latter).
  put(
    "xl/tables/table1.xml",
    `${HEAD}<table xmlns="${MAIN}" id="1" name="TabelPengaduan" displayName="TabelPengaduan" ref="A1:C4" totalsRowShown="0"><autoFilter ref="A1:C4"/><tableColumns count="3"><tableColumn id="1" name="Tahun"/><tableColumn id="2" name="Pengaduan"/><tableColumn id="3" name="Selesai"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    `${CT}spreadsheetml.table+xml`,
  );
  put(
    "xl/tables/table2.xml",
    `${HEAD}<table xmlns="${MAIN}" id="2" name="TanpaGaya" displayName="TanpaGaya" ref="A8:A10" headerRowCount="1" totalsRowShown="0"><tableColumns count="1"><tableColumn id="1" name="Catatan"/></tableColumns></table>`,
    `${CT}spreadsheetml.table+xml`,
  );
  data.set("A8", "Catatan");
  feature("tables with and without style info", ["xl/tables/table1.xml", "xl/tables/table2.xml"]);
  put("xl/printerSettings/printerSettings1.bin", Buffer.from("DEVMODE-A4-landscape"));
  // Legacy comment (+ its VML), threaded comment and its persons, a form control (VML + ctrlProps).
  put(
    "xl/comments1.xml",
    `${HEAD}<comments xmlns="${MAIN}"><authors><author>tc={0B2F1A3C-0000-4000-8000-000000000001}</author><author>Analis</author></authors><commentList><comment ref="B5" authorId="1"><text><r><rPr><b/><sz val="9"/></rPr><t>Analis:</t></r><r><t xml:space="preserve"> total dari laporan SP4N-LAPOR!</t></r></text></comment><comment ref="C5" authorId="0"><text><t>[Threaded comment] Cek angka ini</t></text></comment></commentList></comments>`,
    `${CT}spreadsheetml.comments+xml`,
  );
  put(
    "xl/drawings/vmlDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:10pt;width:108pt;height:59pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:textbox style="mso-direction-alt:auto" inset="1.5mm,1.5mm,1.5mm,1.5mm"/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 3, 10, 4, 15, 8, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>4</x:Row><x:Column>1</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t201" style="position:absolute;margin-left:400pt;margin-top:15pt;width:90pt;height:18pt;z-index:2" filled="f" stroked="f" o:insetmode="auto"><x:ClientData ObjectType="Checkbox"><x:Anchor>8, 0, 1, 0, 10, 0, 2, 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:FmlaLink>$H$10</x:FmlaLink><x:NoThreeD/></x:ClientData></v:shape></xml>',
  );
  put(
    "xl/threadedComments/threadedComment1.xml",
    `${HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="C5" dT="2024-03-01T08:00:00.00" personId="{5A1C0D2E-0000-4000-8000-000000000001}" id="{0B2F1A3C-0000-4000-8000-000000000001}"><text>Cek angka ini</text></threadedComment></ThreadedComments>`,
    "application/vnd.ms-excel.threadedcomments+xml",
  );
  put(
    "xl/persons/person.xml",
    `${HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="Analis" id="{5A1C0D2E-0000-4000-8000-000000000001}" userId="analis@example.go.id" providerId="None"/></personList>`,
    "application/vnd.ms-excel.person+xml",
  );
  put(
    "xl/ctrlProps/ctrlProp1.xml",
    `${HEAD}<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" fmlaLink="$H$10" lockText="1" noThreeD="1"/>`,
    "application/vnd.ms-excel.controlproperties+xml",
  );
  feature("legacy comments", ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]);
  feature("threaded comments", [
    "xl/threadedComments/threadedComment1.xml",
    "xl/persons/person.xml",
  ]);
  feature(
    "form controls",
    ["xl/ctrlProps/ctrlProp1.xml", "xl/drawings/vmlDrawing1.vml"],
    [[dataPart, 'name="Check Box 1"']],
  );

  // An image and a chart on "Data" (one drawing), and a chart sheet.
  const chart = (title: string) =>
    `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:numRef><c:f>Data!$A$2:$A$4</c:f></c:numRef></c:cat><c:val><c:numRef><c:f>Data!$B$2:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>9</c:v></c:pt><c:pt idx="1"><c:v>6</c:v></c:pt><c:pt idx="2"><c:v>22</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
  put("xl/charts/chart1.xml", chart("Pengaduan per tahun"), `${CT}drawingml.chart+xml`);
  put("xl/charts/chart2.xml", chart("Lembar grafik"), `${CT}drawingml.chart+xml`);
  put("xl/media/image1.png", PNG_1X1);
  const xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
  const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  const frame = (id: number, rid: string, name: string) =>
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  put(
    "xl/drawings/drawing1.xml",
    `${HEAD}<xdr:wsDr xmlns:xdr="${xdr}" xmlns:a="${A}" xmlns:r="${R}"><xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${frame(2, "rId1", "Grafik 1")}<xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>13</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="381000" cy="381000"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
    `${CT}drawing+xml`,
  );
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${REL}image" Target="../media/image1.png"/></Relationships>`,
  );
  put(
    "xl/drawings/drawing2.xml",
    `${HEAD}<xdr:wsDr xmlns:xdr="${xdr}" xmlns:a="${A}" xmlns:r="${R}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666666" cy="6293304"/>${frame(2, "rId1", "Grafik 2")}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
    `${CT}drawing+xml`,
  );
  put(
    "xl/drawings/_rels/drawing2.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}chart" Target="../charts/chart2.xml"/></Relationships>`,
  );
  put(
    "xl/chartsheets/sheet1.xml",
    `${HEAD}<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView zoomScale="90" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
    `${CT}spreadsheetml.chartsheet+xml`,
  );
  put(
    "xl/chartsheets/_rels/sheet1.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}drawing" Target="../drawings/drawing2.xml"/></Relationships>`,
  );
  feature("charts and images", [
    "xl/charts/chart1.xml",
    "xl/drawings/drawing1.xml",
    "xl/media/image1.png",
  ]);
  feature("chart sheets", [
    "xl/chartsheets/sheet1.xml",
    "xl/drawings/drawing2.xml",
    "xl/charts/chart2.xml",
  ]);

  // Pivot table on its own sheet, with its cache (definition + records).
  const pivotSheet: SheetSpec = {
    name: "Pivot",
    cells: new Map<string, Cell>([
      ["A3", "Tahun"],
      ["B3", "Jumlah Pengaduan"],
      ["A4", 2020],
      ["B4", 9],
      ["A5", 2021],
      ["B5", 6],
      ["A6", 2022],
      ["B6", 22],
    ]),
    rels: [{ id: "rId1", type: `${REL}pivotTable`, target: "../pivotTables/pivotTable1.xml" }],
  };
  sheets.push(pivotSheet);
  put(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="0" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Data"/></cacheSource><cacheFields count="2"><cacheField name="Tahun" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="2020" maxValue="2022" count="3"><n v="2020"/><n v="2021"/><n v="2022"/></sharedItems></cacheField><cacheField name="Pengaduan" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="6" maxValue="22"/></cacheField></cacheFields></pivotCacheDefinition>`,
    `${CT}spreadsheetml.pivotCacheDefinition+xml`,
  );
  put(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  );
  put(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${HEAD}<pivotCacheRecords xmlns="${MAIN}" count="3"><r><x v="0"/><n v="9"/></r><r><x v="1"/><n v="6"/></r><r><x v="2"/><n v="22"/></r></pivotCacheRecords>`,
    `${CT}spreadsheetml.pivotCacheRecords+xml`,
  );
  put(
    "xl/pivotTables/pivotTable1.xml",
    `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="PivotPengaduan" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Nilai" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Jumlah Pengaduan" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
    `${CT}spreadsheetml.pivotTable+xml`,
  );
  put(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  feature("pivot tables and caches", [
    "xl/pivotTables/pivotTable1.xml",
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "xl/pivotCache/pivotCacheRecords1.xml",
  ]);

  // Hidden and very hidden sheets.
  sheets.push({ name: "Rahasia", state: "hidden", cells: new Map([["A1", "tersembunyi"]]) });
  sheets.push({
    name: "Konstanta",
    state: "veryHidden",
    cells: new Map<string, Cell>([["A1", 4]]),
  });

  // External link part.
  put(
    "xl/externalLinks/externalLink1.xml",
    `${HEAD}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
    `${CT}spreadsheetml.externalLink+xml`,
  );
  put(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}externalLinkPath" Target="file:///C:/data/provinsi.xlsx" TargetMode="External"/></Relationships>`,
  );
  feature("external links", [
    "xl/externalLinks/externalLink1.xml",
    "xl/externalLinks/_rels/externalLink1.xml.rels",
  ]);

  // ----- sheet parts
  sheets.forEach((s, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const before =
      s.before ??
      `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>`;
    const after =
      s.after ??
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    put(
      part,
      `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-00000000000${i}}">${before}${sheetDataOf(s.cells, strings)}${after}</worksheet>`,
      `${CT}spreadsheetml.worksheet+xml`,
    );
    if (s.rels)
      put(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.rels
          .map(
            (r) =>
              `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
          )
          .join("")}</Relationships>`,
      );
  });
  feature(
    "hidden and very hidden sheets",
    [`xl/worksheets/sheet${sheets.length - 1}.xml`, `xl/worksheets/sheet${sheets.length}.xml`],
    [
      ["xl/workbook.xml", `name="Rahasia" sheetId="${sheets.length - 1}" state="hidden"`],
      ["xl/workbook.xml", `name="Konstanta" sheetId="${sheets.length}" state="veryHidden"`],
    ],
  );

  // ----- workbook, names, protection, calc chain
  const names = [
    '<definedName name="_xlnm._FilterDatabase" localSheetId="5" hidden="1">Data!$A$1:$C$4</definedName>',
    '<definedName name="DaftarTahun">OFFSET(Data!$A$2,0,0,COUNTA(Data!$A:$A)-2,1)</definedName>',
    '<definedName name="KodeInstansi" comment="kode BPS">"5105"</definedName>',
    '<definedName name="Skor" localSheetId="0">Asesmen!$D$16:$G$35</definedName>',
    '<definedName name="TargetNasional" hidden="1">4</definedName>',
    '<definedName name="_xlnm.Print_Area" localSheetId="5">Data!$A$1:$H$10</definedName>',
  ];
  const sheetEntries = sheets.map(
    (s, i) =>
      `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
  );
  sheetEntries.splice(
    6,
    0,
    `<sheet name="Grafik" sheetId="${sheets.length + 1}" r:id="rId${sheets.length + 1}"/>`,
  );
  const protectionWb =
    '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="tYk4yD2gHvPq2mKpGZqQxw0a4wBOQb3vZ8XQ6I4b5Z1tQ8ZgT9kq0YqFf8E7yRk0cI3u2x4r6l8v0w2y4A6C8E==" workbookSaltValue="A1B2C3D4E5F6G7H8I9J0KA==" workbookSpinCount="100000" lockStructure="1"/>';
  const wbXml =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="202300"/>' +
    protectionWb +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" activeTab="5" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>' +
    `<sheets>${sheetEntries.join("")}</sheets>` +
    `<externalReferences><externalReference r:id="rId${sheets.length + 6}"/></externalReferences>` +
    `<definedNames>${names.join("")}</definedNames>` +
    '<calcPr calcId="191029"/>' +
    `<pivotCaches><pivotCache cacheId="1" r:id="rId${sheets.length + 7}"/></pivotCaches>` +
    '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>';
  put("xl/workbook.xml", wbXml, `${CT}spreadsheetml.sheet.main+xml`);
  for (const [n, el] of [
    ["defined names (dynamic, constant, sheet-local, hidden)", names.join("")],
    ["workbook protection with a password", protectionWb],
  ] as const)
    feature(n, [], [["xl/workbook.xml", el]]);
  const n = sheets.length;
  const wbRels = [
    ...sheets.map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    ),
    `<Relationship Id="rId${n + 1}" Type="${REL}chartsheet" Target="chartsheets/sheet1.xml"/>`,
    `<Relationship Id="rId${n + 2}" Type="${REL}theme" Target="theme/theme1.xml"/>`,
    `<Relationship Id="rId${n + 3}" Type="${REL}styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${n + 4}" Type="${REL}sharedStrings" Target="sharedStrings.xml"/>`,
    `<Relationship Id="rId${n + 5}" Type="${REL}calcChain" Target="calcChain.xml"/>`,
    `<Relationship Id="rId${n + 6}" Type="${REL}externalLink" Target="externalLinks/externalLink1.xml"/>`,
    `<Relationship Id="rId${n + 7}" Type="${REL}pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>`,
    `<Relationship Id="rId${n + 8}" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>`,
  ];
  put(
    "xl/_rels/workbook.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join("")}</Relationships>`,
  );
  put(
    "xl/calcChain.xml",
    `${HEAD}<calcChain xmlns="${MAIN}"><c r="B5" i="6" l="1"/><c r="C5"/><c r="D5"/><c r="E2"/><c r="E3"/><c r="E4"/><c r="G2"/></calcChain>`,
    `${CT}spreadsheetml.calcChain+xml`,
  );
  // Styles: a custom number format, a named cell style, two dxfs the user's CFs use.
  const styles =
    `${HEAD}<styleSheet xmlns="${MAIN}" xmlns:mc="${MC}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; poin&quot;"/></numFmts>' +
    '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color rgb="FF9C0006"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="medium"><color indexed="64"/></left><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="1" applyNumberFormat="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Catatan Analis" xfId="1" xr:uid="{11111111-2222-4333-8444-555555555555}"/></cellStyles>' +
    '<dxfs count="2"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf><dxf><font><color rgb="FF006100"/></font><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs>' +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="' +
    X14 +
    '"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>';
  put("xl/styles.xml", styles, `${CT}spreadsheetml.styles+xml`);
  feature(
    "named cell styles",
    [],
    [
      [
        "xl/styles.xml",
        '<cellStyle name="Catatan Analis" xfId="1" xr:uid="{11111111-2222-4333-8444-555555555555}"/>',
      ],
    ],
  );
  put(
    "xl/theme/theme1.xml",
    `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1><a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4><a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Aptos Narrow"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
    `${CT}theme+xml`,
  );
  put("xl/sharedStrings.xml", strings.xml(), `${CT}spreadsheetml.sharedStrings+xml`);
  // Document properties: core, app and custom ones.
  put(
    "docProps/core.xml",
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Analis Klungkung</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T08:00:00Z</dcterms:created></cp:coreProperties>`,
    "application/vnd.openxmlformats-package.core-properties+xml",
  );
  put(
    "docProps/app.xml",
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><Company>Pemerintah Kabupaten Klungkung</Company></Properties>`,
    `${CT}extended-properties+xml`,
  );
  const custom = `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Klasifikasi"><vt:lpwstr>Internal</vt:lpwstr></property></Properties>`;
  put("docProps/custom.xml", custom, `${CT}custom-properties+xml`);
  feature("custom document properties", ["docProps/custom.xml", "docProps/core.xml"]);
  put(
    "_rels/.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL}extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId4" Type="${REL}custom-properties" Target="docProps/custom.xml"/></Relationships>`,
  );
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([p, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`).join("") +
    "</Types>";
  zip.file("[Content_Types].xml", types, { date: new Date(Date.UTC(2024, 2, 1)) });
  // Excel puts [Content_Types].xml first in the zip.
  const ordered = new JSZip();
  ordered.file("[Content_Types].xml", types, { date: new Date(Date.UTC(2024, 2, 1)) });
  for (const [p, f] of Object.entries(zip.files))
    if (p !== "[Content_Types].xml" && !f.dir)
      ordered.file(p, await f.async("nodebuffer"), { date: new Date(Date.UTC(2024, 2, 1)) });
  const bytes = await ordered.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { bytes, features };
}
