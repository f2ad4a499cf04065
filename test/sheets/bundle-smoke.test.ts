/**
 * Smoke test of the BUILT bundle: dist/sheets-script/Code.js runs in node:vm with fake Apps Script
 * globals, the way the Apps Script runtime loads it (top-level functions, no module system).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { MANAGED_SHEETS, MARKER_PREFIX } from "../../core/model/managed-sheet";
import { SEED_GRIDS } from "../fixtures/grids";
import type { CommandResponse, SelectResult } from "../../sheets-script/src/server/api";
import { FakeHtmlService, type FakeSpreadsheetApp } from "./fake-spreadsheet";
import { DIST, ensureSheetsBuild } from "./build";
import { CORE, fakeWorkbook } from "./workbook";

interface Bundle {
  onOpen(): void;
  showSidebar(): void;
  menuTemplate(): void;
  menuAnalyze(): void;
  menuFill(): void;
  menuChart(): void;
  menuTimeline(): void;
  runCommand(req: unknown): CommandResponse;
  selectCell(a1: string): SelectResult;
}

let code = "";
beforeAll(() => {
  ensureSheetsBuild();
  code = fs.readFileSync(path.join(DIST, "Code.js"), "utf8");
}, 240000);

function load(app: FakeSpreadsheetApp): { ctx: Bundle; html: FakeHtmlService } {
  const html = new FakeHtmlService();
  const ctx = vm.createContext({
    SpreadsheetApp: app.api,
    HtmlService: html,
    Session: { getActiveUserLocale: () => "id" },
    Logger: { log: () => undefined },
    console,
  });
  vm.runInContext(code, ctx, { filename: "Code.js" });
  return { ctx: ctx as unknown as Bundle, html };
}

describe("Code.js (built bundle)", () => {
  it("returns top-level functions for every public entry point", () => {
    for (const fn of [
      "onOpen",
      "showSidebar",
      "menuTemplate",
      "menuAnalyze",
      "menuFill",
      "menuChart",
      "menuTimeline",
      "runCommand",
      "selectCell",
    ]) {
      expect(code).toMatch(new RegExp(`^function ${fn}\\(`, "m"));
    }
  });

  it("returns the Renaksi menu from onOpen and opens the sidebar", () => {
    const app = fakeWorkbook(SEED_GRIDS.klungkung);
    const { ctx, html } = load(app);
    ctx.onOpen();
    const menu = app.ui.menus[0];
    expect(menu.caption).toBe("Renaksi");
    expect(menu.added).toBe(true);
    expect(menu.items.map((i) => i.fn)).toEqual([
      "showSidebar",
      "menuTemplate",
      "menuAnalyze",
      "menuFill",
      "menuChart",
      "menuTimeline",
      "menuMonev",
    ]);
    expect(menu.items.map((i) => i.caption)).toContain("Timeline program");
    ctx.showSidebar();
    expect(html.created).toEqual([{ file: "Sidebar", title: "Renaksi" }]);
    expect(app.ui.sidebars).toHaveLength(1);
  });

  it.each(Object.keys(SEED_GRIDS) as (keyof typeof SEED_GRIDS)[])(
    "returns every command's result on the %s workbook",
    (seed) => {
      const app = fakeWorkbook(SEED_GRIDS[seed]);
      const { ctx } = load(app);
      const userSheets = app.book.sheets.map((s) => [s.name, JSON.stringify(s.dump())]);

      const analyzed = ctx.runCommand({ command: "analyze" });
      expect(analyzed.summary?.aspects).toHaveLength(5);
      expect(app.log.count((c) => /\.set|insert|clear/.test(c))).toBe(0);

      const grids = SEED_GRIDS[seed];
      const refusedByCore = CORE.fill(grids).refused;
      const filled = ctx.runCommand({ command: "fill" });
      const charted = ctx.runCommand({ command: "chart" });
      const timeline = ctx.runCommand({ command: "timeline", granularity: "semester" });
      // The menu handlers run the same commands and report with a toast (or an alert);
      // run before the template, whose blank matrices would make the analysis refuse.
      ctx.menuChart();
      const afterMenu = app.sheet(MANAGED_SHEETS.result);
      if (afterMenu) {
        // Kapuas has no assessment: a note instead of an empty chart frame (issue 11).
        expect(afterMenu.charts).toHaveLength(CORE.chart(grids).plans[0].charts.length);
        expect(app.book.toasts.at(-1)?.msg).toMatch(/^Selesai menulis/);
      } else {
        expect(app.ui.alerts.at(-1)).toMatch(/^Tidak ada yang ditulis/);
      }
      const template = ctx.runCommand({ command: "template", startYear: 2022, endYear: 2024 });
      expect(filled.refused).toBe(refusedByCore);
      expect(charted.refused).toBe(refusedByCore);
      expect(timeline.refused).toBe(CORE.timeline(grids).refused);
      expect(template.refused).toBe(false);
      expect(app.sheet("Renaksi")).toBeDefined();
      for (const res of [filled, charted, timeline]) {
        expect(res.writes.length > 0).toBe(!res.refused);
      }
      const result = app.sheet(MANAGED_SHEETS.result);
      expect(result === undefined).toBe(refusedByCore);
      if (result) {
        expect(String(result.text("A1")).startsWith(MARKER_PREFIX)).toBe(true);
        expect(result.charts).toHaveLength(CORE.chart(grids).plans[0].charts.length);
      }
      const tl = app.sheet(MANAGED_SHEETS.timeline);
      if (tl) expect(tl.frozenRows).toBeGreaterThan(0);
      // The user's own sheets are untouched (values).
      for (const [name, dump] of userSheets) {
        expect(JSON.stringify(app.sheet(name)!.dump())).toBe(dump);
      }
    },
  );

  describe("edge cases", () => {
    it("returns the problem cell activated by selectCell", () => {
      const app = fakeWorkbook(SEED_GRIDS.luwu);
      const { ctx } = load(app);
      const sheet = SEED_GRIDS.luwu[0].sheet;
      const res = ctx.selectCell(`${sheet}!D14`);
      expect(res.ok).toBe(true);
      expect(app.book.activeCell).toBe(`${sheet}!D14`);
      expect(ctx.selectCell("not a cell").ok).toBe(false);
    });
  });
});
