/**
 * The three hosts behind one driver interface, for the conformance suite: the Excel add-in's
 * commands on the Office.js fake, the Sheets server on the SpreadsheetApp fake (both fakes parse
 * what they are given as the real hosts do), and the real .xlsx writer (cli/xlsx) read back with
 * exceljs. Each driver runs a core command, lets the scenario edit a cell or turn Renaksi's chart
 * into the user's, and reads a sheet back as formulas and values.
 *
 * @example
 *   for (const h of await openHosts(SEED_GRIDS.klungkung)) await h.run("fill");
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as core from "../../core/index";
import type { CellValue, Grid } from "../../core/grid";
import type { PlanFn, PlanResult } from "../../core/api/types";
import type { SheetPlan } from "../../core/layout/sheet-plan";
import type { Problem } from "../../core/problem";
import { runCommand as runExcel, type CoreApi } from "../../excel-addin/src/commands";
import { ALL_FEATURES } from "../../excel-addin/src/features";
import { createServer } from "../../sheets-script/src/server/commands";
import { buildWorkbook, loadWorkbook } from "../../cli/xlsx/workbook";
import { plainValue } from "../../cli/xlsx/read-grids";
import { readRels, readText, REL, resolveTarget, sheetParts } from "../../cli/xlsx/opc";
import { createFakeOffice } from "../excel/fake-excel";
import { fakeWorkbook } from "../sheets/workbook";

export type Command = "fill" | "timeline" | "monev";
export type HostName = "Excel" | "Sheets" | ".xlsx";

/** What the scenario makes of core's answer before the host gets it (e.g. one more overlay). */
export type Shape = (r: PlanResult) => PlanResult;

/** One cell read back: a formula (as the host stores it) or a value. */
export type ReadCell = { f: string } | { v: CellValue };

export interface RunOutcome {
  refused: boolean;
  problems: Problem[];
  /** The plans core gave the host (after the scenario's shape); empty when refused. */
  plans: SheetPlan[];
}

export interface HostDriver {
  name: HostName;
  run(command: Command, shape?: Shape): Promise<RunOutcome>;
  sheetNames(): Promise<string[]>;
  /** Every non-empty cell of a sheet, keyed "row,col". */
  readSheet(sheet: string): Promise<Map<string, ReadCell>>;
  /** A cell's fill ("#RRGGBB", "" when none) and note ("" when none), as the host stored them. */
  readMark(sheet: string, row: number, col: number): Promise<{ fill: string; note: string }>;
  /** The user types a value into a cell. */
  edit(sheet: string, row: number, col: number, value: CellValue): Promise<void>;
  /** The first chart on the sheet becomes the user's own (its name / title changes). */
  claimChart(sheet: string, name: string): Promise<void>;
  /** The user places a drawn object (Excel: a shape, Sheets: an image, .xlsx: a drawing shape). */
  addObject(sheet: string, name: string): Promise<void>;
}

/** The core API with the scenario's shape applied and the answer recorded. */
function shapedCore(shape: Shape, seen: { result?: PlanResult }): CoreApi {
  const wrap =
    (fn: PlanFn): PlanFn =>
    (grids, opts) => {
      const r = shape(fn(grids, opts));
      seen.result = r;
      return r;
    };
  return {
    analyze: core.analyze,
    fill: wrap(core.fill),
    chart: wrap(core.chart),
    timeline: wrap(core.timeline),
    monev: (grids, opts) => {
      const r = core.monev(grids, opts);
      const s = shape(r);
      seen.result = s;
      return { ...s, report: r.report };
    },
    template: core.template,
  };
}

const same: Shape = (r) => r;

/** A colour as "#RRGGBB" upper case ("" when none), whichever way the host spelt it. */
const hex = (c: unknown): string =>
  typeof c === "string" && /^#?[0-9a-f]{6}$/i.test(c) ? `#${c.replace("#", "").toUpperCase()}` : "";
const copy = (grids: readonly Grid[]): Grid[] =>
  grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));

function excelHost(grids: readonly Grid[]): HostDriver {
  const fake = createFakeOffice({ sheets: copy(grids) });
  return {
    name: "Excel",
    async run(command, shape = same) {
      const seen: { result?: PlanResult } = {};
      const host = { run: (b: never) => fake.Excel.run(b), features: ALL_FEATURES };
      const out = await runExcel(
        command,
        { scope: "workbook", options: {} },
        shapedCore(shape, seen),
        host as never,
      );
      return {
        refused: out.refused,
        problems: out.problems,
        plans: out.refused ? [] : (seen.result?.plans ?? []),
      };
    },
    async sheetNames() {
      return fake.state.sheets.map((s) => s.name);
    },
    async readSheet(sheet) {
      const out = new Map<string, ReadCell>();
      for (const [k, c] of fake.sheet(sheet).cells) {
        if (c.formula !== null) out.set(k, { f: c.formula });
        else if (c.value !== null) out.set(k, { v: c.value });
      }
      return out;
    },
    async readMark(sheet, row, col) {
      const s = fake.sheet(sheet);
      const fill = s.cells.get(`${row},${col}`)?.format["fill.color"];
      return { fill: hex(fill), note: s.notes[core.a1(row, col)] ?? "" };
    },
    async edit(sheet, row, col, value) {
      fake.sheet(sheet).cells.set(`${row},${col}`, {
        value,
        formula: null,
        numberFormat: "General",
        format: {},
      });
    },
    async claimChart(sheet, name) {
      fake.sheet(sheet).charts[0].name = name;
    },
    async addObject(sheet, name) {
      fake.sheet(sheet).shapes.push({ name });
    },
  };
}

function sheetsHost(grids: readonly Grid[]): HostDriver {
  const app = fakeWorkbook(copy(grids));
  return {
    name: "Sheets",
    async run(command, shape = same) {
      const seen: { result?: PlanResult } = {};
      const server = createServer({
        app: app.api,
        core: shapedCore(shape, seen),
        thisYear: () => 2024,
      });
      const res = server.runCommand({ command });
      return {
        refused: res.refused,
        problems: res.problems,
        plans: res.refused ? [] : (seen.result?.plans ?? []),
      };
    },
    async sheetNames() {
      return app.book.sheets.map((s) => s.name);
    },
    async readSheet(sheet) {
      const out = new Map<string, ReadCell>();
      const s = app.sheet(sheet);
      if (!s) return out;
      for (const [k, c] of s.cells) {
        if (c.formula !== undefined) out.set(k, { f: c.formula });
        else if (c.value !== null && c.value !== "") out.set(k, { v: c.value as CellValue });
      }
      return out;
    },
    async readMark(sheet, row, col) {
      const cell = app.sheet(sheet)?.cell(row, col);
      return { fill: hex(cell?.background), note: cell?.note ?? "" };
    },
    async edit(sheet, row, col, value) {
      const cell = app.sheet(sheet)!.cell(row, col);
      cell.formula = undefined;
      cell.value = value;
    },
    async claimChart(sheet, name) {
      (app.sheet(sheet)!.charts[0].options as Record<string, unknown>).title = name;
    },
    async addObject(sheet, name) {
      app.sheet(sheet)!.images.push(name);
    },
  };
}

/** The user's workbook as an .xlsx file, written with exceljs (what a user's Excel would save). */
async function gridsToXlsx(grids: readonly Grid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.sheet);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") ws.getCell(g.origin.row + r, g.origin.col + c).value = v;
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const FORMULA = 6; // exceljs ValueType.Formula

async function xlsxHost(grids: readonly Grid[]): Promise<HostDriver> {
  let file = await gridsToXlsx(grids);
  /** Edit the drawing part of a sheet in the package (what Excel does when the user draws). */
  const editDrawing = async (sheet: string, edit: (xml: string) => string): Promise<void> => {
    const zip = await JSZip.loadAsync(file);
    const part = (await sheetParts(zip)).find((s) => s.name === sheet)!.part;
    const rel = (await readRels(zip, part)).find((x) => x.type === REL.drawing)!;
    const drawing = resolveTarget(part, rel.target);
    zip.file(drawing, edit((await readText(zip, drawing)) ?? ""));
    file = await zip.generateAsync({ type: "nodebuffer" });
  };
  const open = async (): Promise<ExcelJS.Workbook> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    return wb;
  };
  return {
    name: ".xlsx",
    async run(command, shape = same) {
      const book = await loadWorkbook(file, "conformance.xlsx");
      const r = shape(core[command](book.grids));
      if (r.refused) return { refused: true, problems: r.problems, plans: [] };
      const built = await buildWorkbook(book, r.plans);
      const problems = [...built.problems, ...r.problems];
      if (!built.buffer) return { refused: true, problems, plans: [] };
      file = built.buffer;
      return { refused: false, problems, plans: r.plans };
    },
    async sheetNames() {
      return (await open()).worksheets.map((w) => w.name);
    },
    async readSheet(sheet) {
      const out = new Map<string, ReadCell>();
      const ws = (await open()).getWorksheet(sheet);
      ws?.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          // exceljs answers a merged area's other cells with its top-left value: they are empty.
          if (cell.isMerged && cell.master !== cell) return;
          if (cell.type === FORMULA) out.set(`${r},${c}`, { f: cell.formula });
          else {
            const v = plainValue(cell.value);
            if (v !== null && v !== "") out.set(`${r},${c}`, { v });
          }
        }),
      );
      return out;
    },
    async readMark(sheet, row, col) {
      const cell = (await open()).getWorksheet(sheet)?.getCell(row, col);
      const fill = cell?.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
      const note = cell?.note;
      const text =
        typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
      return { fill: hex(fill?.slice(-6)), note: text };
    },
    async edit(sheet, row, col, value) {
      const wb = await open();
      wb.getWorksheet(sheet)!.getCell(row, col).value = value;
      file = Buffer.from(await wb.xlsx.writeBuffer());
    },
    async claimChart(sheet, name) {
      await editDrawing(sheet, (xml) =>
        xml.replace(/(<(?:\w+:)?cNvPr\b[^>]*\sname=")[^"]*"/, `$1${name}"`),
      );
    },
    async addObject(sheet, name) {
      const shape =
        `<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff>` +
        `<xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col>` +
        `<xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="99" name="${name}"/>` +
        `<xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`;
      await editDrawing(sheet, (xml) => xml.replace("</xdr:wsDr>", `${shape}</xdr:wsDr>`));
    },
  };
}

/** The three hosts, each holding its own copy of the user's workbook. */
export async function openHosts(grids: readonly Grid[]): Promise<HostDriver[]> {
  return [excelHost(grids), sheetsHost(grids), await xlsxHost(grids)];
}
