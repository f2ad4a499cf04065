/**
 * After exceljs has written the workbook, this step works on the zip itself (jszip):
 * 1. adds the native charts (DrawingML parts) of the sheets Renaksi built;
 * 2. carries over, byte for byte, the drawings of the user's own sheets (charts, images, shapes and
 *    everything they reference), which exceljs would otherwise drop;
 * 3. checks that nothing of the user's workbook went missing (charts, images, comments, pivot tables,
 *    tables, macros, sparklines ...). Anything lost is an error problem: the caller then refuses to
 *    write the file at all, so a part is never dropped silently.
 *
 * @example
 *   const { buffer, problems } = await finishPackage({ written, original, managed, charts });
 */
import JSZip from "jszip";
import { problem, type Problem } from "../../core/problem";
import { chartXml, drawingXml } from "./chart-part";
import {
  CONTENT_TYPE,
  REL,
  contentTypeOf,
  contentTypesXml,
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
} from "./opc";
import type { ChartJob } from "./render";
import { sheetDataXml, spliceSheetData, styleIds, type SheetData } from "./sheet-data";

export interface PackageInput {
  /** The workbook as exceljs wrote it. */
  written: Buffer;
  /** The user's file as read (absent for a new workbook). */
  original?: Buffer;
  /** Sheets Renaksi (re)built; their old drawings held only Renaksi's own charts. */
  managed: readonly string[];
  charts: readonly ChartJob[];
  /** Cell data of the managed sheets, spliced into the sheets exceljs wrote (sheet-data.ts). */
  sheetData?: readonly SheetData[];
}

export interface PackageResult {
  buffer: Buffer;
  /** Errors: something of the user's workbook could not be kept; do not write `buffer`. */
  problems: Problem[];
  /** Parts copied unchanged from the user's file (original path -> new path). */
  carried: Map<string, string>;
}

/** What a part is, for the nothing-lost check ("" for parts exceljs rebuilds itself). */
export function partCategory(path: string): string {
  const rules: [RegExp, string][] = [
    [/^xl\/charts\/chart[^/]*\.xml$/, "grafik / charts"],
    [/^xl\/chartsheets\/[^/]*\.xml$/, "lembar grafik / chart sheets"],
    [/^xl\/drawings\/drawing[^/]*\.xml$/, "gambar / drawings"],
    [/^xl\/media\//, "citra / images"],
    [/^xl\/comments[^/]*\.xml$/, "komentar / comments"],
    [/^xl\/threadedComments\//, "komentar berutas / threaded comments"],
    [/^xl\/pivotTables\//, "tabel pivot / pivot tables"],
    [/^xl\/pivotCache\/pivotCacheDefinition/, "cache pivot / pivot caches"],
    [/^xl\/tables\//, "tabel / tables"],
    [/^xl\/vbaProject\.bin$/, "makro VBA / VBA macros"],
    [/^xl\/slicers?\/|^xl\/slicerCaches\//, "slicer"],
    [/^xl\/timelines?\/|^xl\/timelineCaches\//, "timeline"],
    [/^xl\/externalLinks\/externalLink/, "tautan eksternal / external links"],
    [/^xl\/embeddings\//, "objek tersemat / embedded objects"],
    [/^xl\/activeX\/|^xl\/ctrlProps\//, "kontrol / form controls"],
    [/^xl\/diagrams\//, "SmartArt"],
  ];
  for (const [re, name] of rules) if (re.test(path)) return name;
  return "";
}

/** Features stored inside a sheet's XML that exceljs does not write back. */
const SHEET_FEATURES: [RegExp, string][] = [
  [/<x14:sparklineGroup\b/, "sparkline"],
  [/<x14:dataValidation\b/, "validasi data lintas lembar / cross-sheet data validation"],
  [/<x14:conditionalFormatting\b/, "format bersyarat Excel 2010 / Excel 2010 conditional formats"],
  [/<(?:\w+:)?oleObjects\b/, "objek OLE / OLE objects"],
  [/<(?:\w+:)?controls\b/, "kontrol / form controls"],
  [/<(?:\w+:)?picture\b/, "latar gambar / background picture"],
  [/<(?:\w+:)?legacyDrawingHF\b/, "gambar header/footer / header-footer pictures"],
];

/** Where `<drawing>` goes in CT_Worksheet: before the first of these elements. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function insertDrawing(sheetXml: string, rid: string): string {
  const el = `<drawing r:id="${rid}"/>`;
  let xml = sheetXml;
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml)) {
    xml = xml.replace(
      /<worksheet\b/,
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
    );
  }
  for (const name of AFTER_DRAWING) {
    const i = xml.search(new RegExp(`<${name}\\b`));
    if (i >= 0) return xml.slice(0, i) + el + xml.slice(i);
  }
  return xml.replace(/<\/worksheet>\s*$/, `${el}</worksheet>`);
}

function removeDrawingElement(sheetXml: string): string {
  return sheetXml.replace(/<drawing\b[^>]*\/>/g, "");
}

function nextRid(rels: readonly Rel[]): string {
  let n = rels.length + 1;
  const ids = new Set(rels.map((r) => r.id));
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** A free part name in the same folder as `like`, keeping its stem and extension: chart7.xml. */
function freeName(zip: JSZip, like: string, reserved: Set<string>): string {
  const dir = like.slice(0, like.lastIndexOf("/") + 1);
  const file = like.slice(dir.length);
  const m = /^(.*?)(\d*)(\.[^.]+)$/.exec(file);
  const stem = m ? m[1] : file;
  const ext = m ? m[3] : "";
  for (let n = 1; ; n++) {
    const p = `${dir}${stem}${n}${ext}`;
    if (!zip.file(p) && !reserved.has(p)) {
      reserved.add(p);
      return p;
    }
  }
}

async function drawingOf(
  zip: JSZip,
  sheetPart: string,
): Promise<{ rel: Rel; part: string } | null> {
  const rel = (await readRels(zip, sheetPart)).find((r) => r.type === REL.drawing && !r.external);
  return rel ? { rel, part: resolveTarget(sheetPart, rel.target) } : null;
}

async function setRels(zip: JSZip, part: string, rels: readonly Rel[]): Promise<void> {
  if (rels.length === 0) zip.remove(relsPathOf(part));
  else zip.file(relsPathOf(part), relsXml(rels));
}

/** Drop the drawing exceljs wrote for a sheet (we put our own or the user's original in its place). */
async function dropWrittenDrawing(zip: JSZip, sheetPart: string): Promise<void> {
  const d = await drawingOf(zip, sheetPart);
  if (!d) return;
  const rels = (await readRels(zip, sheetPart)).filter((r) => r.id !== d.rel.id);
  await setRels(zip, sheetPart, rels);
  zip.file(sheetPart, removeDrawingElement((await readText(zip, sheetPart)) ?? ""));
  zip.remove(relsPathOf(d.part));
  zip.remove(d.part);
}

async function attachDrawing(zip: JSZip, sheetPart: string, drawingPart: string): Promise<void> {
  const rels = await readRels(zip, sheetPart);
  const rid = nextRid(rels);
  rels.push({
    id: rid,
    type: REL.drawing,
    target: relativeTarget(sheetPart, drawingPart),
    external: false,
  });
  await setRels(zip, sheetPart, rels);
  zip.file(sheetPart, insertDrawing((await readText(zip, sheetPart)) ?? "", rid));
}

/** Copy `closure` (parts of the original) into `out` under fresh names, fixing their relationships. */
async function copyClosure(
  orig: JSZip,
  out: JSZip,
  closure: readonly string[],
  origCt: ContentTypes,
  outCt: ContentTypes,
  reserved: Set<string>,
  carried: Map<string, string>,
): Promise<void> {
  const rename = new Map<string, string>();
  for (const p of closure) rename.set(p, carried.get(p) ?? freeName(out, p, reserved));
  for (const p of closure) {
    const to = rename.get(p) as string;
    carried.set(p, to);
    out.file(to, await (orig.file(p) as JSZip.JSZipObject).async("uint8array"));
    const rels = (await readRels(orig, p)).map((r) =>
      r.external
        ? r
        : { ...r, target: relativeTarget(to, rename.get(resolveTarget(p, r.target)) ?? r.target) },
    );
    if (rels.length) out.file(relsPathOf(to), relsXml(rels));
    const type = origCt.overrides.get(p);
    if (type) outCt.overrides.set(to, type);
    else {
      const ext = to.slice(to.lastIndexOf(".") + 1).toLowerCase();
      const def = origCt.defaults.get(ext);
      if (def && !outCt.defaults.has(ext)) outCt.defaults.set(ext, def);
    }
  }
}

function countByCategory(paths: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of paths) {
    const c = partCategory(p);
    if (c) m.set(c, (m.get(c) ?? 0) + 1);
  }
  return m;
}

/** Remove media no relationship points to (images of drawings that were replaced). */
async function dropOrphanMedia(zip: JSZip): Promise<void> {
  const used = new Set<string>();
  for (const f of Object.keys(zip.files)) {
    if (!f.endsWith(".rels")) continue;
    const owner = f.replace(/_rels\/([^/]+)\.rels$/, "$1");
    for (const r of parseRels((await readText(zip, f)) ?? ""))
      if (!r.external) used.add(resolveTarget(owner, r.target));
  }
  for (const f of Object.keys(zip.files))
    if (f.startsWith("xl/media/") && !zip.files[f].dir && !used.has(f)) zip.remove(f);
}

export async function finishPackage(input: PackageInput): Promise<PackageResult> {
  const out = await JSZip.loadAsync(input.written);
  const orig = input.original ? await JSZip.loadAsync(input.original) : null;
  const problems: Problem[] = [];
  const carried = new Map<string, string>();
  const created = new Set<string>();
  const reserved = new Set<string>();
  const managed = new Set(input.managed);
  const outCt = parseContentTypes((await readText(out, "[Content_Types].xml")) ?? "");
  const outSheets = await sheetParts(out);
  const partOfOut = new Map(outSheets.map((s) => [s.name, s.part]));

  // 0. The managed sheets' cells, written by sheet-data.ts with the styles exceljs registered.
  for (const data of input.sheetData ?? []) {
    const part = partOfOut.get(data.sheet);
    const xml = part ? await readText(out, part) : null;
    if (!part || xml === null) throw new Error(`sheet ${data.sheet} missing from the package`);
    out.file(part, spliceSheetData(xml, sheetDataXml(data, styleIds(xml, data))));
  }

  // 1. The user's own drawings on their sheets: carried over unchanged.
  const managedOrigClosure = new Set<string>();
  if (orig) {
    const origCt = parseContentTypes((await readText(orig, "[Content_Types].xml")) ?? "");
    for (const s of await sheetParts(orig)) {
      if (s.chartsheet) continue;
      const d = await drawingOf(orig, s.part);
      if (managed.has(s.name)) {
        // A user's object here refused the write before (core/write: write.userObjects).
        for (const p of await partClosure(orig, s.part)) managedOrigClosure.add(p);
        continue;
      }
      const target = partOfOut.get(s.name);
      if (!target || !d) continue;
      await dropWrittenDrawing(out, target);
      const closure = await partClosure(orig, d.part);
      await copyClosure(orig, out, closure, origCt, outCt, reserved, carried);
      await attachDrawing(out, target, carried.get(d.part) as string);
    }
  }

  // 2. Renaksi's native charts, one drawing per sheet.
  const bySheet = new Map<string, ChartJob[]>();
  for (const job of input.charts) bySheet.set(job.sheet, [...(bySheet.get(job.sheet) ?? []), job]);
  for (const [sheet, jobs] of bySheet) {
    const sheetPart = partOfOut.get(sheet);
    if (!sheetPart) continue;
    await dropWrittenDrawing(out, sheetPart);
    const drawingPart = freeName(out, "xl/drawings/drawing1.xml", reserved);
    const rels: Rel[] = [];
    const anchors = jobs.map((job, i) => {
      const chartPart = freeName(out, "xl/charts/chart1.xml", reserved);
      out.file(chartPart, chartXml(job.spec, sheet, job.cache));
      outCt.overrides.set(chartPart, CONTENT_TYPE.chart);
      created.add(chartPart);
      const rid = `rId${i + 1}`;
      rels.push({
        id: rid,
        type: REL.chart,
        target: relativeTarget(drawingPart, chartPart),
        external: false,
      });
      return { rid, spec: job.spec };
    });
    out.file(drawingPart, drawingXml(anchors));
    out.file(relsPathOf(drawingPart), relsXml(rels));
    outCt.overrides.set(drawingPart, CONTENT_TYPE.drawing);
    created.add(drawingPart);
    await attachDrawing(out, sheetPart, drawingPart);
  }

  await dropOrphanMedia(out);
  for (const p of [...outCt.overrides.keys()]) if (!out.file(p)) outCt.overrides.delete(p);
  out.file("[Content_Types].xml", contentTypesXml(outCt));

  // 3. Nothing lost: every kind of part the user had is still there, as many as before.
  if (orig) {
    const managedOutClosure = new Set<string>();
    for (const name of managed) {
      const p = partOfOut.get(name);
      if (p) for (const x of await partClosure(out, p)) managedOutClosure.add(x);
    }
    const before = countByCategory(
      Object.keys(orig.files).filter((p) => !orig.files[p].dir && !managedOrigClosure.has(p)),
    );
    const after = countByCategory(
      Object.keys(out.files).filter(
        (p) => !out.files[p].dir && !created.has(p) && !managedOutClosure.has(p),
      ),
    );
    for (const [cat, n] of before) {
      const m = after.get(cat) ?? 0;
      if (m < n) {
        problems.push(
          problem(
            "error",
            "cli.partLost",
            `Buku kerja berisi ${n} ${cat.split(" / ")[0]} yang tidak dapat dipertahankan (${n - m} akan hilang): berkas tidak ditulis`,
            `The workbook holds ${n} ${cat.split(" / ").pop()} that cannot be kept (${n - m} would be lost): no file written`,
          ),
        );
      }
    }
    const origCt = parseContentTypes((await readText(orig, "[Content_Types].xml")) ?? "");
    if (
      [...origCt.defaults.values(), ...origCt.overrides.values()].some((t) =>
        /macroEnabled/i.test(t),
      )
    ) {
      problems.push(
        problem(
          "error",
          "cli.macros",
          "Buku kerja bermakro (.xlsm) tidak dapat ditulis ulang tanpa kehilangan makro: simpan sebagai .xlsx dulu",
          "A macro-enabled workbook (.xlsm) cannot be rewritten without losing its macros: save it as .xlsx first",
        ),
      );
    }
    for (const s of await sheetParts(orig)) {
      if (managed.has(s.name)) continue;
      const xml = (await readText(orig, s.part)) ?? "";
      const outPart = partOfOut.get(s.name);
      const outXml = outPart ? ((await readText(out, outPart)) ?? "") : "";
      if (s.chartsheet && !outPart) continue; // counted with the charts above
      for (const [re, what] of SHEET_FEATURES) {
        if (re.test(xml) && !re.test(outXml)) {
          problems.push(
            problem(
              "error",
              "cli.featureLost",
              `Lembar "${s.name}" berisi ${what.split(" / ")[0]} yang tidak dapat dipertahankan: berkas tidak ditulis`,
              `Sheet "${s.name}" holds ${what.split(" / ").pop()} that cannot be kept: no file written`,
              `${s.name}!A1`,
            ),
          );
        }
      }
    }
  }
  // A fixed timestamp on every zip entry: the same workbook gives the same bytes.
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const f of Object.values(out.files)) f.date = date;
  const buffer = await out.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { buffer, problems, carried };
}

export { contentTypeOf };
