/**
 * The percent value axes as LibreOffice draws them (issue 10: the Monev charts showed 0..1
 * decimals). Cilacap is filled and two files rolled up by the CLI, both printed to PDF by
 * LibreOffice; the words of each page (pdftotext -bbox) must hold an evenly spaced axis reading
 * 0%, 20%, ... 100% (a row for a bar chart, a column for a column chart). The charts are saved as
 * PNG under out/print/ for reviewers to open.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildExample, EXAMPLES } from "../../cli/examples-build";
import { run } from "../../cli/main";
import { SOFFICE, soffice } from "./soffice";

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "out", "print");
const TOOLS = ["/usr/bin/pdftotext", "/usr/bin/pdftoppm", "/usr/bin/pdfinfo"];
const missing = [...(SOFFICE ? [] : ["soffice"]), ...TOOLS.filter((t) => !fs.existsSync(t))];
if (missing.length > 0)
  throw new Error(`chart print test needs ${missing.join(", ")}: run bash scripts/system-deps.sh`);

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word of one PDF page with its box, in points. */
function words(pdf: string, page: number): Word[] {
  const html = execFileSync(
    "/usr/bin/pdftotext",
    ["-bbox", "-f", `${page}`, "-l", `${page}`, pdf, "-"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5] }));
}

const PERCENT_TICKS = ["0%", "20%", "40%", "60%", "80%", "100%"];

/**
 * An axis reading 0%, 20%, ... 100%: the percent words of one line (same top for a bar chart's
 * axis, same right edge for a column chart's), in order, evenly spaced. Table cells on the page
 * hold percentages too, but never this run at equal steps.
 */
function percentAxis(ws: Word[], along: "row" | "column"): Word[] | null {
  const pct = ws.filter((w) => /^\d+%$/.test(w.text));
  // one line = the same top (a row) or the same right edge (a column), within half a point
  const key = (w: Word) => (along === "row" ? w.y0 : w.x1);
  const lines: Word[][] = [];
  for (const w of [...pct].sort((a, b) => key(a) - key(b))) {
    const last = lines[lines.length - 1];
    if (last && key(w) - key(last[0]) <= 0.5) last.push(w);
    else lines.push([w]);
  }
  for (const line of lines) {
    // a row runs left to right; a column's 0% is at the bottom
    const sorted = line.sort((a, b) => (along === "row" ? a.x0 - b.x0 : b.y0 - a.y0));
    for (let i = 0; i + PERCENT_TICKS.length <= sorted.length; i++) {
      const run = sorted.slice(i, i + PERCENT_TICKS.length);
      if (run.some((w, k) => w.text !== PERCENT_TICKS[k])) continue;
      const at = (w: Word) => (along === "row" ? w.x0 : w.y0);
      const steps = run.slice(1).map((w, k) => Math.abs(at(w) - at(run[k])));
      if (Math.max(...steps) - Math.min(...steps) < 0.1 * steps[0]) return run;
    }
  }
  return null;
}

function pageCount(pdf: string): number {
  const info = execFileSync("/usr/bin/pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** The lines of words that start with `title`, in reading order. */
function titleLines(ws: Word[], title: string): Word[][] {
  const first = title.split(" ")[0];
  const out: Word[][] = [];
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].text !== first) continue;
    const line = [ws[i]];
    for (let j = i + 1; j < ws.length; j++) {
      const w = ws[j];
      const prev = line[line.length - 1];
      if (Math.abs(w.y0 - prev.y0) > 0.5 || w.x0 - prev.x1 > 3 * (prev.y1 - prev.y0)) break;
      line.push(w);
    }
    if (
      line
        .map((w) => w.text)
        .join(" ")
        .startsWith(title)
    )
      out.push(line);
  }
  return out;
}

/**
 * The first page with a 0%..100% axis under a line titled `title`; the chart's title is the
 * nearest such line above the axis (a table may carry the same words elsewhere on the page).
 */
function axisPage(pdf: string, title: string, along: "row" | "column") {
  for (let p = 1; p <= pageCount(pdf); p++) {
    const ws = words(pdf, p);
    const axis = percentAxis(ws, along);
    if (!axis) continue;
    const top = Math.min(...axis.map((w) => w.y0));
    const above = titleLines(ws, title).filter((l) => l[0].y1 <= top);
    if (above.length === 0) continue;
    const dist = (l: Word[]) =>
      top - l[0].y1 + Math.abs((l[0].x0 + l[l.length - 1].x1) / 2 - axis[0].x0) / 4;
    const head = above.sort((x, y) => dist(x) - dist(y))[0];
    return { page: p, axis, head };
  }
  return null;
}

/**
 * A PNG of the chart: its title is centred, so the axis on one side mirrors to the other; the
 * axis length sets how far the category labels reach.
 */
function savePng(pdf: string, found: NonNullable<ReturnType<typeof axisPage>>, name: string) {
  const { page, axis, head } = found;
  const zero = axis[0];
  const top = axis[axis.length - 1];
  const row = zero.y0 === top.y0;
  const span = row ? top.x1 - zero.x0 : zero.y1 - top.y0;
  const centre = (head[0].x0 + head[head.length - 1].x1) / 2;
  const half = row ? top.x1 + span * 0.1 - centre : centre - (zero.x0 - span * 0.2);
  const box = {
    x: centre - half,
    y: head[0].y0 - span * 0.1,
    w: 2 * half,
    h: (row ? zero.y1 + span * 0.05 : zero.y1 + span * 0.9) - (head[0].y0 - span * 0.1),
  };
  const dpi = Math.max(150, Math.min(600, Math.round((72 * 800) / box.w)));
  const px = (v: number) => `${Math.max(0, Math.round((v * dpi) / 72))}`;
  for (const f of fs.readdirSync(OUT).filter((f) => f.startsWith(name)))
    fs.rmSync(path.join(OUT, f));
  execFileSync("/usr/bin/pdftoppm", [
    ...["-png", "-r", `${dpi}`, "-f", `${page}`, "-l", `${page}`, "-singlefile"],
    ...["-x", px(box.x), "-y", px(box.y), "-W", px(box.w), "-H", px(box.h)],
    pdf,
    path.join(OUT, name),
  ]);
}

describe("percent chart axes printed by LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-axes-print-"));
  const at = (f: string) => path.join(dir, f);

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    for (const name of ["cilacap", "luwu-perbaikan"]) {
      const { grids, notes, sheets } = EXAMPLES[name];
      fs.writeFileSync(at(`${name}.xlsx`), await buildExample(grids, notes, sheets));
    }
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await run(["fill", at("cilacap.xlsx"), "-o", at("filled.xlsx")], quiet)).toBe(0);
    const rekap = ["monev", at("luwu-perbaikan.xlsx"), at("cilacap.xlsx"), "-o", at("rekap.xlsx")];
    expect(await run(rekap, quiet)).toBe(0);
    soffice(dir, "print", [
      ...["--convert-to", "pdf", "--outdir", dir],
      at("filled.xlsx"),
      at("rekap.xlsx"),
    ]);
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("returns the % selesai per aspect axis as 0%..100% on the Monev sheet (bar chart)", () => {
    const found = axisPage(at("filled.pdf"), "% selesai per aspek,", "row");
    expect(found?.axis.map((w) => w.text)).toEqual(PERCENT_TICKS);
    savePng(at("filled.pdf"), found!, "cilacap-monev-aspek");
    expect(fs.existsSync(path.join(OUT, "cilacap-monev-aspek.png"))).toBe(true);
  });

  it("returns the capaian axis from 0% in steps of 20% on the Monev sheet (column chart)", () => {
    const found = axisPage(at("filled.pdf"), "Capaian indikator", "column");
    expect(found?.axis.map((w) => w.text)).toEqual(PERCENT_TICKS);
    savePng(at("filled.pdf"), found!, "cilacap-monev-capaian");
  });

  it("returns the roll-up chart's axis as 0%..100% (column chart)", () => {
    // the chart is whole on one page: its title and its axis print together
    const found = axisPage(at("rekap.pdf"), "% selesai per berkas", "column");
    expect(found?.axis.map((w) => w.text)).toEqual(PERCENT_TICKS);
    expect(pageCount(at("rekap.pdf"))).toBe(1);
    savePng(at("rekap.pdf"), found!, "rekap-monev");
  });

  describe("edge cases", () => {
    it("returns no axis from decimals (what the charts showed before: 0.0 .. 1.0)", () => {
      const decimals = ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"].map((text, i) => ({
        text,
        x0: i * 10,
        y0: 5,
        x1: i * 10 + 4,
        y1: 7,
      }));
      expect(percentAxis(decimals, "row")).toBeNull();
      const ticks = PERCENT_TICKS.map((w, i) => ({ ...decimals[i], text: w }));
      expect(percentAxis(ticks, "row")?.map((w) => w.text)).toEqual(PERCENT_TICKS);
      // uneven steps are table cells, not an axis
      const uneven = ticks.map((w, i) => ({ ...w, x0: i * i * 10 }));
      expect(percentAxis(uneven, "row")).toBeNull();
    });
  });
});
