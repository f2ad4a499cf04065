/**
 * The corpus test: `renaksi fill` on workbooks that carry what analysts' files carry (see
 * corpus-build.ts: names, links, protection, tables, styles, properties, comments, validations and
 * conditional formats of every kind, sparklines, pivots, charts, chart sheets, images, form
 * controls, print settings, panes, hidden sheets), once shaped like Excel's output and once saved
 * by LibreOffice. For each: every original part outside the named list is byte-identical, inside
 * it every user element survives (XML level); filling again gives the same bytes; LibreOffice
 * (recalculation "always") computes the user's formulas and Renaksi's to the expected values.
 * Two soffice runs in all (save as LibreOffice, then recalculate both filled files).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import type { CellValue, Grid } from "../../core/grid";
import type { SheetPlan } from "../../core/layout/sheet-plan";
import { run, type Io } from "../../cli/main";
import { planFill } from "../../cli/plans";
import { buildWorkbook, loadWorkbook } from "../../cli/xlsx/workbook";
import { sheetParts } from "../../cli/xlsx/opc";
import { childText, topChildren } from "../../cli/xlsx/xml";
import { kitchenSink, type Feature } from "./corpus-build";
import { klungkungPlan, text, zipOf } from "./helpers";

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
/** The parts Renaksi may touch (cli/README.md "How the file is written"). */
const NAMED = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/workbook.xml",
  "xl/styles.xml",
  "docProps/app.xml",
  "xl/calcChain.xml",
];

const root = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-corpus-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function soffice(args: string[]): void {
  const profile = path.join(root, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  execFileSync(
    SOFFICE as string,
    ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, ...args],
    { stdio: "pipe", timeout: 180_000 },
  );
}

async function fill(input: string, out: string): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const io: Io = { out: () => undefined, err: (s) => err.push(s) };
  const code = await run(["fill", input, "-o", out, "--lang", "en"], io);
  return { code, err: err.join("\n") };
}

interface Case {
  name: string;
  input: string;
  filled: string;
  refilled: string;
  fill?: { code: number; err: string };
}

const cases: Case[] = ["excel", "libreoffice"].map((name) => ({
  name,
  input: path.join(root, `${name}.xlsx`),
  filled: path.join(root, "filled", `${name}.xlsx`),
  refilled: path.join(root, "refilled", `${name}.xlsx`),
}));
let features: Feature[] = [];
const recalculated = new Map<string, Grid[]>();

beforeAll(async () => {
  const sink = await kitchenSink();
  features = sink.features;
  fs.writeFileSync(cases[0].input, sink.bytes);
  for (const d of ["filled", "refilled", "lo", "recalc"]) fs.mkdirSync(path.join(root, d));
  if (SOFFICE) {
    // The same workbook as LibreOffice saves it.
    soffice(["--convert-to", "xlsx", "--outdir", path.join(root, "lo"), cases[0].input]);
    fs.copyFileSync(path.join(root, "lo", "excel.xlsx"), cases[1].input);
  }
  for (const c of cases) {
    if (!fs.existsSync(c.input)) continue;
    c.fill = await fill(c.input, c.filled);
    if (c.fill.code === 0) await fill(c.filled, c.refilled);
  }
  const filled = cases.filter((c) => c.fill?.code === 0).map((c) => c.filled);
  if (SOFFICE && filled.length) {
    soffice(["--convert-to", "xlsx", "--outdir", path.join(root, "recalc"), ...filled]);
    for (const c of cases) {
      const f = path.join(root, "recalc", path.basename(c.filled));
      if (fs.existsSync(f))
        recalculated.set(c.name, (await loadWorkbook(fs.readFileSync(f))).grids);
    }
  }
}, 400_000);

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [p, f] of Object.entries(zip.files))
    if (!f.dir) out.set(p, await f.async("nodebuffer"));
  return out;
}

/** The parts of the score sheets (the only user sheets Renaksi may touch: their dataValidations). */
async function overlaySheets(file: string): Promise<Map<string, string>> {
  const book = await loadWorkbook(fs.readFileSync(file));
  const overlays = planFill(book.grids).plans.filter((p) => p.mode === "overlay");
  const byName = new Map((await sheetParts(book.zip)).map((s) => [s.name, s.part]));
  return new Map(overlays.map((p) => [byName.get(p.sheet) as string, p.sheet]));
}

const withoutValidations = (xml: string): string => {
  const dv = childText(xml, "dataValidations");
  return dv ? xml.replace(dv, "") : xml;
};

const children = (xml: string, name: string): string[] => {
  const el = childText(xml, name);
  return el ? topChildren(el).map((k) => el.slice(k.start, k.end)) : [];
};

const value = (grids: Grid[], sheet: string, row: number, col: number): CellValue => {
  for (const g of grids) {
    if (g.sheet !== sheet) continue;
    const v = g.values[row - g.origin.row]?.[col - g.origin.col];
    if (v !== undefined) return v;
  }
  return null;
};

if (!SOFFICE) throw new Error("LibreOffice (soffice) is missing: run bash scripts/system-deps.sh");
const describeCase = (_c: Case) => describe;

for (const c of cases) {
  describeCase(c)(`fill on the corpus workbook (${c.name})`, () => {
    it("returns exit 0 and a warning where the user's own validation overlaps a score range", () => {
      expect(c.fill?.code).toBe(0);
      expect(c.fill?.err).toContain("The user's own data validation at Asesmen!D16:D17 is kept");
    });

    it("returns every original part outside the named list byte for byte", async () => {
      const before = await parts(c.input);
      const after = await parts(c.filled);
      const overlays = await overlaySheets(c.input);
      expect([...overlays.values()]).toEqual(["Asesmen"]);
      const changed: string[] = [];
      for (const [p, bytes] of before) {
        if (NAMED.includes(p) || overlays.has(p)) continue;
        if (!after.get(p)?.equals(bytes)) changed.push(p);
      }
      expect(changed).toEqual([]);
      expect(before.size).toBeGreaterThan(20);
    });

    it("returns the score sheet with only <dataValidations> changed, the user's validations first and whole", async () => {
      const before = await parts(c.input);
      const after = await parts(c.filled);
      for (const part of (await overlaySheets(c.input)).keys()) {
        const x0 = (before.get(part) as Buffer).toString("utf8");
        const x1 = (after.get(part) as Buffer).toString("utf8");
        expect(withoutValidations(x1)).toBe(withoutValidations(x0));
        const user = children(x0, "dataValidations");
        expect(user.length).toBeGreaterThanOrEqual(2);
        expect(children(x1, "dataValidations").slice(0, user.length)).toEqual(user);
        const ours = children(x1, "dataValidations").slice(user.length);
        expect(ours.length).toBeGreaterThan(0);
        // Renaksi's list leaves out the two cells the user validates.
        expect(ours.join("")).not.toMatch(/sqref="[^"]*\bD16\b/);
      }
    });

    it("returns every user element of the named parts (workbook, styles, rels, content types)", async () => {
      const before = await parts(c.input);
      const after = await parts(c.filled);
      const wb0 = (before.get("xl/workbook.xml") as Buffer).toString("utf8");
      const wb1 = (after.get("xl/workbook.xml") as Buffer).toString("utf8");
      for (const k of topChildren(wb0)) {
        const el = wb0.slice(k.start, k.end);
        if (k.name === "calcPr") continue;
        if (k.name === "sheets" || k.name === "definedNames")
          for (const x of children(wb0, k.name)) expect(wb1).toContain(x);
        else expect(wb1).toContain(el);
      }
      expect(childText(wb1, "calcPr")).toMatch(/fullCalcOnLoad="1"/);
      const st0 = (before.get("xl/styles.xml") as Buffer).toString("utf8");
      const st1 = (after.get("xl/styles.xml") as Buffer).toString("utf8");
      for (const k of topChildren(st0)) {
        const list = children(st0, k.name);
        const now = children(st1, k.name);
        if (["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"].includes(k.name))
          expect([k.name, now.slice(0, list.length)]).toEqual([k.name, list]);
        else expect(st1).toContain(st0.slice(k.start, k.end));
      }
      const relsOf = (b: Map<string, Buffer>) =>
        (
          (b.get("xl/_rels/workbook.xml.rels") as Buffer)
            .toString("utf8")
            .match(/<Relationship\b[^>]*>/g) ?? []
        ).map((r) => [/Id="([^"]*)"/.exec(r)?.[1], /Target="([^"]*)"/.exec(r)?.[1]].join(" "));
      const rels1 = relsOf(after);
      for (const r of relsOf(before)) if (!/calcChain/.test(r)) expect(rels1).toContain(r);
      const types1 = (after.get("[Content_Types].xml") as Buffer).toString("utf8");
      for (const m of (before.get("[Content_Types].xml") as Buffer)
        .toString("utf8")
        .matchAll(/(?:PartName|Extension)="([^"]*)"/g))
        if (!/calcChain/.test(m[1])) expect(types1).toContain(m[0]);
    });

    it("returns the same bytes when filled again", () => {
      expect(fs.readFileSync(c.refilled).equals(fs.readFileSync(c.filled))).toBe(true);
    });

    it("returns the user's formulas and Renaksi's recalculated by LibreOffice", async () => {
      const grids = recalculated.get(c.name) as Grid[];
      expect(grids).toBeDefined();
      expect(value(grids, "Data", 5, 2)).toBe(37);
      expect(value(grids, "Data", 5, 3)).toBe(34);
      expect(value(grids, "Data", 5, 4)).toBeCloseTo(34 / 37, 12);
      expect(value(grids, "Data", 2, 5)).toBe(6063);
      expect(value(grids, "Data", 3, 5)).toBe("5105");
      expect(value(grids, "Data", 4, 5)).toBe(8);
      const book = await loadWorkbook(fs.readFileSync(c.filled));
      const plans = planFill(book.grids).plans.filter((p) => p.mode !== "overlay") as SheetPlan[];
      let checked = 0;
      for (const p of plans)
        for (const cell of p.cells) {
          if (cell.formula === undefined || cell.expected === undefined || cell.expected === null)
            continue;
          const v = value(grids, p.sheet, cell.row, cell.col);
          if (typeof cell.expected === "number")
            expect([p.sheet, cell.row, cell.col, v]).toEqual([
              p.sheet,
              cell.row,
              cell.col,
              expect.closeTo(cell.expected, 9),
            ]);
          // An empty text result reads back as an empty cell.
          else
            expect([p.sheet, cell.row, cell.col, v ?? ""]).toEqual([
              p.sheet,
              cell.row,
              cell.col,
              cell.expected,
            ]);
          checked++;
        }
      expect(checked).toBeGreaterThan(20);
    });
  });
}

describe("the corpus features, one by one (Excel-shaped workbook)", () => {
  it("returns each feature's parts byte for byte and its XML in place after a fill", async () => {
    expect(features.length).toBeGreaterThanOrEqual(20);
    const before = await parts(cases[0].input);
    const after = await parts(cases[0].filled);
    for (const f of features) {
      for (const p of f.parts)
        expect([f.name, p, after.get(p)?.equals(before.get(p) as Buffer)]).toEqual([
          f.name,
          p,
          true,
        ]);
      for (const [p, xml] of f.survives)
        expect([
          f.name,
          p,
          (after.get(p) ?? Buffer.alloc(0)).toString("utf8").includes(xml),
        ]).toEqual([f.name, p, true]);
    }
  });
});

describe("page setup of a managed sheet (plan.page)", () => {
  it("returns A4 landscape fit to width, page breaks, print titles and print area", async () => {
    const plan = klungkungPlan();
    plan.page = {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 3, last: 3 },
      printArea: { row: 1, col: 1, rows: 30, cols: 12 },
      breaksBefore: [10, 20],
    };
    const built = await buildWorkbook({}, [plan]);
    expect(built.problems).toEqual([]);
    const zip = await zipOf(built.buffer as Buffer);
    const sheet = await text(zip, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(sheet).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="9" max="16383" man="1"/><brk id="19" max="16383" man="1"/></rowBreaks>',
    );
    const wb = await text(zip, "xl/workbook.xml");
    expect(wb).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Hasil Renaksi&apos;!$A$1:$L$30</definedName>',
    );
    expect(wb).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Hasil Renaksi&apos;!$3:$3</definedName>',
    );
    // A re-run replaces Renaksi's names instead of adding a second pair.
    const again = await buildWorkbook({ original: built.buffer }, [plan]);
    const wb2 = await text(await zipOf(again.buffer as Buffer), "xl/workbook.xml");
    expect(wb2.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    expect(again.buffer?.equals(built.buffer as Buffer)).toBe(true);
  });
});
