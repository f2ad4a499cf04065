/**
 * Hand-made documents and analyses with the seeds' own numbers, so the layouts can be tested on
 * their own (core/read and core/compute are tested in their folders; test/core/api runs the
 * whole pipeline on the seed grids).
 */
import { ASPECTS, type AspectKey } from "../../../core/model/aspect";
import type { Analysis, AspectResult, StatementResult } from "../../../core/model/analysis";
import { emptyDocument, type RenaksiDocument } from "../../../core/model/document";
import type { ProgramNode } from "../../../core/model/program";

/** Klungkung (seed 002): 20 statements, groups 1-6 / 7-11 / 12-14 / 15-17 / 18-20. */
export const KLUNGKUNG_SCORES = [3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3];
const GROUP: AspectKey[] = [
  ...Array<AspectKey>(6).fill("kelembagaan"),
  ...Array<AspectKey>(5).fill("sdm"),
  ...Array<AspectKey>(3).fill("data"),
  ...Array<AspectKey>(3).fill("partisipasi"),
  ...Array<AspectKey>(3).fill("koordinasi"),
];

/** Marks sit in Matriks!C5:F24 (one row per statement). */
export function klungkungDoc(): RenaksiDocument {
  const doc = emptyDocument();
  doc.profile = {
    instansi: "Pemerintah Kabupaten Klungkung",
    period: { startYear: 2022, endYear: 2024 },
  };
  doc.statements = KLUNGKUNG_SCORES.map((_, i) => ({
    no: i + 1,
    text: `Pernyataan ${i + 1}`,
    group: GROUP[i],
  }));
  doc.answers = KLUNGKUNG_SCORES.map((s, i) => ({
    no: i + 1,
    answers: [s],
    source: { kind: "marks" as const, sheet: "Matriks", row: 5 + i, col: 3, rows: 1, cols: 4 },
  }));
  doc.informasiUmum = [
    {
      year: 2021,
      received: 22,
      resolved: 21,
      unresolved: 0,
      cells: { received: "Info!C5", resolved: "Info!C7", unresolved: "Info!C8" },
    },
  ];
  return doc;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function klungkungAnalysis(doc: RenaksiDocument = klungkungDoc()): Analysis {
  const statements: StatementResult[] = KLUNGKUNG_SCORES.map((s, i) => ({
    no: i + 1,
    text: `Pernyataan ${i + 1}`,
    score: s,
    respondents: 1,
    min: s,
    max: s,
    distribution: [0, 0, s === 3 ? 1 : 0, s === 4 ? 1 : 0],
    aspects: [GROUP[i]],
    gap: 4 - s,
  }));
  const suggested: Record<AspectKey, number> = {
    sdm: 1,
    data: 2,
    koordinasi: 3,
    kelembagaan: 4,
    partisipasi: 5,
  };
  const aspects: AspectResult[] = ASPECTS.map((a) => {
    const nos = statements.filter((s) => s.aspects.includes(a.key)).map((s) => s.no);
    const avg = mean(nos.map((n) => KLUNGKUNG_SCORES[n - 1]));
    const chosen = doc.priorities.find((c) => c.aspect === a.key);
    return {
      key: a.key,
      name: a.name,
      average: avg,
      statements: nos,
      suggestedPriority: suggested[a.key],
      priority: chosen?.priority ?? suggested[a.key],
      reason: chosen?.reason ?? "",
      gap: 4 - avg,
    };
  });
  return {
    instansi: doc.profile.instansi,
    period: { startYear: 2022, endYear: 2024 },
    targetLevel: 4,
    aspects,
    statements,
    informasiUmum: [
      {
        year: 2021,
        received: 22,
        monthlyAverage: 22 / 12,
        perMonth: false,
        resolved: 21,
        unresolved: 0,
        resolvedPct: 21 / 22,
        unresolvedPct: 0,
      },
    ],
    indicators: [],
    programs: [],
    successIndicators: [],
    formExport: null,
    problems: [],
    tables: [],
    mappingSource: "sheet",
  };
}

/** Cilacap (seed 001): a lower-is-better indicator, unresolved complaints 7 -> 6, 0, 0, 0. */
export function cilacapIndicatorAnalysis(): { doc: RenaksiDocument; analysis: Analysis } {
  const doc = klungkungDoc();
  doc.indicators = [
    {
      name: "Jumlah pengaduan yang tidak dapat diselesaikan",
      unit: "pengaduan",
      polarity: "down",
      baseline: { year: 2020, value: 7 },
      targets: [
        { year: 2021, value: 6, cell: "Indikator!D5" },
        { year: 2022, value: 0, cell: "Indikator!E5" },
      ],
      realisations: [
        { year: 2021, value: 6.5, cell: "Indikator!G5" },
        { year: 2022, value: 0, cell: "Indikator!H5" },
      ],
    },
  ];
  const analysis = klungkungAnalysis(doc);
  analysis.indicators = [
    {
      name: "Jumlah pengaduan yang tidak dapat diselesaikan",
      unit: "pengaduan",
      polarity: "down",
      baseline: { year: 2020, value: 7 },
      years: [
        { year: 2021, target: 6, realisasi: 6.5, capaian: 1 + (1 - 6.5 / 6), met: false, gap: 0.5 },
        { year: 2022, target: 0, realisasi: 0, capaian: null, met: true, gap: 0 },
      ],
    },
  ];
  return { doc, analysis };
}

/** Kapuas-like program tree: KP I > I.1 > I.1.a / I.1.b, KP II > II.1 > II.1.a. */
export function kapuasPrograms(): ProgramNode[] {
  return [
    {
      code: "KP I",
      level: "kelompok",
      title: "Kebijakan dan Kelembagaan",
      units: [],
      periods: [],
      aspect: "kelembagaan",
    },
    {
      code: "I.1",
      level: "program",
      title: "Penguatan regulasi",
      units: ["Bag. Organisasi"],
      periods: [],
      parent: "KP I",
    },
    {
      code: "I.1.a",
      level: "kegiatan",
      title: "Penyusunan Perbup",
      units: ["Bag. Hukum", "Bag. Organisasi"],
      periods: ["2021", "2022"],
      parent: "I.1",
    },
    {
      code: "I.1.b",
      level: "kegiatan",
      title: "Sosialisasi",
      units: ["Diskominfo"],
      periods: ["2023-S2"],
      parent: "I.1",
    },
    {
      code: "KP II",
      level: "kelompok",
      title: "Sumber Daya Manusia",
      units: [],
      periods: [],
      aspect: "sdm",
    },
    {
      code: "II.1",
      level: "program",
      title: "Peningkatan kapasitas",
      units: [],
      periods: ["2024-Q3"],
      parent: "KP II",
    },
  ];
}
