/**
 * `renaksi monev FILE... [--semester 2023-2] [--json] [--lang id|en] [-o rekap.xlsx]`: the semester
 * monev report of each file (core's `monev` command: counts and % selesai overall, per Kelompok
 * Program and per aspect, lagging activities with their cells, indicators with capaian by
 * polarity), and with several files the province roll-up, printed and, with `-o`, written as a
 * new workbook with a native chart. Reads only: the files given are never written.
 *
 * @example
 *   await cmdMonev(["examples/cilacap.xlsx", "--semester", "2022-1", "--json"], io)
 */
import * as fs from "node:fs";
import {
  ASPECTS,
  monevReportOnly,
  monevRollup,
  rekapPlan,
  reportedIndicators,
  hasErrors,
  type CommandOptions,
  type Locale,
  type MonevCounts,
  type MonevReport,
  type MonevRollup,
  type Problem,
} from "../core/index";
import { choice, commandOptions, parse, printProblems } from "./commands";
import { HELP } from "./help";
import { displayNames, fillIn, formatInteger, formatPercent, formatNumber, table } from "./format";
import { EXIT, usage, type Io } from "./usage";
import { buildWorkbook, InputError, openWorkbook, writeFileAtomic } from "./xlsx/workbook";

/** This command's own terminal text, Indonesian first (the CLI's UI text lives in the CLI). */
const TEXT = {
  header: [
    "Semester dilaporkan {semester} (rencana: {list})",
    "Semester reported {semester} (plan: {list})",
  ],
  overall: [
    "Direncanakan {planned}: selesai {selesai} ({pct}), berjalan {berjalan}, tertunda {tertunda}, belum {belum}; selesai di luar rencana {outside}",
    "Planned {planned}: done {selesai} ({pct}), in progress {berjalan}, postponed {tertunda}, not started {belum}; done outside the plan {outside}",
  ],
  byAspect: ["Per aspek", "Per aspect"],
  byKelompok: ["Per Kelompok Program", "Per programme group"],
  lagging: ["Kegiatan tertinggal ({n})", "Lagging activities ({n})"],
  indicators: ["Capaian indikator {year}", "Indicator achievement {year}"],
  none: ["(tidak ada)", "(none)"],
  rollup: ["== Rekap provinsi", "== Province roll-up"],
  shortfall: ["Indikator yang belum tercapai", "Indicators that fall short"],
  refused: [
    "Laporan monev tidak dibuat: perbaiki masalah di atas.",
    "No monev report: fix the problems above.",
  ],
  notWritten: [
    "{file} tidak ditulis: perbaiki galat di atas.",
    "{file} not written: fix the errors above.",
  ],
  written: [
    "Ditulis: {file} (rekap, {charts} grafik)",
    "Written: {file} (roll-up, {charts} chart)",
  ],
  exists: [
    "{file} sudah ada; tambahkan --force untuk menimpanya",
    "{file} exists; add --force to overwrite it",
  ],
  col: {
    aspect: ["Aspek", "Aspect"],
    group: ["Kelompok Program", "Programme group"],
    planned: ["Rencana", "Planned"],
    selesai: ["Selesai", "Done"],
    pct: ["% selesai", "% done"],
    code: ["Kode", "Code"],
    activity: ["Kegiatan", "Activity"],
    status: ["Status", "Status"],
    cell: ["Sel", "Cell"],
    indicator: ["Indikator", "Indicator"],
    period: ["Periode", "Period"],
    target: ["Target", "Target"],
    real: ["Realisasi", "Realisation"],
    capaian: ["Capaian", "Achievement"],
    file: ["Berkas", "File"],
    semester: ["Semester", "Semester"],
    overall: ["Keseluruhan", "Overall"],
  },
  status: {
    tercapai: ["tercapai", "met"],
    hampir: ["hampir tercapai", "nearly met"],
    belum: ["belum tercapai", "not met"],
    "": ["belum diisi", "not reported"],
  },
} as const;

type Pair = readonly [string, string];
const say = (pair: Pair, locale: Locale, vars: Record<string, string | number> = {}): string =>
  fillIn(pair[locale === "en" ? 1 : 0], vars);

const sem = (label: string): string => label.replace("-", " ");

// ------------------------------------------------------------------------------------ JSON contract

/** The `--json` contract of one file (documented in cli/README.md). */
export interface MonevJson {
  file: string;
  instansi: string;
  semester: string;
  semesters: string[];
  counts: {
    overall: MonevCounts | null;
    byKelompok: ({ code: string; name: string } & MonevCounts)[];
    byAspect: ({ key: string; name: string } & MonevCounts)[];
  };
  activities: {
    code: string;
    title: string;
    units: string[];
    kelompok: string;
    aspect: string | null;
    planned: boolean;
    plannedSemesters: string[];
    status: string | null;
    statusText: string;
    output: string;
    kendala: string;
    tindakLanjut: string;
    bukti: string;
    cell: string | null;
  }[];
  lagging: { code: string; title: string; status: string; cell: string | null }[];
  indicators: {
    name: string;
    unit: string;
    polarity: "up" | "down";
    year: number;
    /** "2023-S1" on a semester row, null on a yearly row. */
    semester: string | null;
    /** How the indicator is reported: "tahunan" (yearly rows) or "semester" (also semester rows). */
    period: "tahunan" | "semester";
    target: number | null;
    realisasi: number | null;
    capaian: number | null;
    met: boolean | null;
    gap: number | null;
    status: "tercapai" | "hampir" | "belum" | null;
    /** True on the rows the reported semester shows (its row, else its year's; one per indicator). */
    reported: boolean;
  }[];
  problems: {
    severity: string;
    code: string;
    message: string;
    messageEn: string;
    cell: string | null;
  }[];
}

const problemJson = (p: Problem) => ({
  severity: p.severity,
  code: p.code,
  message: p.message,
  messageEn: p.messageEn,
  cell: p.cell ?? null,
});

export function monevJson(file: string, r: MonevReport): MonevJson {
  const s = r.semester;
  const shown = new Set(reportedIndicators(r.indicators, s).map((x) => x.index));
  return {
    file,
    instansi: r.instansi,
    semester: s,
    semesters: r.semesters,
    counts: {
      overall: r.overall[s] ?? null,
      byKelompok: r.byKelompok.map((g) => ({ code: g.key, name: g.name, ...g.counts[s] })),
      byAspect: r.byAspect.map((g) => ({ key: g.key, name: g.name, ...g.counts[s] })),
    },
    activities: r.activities.map((a) => {
      const input = a.inputs[s];
      return {
        code: a.code,
        title: a.title,
        units: a.units,
        kelompok: a.kelompok,
        aspect: a.aspect,
        planned: a.planned.includes(s),
        plannedSemesters: a.planned,
        status: a.status[s] ?? null,
        statusText: input?.statusText ?? "",
        output: input?.output ?? "",
        kendala: input?.kendala ?? "",
        tindakLanjut: input?.tindakLanjut ?? "",
        bukti: input?.bukti ?? "",
        cell: a.statusCell ?? null,
      };
    }),
    lagging: r.lagging.map((l) => ({ ...l, cell: l.cell ?? null })),
    indicators: r.indicators.map((i, k) => ({
      name: i.name,
      unit: i.unit,
      polarity: i.polarity,
      year: i.year,
      semester: i.semester ?? null,
      period: i.period ?? "tahunan",
      target: i.target,
      realisasi: i.realisasi,
      capaian: i.capaian,
      met: i.met,
      gap: i.gap,
      status: i.status,
      reported: shown.has(k),
    })),
    problems: r.problems.map(problemJson),
  };
}

// ------------------------------------------------------------------------------------------- text

function countsTable(
  rows: { label: string; c: MonevCounts | undefined }[],
  head: Pair,
  locale: Locale,
): string {
  const C = TEXT.col;
  return table(
    [say(head, locale), say(C.planned, locale), say(C.selesai, locale), say(C.pct, locale)],
    rows.map(({ label, c }) => [
      label,
      formatInteger(c?.planned, locale),
      formatInteger(c?.selesai, locale),
      formatPercent(c?.selesaiPct, 0, locale),
    ]),
    [false, true, true, true],
    50,
  );
}

/** One file's report for a person. */
export function monevText(file: string, r: MonevReport, locale: Locale = "id"): string {
  const C = TEXT.col;
  const s = r.semester;
  const c = r.overall[s];
  const out: string[] = [`== ${file}${r.instansi ? ` | ${r.instansi}` : ""}`];
  out.push(say(TEXT.header, locale, { semester: sem(s), list: r.semesters.map(sem).join(", ") }));
  if (c) {
    out.push(
      say(TEXT.overall, locale, {
        planned: c.planned,
        selesai: c.selesai,
        pct: formatPercent(c.selesaiPct, 0, locale),
        berjalan: c.berjalan,
        tertunda: c.tertunda,
        belum: c.belum,
        outside: c.outsidePlan,
      }),
    );
  }
  out.push("", say(TEXT.byAspect, locale));
  out.push(
    countsTable(
      r.byAspect.map((g) => ({
        label: locale === "en" ? (ASPECTS.find((a) => a.key === g.key)?.nameEn ?? g.name) : g.name,
        c: g.counts[s],
      })),
      C.aspect,
      locale,
    ),
  );
  out.push("", say(TEXT.byKelompok, locale));
  out.push(
    countsTable(
      r.byKelompok.map((g) => ({ label: `${g.key} ${g.name}`, c: g.counts[s] })),
      C.group,
      locale,
    ),
  );
  out.push("", say(TEXT.lagging, locale, { n: r.lagging.length }));
  out.push(
    r.lagging.length === 0
      ? `  ${say(TEXT.none, locale)}`
      : table(
          [
            say(C.code, locale),
            say(C.activity, locale),
            say(C.status, locale),
            say(C.cell, locale),
          ],
          r.lagging.map((l) => [l.code, l.title, l.status || "-", l.cell ?? ""]),
          [],
          56,
        ),
  );
  const year = Number(s.slice(0, 4));
  // The reported semester's rows: a semester indicator's row of that semester, else the year's.
  const inds = reportedIndicators(r.indicators, s).map((x) => x.row);
  out.push("", say(TEXT.indicators, locale, { year }));
  out.push(
    inds.length === 0
      ? `  ${say(TEXT.none, locale)}`
      : table(
          [
            say(C.indicator, locale),
            say(C.period, locale),
            say(C.target, locale),
            say(C.real, locale),
            say(C.capaian, locale),
            say(C.status, locale),
          ],
          inds.map((i) => {
            const pct = i.unit === "%";
            const n = (v: number | null) =>
              pct ? formatPercent(v, 2, locale) : formatNumber(v, 2, locale);
            return [
              i.name,
              i.semester ? sem(i.semester) : String(i.year),
              n(i.target),
              n(i.realisasi),
              formatPercent(i.capaian, 2, locale),
              say(TEXT.status[i.status ?? ""], locale),
            ];
          }),
          [false, false, true, true, true, false],
          50,
        ),
  );
  return out.join("\n");
}

/** The roll-up of several files for a person. */
export function rollupText(rollup: MonevRollup, locale: Locale = "id"): string {
  const C = TEXT.col;
  const out = [say(TEXT.rollup, locale)];
  out.push(
    table(
      [
        say(C.file, locale),
        say(C.semester, locale),
        say(C.overall, locale),
        ...ASPECTS.map((a) => (locale === "en" ? a.nameEn.split(" ")[0] : a.short)),
      ],
      rollup.files.map((f) => [
        f.file,
        sem(f.semester) || "-",
        formatPercent(f.overall?.selesaiPct, 0, locale),
        ...ASPECTS.map((a) => formatPercent(f.byAspect[a.key], 0, locale)),
      ]),
      [false, false, true, true, true, true, true, true],
    ),
  );
  out.push("", say(TEXT.shortfall, locale));
  out.push(
    rollup.shortfall.length === 0
      ? `  ${say(TEXT.none, locale)}`
      : table(
          [
            say(C.file, locale),
            say(C.indicator, locale),
            say(C.capaian, locale),
            say(C.status, locale),
          ],
          rollup.shortfall.map((x) => [
            x.file,
            `${x.name} (${x.semester ? sem(x.semester) : x.year})`,
            formatPercent(x.capaian, 2, locale),
            say(TEXT.status[x.status ?? ""], locale),
          ]),
          [false, false, true, false],
        ),
  );
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------- command

interface FileMonev {
  file: string;
  report: MonevReport | null;
  problems: Problem[];
}

/** One file's monev (core `monev`), or the problems that stop it. Reads only. */
export async function monevFile(file: string, opts: CommandOptions = {}): Promise<FileMonev> {
  try {
    const book = await openWorkbook(file);
    // The report only: `renaksi monev` writes no sheet.
    const r = monevReportOnly(book.grids, opts);
    return { file, report: r.refused ? null : r.report, problems: r.problems };
  } catch (e) {
    if (e instanceof InputError) return { file, report: null, problems: e.problems };
    throw e;
  }
}

export async function cmdMonev(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    semester: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
    out: { type: "string", short: "o" },
    force: { type: "boolean" },
    target: { type: "string" },
    statements: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.out(HELP.monev);
    return EXIT.ok;
  }
  const locale = choice<Locale>(values.lang as string | undefined, "--lang", ["id", "en"]) ?? "id";
  if (positionals.length === 0) throw usage("cli.err.noFile");
  const out = values.out as string | undefined;
  if (out !== undefined) {
    if (
      positionals.some(
        (f) =>
          fs.existsSync(f) && fs.existsSync(out) && fs.realpathSync(f) === fs.realpathSync(out),
      )
    )
      throw usage("cli.err.sameFile");
    if (fs.existsSync(out) && !values.force) {
      io.err(`${say(TEXT.exists, "id", { file: out })}\n${say(TEXT.exists, "en", { file: out })}`);
      return EXIT.invalid;
    }
  }
  const opts = commandOptions(values);
  const items: FileMonev[] = [];
  for (const file of positionals) items.push(await monevFile(file, opts));
  const rollup = positionals.length > 1 || out !== undefined ? monevRollup(items) : null;
  // A person reads base names (or the shortest telling paths), the JSON keeps the paths given.
  const names = displayNames(positionals);
  const shown = items.map((it, i) => ({ ...it, file: names[i] }));
  const shownRollup = rollup ? monevRollup(shown) : null;

  if (values.json) {
    const objs = items.map((it) =>
      it.report
        ? monevJson(it.file, it.report)
        : { file: it.file, problems: it.problems.map(problemJson) },
    );
    io.out(
      JSON.stringify(objs.length === 1 && !rollup ? objs[0] : { files: objs, rollup }, null, 2),
    );
  } else {
    const blocks = shown.map((it) =>
      it.report
        ? monevText(it.file, it.report, locale)
        : `== ${it.file}\n${say(TEXT.refused, locale)}`,
    );
    if (shownRollup && items.length > 1) blocks.push(rollupText(shownRollup, locale));
    io.out(blocks.join("\n\n"));
    for (const it of items) printProblems(io, it.problems, locale);
  }
  const failed = items.some((it) => hasErrors(it.problems));
  if (out !== undefined && shownRollup && !failed) {
    const built = await buildWorkbook({}, [rekapPlan(shownRollup)]);
    if (!built.buffer) {
      printProblems(io, built.problems, locale);
      return EXIT.invalid;
    }
    await writeFileAtomic(out, built.buffer);
    io.err(say(TEXT.written, locale, { file: out, charts: built.charts }));
  }
  if (out !== undefined && failed) io.err(say(TEXT.notWritten, locale, { file: out }));
  return failed ? EXIT.invalid : EXIT.ok;
}
