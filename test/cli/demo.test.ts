/**
 * `npm run demo`: every example behaves as expected (four filled, Luwu as printed refused with its
 * empty aspect and the corrected cells shown); an example that misbehaves makes the exit code 1.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Io } from "../../cli/main";
import { DEMO_CASES, gridChanges, runDemo } from "../../cli/demo";
import { luwu } from "../fixtures/grids";
import { luwuPerbaikan } from "../../cli/examples-build";

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

  it("returns 0 with four filled workbooks and Luwu as printed refused for its empty aspect", async () => {
    const { io, lines } = capture();
    const r = await runDemo(EXAMPLES_DIR, dir, io);
    expect(r.code).toBe(0);
    expect(r.outcomes.map((o) => [o.name, o.refused, o.behaved])).toEqual([
      ["klungkung", false, true],
      ["cilacap", false, true],
      ["kapuas", false, true],
      ["luwu", true, true],
      ["luwu-perbaikan", false, true],
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual([
      "cilacap.xlsx",
      "kapuas.xlsx",
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
    expect(text).toContain("Every example behaved as expected.");
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
    });
  });
});
