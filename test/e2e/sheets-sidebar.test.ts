/**
 * The BUILT sidebar (dist/sheets-script/Sidebar.html) in headless Chromium. google.script.run is
 * faked in the page and forwards each call to the real server code (sheets-script/src/server)
 * running in node against the counting fake spreadsheet, loaded with Klungkung's workbook.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { MANAGED_SHEETS } from "../../core/model/managed-sheet";
import { SEED_GRIDS } from "../fixtures/grids";
import { EXAMPLES } from "../../cli/examples-build";
import { DIST, ensureSheetsBuild } from "../sheets/build";
import { fakeWorkbook, serverFor } from "../sheets/workbook";
import type { FakeSpreadsheetApp } from "../sheets/fake-spreadsheet";
import type { ServerApi } from "../../sheets-script/src/server/api";
import { brokenHeaderWords, launchChromium } from "./chromium";

const URL = "https://sidebar.renaksi.test/Sidebar.html";

const FAKE_RUN = `
  (() => {
    const names = ["runCommand", "selectCell"];
    const runner = () => {
      let ok = () => undefined;
      let fail = () => undefined;
      const r = {
        withSuccessHandler(f) { ok = f; return r; },
        withFailureHandler(f) { fail = f; return r; },
      };
      for (const n of names) {
        r[n] = (...args) => {
          window.__calls = (window.__calls || []).concat([n]);
          window.__server(n, JSON.stringify(args)).then((v) => ok(JSON.parse(v)), (e) => fail(e));
        };
      }
      return r;
    };
    window.google = { script: { get run() { return runner(); } } };
  })();
`;

let browser: Browser;
let page: Page;
let app: FakeSpreadsheetApp;
let server: ServerApi;

beforeAll(async () => {
  ensureSheetsBuild();
  browser = await launchChromium();
}, 240000);

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  app = fakeWorkbook(SEED_GRIDS.klungkung);
  server = serverFor(app);
  page = await browser.newPage();
  const html = fs.readFileSync(path.join(DIST, "Sidebar.html"), "utf8");
  await page.route("**/*", (route) => {
    if (route.request().url() === URL) {
      return route.fulfill({ status: 200, contentType: "text/html", body: html });
    }
    return route.abort();
  });
  await page.exposeFunction("__server", (name: keyof ServerApi, args: string) => {
    const parsed = JSON.parse(args) as unknown[];
    const fn = server[name] as (...a: unknown[]) => unknown;
    return JSON.stringify(fn(...parsed));
  });
  await page.addInitScript(FAKE_RUN);
  await page.goto(URL);
  await page.waitForSelector("body[data-ready=true]");
});

afterEach(async () => {
  await page?.close();
});

async function click(command: string): Promise<string> {
  await page.click(`button[data-command=${command}]`);
  await page.waitForFunction(
    (c) => document.body.dataset.lastCommand === c && !document.body.classList.contains("busy"),
    command,
  );
  return (await page.textContent("#status")) ?? "";
}

describe("Sidebar.html", () => {
  it("returns Indonesian labels by default and English after the switch", async () => {
    expect(await page.textContent("button[data-command=fill]")).toBe("Isi hasil");
    expect(await page.textContent("button[data-command=timeline]")).toBe("Timeline program");
    await page.click("#lang");
    expect(await page.textContent("button[data-command=fill]")).toBe("Fill results");
    expect(await page.textContent("#lang")).toBe("Bahasa Indonesia");
    expect(await page.getAttribute("html", "lang")).toBe("en");
  });

  it("returns each command's result when its button is clicked", async () => {
    // the plan's commands first, the template folded away last
    const order = await page.$$eval("button[data-command]", (bs) =>
      bs.map((b) => b.getAttribute("data-command")),
    );
    expect(order).toEqual(["analyze", "fill", "chart", "timeline", "monev", "template"]);
    const analyze = await click("analyze");
    expect(analyze).toMatch(/^Analisis selesai/);
    expect(await page.locator("#summary tr[data-aspect]").count()).toBe(5);
    // by priority like Excel's pane, same decimals, and the table fits the 300 px sidebar
    const rows = await page.$$eval("#summary tr[data-aspect]", (trs) =>
      trs.map((tr) => [...tr.children].slice(0, 3).map((td) => td.textContent)),
    );
    expect(rows).toEqual([
      ["1", "Sumber Daya Manusia", "3,00"],
      ["2", "Pemanfaatan Data & Optimalisasi Aplikasi", "3,00"],
      ["3", "Koordinasi, Pemantauan & Evaluasi", "3,00"],
      ["4", "Kebijakan & Kelembagaan", "3,17"],
      ["5", "Partisipasi Pemangku Kepentingan", "3,67"],
    ]);
    await page.setViewportSize({ width: 300, height: 900 });
    expect(await page.evaluate(() => document.body.scrollWidth <= window.innerWidth)).toBe(true);
    // core's short headers, each word whole on its line at 300 px ("Prio|ritas" was broken)
    expect(await page.$$eval("#summary th", (ths) => ths.map((th) => th.textContent))).toEqual([
      "Prioritas",
      "Aspek",
      "Rata-rata",
      "Usulan",
      "Kesenjangan",
    ]);
    expect(await page.evaluate(brokenHeaderWords, "#summary th")).toEqual([]);
    // errors and warnings come before the analysis table
    expect(
      await page.evaluate(() => {
        const p = document.querySelector("#problems");
        const s = document.querySelector("#summary");
        return !!p && !!s && !!(p.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect(app.sheet(MANAGED_SHEETS.result)).toBeUndefined();

    const fill = await click("fill");
    expect(fill).toMatch(/^Selesai menulis 'Hasil Renaksi'!A1:/);
    expect(app.sheet(MANAGED_SHEETS.result)).toBeDefined();
    // A picture of the sidebar after fill, for reviewers: out/screenshots/sheets-sidebar.png
    const shots = path.join(__dirname, "..", "..", "out", "screenshots");
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, "sheets-sidebar.png"), fullPage: true });

    const chart = await click("chart");
    expect(chart).toMatch(/1 bagan/);
    expect(app.sheet(MANAGED_SHEETS.result)!.charts).toHaveLength(1);

    await page.selectOption("#granularity", "quarter");
    const timeline = await click("timeline");
    expect(timeline).toMatch(/^Selesai menulis 'Timeline Program'!A1:/);
    const tl = app.sheet(MANAGED_SHEETS.timeline)!;
    expect(JSON.stringify(tl.dump())).toMatch(/TW ?1|Q1/);

    await page.click("#templateBox summary");
    await page.fill("#instansi", "Kabupaten Klungkung");
    await page.fill("#startYear", "2022");
    await page.fill("#endYear", "2024");
    const template = await click("template");
    expect(template).toMatch(/^Selesai menulis Renaksi!A1:/);
    expect(JSON.stringify(app.sheet("Renaksi")!.dump())).toMatch(/Kabupaten Klungkung/);
    expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toEqual(
      ["runCommand", "runCommand", "runCommand", "runCommand", "runCommand"],
    );
  });

  it("returns the Monev report: semester picker, counts, % per aspect, lagging activities selecting their cell", async () => {
    app = fakeWorkbook(EXAMPLES.cilacap.grids);
    server = serverFor(app);
    const first = await click("monev");
    expect(first).toMatch(/^Selesai menulis 'Monev Renaksi'!A1:/);
    expect(await page.textContent("#monev .monev-counts")).toBe(
      "2022 S1: 35 direncanakan, 7 selesai (20%), 7 berjalan, 1 tertunda, 20 belum",
    );
    await page.selectOption("#semester", "2021-S2");
    await click("monev");
    expect(await page.textContent("#monev .monev-counts")).toBe(
      "2021 S2: 17 direncanakan, 10 selesai (59%), 3 berjalan, 3 tertunda, 1 belum",
    );
    expect(await page.locator("#monev tr[data-aspect]").count()).toBe(5);
    const lagging = page.locator("#lagging button");
    expect(await lagging.count()).toBe(7);
    const cell = (await lagging.nth(1).getAttribute("data-cell")) ?? "";
    expect(cell).toMatch(/^'Monev Renaksi'!G\d+$/);
    await lagging.nth(1).click();
    await page.waitForFunction(() =>
      (window as unknown as { __calls: string[] }).__calls.includes("selectCell"),
    );
    expect(app.book.activeCell).toBe(cell);
  });

  it("returns the status line naming the target sheet before the server answers", async () => {
    await page.evaluate(() => {
      // Hold the server's answer so the "before" line can be read.
      const w = window as unknown as {
        __server: (...a: unknown[]) => Promise<string>;
        __release?: () => void;
      };
      const real = w.__server;
      w.__server = (...a) =>
        new Promise((resolve) => {
          w.__release = () => resolve(real(...a));
        });
    });
    await page.click("button[data-command=timeline]");
    expect(await page.textContent("#status")).toMatch(/^Akan menulis ke lembar «Timeline Program»/);
    expect(await page.isDisabled("button[data-command=fill]")).toBe(true);
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await page.waitForFunction(() => document.body.dataset.lastCommand === "timeline");
    expect(await page.textContent("#status")).toMatch(/^Selesai menulis/);
  });

  describe("edge cases", () => {
    it("returns nothing written and the problem listed with its cell when the target is the user's sheet", async () => {
      app.addSheet(MANAGED_SHEETS.result, [["Catatan saya sendiri"]]);
      const status = await click("fill");
      expect(status).toMatch(/^Tidak ada yang ditulis/);
      const problem = page.locator("#problems button.problem").first();
      expect(await problem.getAttribute("data-cell")).toBe("'Hasil Renaksi'!A1");
      await problem.click();
      await page.waitForFunction(() =>
        ((window as unknown as { __calls: string[] }).__calls ?? []).includes("selectCell"),
      );
      for (let i = 0; i < 50 && app.book.activeCell === undefined; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(app.book.activeCell).toBe("'Hasil Renaksi'!A1");
      expect(app.sheet(MANAGED_SHEETS.result)!.dump()).toEqual([["Catatan saya sendiri"]]);
    });
  });
});
