import type { AspectKey } from "../model/aspect";
import type { Granularity, PlanPeriod } from "../model/plan";
import { planYears } from "../model/plan";
import type { PeriodLabel, ProgramLevel, ProgramNode } from "../model/program";
import { problem, type Problem } from "../problem";

/** One segment of a program code: "I", "1" or "a". */
interface Segment {
  text: string;
  style: "roman" | "arabic" | "letter";
  value: number;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * A program code as written, reduced to its numbering: the label words ("KP", "Kelompok
 * Program", "Program", "Kegiatan") and trailing dots are dropped.
 *
 * @example normalizeCode("Kegiatan I.1.1.") // "I.1.1"     normalizeCode("KP II.") // "II"
 */
export function normalizeCode(code: string): string {
  return code
    .trim()
    .replace(/^(kelompok\s+program|kp|program|kegiatan)\b\.?\s*/i, "")
    .replace(/\s+/g, "")
    .replace(/\.+$/, "");
}

/** Split a normalized code into segments; null when a segment is not a number, roman or letter. */
export function codeSegments(code: string): Segment[] | null {
  const n = normalizeCode(code);
  if (n === "") return [];
  const out: Segment[] = [];
  for (const part of n.split(".")) {
    if (/^\d+$/.test(part)) out.push({ text: part, style: "arabic", value: Number(part) });
    else if (/^[IVXL]+$/.test(part))
      out.push({ text: part, style: "roman", value: romanValue(part) });
    else if (/^[a-z]$/i.test(part))
      out.push({ text: part, style: "letter", value: part.toLowerCase().charCodeAt(0) - 96 });
    else return null;
  }
  return out;
}

/** Numeric form of a code for comparing styles: "I.1.a" -> "1.1.1", "1.1.6" -> "1.1.6". */
function numericKey(segs: readonly Segment[]): string {
  return segs.map((s) => s.value).join(".");
}

const LEVEL_DEPTH: Record<ProgramLevel, number> = { kelompok: 1, program: 2, kegiatan: 3 };
const LEVEL_ID: Record<ProgramLevel, string> = {
  kelompok: "Kelompok Program",
  program: "Program",
  kegiatan: "Kegiatan",
};
const LEVEL_EN: Record<ProgramLevel, string> = {
  kelompok: "Program group",
  program: "Program",
  kegiatan: "Activity",
};

/** Index of each node's parent (nearest preceding node with the parent code), -1 when none. */
export function parentIndexes(nodes: readonly ProgramNode[]): number[] {
  const lastByCode = new Map<string, number>();
  const out: number[] = [];
  nodes.forEach((n, i) => {
    const p = n.parent === undefined ? undefined : lastByCode.get(n.parent);
    out.push(p === undefined ? -1 : p);
    lastByCode.set(n.code, i);
  });
  return out;
}

/**
 * Numbering checks on the program matrix (DOMAIN.md section 8). All are warnings naming the
 * node's cell: a plan with odd numbering is still a plan, but the analyst should fix it.
 * - `program.no-code`: a row without a code (Luwu's three rows under "3");
 * - `program.duplicate-code`: the same full code twice (letter codes count under their parent,
 *   so Luwu's "a" under 1 and "a" under 2 differ);
 * - `program.sequence-gap`: siblings skip a number or do not start at 1 (II.2.1, II.2.3);
 * - `program.orphan`: a Kegiatan whose parent is missing or is not a Program;
 * - `program.wrong-group`: a Program whose code does not start with its Kelompok's number
 *   (Kapuas prints "II.2" under KP I);
 * - `program.wrong-parent`: a code that does not extend its parent's code;
 * - `program.level-depth`: the label says one level, the code's depth another ("Program I.3.1"
 *   labelled Program at Kegiatan depth);
 * - `program.mixed-style`: a code whose first segment is arabic among roman codes or vice versa
 *   (Cilacap "1.1.6" among "I.1.x"), and letter/number last segments mixed among siblings;
 * - `program.bad-code`: a code that is not made of numbers, roman numerals or a letter.
 *
 * @example checkPrograms(kapuas.programs).map((p) => p.code) // includes "program.wrong-group" at II.2
 */
export function checkPrograms(nodes: readonly ProgramNode[]): Problem[] {
  const t = programTree(nodes);
  const problems = twoLevelWarning(t);
  const seen = new Map<string, number>();
  nodes.forEach((_, i) => {
    problems.push(...codeProblems(t, i, seen), ...placeProblems(t, i));
  });
  for (const list of siblingGroups(t).values()) problems.push(...sequenceProblems(t, list));
  return problems;
}

/** What the checks need to know about the tree, computed once. */
interface ProgramTree {
  nodes: readonly ProgramNode[];
  parents: number[];
  segs: (Segment[] | null)[];
  /** Full codes: a single-segment kegiatan code ("a") counts under its parent. */
  full: string[];
  /** Majority style of first segments among codes with two or more segments (null: a tie). */
  majority: "roman" | "arabic" | null;
  /**
   * Activities of a two-level plan (Luwu: "1" Kelompok, then "a", "b" ... with no Program level),
   * a layout the juknis allows in practice: neither orphans nor at the wrong depth.
   */
  twoLevel: boolean[];
}

function programTree(nodes: readonly ProgramNode[]): ProgramTree {
  const parents = parentIndexes(nodes);
  const segs = nodes.map((n) => codeSegments(n.code));
  const full: string[] = [];
  nodes.forEach((n, i) => {
    const s = segs[i];
    const p = parents[i];
    if (s && s.length === 1 && n.level !== "kelompok" && p >= 0 && nodes[p].level !== "kelompok") {
      full.push(`${full[p]}.${normalizeCode(n.code)}`);
    } else if (s && s.length === 1 && n.level === "kegiatan" && p >= 0) {
      full.push(`${full[p]}.${normalizeCode(n.code)}`);
    } else full.push(normalizeCode(n.code));
  });
  let roman = 0;
  let arabic = 0;
  segs.forEach((s) => {
    if (!s || s.length < 2) return;
    if (s[0].style === "roman") roman++;
    else if (s[0].style === "arabic") arabic++;
  });
  const majority = roman === arabic ? null : roman > arabic ? "roman" : "arabic";
  const twoLevel = nodes.map((n, i) => {
    const s = segs[i];
    const p = parents[i];
    return (
      n.level === "kegiatan" &&
      s !== null &&
      s.length >= 1 &&
      s[s.length - 1].style === "letter" &&
      p >= 0 &&
      nodes[p].level === "kelompok"
    );
  });
  return { nodes, parents, segs, full, majority, twoLevel };
}

const where = (n: ProgramNode): string => (n.code.trim() === "" ? `"${n.title}"` : n.code.trim());

/** A two-level plan gets one warning as a whole, not one per row. */
function twoLevelWarning({ nodes, twoLevel }: ProgramTree): Problem[] {
  const first = twoLevel.indexOf(true);
  if (first < 0) return [];
  const count = twoLevel.filter(Boolean).length;
  return [
    problem(
      "warning",
      "program.two-level",
      `${count} kegiatan berada langsung di bawah Kelompok Program tanpa tingkat Program`,
      `${count} activities sit directly under their Kelompok Program, with no Program level`,
      nodes[first].cell,
    ),
  ];
}

/** One node's code: missing, unreadable, duplicated, at the wrong depth, or in the minority style. */
function codeProblems(
  { nodes, segs, full, majority, twoLevel }: ProgramTree,
  i: number,
  seen: Map<string, number>,
): Problem[] {
  const n = nodes[i];
  const s = segs[i];
  if (n.code.trim() === "") {
    return [
      problem(
        "warning",
        "program.no-code",
        `${LEVEL_ID[n.level]} "${n.title}" tidak bernomor`,
        `${LEVEL_EN[n.level]} "${n.title}" has no code`,
        n.cell,
      ),
    ];
  }
  if (s === null) {
    return [
      problem(
        "warning",
        "program.bad-code",
        `Kode "${n.code}" tidak dapat dibaca (harus angka, angka romawi atau huruf dipisah titik)`,
        `Code "${n.code}" cannot be read (numbers, roman numerals or letters separated by dots)`,
        n.cell,
      ),
    ];
  }
  const out: Problem[] = [];
  const key = full[i];
  if (seen.has(key)) {
    out.push(
      problem(
        "warning",
        "program.duplicate-code",
        `Kode ${where(n)} dipakai lebih dari sekali`,
        `Code ${where(n)} is used more than once`,
        n.cell,
      ),
    );
  } else seen.set(key, i);
  if (s.length >= 2 && s.length !== LEVEL_DEPTH[n.level] && !twoLevel[i]) {
    const depthLevel = (["kelompok", "program", "kegiatan"] as const)[Math.min(s.length, 3) - 1];
    out.push(
      problem(
        "warning",
        "program.level-depth",
        `${where(n)} diberi label ${LEVEL_ID[n.level]}, tetapi nomornya setingkat ${LEVEL_ID[depthLevel]}`,
        `${where(n)} is labelled ${LEVEL_EN[n.level]}, but its code is at ${LEVEL_EN[depthLevel]} depth`,
        n.cell,
      ),
    );
  }
  if (majority !== null && s.length >= 2 && s[0].style !== majority && s[0].style !== "letter") {
    out.push(
      problem(
        "warning",
        "program.mixed-style",
        `Kode ${where(n)} memakai angka ${s[0].style === "arabic" ? "biasa" : "romawi"}, sedangkan kode lain memakai angka ${majority === "roman" ? "romawi" : "biasa"}`,
        `Code ${where(n)} uses ${s[0].style === "arabic" ? "arabic" : "roman"} numerals while the other codes use ${majority} numerals`,
        n.cell,
      ),
    );
  }
  return out;
}

/** One node's place in the tree: an activity under no Program; a code that is not its parent's. */
function placeProblems({ nodes, parents, segs, twoLevel }: ProgramTree, i: number): Problem[] {
  const out: Problem[] = [];
  const n = nodes[i];
  const s = segs[i];
  const p = parents[i];
  const parent = p >= 0 ? nodes[p] : undefined;
  if (n.level === "kegiatan" && !twoLevel[i] && (!parent || parent.level !== "program")) {
    out.push(
      problem(
        "warning",
        "program.orphan",
        `Kegiatan ${where(n)} tidak berada di bawah sebuah Program`,
        `Activity ${where(n)} is not under a Program`,
        n.cell,
      ),
    );
  }
  // Program vs its Kelompok, and any code vs its parent's code.
  const ps = p >= 0 ? segs[p] : null;
  if (s && s.length >= 2 && parent && ps && ps.length >= 1) {
    if (!numericKey(s).startsWith(`${numericKey(ps)}.`)) {
      const wrongGroup = n.level === "program" && parent.level === "kelompok";
      out.push(
        problem(
          "warning",
          wrongGroup ? "program.wrong-group" : "program.wrong-parent",
          wrongGroup
            ? `Program ${where(n)} tercantum di bawah ${parent.code.trim()}, tetapi nomornya bukan milik kelompok program itu`
            : `${LEVEL_ID[n.level]} ${where(n)} tercantum di bawah ${parent.code.trim()}, tetapi nomornya tidak diawali ${normalizeCode(parent.code)}`,
          wrongGroup
            ? `Program ${where(n)} is listed under ${parent.code.trim()}, but its code does not belong to that program group`
            : `${LEVEL_EN[n.level]} ${where(n)} is listed under ${parent.code.trim()}, but its code does not start with ${normalizeCode(parent.code)}`,
          n.cell,
        ),
      );
    }
  }
  return out;
}

/** Readable codes grouped by parent (parent index -> child indexes, in order). */
function siblingGroups({ nodes, parents, segs }: ProgramTree): Map<number, number[]> {
  const siblings = new Map<number, number[]>();
  nodes.forEach((n, i) => {
    if (n.code.trim() === "" || segs[i] === null) return;
    const list = siblings.get(parents[i]) ?? [];
    list.push(i);
    siblings.set(parents[i], list);
  });
  return siblings;
}

/** Siblings' numbering: a gap or a start other than 1; letters and numbers mixed. */
function sequenceProblems({ nodes, segs }: ProgramTree, list: readonly number[]): Problem[] {
  const out: Problem[] = [];
  let prev = 0;
  const lastStyles = new Set<string>();
  for (const i of list) {
    const s = segs[i];
    if (!s || s.length === 0) continue;
    const last = s[s.length - 1];
    if (s.length > 1 || nodes[i].level === "kegiatan") {
      lastStyles.add(last.style === "letter" ? "letter" : "number");
    }
    if (last.value !== prev + 1 && last.value > prev) {
      const n = nodes[i];
      out.push(
        problem(
          "warning",
          "program.sequence-gap",
          prev === 0
            ? `Penomoran ${where(n)} tidak dimulai dari 1`
            : `Penomoran melompat sebelum ${where(n)}: nomor ${prev + 1}${last.value - prev > 2 ? `-${last.value - 1}` : ""} tidak ada`,
          prev === 0
            ? `Numbering at ${where(n)} does not start at 1`
            : `Numbering skips before ${where(n)}: number ${prev + 1}${last.value - prev > 2 ? `-${last.value - 1}` : ""} is missing`,
          n.cell,
        ),
      );
    }
    prev = Math.max(prev, last.value);
  }
  if (lastStyles.size > 1) {
    const n = nodes[list[list.length - 1]];
    out.push(
      problem(
        "warning",
        "program.mixed-style",
        `Kegiatan di bawah kode yang sama bernomor campuran huruf dan angka (mis. ${where(n)})`,
        `Activities under the same code mix letters and numbers (e.g. ${where(n)})`,
        n.cell,
      ),
    );
  }
  return out;
}

/** Every period label of a plan at a granularity: "2022", "2022-S1", "2022-Q1", ... */
export function periodColumns(period: PlanPeriod, granularity: Granularity): PeriodLabel[] {
  const out: PeriodLabel[] = [];
  for (const y of planYears(period)) {
    if (granularity === "year") out.push(String(y));
    else if (granularity === "semester") out.push(`${y}-S1`, `${y}-S2`);
    else out.push(`${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`);
  }
  return out;
}

function labelYear(label: string): number {
  return Number(label.slice(0, 4));
}

/**
 * Expand period labels to a finer grid: a year becomes its semesters (S1, S2) or quarters
 * (Q1..Q4), a semester its two quarters. Labels already as fine as (or finer than) the grid are
 * kept as they are. Labels outside the plan period are dropped. Sorted, no duplicates.
 *
 * @example expandPeriods(["2022"], "semester", { startYear: 2022, endYear: 2024 }) // ["2022-S1", "2022-S2"]
 * @example expandPeriods(["2022-S2"], "quarter", p) // ["2022-Q3", "2022-Q4"]
 */
export function expandPeriods(
  periods: readonly PeriodLabel[],
  granularity: Granularity,
  period?: PlanPeriod,
): PeriodLabel[] {
  const out = new Set<PeriodLabel>();
  for (const raw of periods) {
    const y = labelYear(raw);
    if (period && (y < period.startYear || y > period.endYear)) continue;
    const part = raw.length > 4 ? raw.slice(5) : "";
    if (granularity === "year" || part.startsWith("Q")) out.add(raw);
    else if (granularity === "semester") {
      if (part === "") out.add(`${y}-S1`).add(`${y}-S2`);
      else out.add(raw);
    } else if (part === "") {
      for (const q of ["Q1", "Q2", "Q3", "Q4"]) out.add(`${y}-${q}`);
    } else if (part === "S1") out.add(`${y}-Q1`).add(`${y}-Q2`);
    else out.add(`${y}-Q3`).add(`${y}-Q4`);
  }
  return [...out].sort(comparePeriods);
}

/** Order period labels: by year, then year < S1 < Q1 < Q2 < S2 < Q3 < Q4. */
export function comparePeriods(a: string, b: string): number {
  const ya = labelYear(a);
  const yb = labelYear(b);
  if (ya !== yb) return ya - yb;
  const rank = (l: string): number =>
    ({ "": 0, S1: 1, Q1: 2, Q2: 3, S2: 4, Q3: 5, Q4: 6 })[l.length > 4 ? l.slice(5) : ""] ?? 7;
  return rank(a) - rank(b);
}

/** The column of `label` on a grid: the column that contains it (a Q3 lies in S2 and in its year). */
function columnOf(label: string, granularity: Granularity): string[] {
  const y = labelYear(label);
  const part = label.length > 4 ? label.slice(5) : "";
  if (granularity === "year") return [String(y)];
  if (granularity === "semester") {
    if (part === "") return [`${y}-S1`, `${y}-S2`];
    if (part === "S1" || part === "Q1" || part === "Q2") return [`${y}-S1`];
    return [`${y}-S2`];
  }
  if (part === "") return ["Q1", "Q2", "Q3", "Q4"].map((q) => `${y}-${q}`);
  if (part === "S1") return [`${y}-Q1`, `${y}-Q2`];
  if (part === "S2") return [`${y}-Q3`, `${y}-Q4`];
  return [label];
}

export interface TimelineRow {
  code: string;
  level: ProgramLevel;
  title: string;
  units: string[];
  aspect?: AspectKey;
  /** 0 = Kelompok, 1 = Program, 2 = Kegiatan (for indentation). */
  depth: number;
  /** One flag per column of `columns`. */
  active: boolean[];
  /** True when `active` was rolled up from the children (the row has no marks of its own). */
  rolledUp: boolean;
  cell?: string;
}

/**
 * Rows of the timeline (Gantt-like) grid: one per program node, one boolean per column of the
 * plan at the chosen granularity. A node with marks of its own is active in the columns its
 * periods fall in (a year mark fills both semesters or all four quarters; a semester mark fills
 * its quarters, or its year on a year grid). A Kelompok or Program with no marks of its own shows
 * the union of its descendants (`rolledUp`). Marks outside the plan's years give a warning
 * `program.period-outside` naming the node's cell. Linear in the number of nodes x columns.
 *
 * @example timelineRows(kapuas.programs, "semester", { startYear: 2021, endYear: 2024 }).columns
 *   // ["2021-S1", "2021-S2", ..., "2024-S2"]
 */
export function timelineRows(
  programs: readonly ProgramNode[],
  granularity: Granularity,
  period: PlanPeriod,
): { columns: PeriodLabel[]; rows: TimelineRow[]; problems: Problem[] } {
  const columns = periodColumns(period, granularity);
  const colIndex = new Map(columns.map((c, i) => [c, i] as const));
  const problems: Problem[] = [];
  const parents = parentIndexes(programs);
  const rows: TimelineRow[] = programs.map((n) => {
    const active = new Array<boolean>(columns.length).fill(false);
    const outside: string[] = [];
    for (const label of n.periods ?? []) {
      const y = labelYear(label);
      if (y < period.startYear || y > period.endYear) {
        outside.push(label);
        continue;
      }
      for (const c of columnOf(label, granularity)) {
        const idx = colIndex.get(c);
        if (idx !== undefined) active[idx] = true;
      }
    }
    if (outside.length > 0) {
      problems.push(
        problem(
          "warning",
          "program.period-outside",
          `${n.code.trim() || n.title} ditandai pada ${outside.join(", ")}, di luar periode rencana ${period.startYear}-${period.endYear}`,
          `${n.code.trim() || n.title} is marked in ${outside.join(", ")}, outside the plan period ${period.startYear}-${period.endYear}`,
          n.cell,
        ),
      );
    }
    const row: TimelineRow = {
      code: n.code,
      level: n.level,
      title: n.title,
      units: [...(n.units ?? [])],
      depth: LEVEL_DEPTH[n.level] - 1,
      active,
      rolledUp: false,
    };
    if (n.aspect !== undefined) row.aspect = n.aspect;
    if (n.cell !== undefined) row.cell = n.cell;
    return row;
  });
  const own = programs.map((n) => (n.periods ?? []).length > 0);
  // Roll marks up to ancestors without marks of their own (bounded by the tree depth).
  for (let i = 0; i < rows.length; i++) {
    let p = parents[i];
    let guard = 0;
    while (p >= 0 && guard++ < 8) {
      if (!own[p]) {
        const target = rows[p].active;
        const src = rows[i].active;
        for (let c = 0; c < src.length; c++) if (src[c]) target[c] = true;
        rows[p].rolledUp = true;
      }
      p = parents[p];
    }
  }
  for (let i = 0; i < rows.length; i++) if (own[i]) rows[i].rolledUp = false;
  return { columns, rows, problems };
}
