import { SEED_GRIDS } from "../fixtures/grids";
import { bigProgramGrid } from "../fixtures/grids/synthetic";
import type { Grid } from "../../core/grid";
import {
  BLOCK_WRITES_PER_SHEET,
  ISSUE_CAP,
  isBlockWrite,
  isReadCall,
  PER_CELL_METHODS,
  readCalls,
  sheetsWithinCap,
  templateReadCalls,
  WRITE_BUDGET,
  WRITE_CALLS_MAX,
} from "../../sheets-script/src/adapter/budget";
import { COMMANDS, type CommandName } from "../../sheets-script/src/server/api";
import { fakeWorkbook, serverFor } from "./workbook";
import type { CallLog } from "./fake-spreadsheet";

/** Klungkung's workbook with its program matrix replaced by 10,000 activities (same sheets). */
const KLUNGKUNG_10K: Grid[] = SEED_GRIDS.klungkung.map((g) =>
  g.sheet === "Program" ? { ...bigProgramGrid(10000, 2022, 2024), sheet: "Program" } : g,
);

/** Klungkung's workbook plus `extra` sheets of notes (nothing core reads as a table). */
function withExtraSheets(extra: number): Grid[] {
  const notes = Array.from({ length: extra }, (_, i) => ({
    sheet: `Catatan ${i + 1}`,
    origin: { row: 1, col: 1 },
    values: [["Catatan rapat"]],
  }));
  return [...SEED_GRIDS.klungkung, ...notes];
}

function run(
  grids: Grid[],
  command: CommandName,
): { log: CallLog; written: number; ok: boolean; rows: number } {
  const app = fakeWorkbook(grids);
  const res = serverFor(app).runCommand({ command, granularity: "quarter" });
  const rows = app.sheet(res.writes[0]?.sheet ?? "")?.extent().rows ?? 0;
  return { log: app.log, written: res.writes.length, ok: res.ok, rows };
}

/** Calls on Klungkung's five-sheet workbook, first run (any change to them is deliberate). */
const KLUNGKUNG_CALLS: Record<CommandName, number> = {
  analyze: 12,
  template: 29,
  fill: 39,
  chart: 35,
  timeline: 32, // 37 before issue 10: the status validation, colours and merge moved to Monev Renaksi
  monev: 43, // Monev Renaksi: one block, 2 charts, status validation + colours, 6 column widths
};

describe("call budget", () => {
  it("returns a 10,000-activity program matrix with its own rows", () => {
    const program = KLUNGKUNG_10K.find((g) => g.sheet === "Program")!;
    expect(program.values.length).toBeGreaterThan(10000);
    expect(KLUNGKUNG_10K.map((g) => g.sheet)).toEqual(SEED_GRIDS.klungkung.map((g) => g.sheet));
  });

  it.each(COMMANDS)(
    "returns the same calls for %s on the seed and on 10,000 activities",
    (command) => {
      const seed = run(SEED_GRIDS.klungkung, command);
      const big = run(KLUNGKUNG_10K, command);
      expect(seed.ok).toBe(true);
      expect(big.ok).toBe(true);
      expect(big.log.byMethod()).toEqual(seed.log.byMethod());
    },
  );

  it.each(COMMANDS)("returns %s within the budget at both sizes", (command) => {
    for (const grids of [SEED_GRIDS.klungkung, KLUNGKUNG_10K]) {
      const { log, written } = run(grids, command);
      const sheets = grids.length;
      const reads = command === "template" ? templateReadCalls(sheets) : readCalls(sheets, sheets);
      expect(log.named("getSheetValues")).toBe(command === "template" ? 0 : sheets);
      expect(log.named("getValues")).toBe(0);
      expect(log.count(isReadCall)).toBe(reads);
      const writes = log.count() - reads;
      expect(writes).toBeLessThanOrEqual(WRITE_BUDGET[command]);
      expect(log.count(isBlockWrite)).toBeLessThanOrEqual(BLOCK_WRITES_PER_SHEET * written);
      for (const m of PER_CELL_METHODS) expect(log.named(m)).toBe(0);
    }
  });

  it.each(COMMANDS)("returns %s with Klungkung's exact call count", (command) => {
    const { log } = run(SEED_GRIDS.klungkung, command);
    expect(log.count()).toBe(KLUNGKUNG_CALLS[command]);
  });

  it.each(COMMANDS)("returns at most one builder factory per kind for %s", (command) => {
    const { log } = run(SEED_GRIDS.klungkung, command);
    expect(log.named("newDataValidation")).toBeLessThanOrEqual(1);
    expect(log.named("newConditionalFormatRule")).toBeLessThanOrEqual(1);
    expect(log.named("newTextStyle")).toBeLessThanOrEqual(1);
    // One chart builder per chart: Monev Renaksi draws two (per aspect, capaian), the others one.
    expect(log.named("newChart")).toBeLessThanOrEqual(command === "monev" ? 2 : 1);
  });

  it("returns the timeline's call list on Klungkung, one call per property", () => {
    const { log } = run(SEED_GRIDS.klungkung, "timeline");
    expect(log.count()).toBe(readCalls(5, 5) + 20);
    expect(log.byMethod()).toMatchObject({
      "Range.setValues": 1,
      "Range.setBackgrounds": 1,
      "Range.setNumberFormats": 1,
      "Range.setTextStyles": 1,
      "Sheet.getRangeList": 2,
      "RangeList.getRanges": 1,
      "Range.mergeVertically": 1,
      "Range.merge": 1,
      "Sheet.setColumnWidths": 3,
    });
    expect(log.named("setFontWeights") + log.named("setFontStyles")).toBe(0);
    expect(log.named("getRange")).toBe(0);
  });

  it("returns the fill's chart and overlay without a chart look-up on a new sheet", () => {
    const { log } = run(SEED_GRIDS.klungkung, "fill");
    expect(log.named("getCharts")).toBe(0);
    expect(log.named("insertChart")).toBe(1);
    expect(log.named("setColumnWidths")).toBe(4); // result widths share one stroke (issue 11)
    expect(log.named("hideColumns")).toBe(1); // the chart's order helper
    expect(log.named("getDataValidations")).toBe(1);
  });

  it("returns analyze within the issue's cap of 15 calls up to six sheets", () => {
    expect(sheetsWithinCap("analyze")).toBe(6);
    expect(run(SEED_GRIDS.klungkung, "analyze").log.count()).toBe(12);
    expect(run(withExtraSheets(1), "analyze").log.count()).toBe(14);
    expect(run(withExtraSheets(1), "analyze").log.count()).toBeLessThanOrEqual(ISSUE_CAP);
    expect(run(withExtraSheets(2), "analyze").log.count()).toBe(16);
  });

  describe("edge cases", () => {
    it("returns no workbook size for which a writing command fits the literal cap", () => {
      for (const command of ["template", "fill", "chart", "timeline"] as const) {
        expect(sheetsWithinCap(command)).toBe(0);
      }
      expect(templateReadCalls(1) + WRITE_BUDGET.template).toBeGreaterThan(ISSUE_CAP);
    });

    it("returns a re-run within the budget (the previous run cleared in one call)", () => {
      const app = fakeWorkbook(KLUNGKUNG_10K);
      const server = serverFor(app);
      server.runCommand({ command: "timeline" });
      app.log.reset();
      server.runCommand({ command: "timeline" });
      expect(app.log.named("clear")).toBe(1);
      expect(app.log.named("insertSheet")).toBe(0);
      expect(app.log.count(isReadCall)).toBe(readCalls(6, 6));
      expect(app.log.count() - readCalls(6, 6)).toBeLessThanOrEqual(WRITE_BUDGET.timeline);
    });

    it("returns a fill re-run within the budget, its chart replaced", () => {
      const app = fakeWorkbook(SEED_GRIDS.klungkung);
      const server = serverFor(app);
      server.runCommand({ command: "fill" });
      app.log.reset();
      server.runCommand({ command: "fill" });
      expect(app.log.named("getCharts")).toBe(1);
      expect(app.log.named("removeChart")).toBe(1);
      expect(app.log.count() - readCalls(6, 6)).toBeLessThanOrEqual(WRITE_BUDGET.fill);
      // Monev Renaksi's re-run (two charts replaced) is now the largest budget, not fill's.
      expect(WRITE_CALLS_MAX).toBe(WRITE_BUDGET.monev);
    });

    it("returns a monev re-run within the budget, both charts replaced", () => {
      const app = fakeWorkbook(KLUNGKUNG_10K);
      const server = serverFor(app);
      server.runCommand({ command: "monev" });
      app.log.reset();
      server.runCommand({ command: "monev" });
      expect(app.log.named("removeChart")).toBe(2);
      expect(app.log.count() - readCalls(6, 6)).toBe(WRITE_BUDGET.monev);
    });

    it("returns the analyze command without any write", () => {
      const { log } = run(KLUNGKUNG_10K, "analyze");
      expect(log.count()).toBe(readCalls(5, 5));
      expect(log.count(isBlockWrite)).toBe(0);
    });

    it("returns the template's fresh name from one read of the sheet names", () => {
      const app = fakeWorkbook(SEED_GRIDS.klungkung);
      const server = serverFor(app);
      server.runCommand({ command: "template" });
      app.log.reset();
      const res = server.runCommand({ command: "template" });
      expect(res.writes[0].sheet).toBe("Renaksi (2)");
      expect(app.log.named("getSheetByName")).toBe(0);
      expect(app.log.count(isReadCall)).toBe(templateReadCalls(6));
    });
  });
});
