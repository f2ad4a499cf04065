/**
 * Just enough of the Open Packaging Conventions to move parts between .xlsx zips: relationships,
 * content types, and the sheet-name -> part-path map. Parts are addressed without a leading slash
 * ("xl/worksheets/sheet1.xml").
 *
 * @example
 *   relsPathOf("xl/worksheets/sheet1.xml") // "xl/worksheets/_rels/sheet1.xml.rels"
 *   resolveTarget("xl/drawings/drawing1.xml", "../charts/chart1.xml") // "xl/charts/chart1.xml"
 */
import type JSZip from "jszip";
import { readPartText } from "./zip-native";

export const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
} as const;

export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
};

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function decodeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

export function parseRels(xml: string): Rel[] {
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    out.push({
      id: attr(tag, "Id") ?? "",
      type: attr(tag, "Type") ?? "",
      target: attr(tag, "Target") ?? "",
      external: attr(tag, "TargetMode") === "External",
    });
  }
  return out;
}

export function relsXml(rels: readonly Rel[]): string {
  const body = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(
          r.target,
        )}"${r.external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`
  );
}

export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** Relative target from one part to another: ("xl/drawings/d.xml", "xl/charts/c.xml") -> "../charts/c.xml". */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...new Array<string>(from.length - i).fill(".."), ...to.slice(i)].join("/");
}

export async function readText(zip: JSZip, part: string): Promise<string | null> {
  return readPartText(zip, part);
}

export async function readRels(zip: JSZip, part: string): Promise<Rel[]> {
  const xml = await readText(zip, relsPathOf(part));
  return xml ? parseRels(xml) : [];
}

export interface SheetPart {
  name: string;
  part: string;
  chartsheet: boolean;
  /** What the relationship says the sheet is (dialog and macro sheets are "other"). */
  kind: "worksheet" | "chartsheet" | "other";
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** The `r:id` of the sheet in xl/workbook.xml. */
  rid: string;
}

/** Sheet name -> worksheet part path, in tab order (chartsheets included, flagged). */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const wb = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = await readRels(zip, "xl/workbook.xml");
  const out: SheetPart[] = [];
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name") ?? "";
    const rid = /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const rel = rels.find((r) => r.id === rid);
    if (!rel) continue;
    out.push({
      name,
      part: resolveTarget("xl/workbook.xml", rel.target),
      chartsheet: /chartsheet$/.test(rel.type),
      state: attr(m[0], "state") ?? "visible",
      rid,
      kind: /\/worksheet$/.test(rel.type)
        ? "worksheet"
        : /\/chartsheet$/.test(rel.type)
          ? "chartsheet"
          : "other",
    });
  }
  return out;
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const ct: ContentTypes = { defaults: new Map(), overrides: new Map() };
  for (const m of xml.matchAll(/<Default\b[^>]*>/g))
    ct.defaults.set((attr(m[0], "Extension") ?? "").toLowerCase(), attr(m[0], "ContentType") ?? "");
  for (const m of xml.matchAll(/<Override\b[^>]*>/g))
    ct.overrides.set(
      (attr(m[0], "PartName") ?? "").replace(/^\//, ""),
      attr(m[0], "ContentType") ?? "",
    );
  return ct;
}

export function contentTypesXml(ct: ContentTypes): string {
  const d = [...ct.defaults]
    .map(([e, t]) => `<Default Extension="${escapeXml(e)}" ContentType="${escapeXml(t)}"/>`)
    .join("");
  const o = [...ct.overrides]
    .map(([p, t]) => `<Override PartName="/${escapeXml(p)}" ContentType="${escapeXml(t)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${d}${o}</Types>`
  );
}

/** Content type of a part: its Override, else the Default of its extension. */
export function contentTypeOf(ct: ContentTypes, part: string): string | undefined {
  const o = ct.overrides.get(part);
  if (o) return o;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return ct.defaults.get(ext);
}

/** Every part reachable from `part` through relationships (internal targets only), `part` included. */
export async function partClosure(zip: JSZip, part: string): Promise<string[]> {
  const seen = new Set<string>();
  const todo = [part];
  while (todo.length) {
    const p = todo.pop() as string;
    if (seen.has(p) || !zip.file(p)) continue;
    seen.add(p);
    for (const r of await readRels(zip, p)) if (!r.external) todo.push(resolveTarget(p, r.target));
  }
  return [...seen].sort();
}
