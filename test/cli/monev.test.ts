/**
 * `renaksi monev` in-process on the example workbooks with a monev (Luwu corrected: its own monev
 * table; Cilacap: typed into Monev Renaksi), built from the seed fixtures in a temp folder.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { buildExample, EXAMPLES } from "../../cli/examples-build";
import { CILACAP_REALISASI_2021, CILACAP_SEMESTER_INDICATOR } from "../../cli/examples-monev";
import { run } from "../../cli/main";
import type { MonevJson } from "../../cli/monev";
import { monev } from "../../core/index";
import { monevGeometry } from "../../core/layout/monev";
import { planToGrid, setCell } from "../../core/layout/plan-grid";

/** The row of an activity in a semester block of Luwu corrected's Monev sheet. */
function luwuRow(code: string, semester: string): number {
  const rep = monev(EXAMPLES["luwu-perbaikan"].grids).report!;
  const g = monevGeometry(rep);
  return g.row(
    rep.semesters.indexOf(semester),
    rep.activities.findIndex((a) => a.code === code),
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-monev-"));
const at = (f: string) => path.join(dir, f);

async function renaksi(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  for (const name of ["luwu-perbaikan", "cilacap", "luwu"]) {
    const { grids, notes, sheets } = EXAMPLES[name];
    fs.writeFileSync(at(`${name}.xlsx`), await buildExample(grids, notes, sheets));
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("renaksi monev", () => {
  it("returns Luwu's 2021 S2 from its own monev table and indicator table, as JSON", async () => {
    const r = await renaksi("monev", at("luwu-perbaikan.xlsx"), "--semester", "2021-2", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as MonevJson;
    expect(j.semester).toBe("2021-S2");
    expect(j.semesters).toHaveLength(8);
    expect(j.counts.overall).toEqual({
      planned: 6,
      selesai: 5,
      berjalan: 1,
      tertunda: 0,
      belum: 0,
      selesaiPct: 5 / 6,
      outsidePlan: 0,
    });
    const koordinasi = j.counts.byAspect.find((a) => a.key === "koordinasi")!;
    expect([koordinasi.planned, koordinasi.selesai]).toEqual([3, 3]);
    const b = j.activities.find((a) => a.code === "1.b")!;
    expect([b.planned, b.status, b.statusText]).toEqual([true, "selesai", "selesai"]);
    expect(j.lagging).toEqual([
      {
        code: "3.d",
        title: expect.any(String),
        status: "berjalan",
        cell: `'Monev Renaksi'!G${luwuRow("3.d", "2021-S2")}`,
      },
    ]);
    // 2021: 6 complaints against a target of 20 (30%, belum), 83,33% resolved against 100% (hampir)
    const y2021 = j.indicators.filter((i) => i.year === 2021);
    expect(y2021.map((i) => i.status)).toEqual(["belum", "hampir"]);
    expect(y2021[0].realisasi).toBe(6);
    expect(y2021[1].realisasi).toBeCloseTo(0.8333, 12);
    expect(y2021[0].capaian).toBeCloseTo(0.3, 12);
  });

  it("returns the report for a person in Indonesian, the latest semester with a status by default", async () => {
    const r = await renaksi("monev", at("cilacap.xlsx"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Semester dilaporkan 2022 S1");
    expect(r.out).toContain(
      "Direncanakan 35: selesai 7 (20%), berjalan 7, tertunda 1, belum 20; selesai di luar rencana 0",
    );
    expect(r.out).toContain("Kegiatan tertinggal (28)");
    expect(r.err).toContain("'Monev Renaksi'!");
  });

  it("returns Cilacap's typed 2021 realisations with capaian by polarity", async () => {
    const r = await renaksi("monev", at("cilacap.xlsx"), "--semester", "2021 S2", "--json");
    const j = JSON.parse(r.out) as MonevJson;
    const ind = j.indicators.filter((i) => i.year === 2021 && i.semester === null);
    expect(ind.map((i) => i.realisasi)).toEqual(Object.values(CILACAP_REALISASI_2021));
    // 7 unresolved against a lower-is-better target of 6: 1 + (1 - 7/6) = 83,3% (hampir)
    const unresolved = ind.find((i) => i.name === "Jumlah Pengaduan yang Belum Diselesaikan")!;
    expect(unresolved.capaian).toBeCloseTo(1 + (1 - 7 / 6), 12);
    expect(unresolved.status).toBe("hampir");
    expect(ind.find((i) => i.polarity === "down" && i.unit === "hari")?.capaian).toBeCloseTo(
      1.04,
      12,
    );
  });

  it("returns the indicator Cilacap reports per semester: its semester rows, the semester's one reported", async () => {
    const r = await renaksi("monev", at("cilacap.xlsx"), "--semester", "2021-1", "--json");
    const j = JSON.parse(r.out) as MonevJson;
    const days = j.indicators.filter((i) => i.name === CILACAP_SEMESTER_INDICATOR);
    expect(days.map((i) => i.semester ?? i.year).slice(0, 6)).toEqual([
      2021,
      "2021-S1",
      "2021-S2",
      2022,
      "2022-S1",
      "2022-S2",
    ]);
    expect(days.every((i) => i.period === "semester")).toBe(true);
    expect(days.map((i) => i.realisasi).slice(0, 6)).toEqual([2.4, 2.7, 2.4, null, 2.2, null]);
    // 2021 S1: 2,7 days against the year's target 2,5, lower is better: 1 + (1 - 2,7/2,5) = 92%
    const s1 = days[1];
    expect([s1.target, s1.status, s1.met, s1.reported]).toEqual([2.5, "hampir", false, true]);
    expect(s1.capaian).toBeCloseTo(0.92, 12);
    expect(s1.gap).toBeCloseTo(0.2, 12);
    // one reported row per indicator: the semester's for days, the year's for the four others
    const reported = j.indicators.filter((i) => i.reported);
    expect(reported.map((i) => i.semester ?? i.year)).toEqual([2021, 2021, 2021, 2021, "2021-S1"]);
    expect(
      j.indicators
        .filter((i) => i.name !== CILACAP_SEMESTER_INDICATOR)
        .every((i) => i.period === "tahunan" && i.semester === null),
    ).toBe(true);
    // the text report prints the 2022 S1 row of days to resolve (2,2 against 2,3: 104,35%)
    const text = await renaksi("monev", at("cilacap.xlsx"));
    expect(text.out).toMatch(
      /Jangka waktu penyelesaian pengaduan +2022 S1 +2,30 +2,20 +104,35% +tercapai/,
    );
    expect(text.out).toMatch(/Jumlah Pengaduan yang Diterima +2022 +80,00 +- +- +belum diisi/);
  });

  it("returns the province roll-up and writes it as a workbook with a native chart", async () => {
    const r = await renaksi(
      "monev",
      at("luwu-perbaikan.xlsx"),
      at("cilacap.xlsx"),
      "--semester",
      "2021-2",
      "--json",
      "-o",
      at("rekap.xlsx"),
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      files: MonevJson[];
      rollup: {
        files: { file: string; overall: { selesaiPct: number } }[];
        shortfall: { name: string }[];
      };
    };
    expect(j.files).toHaveLength(2);
    expect(j.rollup.files.map((f) => f.overall.selesaiPct)).toEqual([5 / 6, 10 / 17]);
    expect(j.rollup.shortfall.map((s) => s.name)).toEqual([
      "Jumlah pengaduan dari masyarakat",
      "Persentase penyelesaian pengaduan",
      "Jumlah Pengaduan yang Belum Diselesaikan",
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync(at("rekap.xlsx")));
    expect(
      Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)),
    ).toHaveLength(1);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('name="Rekap Monev"');
  });

  it("returns one part per sheet when fill adds sheets to a workbook that holds Monev Renaksi (regression)", async () => {
    // Was: the rebuilt sheet's part was freed first and handed to a new sheet, so Hasil Renaksi and
    // Monev Renaksi pointed at the same xl/worksheets/sheet5.xml and one of them was lost.
    expect((await renaksi("fill", at("cilacap.xlsx"), "-o", at("parts.xlsx"))).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(at("parts.xlsx")));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const targets = [...rels.matchAll(/Target="(worksheets\/[^"]+)"/g)].map((m) => m[1]);
    expect(targets).toHaveLength(7);
    expect(new Set(targets).size).toBe(7);
    const sheetXml = await Promise.all(targets.map((t) => zip.file(`xl/${t}`)!.async("string")));
    // each managed sheet in its own part, with its own marker
    const marked = ["Hasil Analisis", "Timeline Program", "Monev Renaksi"].map(
      (title) => sheetXml.filter((x) => x.includes(`RENAKSI | ${title}`)).length,
    );
    expect(marked).toEqual([1, 1, 1]);
  });

  describe("edge cases", () => {
    it("returns exit 2 listing the plan's semesters for a semester outside it, writing nothing", async () => {
      const r = await renaksi(
        "monev",
        at("cilacap.xlsx"),
        "--semester",
        "2026-1",
        "-o",
        at("no.xlsx"),
      );
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        "2021 S1, 2021 S2, 2022 S1, 2022 S2, 2023 S1, 2023 S2, 2024 S1, 2024 S2",
      );
      expect(r.err).toContain('Semester "2026-1" tidak ada dalam rencana');
      expect(fs.existsSync(at("no.xlsx"))).toBe(false);
      const en = await renaksi("monev", at("cilacap.xlsx"), "--semester", "2026-1", "--lang", "en");
      expect(en.err).toContain('Semester "2026-1" is not in the plan; choose one of: 2021 S1');
    });

    it("returns exit 2 naming the cell of a realisation that is not a number", async () => {
      const grids = EXAMPLES.cilacap.grids;
      const first = monev(grids);
      const g = monevGeometry(first.report!);
      const sheet = planToGrid(first.plans[0]);
      const bad = [...grids.slice(0, -1), setCell(sheet, g.indicatorFirst + 1, 5, "sekitar 90")];
      fs.writeFileSync(at("bad.xlsx"), await buildExample(bad));
      const r = await renaksi("monev", at("bad.xlsx"));
      expect(r.code).toBe(2);
      expect(r.err).toContain(`'Monev Renaksi'!E${g.indicatorFirst + 1}`);
      expect(r.err).toContain('Realisasi "sekitar 90"');
    });

    it("returns exit 2 for Luwu as printed (an aspect without statements), like fill", async () => {
      const r = await renaksi("monev", at("luwu.xlsx"));
      expect(r.code).toBe(2);
      expect(r.err).toContain("Kategorisasi!A4:K28  Aspek Koordinasi, Pemantauan & Evaluasi");
    });

    it("keeps every monev entry through fill: the filled file reports the same semester", async () => {
      const before = JSON.parse(
        (await renaksi("monev", at("cilacap.xlsx"), "--json")).out,
      ) as MonevJson;
      expect(
        (await renaksi("fill", at("cilacap.xlsx"), "-o", at("cilacap-renaksi.xlsx"))).code,
      ).toBe(0);
      const after = JSON.parse(
        (await renaksi("monev", at("cilacap-renaksi.xlsx"), "--json")).out,
      ) as MonevJson;
      expect(after.counts).toEqual(before.counts);
      expect(after.activities).toEqual(before.activities);
      expect(after.indicators).toEqual(before.indicators);
    });

    it("keeps every entry of examples/cilacap.xlsx, saved before the semester blocks were stacked", async () => {
      // The committed example holds Monev Renaksi as the side-by-side layout wrote it (one row per
      // activity, every semester's six columns in that row); fill rewrites it stacked.
      const committed = path.join(__dirname, "..", "..", "examples", "cilacap.xlsx");
      const before = JSON.parse((await renaksi("monev", committed, "--json")).out) as MonevJson;
      const out = at("cilacap-committed-renaksi.xlsx");
      expect((await renaksi("fill", committed, "-o", out)).code).toBe(0);
      const after = JSON.parse((await renaksi("monev", out, "--json")).out) as MonevJson;
      const typed = (j: MonevJson) => j.activities.filter((a) => a.statusText !== "").length;
      expect(typed(before)).toBeGreaterThan(10);
      expect(after.activities).toEqual(before.activities);
      expect(after.counts).toEqual(before.counts);
      for (const semester of ["2021-1", "2021-2", "2022-1"]) {
        const b = JSON.parse(
          (await renaksi("monev", committed, "--semester", semester, "--json")).out,
        ) as MonevJson;
        const a = JSON.parse(
          (await renaksi("monev", out, "--semester", semester, "--json")).out,
        ) as MonevJson;
        expect({ semester, activities: a.activities }).toEqual({
          semester,
          activities: b.activities,
        });
      }
    });
  });
});
