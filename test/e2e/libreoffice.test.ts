/**
 * Real-engine check: the example workbooks (built from the seed fixtures exactly as examples/ is)
 * are filled by the .xlsx host, recalculated by LibreOffice headless (OOXML recalculation "always"
 * in a throwaway profile, so no cached value is trusted) and every formula cell is compared with
 * what the core computed (`expected`). One filled workbook is also exported to PDF and HTML (whose
 * chart image is a PNG) to prove the native chart renders. Luwu as printed is refused before any
 * engine sees it: its "Koordinasi & Monev" aspect has no statement. Klungkung filled electronically
 * (klungkung-responden) has its scores as AVERAGE over the 60 respondents' columns of "Responden":
 * LibreOffice must find the printed scores, n = 60 minus blanks, and the printed averages.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { fill, timeline } from "../../core/index";
import type { CellValue } from "../../core/grid";
import type { SheetPlan } from "../../core/layout/sheet-plan";
import { blanksOf, buildExample, EXAMPLES } from "../../cli/examples-build";
import { buildWorkbook, loadWorkbook } from "../../cli/xlsx/workbook";
import { excelOf } from "../cli/helpers";
import { plainValue } from "../../cli/xlsx/read-grids";
import { equalValue, recalcEdited, SOFFICE, soffice } from "./soffice";

const SEEDS = ["klungkung", "klungkung-responden", "cilacap", "kapuas", "luwu-perbaikan"] as const;

interface Filled {
  seed: string;
  file: string;
  plans: SheetPlan[];
  refused: boolean;
}

if (!SOFFICE) throw new Error("LibreOffice (soffice) is missing: run bash scripts/system-deps.sh");
const describeLo = describe;

describeLo("LibreOffice recalculation of filled seed workbooks", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-lo-"));
  const filled: Filled[] = [];
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    const inputs: string[] = [];
    for (const seed of SEEDS) {
      const { grids, notes, sheets } = EXAMPLES[seed];
      const book = await loadWorkbook(await buildExample(grids, notes, sheets), `${seed}.xlsx`);
      const f = fill(book.grids);
      const tl = timeline(book.grids, { granularity: "semester" });
      const plans = [...f.plans, ...(tl.refused ? [] : tl.plans)];
      const file = path.join(root, `${seed}.xlsx`);
      if (!f.refused) {
        const built = await buildWorkbook(book, plans);
        expect(built.problems.filter((p) => p.severity === "error")).toEqual([]);
        fs.writeFileSync(file, built.buffer as Buffer);
        inputs.push(file);
      }
      filled.push({ seed, file, plans, refused: f.refused });
    }
    const outDir = path.join(root, "recalc");
    // One soffice for all files: xlsx -> xlsx, every formula recomputed on load.
    if (inputs.length)
      soffice(root, "recalc", [
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        ...inputs,
      ]);
    for (const f of filled) {
      const out = path.join(outDir, path.basename(f.file));
      if (!fs.existsSync(out)) continue;
      recalculated.set(f.seed, await excelOf(fs.readFileSync(out)));
    }
  }, 180_000);

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it.each(SEEDS)("returns the core's value in every formula cell of %s", (seed) => {
    const f = filled.find((x) => x.seed === seed) as Filled;
    expect({ seed, refused: f.refused }).toEqual({ seed, refused: false });
    const wb = recalculated.get(seed) as ExcelJS.Workbook;
    expect(wb).toBeDefined();
    const mismatches: string[] = [];
    let checked = 0;
    for (const plan of f.plans) {
      const ws = wb.getWorksheet(plan.sheet);
      for (const c of plan.cells) {
        if (c.formula === undefined || c.expected === undefined) continue;
        checked++;
        const cell = ws?.getCell(c.row, c.col);
        // `result`, not `value`: exceljs's value getter drops a cached 0.
        const actual = cell
          ? plainValue((cell.result ?? cell.value) as ExcelJS.CellValue)
          : "(no sheet)";
        if (!equalValue(actual, c.expected))
          mismatches.push(
            `${plan.sheet}!R${c.row}C${c.col} ${c.formula}: LibreOffice ${JSON.stringify(actual)}, core ${JSON.stringify(c.expected)}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it("returns the printed scores, respondents and averages computed by LibreOffice from the Responden sheet", () => {
    const f = filled.find((x) => x.seed === "klungkung-responden") as Filled;
    const wb = recalculated.get("klungkung-responden") as ExcelJS.Workbook;
    expect(wb).toBeDefined();
    const result = f.plans.find((p) => p.sheet === "Hasil Renaksi") as SheetPlan;
    const ws = wb.getWorksheet("Hasil Renaksi") as ExcelJS.Worksheet;
    const engine = (row: number, col: number): CellValue => {
      const cell = ws.getCell(row, col);
      return plainValue((cell.result ?? cell.value) as ExcelJS.CellValue);
    };
    // Statement scores: one AVERAGE per statement column D..W of Responden, rows 2-61.
    const scores = result.cells.filter((c) => c.formula?.includes("AVERAGE(Responden!"));
    expect(scores).toHaveLength(20);
    expect(scores.map((c) => engine(c.row, c.col))).toEqual([
      3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3,
    ]);
    const counts = result.cells.filter((c) => c.formula?.startsWith("=COUNT(Responden!"));
    expect(counts.map((c) => engine(c.row, c.col))).toEqual(
      Array.from({ length: 20 }, (_, i) => 60 - blanksOf(i + 1)),
    );
    // Aspect averages over those score cells, in canonical order, and the suggested priorities.
    const averages = result.cells.filter(
      (c) => c.formula?.startsWith("=AVERAGE(") && !c.formula.includes("!"),
    );
    // LibreOffice stores 15 significant digits: 19/6 comes back as 3.16666666666667.
    const got = averages.slice(0, 5).map((c) => engine(c.row, c.col) as number);
    [19 / 6, 3, 3, 11 / 3, 3].forEach((want, k) => expect(got[k]).toBeCloseTo(want, 12));
    const ranks = averages.slice(0, 5).map((c) => engine(c.row, c.col + 1));
    expect(ranks).toEqual([4, 1, 2, 5, 3]);
  });

  it("returns a new score and average when a respondent's answer is changed after fill (live AVERAGE)", async () => {
    const f = filled.find((x) => x.seed === "klungkung-responden") as Filled;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(f.file) as unknown as ExcelJS.Buffer);
    const answers = wb.getWorksheet("Responden") as ExcelJS.Worksheet;
    // Responden 01 answered statement 1 with 3; the analyst corrects it to 4 after the fill.
    expect(answers.getCell("D2").value).toBe(3);
    answers.getCell("D2").value = 4;
    const again = await excelOf(
      await recalcEdited(root, "edited", "klungkung-responden.xlsx", (to) => wb.xlsx.writeFile(to)),
    );
    const ws = again.getWorksheet("Hasil Renaksi") as ExcelJS.Worksheet;
    const result = f.plans.find((p) => p.sheet === "Hasil Renaksi") as SheetPlan;
    const at = (c: { row: number; col: number }): number =>
      plainValue(
        (ws.getCell(c.row, c.col).result ?? ws.getCell(c.row, c.col).value) as ExcelJS.CellValue,
      ) as number;
    const score1 = result.cells.find((c) => c.formula?.includes("AVERAGE(Responden!D2:D61)"));
    const kelembagaan = result.cells.find((c) => c.formula?.startsWith("=AVERAGE(C7:"));
    // 57 answers summing to 171 + 1: statement 1 = 172/57, Kelembagaan = (172/57 + 16) / 6
    expect(at(score1 as SheetPlan["cells"][number])).toBeCloseTo(172 / 57, 12);
    expect(at(kelembagaan as SheetPlan["cells"][number])).toBeCloseTo((172 / 57 + 16) / 6, 12);
  }, 120_000);

  it("returns Luwu as printed refused with aspect.empty naming the categorisation range", async () => {
    const book = await loadWorkbook(await buildExample(EXAMPLES.luwu.grids), "luwu.xlsx");
    const f = fill(book.grids);
    expect(f.refused).toBe(true);
    expect(f.plans).toEqual([]);
    expect(f.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({
        code: "aspect.empty",
        cell: "Kategorisasi!A4:K28",
        messageEn: expect.stringContaining("Coordination, Monitoring & Evaluation"),
      }),
    ]);
  });

  it("returns a PDF and a PNG of the Klungkung result with the priority chart drawn", () => {
    const f = filled.find((x) => x.seed === "klungkung") as Filled;
    expect(f.refused).toBe(false);
    const outDir = path.join(root, "render");
    soffice(root, "render", ["--convert-to", "pdf", "--outdir", outDir, f.file]);
    soffice(root, "html", ["--convert-to", "html", "--outdir", outDir, f.file]);
    const pdf = fs.readFileSync(path.join(outDir, "klungkung.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // Calc's HTML export draws each chart into a PNG next to the page.
    const pngs = fs.readdirSync(outDir).filter((n) => n.endsWith(".png"));
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    const png = fs.readFileSync(path.join(outDir, pngs[0]));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(150);
    if (process.env.RENAKSI_KEEP_PNG)
      fs.copyFileSync(path.join(outDir, pngs[0]), process.env.RENAKSI_KEEP_PNG);
  }, 120_000);
});
