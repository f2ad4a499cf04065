/**
 * Report-ready output (issue 11): every filled example is printed to PDF by LibreOffice (with
 * Carlito, Calibri's metrics, as Excel would print it) and checked the way a reviewer would:
 * "Hasil Renaksi" fits on at most 3 A4 landscape pages and the Bagan Prioritas is whole on one
 * page. The pages of "Hasil Renaksi" are saved as PNG under out/print/ for reviewers to open.
 *
 * A page belongs to "Hasil Renaksi" when its first line is the sheet's title row, which the
 * page setup repeats on every page ("RENAKSI | Hasil Analisis ...").
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "cli", "bin", "renaksi.js");
const OUT = path.join(ROOT, "out", "print");
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const TOOLS = ["/usr/bin/pdftotext", "/usr/bin/pdftoppm", "/usr/bin/pdfinfo"];
const EXAMPLES = ["klungkung", "klungkung-formulir", "cilacap", "kapuas", "luwu-perbaikan"];
const MAX_PAGES = 3;

const missing = [...(SOFFICE ? [] : ["soffice"]), ...TOOLS.filter((t) => !fs.existsSync(t))];
if (missing.length > 0) {
  // Never a silent skip: `npm test` installs these (scripts/system-deps.sh).
  throw new Error(`print test needs ${missing.join(", ")}: run bash scripts/system-deps.sh`);
}
const describePrint = describe;

function pageText(pdf: string, page: number): string {
  return execFileSync(
    "/usr/bin/pdftotext",
    ["-layout", "-f", `${page}`, "-l", `${page}`, pdf, "-"],
    {
      encoding: "utf8",
    },
  );
}

function pageCount(pdf: string): number {
  const info = execFileSync("/usr/bin/pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

interface Printed {
  name: string;
  /** 1-based pages of the PDF that print "Hasil Renaksi". */
  pages: number[];
  texts: string[];
  pdf: string;
}

describePrint("printing the filled examples (LibreOffice, A4)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-print-"));
  const printed = new Map<string, Printed>();

  beforeAll(() => {
    fs.mkdirSync(OUT, { recursive: true });
    const files: string[] = [];
    for (const name of EXAMPLES) {
      const out = path.join(dir, `${name}.xlsx`);
      const r = spawnSync(
        process.execPath,
        [BIN, "fill", path.join(ROOT, "examples", `${name}.xlsx`), "-o", out],
        { encoding: "utf8", timeout: 120_000, env: { ...process.env, RENAKSI_SOURCE: "1" } },
      );
      expect({ name, code: r.status }).toEqual({ name, code: 0 });
      files.push(out);
    }
    const profile = path.join(dir, "profile");
    execFileSync(
      SOFFICE as string,
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ],
      { stdio: "pipe", timeout: 240_000 },
    );
    for (const name of EXAMPLES) {
      const pdf = path.join(dir, `${name}.pdf`);
      const pages: number[] = [];
      const texts: string[] = [];
      for (let p = 1; p <= pageCount(pdf); p++) {
        const text = pageText(pdf, p);
        if (/^\s*RENAKSI \| Hasil Analisis/.test(text)) {
          pages.push(p);
          texts.push(text);
        }
      }
      printed.set(name, { name, pages, texts, pdf });
      for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`${name}-hasil-`)))
        fs.rmSync(path.join(OUT, old));
      pages.forEach((p, i) => {
        execFileSync("/usr/bin/pdftoppm", [
          "-png",
          "-r",
          "70",
          "-f",
          `${p}`,
          "-l",
          `${p}`,
          "-singlefile",
          pdf,
          path.join(OUT, `${name}-hasil-${i + 1}`),
        ]);
      });
    }
  }, 600_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(EXAMPLES)("returns Hasil Renaksi of %s on at most 3 A4 landscape pages", (name) => {
    const p = printed.get(name) as Printed;
    expect(p.pages.length).toBeGreaterThan(0);
    expect({ name, pages: p.pages.length <= MAX_PAGES }).toEqual({ name, pages: true });
    // consecutive pages, A4 landscape (842 x 595 pt)
    expect(p.pages).toEqual(p.pages.map((_, i) => p.pages[0] + i));
    const info = execFileSync(
      "/usr/bin/pdfinfo",
      ["-f", `${p.pages[0]}`, "-l", `${p.pages[0]}`, p.pdf],
      {
        encoding: "utf8",
      },
    );
    expect(info).toMatch(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+ pts/);
  });

  it.each(EXAMPLES.filter((n) => n !== "kapuas"))(
    "returns the Bagan Prioritas of %s whole on one page (title, every axis label)",
    (name) => {
      const p = printed.get(name) as Printed;
      const withChart = p.texts.filter((t) => t.includes("Gambar 2.1 Bagan Prioritas"));
      expect(withChart).toHaveLength(1);
      // The value axis runs 0 .. 4: its first and last labels print on the chart's page.
      const axis = withChart[0];
      expect(axis).toMatch(/\b0[,.]0\b/);
      expect(axis).toMatch(/\b4[,.]0\b/);
      expect(fs.existsSync(path.join(OUT, `${name}-hasil-1.png`))).toBe(true);
    },
  );

  it.each(EXAMPLES)(
    "returns no table of Hasil Renaksi of %s cut: each page after the first starts with a title",
    (name) => {
      const p = printed.get(name) as Printed;
      const starts = p.texts.slice(1).map((t) => {
        const lines = t.split("\n").filter((l) => l.trim() !== "");
        // line 0 is the repeated sheet title; the next is where the page's content begins
        return (lines[1] ?? "").trim().split(/\s{2,}/)[0];
      });
      expect({
        name,
        starts: starts.filter((s) => !/^(Tabel 2\.\d+ |Gambar 2\.\d+ |Catatan)/.test(s)),
      }).toEqual({ name, starts: [] });
    },
  );

  it("returns Kapuas's note instead of an empty chart frame", () => {
    const p = printed.get("kapuas") as Printed;
    const all = p.texts.join("\n");
    expect(all).toContain("tidak memuat matriks asesmen");
    expect(all).not.toContain("Gambar 2.1");
    // no empty tables: the first table is the informasi umum, numbered 2.1
    expect(all).toContain("Tabel 2.1 Informasi umum pengaduan");
    expect(all).not.toContain("Skor per pernyataan");
  });
});
