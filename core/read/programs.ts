/**
 * Reader for the program matrix: No | Kelompok Program/Program/Kegiatan | Waktu (years, or
 * semesters "2022 S1"/"Smt I", quarters "TW I", under a spanning "Waktu"/"Tahun" cell or directly)
 * | Pihak Terlibat / Penanggung Jawab. Levels come from the code: "KP I" / "1" / "I" = kelompok,
 * "I.1" / "1.1" = program, "I.1.a" / "1.1.1" / a lone letter "a" = kegiatan; the code's depth wins
 * over a contradicting prefix ("Program I.3.1." is an activity, with a warning). Parents are the
 * nearest enclosing rows (as the analyst sees them); a code that names another parent is warned
 * about. Luwu's letter codes are qualified by their parent ("1.a"); rows without a code but with
 * marks get the next letter ("3.c") and a warning; rows without a code and without marks continue
 * the previous title (a title wrapped over a page break). Units are split on ➤, bullets, line
 * breaks, commas, semicolons and " dan ".
 *
 * @example Kapuas "I.1.a" -> { code: "I.1.a", level: "kegiatan", parent: "I.1", aspect: "kelembagaan",
 *   periods: ["2021", "2022"], units: ["BAG. ORGANISASI"] }
 */
import type { AspectKey } from "../model/aspect";
import type { PeriodLabel, ProgramLevel, ProgramNode } from "../model/program";
import { ASPECTS } from "../model/aspect";
import { problem } from "../problem";
import type { SheetView } from "./sheet";
import { type BaseHeader, type BodyRow, type ReadContext, findCol, lastCol } from "./table";
import { aspectOf, cleanText, normalize, oneLine } from "../cells/text";
import { parseMark, parsePeriod, parseYear } from "../cells/values";
import { isExampleTitle } from "../templates/example-programs";

export interface ProgramHeader extends BaseHeader {
  kind: "programs";
  noCol: number;
  titleCol: number;
  unitsCol: number;
  periods: { label: PeriodLabel; col: number }[];
}

const TITLE_RE = /(kelompok program|^program\b|kegiatan|^rencana aksi)/;
const TIME_RE = /^(waktu|tahun|jadwal|pelaksanaan|periode|timeline|jangka waktu)\b/;
const UNITS_RE =
  /^(pihak|penanggung|pelaksana|unit\b|opd\b|pj\b|instansi|perangkat daerah|pengampu|leading sector)/;

/** Period columns of one header row, with a year carried over blank cells of a spanning row above. */
function periodsIn(
  v: SheetView,
  r: number,
  c0: number,
  c1: number,
  years: (number | null)[] | null,
) {
  const out: { label: PeriodLabel; col: number }[] = [];
  for (let c = c0; c <= c1; c++) {
    const p = parsePeriod(v.raw(r, c), years ? years[c - c0] : null);
    if (p) out.push({ label: p, col: c });
  }
  return out;
}

/** Years of a row across c0..c1, each carried right over blank cells (a merged "2022" over S1 S2). */
function carriedYears(v: SheetView, r: number, c0: number, c1: number): (number | null)[] {
  const out: (number | null)[] = [];
  let carry: number | null = null;
  for (let c = c0; c <= c1; c++) {
    const y = parseYear(v.raw(r, c));
    if (y !== null) carry = y;
    else if (!v.isBlank(r, c)) carry = null;
    out.push(carry);
  }
  return out;
}

/** Detect a program matrix header at row r. */
export function detectPrograms(v: SheetView, r: number): ProgramHeader | null {
  const titleCol = findCol(v, r, TITLE_RE);
  if (titleCol < 0) return null;
  const tt = v.norm(r, titleCol);
  if (tt.length > 60 || /keberhasilan|indikator/.test(tt)) return null;
  const w = Math.max(v.rowWidth(r), v.rowWidth(r + 1), v.rowWidth(r + 2));
  const unitsCol = findCol(v, r, UNITS_RE, titleCol + 1);
  const timeCol = findCol(v, r, TIME_RE, titleCol + 1);
  let periods: { label: PeriodLabel; col: number }[] = [];
  let height = 1;
  if (timeCol >= 0) {
    let spanEnd = w - 1;
    for (let c = timeCol + 1; c < w; c++) {
      if (!v.isBlank(r, c)) {
        spanEnd = c - 1;
        break;
      }
    }
    const own =
      parsePeriod(v.raw(r, timeCol)) ??
      (() => {
        const m = /((?:19|20)\d{2})/.exec(v.norm(r, timeCol));
        return m && spanEnd === timeCol ? m[1] : null;
      })();
    const row1 = periodsIn(v, r + 1, timeCol, spanEnd, null);
    const years1 = carriedYears(v, r + 1, timeCol, spanEnd);
    const row2 = periodsIn(v, r + 2, timeCol, spanEnd, years1);
    if (row2.length > 0 && row2.some((p) => p.label.includes("-"))) {
      periods = row2;
      height = 3;
    } else if (row1.length > 0) {
      periods = row1;
      height = 2;
    } else if (own) {
      periods = [{ label: own, col: timeCol }];
    }
  } else {
    const direct = periodsIn(v, r, titleCol + 1, w - 1, null);
    if (direct.length > 0) {
      const years0 = carriedYears(v, r, titleCol + 1, w - 1);
      const below = periodsIn(v, r + 1, titleCol + 1, w - 1, years0);
      if (below.some((p) => p.label.includes("-"))) {
        periods = below;
        height = 2;
      } else periods = direct;
    }
  }
  if (periods.length === 0) return null;
  let noCol = findCol(v, r, /^(no|kode|nomor)\b\.?/, 0, titleCol - 1);
  if (noCol < 0) noCol = titleCol > 0 ? titleCol - 1 : -1;
  const c1 = Math.max(lastCol(v, r, height), unitsCol, ...periods.map((p) => p.col));
  return {
    kind: "programs",
    row: r,
    height,
    c0: noCol >= 0 ? noCol : titleCol,
    c1,
    noCol,
    titleCol,
    unitsCol,
    periods,
  };
}

interface ParsedCode {
  prefix: ProgramLevel | null;
  segments: string[];
}

const PREFIX_RE =
  /^(kelompok\s+program|kel\.?\s*program|kp|program|prog\.?|kegiatan|keg\.?)(?=[\s.\dIVXivx]|$)\s*\.?\s*/i;
const SEGMENT_RE = /^(?:[IVX]+|\d{1,3}|[a-z]|[A-HJ-UWYZ])$/;

/**
 * Split a written code into its prefix level and segments; null when the cell is no code.
 *
 * @example parseCode("Kegiatan I.1.1.") // { prefix: "kegiatan", segments: ["I", "1", "1"] }
 */
export function parseCode(raw: string): ParsedCode | null {
  let t = cleanText(raw).replace(/\s+/g, " ").trim();
  if (!t) return null;
  let prefix: ProgramLevel | null = null;
  const pm = PREFIX_RE.exec(t);
  if (pm) {
    const p = pm[1].toLowerCase();
    prefix = p.startsWith("keg") ? "kegiatan" : p.startsWith("prog") ? "program" : "kelompok";
    t = t.slice(pm[0].length).trim();
  }
  t = t.replace(/[.)]+$/, "").trim();
  if (!t) return prefix ? { prefix, segments: [] } : null;
  const segments = t.split(/\s*\.\s*/).filter((s) => s.length > 0);
  if (segments.length === 0 || segments.length > 4 || !segments.every((s) => SEGMENT_RE.test(s)))
    return null;
  return { prefix, segments };
}

const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
};

function segValue(s: string): string {
  if (ROMAN[s] !== undefined) return String(ROMAN[s]);
  return s.toLowerCase();
}

function levelOf(c: ParsedCode): ProgramLevel | null {
  const n = c.segments.length;
  if (n === 0) return c.prefix;
  if (n === 1)
    return /^[a-z]$/.test(c.segments[0]) || /^[A-HJ-UWYZ]$/.test(c.segments[0])
      ? "kegiatan"
      : "kelompok";
  return n === 2 ? "program" : "kegiatan";
}

/** Split a Pihak Terlibat cell into units. */
export function splitUnits(text: string): string[] {
  const parts = cleanText(text)
    .split(/➤|►|▶|•|·|\n|;|,|\s+dan\s+/i)
    .map((s) => s.replace(/^[-–*\s]+/, "").trim())
    .filter((s) => s.length > 0);
  return [...new Set(parts)];
}

const LEVEL_ID: Record<ProgramLevel, string> = {
  kelompok: "kelompok program",
  program: "program",
  kegiatan: "kegiatan",
};

/** Read the body rows of a program matrix: each row's periods, code, level, then its node. */
export function readPrograms(
  v: SheetView,
  h: ProgramHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): ProgramNode[] {
  const st = readerState();
  for (const { r } of rows) {
    const periods = rowPeriods(v, h, r, ctx);
    const { code, codeText, title } = rowCode(v, h, r, ctx);
    if (!code && !title) continue;
    const unitsText = h.unitsCol >= 0 ? v.text(r, h.unitsCol) : "";
    const level = rowLevel(code, title, periods.length > 0 || st.last === null);
    if (level === "continuation") {
      continueLast(st.last as ProgramNode, title, unitsText);
      continue;
    }
    levelMismatch(v, h, r, code, codeText, level, ctx);
    const parent =
      level === "kelompok" ? null : level === "program" ? st.kelompok : (st.program ?? st.kelompok);
    const codeStr = nodeCode(st, v, h, r, code, level, parent, ctx);
    duplicateCode(st, v, h, r, codeStr, ctx);
    const node: ProgramNode = {
      code: codeStr,
      level,
      title,
      units: st.units(unitsText),
      periods,
      cell: v.addr(r, h.titleCol),
    };
    if (parent) node.parent = parent.code;
    const aspect = level === "kelompok" ? kelompokAspect(v, h, r, title, ctx) : parent?.aspect;
    if (aspect) node.aspect = aspect;
    st.add(node);
  }
  return st.out;
}

/** What reading the rows remembers: the nodes so far, the open Kelompok and Program, the codes. */
interface ReaderState {
  out: ProgramNode[];
  /** Code -> row where it was first used. */
  codes: Map<string, number>;
  kelompok: ProgramNode | null;
  program: ProgramNode | null;
  last: ProgramNode | null;
  /** How many lettered children each node has been given ("1.a", "1.b"). */
  letterCount: Map<ProgramNode, number>;
  parsedParent: Map<ProgramNode, ParsedCode | null>;
  /** The units of a text, split once per distinct text. */
  units: (text: string) => string[];
  add: (node: ProgramNode) => void;
}

function readerState(): ReaderState {
  const unitsOf = new Map<string, string[]>();
  const st: ReaderState = {
    out: [],
    codes: new Map(),
    kelompok: null,
    program: null,
    last: null,
    letterCount: new Map(),
    parsedParent: new Map(),
    units: (text) => {
      let u = unitsOf.get(text);
      if (!u) {
        u = splitUnits(text);
        unitsOf.set(text, u);
      }
      return [...u];
    },
    add: (node) => {
      st.out.push(node);
      st.last = node;
      if (node.level === "kelompok") {
        st.kelompok = node;
        st.program = null;
      } else if (node.level === "program") st.program = node;
    },
  };
  return st;
}

/** The periods marked on the row; a cell that is not a mark is a warning and counts as blank. */
function rowPeriods(v: SheetView, h: ProgramHeader, r: number, ctx: ReadContext): PeriodLabel[] {
  const periods: PeriodLabel[] = [];
  for (const p of h.periods) {
    const m = parseMark(v.raw(r, p.col));
    if (m.kind === "mark" || (m.kind === "digit" && m.digit !== 0)) periods.push(p.label);
    else if (m.kind === "unreadable") {
      ctx.problems.push(
        problem(
          "warning",
          "program.unreadable-period",
          `Isi "${m.text}" di kolom waktu ${p.label} tidak terbaca sebagai tanda (✓ √ v X); dianggap kosong`,
          `"${m.text}" in period column ${p.label} is not a mark (✓ √ v X); taken as blank`,
          v.addr(r, p.col),
        ),
      );
    }
  }
  return periods;
}

/**
 * The row's code (from the code column, or opening the title when there is none) and title;
 * `program.unreadable-code` for a code that cannot be read.
 */
function rowCode(
  v: SheetView,
  h: ProgramHeader,
  r: number,
  ctx: ReadContext,
): { code: ParsedCode | null; codeText: string; title: string } {
  const codeText = h.noCol >= 0 ? v.text(r, h.noCol) : "";
  let title = oneLine(v.text(r, h.titleCol));
  let code = parseCode(codeText);
  if (!code && h.noCol < 0) {
    // No code column: the code may open the title ("1.1.1 Penyusunan ...").
    const m = /^(\S+)\s+(.*)$/.exec(title);
    const inTitle = m ? parseCode(m[1]) : null;
    if (m && inTitle && inTitle.segments.length > 0) {
      code = inTitle;
      title = m[2];
    }
  }
  if (codeText && !code) {
    ctx.problems.push(
      problem(
        "warning",
        "program.unreadable-code",
        `Kode "${codeText}" tidak dikenali (contoh: KP I, I.1, I.1.a, 1.1.1)`,
        `Code "${codeText}" is not recognised (e.g. KP I, I.1, I.1.a, 1.1.1)`,
        v.addr(r, h.noCol),
      ),
    );
  }
  return { code, codeText, title };
}

/**
 * The row's level: by its code, else by the title's first words ("Program ..."); a row with
 * neither is a kegiatan, or the continuation of the previous title (wrapped over a page break)
 * when it marks no period and follows a node (`standsAlone` false).
 */
function rowLevel(
  code: ParsedCode | null,
  title: string,
  standsAlone: boolean,
): ProgramLevel | "continuation" {
  const byCode = code ? levelOf(code) : null;
  if (code && code.segments.length > 0) return byCode as ProgramLevel;
  if (byCode) return byCode;
  const tp = /^(kelompok program|program|kegiatan)\b/.exec(normalize(title));
  if (tp) return tp[1] === "kelompok program" ? "kelompok" : (tp[1] as ProgramLevel);
  return standsAlone ? "kegiatan" : "continuation";
}

/** A wrapped title continues the previous node: its words and units are added to it. */
function continueLast(last: ProgramNode, title: string, unitsText: string): void {
  if (title) last.title = `${last.title} ${title}`.trim();
  for (const u of splitUnits(unitsText)) if (!last.units.includes(u)) last.units.push(u);
}

/** `program.level-mismatch`: the code's prefix ("KP") names one level, its numbering another. */
function levelMismatch(
  v: SheetView,
  h: ProgramHeader,
  r: number,
  code: ParsedCode | null,
  codeText: string,
  level: ProgramLevel,
  ctx: ReadContext,
): void {
  if (!code || !code.prefix || code.segments.length === 0 || level === code.prefix) return;
  ctx.problems.push(
    problem(
      "warning",
      "program.level-mismatch",
      `Kode "${codeText}" bertingkat ${LEVEL_ID[level]} menurut nomornya; dibaca sebagai ${LEVEL_ID[level]}`,
      `Code "${codeText}" is a ${level} by its numbering; read as a ${level}`,
      v.addr(r, h.noCol),
    ),
  );
}

/**
 * The node's full code: a lettered code under its parent when the row has none
 * (`program.code-missing`), "1.a" for a kegiatan lettered under "1" (Luwu), "KP I" for a Kelompok,
 * else the dotted segments, checked against the parent's (`program.parent-mismatch`).
 */
function nodeCode(
  st: ReaderState,
  v: SheetView,
  h: ProgramHeader,
  r: number,
  code: ParsedCode | null,
  level: ProgramLevel,
  parent: ProgramNode | null,
  ctx: ReadContext,
): string {
  if (!code || code.segments.length === 0) {
    const k = (parent ? st.letterCount.get(parent) : undefined) ?? 0;
    const letter = String.fromCharCode(97 + (k % 26));
    const codeStr = parent ? `${parent.code}.${letter}` : `${st.out.length + 1}`;
    if (parent) st.letterCount.set(parent, k + 1);
    ctx.problems.push(
      problem(
        "warning",
        "program.code-missing",
        `Baris tanpa kode; diberi kode ${codeStr}`,
        `Row without a code; given code ${codeStr}`,
        v.addr(r, h.noCol >= 0 ? h.noCol : h.titleCol),
      ),
    );
    return codeStr;
  }
  if (code.segments.length === 1 && level === "kegiatan") {
    // Luwu: "a" under "1" -> "1.a"
    if (parent) st.letterCount.set(parent, (st.letterCount.get(parent) ?? 0) + 1);
    return parent ? `${parent.code}.${code.segments[0]}` : code.segments[0];
  }
  if (level === "kelompok") {
    return code.prefix === "kelompok" ? `KP ${code.segments[0]}` : code.segments[0];
  }
  const codeStr = code.segments.join(".");
  if (parent && code.segments.length >= 2) {
    const parentCode = st.parsedParent.get(parent) ?? parseCode(parent.code);
    st.parsedParent.set(parent, parentCode);
    const ps = parentCode ? parentCode.segments : [];
    const want = Math.min(ps.length, code.segments.length - 1);
    const mismatch = ps.slice(0, want).some((s, i) => segValue(s) !== segValue(code.segments[i]));
    if (mismatch) {
      ctx.problems.push(
        problem(
          "warning",
          "program.parent-mismatch",
          `Kode ${codeStr} berada di bawah ${parent.code}; nomornya menunjuk induk lain`,
          `Code ${codeStr} sits under ${parent.code}; its numbering names another parent`,
          v.addr(r, h.noCol),
        ),
      );
    }
  }
  return codeStr;
}

/** `program.duplicate-code`: the code was used on an earlier row (named). */
function duplicateCode(
  st: ReaderState,
  v: SheetView,
  h: ProgramHeader,
  r: number,
  codeStr: string,
  ctx: ReadContext,
): void {
  const codeCol = h.noCol >= 0 ? h.noCol : h.titleCol;
  const first = st.codes.get(codeStr);
  if (first === undefined) {
    st.codes.set(codeStr, r);
    return;
  }
  ctx.problems.push(
    problem(
      "warning",
      "program.duplicate-code",
      `Kode ${codeStr} dipakai dua kali (juga di ${v.addr(first, codeCol)})`,
      `Code ${codeStr} is used twice (also at ${v.addr(first, codeCol)})`,
      v.addr(r, codeCol),
    ),
  );
}

/** The aspect a Kelompok Program names; `program.aspect-unknown` when it names none. */
function kelompokAspect(
  v: SheetView,
  h: ProgramHeader,
  r: number,
  title: string,
  ctx: ReadContext,
): AspectKey | undefined {
  const aspect = aspectOf(title);
  if (!aspect) {
    ctx.problems.push(
      problem(
        "warning",
        "program.aspect-unknown",
        `Kelompok program "${title}" tidak menyebut salah satu dari ${ASPECTS.length} aspek`,
        `Program group "${title}" names none of the ${ASPECTS.length} aspects`,
        v.addr(r, h.titleCol),
      ),
    );
  }
  return aspect ?? undefined;
}

/**
 * The template's example rows the analyst left untouched (templates/example-programs.ts): a
 * Program or Kegiatan still titled as the example, with no year mark, no unit and only untouched
 * examples below it. They are not the instansi's activities: `kept` leaves them out; `examples`
 * lists them for one warning. An example title that was marked (or given a unit) is kept as a
 * real activity.
 *
 * @example withoutExamples(readPrograms(...)).examples.length // 15 on a template nobody touched
 */
export function withoutExamples(nodes: readonly ProgramNode[]): {
  kept: ProgramNode[];
  examples: ProgramNode[];
} {
  const untouched = new Set<ProgramNode>();
  // Children follow their parent: decide from the bottom up.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n.level === "kelompok" || !isExampleTitle(n.title)) continue;
    if (n.periods.length > 0 || n.units.length > 0) continue;
    const children = nodes.filter((c) => c.parent === n.code && c.cell !== n.cell);
    if (children.every((c) => untouched.has(c))) untouched.add(n);
  }
  return {
    kept: nodes.filter((n) => !untouched.has(n)),
    examples: nodes.filter((n) => untouched.has(n)),
  };
}
