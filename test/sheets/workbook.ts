/**
 * Test helpers: a counting fake spreadsheet loaded with a seed workbook (Grid[]), and the real
 * server wired to it.
 */
import type { Grid } from "../../core/grid";
import type { SheetPlan } from "../../core/layout/sheet-plan";
import * as core from "../../core/index";
import { createServer, type CoreCommands } from "../../sheets-script/src/server/commands";
import type { ServerApi } from "../../sheets-script/src/server/api";
import { FakeSpreadsheetApp } from "./fake-spreadsheet";

export const CORE: CoreCommands = {
  analyze: core.analyze,
  fill: core.fill,
  chart: core.chart,
  timeline: core.timeline,
  monev: core.monev,
  template: core.template,
};

/** A fake spreadsheet holding the grids at their origins (sheets in order). */
export function fakeWorkbook(grids: readonly Grid[]): FakeSpreadsheetApp {
  const app = new FakeSpreadsheetApp();
  for (const g of grids) {
    const s = app.sheet(g.sheet) ?? app.addSheet(g.sheet);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") s.cell(g.origin.row + r, g.origin.col + c).value = v;
      }),
    );
  }
  return app;
}

export function serverFor(app: FakeSpreadsheetApp): ServerApi {
  return createServer({ app: app.api, core: CORE, thisYear: () => 2024 });
}

/** Gives every formula cell the value core computed (the fake has no formula engine). */
export function applyExpected(app: FakeSpreadsheetApp, plans: readonly SheetPlan[]): void {
  for (const plan of plans) {
    const sheet = app.sheet(plan.sheet);
    if (!sheet) continue;
    for (const c of plan.cells) {
      if (c.formula !== undefined && c.expected !== undefined) {
        sheet.cell(c.row, c.col).computed = c.expected;
      }
    }
  }
}
