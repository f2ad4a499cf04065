import type { Analysis, AspectResult, ProgramResult, StatementResult } from "../model/analysis";
import { ASPECTS, type AspectInfo, type AspectKey } from "../model/aspect";
import type { RenaksiDocument } from "../model/document";
import type { Mapping } from "../model/mapping";
import type { Statement, StatementSetId } from "../model/statement";
import { problem, type Problem } from "../problem";
import { defaultMapping, guessStatementSet, mappingFromGroups, statementSet } from "../templates";
import { aspectAverages } from "./aspects";
import { indicatorResults } from "./capaian";
import { compareCells } from "./cells";
import { checkTargetLevel, DEFAULT_TARGET_LEVEL, gap } from "./gaps";
import { informasiUmum } from "./informasi-umum";
import {
  applyPriorityChoices,
  averagesFromPrinted,
  checkPrintedAverages,
  type AspectValue,
} from "./priority";
import { checkPrograms, comparePeriods } from "./programs";
import { scoreStatements, type StatementScore } from "./scores";

export interface AnalyzeOptions {
  /** Target level for gaps; default 4 (top of the scale). */
  targetLevel?: number;
  /** Statement list used to fill in what the workbook lacks; default guessed from the statements. */
  statementSet?: StatementSetId;
  /**
   * The aspects, in canonical order (default ASPECTS, model/aspect.ts): averages, priorities and
   * the tie-break follow this list. Lay the result out with the same list.
   */
  aspects?: readonly AspectInfo[];
}

/**
 * Sort problems: errors first, then by cell (sheet, row, column; problems without a cell last),
 * then by code; otherwise stable.
 *
 * @example sortProblems([warningAtA1, errorAtB2])[0].severity // "error"
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      if (a.p.severity !== b.p.severity) return a.p.severity === "error" ? -1 : 1;
      const c = compareCells(a.p.cell, b.p.cell);
      if (c !== 0) return c;
      return a.i - b.i;
    })
    .map((x) => x.p);
}

/** The range of the first table of `kind` found in the workbook, for aspect-level messages. */
function tableRange(doc: RenaksiDocument, kind: string): string | undefined {
  return doc.tables.find((t) => t.kind === kind)?.range;
}

/**
 * Analyse a whole document (read from a workbook): statement scores, aspect averages, suggested
 * and final priorities, gaps, informasi umum percentages, indicator capaian and program numbering
 * checks. The result is the `renaksi summary --json` contract (core/model/analysis.ts).
 *
 * Mapping precedence: the instansi's own categorisation table (`doc.mapping`, mappingSource
 * "sheet") > the statements' group headings (Klungkung, mappingSource "groups") > the template's
 * default mapping (mappingSource "template:<id>", with a warning `mapping.default` saying so).
 * When no statement has a score at all but the priority table prints averages (Sumatera Barat),
 * those averages are used, with warnings `average.from-printed`.
 *
 * Problems from every step are collected and sorted: errors first, then by cell.
 *
 * @example analyzeDocument(klungkung).aspects.map((a) => a.priority) // [4, 1, 2, 5, 3]
 */
export function analyzeDocument(doc: RenaksiDocument, opts: AnalyzeOptions = {}): Analysis {
  const problems: Problem[] = [];
  const aspects = opts.aspects ?? ASPECTS;
  const { targetLevel, gapLevel } = targetOf(opts, problems);
  const set = lazyStatementSet(doc, opts);
  const scored = scoreSection(doc, set, problems);
  const { mapping, mappingSource } = chooseMapping(doc, scored, set, problems);
  const values = aspectValues(doc, scored, mapping, aspects, problems);
  const aspectResults = priorityResults(doc, values, aspects, gapLevel, problems);
  const statements = statementResults(scored, mapping, aspects, gapLevel);
  const rest = otherResults(doc, problems);
  return {
    instansi: doc.profile.instansi ?? "",
    period: rest.period,
    targetLevel,
    aspects: aspectResults,
    statements,
    informasiUmum: rest.informasiUmum,
    indicators: rest.indicators,
    programs: rest.programs,
    successIndicators: rest.successIndicators,
    formExport: doc.formExport ?? null,
    problems: sortProblems(problems),
    tables: doc.tables.map((t) => ({ ...t })),
    mappingSource,
  };
}

/** The target level asked for, and the one gaps use (the default when the asked one is invalid). */
function targetOf(
  opts: AnalyzeOptions,
  problems: Problem[],
): { targetLevel: number; gapLevel: number } {
  const targetLevel = opts.targetLevel ?? DEFAULT_TARGET_LEVEL;
  const targetProblems = checkTargetLevel(targetLevel);
  problems.push(...targetProblems);
  return {
    targetLevel,
    gapLevel: targetProblems.length === 0 ? targetLevel : DEFAULT_TARGET_LEVEL,
  };
}

/**
 * The statement set, only needed to fill in texts or a mapping the workbook lacks: guessed lazily
 * (the option, else from the statements).
 */
function lazyStatementSet(doc: RenaksiDocument, opts: AnalyzeOptions): () => StatementSetId {
  let guessed: StatementSetId | undefined = opts.statementSet;
  return () => (guessed ??= guessStatementSet(doc.statements));
}

/** Statements, their scores, and every statement number with a score entry. */
interface Scored {
  statements: Statement[];
  scores: StatementScore[];
  scoreOf: Map<number, StatementScore>;
  /** Statement number -> score (null = not scored), for every listed or answered statement. */
  scoreMap: Map<number, number | null>;
  assessmentCell: string | undefined;
}

/**
 * Step 1: statements (the standard texts when the workbook has answers but no list) and their
 * scores. Warnings `score.none` (a statement without an answer) and `score.unknown-statement`.
 */
function scoreSection(
  doc: RenaksiDocument,
  setIdOf: () => StatementSetId,
  problems: Problem[],
): Scored {
  let statements: Statement[] = [...doc.statements].sort((a, b) => a.no - b.no);
  if (statements.length === 0 && doc.answers.length > 0) {
    const std = new Map(statementSet(setIdOf()).statements.map((s) => [s.no, s] as const));
    statements = [...doc.answers]
      .sort((a, b) => a.no - b.no)
      .map((a) => std.get(a.no) ?? { no: a.no, text: "" });
  }
  const { scores, problems: scoreProblems } = scoreStatements(doc.answers);
  problems.push(...scoreProblems);
  const scoreOf = new Map<number, StatementScore>(scores.map((s) => [s.no, s] as const));
  const statementNos = new Set(statements.map((s) => s.no));
  const assessmentCell = tableRange(doc, "assessment");
  for (const s of statements) {
    if (!scoreOf.has(s.no) && doc.answers.length > 0) {
      problems.push(
        problem(
          "warning",
          "score.none",
          `Pernyataan ${s.no} belum dinilai: tidak ada jawaban`,
          `Statement ${s.no} has no score: no answer`,
          assessmentCell,
        ),
      );
    }
  }
  for (const sc of scores) {
    if (statements.length > 0 && !statementNos.has(sc.no)) {
      problems.push(
        problem(
          "warning",
          "score.unknown-statement",
          `Ada jawaban untuk pernyataan ${sc.no}, yang tidak ada dalam daftar pernyataan`,
          `There are answers for statement ${sc.no}, which is not in the statement list`,
          assessmentCell,
        ),
      );
    }
  }
  const scoreMap = new Map<number, number | null>();
  for (const s of statements) scoreMap.set(s.no, scoreOf.get(s.no)?.score ?? null);
  for (const sc of scores) if (!scoreMap.has(sc.no)) scoreMap.set(sc.no, sc.score);
  return { statements, scores, scoreOf, scoreMap, assessmentCell };
}

/**
 * Step 2: the mapping: the instansi's own table > the statements' group headings > the template's
 * default (with a warning `mapping.default`, or `mapping.none` when the list is not standard).
 */
function chooseMapping(
  doc: RenaksiDocument,
  { statements, scoreMap, assessmentCell }: Scored,
  setIdOf: () => StatementSetId,
  problems: Problem[],
): { mapping: Mapping; mappingSource: string } {
  if (doc.mapping && doc.mapping.length > 0)
    return { mapping: doc.mapping, mappingSource: "sheet" };
  if (statements.some((s) => s.group !== undefined)) {
    return { mapping: mappingFromGroups(statements), mappingSource: "groups" };
  }
  const setId = setIdOf();
  const mapping = defaultMapping(setId, statements);
  if (scoreMap.size > 0) {
    problems.push(
      mapping.length > 0
        ? problem(
            "warning",
            "mapping.default",
            `Tidak ada tabel kategorisasi: pernyataan dikelompokkan menurut pemetaan baku ${setId}. Tambahkan tabel kategorisasi bila instansi memetakan berbeda`,
            `No categorisation table: statements are grouped by the standard ${setId} mapping. Add a categorisation table if the instansi maps them differently`,
            assessmentCell,
          )
        : problem(
            "warning",
            "mapping.none",
            "Tidak ada tabel kategorisasi dan daftar pernyataan bukan daftar baku: tidak ada pernyataan yang masuk aspek mana pun",
            "No categorisation table and the statement list is not a standard one: no statement counts for any aspect",
            assessmentCell,
          ),
    );
  }
  return { mapping, mappingSource: `template:${setId}` };
}

/** Each aspect's average and the statements that count for it. */
interface AspectValues {
  values: AspectValue[];
  statementsOf: Map<AspectKey, number[]>;
}

/**
 * Step 3: aspect averages, or the printed ones when there are no scores at all (Sumatera Barat),
 * or none when there is no assessment (Kapuas: one warning, not an error per aspect).
 */
function aspectValues(
  doc: RenaksiDocument,
  { scores, scoreMap, assessmentCell }: Scored,
  mapping: Mapping,
  aspects: readonly AspectInfo[],
  problems: Problem[],
): AspectValues {
  const anyScore = scores.some((s) => s.score !== null);
  const printed = doc.priorities.some((c) => typeof c.printedAverage === "number");
  const noAssessment = doc.statements.length === 0 && doc.answers.length === 0;
  if (noAssessment && !printed) {
    problems.push(
      problem(
        "warning",
        "assessment.missing",
        "Tidak ada matriks asesmen maupun rata-rata aspek tertulis: rata-rata dan prioritas aspek tidak dihitung",
        "No assessment matrix and no printed aspect averages: aspect averages and priorities are not computed",
      ),
    );
    return {
      values: aspects.map((a) => ({ key: a.key, average: null })),
      statementsOf: new Map(aspects.map((a) => [a.key, []])),
    };
  }
  if (!anyScore && printed) {
    const r = averagesFromPrinted(doc.priorities, aspects);
    problems.push(...r.problems);
    const statementsOf = new Map<AspectKey, number[]>(aspects.map((a) => [a.key, []]));
    for (const m of mapping) for (const a of m.aspects) statementsOf.get(a)?.push(m.no);
    return { values: r.values, statementsOf };
  }
  const cell = tableRange(doc, "categorisation") ?? assessmentCell;
  const r = aspectAverages(scoreMap, mapping, cell, aspects);
  const values = r.aspects.map((a) => ({ key: a.key, average: a.average }));
  problems.push(...r.problems);
  problems.push(...checkPrintedAverages(values, doc.priorities, aspects));
  return { values, statementsOf: new Map(r.aspects.map((a) => [a.key, a.statements] as const)) };
}

/** Step 4: suggested and final priorities and gaps, one result per aspect in canonical order. */
function priorityResults(
  doc: RenaksiDocument,
  { values, statementsOf }: AspectValues,
  aspects: readonly AspectInfo[],
  gapLevel: number,
  problems: Problem[],
): AspectResult[] {
  const pr = applyPriorityChoices(values, doc.priorities, aspects);
  problems.push(...pr.problems);
  const outcome = new Map(pr.outcomes.map((o) => [o.key, o] as const));
  return aspects.map((info, i) => {
    const o = outcome.get(info.key);
    const average = values[i].average;
    return {
      key: info.key,
      name: info.name,
      average,
      statements: [...(statementsOf.get(info.key) ?? [])].sort((a, b) => a - b),
      suggestedPriority: o?.suggested ?? null,
      priority: o?.final ?? null,
      reason: o?.reason ?? "",
      gap: gap(average, gapLevel),
    };
  });
}

/** Step 5: one result per scored statement: score, spread, its aspects (canonical order), gap. */
function statementResults(
  { statements, scoreOf, scoreMap }: Scored,
  mapping: Mapping,
  aspects: readonly AspectInfo[],
  gapLevel: number,
): StatementResult[] {
  const aspectsOfStatement = new Map<number, AspectKey[]>();
  for (const m of mapping) {
    const list = aspectsOfStatement.get(m.no) ?? [];
    for (const a of m.aspects) if (!list.includes(a)) list.push(a);
    aspectsOfStatement.set(m.no, list);
  }
  const order = new Map(aspects.map((a) => [a.key, a.order] as const));
  const textOf = new Map(statements.map((s) => [s.no, s.text] as const));
  return [...scoreMap.keys()]
    .sort((a, b) => a - b)
    .map((no) => {
      const sc = scoreOf.get(no);
      const score = sc?.score ?? null;
      return {
        no,
        text: textOf.get(no) ?? "",
        score,
        respondents: sc?.respondents ?? 0,
        min: sc?.min ?? null,
        max: sc?.max ?? null,
        distribution: sc
          ? ([...sc.distribution] as [number, number, number, number])
          : [0, 0, 0, 0],
        aspects: [...(aspectsOfStatement.get(no) ?? [])].sort(
          (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
        ),
        gap: gap(score, gapLevel),
      };
    });
}

/** Step 6: informasi umum, indicators, programs, success indicators and the plan period. */
function otherResults(
  doc: RenaksiDocument,
  problems: Problem[],
): Pick<Analysis, "period" | "informasiUmum" | "indicators" | "programs" | "successIndicators"> {
  const info = informasiUmum(doc.informasiUmum);
  problems.push(...info.problems);
  const ind = indicatorResults(doc.indicators);
  problems.push(...ind.problems);
  problems.push(...checkPrograms(doc.programs));
  const programs: ProgramResult[] = doc.programs.map((n) => ({
    code: n.code,
    level: n.level,
    title: n.title,
    units: [...(n.units ?? [])],
    periods: [...(n.periods ?? [])].sort(comparePeriods),
  }));
  const period = doc.profile.period
    ? { startYear: doc.profile.period.startYear, endYear: doc.profile.period.endYear }
    : null;
  return {
    period,
    informasiUmum: info.results,
    indicators: ind.results,
    programs,
    successIndicators: doc.successIndicators.map((g) => ({
      group: g.group,
      aspect: g.aspect ?? null,
      indicators: [...g.indicators],
      cell: g.cell ?? null,
    })),
  };
}
