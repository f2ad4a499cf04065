import { parseA1, sheetRange } from "../grid";
import { problem, type Problem } from "../problem";
import { ASPECTS, type AspectKey } from "../model/aspect";
import type { RenaksiDocument } from "../model/document";
import type { PlanPeriod } from "../model/plan";
import { MonevStatusSchema, type MonevStatus, type ProgramNode } from "../model/program";
import type {
  MonevActivity,
  MonevCounts,
  MonevInput,
  MonevReport,
  MonevRollup,
} from "../model/monev";
import { parseStatus } from "../cells/values";
import { monevIndicators, reportedIndicators, type IndicatorKept } from "./monev-indicators";
import { expandPeriods, normalizeCode, parentIndexes, periodColumns } from "./programs";

/**
 * The semester monev cycle, computed once for every host (issue 10): which activities were planned
 * in each semester (from the program matrix's marks), what the analyst reported (status, output,
 * kendala, tindak lanjut, bukti), the counts and % selesai per semester overall, per Kelompok
 * Program and per aspect, and the indicators' capaian per year by polarity (reusing `capaian`,
 * PermenPANRB 6/2022) with a status word: tercapai >= 100%, hampir 80-99%, belum < 80%.
 *
 * Where a status comes from, first wins: the user's own monev table (read, never overwritten), what
 * was typed in "Monev Renaksi" last time, what was typed in the old "Timeline Program" status
 * columns (carried over once, so nothing typed is lost).
 *
 * @example
 *   computeMonev(doc, kept, { period: { startYear: 2021, endYear: 2024 } }).overall["2021-S2"]
 *   // { planned: 9, selesai: 6, berjalan: 2, tertunda: 0, belum: 1, selesaiPct: 0.667, outsidePlan: 0 }
 */

/** The status words the Monev sheet accepts (Indonesian; English twins are read too). */
export const MONEV_STATUSES: readonly MonevStatus[] = MonevStatusSchema.options;
/** English twins accepted when reading a status, by canonical word. */
export const STATUS_TWINS: Record<MonevStatus, string> = {
  belum: "not started",
  berjalan: "in progress",
  selesai: "done",
  tertunda: "postponed",
};

/**
 * What a previous run's sheets hold, read back by core/api (kept across re-runs); the indicators'
 * part (yearly and semester realisations, Periode) is IndicatorKept (compute/monev-indicators.ts).
 */
export interface MonevKept extends IndicatorKept {
  /** activityKey(code, title) -> semester label -> what was typed in "Monev Renaksi". */
  inputs: Map<string, Map<string, MonevInput>>;
  /** activityKey -> semester -> status typed in the old "Timeline Program" status columns. */
  timelineStatuses: Map<string, Map<string, MonevStatus>>;
}

export function emptyMonevKept(): MonevKept {
  return {
    inputs: new Map(),
    timelineStatuses: new Map(),
    realisations: new Map(),
    semesterRealisations: new Map(),
    periods: new Map(),
  };
}

export { capaianStatus, monevIndicators, reportedIndicators } from "./monev-indicators";

export interface MonevOptions {
  /** The plan's years (analysis.period); null when the plan has none. */
  period: PlanPeriod | null;
  /** The semester to report ("2023-S1"); default: the latest with any status, else the first. */
  semester?: string;
  instansi?: string;
  /**
   * Where the layout puts the status cell of activity i in a semester, given the report (the
   * layout's geometry): when given, the not-started / outside-plan warnings and the lagging list
   * name those cells. Injected so compute/ knows nothing of the sheet's shape.
   */
  place?: (report: MonevReport) => (activity: number, semester: string) => string | undefined;
}

/** The key inputs are kept under: the activity code, or its title when it has no code. */
export function activityKey(code: string, title: string): string {
  const c = code.trim();
  return c !== "" ? c : `#${title.trim()}`;
}

/** Every semester of the plan: 2021-2022 -> ["2021-S1", "2021-S2", "2022-S1", "2022-S2"]. */
export function planSemesters(period: PlanPeriod | null): string[] {
  return period ? periodColumns(period, "semester") : [];
}

/**
 * A semester as a user writes it -> the label: "2023-2", "2023-S2", "2023 S2", "2023 smt 2",
 * "S2 2023" -> "2023-S2"; null when it is not a semester.
 */
export function parseSemester(text: string): string | null {
  const t = text.trim().toUpperCase();
  const m =
    /^(\d{4})\s*[-/ ]?\s*(?:S|SMT|SEM|SEMESTER)?\s*([12])$/.exec(t) ??
    /^(?:S|SMT|SEM|SEMESTER)\s*([12])\s*[-/ ]?\s*(\d{4})$/.exec(t);
  if (!m) return null;
  const [year, n] = /^\d{4}$/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
  return `${year}-S${n}`;
}

/** The semester a period label reports at: a year -> its S2, a quarter -> its semester. */
function semesterOf(label: string): string {
  const y = label.slice(0, 4);
  const part = label.length > 4 ? label.slice(5) : "";
  if (part === "" || part === "S2" || part === "Q3" || part === "Q4") return `${y}-S2`;
  return `${y}-S1`;
}

/**
 * Leaves of the program tree (a node no other node names as its parent), with the semesters each
 * is planned in: its own marks, else those of its nearest ancestor that has marks.
 */
export function monevActivities(
  programs: readonly ProgramNode[],
  period: PlanPeriod | null,
): Omit<MonevActivity, "status" | "inputs" | "source">[] {
  const parents = parentIndexes(programs);
  const hasChild = new Array<boolean>(programs.length).fill(false);
  parents.forEach((p) => {
    if (p >= 0) hasChild[p] = true;
  });
  const kelompokOf = (i: number): string => {
    let k = i;
    let guard = 0;
    while (k >= 0 && programs[k].level !== "kelompok" && guard++ < 8) k = parents[k];
    return k >= 0 && programs[k].level === "kelompok" ? programs[k].code : "";
  };
  const marksOf = (i: number): string[] => {
    let k = i;
    let guard = 0;
    while (k >= 0 && guard++ < 8) {
      if (programs[k].periods.length > 0) return programs[k].periods;
      k = parents[k];
    }
    return [];
  };
  const out: Omit<MonevActivity, "status" | "inputs" | "source">[] = [];
  // The semesters of a set of marks, worked out once per distinct set (a plan of 10,000
  // activities has a handful of them).
  const semestersOf = new Map<string, string[]>();
  const plannedIn = (marks: readonly string[]): string[] => {
    const key = marks.join("|");
    let s = semestersOf.get(key);
    if (!s) {
      const all = period ? expandPeriods(marks, "semester", period) : [];
      semestersOf.set(key, (s = all.filter((p) => p.includes("-S"))));
    }
    return [...s];
  };
  programs.forEach((n, i) => {
    if (hasChild[i]) return;
    const a: Omit<MonevActivity, "status" | "inputs" | "source"> = {
      key: activityKey(n.code, n.title),
      code: n.code,
      title: n.title,
      units: [...n.units],
      kelompok: kelompokOf(i),
      aspect: n.aspect ?? null,
      planned: plannedIn(marksOf(i)),
    };
    if (n.cell !== undefined) a.cell = n.cell;
    out.push(a);
  });
  return out;
}

const STATUS_WORDS_ID = MONEV_STATUSES.join(" / ");
const STATUS_WORDS_EN = MONEV_STATUSES.map((s) => STATUS_TWINS[s]).join(" / ");

function emptyInput(): MonevInput {
  return { statusText: "", output: "", kendala: "", tindakLanjut: "", bukti: "" };
}

/** Statuses and inputs of every activity, from the three sources (first wins), with problems. */
function attachInputs(
  base: Omit<MonevActivity, "status" | "inputs" | "source">[],
  doc: RenaksiDocument,
  kept: MonevKept,
  semesters: readonly string[],
  problems: Problem[],
): MonevActivity[] {
  const inPlan = new Set(semesters);
  const own = new Map<string, Map<string, { status: MonevStatus; cell?: string; note?: string }>>();
  for (const e of doc.monev) {
    const key = normalizeCode(e.code).toLowerCase();
    const m = own.get(key) ?? new Map();
    own.set(key, m);
    m.set(semesterOf(e.period), { status: e.status, cell: e.cell, note: e.note });
  }
  return base.map((a) => {
    const act: MonevActivity = { ...a, status: {}, inputs: {}, source: {} };
    // No own monev table (the common case): no code normalised per activity.
    const mine =
      own.size > 0 && a.code.trim() ? own.get(normalizeCode(a.code).toLowerCase()) : undefined;
    const typed = kept.inputs.get(a.key);
    const old = kept.timelineStatuses.get(a.key);
    // Nothing typed anywhere for this activity (most rows of a big plan): nothing to attach.
    if (!mine && !typed && !old) return act;
    for (const s of semesters) {
      const o = mine?.get(s);
      const t = typed?.get(s);
      if (!o && !t && !old?.get(s)) continue;
      const input: MonevInput = t ? { ...t } : emptyInput();
      if (o) {
        act.status[s] = o.status;
        input.statusText = o.status;
        if (o.cell) act.source[s] = o.cell;
        if (o.note && input.output === "") input.output = o.note;
      } else if (input.statusText.trim() !== "") {
        const st = parseStatus(input.statusText);
        if (st) {
          act.status[s] = st;
          input.statusText = st;
        } else {
          problems.push(
            problem(
              "warning",
              "monev.unknown-status",
              `Status "${input.statusText}" tidak dikenali; gunakan ${STATUS_WORDS_ID}`,
              `Status "${input.statusText}" is not recognised; use ${STATUS_WORDS_ID} (or ${STATUS_WORDS_EN})`,
              input.cell,
            ),
          );
        }
      } else if (old?.get(s)) {
        act.status[s] = old.get(s) as MonevStatus;
        input.statusText = act.status[s];
      }
      const empty =
        input.statusText === "" &&
        input.output === "" &&
        input.kendala === "" &&
        input.tindakLanjut === "" &&
        input.bukti === "";
      if (!empty) act.inputs[s] = input;
    }
    // What was typed for a semester the plan no longer has is not silently dropped.
    for (const [s, input] of typed ?? []) {
      if (!inPlan.has(s) && input.statusText.trim() !== "") {
        problems.push(
          problem(
            "warning",
            "monev.semester-dropped",
            `Isian monev ${a.code || a.title} untuk ${s} berada di luar periode rencana dan tidak ditulis ulang`,
            `The monev entry of ${a.code || a.title} for ${s} is outside the plan period and is not rewritten`,
            input.cell,
          ),
        );
      }
    }
    return act;
  });
}

/** Counts of one semester over a set of activities (see MonevCounts). */
export function countSemester(activities: readonly MonevActivity[], semester: string): MonevCounts {
  return tally(activities, [semester], () => []).overall[semester];
}

interface Tally {
  planned: number;
  selesai: number;
  berjalan: number;
  tertunda: number;
  outsidePlan: number;
}

const newTally = (): Tally => ({
  planned: 0,
  selesai: 0,
  berjalan: 0,
  tertunda: 0,
  outsidePlan: 0,
});

function countsOf(t: Tally): MonevCounts {
  return {
    planned: t.planned,
    selesai: t.selesai,
    berjalan: t.berjalan,
    tertunda: t.tertunda,
    belum: t.planned - t.selesai - t.berjalan - t.tertunda,
    selesaiPct: t.planned > 0 ? t.selesai / t.planned : null,
    outsidePlan: t.outsidePlan,
  };
}

/**
 * Counts per semester over every activity and per group key (Kelompok code, aspect key), in ONE
 * pass over activities x semesters (10,000 activities x 8 semesters: 80,000 steps).
 */
function tally(
  activities: readonly MonevActivity[],
  semesters: readonly string[],
  groupsOf: (a: MonevActivity) => readonly string[],
): { overall: Record<string, MonevCounts>; groups: Map<string, Record<string, MonevCounts>> } {
  const all = semesters.map(newTally);
  const byGroup = new Map<string, Tally[]>();
  const targets: Tally[][] = [];
  for (const a of activities) {
    targets.length = 0;
    targets.push(all);
    for (const k of groupsOf(a)) {
      let t = byGroup.get(k);
      if (!t) byGroup.set(k, (t = semesters.map(newTally)));
      targets.push(t);
    }
    for (let k = 0; k < semesters.length; k++) {
      const s = semesters[k];
      const st = a.status[s];
      const planned = a.planned.includes(s);
      if (!planned && st !== "selesai") continue;
      for (const t of targets) {
        const c = t[k];
        if (planned) {
          c.planned++;
          if (st === "selesai") c.selesai++;
          else if (st === "berjalan") c.berjalan++;
          else if (st === "tertunda") c.tertunda++;
        } else c.outsidePlan++;
      }
    }
  }
  const record = (ts: Tally[]): Record<string, MonevCounts> => {
    const out: Record<string, MonevCounts> = {};
    semesters.forEach((s, k) => (out[s] = countsOf(ts[k])));
    return out;
  };
  const groups = new Map<string, Record<string, MonevCounts>>();
  for (const [k, ts] of byGroup) groups.set(k, record(ts));
  return { overall: record(all), groups };
}

/** The semester to report: the chosen one, else the latest with any status, else the first. */
function reportedSemester(
  activities: readonly MonevActivity[],
  semesters: readonly string[],
  chosen: string | undefined,
  problems: Problem[],
): string {
  if (chosen !== undefined) {
    const label = parseSemester(chosen);
    if (label !== null && semesters.includes(label)) return label;
    const list = semesters.map((s) => s.replace("-", " ")).join(", ");
    problems.push(
      problem(
        "error",
        "monev.semester-outside",
        `Semester "${chosen}" tidak ada dalam rencana; pilih salah satu: ${list || "(rencana tanpa tahun)"}`,
        `Semester "${chosen}" is not in the plan; choose one of: ${list || "(the plan has no years)"}`,
      ),
    );
    return semesters[0] ?? "";
  }
  for (let i = semesters.length - 1; i >= 0; i--) {
    if (activities.some((a) => a.status[semesters[i]] !== undefined)) return semesters[i];
  }
  return semesters[0] ?? "";
}

export interface MonevFlag {
  kind: "not-started" | "outside-plan";
  activity: number;
  semester: string;
}

/**
 * Activities done outside their planned semester, and planned ones not started by the end of a
 * semester that has been monitored (one with any status) up to the reported one.
 */
export function monevFlags(report: Pick<MonevReport, "activities" | "semesters" | "semester">) {
  const flags: MonevFlag[] = [];
  const upTo = report.semesters.indexOf(report.semester);
  const acts = report.activities;
  report.semesters.forEach((s, k) => {
    const monitored = acts.some((a) => a.status[s] !== undefined);
    for (let i = 0; i < acts.length; i++) {
      const a = acts[i];
      const st = a.status[s];
      if (st === "selesai") {
        if (!a.planned.includes(s)) flags.push({ kind: "outside-plan", activity: i, semester: s });
      } else if (
        monitored &&
        k <= upTo &&
        (st === undefined || st === "belum") &&
        a.planned.includes(s)
      ) {
        flags.push({ kind: "not-started", activity: i, semester: s });
      }
    }
  });
  return flags;
}

/** A flag as a warning naming the status cell (`locate` gives the cell in "Monev Renaksi"). */
export function flagProblem(
  flag: MonevFlag,
  a: MonevActivity,
  locate: (activity: number, semester: string) => string | undefined,
): Problem {
  const who = a.code.trim() || a.title;
  const when = flag.semester.replace("-", " ");
  return flag.kind === "outside-plan"
    ? problem(
        "warning",
        "monev.outside-plan",
        `${who} dilaporkan selesai pada ${when}, di luar semester rencananya (${a.planned.map((p) => p.replace("-", " ")).join(", ") || "tidak direncanakan"})`,
        `${who} is reported done in ${when}, outside its planned semesters (${a.planned.map((p) => p.replace("-", " ")).join(", ") || "not planned"})`,
        locate(flag.activity, flag.semester),
      )
    : problem(
        "warning",
        "monev.not-started",
        `${who} direncanakan pada ${when} tetapi belum dimulai di akhir semester itu`,
        `${who} is planned in ${when} but has not started by the end of that semester`,
        locate(flag.activity, flag.semester),
      );
}

/** How many activities a grouped flag warning names before "+N lainnya / +N more". */
export const FLAG_NAMED = 5;

/** The rectangle spanning cells of one sheet ("'Monev Renaksi'!G57:G10040"); else the first. */
function spanOf(cells: readonly string[]): string | undefined {
  const at = cells.map(parseA1);
  const first = at[0];
  if (!first || first.sheet === undefined || at.some((p) => !p || p.sheet !== first.sheet))
    return cells[0];
  let [r0, c0, r1, c1] = [first.row, first.col, first.row, first.col];
  for (const p of at as { row: number; col: number }[]) {
    r0 = Math.min(r0, p.row);
    c0 = Math.min(c0, p.col);
    r1 = Math.max(r1, p.row);
    c1 = Math.max(c1, p.col);
  }
  return sheetRange(first.sheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
}

/**
 * The flags as warnings, ONE per semester and kind, in the order the flags come (a plan of 10,000
 * activities gave 5,000 lines): a lone flag keeps its own message (`flagProblem`); several name
 * their count, the first FLAG_NAMED activities with their cells, "+N lainnya / +N more", and `cell`
 * spans them all. The per-activity detail stays in the report (activities' status and planned
 * semesters, the lagging list with each cell).
 *
 * @example
 *   flagProblems(monevFlags(report), report.activities, locate)[0].message
 *   // "16 kegiatan direncanakan pada 2021 S1 tetapi belum dimulai di akhir semester itu: I.1.1 (G40), ... +11 lainnya"
 */
export function flagProblems(
  flags: readonly MonevFlag[],
  activities: readonly MonevActivity[],
  locate: (activity: number, semester: string) => string | undefined,
): Problem[] {
  const groups = new Map<string, MonevFlag[]>();
  for (const f of flags) {
    const key = `${f.kind}|${f.semester}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((g) => {
    if (g.length === 1) return flagProblem(g[0], activities[g[0].activity], locate);
    const { kind, semester } = g[0];
    const when = semester.replace("-", " ");
    const cells = g.map((f) => locate(f.activity, semester));
    const named = g
      .slice(0, FLAG_NAMED)
      .map((f, i) => {
        const a = activities[f.activity];
        const where = cells[i] ? ` (${(cells[i] as string).replace(/^.*!/, "")})` : "";
        return `${a.code.trim() || a.title}${where}`;
      })
      .join(", ");
    const rest = g.length - FLAG_NAMED;
    const [moreId, moreEn] = rest > 0 ? [` +${rest} lainnya`, ` +${rest} more`] : ["", ""];
    const placed = cells.filter((c): c is string => c !== undefined);
    const span = placed.length > 0 ? spanOf(placed) : undefined;
    return kind === "outside-plan"
      ? problem(
          "warning",
          "monev.outside-plan",
          `${g.length} kegiatan dilaporkan selesai pada ${when}, di luar semester rencananya: ${named}${moreId}`,
          `${g.length} activities are reported done in ${when}, outside their planned semesters: ${named}${moreEn}`,
          span,
        )
      : problem(
          "warning",
          "monev.not-started",
          `${g.length} kegiatan direncanakan pada ${when} tetapi belum dimulai di akhir semester itu: ${named}${moreId}`,
          `${g.length} activities planned in ${when} had not started by the end of that semester: ${named}${moreEn}`,
          span,
        );
  });
}

/** Counts overall, per Kelompok Program code (plan order) and per aspect (canonical order). */
function allCounts(
  activities: readonly MonevActivity[],
  semesters: readonly string[],
  programs: readonly ProgramNode[],
): Pick<MonevReport, "overall" | "byKelompok" | "byAspect"> {
  const t = tally(activities, semesters, (a) => [
    `k:${a.kelompok}`,
    ...(a.aspect ? [`a:${a.aspect}`] : []),
  ]);
  const empty = tally([], semesters, () => []).overall;
  const kelompok = [...new Set(activities.map((a) => a.kelompok).filter((k) => k !== ""))];
  return {
    overall: t.overall,
    byKelompok: kelompok.map((k) => ({
      key: k,
      name: programs.find((p) => p.code === k && p.level === "kelompok")?.title ?? k,
      counts: t.groups.get(`k:${k}`) ?? empty,
    })),
    byAspect: ASPECTS.map((asp) => ({
      key: asp.key as string,
      name: asp.name,
      counts: t.groups.get(`a:${asp.key as AspectKey}`) ?? empty,
    })),
  };
}

/**
 * The whole monev report. Problems: unknown status words (warning, the cell and the accepted
 * words), realisations that are not numbers (error, the cell), a chosen semester outside the plan
 * (error listing the plan's semesters), entries for semesters the plan no longer has (warning).
 * With `opts.place`, the flags that name cells of the new sheet (not started, outside the plan)
 * are added, one warning per semester and kind (`flagProblems`).
 */
export function computeMonev(
  doc: RenaksiDocument,
  kept: MonevKept,
  opts: MonevOptions,
): MonevReport {
  const problems: Problem[] = [];
  const semesters = planSemesters(opts.period);
  const base = monevActivities(doc.programs, opts.period);
  const activities = attachInputs(base, doc, kept, semesters, problems);
  const semester = reportedSemester(activities, semesters, opts.semester, problems);
  const years = opts.period
    ? Array.from(
        { length: opts.period.endYear - opts.period.startYear + 1 },
        (_, i) => opts.period!.startYear + i,
      )
    : [];
  const indicators = monevIndicators(doc.indicators, kept, years, semesters, problems);
  const { overall, byKelompok, byAspect } = allCounts(activities, semesters, doc.programs);
  const report: MonevReport = {
    instansi: opts.instansi ?? doc.profile.instansi,
    semesters,
    semester,
    activities,
    overall,
    byKelompok,
    byAspect,
    indicators,
    lagging: [],
    problems,
  };
  const locate = opts.place ? opts.place(report) : () => undefined;
  if (opts.place && semester) {
    report.activities.forEach((a, i) => {
      const cell = locate(i, semester);
      if (cell) a.statusCell = cell;
    });
  }
  report.activities.forEach((a, i) => {
    if (!semester || !a.planned.includes(semester) || a.status[semester] === "selesai") return;
    const cell = locate(i, semester);
    report.lagging.push({
      code: a.code,
      title: a.title,
      status: a.status[semester] ?? "",
      ...(cell ? { cell } : {}),
    });
  });
  if (opts.place) {
    placeUnknownStatuses(report, locate);
    problems.push(...flagProblems(monevFlags(report), report.activities, locate));
  }
  return report;
}

/**
 * An unknown status word is named where the rebuilt sheet holds it: the entry may have been read
 * from another layout (the side-by-side blocks before they were stacked), whose cell is gone.
 */
function placeUnknownStatuses(
  report: MonevReport,
  locate: (activity: number, semester: string) => string | undefined,
): void {
  const moved = new Map<string, string>();
  report.activities.forEach((a, i) => {
    for (const [s, input] of Object.entries(a.inputs)) {
      if (!input.cell || a.status[s] !== undefined || a.source[s]) continue;
      const cell = locate(i, s);
      if (cell) moved.set(input.cell, cell);
    }
  });
  for (const p of report.problems) {
    const cell = p.code === "monev.unknown-status" && p.cell ? moved.get(p.cell) : undefined;
    if (cell) p.cell = cell;
  }
}

/**
 * The province roll-up of several files' reports (each in its own reported semester): overall and
 * per-aspect % selesai, and every indicator below 100% (hampir or belum) in that semester (its
 * semester row when reported per semester, else its row of the semester's year).
 * A file that could not be reported is listed with null counts.
 *
 * @example monevRollup([{ file: "luwu.xlsx", report }]).files[0].overall?.selesaiPct // 0.6
 */
export function monevRollup(
  items: readonly { file: string; report: MonevReport | null; instansi?: string }[],
): MonevRollup {
  const out: MonevRollup = { files: [], shortfall: [] };
  for (const it of items) {
    const r = it.report;
    if (!r || !r.semester) {
      out.files.push({
        file: it.file,
        instansi: r?.instansi ?? it.instansi ?? "",
        semester: "",
        overall: null,
        byAspect: {},
      });
      continue;
    }
    const byAspect: Record<string, number | null> = {};
    for (const g of r.byAspect) byAspect[g.key] = g.counts[r.semester]?.selesaiPct ?? null;
    out.files.push({
      file: it.file,
      instansi: r.instansi,
      semester: r.semester,
      overall: r.overall[r.semester] ?? null,
      byAspect,
    });
    for (const { row } of reportedIndicators(r.indicators, r.semester)) {
      if (row.status === "hampir" || row.status === "belum") {
        out.shortfall.push({ ...row, file: it.file, instansi: r.instansi });
      }
    }
  }
  return out;
}
