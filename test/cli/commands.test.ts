/**
 * The `renaksi` command end to end: the real bin shim in a child process, on temp copies of the
 * example workbooks (built from the seed fixtures).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { blanksOf, buildExample, EXAMPLES } from "../../cli/examples-build";
import { cilacap, klungkung, kapuas } from "../fixtures/grids";
import { formatNumber, formatPercent } from "../../cli/format";
import { defaultOut } from "../../cli/commands";

const BIN = path.join(__dirname, "..", "..", "cli", "bin", "renaksi.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-cli-"));

function renaksi(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    // The sources under test, not a dist/cli that may be older (test/cli/pack.test.ts runs dist).
    env: { ...process.env, RENAKSI_SOURCE: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, "klungkung.xlsx"), await buildExample(klungkung));
  fs.writeFileSync(path.join(dir, "kapuas.xlsx"), await buildExample(kapuas));
  fs.writeFileSync(path.join(dir, "cilacap.xlsx"), await buildExample(cilacap));
  for (const name of ["klungkung-responden", "klungkung-formulir"]) {
    const { grids, notes, sheets } = EXAMPLES[name];
    fs.writeFileSync(path.join(dir, `${name}.xlsx`), await buildExample(grids, notes, sheets));
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("renaksi summary", () => {
  it("returns Klungkung's averages, priorities and gaps as JSON (exit 0)", () => {
    const r = renaksi("summary", "klungkung.xlsx", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.file).toBe("klungkung.xlsx");
    const by = Object.fromEntries(j.aspects.map((a: { key: string }) => [a.key, a]));
    expect(by.kelembagaan.average).toBeCloseTo(19 / 6, 12);
    expect(by.sdm.average).toBe(3);
    expect(by.data.average).toBe(3);
    expect(by.partisipasi.average).toBeCloseTo(11 / 3, 12);
    expect(by.koordinasi.average).toBe(3);
    expect(j.aspects.map((a: { key: string; priority: number }) => [a.key, a.priority])).toEqual([
      ["kelembagaan", 4],
      ["sdm", 1],
      ["data", 2],
      ["partisipasi", 5],
      ["koordinasi", 3],
    ]);
    expect(by.kelembagaan.gap).toBeCloseTo(4 - 19 / 6, 12);
    expect(Object.keys(j.aspects[0])).toEqual([
      "key",
      "name",
      "average",
      "statements",
      "suggestedPriority",
      "priority",
      "gap",
    ]);
    expect(j.statements).toHaveLength(20);
    expect(Object.keys(j.statements[0])).toEqual(["no", "score", "respondents", "aspects"]);
    expect(j.informasiUmum[0]).toMatchObject({ received: 22, resolved: 21, unresolved: 0 });
    expect(j.problems).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: expect.any(String),
        cell: expect.stringMatching(/^Asesmen!/),
      }),
    );
  });

  it("returns Klungkung's averages and priorities from 60 respondents' answers (Responden sheet)", () => {
    const r = renaksi("summary", "klungkung-responden.xlsx", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const by = Object.fromEntries(j.aspects.map((a: { key: string }) => [a.key, a]));
    // Every score is an exact mean, so the aspect averages are the document's to the last bit.
    expect(
      ["kelembagaan", "sdm", "data", "partisipasi", "koordinasi"].map((k) => by[k].average),
    ).toEqual([19 / 6, 3, 3, 11 / 3, 3]);
    expect(
      j.aspects.map((a: { key: string; suggestedPriority: number; priority: number }) => [
        a.key,
        a.suggestedPriority,
        a.priority,
      ]),
    ).toEqual([
      ["kelembagaan", 4, 4],
      ["sdm", 1, 1],
      ["data", 2, 2],
      ["partisipasi", 5, 5],
      ["koordinasi", 3, 3],
    ]);
    expect(j.statements.map((s: { score: number }) => s.score)).toEqual([
      3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3,
    ]);
    // n per statement = 60 minus the blanks (not answered, never counted as 0)
    const n = j.statements.map((s: { respondents: number }) => s.respondents);
    expect(n).toEqual([
      57, 58, 59, 60, 57, 58, 59, 60, 57, 58, 59, 60, 57, 58, 59, 60, 57, 58, 59, 60,
    ]);
    expect(n).toEqual(n.map((_: number, i: number) => 60 - blanksOf(i + 1)));
    expect(j.problems.filter((p: { severity: string }) => p.severity === "error")).toEqual([]);
    // Same plan, same result as the printed matrix (klungkung.xlsx): only the scores' source differs.
    const printed = JSON.parse(renaksi("summary", "klungkung.xlsx", "--json").out);
    expect(j.aspects).toEqual(printed.aspects);
  });

  it("returns the respondents' averages in the Indonesian table of klungkung-responden.xlsx", () => {
    const r = renaksi("summary", "klungkung-responden.xlsx");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Kebijakan & Kelembagaan\s+3,17\s+4\s+0,83/);
    expect(r.out).toMatch(/Partisipasi Pemangku Kepentingan\s+3,67\s+5\s+0,33/);
  });

  it("returns Cilacap's monthly-average table read right (114, 112,86 = 99%, 1,14) and its success indicators", () => {
    const j = JSON.parse(renaksi("summary", "cilacap.xlsx", "--json").out);
    expect(j.informasiUmum).toEqual([
      {
        year: null,
        received: 114,
        monthlyAverage: 114,
        perMonth: true,
        resolved: 112.86,
        unresolved: 1.14,
        resolvedPct: 112.86 / 114,
        unresolvedPct: 1.14 / 114,
      },
    ]);
    expect(j.problems.map((p: { code: string }) => p.code)).not.toContain("info.not-integer");
    expect(j.successIndicators.map((g: { group: string }) => g.group)).toEqual([
      "Penguatan Kelembagaan & Kebijakan",
      "Optimalisasi Pemanfaatan Data dan Aplikasi",
      "Penguatan Sumber Daya Manusia",
      expect.any(String),
      expect.any(String),
    ]);
    expect(j.successIndicators[0]).toMatchObject({
      aspect: "kelembagaan",
      cell: expect.any(String),
    });
    expect(j.successIndicators[0].indicators).toHaveLength(4);
    expect(j.indicators[0].baseline).toEqual({ year: 2020, value: 158 });
  });

  it("returns the form export of klungkung-formulir.xlsx: matches, labels, duplicates", () => {
    const r = renaksi("summary", "klungkung-formulir.xlsx", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.formExport).toMatchObject({
      byText: true,
      respondents: 60,
      labels: { source: "default:baik-cukup" },
      duplicates: [
        { kept: 9, dropped: 8, who: "responden07@klungkungkab.go.id" },
        { kept: 26, dropped: 25, who: "Responden 23, BPKPD" },
      ],
    });
    expect(j.formExport.columns).toHaveLength(20);
    const printed = JSON.parse(renaksi("summary", "klungkung-responden.xlsx", "--json").out);
    expect(j.aspects).toEqual(printed.aspects);
    expect(j.statements).toEqual(printed.statements);
  });

  it("returns Kapuas's indicator targets (26 -> 35, 45, 65, 76)", () => {
    const r = renaksi("summary", "kapuas.xlsx", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const received = j.indicators.find(
      (i: { baseline: { value: number } }) => i.baseline.value === 26,
    );
    expect(received.years.map((y: { target: number }) => y.target)).toEqual([35, 45, 65, 76]);
    expect(j.programs.length).toBeGreaterThan(5);
  });

  it("returns Indonesian tables and a roll-up for several files", () => {
    const r = renaksi("summary", "klungkung.xlsx", "kapuas.xlsx");
    expect(r.code).toBe(0);
    expect(r.out).toContain("== klungkung.xlsx | Pemerintah Kabupaten Klungkung");
    expect(r.out).toMatch(/Kebijakan & Kelembagaan\s+3,17\s+4\s+0,83/);
    expect(r.out).toContain("95,45%");
    expect(r.out).toContain("Rekap provinsi (2)");
    const j = JSON.parse(renaksi("summary", "klungkung.xlsx", "kapuas.xlsx", "--json").out);
    expect(j.map((x: { file: string }) => x.file)).toEqual(["klungkung.xlsx", "kapuas.xlsx"]);
  });

  describe("edge cases", () => {
    it("returns exit 2 naming the cell of an invalid score", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, "klungkung.xlsx"));
      const ws = wb.getWorksheet("Asesmen") as ExcelJS.Worksheet;
      // Statement 1 (row 16) is marked in F16; a second mark in D16 makes its score invalid.
      expect(ws.getCell("F16").value).toBe("√");
      ws.getCell("D16").value = "√";
      await wb.xlsx.writeFile(path.join(dir, "rusak.xlsx"));
      const r = renaksi("summary", "rusak.xlsx");
      expect(r.code).toBe(2);
      expect(r.out).toMatch(/galat\s+Asesmen!D16/);
      const f = renaksi("fill", "rusak.xlsx", "-o", "rusak-out.xlsx");
      expect(f.code).toBe(2);
      expect(f.err).toMatch(/galat\s+Asesmen!D16/);
      expect(fs.existsSync(path.join(dir, "rusak-out.xlsx"))).toBe(false);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    });

    it("returns exit 2 and no stack trace for a missing file or an unknown option", () => {
      const missing = renaksi("summary", "tidak-ada.xlsx");
      expect(missing.code).toBe(2);
      expect(missing.out).toContain("tidak-ada.xlsx: berkas tidak ditemukan");
      const bad = renaksi("summary", "--bogus");
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("Penggunaan salah");
      expect(bad.err).not.toMatch(/\n\s+at /);
    });

    it("returns help in Indonesian and English for every command", () => {
      for (const cmd of ["template", "summary", "fill"]) {
        const r = renaksi(cmd, "--help");
        expect(r.code).toBe(0);
        expect(r.out).toContain("bantuan ini");
        expect(r.out).toContain("this help");
      }
      expect(renaksi("--help").out).toContain("Exit codes");
    });
  });
});

describe("renaksi fill", () => {
  it("returns a new workbook with the result, chart, timeline and monev, leaving the input untouched", async () => {
    const input = path.join(dir, "klungkung.xlsx");
    const before = fs.readFileSync(input);
    const r = renaksi("fill", "klungkung.xlsx", "--granularity", "semester");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Ditulis: klungkung-renaksi.xlsx");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "klungkung-renaksi.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Asesmen",
      "Prioritas",
      "Sasaran",
      "Program",
      "Indikator Keberhasilan",
      "Hasil Renaksi",
      "Timeline Program",
      "Monev Renaksi",
    ]);
    expect(
      String((wb.getWorksheet("Hasil Renaksi") as ExcelJS.Worksheet).getCell("A1").value),
    ).toMatch(/^RENAKSI \|/);
    const twice = renaksi(
      "fill",
      "klungkung-renaksi.xlsx",
      "-o",
      "twice.xlsx",
      "--granularity",
      "semester",
    );
    expect(twice.code).toBe(0);
    expect(
      fs
        .readFileSync(path.join(dir, "twice.xlsx"))
        .equals(fs.readFileSync(path.join(dir, "klungkung-renaksi.xlsx"))),
    ).toBe(true);
  });

  it("returns the file rewritten in place with --in-place", () => {
    fs.copyFileSync(path.join(dir, "kapuas.xlsx"), path.join(dir, "kapuas-copy.xlsx"));
    const before = fs.readFileSync(path.join(dir, "kapuas-copy.xlsx"));
    const r = renaksi("fill", "kapuas-copy.xlsx", "--in-place");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "kapuas-copy.xlsx")).equals(before)).toBe(false);
  });

  describe("edge cases", () => {
    it("returns exit 2 and writes nothing when -o is the input or a bad granularity is given", () => {
      expect(renaksi("fill", "kapuas.xlsx", "-o", "./kapuas.xlsx").code).toBe(2);
      const g = renaksi("fill", "kapuas.xlsx", "-o", "g.xlsx", "--granularity", "bulan");
      expect(g.code).toBe(2);
      expect(g.err).toContain("--granularity harus salah satu dari: year, semester, quarter");
      expect(fs.existsSync(path.join(dir, "g.xlsx"))).toBe(false);
    });
    it("returns the default output name beside the input", () => {
      expect(defaultOut(path.join("data", "luwu.xlsx"))).toBe(
        path.join("data", "luwu-renaksi.xlsx"),
      );
    });
  });
});

describe("renaksi template", () => {
  it("returns a blank workbook that summary reads back without errors", async () => {
    const r = renaksi(
      "template",
      "-o",
      "baru.xlsx",
      "--years",
      "2025-2027",
      "--instansi",
      "Kabupaten Contoh",
    );
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "baru.xlsx"));
    expect(wb.worksheets.length).toBeGreaterThan(0);
    expect(renaksi("template", "-o", "baru.xlsx").code).toBe(2);
    expect(renaksi("template", "-o", "x.xlsx", "--years", "2027-2025").code).toBe(2);
  });
});

describe("formatNumber", () => {
  it("returns Indonesian decimals and percentages", () => {
    expect(formatNumber(19 / 6)).toBe("3,17");
    expect(formatPercent(5 / 6)).toBe("83,33%");
    expect(formatNumber(1234.5)).toBe("1.234,50");
    expect(formatNumber(1234.5, 2, "en")).toBe("1,234.50");
  });
  describe("edge cases", () => {
    it("returns a dash for undefined values and no negative zero", () => {
      expect(formatNumber(null)).toBe("-");
      expect(formatPercent(Number.NaN)).toBe("-");
      expect(formatNumber(-0.001)).toBe("0,00");
    });
  });
});
