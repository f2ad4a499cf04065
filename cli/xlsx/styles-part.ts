/**
 * Renaksi's cell styles and conditional-format styles appended to the workbook's `xl/styles.xml`.
 * Nothing of the user's style sheet moves: every numFmt, font, fill, border, cellStyleXf, cellXf,
 * cellStyle and dxf keeps its index; Renaksi's entries go after them (an identical entry already
 * there is reused, so a re-run appends nothing and the part stays byte-identical).
 *
 * @example
 *   const styles = new StyleSheet(xml);
 *   const s = styles.cellXf({ bold: true, fill: "#1F4E78" }, "0.00"); // "17"
 *   const d = styles.dxf("#F8CBAD");                                  // 3
 *   zip.file("xl/styles.xml", styles.xml());
 */
import type { CellStyle } from "../../core";
import { decodeXml, escapeXml } from "./opc";
import { attr, childText, rootOf, setAttr, setChild, STYLESHEET_ORDER, topChildren } from "./xml";

/** Built-in number formats (ECMA-376 18.8.30) that need no `<numFmt>`. */
const BUILTIN_NUMFMT: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "@": 49,
};

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** A minimal style sheet for a workbook made from nothing (`renaksi template`). */
export const BLANK_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

/** One collection of the style sheet (`fonts`, `fills`, ...): its entries as XML strings. */
class Collection {
  readonly entries: string[];
  readonly added: string[] = [];
  constructor(
    readonly name: string,
    readonly entry: string,
    text: string | null,
    readonly prefix: string,
  ) {
    this.entries = text ? entriesOf(text, prefix + entry) : [];
  }
  /** Index of `xml` (appended when not present). */
  index(xml: string): number {
    const i = this.entries.indexOf(xml);
    if (i >= 0) return i;
    this.entries.push(xml);
    this.added.push(xml);
    return this.entries.length - 1;
  }
}

/** The entries of a collection element, each as its exact text. */
function entriesOf(text: string, qname: string): string[] {
  const wrapped = text;
  const kids = topChildren(wrapped);
  return kids.filter((k) => k.prefix + k.name === qname).map((k) => wrapped.slice(k.start, k.end));
}

export class StyleSheet {
  private readonly p: string;
  private readonly fonts: Collection;
  private readonly fills: Collection;
  private readonly borders: Collection;
  private readonly xfs: Collection;
  private readonly dxfs: Collection;
  private readonly numFmts: Map<string, number>;
  private readonly addedNumFmts: string[] = [];
  private nextNumFmt: number;
  private numFmtCount = 0;
  private readonly baseFont: string;

  constructor(private readonly source: string) {
    this.p = rootOf(source).prefix;
    const get = (name: string) => childText(source, name);
    this.fonts = new Collection("fonts", "font", get("fonts"), this.p);
    this.fills = new Collection("fills", "fill", get("fills"), this.p);
    this.borders = new Collection("borders", "border", get("borders"), this.p);
    this.xfs = new Collection("cellXfs", "xf", get("cellXfs"), this.p);
    this.dxfs = new Collection("dxfs", "dxf", get("dxfs"), this.p);
    this.numFmts = new Map();
    let max = 163;
    for (const m of (get("numFmts") ?? "").matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
      const id = Number(attr(m[0], "numFmtId"));
      const code = attr(m[0], "formatCode");
      if (code !== undefined && !this.numFmts.has(code)) this.numFmts.set(decodeXml(code), id);
      this.numFmtCount++;
      max = Math.max(max, id);
    }
    this.nextNumFmt = max + 1;
    // Renaksi's fonts are the workbook's default font (font 0) with bold / italic / colour.
    this.baseFont = (this.fonts.entries[0] ?? "")
      .replace(/^<[^>]*>|<\/[^>]*>$/g, "")
      .replace(/<(?:\w+:)?(b|i|color)\b[^>]*?(\/>|>[\s\S]*?<\/(?:\w+:)?\1>)/g, "");
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined || code === "") return 0;
    if (code in BUILTIN_NUMFMT) return BUILTIN_NUMFMT[code];
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmts.set(code, id);
    this.addedNumFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private fontId(s: CellStyle): number {
    if (!s.bold && !s.italic && !s.fontColor) return 0;
    const p = this.p;
    const body =
      (s.bold ? `<${p}b/>` : "") +
      (s.italic ? `<${p}i/>` : "") +
      (s.fontColor ? `<${p}color rgb="${argb(s.fontColor)}"/>` : "") +
      this.baseFont;
    return this.fonts.index(`<${p}font>${body}</${p}font>`);
  }

  private fillId(s: CellStyle): number {
    if (!s.fill) return 0;
    const p = this.p;
    return this.fills.index(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  private borderId(s: CellStyle): number {
    if (!s.border) return 0;
    const p = this.p;
    const side = (n: string) => `<${p}${n} style="thin"><${p}color rgb="FF808080"/></${p}${n}>`;
    return this.borders.index(
      `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`,
    );
  }

  /** The `s` index of a cell with this style and number format ("0" = the workbook's default). */
  cellXf(style: CellStyle | undefined, numberFormat?: string): string {
    const s = style ?? {};
    const numFmtId = this.numFmtId(numberFormat);
    const fontId = this.fontId(s);
    const fillId = this.fillId(s);
    const borderId = this.borderId(s);
    const align =
      s.horizontal || s.vertical || s.wrap || s.indent
        ? `<${this.p}alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${
            s.vertical ? ` vertical="${s.vertical === "middle" ? "center" : s.vertical}"` : ""
          }${s.wrap ? ' wrapText="1"' : ""}${s.indent ? ` indent="${s.indent}"` : ""}/>`
        : "";
    if (!numFmtId && !fontId && !fillId && !borderId && !align) return "0";
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (align ? ' applyAlignment="1"' : "");
    const open = `<${this.p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return String(this.xfs.index(align ? `${open}>${align}</${this.p}xf>` : `${open}/>`));
  }

  /** The dxf index of a conditional format's look: a fill and an optional font colour. */
  dxf(fill: string, fontColor?: string): number {
    const p = this.p;
    const font = fontColor ? `<${p}font><${p}color rgb="${argb(fontColor)}"/></${p}font>` : "";
    return this.dxfs.index(
      `<${p}dxf>${font}<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  /** True when something was appended. */
  changed(): boolean {
    return (
      this.addedNumFmts.length > 0 ||
      [this.fonts, this.fills, this.borders, this.xfs, this.dxfs].some((c) => c.added.length > 0)
    );
  }

  /** The style sheet with Renaksi's entries appended (the source itself when nothing was). */
  xml(): string {
    if (!this.changed()) return this.source;
    let xml = this.source;
    const append = (name: string, added: string[], count: number) => {
      if (added.length === 0) return;
      const p = this.p;
      const close = `</${p}${name}>`;
      const existing = childText(xml, name);
      let el: string;
      if (existing === null) el = `<${p}${name} count="${count}">${added.join("")}${close}`;
      else if (/^<[^>]*\/>$/.test(existing)) {
        const open = setAttr(existing.replace(/\s*\/>$/, ">"), "count", String(count));
        el = open + added.join("") + close;
      } else {
        const openEnd = existing.indexOf(">") + 1;
        const open = setAttr(existing.slice(0, openEnd), "count", String(count));
        el =
          open + existing.slice(openEnd, existing.length - close.length) + added.join("") + close;
      }
      xml = setChild(xml, name, el, STYLESHEET_ORDER);
    };
    append("numFmts", this.addedNumFmts, this.numFmtCount + this.addedNumFmts.length);
    append("fonts", this.fonts.added, this.fonts.entries.length);
    append("fills", this.fills.added, this.fills.entries.length);
    append("borders", this.borders.added, this.borders.entries.length);
    append("cellXfs", this.xfs.added, this.xfs.entries.length);
    append("dxfs", this.dxfs.added, this.dxfs.entries.length);
    return xml;
  }
}
