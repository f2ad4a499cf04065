/**
 * The .xlsx writer: it EDITS the user's package (jszip) instead of re-saving it. What to write comes
 * from the write contract (core/write `resolveWrites`); this file only carries it out. Every part of
 * the original zip is carried over byte for byte except this named list:
 *
 * - `xl/workbook.xml`: `<sheets>` gains Renaksi's new sheets, `<calcPr>` gets `fullCalcOnLoad="1"`,
 *   `<definedNames>` gains Renaksi's own `_xlnm.Print_Area` / `_xlnm.Print_Titles` for its sheets
 *   (every other element unchanged, as text);
 * - `xl/_rels/workbook.xml.rels` and `[Content_Types].xml` (entries for new parts, calcChain's gone);
 * - `xl/styles.xml`: Renaksi's styles appended, every existing entry at its index (styles-part.ts);
 * - `xl/calcChain.xml`: dropped (Excel rebuilds it);
 * - Renaksi's own sheets with their drawing, charts, notes (rebuilt whole on every run);
 * - in the user's score sheets, only the `<dataValidations>` element (overlay.ts).
 *
 * Re-running gives the same bytes: Renaksi's parts are removed first and written again under the
 * lowest free names, in the same order, with a fixed zip timestamp.
 *
 * @example
 *   const out = await editPackage(book.zip, book.grids, plans);
 *   if (out.buffer) await writeFileAtomic("hasil.xlsx", out.buffer);
 */
import JSZip from "jszip";
import {
  quoteSheet,
  type Grid,
  type SheetPlan,
  type ChartSpec,
  type RangeRef,
  problem,
  type Problem,
  resolveWrites,
  type SheetWrite,
  type WorkbookState,
} from "../../core";
import { chartXml, drawingObjectNames, drawingXml, type ChartCache } from "./chart-part";
import {
  CONTENT_TYPE,
  REL,
  contentTypesXml,
  escapeXml,
  parseContentTypes,
  parseRels,
  partClosure,
  readRels,
  readText,
  relativeTarget,
  relsPathOf,
  relsXml,
  resolveTarget,
  sheetParts,
  type ContentTypes,
  type Rel,
  type SheetPart,
} from "./opc";
import { commentsXml, notesVml, type Note } from "./notes-part";
import { overlayValidations } from "./overlay";
import { managedSheetXml, printNames } from "./sheet-part";
import { planSheetData, plannedAt, type SheetData } from "./sheet-data";
import { BLANK_STYLES, StyleSheet } from "./styles-part";
import { putDeflated, putPacked, type Packed } from "./zip-native";
import {
  attr,
  childText,
  rootOf,
  setAttr,
  setChild,
  topChildren,
  WORKBOOK_ORDER,
  XmlError,
} from "./xml";

/** Every part Renaksi writes carries this timestamp: the same input gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export interface EditResult {
  /** Undefined when a problem forbids writing. */
  buffer?: Buffer;
  problems: Problem[];
  /** Sheets written (created or rebuilt). */
  sheets: string[];
  charts: number;
}

// ---------------------------------------------------------------------------------- the package

/** A workbook with no sheet yet, for `renaksi template`. */
export function blankPackage(): JSZip {
  const zip = new JSZip();
  const put = (p: string, x: string) => zip.file(p, x, { date: FIXED_DATE });
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  put(
    "[Content_Types].xml",
    head +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  );
  put(
    "_rels/.rels",
    head +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
  );
  put(
    "docProps/app.xml",
    head +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Renaksi</Application></Properties>',
  );
  put(
    "xl/workbook.xml",
    head +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView/></bookViews><sheets></sheets><calcPr fullCalcOnLoad="1"/></workbook>',
  );
  put(
    "xl/_rels/workbook.xml.rels",
    head +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  put("xl/styles.xml", BLANK_STYLES);
  return zip;
}

/** The workbook as the write contract reads it: names, A1, visibility, drawn objects. */
export async function packageState(
  zip: JSZip,
  grids: readonly Grid[],
  sheets?: SheetPart[],
): Promise<WorkbookState> {
  const out: WorkbookState = { sheets: [] };
  for (const s of sheets ?? (await sheetParts(zip))) {
    const g = grids.find((x) => x.sheet === s.name && x.origin.row === 1 && x.origin.col === 1);
    const objects: string[] = [];
    for (const r of await readRels(zip, s.part)) {
      if (r.type !== REL.drawing || r.external) continue;
      objects.push(
        ...drawingObjectNames((await readText(zip, resolveTarget(s.part, r.target))) ?? ""),
      );
    }
    out.sheets.push({
      name: s.name,
      a1: g ? (g.values[0]?.[0] ?? null) : null,
      visible: s.state === "visible",
      charts: [],
      objects,
    });
  }
  return out;
}

/** A free part name in the folder of `like`, keeping its stem and extension: chart7.xml. */
function freeName(zip: JSZip, like: string, reserved: Iterable<string> = []): string {
  const dir = like.slice(0, like.lastIndexOf("/") + 1);
  const file = like.slice(dir.length);
  const m = /^(.*?)(\d*)(\.[^.]+)$/.exec(file);
  const stem = m ? m[1] : file;
  const ext = m ? m[3] : "";
  const taken = new Set([...Object.keys(zip.files), ...reserved].map((p) => p.toLowerCase()));
  for (let n = 1; ; n++) {
    const p = `${dir}${stem}${n}${ext}`;
    if (!taken.has(p.toLowerCase())) return p;
  }
}

function nextRid(rels: readonly Rel[]): string {
  const ids = new Set(rels.map((r) => r.id));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

class Pkg {
  constructor(
    readonly zip: JSZip,
    readonly types: ContentTypes,
  ) {}
  put(part: string, data: string | Buffer | Packed, type?: string): void {
    const opts = { date: FIXED_DATE, createFolders: false };
    if (typeof data === "string" || Buffer.isBuffer(data)) putDeflated(this.zip, part, data, opts);
    else putPacked(this.zip, part, data, opts);
    if (type) this.types.overrides.set(part, type);
  }
  remove(part: string): void {
    this.zip.remove(part);
    this.types.overrides.delete(part);
  }
}

// ------------------------------------------------------------------------------- managed sheets

/** The parts a Renaksi sheet owns (its rels, drawing, charts, notes), the sheet part included. */
async function ownedParts(zip: JSZip, sheetPart: string): Promise<string[]> {
  const closure = await partClosure(zip, sheetPart);
  const out = new Set<string>();
  for (const p of closure) {
    out.add(p);
    if (zip.file(relsPathOf(p))) out.add(relsPathOf(p));
  }
  return [...out];
}

/**
 * The cache of a chart: what the cells it shows hold, found by address in the sheet's cells
 * (a cell covered by a merged area, written empty, shows nothing).
 */
function chartCache(data: SheetData, spec: ChartSpec): ChartCache {
  const shown = (r: number, c: number) => {
    const cell = plannedAt(data, r, c);
    if (!cell) return null;
    return cell.formula !== undefined ? (cell.expected ?? null) : (cell.value ?? null);
  };
  const cells = (r: RangeRef) => {
    const out: (string | number | boolean | null)[] = [];
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) out.push(shown(r.row + i, r.col + j));
    return out;
  };
  return {
    categories: cells(spec.categories).map((v) => (v === null ? "" : String(v))),
    values: spec.series.map((s) =>
      cells(s.values).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null)),
    ),
  };
}

/** The charts of a managed sheet: chart parts + one drawing; returns the drawing part. */
function writeCharts(pkg: Pkg, sheet: string, plan: SheetPlan, data: SheetData): string | null {
  if (plan.charts.length === 0) return null;
  const drawing = freeName(pkg.zip, "xl/drawings/drawing1.xml");
  pkg.put(drawing, "", CONTENT_TYPE.drawing); // reserve the name before the charts take theirs
  const rels: Rel[] = [];
  const anchors = plan.charts.map((spec, i) => {
    const chart = freeName(pkg.zip, "xl/charts/chart1.xml");
    pkg.put(chart, chartXml(spec, sheet, chartCache(data, spec)), CONTENT_TYPE.chart);
    const rid = `rId${i + 1}`;
    rels.push({
      id: rid,
      type: REL.chart,
      target: relativeTarget(drawing, chart),
      external: false,
    });
    return { rid, spec };
  });
  pkg.put(drawing, drawingXml(anchors), CONTENT_TYPE.drawing);
  pkg.put(relsPathOf(drawing), relsXml(rels));
  return drawing;
}

/**
 * The notes of a managed sheet, comments part + VML boxes, in VML shape-id block `block`. Every
 * cell with a note is among the sheet's samples, in plan order.
 */
function writeNotes(
  pkg: Pkg,
  data: SheetData,
  block: number,
): { comments: string; vml: string } | null {
  const notes: Note[] = data.samples
    .filter((c) => c.note)
    .map((c) => ({ row: c.row, col: c.col, text: c.note as string }));
  if (notes.length === 0) return null;
  const comments = freeName(pkg.zip, "xl/comments1.xml");
  pkg.put(comments, commentsXml(notes), CONTENT_TYPE.comments);
  const vml = freeName(pkg.zip, "xl/drawings/vmlDrawing1.vml");
  pkg.put(vml, notesVml(notes, block));
  if (!pkg.types.defaults.has("vml")) pkg.types.defaults.set("vml", CONTENT_TYPE.vml);
  return { comments, vml };
}

/** The VML shape-id blocks already used in the package (`o:idmap data="1,2"`). */
async function usedVmlBlocks(zip: JSZip): Promise<number> {
  let max = 0;
  for (const p of Object.keys(zip.files)) {
    if (!p.toLowerCase().endsWith(".vml")) continue;
    const xml = (await readText(zip, p)) ?? "";
    for (const m of xml.matchAll(/idmap\b[^>]*\sdata="([^"]*)"/g))
      for (const n of m[1].split(",")) max = Math.max(max, Number(n) || 0);
  }
  return max;
}

/**
 * A managed sheet with its charts and notes; `block` is the last VML shape-id block used in the
 * package. Returns its charts' count and the last block used after it.
 */
async function writeManagedSheet(
  pkg: Pkg,
  w: SheetWrite,
  part: string,
  styles: StyleSheet,
  block: number,
): Promise<{ charts: number; block: number }> {
  pkg.put(part, "", CONTENT_TYPE.worksheet); // reserve: the sheet's parts come after it
  const rels: Rel[] = [];
  const data = planSheetData(w.plan);
  const drawing = writeCharts(pkg, w.sheet, w.plan, data);
  const notes = writeNotes(pkg, data, block + 1);
  const refs: { drawing?: string; legacyDrawing?: string } = {};
  if (drawing) {
    refs.drawing = `rId${rels.length + 1}`;
    rels.push({
      id: refs.drawing,
      type: REL.drawing,
      target: relativeTarget(part, drawing),
      external: false,
    });
  }
  if (notes) {
    refs.legacyDrawing = `rId${rels.length + 1}`;
    rels.push({
      id: refs.legacyDrawing,
      type: REL.vmlDrawing,
      target: relativeTarget(part, notes.vml),
      external: false,
    });
    rels.push({
      id: `rId${rels.length + 1}`,
      type: REL.comments,
      target: relativeTarget(part, notes.comments),
      external: false,
    });
  }
  pkg.put(part, await managedSheetXml(w.plan, data, styles, refs), CONTENT_TYPE.worksheet);
  if (rels.length) pkg.put(relsPathOf(part), relsXml(rels));
  return { charts: w.plan.charts.length, block: notes ? block + 1 : block };
}

// ------------------------------------------------------------------------------ xl/workbook.xml

/** The prefix bound to the relationships namespace in the workbook's root ("r" almost always). */
function relPrefix(xml: string): { xml: string; prefix: string } {
  const m =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      xml,
    );
  if (m) return { xml, prefix: m[1] };
  const root = rootOf(xml);
  const tagEnd = root.bodyStart - 1;
  return {
    xml: `${xml.slice(0, tagEnd)} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"${xml.slice(tagEnd)}`,
    prefix: "r",
  };
}

function addSheetEntry(xml: string, name: string, rid: string): string {
  const { xml: x, prefix: rp } = relPrefix(xml);
  const p = rootOf(x).prefix;
  const sheets = childText(x, "sheets") ?? `<${p}sheets></${p}sheets>`;
  const ids = [...sheets.matchAll(/\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${rp}:id="${rid}"/>`;
  const el = /^<[^>]*\/>$/.test(sheets)
    ? `${sheets.replace(/\s*\/>$/, ">")}${entry}</${p}sheets>`
    : sheets.replace(new RegExp(`</${p}sheets>$`), `${entry}</${p}sheets>`);
  return setChild(x, "sheets", el, WORKBOOK_ORDER);
}

/** Renaksi's print names for its sheets replace the ones an earlier run wrote; the user's stay. */
function setPrintNames(
  xml: string,
  names: { index: number; name: string; formula: string }[],
  managed: Set<number>,
): string {
  const p = rootOf(xml).prefix;
  const existing = childText(xml, "definedNames");
  const kids = existing ? topChildren(existing).map((k) => existing.slice(k.start, k.end)) : [];
  const keep = kids.filter((el) => {
    const tag = el.slice(0, el.indexOf(">") + 1);
    const n = attr(tag, "name") ?? "";
    const local = attr(tag, "localSheetId");
    return !(
      /^_xlnm\.Print_(Area|Titles)$/.test(n) &&
      local !== undefined &&
      managed.has(Number(local))
    );
  });
  const ours = names.map(
    (d) =>
      `<${p}definedName name="${d.name}" localSheetId="${d.index}">${escapeXml(d.formula)}</${p}definedName>`,
  );
  const all = [...keep, ...ours];
  if (all.length === kids.length && all.every((x, i) => x === kids[i])) return xml;
  const open = existing
    ? existing.slice(0, existing.indexOf(">") + 1).replace(/\s*\/>$/, ">")
    : `<${p}definedNames>`;
  const el = all.length ? `${open}${all.join("")}</${p}definedNames>` : "";
  return setChild(xml, "definedNames", el, WORKBOOK_ORDER);
}

/** `<calcPr fullCalcOnLoad="1">`: Excel and LibreOffice recalculate every formula on open. */
function forceRecalc(xml: string): string {
  const calc = childText(xml, "calcPr");
  const p = rootOf(xml).prefix;
  if (calc === null)
    return setChild(xml, "calcPr", `<${p}calcPr fullCalcOnLoad="1"/>`, WORKBOOK_ORDER);
  const tagEnd = calc.indexOf(">") + 1;
  const tag = calc.slice(0, tagEnd);
  const fixed = setAttr(tag, "fullCalcOnLoad", "1");
  return fixed === tag ? xml : setChild(xml, "calcPr", fixed + calc.slice(tagEnd), WORKBOOK_ORDER);
}

// ------------------------------------------------------------------------------------ the edit

async function styleSheet(
  zip: JSZip,
  wbRels: Rel[],
  pkg: Pkg,
): Promise<{ part: string; styles: StyleSheet }> {
  const rel = wbRels.find((r) => r.type === REL.styles);
  if (rel) {
    const part = resolveTarget("xl/workbook.xml", rel.target);
    return { part, styles: new StyleSheet((await readText(zip, part)) ?? BLANK_STYLES) };
  }
  wbRels.push({ id: nextRid(wbRels), type: REL.styles, target: "styles.xml", external: false });
  pkg.types.overrides.set("xl/styles.xml", CONTENT_TYPE.styles);
  return { part: "xl/styles.xml", styles: new StyleSheet(BLANK_STYLES) };
}

/**
 * Carry out the plans on the package (the user's, or `blankPackage()` for a new workbook).
 * Nothing is written to disk; on a refusal `buffer` is undefined.
 */
export async function editPackage(
  source: JSZip | null,
  grids: readonly Grid[],
  plans: readonly SheetPlan[],
): Promise<EditResult> {
  const at = { part: "xl/workbook.xml" };
  try {
    return await edit(source, grids, plans, at);
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    // A part Renaksi must edit is not well-formed XML: refuse, naming it (exit 2, not a crash).
    const p = problem(
      "error",
      "cli.xmlUnreadable",
      `Bagian ${at.part} di dalam berkas bukan XML yang utuh (${e.message}), sehingga tidak dapat disunting; tidak ada yang ditulis: buka dan simpan ulang berkas di Excel atau LibreOffice`,
      `The part ${at.part} inside the file is not well-formed XML (${e.message}), so it cannot be edited; nothing was written: open and save the file again in Excel or LibreOffice`,
    );
    return { problems: [p], sheets: [], charts: 0 };
  }
}

async function edit(
  source: JSZip | null,
  grids: readonly Grid[],
  plans: readonly SheetPlan[],
  at: { part: string },
): Promise<EditResult> {
  const zip = source ?? blankPackage();
  const sheets = await sheetParts(zip);
  const resolved = resolveWrites(await packageState(zip, grids, sheets), plans);
  const problems: Problem[] = [...resolved.problems];
  if (resolved.refused) return { problems, sheets: [], charts: 0 };

  const pkg = new Pkg(zip, parseContentTypes((await readText(zip, "[Content_Types].xml")) ?? ""));
  const wbRels = parseRels((await readText(zip, "xl/_rels/workbook.xml.rels")) ?? "");
  let wbXml = (await readText(zip, "xl/workbook.xml")) ?? "";
  at.part = "xl/styles.xml";
  const { part: stylesPart, styles } = await styleSheet(zip, wbRels, pkg);

  // 1. Renaksi's earlier parts go first, so this run's take the same names in the same order.
  const partOf = new Map(sheets.map((s) => [s.name, s.part]));
  for (const w of resolved.writes) {
    if (w.action !== "rebuild") continue;
    for (const p of await ownedParts(zip, partOf.get(w.sheet) as string)) pkg.remove(p);
  }
  // calcChain lists formula cells Excel computed last time; it is rebuilt on open.
  for (const r of wbRels.filter((x) => x.type === REL.calcChain)) {
    pkg.remove(resolveTarget("xl/workbook.xml", r.target));
    wbRels.splice(wbRels.indexOf(r), 1);
  }

  // 2. This run's sheets, overlays and names.
  let block = await usedVmlBlocks(zip);
  let charts = 0;
  const written: string[] = [];
  const names: { index: number; name: string; formula: string }[] = [];
  const managedIndex = new Set<number>();
  const order = sheets.map((s) => s.name);
  for (const w of resolved.writes) {
    if (w.action === "overlay") {
      const part = partOf.get(w.sheet) as string;
      at.part = part;
      const xml = (await readText(zip, part)) ?? "";
      const r = overlayValidations(xml, w.sheet, w.plan.validations);
      problems.push(...r.problems);
      if (r.xml !== xml) pkg.put(part, r.xml);
      continue;
    }
    let part = partOf.get(w.sheet);
    if (w.action === "create" || !part) {
      // A rebuilt sheet keeps its part (removed above, rewritten below): never hand it out again.
      part = freeName(zip, "xl/worksheets/sheet1.xml", partOf.values());
      const rid = nextRid(wbRels);
      wbRels.push({
        id: rid,
        type: REL.worksheet,
        target: relativeTarget("xl/workbook.xml", part),
        external: false,
      });
      at.part = "xl/workbook.xml";
      wbXml = addSheetEntry(wbXml, w.sheet, rid);
      order.push(w.sheet);
      partOf.set(w.sheet, part);
    }
    at.part = "xl/styles.xml";
    const sheet = await writeManagedSheet(pkg, w, part, styles, block);
    charts += sheet.charts;
    block = sheet.block;
    written.push(w.sheet);
    const index = order.indexOf(w.sheet);
    managedIndex.add(index);
    for (const [name, formula] of printNames(quoteSheet(w.sheet), w.plan.page))
      names.push({ index, name, formula });
  }
  at.part = "xl/workbook.xml";
  wbXml = forceRecalc(setPrintNames(wbXml, names, managedIndex));

  // 3. The named list: workbook, its rels, content types, styles.
  pkg.put("xl/workbook.xml", wbXml);
  pkg.put("xl/_rels/workbook.xml.rels", relsXml(wbRels));
  at.part = stylesPart;
  if (styles.changed() || !zip.file(stylesPart)) pkg.put(stylesPart, styles.xml());
  for (const p of [...pkg.types.overrides.keys()]) if (!zip.file(p)) pkg.types.overrides.delete(p);
  pkg.put("[Content_Types].xml", contentTypesXml(pkg.types));

  const buffer = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { buffer, problems, sheets: written, charts };
}
