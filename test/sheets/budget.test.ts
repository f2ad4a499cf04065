import { SEED_GRIDS } from "../fixtures/grids";
import { bigProgramGrid } from "../fixtures/grids/synthetic";
import type { Grid } from "../../core/grid";
import {
  BLOCK_WRITES_PER_SHEET,
  isBlockWrite,
  PER_CELL_METHODS,
  readCalls,
  WRITE_CALLS_MAX,
} from "../../sheets-script/src/adapter/budget";
import { COMMANDS, type CommandName } from "../../sheets-script/src/server/api";
import { fakeWorkbook, serverFor } from "./workbook";
import type { CallLog } from "./fake-spreadsheet";

/** Klungkung's workbook with its program matrix replaced by 10,000 activities (same sheets). */
const KLUNGKUNG_10K: Grid[] = SEED_GRIDS.klungkung.map((g) =>
  g.sheet === "Program" ? { ...bigProgramGrid(10000, 2022, 2024), sheet: "Program" } : g,
);

function run(
  grids: Grid[],
  command: CommandName,
): { log: CallLog; written: number; ok: boolean; rows: number } {
  const app = fakeWorkbook(grids);
  const res = serverFor(app).runCommand({ command, granularity: "quarter" });
  const rows = app.sheet(res.writes[0]?.sheet ?? "")?.extent().rows ?? 0;
  return { log: app.log, written: res.writes.length, ok: res.ok, rows };
}

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
      const sheetsRead = command === "template" ? 0 : sheets;
      expect(log.named("getValues")).toBe(sheetsRead);
      const writes = log.count() - readCalls(sheets, sheetsRead);
      expect(writes).toBeLessThanOrEqual(WRITE_CALLS_MAX);
      expect(log.count(isBlockWrite)).toBeLessThanOrEqual(BLOCK_WRITES_PER_SHEET * written);
      for (const m of PER_CELL_METHODS) expect(log.named(m)).toBe(0);
    }
  });

  it("returns the timeline's exact call list on Klungkung (any change to it is deliberate)", () => {
    const { log } = run(SEED_GRIDS.klungkung, "timeline");
    expect(log.count()).toBe(readCalls(5, 5) + 33);
    expect(log.named("setValues")).toBe(1);
    expect(log.named("setBackgrounds")).toBe(1);
    expect(log.named("setNumberFormats")).toBe(1);
    expect(log.named("setDataValidations")).toBe(1);
    expect(log.named("setConditionalFormatRules")).toBe(1);
  });

  describe("edge cases", () => {
    it("returns a re-run within the budget (the previous run cleared in one call)", () => {
      const app = fakeWorkbook(KLUNGKUNG_10K);
      const server = serverFor(app);
      server.runCommand({ command: "timeline" });
      app.log.reset();
      server.runCommand({ command: "timeline" });
      expect(app.log.named("clear")).toBe(1);
      expect(app.log.named("insertSheet")).toBe(0);
      expect(app.log.count() - readCalls(6, 6)).toBeLessThanOrEqual(WRITE_CALLS_MAX);
    });

    it("returns the analyze command without any write", () => {
      const { log } = run(KLUNGKUNG_10K, "analyze");
      expect(log.count()).toBe(readCalls(5, 5));
      expect(log.count(isBlockWrite)).toBe(0);
    });
  });
});
