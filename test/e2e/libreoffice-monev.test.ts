/**
 * Real-engine check of the Monev Renaksi sheet (issue 10): Cilacap and Luwu corrected, filled by the
 * .xlsx host (fill writes Monev Renaksi with the other sheets), recalculated by LibreOffice headless
 * (no cached value trusted): every formula cell of Monev Renaksi equals what the core computed. Then
 * a status is changed in the filled file (Cilacap I.1.3, 2022 S1: berjalan -> selesai) and
 * LibreOffice's counts, % selesai per semester, per aspect and per Kelompok Program follow.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  fillWithTimeline,
  monevGeometry,
  type CellValue,
  type MonevReport,
  monev,
} from "../../core/index";
import type { SheetPlan } from "../../core/layout/sheet-plan";
import { buildExample, EXAMPLES } from "../../cli/examples-build";
import { buildWorkbook, loadWorkbook } from "../../cli/xlsx/workbook";
import { plainValue } from "../../cli/xlsx/read-grids";
import { excelOf } from "../cli/helpers";
import { equalValue, recalcEdited, SOFFICE, soffice } from "./soffice";

const SEEDS = ["cilacap", "luwu-perbaikan"] as const;
if (!SOFFICE) throw new Error("LibreOffice (soffice) is missing: run bash scripts/system-deps.sh");
const describeLo = describe;

interface Filled {
  seed: string;
  file: string;
  plan: SheetPlan;
  report: MonevReport;
}

const valueOf = (ws: ExcelJS.Worksheet, row: number, col: number): CellValue =>
  plainValue((ws.getCell(row, col).result ?? ws.getCell(row, col).value) as ExcelJS.CellValue);

describeLo("LibreOffice recalculation of Monev Renaksi", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-lo-monev-"));
  const filled: Filled[] = [];
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    for (const seed of SEEDS) {
      const { grids, notes, sheets } = EXAMPLES[seed];
      const book = await loadWorkbook(await buildExample(grids, notes, sheets), `${seed}.xlsx`);
      const r = fillWithTimeline(book.grids);
      expect(r.refused).toBe(false);
      const built = await buildWorkbook(book, r.plans);
      expect(built.problems.filter((p) => p.severity === "error")).toEqual([]);
      const file = path.join(root, `${seed}.xlsx`);
      fs.writeFileSync(file, built.buffer as Buffer);
      const plan = r.plans.find((p) => p.sheet === "Monev Renaksi") as SheetPlan;
      filled.push({ seed, file, plan, report: monev(book.grids).report as MonevReport });
    }
    const outDir = path.join(root, "recalc");
    soffice(root, "recalc", [
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...filled.map((f) => f.file),
    ]);
    for (const f of filled) {
      recalculated.set(f.seed, await excelOf(fs.readFileSync(path.join(outDir, `${f.seed}.xlsx`))));
    }
  }, 180_000);

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it.each(SEEDS)("returns the core's value in every formula cell of %s's Monev Renaksi", (seed) => {
    const f = filled.find((x) => x.seed === seed) as Filled;
    const ws = recalculated.get(seed)?.getWorksheet("Monev Renaksi") as ExcelJS.Worksheet;
    expect(ws).toBeDefined();
    const mismatches: string[] = [];
    let checked = 0;
    for (const c of f.plan.cells) {
      if (c.formula === undefined || c.expected === undefined) continue;
      checked++;
      const actual = valueOf(ws, c.row, c.col);
      if (!equalValue(actual, c.expected))
        mismatches.push(
          `R${c.row}C${c.col} ${c.formula}: LibreOffice ${JSON.stringify(actual)}, core ${JSON.stringify(c.expected)}`,
        );
    }
    expect(mismatches).toEqual([]);
    // 8 semesters x 7 counts, 5 aspects and the Kelompok x 8 semesters, the indicators
    expect(checked).toBeGreaterThan(100);
  });

  it("returns new counts and percentages when a status is changed after fill (live COUNTIFS)", async () => {
    const f = filled.find((x) => x.seed === "cilacap") as Filled;
    const g = monevGeometry(f.report);
    const i = f.report.activities.findIndex((a) => a.code === "I.1.3");
    const k = f.report.semesters.indexOf("2022-S1");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(f.file) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet("Monev Renaksi") as ExcelJS.Worksheet;
    const cell = sheet.getCell(g.row(k, i), g.col("status"));
    expect(cell.value).toBe("berjalan");
    cell.value = "selesai";
    const bytes = await recalcEdited(root, "edited", "cilacap.xlsx", (to) => wb.xlsx.writeFile(to));
    const ws = (await excelOf(bytes)).getWorksheet("Monev Renaksi") as ExcelJS.Worksheet;
    const row = g.summaryFirst + k;
    // 2022 S1: 35 planned; selesai 7 -> 8, berjalan 7 -> 6, % selesai 20% -> 8/35
    expect([3, 4, 5, 6, 7].map((c) => valueOf(ws, row, c))).toEqual([35, 8, 6, 1, 20]);
    expect(valueOf(ws, row, 8) as number).toBeCloseTo(8 / 35, 12);
    // Kebijakan & Kelembagaan (I.1.3 is under KP I): its 2022 S1 share and KP I's follow
    const asp = f.report.byAspect.findIndex((a) => a.key === "kelembagaan");
    const before = f.report.byAspect[asp].counts["2022-S1"];
    expect(valueOf(ws, g.aspectFirst + asp, 3 + k) as number).toBeCloseTo(
      (before.selesai + 1) / before.planned,
      12,
    );
    const kp = f.report.byKelompok.findIndex((x) => x.key === "KP I");
    const kpBefore = f.report.byKelompok[kp].counts["2022-S1"];
    expect(valueOf(ws, g.kelompokFirst + kp, 3 + k) as number).toBeCloseTo(
      (kpBefore.selesai + 1) / kpBefore.planned,
      12,
    );
  }, 120_000);

  it("returns a semester row's capaian, status and chart value after its year's target is changed (live =D<year row>)", async () => {
    const f = filled.find((x) => x.seed === "cilacap") as Filled;
    const g = monevGeometry(f.report);
    const days = "Jangka waktu penyelesaian pengaduan";
    const rowOf = (sem: string | undefined) =>
      g.indicatorFirst +
      f.report.indicators.findIndex(
        (i) => i.name === days && i.year === 2022 && i.semester === sem,
      );
    const [year, s1] = [rowOf(undefined), rowOf("2022-S1")];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(f.file) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet("Monev Renaksi") as ExcelJS.Worksheet;
    expect([sheet.getCell(s1, 3).value, sheet.getCell(s1, 5).value]).toEqual(["2022 S1", 2.2]);
    // the 2022 target of days to resolve, 2,3 -> 2 (typed over the year row's target)
    sheet.getCell(year, 4).value = 2;
    const bytes = await recalcEdited(root, "semester", "cilacap.xlsx", (to) =>
      wb.xlsx.writeFile(to),
    );
    const ws = (await excelOf(bytes)).getWorksheet("Monev Renaksi") as ExcelJS.Worksheet;
    // 2022 S1: 2,2 days against 2: lower is better, 1 + (1 - 2,2 / 2) = 90%, hampir tercapai
    expect(valueOf(ws, s1, 4)).toBe(2);
    expect(valueOf(ws, s1, 6) as number).toBeCloseTo(0.9, 12);
    expect(valueOf(ws, s1, 7) as number).toBeCloseTo(0.2, 12);
    expect(valueOf(ws, s1, 8)).toBe("hampir tercapai");
    // the capaian chart of 2022 S1 draws that semester row
    const names = [...new Set(f.report.indicators.map((i) => i.name))];
    const chartRow = g.chartDataFirst + names.indexOf(days);
    expect(valueOf(ws, chartRow, 3) as number).toBeCloseTo(0.9, 12);
    expect(valueOf(ws, chartRow, 4)).toBe("2022 S1");
  }, 120_000);
});
