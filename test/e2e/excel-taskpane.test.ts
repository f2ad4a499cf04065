/**
 * The built taskpane (dist/excel-addin) in headless Chromium, with a fake office.js answered in
 * place of Microsoft's CDN script and every other outside URL blocked. Clicks every data-command
 * button on the Klungkung workbook and checks what was written in the fake Excel and shown.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import * as ts from "typescript";
import type { Browser, Page } from "playwright-core";
import { brokenHeaderWords, launchChromium } from "./chromium";
import { klungkung } from "../fixtures/grids";

const root = path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist", "excel-addin");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Newest modification time of the files the bundle is built from. */
function newestSource(): number {
  let newest = fs.statSync(path.join(root, "manifest.xml")).mtimeMs;
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(path.join(root, "excel-addin"));
  walk(path.join(root, "core"));
  return newest;
}

/** Build dist/excel-addin when it is missing or older than its sources (CI builds it first). */
function ensureBuilt(): void {
  const bundle = path.join(dist, "taskpane.js");
  if (
    fs.existsSync(path.join(dist, "taskpane.html")) &&
    fs.existsSync(bundle) &&
    fs.statSync(bundle).mtimeMs >= newestSource()
  )
    return;
  execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--config",
      "excel-addin/webpack.config.js",
      "--mode",
      "production",
    ],
    { cwd: root, stdio: "pipe" },
  );
}

/** test/excel/fake-excel.ts as a browser script that installs window.Office / window.Excel. */
function fakeOfficeScript(): string {
  const src = fs.readFileSync(path.join(root, "test", "excel", "fake-excel.ts"), "utf8");
  const js = ts.transpileModule(src, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS },
  }).outputText;
  const sheets = klungkung.map((g) => ({ sheet: g.sheet, origin: g.origin, values: g.values }));
  return `(function () { var exports = {}; var module = { exports: exports };\n${js}\n
    var fake = exports.createFakeOffice(${JSON.stringify({ sheets, apiVersion: "1.18" })});
    window.__fake = fake; window.Office = fake.Office; window.Excel = fake.Excel; })();`;
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
};

describe("excel taskpane in Chromium", () => {
  let server: http.Server;
  let base = "";
  let browser: Browser;
  let page: Page;
  const blocked: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = http.createServer((req, res) => {
      const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(
        /^\/+/,
        "",
      );
      const file = path.join(dist, rel);
      if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    const script = fakeOfficeScript();
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS)
        return route.fulfill({ status: 200, contentType: "text/javascript", body: script });
      if (url.startsWith(base)) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(
      () => !(document.querySelector('[data-command="analyze"]') as HTMLButtonElement).disabled,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function click(command: string): Promise<string> {
    const before = await page.evaluate(
      () => (window as unknown as { __fake: { stats: { runs: number } } }).__fake.stats.runs,
    );
    await page.click(`button[data-command="${command}"]`);
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __fake: { stats: { runs: number } } }).__fake.stats.runs > n &&
        !(document.querySelector("button[data-command]") as HTMLButtonElement).disabled,
      before,
    );
    return page.locator("#status").innerText();
  }

  const read = (sheet: string, address: string) =>
    page.evaluate(
      ([s, a]) =>
        (
          window as unknown as { __fake: { read: (s: string, a: string) => unknown[][] } }
        ).__fake.read(s, a),
      [sheet, address],
    );

  it("returns the six commands as buttons with Indonesian labels from the dictionary", async () => {
    const labels = await page.$$eval("button[data-command]", (bs) =>
      bs.map((b) => [b.getAttribute("data-command"), b.textContent]),
    );
    expect(labels).toEqual([
      ["analyze", "Analisis"],
      ["fill", "Isi hasil"],
      ["chart", "Bagan prioritas"],
      ["timeline", "Timeline program"],
      ["monev", "Monev semester"],
      ["template", "Sisipkan templat"],
    ]);
    expect(await page.locator("#office-missing").isHidden()).toBe(true);
  });

  it("returns Klungkung's averages and priorities on analyze, writing nothing", async () => {
    const status = await click("analyze");
    expect(status).toContain("Dibaca: 5 lembar");
    const rows = await page.$$eval("#aspects tbody tr.aspect", (trs) =>
      trs.map((tr) => [...tr.children].slice(0, 3).map((td) => td.textContent)),
    );
    // the same decimals throughout: "3,00" beside "3,17" (as the sheet's number format)
    expect(rows).toEqual([
      ["1", "Sumber Daya Manusia", "3,00"],
      ["2", "Pemanfaatan Data & Optimalisasi Aplikasi", "3,00"],
      ["3", "Koordinasi, Pemantauan & Evaluasi", "3,00"],
      ["4", "Kebijakan & Kelembagaan", "3,17"],
      ["5", "Partisipasi Pemangku Kepentingan", "3,67"],
    ]);
    // no internal identifiers: the tables found are named in words
    const meta = await page.$$eval("#result .meta", (ps) => ps.map((p) => p.textContent ?? ""));
    expect(meta.join(" ")).toContain("Matriks asesmen (");
    expect(meta.join(" ")).not.toMatch(/informasiUmum|assessment|successIndicators/);
    const sheets = await page.evaluate(() =>
      (
        window as unknown as { __fake: { state: { sheets: { name: string }[] } } }
      ).__fake.state.sheets.map((s) => s.name),
    );
    expect(sheets).toEqual(klungkung.map((g) => g.sheet));
    // A picture of the pane for reviewers (not compared): out/screenshots/excel-taskpane.png
    fs.mkdirSync(path.join(root, "out", "screenshots"), { recursive: true });
    await page.setViewportSize({ width: 350, height: 900 });
    // every table fits the pane: no column clipped behind a horizontal scroll bar
    const overflow = await page.$eval("#result", (r) => r.scrollWidth - r.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // the sidebar's headers (core's), no word broken ("Pri|oritas" was)
    expect(await page.$$eval("#aspects th", (ths) => ths.map((th) => th.textContent))).toEqual([
      "Prioritas",
      "Aspek",
      "Rata-rata",
      "Usulan",
      "Kesenjangan",
    ]);
    expect(await page.evaluate(brokenHeaderWords, "#aspects th")).toEqual([]);
    await page.screenshot({
      path: path.join(root, "out", "screenshots", "excel-taskpane.png"),
      fullPage: true,
    });
  });

  it("returns the result sheet written on fill, saying where before and what after", async () => {
    const status = await click("fill");
    expect(status).toMatch(/Akan menulis ke 'Hasil Renaksi'!A1:[A-Z]+\d+ \(\d+ sel\)/);
    expect(status).toMatch(/Selesai menulis 'Hasil Renaksi'!A1:[A-Z]+\d+: \d+ sel, [1-9]\d* rumus/);
    const a1 = (await read("Hasil Renaksi", "A1"))[0][0];
    expect(String(a1).startsWith("RENAKSI |")).toBe(true);
    const all = (await read("Hasil Renaksi", "A1:P60")).flat().map(String);
    expect(all.some((v) => v.startsWith("=AVERAGE("))).toBe(true);
    // A picture of the pane after fill, for reviewers: out/screenshots/excel-taskpane-fill.png
    await page.screenshot({
      path: path.join(root, "out", "screenshots", "excel-taskpane-fill.png"),
      fullPage: true,
    });
  });

  it("returns one native chart on chart, still one after a second click", async () => {
    await click("chart");
    await click("chart");
    const charts = await page.evaluate(() =>
      (
        window as unknown as {
          __fake: { state: { sheets: { name: string; charts: { name: string }[] }[] } };
        }
      ).__fake.state.sheets.flatMap((s) => s.charts.map((c) => `${s.name}/${c.name}`)),
    );
    expect(charts).toEqual(["Hasil Renaksi/renaksi-bagan-prioritas"]);
  });

  it("returns the program timeline sheet on timeline, by quarter", async () => {
    await page.selectOption("#granularity", "quarter");
    const status = await click("timeline");
    expect(status).toContain("Selesai menulis 'Timeline Program'!");
    const head = (await read("Timeline Program", "A1:Z8")).flat().map(String);
    expect(head.some((v) => /Q1|TW ?1|Triwulan/.test(v))).toBe(true);
  });

  it("returns a new template sheet with the agency name on template", async () => {
    await page.click("#template-box summary");
    await page.fill("#instansi", "Kabupaten Klungkung");
    await page.selectOption("#statementSet", "klungkung20");
    await page.fill("#startYear", "2022");
    await page.fill("#endYear", "2024");
    const status = await click("template");
    expect(status).toMatch(/Selesai menulis '?Renaksi'?!A1/);
    const cells = (await read("Renaksi", "A1:J40")).flat().map(String);
    expect(cells.some((v) => v.includes("Kabupaten Klungkung"))).toBe(true);
  });

  it("returns the problem's cell selected when a problem is clicked, and English labels on switch", async () => {
    await click("analyze");
    const first = page.locator("#problems button[data-cell]").first();
    const cell = await first.getAttribute("data-cell");
    expect(cell).toMatch(/!/);
    await first.click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fake: { state: { selected: unknown } } }).__fake.state
          .selected !== null,
    );
    const selected = await page.evaluate(
      () =>
        (
          window as unknown as {
            __fake: { state: { selected: { sheet: string; address: string } } };
          }
        ).__fake.state.selected,
    );
    expect(`${selected.sheet}!${selected.address}`).toBe(
      cell!.replace(/^'(.*)'!/, "$1!").replace(/\$/g, ""),
    );
    await page.click("#lang");
    expect(await page.locator('button[data-command="fill"]').innerText()).toBe("Fill results");
    expect(await page.locator("#lang").innerText()).toBe("Bahasa Indonesia");
  });

  it("returns no page error, no request outside 127.0.0.1 but the office.js stand-in, <= 2 syncs per run", async () => {
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    const perRun = await page.evaluate(
      () =>
        (window as unknown as { __fake: { stats: { syncsPerRun: number[]; leftover: number } } })
          .__fake.stats,
    );
    // 7 command runs (analyze, fill, chart x2, timeline, template, analyze) + 1 cell selection, each at most two round trips, nothing left unsynced
    expect(perRun.syncsPerRun.length).toBe(8);
    expect(Math.max(...perRun.syncsPerRun)).toBeLessThanOrEqual(2);
    expect(perRun.leftover).toBe(0);
  });
});
