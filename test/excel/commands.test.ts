import { analyze, chart, fill, template, timeline } from "../../core/index";
import { MANAGED_SHEETS, MARKER_PREFIX } from "../../core/model/managed-sheet";
import type { Grid } from "../../core/grid";
import type { SheetPlan } from "../../core/layout/sheet-plan";
import { rangeAddress } from "../../excel-addin/src/adapter";
import {
  runCommand,
  selectCell,
  type CommandInput,
  type CoreApi,
  type Host,
} from "../../excel-addin/src/commands";
import { ALL_FEATURES, detectFeatures } from "../../excel-addin/src/features";
import { bigProgramGrid, cilacap, kapuas, klungkung, luwu } from "../fixtures/grids";
import { createFakeOffice, type FakeOffice } from "./fake-excel";

const core: CoreApi = { analyze, fill, chart, timeline, template };
/** Luwu without its own categorisation: the 22 juknis statements with the default mapping. */
const luwuJuknis = luwu.filter((g) => g.sheet !== "Kategorisasi");
const workbook: CommandInput = { scope: "workbook", options: {} };

function hostOf(fake: FakeOffice, features = ALL_FEATURES): Host {
  return { run: (batch) => fake.Excel.run(batch as never), features };
}

function fakeOf(grids: Grid[], apiVersion?: string): FakeOffice {
  return createFakeOffice({
    sheets: grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) })),
    apiVersion,
  });
}

/** Every planned cell is in the fake workbook as planned: formula, value and number format. */
function expectWritten(fake: FakeOffice, plans: SheetPlan[]): number {
  let checked = 0;
  for (const plan of plans.filter((p) => p.mode !== "overlay")) {
    for (const c of plan.cells) {
      const cell = fake.cell(
        plan.sheet,
        rangeAddress({ row: c.row, col: c.col, rows: 1, cols: 1 }),
      );
      if (c.formula !== undefined)
        expect([plan.sheet, c.row, c.col, cell.formula]).toEqual([
          plan.sheet,
          c.row,
          c.col,
          c.formula,
        ]);
      else
        expect([plan.sheet, c.row, c.col, cell.value]).toEqual([
          plan.sheet,
          c.row,
          c.col,
          c.value === "" ? null : (c.value ?? null),
        ]);
      if (c.numberFormat) expect(cell.numberFormat).toBe(c.numberFormat);
      checked++;
    }
  }
  return checked;
}

describe("runCommand", () => {
  it("returns Klungkung's analysis (averages, priorities with ties) in one sync, writing nothing", async () => {
    const fake = fakeOf(klungkung);
    const before = fake.state.sheets.map((s) => [s.name, s.cells.size]);
    const out = await runCommand("analyze", workbook, core, hostOf(fake));
    expect(out.syncs).toBe(1);
    expect(fake.stats.syncs).toBe(1);
    expect(out.written).toEqual([]);
    expect(fake.state.sheets.map((s) => [s.name, s.cells.size])).toEqual(before);
    const byKey = Object.fromEntries(out.analysis!.aspects.map((a) => [a.key, a]));
    expect(byKey.kelembagaan.average).toBeCloseTo(19 / 6, 10);
    expect(byKey.partisipasi.average).toBeCloseTo(11 / 3, 10);
    expect(
      ["sdm", "data", "koordinasi", "kelembagaan", "partisipasi"].map(
        (k) => byKey[k].suggestedPriority,
      ),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(out.read).toEqual(klungkung.map((g) => g.sheet));
  });

  it("returns Luwu's 22 statements (juknis mapping) written with live formulas in two syncs, every planned cell in place", async () => {
    const fake = fakeOf(luwuJuknis);
    const planned: string[] = [];
    const out = await runCommand("fill", workbook, core, hostOf(fake), {
      beforeWrite: (p) => planned.push(...p.map((w) => w.address)),
    });
    expect(out.refused).toBe(false);
    expect(out.syncs).toBeLessThanOrEqual(2);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.leftover).toBe(0);
    const expected = fill(luwuJuknis, {});
    expect(planned).toEqual(out.planned.map((p) => p.address));
    expect(out.written.map((w) => w.sheet)).toEqual(expected.plans.map((p) => p.sheet));
    expect(expectWritten(fake, expected.plans)).toBeGreaterThan(50);
    expect(String(fake.cell(MANAGED_SHEETS.result, "A1").value)).toMatch(
      new RegExp(`^${MARKER_PREFIX.replace("|", "\\|")}`),
    );
    const formulas = [...fake.sheet(MANAGED_SHEETS.result).cells.values()].filter((c) => c.formula);
    expect(formulas.some((c) => /^=AVERAGE\(/.test(c.formula!))).toBe(true);
    expect(out.written[0].formulas).toBe(expected.plans[0].cells.filter((c) => c.formula).length);
    // the long statements wrap: their rows are fitted to the text after the widths are set
    expect(fake.sheet(MANAGED_SHEETS.result).autofitRows).toHaveLength(1);
    // Luwu's own priorities (by discussion) are kept: Partisipasi 1, SDM 5
    const byKey = Object.fromEntries(out.analysis!.aspects.map((a) => [a.key, a.priority]));
    expect([byKey.partisipasi, byKey.koordinasi, byKey.data, byKey.kelembagaan, byKey.sdm]).toEqual(
      [1, 2, 3, 4, 5],
    );
  });

  it("returns the same workbook when fill runs twice (rewritten, not duplicated)", async () => {
    const fake = fakeOf(klungkung);
    await runCommand("fill", workbook, core, hostOf(fake));
    const first = fake.read(MANAGED_SHEETS.result, "A1:Z200");
    const names = fake.state.sheets.map((s) => s.name);
    await runCommand("fill", workbook, core, hostOf(fake));
    expect(fake.state.sheets.map((s) => s.name)).toEqual(names);
    expect(fake.read(MANAGED_SHEETS.result, "A1:Z200")).toEqual(first);
  });

  it("returns one native priority chart, replaced when chart runs again", async () => {
    const fake = fakeOf(klungkung);
    const a = await runCommand("chart", workbook, core, hostOf(fake));
    const b = await runCommand("chart", workbook, core, hostOf(fake));
    expect(a.syncs).toBe(2);
    expect(b.syncs).toBe(2);
    const charts = fake.state.sheets.flatMap((s) => s.charts.map((c) => [s.name, c.name]));
    expect(charts).toEqual([[MANAGED_SHEETS.result, "renaksi-bagan-prioritas"]]);
    const spec = chart(klungkung, {}).plans.flatMap((p) => p.charts)[0];
    const drawn = fake.sheet(MANAGED_SHEETS.result).charts[0];
    expect(drawn.props["title.text"]).toBe(spec.title);
    expect(drawn.type).toBe(spec.type === "bar" ? "BarClustered" : "ColumnClustered");
  });

  it("returns Kapuas's program timeline by semester on its own sheet", async () => {
    const fake = fakeOf(kapuas);
    const input: CommandInput = { scope: "workbook", options: { granularity: "semester" } };
    const out = await runCommand("timeline", input, core, hostOf(fake));
    expect(out.refused).toBe(false);
    expect(out.syncs).toBe(2);
    const expected = timeline(kapuas, { granularity: "semester" });
    expect(out.written.map((w) => w.sheet)).toContain(MANAGED_SHEETS.timeline);
    expect(expectWritten(fake, expected.plans)).toBeGreaterThan(20);
    const texts = fake.read(MANAGED_SHEETS.timeline, "A1:Z10").flat().map(String);
    expect(texts.some((x) => /S1|Semester/.test(x))).toBe(true);
  });

  it("returns a new template sheet, and a second one under a free name", async () => {
    const fresh = createFakeOffice({ sheets: [{ sheet: "Sheet1" }] });
    const input: CommandInput = {
      scope: "active",
      options: {},
      template: {
        statementSet: "juknis22",
        startYear: 2025,
        endYear: 2027,
        instansi: "Kabupaten Luwu",
      },
    };
    const a = await runCommand("template", input, core, hostOf(fresh));
    const b = await runCommand("template", input, core, hostOf(fresh));
    expect(a.syncs).toBe(2);
    const plans = template(input.template!);
    expect(fresh.state.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      plans[0].sheet,
      `${plans[0].sheet} (2)`,
    ]);
    expect(expectWritten(fresh, plans)).toBeGreaterThan(22);
    expect(b.written[0].sheet).toBe(`${plans[0].sheet} (2)`);
  });

  it("returns at most two syncs per command on the 22-statement workbooks (Luwu, Cilacap)", async () => {
    for (const [name, grids] of [
      ["luwu", luwuJuknis],
      ["cilacap", cilacap],
    ] as const) {
      for (const command of ["analyze", "fill", "chart", "timeline"] as const) {
        const fake = fakeOf(grids);
        const out = await runCommand(command, workbook, core, hostOf(fake));
        const core22 = command === "analyze" ? null : core[command](grids, {});
        // written when core accepts, refused (one sync, nothing written) when it does not
        expect([name, command, out.refused, fake.stats.syncs]).toEqual([
          name,
          command,
          core22 ? core22.refused : false,
          command === "analyze" || core22?.refused ? 1 : 2,
        ]);
        expect(out.syncs).toBe(fake.stats.syncs);
      }
    }
  });

  it("returns a 10,000-activity program matrix timeline and fill in at most two syncs", async () => {
    const big = bigProgramGrid(10000, 2022, 2024);
    for (const command of ["timeline", "fill"] as const) {
      const fake = fakeOf([...klungkung.filter((g) => g.sheet !== "Program"), big]);
      const out = await runCommand(command, workbook, core, hostOf(fake));
      expect([command, out.syncs, fake.stats.syncs]).toEqual([command, out.syncs, out.syncs]);
      expect(out.syncs).toBeLessThanOrEqual(2);
    }
    const fake = fakeOf([big]);
    await runCommand("timeline", workbook, core, hostOf(fake));
    const rows = fake
      .read(MANAGED_SHEETS.timeline, "B1:B12000")
      .flat()
      .filter((v) => /^Kegiatan \d+$/.test(String(v)));
    expect(rows).toHaveLength(10000);
  });

  describe("edge cases", () => {
    it("returns a refusal naming A1 and writes nothing when 'Hasil Renaksi' is the user's own sheet", async () => {
      const fake = fakeOf([
        ...klungkung,
        { sheet: MANAGED_SHEETS.result, origin: { row: 1, col: 1 }, values: [["catatan saya"]] },
      ]);
      const out = await runCommand("fill", workbook, core, hostOf(fake));
      expect(out.refused).toBe(true);
      expect(out.syncs).toBe(1);
      expect(out.written).toEqual([]);
      expect(out.problems[0]).toMatchObject({
        severity: "error",
        code: "write.notOurs",
        cell: "'Hasil Renaksi'!A1",
      });
      expect(fake.read(MANAGED_SHEETS.result, "A1:B2")).toEqual([
        ["catatan saya", null],
        [null, null],
      ]);
    });

    it("returns Luwu's empty Koordinasi aspect as an error with its cell and writes nothing", async () => {
      const fake = fakeOf(luwu);
      const out = await runCommand("fill", workbook, core, hostOf(fake));
      expect(out.refused).toBe(true);
      const err = out.problems.find((p) => p.code === "aspect.empty");
      expect(err).toMatchObject({ severity: "error" });
      expect(err?.cell).toMatch(/^Kategorisasi!/);
      expect(out.written).toEqual([]);
      expect(fake.state.sheets.map((s) => s.name)).toEqual(luwu.map((g) => g.sheet));
      expect(fake.stats.syncs).toBe(1);
    });

    it("returns core's errors and writes nothing on invalid input", async () => {
      const bad: Grid = {
        sheet: "Matriks",
        origin: { row: 1, col: 1 },
        values: [
          ["No", "Pertanyaan", "Nilai", null, null, null],
          [null, null, 1, 2, 3, 4],
          [1, "Pernyataan satu", "√", "√", null, null],
        ],
      };
      const fake = fakeOf([bad]);
      const out = await runCommand("fill", workbook, core, hostOf(fake));
      expect(out.refused).toBe(true);
      expect(out.problems.some((p) => p.severity === "error")).toBe(true);
      expect(fake.state.sheets.map((s) => s.name)).toEqual(["Matriks"]);
      expect(fake.stats.syncs).toBe(1);
    });

    it("returns averages, priorities and the chart on Office 2016 (ExcelApi 1.1) with visible notes for the rest", async () => {
      const fake = fakeOf(klungkung, "1.1");
      const features = detectFeatures((v) =>
        fake.Office.context.requirements.isSetSupported("ExcelApi", v),
      );
      const out = await runCommand("chart", workbook, core, hostOf(fake, features));
      expect(out.refused).toBe(false);
      // no sheet walk before ExcelApi 1.5: the sheet list takes one more round trip
      expect(out.syncs).toBe(3);
      expect(fake.stats.syncs).toBe(3);
      expect(out.read).toEqual(klungkung.map((g) => g.sheet));
      const averages = [...fake.sheet(MANAGED_SHEETS.result).cells.values()].filter((c) =>
        c.formula?.startsWith("=AVERAGE("),
      );
      expect(averages.length).toBeGreaterThanOrEqual(5);
      expect(fake.sheet(MANAGED_SHEETS.result).charts).toHaveLength(1);
      expect(out.problems.filter((p) => p.code.startsWith("excel.skip.")).length).toBeGreaterThan(
        0,
      );
      expect(fake.sheet(MANAGED_SHEETS.result).conditionalFormats).toEqual([]);
    });

    it("returns the workbook read in two steps when this Excel refuses the one-step sheet walk", async () => {
      const fake = createFakeOffice({
        sheets: klungkung.map((g) => ({ ...g })),
        nullChainThrows: true,
      });
      const out = await runCommand("analyze", workbook, core, hostOf(fake));
      expect(out.syncs).toBe(3);
      expect(out.read).toEqual(klungkung.map((g) => g.sheet));
      expect(out.problems.map((p) => p.code)).toContain("excel.fallbackRead");
    });
  });
});

describe("selectCell", () => {
  it("returns with the problem's cell selected on its sheet, in one sync", async () => {
    const fake = fakeOf(luwu);
    await selectCell(hostOf(fake), `'${luwu[1].sheet}'!D14`);
    expect(fake.state.selected).toEqual({ sheet: luwu[1].sheet, address: "D14" });
    expect(fake.state.active).toBe(luwu[1].sheet);
    expect(fake.stats.syncs).toBe(1);
  });
  describe("edge cases", () => {
    it("returns with the cell selected on the active sheet for a bare address", async () => {
      const fake = fakeOf(luwu);
      await selectCell(hostOf(fake), "B2:C3");
      expect(fake.state.selected).toEqual({ sheet: luwu[0].sheet, address: "B2:C3" });
    });
  });
});
