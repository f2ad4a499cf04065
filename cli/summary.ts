/**
 * `renaksi summary`: the Analysis as the stable JSON contract, and as Indonesian (or English)
 * tables for a person, one per file, plus a province roll-up when there are several files.
 *
 * @example
 *   summaryJson(analysis, "klungkung.xlsx").aspects[1] // { key: "sdm", average: 3, priority: 1, ... }
 */
import {
  capProblems,
  ASPECTS,
  type AspectKey,
  type Analysis,
  type Polarity,
  type ProgramLevel,
  type Problem,
  type Locale,
} from "../core";
import { t, type LabelKey } from "./labels";
import { fillIn, formatInteger, formatNumber, formatPercent, table } from "./format";

/** The `--json` contract of one file. */
export interface SummaryJson {
  file: string;
  instansi: string;
  period: { startYear: number; endYear: number } | null;
  aspects: {
    key: AspectKey;
    name: string;
    average: number | null;
    statements: number[];
    suggestedPriority: number | null;
    priority: number | null;
    gap: number | null;
  }[];
  statements: { no: number; score: number | null; respondents: number; aspects: AspectKey[] }[];
  informasiUmum: {
    year: number | null;
    received: number | null;
    monthlyAverage: number | null;
    perMonth: boolean;
    resolved: number | null;
    unresolved: number | null;
    resolvedPct: number | null;
    unresolvedPct: number | null;
  }[];
  indicators: {
    name: string;
    unit: string;
    polarity: Polarity;
    baseline: { year: number | null; value: number | null };
    years: {
      year: number;
      target: number | null;
      realisasi: number | null;
      capaian: number | null;
      gap: number | null;
    }[];
  }[];
  programs: {
    code: string;
    level: ProgramLevel;
    title: string;
    units: string[];
    periods: string[];
  }[];
  successIndicators: {
    group: string;
    aspect: AspectKey | null;
    indicators: string[];
    cell: string | null;
  }[];
  formExport: Analysis["formExport"];
  problems: { severity: Problem["severity"]; code: string; message: string; cell: string | null }[];
}

const num = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

export function summaryJson(a: Analysis, file: string): SummaryJson {
  return {
    file,
    instansi: a.instansi,
    period: a.period,
    aspects: a.aspects.map((x) => ({
      key: x.key,
      name: x.name,
      average: num(x.average),
      statements: [...x.statements],
      suggestedPriority: x.suggestedPriority,
      priority: x.priority,
      gap: num(x.gap),
    })),
    statements: a.statements.map((s) => ({
      no: s.no,
      score: num(s.score),
      respondents: s.respondents,
      aspects: [...s.aspects],
    })),
    informasiUmum: a.informasiUmum.map((y) => ({
      year: y.year,
      received: y.received,
      monthlyAverage: num(y.monthlyAverage),
      perMonth: y.perMonth,
      resolved: y.resolved,
      unresolved: y.unresolved,
      resolvedPct: num(y.resolvedPct),
      unresolvedPct: num(y.unresolvedPct),
    })),
    indicators: a.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      polarity: i.polarity,
      baseline: { year: i.baseline.year, value: num(i.baseline.value) },
      years: i.years.map((y) => ({
        year: y.year,
        target: num(y.target),
        realisasi: num(y.realisasi),
        capaian: num(y.capaian),
        gap: num(y.gap),
      })),
    })),
    programs: a.programs.map((p) => ({
      code: p.code,
      level: p.level,
      title: p.title,
      units: [...p.units],
      periods: [...p.periods],
    })),
    successIndicators: a.successIndicators.map((g) => ({
      group: g.group,
      aspect: g.aspect,
      indicators: [...g.indicators],
      cell: g.cell,
    })),
    formExport: a.formExport ? structuredClone(a.formExport) : null,
    problems: a.problems.map((p) => ({
      severity: p.severity,
      code: p.code,
      message: p.message,
      cell: p.cell ?? null,
    })),
  };
}

/** One problem line: "  galat  Matriks!D14  Nilai 5 di luar skala 1-4". */
export function problemLine(p: Problem, locale: Locale): string {
  const sev = t(`cli.severity.${p.severity}`, locale);
  const msg = locale === "en" ? p.messageEn : p.message;
  return `  ${sev.padEnd(10)} ${p.cell ? `${p.cell}  ` : ""}${msg}`;
}

/** The tables of one file. */
export function summaryText(a: Analysis, file: string, locale: Locale = "id"): string {
  const L = (k: LabelKey): string => t(k, locale);
  const out: string[] = [];
  const period = a.period ? `${a.period.startYear}-${a.period.endYear}` : "-";
  out.push(
    `== ${file}${a.instansi ? ` | ${a.instansi}` : ""} | ${L("cli.summary.period")} ${period}`,
  );
  const mapping =
    a.statements.length === 0
      ? L("cli.summary.mappingNone")
      : a.mappingSource.startsWith("template:")
        ? fillIn(L("cli.summary.mappingTemplate"), { id: a.mappingSource.slice(9) })
        : a.mappingSource === "groups"
          ? L("cli.summary.mappingGroups")
          : L("cli.summary.mappingSheet");
  out.push(`${L("cli.summary.mapping")}: ${mapping}`);
  out.push("", L("cli.summary.aspects"));
  const byPriority = [...a.aspects].sort(
    (x, y) =>
      (x.priority ?? 99) - (y.priority ?? 99) ||
      ASPECTS.findIndex((i) => i.key === x.key) - ASPECTS.findIndex((i) => i.key === y.key),
  );
  out.push(
    table(
      [
        L("cli.col.priority"),
        L("cli.col.aspect"),
        L("cli.col.average"),
        L("cli.col.suggested"),
        L("cli.col.gap"),
        L("cli.col.statements"),
      ],
      byPriority.map((x) => [
        x.priority === null ? "-" : String(x.priority),
        locale === "en" ? (ASPECTS.find((i) => i.key === x.key)?.nameEn ?? x.name) : x.name,
        formatNumber(x.average, 2, locale),
        x.suggestedPriority === null ? "-" : String(x.suggestedPriority),
        formatNumber(x.gap, 2, locale),
        x.statements.join(", ") || "-",
      ]),
      [true, false, true, true, true, false],
      60,
    ),
  );
  if (a.formExport) out.push("", ...formExportLines(a.formExport, locale));
  out.push("", L("cli.summary.informasi"));
  if (a.informasiUmum.length === 0) out.push(`  ${L("cli.summary.none")}`);
  else
    out.push(
      table(
        [
          L("cli.col.year"),
          L("cli.col.received"),
          L("cli.col.monthly"),
          L("cli.col.resolved"),
          L("cli.col.unresolved"),
          L("cli.col.resolvedPct"),
        ],
        a.informasiUmum.map((y) => [
          `${y.year === null ? "-" : String(y.year)}${y.perMonth ? ` ${L("cli.summary.perMonth")}` : ""}`,
          formatInteger(y.received, locale),
          formatNumber(y.monthlyAverage, 2, locale),
          formatInteger(y.resolved, locale),
          formatInteger(y.unresolved, locale),
          formatPercent(y.resolvedPct, 2, locale),
        ]),
        [false, true, true, true, true, true],
      ),
    );
  out.push("", L("cli.summary.indicators"));
  if (a.indicators.length === 0) out.push(`  ${L("cli.summary.none")}`);
  else {
    const rows: string[][] = [];
    for (const i of a.indicators) {
      // A "%" indicator holds fractions (1 = 100%): show them as percentages.
      const pct = i.unit.trim() === "%";
      const val = (v: number | null): string =>
        pct ? formatPercent(v, 2, locale) : formatNumber(v, 2, locale).replace(/[,.]00$/, "");
      const base = `${val(i.baseline.value)}${i.baseline.year ? ` (${i.baseline.year})` : ""}`;
      rows.push([i.name, i.unit, L(`cli.polarity.${i.polarity}`), "baseline", base, "", "", ""]);
      for (const y of i.years) {
        rows.push([
          "",
          "",
          "",
          String(y.year),
          val(y.target),
          val(y.realisasi),
          y.capaian !== null
            ? formatPercent(y.capaian, 2, locale)
            : y.met === null
              ? "-"
              : y.met
                ? locale === "en"
                  ? "met"
                  : "tercapai"
                : locale === "en"
                  ? "not met"
                  : "tidak tercapai",
          pct ? formatPercent(y.gap, 2, locale) : formatNumber(y.gap, 2, locale),
        ]);
      }
    }
    out.push(
      table(
        [
          L("cli.col.indicator"),
          L("cli.col.unit"),
          L("cli.col.polarity"),
          L("cli.col.year"),
          L("cli.col.target"),
          L("cli.col.realisasi"),
          L("cli.col.capaian"),
          L("cli.col.gap"),
        ],
        rows,
        [false, false, false, false, true, true, true, true],
        44,
      ),
    );
  }
  const count = (lvl: string): number => a.programs.filter((p) => p.level === lvl).length;
  out.push(
    "",
    `${L("cli.summary.programs")}: ${
      a.programs.length === 0
        ? L("cli.summary.none")
        : fillIn(L("cli.summary.programCount"), {
            kelompok: count("kelompok"),
            program: count("program"),
            kegiatan: count("kegiatan"),
          })
    }`,
  );
  out.push("", L("cli.summary.success"));
  if (a.successIndicators.length === 0) out.push(`  ${L("cli.summary.none")}`);
  for (const g of a.successIndicators) {
    out.push(`  ${g.group}`);
    for (const line of g.indicators) out.push(`    - ${line}`);
  }
  out.push("", `${L("cli.summary.problems")} (${a.problems.length})`);
  if (a.problems.length === 0) out.push(`  ${L("cli.summary.noProblems")}`);
  for (const p of capProblems(a.problems)) out.push(problemLine(p, locale));
  return out.join("\n");
}

/**
 * How a form export was read (issue 11): its respondents, the question columns matched to the
 * statements by their text (near matches named for checking), the label -> score table used and
 * the duplicate submissions left out.
 *
 * @example formExportLines(a.formExport, "id")[0] // "Ekspor formulir 'Jawaban Formulir 1'!A1:X63: 60 responden"
 */
export function formExportLines(f: NonNullable<Analysis["formExport"]>, locale: Locale): string[] {
  const L = (k: LabelKey, vars: Record<string, string | number> = {}): string =>
    fillIn(t(k, locale), vars);
  const out = [L("cli.summary.form", { range: f.range, respondents: f.respondents })];
  if (f.byText) {
    const near = f.columns.filter((c) => c.similarity !== 1);
    const total = f.columns.length;
    out.push(
      `  ${L("cli.summary.formMatched", { total, exact: total - near.length, near: near.length })}`,
    );
    for (const c of near)
      out.push(
        `    ${L("cli.summary.formNear", {
          no: c.no,
          cell: c.cell,
          header: c.header.length > 60 ? `${c.header.slice(0, 59)}…` : c.header,
          pct: formatPercent(c.similarity, 0, locale),
        })}`,
      );
  }
  if (f.labels) {
    const entries = f.labels.entries.map((e) => `${e.label} = ${e.score}`).join(", ");
    out.push(`  ${L("cli.summary.formLabels", { entries })}`);
  }
  for (const d of f.duplicates)
    out.push(
      `  ${L("cli.summary.formDuplicate", { who: d.who, kept: d.kept, dropped: d.dropped })}`,
    );
  return out;
}

/** The province view: one row per file, then the mean of each aspect over the files. */
export function rollupText(
  items: { file: string; analysis: Analysis | null; problems: Problem[] }[],
  locale: Locale = "id",
): string {
  const L = (k: LabelKey): string => t(k, locale);
  const short = ASPECTS.map((a) => a.short);
  const rows = items.map((it) => {
    const a = it.analysis;
    const avg = ASPECTS.map((x) =>
      formatNumber(a?.aspects.find((y) => y.key === x.key)?.average ?? null, 2, locale),
    );
    const first = a?.aspects.find((x) => x.priority === 1);
    const errors = it.problems.filter((p) => p.severity === "error").length;
    const warnings = it.problems.length - errors;
    return [
      it.file,
      a?.instansi ?? "",
      ...avg,
      first ? first.name : "-",
      String(errors),
      String(warnings),
    ];
  });
  // A workbook with an error (refused by fill) does not count in the means: its averages are
  // incomplete, and its corrected copy is usually in the same batch.
  const valid = items.filter((it) => !it.problems.some((p) => p.severity === "error"));
  const means = ASPECTS.map((x) => {
    const vals = valid
      .map((it) => it.analysis?.aspects.find((y) => y.key === x.key)?.average ?? null)
      .filter((v): v is number => v !== null);
    return vals.length ? vals.reduce((s, v) => s + v, 0) / vals.length : null;
  });
  // "Rata-rata N berkas" counts the files that have averages (Kapuas prints no assessment).
  const withAverages = valid.filter((it) => it.analysis?.aspects.some((y) => y.average !== null));
  rows.push([
    fillIn(L("cli.summary.rollupMean"), { n: withAverages.length }),
    "",
    ...means.map((m) => formatNumber(m, 2, locale)),
    "",
    "",
    "",
  ]);
  const firstCounts = ASPECTS.map(
    (x) =>
      valid.filter((it) => it.analysis?.aspects.find((y) => y.key === x.key)?.priority === 1)
        .length,
  );
  rows.push([L("cli.summary.rollupFirst"), "", ...firstCounts.map(String), "", "", ""]);
  return [
    `== ${L("cli.summary.rollup")} (${items.length})`,
    table(
      [
        L("cli.col.file"),
        L("cli.col.instansi"),
        ...short,
        `${L("cli.col.priority")} 1`,
        L("cli.col.errors"),
        L("cli.col.warnings"),
      ],
      rows,
      [false, false, true, true, true, true, true, false, true, true],
      36,
    ),
    L("cli.summary.rollupNote"),
  ].join("\n");
}
