/**
 * Small, exact edits of an XML part as text: find the root element's direct children (skipping the
 * insides of `<sheetData>`, which can be megabytes), replace one child, or insert a new one at the
 * place the schema orders it. Everything outside the edited span stays byte for byte.
 *
 * @example
 *   const kids = topChildren(sheetXml);             // [{ name: "sheetData", start, end }, ...]
 *   insertChild(sheetXml, "<dataValidations .../>", WORKSHEET_ORDER, "dataValidations");
 */

/** The part's XML is not well-formed where Renaksi must edit it (the user's file, not a bug). */
export class XmlError extends Error {
  override name = "XmlError";
}

export interface XmlChild {
  /** Local name (prefix stripped). */
  name: string;
  /** The prefix with its colon ("x:") or "". */
  prefix: string;
  start: number;
  end: number;
}

/** The root element: its prefix and where its start tag ends / its end tag starts. */
export function rootOf(xml: string): {
  prefix: string;
  name: string;
  bodyStart: number;
  bodyEnd: number;
} {
  const re = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\b[^>]*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const before = xml[m.index + 1];
    if (before === "?" || before === "!") continue;
    const prefix = m[1] ?? "";
    const name = m[2];
    const close = `</${prefix}${name}>`;
    const bodyEnd = xml.lastIndexOf(close);
    return {
      prefix,
      name,
      bodyStart: m.index + m[0].length,
      bodyEnd: bodyEnd < 0 ? xml.length : bodyEnd,
    };
  }
  throw new XmlError("no root element");
}

/** Direct children of the root element, in document order. */
export function topChildren(xml: string): XmlChild[] {
  const root = rootOf(xml);
  const out: XmlChild[] = [];
  let i = root.bodyStart;
  while (i < root.bodyEnd) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= root.bodyEnd) break;
    if (xml.startsWith("<!--", lt)) {
      i = xml.indexOf("-->", lt) + 3;
      continue;
    }
    if (xml.startsWith("<?", lt)) {
      i = xml.indexOf("?>", lt) + 2;
      continue;
    }
    const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\b/.exec(xml.slice(lt, lt + 200));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const prefix = m[1] ?? "";
    const name = m[2];
    const end = elementEnd(xml, lt, prefix + name);
    out.push({ name, prefix, start: lt, end });
    i = end;
  }
  return out;
}

/** End (exclusive) of the element whose start tag begins at `start`, nested same-name tags counted. */
export function elementEnd(xml: string, start: number, qname: string): number {
  const tagEnd = startTagEnd(xml, start);
  if (xml[tagEnd - 2] === "/") return tagEnd;
  const open = new RegExp(`<${qname.replace(/[.]/g, "\\.")}(?=[\\s/>])`, "g");
  const close = `</${qname}>`;
  let depth = 1;
  let i = tagEnd;
  while (depth > 0) {
    const c = xml.indexOf(close, i);
    if (c < 0) throw new XmlError(`<${qname}> is not closed`);
    open.lastIndex = i;
    for (let m = open.exec(xml); m && m.index < c; m = open.exec(xml)) {
      if (xml[startTagEnd(xml, m.index) - 2] !== "/") depth++;
    }
    depth--;
    i = c + close.length;
  }
  return i;
}

/** Index just past the `>` of the start tag at `start` (quoted `>` inside attributes skipped). */
function startTagEnd(xml: string, start: number): number {
  let quote = "";
  for (let i = start + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  throw new XmlError("unterminated start tag");
}

/** The schema order of a worksheet's children (ECMA-376 CT_Worksheet). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "drawingHF",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The schema order of a workbook's children (CT_Workbook). */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The schema order of a style sheet's children (CT_Stylesheet). */
export const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/**
 * Replace the root's child `name` with `element` (or remove it when `element` is ""), or insert
 * `element` before the first child that comes after `name` in `order`.
 */
export function setChild(
  xml: string,
  name: string,
  element: string,
  order: readonly string[],
): string {
  const kids = topChildren(xml);
  const same = kids.find((k) => k.name === name);
  if (same) return xml.slice(0, same.start) + element + xml.slice(same.end);
  if (element === "") return xml;
  const rank = order.indexOf(name);
  const after = kids.find((k) => order.indexOf(k.name) > rank);
  const at = after ? after.start : rootOf(xml).bodyEnd;
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The text of the root's child `name`, or null. */
export function childText(xml: string, name: string): string | null {
  const k = topChildren(xml).find((c) => c.name === name);
  return k ? xml.slice(k.start, k.end) : null;
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

/** The start tag with `name` set to `value` (added when absent). */
export function setAttr(startTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=")[^"]*(")`);
  if (re.test(startTag)) return startTag.replace(re, `$1${value}$2`);
  return startTag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}
