/**
 * The published CLI: `npm pack` (its `prepack` compiles dist/cli), `npm install -g` of the tarball
 * into an empty prefix, then `renaksi --version`, `summary` and `fill` run from there with the
 * runtime dependencies only (no tsx, no TypeScript, no exceljs).
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";

const ROOT = path.join(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-pack-"));
const prefix = path.join(work, "prefix");
const bin = path.join(prefix, "bin", "renaksi");
let installError = "";

beforeAll(() => {
  const out = execFileSync(NPM, ["pack", "--pack-destination", work, "--silent"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 240_000,
  });
  const tarball = path.join(work, out.trim().split("\n").pop() as string);
  fs.mkdirSync(prefix);
  const r = spawnSync(
    NPM,
    ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", "--prefer-offline", tarball],
    { cwd: work, encoding: "utf8", timeout: 240_000 },
  );
  if (r.status !== 0) installError = `${r.stdout}\n${r.stderr}`;
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function renaksi(...args: string[]) {
  return spawnSync(bin, args, { cwd: work, encoding: "utf8", timeout: 60_000 });
}

describe("npm pack + npm install -g", () => {
  it("returns a package with the compiled CLI and its bin, no TypeScript sources", () => {
    expect(installError).toBe("");
    const pkg = path.join(prefix, "lib", "node_modules", "renaksi");
    expect(fs.existsSync(path.join(pkg, "dist", "cli", "cli", "main.js"))).toBe(true);
    expect(fs.existsSync(path.join(pkg, "cli", "main.ts"))).toBe(false);
    const deps = fs.readdirSync(path.join(pkg, "node_modules"));
    expect(deps).toContain("jszip");
    expect(deps).toContain("zod");
    expect(deps).not.toContain("tsx");
    expect(deps).not.toContain("exceljs");
    expect(deps).not.toContain("typescript");
  });

  it("returns the version, Klungkung's summary and a filled workbook from the installed bin", async () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    const v = renaksi("--version");
    expect([v.status, v.stdout.trim()]).toEqual([0, `renaksi ${version}`]);
    const input = path.join(work, "klungkung.xlsx");
    fs.copyFileSync(path.join(ROOT, "examples", "klungkung.xlsx"), input);
    const s = renaksi("summary", input, "--json");
    expect(s.status).toBe(0);
    const j = JSON.parse(s.stdout);
    expect(j.aspects.map((a: { average: number }) => a.average)).toEqual([19 / 6, 3, 3, 11 / 3, 3]);
    const f = renaksi("fill", input, "-o", path.join(work, "hasil.xlsx"));
    expect(f.status).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(work, "hasil.xlsx")));
    const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(wb).toContain('name="Hasil Renaksi"');
    expect(wb).toContain('fullCalcOnLoad="1"');
  });
});
