/**
 * Roll-ups name their files as a person reads them (issue 10): base names, or the shortest paths
 * that tell two files apart, in the text and in the -o rekap.xlsx workbook; the JSON keeps the
 * paths given.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { buildExample, EXAMPLES } from "../../cli/examples-build";
import { displayNames } from "../../cli/format";
import { run } from "../../cli/main";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-names-"));
const at = (...f: string[]) => path.join(dir, ...f);

async function renaksi(...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: () => undefined });
  return { code, out: out.join("\n") };
}

beforeAll(async () => {
  for (const [sub, name] of [
    ["jateng", "cilacap"],
    ["sulsel", "luwu-perbaikan"],
    ["lama", "cilacap"],
  ]) {
    fs.mkdirSync(at(sub), { recursive: true });
    const { grids, notes, sheets } = EXAMPLES[name];
    fs.writeFileSync(at(sub, `${name}.xlsx`), await buildExample(grids, notes, sheets));
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("displayNames", () => {
  it("returns base names when they differ", () => {
    expect(displayNames(["/data/jateng/cilacap.xlsx", "/data/sulsel/luwu.xlsx"])).toEqual([
      "cilacap.xlsx",
      "luwu.xlsx",
    ]);
  });

  it("returns the parent folder too for two files of the same name", () => {
    expect(
      displayNames(["/d/2024/jateng/cilacap.xlsx", "/d/2023/jateng/cilacap.xlsx", "/d/luwu.xlsx"]),
    ).toEqual(["2024/jateng/cilacap.xlsx", "2023/jateng/cilacap.xlsx", "luwu.xlsx"]);
  });

  describe("edge cases", () => {
    it("returns the whole path for the same file given twice, and nothing for no file", () => {
      const p = path.resolve("/x/a.xlsx");
      expect(displayNames(["/x/a.xlsx", "/x/a.xlsx"])).toEqual([
        p.split(path.sep).filter(Boolean).join("/"),
        p.split(path.sep).filter(Boolean).join("/"),
      ]);
      expect(displayNames([])).toEqual([]);
    });
  });
});

describe("renaksi monev roll-up names", () => {
  it("returns base names in the text and in rekap.xlsx, the JSON keeping the paths given", async () => {
    const files = [at("sulsel", "luwu-perbaikan.xlsx"), at("jateng", "cilacap.xlsx")];
    const r = await renaksi("monev", ...files, "-o", at("rekap.xlsx"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("== luwu-perbaikan.xlsx | Pemerintah Kabupaten Luwu");
    expect(r.out).toMatch(/^cilacap\.xlsx {2,}2022 S1 /m);
    expect(r.out).not.toContain(dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("rekap.xlsx"));
    const ws = wb.getWorksheet("Rekap Monev")!;
    expect([ws.getCell("B5").value, ws.getCell("B6").value]).toEqual([
      "luwu-perbaikan.xlsx",
      "cilacap.xlsx",
    ]);
    const json = await renaksi("monev", ...files, "--json");
    const j = JSON.parse(json.out) as { rollup: { files: { file: string }[] } };
    expect(j.rollup.files.map((f) => f.file)).toEqual(files);
  });

  it("returns the folder beside two files of the same name", async () => {
    const files = [at("jateng", "cilacap.xlsx"), at("lama", "cilacap.xlsx")];
    const r = await renaksi("monev", ...files);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^jateng\/cilacap\.xlsx {2,}2022 S1 /m);
    expect(r.out).toMatch(/^lama\/cilacap\.xlsx {2,}2022 S1 /m);
  });
});
