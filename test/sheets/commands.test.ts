import { MANAGED_SHEETS, MARKER_PREFIX } from "../../core/model/managed-sheet";
import { SEED_GRIDS } from "../fixtures/grids";
import { charsToPixels, INDENT } from "../../sheets-script/src/adapter/render";
import { describeWrites } from "../../sheets-script/src/server/commands";
import { onOpen, runFromMenu } from "../../sheets-script/src/server/menu";
import { applyExpected, CORE, fakeWorkbook, serverFor } from "./workbook";
import type { FakeSheet } from "./fake-spreadsheet";
import { a1 } from "../../core/grid";
import type { SheetPlan } from "../../core/layout/sheet-plan";

const SEEDS = Object.keys(SEED_GRIDS) as (keyof typeof SEED_GRIDS)[];

/** Every planned cell is in the fake sheet: formula text, or the value (tree text indented). */
function expectPlanWritten(sheet: FakeSheet, plan: SheetPlan): void {
  for (const c of plan.cells) {
    const stored = sheet.peek(c.row, c.col);
    if (c.formula !== undefined) {
      expect(stored?.formula).toBe(c.formula);
    } else {
      const v = c.value ?? null;
      const want =
        typeof v === "string" && (c.style?.indent ?? 0) > 0
          ? INDENT.repeat(c.style!.indent!) + v
          : v;
      expect(stored?.value ?? null).toBe(want === "" ? "" : want);
    }
    if (c.numberFormat) expect(stored?.format).toBe(c.numberFormat);
    if (c.style?.fill) expect(stored?.background).toBe(c.style.fill);
    if (c.style?.bold) expect(stored?.fontWeight).toBe("bold");
  }
}

describe("runCommand", () => {
  it.each(SEEDS)("returns the Hasil Renaksi sheet exactly as core planned it for %s", (seed) => {
    const app = fakeWorkbook(SEED_GRIDS[seed]);
    const planned = CORE.fill(SEED_GRIDS[seed]);
    const res = serverFor(app).runCommand({ command: "fill" });
    expect(res.refused).toBe(planned.refused);
    if (planned.refused) {
      // Core refused (its problems name the cells): the adapter wrote nothing.
      expect(res.problems.length).toBeGreaterThan(0);
      expect(res.problems[0].severity).toBe("error");
      expect(app.sheet(MANAGED_SHEETS.result)).toBeUndefined();
      expect(app.log.count((c) => /\.(set|insert|clear)/.test(c))).toBe(0);
      return;
    }
    expect(res.ok).toBe(true);
    for (const plan of planned.plans.filter((p) => p.mode === "replace")) {
      expectPlanWritten(app.sheet(plan.sheet)!, plan);
    }
    for (const plan of planned.plans.filter((p) => p.mode === "overlay")) {
      for (const v of plan.validations) {
        const cell = app.sheet(plan.sheet)!.peek(v.range.row, v.range.col);
        expect(cell?.validation?.list).toEqual(v.list);
      }
    }
    const result = app.sheet(MANAGED_SHEETS.result)!;
    expect(String(result.text("A1")).startsWith(MARKER_PREFIX)).toBe(true);
    expect(res.writes.find((w) => w.sheet === MANAGED_SHEETS.result)?.formulas).toBeGreaterThan(0);
    expect(res.message).toMatch(/^Selesai menulis 'Hasil Renaksi'!A1:/);
  });

  it("returns Klungkung's aspect averages as live formulas with core's values", () => {
    const app = fakeWorkbook(SEED_GRIDS.klungkung);
    const res = serverFor(app).runCommand({ command: "fill", locale: "en" });
    const kelembagaan = res.summary!.aspects.find((a) => a.key === "kelembagaan")!;
    expect(kelembagaan.average).toBeCloseTo(19 / 6, 10);
    expect(res.summary!.aspects.map((a) => [a.key, a.suggestedPriority])).toEqual([
      ["kelembagaan", 4],
      ["sdm", 1],
      ["data", 2],
      ["partisipasi", 5],
      ["koordinasi", 3],
    ]);
    const sheet = app.sheet(MANAGED_SHEETS.result)!;
    const avgFormulas = [...sheet.cells.values()].filter((c) => c.formula?.startsWith("=AVERAGE("));
    expect(avgFormulas.length).toBeGreaterThanOrEqual(5);
    expect(res.message).toMatch(/^Wrote 'Hasil Renaksi'!A1:/);
  });

  it("returns the same timeline sheet on a re-run, replaced in place", () => {
    const app = fakeWorkbook(SEED_GRIDS.kapuas);
    const server = serverFor(app);
    const first = server.runCommand({ command: "timeline", granularity: "semester" });
    expect(first.ok).toBe(true);
    const tl = app.sheet(MANAGED_SHEETS.timeline)!;
    const plan = CORE.timeline(SEED_GRIDS.kapuas, { granularity: "semester" }).plans[0];
    expectPlanWritten(tl, plan);
    expect(tl.frozenRows).toBe(plan.frozen?.rows);
    const code = tl.peek(6, 1)?.value;
    applyExpected(app, [plan]);
    const second = server.runCommand({ command: "timeline", granularity: "semester" });
    expect(second.writes[0].replaced).toBe(true);
    expect(app.sheet(MANAGED_SHEETS.timeline)).toBe(tl);
    expect(tl.peek(6, 1)?.value).toBe(code);
    expect(app.book.sheets.filter((s) => s.name === MANAGED_SHEETS.timeline)).toHaveLength(1);
  });

  it("returns one priority chart after drawing it twice", () => {
    const app = fakeWorkbook(SEED_GRIDS.klungkung);
    const server = serverFor(app);
    server.runCommand({ command: "chart" });
    server.runCommand({ command: "chart" });
    const sheet = app.sheet(MANAGED_SHEETS.result)!;
    expect(sheet.charts).toHaveLength(1);
    const spec = CORE.chart(SEED_GRIDS.klungkung).plans[0].charts[0];
    expect(sheet.charts[0].options.title).toBe(spec.title);
    expect(sheet.charts[0].ranges[0]).toBe(
      `'Hasil Renaksi'!${a1(spec.categories.row, spec.categories.col)}:${a1(
        spec.categories.row + spec.categories.rows - 1,
        spec.categories.col,
      )}`,
    );
  });

  it("returns a new Renaksi sheet per template and never overwrites one", () => {
    const app = fakeWorkbook([]);
    app.addSheet("Sheet1");
    const server = serverFor(app);
    const a = server.runCommand({
      command: "template",
      startYear: 2022,
      endYear: 2024,
      instansi: "Kabupaten Klungkung",
      statementSet: "klungkung20",
    });
    const b = server.runCommand({ command: "template" });
    expect(a.writes[0].sheet).toBe("Renaksi");
    expect(b.writes[0].sheet).toBe("Renaksi (2)");
    const text = JSON.stringify(app.sheet("Renaksi")!.dump());
    expect(text).toMatch(/Kabupaten Klungkung/);
    expect(text).toMatch(/2022/);
    expect(JSON.stringify(app.sheet("Renaksi (2)")!.dump())).toMatch(/2026/);
  });

  it("returns Klungkung's timeline with every planned merge and column width", () => {
    const app = fakeWorkbook(SEED_GRIDS.klungkung);
    const [plan] = CORE.timeline(SEED_GRIDS.klungkung, { granularity: "quarter" }).plans;
    const res = serverFor(app).runCommand({ command: "timeline", granularity: "quarter" });
    const sheet = app.sheet(MANAGED_SHEETS.timeline)!;
    const planned = plan.merges.map((m) =>
      m.rows === 1 && m.cols === 1
        ? a1(m.row, m.col)
        : `${a1(m.row, m.col)}:${a1(m.row + m.rows - 1, m.col + m.cols - 1)}`,
    );
    expect(planned).toHaveLength(4); // Kode, Program, Pihak Terlibat, Waktu Pelaksanaan
    expect([...sheet.merges].sort()).toEqual([...planned].sort());
    expect(res.problems.map((p) => p.code)).not.toContain("sheets.mergesSkipped");
    for (const w of plan.columnWidths) {
      expect(sheet.widths.get(w.col)).toBe(charsToPixels(w.width));
    }
    expect(sheet.frozenRows).toBe(plan.frozen!.rows);
  });

  it("returns Klungkung's result with its text styles and widths as planned", () => {
    const app = fakeWorkbook(SEED_GRIDS.klungkung);
    const [plan] = CORE.fill(SEED_GRIDS.klungkung).plans;
    serverFor(app).runCommand({ command: "fill" });
    const sheet = app.sheet(MANAGED_SHEETS.result)!;
    for (const c of plan.cells) {
      const stored = sheet.peek(c.row, c.col);
      expect(stored?.fontWeight).toBe(c.style?.bold ? "bold" : "normal");
      expect(stored?.fontStyle).toBe(c.style?.italic ? "italic" : "normal");
      expect(stored?.fontColor ?? null).toBe(c.style?.fontColor ?? null);
    }
    expect(plan.cells.some((c) => c.style?.italic)).toBe(true);
    for (const w of plan.columnWidths) {
      expect(sheet.widths.get(w.col)).toBe(charsToPixels(w.width));
    }
  });

  it("returns the analysis and writes nothing for analyze", () => {
    const app = fakeWorkbook(SEED_GRIDS.cilacap);
    const res = serverFor(app).runCommand({ command: "analyze" });
    expect(res.writes).toEqual([]);
    expect(res.summary!.aspects).toHaveLength(5);
    expect(res.summary!.statements).toBe(22);
    expect(app.log.count((c) => /\.(set|insert|clear|remove|merge)/.test(c))).toBe(0);
  });

  describe("edge cases", () => {
    it("returns refused with the cell and writes nothing when the result sheet is the user's", () => {
      const app = fakeWorkbook(SEED_GRIDS.klungkung);
      const mine = app.addSheet(MANAGED_SHEETS.result, [["Catatan rapat"]]);
      const res = serverFor(app).runCommand({ command: "fill" });
      expect(res.refused).toBe(true);
      expect(res.problems[0]).toMatchObject({
        code: "write.notOurs",
        cell: "'Hasil Renaksi'!A1",
      });
      expect(res.message).toBe("Tidak ada yang ditulis: perbaiki masalah berikut dulu.");
      expect(mine.dump()).toEqual([["Catatan rapat"]]);
      expect(app.log.count((c) => /\.(set|insert|clear)/.test(c))).toBe(0);
    });

    it("returns core's refusal with the problems' cells and writes nothing", () => {
      const grids = SEED_GRIDS.sumbar.filter((g) => g.sheet !== "Program");
      const app = fakeWorkbook(grids);
      const res = serverFor(app).runCommand({ command: "timeline" });
      expect(res.refused).toBe(true);
      expect(res.problems.some((p) => p.code === "timeline.empty")).toBe(true);
      expect(app.sheet(MANAGED_SHEETS.timeline)).toBeUndefined();
    });

    it("returns an error value instead of throwing when the spreadsheet fails", () => {
      const app = fakeWorkbook(SEED_GRIDS.kapuas);
      app.book.insertSheet = () => {
        throw new Error("Service Spreadsheets timed out");
      };
      const res = serverFor(app).runCommand({ command: "timeline", locale: "en" });
      expect(res.ok).toBe(false);
      expect(res.problems[0].messageEn).toBe("Unexpected error: Service Spreadsheets timed out");
      expect(res.message).toMatch(/^Failed: /);
    });

    it("returns the menu items and a toast or an alert from the menu", () => {
      const app = fakeWorkbook(SEED_GRIDS.kapuas);
      onOpen(app.api);
      expect(app.ui.menus[0].items.map((i) => i.caption)).toEqual([
        "Buka panel Renaksi",
        "Sisipkan templat",
        "Analisis",
        "Isi hasil",
        "Bagan prioritas",
        "Timeline program",
        "Monev semester",
      ]);
      runFromMenu(app.api, serverFor(app), "timeline");
      expect(app.book.toasts[0]).toMatchObject({ title: "Timeline program" });
      app.addSheet(MANAGED_SHEETS.result, [["bukan Renaksi"]]);
      runFromMenu(app.api, serverFor(app), "fill");
      expect(app.ui.alerts[0]).toMatch(/'Hasil Renaksi'!A1: Lembar "Hasil Renaksi" sudah ada/);
    });

    it("returns a sentence per written sheet in both languages, worded and counted by core", () => {
      const w = {
        sheet: "Timeline Program",
        mode: "replace" as const,
        range: "'Timeline Program'!A1:H40",
        address: "'Timeline Program'!A1:H40",
        cells: 300,
        formulas: 0,
        validations: 1,
        conditionalFormats: 4,
        charts: 0,
        replaced: true,
      };
      const overlay = {
        ...w,
        sheet: "Asesmen",
        mode: "overlay" as const,
        address: "Asesmen!D5:D26",
        cells: 0,
        validations: 5,
        conditionalFormats: 0,
      };
      expect(describeWrites([w, overlay], "id")).toBe(
        "Selesai menulis 'Timeline Program'!A1:H40: 300 sel, 1 daftar pilihan, 4 aturan format bersyarat\n" +
          "Selesai menulis Asesmen!D5:D26: 5 daftar pilihan",
      );
      expect(describeWrites([w], "en")).toBe(
        "Wrote 'Timeline Program'!A1:H40: 300 cells, 1 dropdowns, 4 conditional format rules",
      );
    });
  });
});

describe("selectCell", () => {
  it("returns ok and activates a quoted sheet's range", () => {
    const app = fakeWorkbook(SEED_GRIDS.kapuas);
    const res = serverFor(app).selectCell("'Indikator Keberhasilan'!B3:C4");
    expect(res.ok).toBe(true);
    expect(app.book.activeCell).toBe("'Indikator Keberhasilan'!B3:C4");
    expect(app.book.active?.name).toBe("Indikator Keberhasilan");
  });

  describe("edge cases", () => {
    it("returns ok=false for an unknown sheet or a malformed address", () => {
      const app = fakeWorkbook(SEED_GRIDS.kapuas);
      expect(serverFor(app).selectCell("Tidak Ada!A1").ok).toBe(false);
      expect(serverFor(app).selectCell("A1").ok).toBe(false);
    });
  });
});
