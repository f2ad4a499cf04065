import { readWorkbook } from "../../../core/read";
import { RenaksiDocumentSchema } from "../../../core/model/document";
import { SEED_GRIDS } from "../../fixtures/grids";
import { CILACAP_PROGRAM_COUNT, CILACAP_SCORES } from "../../fixtures/grids/cilacap";
import { KAPUAS_ACTIVITY_YEARS } from "../../fixtures/grids/kapuas";
import { KLUNGKUNG_SCORES } from "../../fixtures/grids/klungkung";
import { LUWU_SCORES } from "../../fixtures/grids/luwu";
import { JUKNIS_22 } from "../../fixtures/grids/texts";

const scores = (name: keyof typeof SEED_GRIDS) =>
  readWorkbook(SEED_GRIDS[name]).doc.answers.map((a) => a.answers[0]);

describe("readWorkbook", () => {
  describe("Luwu", () => {
    const { doc, problems } = readWorkbook(SEED_GRIDS.luwu);

    it("returns the 22 scores of Tabel 2 Matriks Asesmen", () => {
      expect(scores("luwu")).toEqual([
        4, 3, 4, 4, 4, 3, 3, 4, 2, 2, 2, 2, 4, 3, 3, 3, 4, 2, 1, 1, 1, 1,
      ]);
      expect(scores("luwu")).toEqual(LUWU_SCORES);
      expect(doc.statements.map((s) => s.no)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    });

    it("returns statement 9 joined from its continuation row", () => {
      expect(doc.statements[8].text).toBe(JUKNIS_22[8]);
    });

    it("returns each answer's source as the four mark cells", () => {
      expect(doc.answers[0].source).toEqual({
        kind: "marks",
        sheet: "Asesmen",
        row: 18,
        col: 4,
        rows: 1,
        cols: 4,
      });
      expect(doc.answers[0].cells).toEqual(["Asesmen!G18"]);
      // statement 10 sits below statement 9's continuation row
      expect(doc.answers[9].source?.row).toBe(28);
    });

    it("returns the many-to-many categorisation", () => {
      const m = new Map(doc.mapping?.map((e) => [e.no, e.aspects]));
      expect(m.get(9)).toEqual(["kelembagaan", "sdm"]);
      expect(m.get(1)).toEqual(["data"]);
      expect(m.get(14)).toEqual(["partisipasi"]);
      expect(m.get(10)).toEqual(["kelembagaan", "partisipasi"]);
      expect(doc.mapping).toHaveLength(22);
    });

    it("returns the priorities circled in one of five columns, with reasons", () => {
      const p = Object.fromEntries(doc.priorities.map((x) => [x.aspect, x.priority]));
      expect(p).toEqual({ kelembagaan: 4, sdm: 5, data: 3, partisipasi: 1, koordinasi: 2 });
      expect(doc.priorities[3].reason).toBe(
        "Tingkat awareness pimpinan terhadap pengelolaan pengaduan cukup baik",
      );
      expect(doc.priorities[0].cell).toBe("Prioritas!G6");
    });

    it("returns informasi umum per year with printed percentages", () => {
      expect(doc.informasiUmum.map(({ cells: _c, ...x }) => x)).toEqual([
        {
          year: 2020,
          received: 9,
          monthlyAverage: 1,
          resolved: 9,
          unresolved: 0,
          printedResolvedPct: 1,
          printedUnresolvedPct: 0,
        },
        {
          year: 2021,
          received: 6,
          monthlyAverage: 1,
          resolved: 5,
          unresolved: 1,
          printedResolvedPct: 0.83,
          printedUnresolvedPct: 0.17,
        },
      ]);
      expect(doc.informasiUmum[1].cells?.resolved).toBe("Asesmen!F9");
    });

    it("returns letter-coded programs qualified by their group, blank codes numbered on", () => {
      const byCode = new Map(doc.programs.map((p) => [p.code, p]));
      expect(byCode.get("1")?.aspect).toBe("partisipasi");
      expect(byCode.get("1.b")).toMatchObject({
        level: "kegiatan",
        parent: "1",
        periods: ["2021", "2022", "2024"],
      });
      expect(byCode.get("3.c")?.title).toBe("Penyusunan Laporan Pengaduan secara berkala");
      expect(byCode.get("4.a")?.units).toEqual([
        "Dinas Kominfo",
        "Inspektorat",
        "Bagian Organisasi",
        "Bagian Hukum",
      ]);
      expect(byCode.get("5.f")?.aspect).toBe("sdm");
      expect(doc.programs.filter((p) => p.level === "kelompok")).toHaveLength(5);
      expect(doc.programs.filter((p) => p.level === "kegiatan")).toHaveLength(23);
      expect(problems.filter((p) => p.code === "program.code-missing").map((p) => p.cell)).toEqual([
        "Program!B19",
        "Program!B20",
        "Program!B21",
      ]);
    });

    it("returns indicators with units read from the values", () => {
      expect(doc.indicators[0]).toMatchObject({
        name: "Jumlah pengaduan dari masyarakat",
        unit: "pengaduan",
        polarity: "up",
        polarityInferred: true,
        baseline: { year: 2020, value: 9 },
      });
      expect(doc.indicators[0].targets.map((t) => [t.year, t.value])).toEqual([
        [2021, 20],
        [2022, 40],
        [2023, 50],
        [2024, 75],
      ]);
      expect(doc.indicators[1].unit).toBe("%");
      expect(doc.indicators[1].targets[0].value).toBe(1);
    });

    it("returns the profile and where each table was found", () => {
      expect(doc.profile).toEqual({
        instansi: "Pemerintah Kabupaten Luwu",
        level: "kabupaten",
        period: { startYear: 2021, endYear: 2024 },
      });
      expect(doc.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
        "informasiUmum Asesmen!B5:G10",
        "assessment Asesmen!B16:G40",
        "categorisation Kategorisasi!A4:K28",
        "priority Prioritas!B4:I10",
        "indicators Sasaran!A3:G6",
        "programs Program!B4:H35",
        "successIndicators 'Indikator Keberhasilan'!A3:C8",
      ]);
      expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    });
  });

  describe("Cilacap", () => {
    const { doc, problems } = readWorkbook(SEED_GRIDS.cilacap);

    it("returns the X marks across the repeated page header", () => {
      expect(scores("cilacap")).toEqual(CILACAP_SCORES);
      expect(doc.statements).toHaveLength(22);
    });

    it("returns no mapping from the table titled as an example, and says so at its title", () => {
      expect(doc.mapping).toBeNull();
      const example = problems.find((p) => p.code === "mapping.example");
      expect(example?.cell).toBe("'Lampiran II'!A41");
      expect(example?.severity).toBe("warning");
      expect(example?.message).toContain("Tabel 4 Contoh Kategorisasi Hasil Asesmen");
      expect(problems.some((p) => p.code === "mapping.partial")).toBe(false);
    });

    describe("edge cases", () => {
      it("returns the same table matched to statements by text once its title is not an example", () => {
        const renamed = SEED_GRIDS.cilacap.map((g) => ({
          ...g,
          values: g.values.map((r) =>
            r.map((v) =>
              v === "Tabel 4 Contoh Kategorisasi Hasil Asesmen" ? "Tabel 4 Kategorisasi" : v,
            ),
          ),
        }));
        const again = readWorkbook(renamed);
        expect(again.doc.mapping?.map((m) => [m.no, m.aspects])).toEqual([
          [2, ["partisipasi"]],
          [3, ["kelembagaan"]],
          [4, ["kelembagaan"]],
          [6, ["partisipasi"]],
          [8, ["koordinasi"]],
          [10, ["koordinasi"]],
        ]);
        expect(again.problems.find((p) => p.code === "mapping.partial")?.cell).toBe(
          "'Lampiran II'!A42:K49",
        );
      });
    });

    it("returns five indicators incl. 2,5 hari and the lower-is-better ones", () => {
      const byName = new Map(doc.indicators.map((i) => [i.name, i]));
      const days = byName.get("Jangka waktu penyelesaian pengaduan");
      expect(days).toMatchObject({
        unit: "hari",
        polarity: "down",
        polarityInferred: true,
        baseline: { year: 2020, value: 2.5 },
      });
      expect(days?.targets.map((t) => t.value)).toEqual([2.5, 2.3, 2, 1.5]);
      expect(days?.targets[1].cell).toBe("Sasaran!E10");
      const unresolved = byName.get("Jumlah Pengaduan yang Belum Diselesaikan");
      expect(unresolved?.polarity).toBe("down");
      expect(unresolved?.targets.map((t) => t.value)).toEqual([6, 0, 0, 0]);
      const pct = byName.get("Persentase Pengaduan yang Diselesaikan");
      expect(pct?.baseline.value).toBeCloseTo(0.9557, 10);
      expect(pct?.targets[0].value).toBeCloseTo(0.9187, 10);
      expect(byName.get("Jumlah Pengaduan yang Diterima")?.baseline.value).toBe(158);
    });

    it("returns the deep program numbering with v and √ marks and ➤ units", () => {
      const count = (l: string) => doc.programs.filter((p) => p.level === l).length;
      expect([count("kelompok"), count("program"), count("kegiatan")]).toEqual([
        CILACAP_PROGRAM_COUNT.kelompok,
        CILACAP_PROGRAM_COUNT.program,
        CILACAP_PROGRAM_COUNT.kegiatan,
      ]);
      const byCode = new Map(doc.programs.map((p) => [p.code, p]));
      expect(byCode.get("I.1.1")).toMatchObject({
        parent: "I.1",
        periods: ["2021"],
        units: ["Bupati", "Diskominfo", "Bagian Hukum", "Bagian Organisasi"],
        aspect: "kelembagaan",
      });
      expect(byCode.get("I.1.4")?.title).toBe(
        "Penyusunan Peraturan Bupati tentang Rencana Aksi Pengelolaan Pengaduan Pelayanan Publik di Lingkungan Pemerintah Kabupaten Cilacap Tahun 2021-2024",
      );
      expect(byCode.get("I.1.4")?.units).toEqual([
        "Bupati",
        "Diskominfo",
        "Bagian Hukum",
        "Bagian Organisasi",
      ]);
      expect(byCode.get("1.1.6")?.parent).toBe("I.1");
      expect(byCode.get("I.3.1")?.level).toBe("kegiatan");
      expect(byCode.get("II.1.1")?.periods).toEqual(["2021", "2022", "2023", "2024"]);
      expect(byCode.get("II.1.1")?.aspect).toBe("data");
      expect(
        problems.filter((p) => p.code === "program.level-mismatch").map((p) => p.cell),
      ).toEqual(["Program!A22", "Program!A23", "Program!A27"]);
    });

    it("returns informasi umum as printed, with no year: a table of monthly averages (114 received)", () => {
      expect(doc.informasiUmum).toHaveLength(1);
      expect(doc.informasiUmum[0]).toMatchObject({
        year: null,
        received: 114,
        perMonth: true,
        monthlyAverage: 114,
        resolved: 112.86,
        unresolved: 1.14,
      });
      expect(doc.informasiUmum[0].printedResolvedPct).toBeCloseTo(0.9916, 10);
    });

    it("returns no priority where the choice was lost, with a warning per aspect", () => {
      expect(doc.priorities.map((p) => p.priority)).toEqual([null, null, null, null, null]);
      expect(problems.filter((p) => p.code === "priority.unchosen")).toHaveLength(5);
    });

    it("returns the success indicators, continuation rows included", () => {
      expect(doc.successIndicators.map((s) => s.indicators.length)).toEqual([4, 3, 2, 2, 2]);
      expect(doc.successIndicators.map((s) => s.aspect)).toEqual([
        "kelembagaan",
        "data",
        "sdm",
        "partisipasi",
        "koordinasi",
      ]);
    });
  });

  describe("Klungkung", () => {
    const { doc, problems } = readWorkbook(SEED_GRIDS.klungkung);

    it("returns the 20 grouped statements with their scores", () => {
      expect(scores("klungkung")).toEqual(KLUNGKUNG_SCORES);
      expect(doc.statements.map((s) => s.group)).toEqual([
        ...Array(6).fill("kelembagaan"),
        ...Array(5).fill("sdm"),
        ...Array(3).fill("data"),
        ...Array(3).fill("partisipasi"),
        ...Array(3).fill("koordinasi"),
      ]);
      expect(doc.mapping).toBeNull();
    });

    it("returns the '1 2 3 (4) 5' choices, the printed averages and wrapped reasons", () => {
      expect(doc.priorities.map((p) => [p.aspect, p.priority, p.printedAverage])).toEqual([
        ["kelembagaan", 4, 3.1],
        ["sdm", 1, 3],
        ["data", 2, 3],
        ["partisipasi", 5, 3.6],
        ["koordinasi", 3, 3],
      ]);
      expect(doc.priorities[0].reason).toBe(
        "Perbub pengelolaan pengaduan dan SOP belum ditetapkan, buku panduan pengelolaan pengaduan belum tersedia",
      );
    });

    it("returns informasi umum from the single Nilai column", () => {
      expect(doc.informasiUmum[0]).toMatchObject({
        year: null,
        received: 22,
        resolved: 21,
        unresolved: 0,
        printedUnresolvedPct: 0,
      });
      expect(doc.informasiUmum[0].cells?.received).toBe("Asesmen!D5");
    });

    it("returns indicators with the unit from the name and the sasaran", () => {
      expect(
        doc.indicators.map((i) => [i.name, i.unit, i.baseline.year, i.baseline.value]),
      ).toEqual([
        ["Jumlah pengaduan yang diterima", "pengaduan", 2021, 22],
        ["Persentase pengaduan yang diselesaikan", "%", 2021, 1],
      ]);
      expect(doc.indicators[0].sasaran).toBe("Meningkatnya jumlah pengaduan dari masyarakat");
    });

    it("returns the 1 / 1.1. / 1.1.1 program tree and the plan years 2022-2024", () => {
      expect(
        doc.programs.filter((p) => p.level === "kelompok").map((p) => [p.code, p.aspect]),
      ).toEqual([
        ["1", "kelembagaan"],
        ["2", "sdm"],
        ["3", "data"],
        ["4", "partisipasi"],
      ]);
      expect(doc.programs.find((p) => p.code === "1.1.5")?.units).toEqual([
        "Baperlitbang",
        "BPKPD",
        "BKPSDM",
      ]);
      expect(doc.programs.find((p) => p.code === "3.3.2")?.parent).toBe("3.3");
      expect(doc.profile.period).toEqual({ startYear: 2022, endYear: 2024 });
      expect(doc.profile.instansi).toBe("Pemerintah Kabupaten Klungkung");
      expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    });
  });

  describe("Kapuas", () => {
    const { doc, problems } = readWorkbook(SEED_GRIDS.kapuas);

    it("returns the programs with their X year marks and units", () => {
      const activities = doc.programs.filter((p) => p.level === "kegiatan");
      expect(Object.fromEntries(activities.map((p) => [p.code, p.periods.map(Number)]))).toEqual(
        KAPUAS_ACTIVITY_YEARS,
      );
      expect(doc.programs.find((p) => p.code === "V.3.a")?.units).toEqual([
        "INSPEK TORAT",
        "DISKOM INFO",
        "Bagian ORGANISASI",
      ]);
      expect(doc.programs.find((p) => p.code === "I.1.a")).toMatchObject({
        parent: "I.1",
        aspect: "kelembagaan",
      });
      expect(doc.profile.period).toEqual({ startYear: 2021, endYear: 2024 });
    });

    it("returns a warning for the II.2 program printed under KP I", () => {
      const w = problems.filter((p) => p.code === "program.parent-mismatch");
      expect(w.map((p) => p.cell)).toEqual(["Program!A9"]);
      expect(doc.programs.find((p) => p.code === "II.2")?.parent).toBe("KP I");
    });

    it("returns indicators 26 -> 35, 45, 65, 76 and resolved 100%", () => {
      expect(doc.indicators[0].targets.map((t) => t.value)).toEqual([35, 45, 65, 76]);
      expect(doc.indicators[0].baseline).toEqual({ year: 2020, value: 26 });
      expect(doc.indicators[1].targets.map((t) => t.value)).toEqual([1, 1, 1, 1]);
    });

    it("returns informasi umum with TOTAL as received", () => {
      expect(doc.informasiUmum[0]).toMatchObject({
        received: 61,
        resolved: 61,
        unresolved: 0,
        printedResolvedPct: 1,
      });
      expect(doc.statements).toEqual([]);
    });
  });

  describe("Sumatera Barat", () => {
    const { doc, problems } = readWorkbook(SEED_GRIDS.sumbar);

    it("returns the printed averages from the Prioritas column and no rank", () => {
      const avg = Object.fromEntries(doc.priorities.map((p) => [p.aspect, p.printedAverage]));
      expect(avg).toEqual({
        kelembagaan: 2.5,
        sdm: 2.2,
        data: 2.6,
        partisipasi: 3,
        koordinasi: 2.6,
      });
      expect(doc.priorities.every((p) => p.priority === null)).toBe(true);
      expect(problems.find((p) => p.code === "priority.averages-in-column")?.cell).toBe(
        "Prioritas!B3",
      );
      expect(doc.priorities[0].reason).toBe(
        "Sudah ada SK Gubernur terkait unit pengelola pengaduan beserta anggaran, namun belum adanya bimbingan dan pelatihan admin dan pejabat penghubung pengelola pengaduan",
      );
    });

    it("returns targets and realisations merged from two tables", () => {
      expect(doc.indicators).toHaveLength(2);
      expect(doc.indicators[0].realisations.map((t) => [t.year, t.value])).toEqual([
        [2020, 97],
        [2021, 80],
      ]);
      expect(doc.indicators[1].realisations.map((t) => t.value)).toEqual([0.99, 1]);
      expect(doc.indicators[0].targets.map((t) => t.year)).toEqual([2021, 2022, 2023, 2024]);
    });

    it("returns the program groups by aspect and the instansi from a title", () => {
      expect(
        doc.programs.filter((p) => p.level === "kelompok").map((p) => [p.code, p.aspect]),
      ).toEqual([
        ["KP I", "sdm"],
        ["KP II", "kelembagaan"],
        ["KP III", "data"],
        ["KP IV", "partisipasi"],
        ["KP V", "koordinasi"],
      ]);
      expect(doc.programs.find((p) => p.code === "II.1.1")?.units).toEqual([
        "Tenaga Pendamping UI-CSGAR",
        "Biro Organisasi",
      ]);
      expect(doc.profile.instansi).toBe("Pemerintah Provinsi Sumatera Barat");
    });
  });
});

describe("readWorkbook", () => {
  it("returns documents that satisfy RenaksiDocumentSchema for every seed", () => {
    for (const grids of Object.values(SEED_GRIDS)) {
      const { doc } = readWorkbook(grids);
      const parsed = RenaksiDocumentSchema.safeParse(doc);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
  });
});
