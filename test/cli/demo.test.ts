/**
 * `npm run demo`: every example behaves as expected (six filled, Klungkung from 60 respondents
 * equal to the printed matrix, Luwu as printed refused with its empty aspect and the corrected cells
 * shown); an example that misbehaves makes the exit code 1.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Io } from "../../cli/main";
import {
  aspectDifferences,
  DEMO_CASES,
  gridChanges,
  respondentRange,
  runDemo,
} from "../../cli/demo";
import { analyze } from "../../core/index";
import { klungkung, luwu } from "../fixtures/grids";
import { klungkungResponden, luwuPerbaikan } from "../../cli/examples-build";

const EXAMPLES_DIR = path.join(__dirname, "..", "..", "examples");

function capture(): { io: Io; lines: string[] } {
  const lines: string[] = [];
  return { io: { out: (s) => lines.push(s), err: (s) => lines.push(s) }, lines };
}

describe("runDemo", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-demo-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("returns 0 with six filled workbooks and Luwu as printed refused for its empty aspect", async () => {
    const { io, lines } = capture();
    const r = await runDemo(EXAMPLES_DIR, dir, io);
    expect(r.code).toBe(0);
    expect(r.outcomes.map((o) => [o.name, o.refused, o.behaved])).toEqual([
      ["klungkung", false, true],
      ["klungkung-responden", false, true],
      ["klungkung-formulir", false, true],
      ["cilacap", false, true],
      ["kapuas", false, true],
      ["luwu", true, true],
      ["luwu-perbaikan", false, true],
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual([
      "cilacap.xlsx",
      "kapuas.xlsx",
      "klungkung-formulir.xlsx",
      "klungkung-responden.xlsx",
      "klungkung.xlsx",
      "luwu-perbaikan.xlsx",
    ]);
    const luwuErrors = r.outcomes.find((o) => o.name === "luwu")?.errors;
    expect(luwuErrors?.map((p) => [p.code, p.cell])).toEqual([
      ["aspect.empty", "Kategorisasi!A4:K28"],
    ]);
    const text = lines.join("\n");
    expect(text).toContain("DITOLAK, sesuai harapan");
    expect(text).toContain("REFUSED, as expected");
    expect(text).toContain(
      "Aspect Coordination, Monitoring & Evaluation has no statement in the categorisation",
    );
    expect(text).toContain(
      'Kategorisasi!K16  pernyataan 10, kolom "Koordinasi & Monev": (kosong) -> ✓',
    );
    expect(text).toContain('statement 14, column "Koordinasi & Monev": (empty) -> ✓');
    // The closing line names the sheets fill wrote, from core's list (Monev Renaksi included).
    const closing = lines.filter((l) => /Semua contoh/.test(l));
    expect(closing).toHaveLength(1);
    expect(closing[0]).toContain(
      "lembar Hasil Renaksi, Timeline Program, Monev Renaksi (rumus otomatis, bagan asli).",
    );
    expect(closing[0]).toContain(
      "the sheets Hasil Renaksi, Timeline Program, Monev Renaksi (live formulas, native charts).",
    );
    // The Google Forms export: columns matched by their text, the near one named, duplicates named.
    expect(text).toContain(
      "20 kolom pertanyaan dicocokkan dengan pernyataan menurut teksnya: 19 sama persis, 1 mirip",
    );
    expect(text).toMatch(
      /pernyataan 7 <- 'Jawaban Formulir 1'!K1 "Pengelolaan pengadun .*\(kemiripan 98%; periksa\)/,
    );
    expect(text).toContain(
      'Isian ganda "responden07@klungkungkab.go.id": baris 9 (terbaru) dipakai, baris 8 tidak dihitung',
    );
    expect(text).toContain(
      'Isian ganda "Responden 23, BPKPD": baris 26 (terbaru) dipakai, baris 25 tidak dihitung',
    );
    expect(lines.filter((l) => l.includes("rata-rata jawaban formulir"))).toEqual([
      expect.stringMatching(
        /^-> Skor 20 pernyataan = rata-rata jawaban formulir yang dicocokkan menurut teks \(n = 57-60 per pernyataan, isian ganda tidak dihitung\); rata-rata aspek dan prioritas sama dengan klungkung.xlsx/,
      ),
    ]);
    // Roll-ups name files by their base names, not by the paths they were written to.
    expect(text).toMatch(/^klungkung\.xlsx {2,}Pemerintah Kabupaten Klungkung/m);
    expect(text).toMatch(/^cilacap\.xlsx {2,}2022 S1/m);
    expect(text).not.toContain(`${dir}${path.sep}cilacap.xlsx  `);
    // One line says what the respondents' example shows, with its own numbers.
    expect(lines.filter((l) => l.includes("rata-rata jawaban responden"))).toEqual([
      "-> Skor 20 pernyataan = rata-rata jawaban responden (n = 57-60 per pernyataan, rumus " +
        "AVERAGE hidup atas lembar Responden); rata-rata aspek dan prioritas sama dengan " +
        "klungkung.xlsx (matriks tercetak) / The 20 statements' scores = the mean of the " +
        "respondents' answers (n = 57-60 per statement, live AVERAGE formulas over the Responden " +
        "sheet); aspect averages and priorities equal klungkung.xlsx (the printed matrix)",
    ]);
    // The same plan scored from respondents is not a sixth instansi in the province roll-up.
    // ... and Kapuas (no assessment, no averages) is not counted in the mean's "N berkas".
    expect(text).toContain("Rata-rata 3 berkas dinilai");
    expect(text).toContain("Berkas dinilai: tanpa galat dan memiliki rata-rata aspek.");
    expect(text).toMatch(/OK {5}klungkung-responden {2}diisi \/ filled/);
  }, 60_000);

  describe("edge cases", () => {
    it("returns 1 and marks the example GAGAL when an example does not behave as expected", async () => {
      const { io, lines } = capture();
      const cases = [{ name: "luwu", expect: "filled" as const }];
      const r = await runDemo(EXAMPLES_DIR, path.join(dir, "wrong"), io, cases);
      expect(r.code).toBe(1);
      expect(r.outcomes[0]).toMatchObject({ name: "luwu", refused: true, behaved: false });
      expect(lines.join("\n")).toContain("1 examples did not behave as expected");
      expect(fs.readdirSync(path.join(dir, "wrong"))).toEqual([]);
    });

    it("returns 1 when a case does not reproduce the one it must equal", async () => {
      const { io, lines } = capture();
      const r = await runDemo(EXAMPLES_DIR, path.join(dir, "differs"), io, [
        { name: "luwu-perbaikan", expect: "filled" },
        { name: "klungkung-responden", expect: "filled", sameAs: "luwu-perbaikan" },
      ]);
      expect(r.code).toBe(1);
      expect(r.outcomes.map((o) => [o.name, o.refused, o.behaved])).toEqual([
        ["luwu-perbaikan", false, true],
        ["klungkung-responden", false, false],
      ]);
      expect(lines.join("\n")).toContain(
        "Aspect averages or priorities DIFFER from luwu-perbaikan.xlsx: kelembagaan, sdm, data, partisipasi, koordinasi",
      );
    }, 60_000);

    it("returns 1 without a stack trace when an example file is missing", async () => {
      const { io, lines } = capture();
      const r = await runDemo(EXAMPLES_DIR, path.join(dir, "missing"), io, [
        { name: "tidak-ada", expect: "filled" },
      ]);
      expect(r.code).toBe(1);
      expect(lines.join("\n")).toMatch(/tidak-ada\.xlsx: berkas tidak ditemukan/);
      expect(lines.join("\n")).not.toMatch(/\n\s+at /);
    });
  });
});

describe("gridChanges", () => {
  it("returns the two cells the corrected Luwu copy adds, with statement number and column", () => {
    expect(gridChanges(luwu, luwuPerbaikan(luwu).grids)).toEqual([
      { cell: "Kategorisasi!K16", before: null, after: "✓", no: 10, column: "Koordinasi & Monev" },
      { cell: "Kategorisasi!K20", before: null, after: "✓", no: 14, column: "Koordinasi & Monev" },
    ]);
  });

  describe("edge cases", () => {
    it("returns nothing for identical workbooks", () => {
      expect(gridChanges(luwu, luwu)).toEqual([]);
    });

    it("returns DEMO_CASES expecting every example but luwu to fill", () => {
      expect(DEMO_CASES.filter((c) => c.expect === "refused").map((c) => c.name)).toEqual(["luwu"]);
      expect(DEMO_CASES.filter((c) => c.sameAs).map((c) => [c.name, c.sameAs])).toEqual([
        ["klungkung-responden", "klungkung"],
        ["klungkung-formulir", "klungkung"],
      ]);
    });
  });
});

describe("aspectDifferences", () => {
  it("returns nothing for Klungkung from 60 respondents against the printed matrix", () => {
    const printed = analyze(klungkung).analysis;
    const responses = analyze(klungkungResponden(klungkung).grids).analysis;
    expect(aspectDifferences(responses, printed)).toEqual([]);
  });

  describe("edge cases", () => {
    it("returns the aspects whose average or priority differ", () => {
      const printed = analyze(klungkung).analysis;
      const moved = {
        ...printed,
        aspects: printed.aspects.map((a) =>
          a.key === "sdm"
            ? { ...a, average: 3.0000001 }
            : a.key === "data"
              ? { ...a, priority: 9 }
              : a,
        ),
      };
      expect(aspectDifferences(moved, printed)).toEqual(["sdm", "data"]);
    });

    it("returns an aspect without average on one side as different", () => {
      const printed = analyze(klungkung).analysis;
      const empty = {
        ...printed,
        aspects: printed.aspects.map((a) => (a.key === "sdm" ? { ...a, average: null } : a)),
      };
      expect(aspectDifferences(empty, printed)).toEqual(["sdm"]);
      expect(aspectDifferences(empty, empty)).toEqual([]);
    });
  });
});

describe("respondentRange", () => {
  it("returns 20 statements answered by 57 to 60 respondents for Klungkung's form export", () => {
    expect(respondentRange(analyze(klungkungResponden(klungkung).grids).analysis)).toEqual({
      statements: 20,
      min: 57,
      max: 60,
    });
  });

  describe("edge cases", () => {
    it("returns zeros for a matrix scored by marks (one answer per statement)", () => {
      expect(respondentRange(analyze(klungkung).analysis)).toEqual({
        statements: 0,
        min: 0,
        max: 0,
      });
    });
  });
});
