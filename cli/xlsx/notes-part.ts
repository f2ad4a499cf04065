/**
 * Notes (legacy comments) on a managed sheet: the `xl/commentsN.xml` part with the text, and the
 * VML drawing Excel needs to show each note's box (`xl/drawings/vmlDrawingN.vml`). Written fresh
 * each run from the plan, so a re-run gives the same bytes.
 *
 * @example
 *   commentsXml([{ row: 10, col: 1, text: "Diisi oleh tim" }]);
 */
import { a1 } from "../../core";
import { escapeXml } from "./opc";

export interface Note {
  row: number;
  col: number;
  text: string;
}

export function commentsXml(notes: readonly Note[]): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${a1(n.row, n.col)}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(
          n.text,
        )}</t></r></text></comment>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>Renaksi</author></authors><commentList>${list}</commentList></comments>`
  );
}

/**
 * The VML boxes of the notes (hidden until the cell is hovered, as Excel draws them). `block` is
 * the shape-id block (`o:idmap`), unique in the workbook: ids run from block * 1024 + 1.
 */
export function notesVml(notes: readonly Note[], block: number): string {
  const shapes = notes
    .map((n, i) => {
      const r = n.row - 1;
      const c = n.col - 1;
      return (
        `<v:shape id="_x0000_s${block * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
        `<x:Anchor>${c + 1}, 15, ${r}, 2, ${c + 3}, 15, ${r + 4}, 16</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}
