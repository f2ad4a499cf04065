/**
 * The native priority chart, written by hand as DrawingML (exceljs cannot create charts): one
 * `xl/charts/chartN.xml` per ChartSpec, one `xl/drawings/drawingN.xml` per sheet anchoring them.
 * The chart references the sheet's cells (`'Hasil Renaksi'!$B$40:$B$44`), so Excel and LibreOffice
 * redraw it from the live formulas; the caches hold what the core computed for viewers that do not
 * recalculate.
 *
 * Element order follows the CT_* sequences of ECMA-376 part 1 (dml-chart.xsd), which Excel enforces.
 *
 * @example
 *   chartXml(spec, "Hasil Renaksi", { categories: ["SDM", ...], values: [[3, ...]] })
 */
import { type ChartSpec, type RangeRef, sheetRange } from "../../core";
import { escapeXml } from "./opc";

/** Prefix of the drawing object name that marks a chart as Renaksi's own (replaced on re-run). */
export const CHART_NAME_PREFIX = "Renaksi: ";

export interface ChartCache {
  /** Category labels as the cells show them. */
  categories: string[];
  /** One array per series, same length as `categories`. */
  values: (number | null)[][];
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Series colours: the first is the house blue, then Office's accents. */
const COLOURS = ["2E75B6", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

const ref = (sheet: string, r: RangeRef): string =>
  sheetRange(sheet, r.row, r.col, r.rows, r.cols, true);

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (number | null)[]): string {
  const pts = values
    .map((v, i) =>
      v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`,
    )
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** A number format the spec chose (`0%`), or the cells' own (`sourceLinked`) when it chose none. */
function numFmt(code: string | undefined): string {
  return code === undefined
    ? `<c:numFmt formatCode="General" sourceLinked="1"/>`
    : `<c:numFmt formatCode="${escapeXml(code)}" sourceLinked="0"/>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

/** The chart part for one ChartSpec whose ranges sit on `sheet`. */
export function chartXml(spec: ChartSpec, sheet: string, cache: ChartCache): string {
  const horizontal = spec.type === "bar";
  const catAxId = 50010;
  const valAxId = 50020;
  const series = spec.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:dLbls>${numFmt(spec.labelFormat)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
        `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
        `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `<c:cat><c:strRef><c:f>${escapeXml(ref(sheet, spec.categories))}</c:f>${strCache(cache.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(sheet, s.values))}</c:f>${numCache(cache.values[i] ?? [])}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const scaling =
    `<c:scaling><c:orientation val="minMax"/>` +
    (spec.axisMax !== undefined ? `<c:max val="${spec.axisMax}"/>` : "") +
    (spec.axisMin !== undefined ? `<c:min val="${spec.axisMin}"/>` : "") +
    `</c:scaling>`;
  // A horizontal bar chart lists categories bottom-up; reverse it so priority 1 is on top, and let the
  // value axis cross the category axis at its last category so it stays at the bottom.
  const catAx =
    `<c:catAx><c:axId val="${catAxId}"/>` +
    `<c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${valAxId}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${valAxId}"/>${scaling}<c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `${numFmt(spec.valueFormat)}<c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${catAxId}"/>` +
    `<c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/>` +
    (spec.majorUnit !== undefined ? `<c:majorUnit val="${spec.majorUnit}"/>` : "") +
    `</c:valAx>`;
  const legend =
    spec.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(spec.title, 1400, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="60"/>` +
    `<c:axId val="${catAxId}"/><c:axId val="${valAxId}"/></c:barChart>${catAx}${valAx}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

export interface ChartAnchor {
  /** Relationship id of the chart in the drawing's rels. */
  rid: string;
  spec: ChartSpec;
}

/** The drawing part holding one graphic frame per chart, anchored to cells (1-based in the spec). */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const frames = anchors
    .map((a, i) => {
      const { row, col, widthCols, heightRows } = a.spec.anchor;
      const pos = (tag: string, c: number, r: number): string =>
        `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${pos("from", col - 1, row - 1)}` +
        `${pos("to", col - 1 + widthCols, row - 1 + heightRows)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
        `<xdr:cNvPr id="${i + 2}" name="${escapeXml(CHART_NAME_PREFIX + a.spec.id)}" descr="${escapeXml(a.spec.title)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${a.rid}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${frames}</xdr:wsDr>`
  );
}

/** Names of the graphic objects in a drawing part (to tell Renaksi's charts from the user's objects). */
export function drawingObjectNames(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]);
}
