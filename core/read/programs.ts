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
import { problem } from "../problem";
import type { SheetView } from "./sheet";
import { type BaseHeader, type BodyRow, type ReadContext, findCol, lastCol } from "./table";
import { aspectOf, cleanText, normalize, oneLine } from "../cells/text";
import { parseMark, parsePeriod, parseYear } from "../cells/values";

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

/** Read the body rows of a program matrix. */
export function readPrograms(
  v: SheetView,
  h: ProgramHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): ProgramNode[] {
  const out: ProgramNode[] = [];
  const codes = new Map<string, number>();
  const codeCol = h.noCol >= 0 ? h.noCol : h.titleCol;
  let kelompok: ProgramNode | null = null;
  let program: ProgramNode | null = null;
  let last: ProgramNode | null = null;
  const letterCount = new Map<ProgramNode, number>();
  const parsedParent = new Map<ProgramNode, ParsedCode | null>();
  const unitsOf = new Map<string, string[]>();
  const units = (text: string): string[] => {
    let u = unitsOf.get(text);
    if (!u) {
      u = splitUnits(text);
      unitsOf.set(text, u);
    }
    return [...u];
  };

  for (const { r } of rows) {
    const codeText = h.noCol >= 0 ? v.text(r, h.noCol) : "";
    let title = oneLine(v.text(r, h.titleCol));
    const unitsText = h.unitsCol >= 0 ? v.text(r, h.unitsCol) : "";
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
    if (!code && !title) continue;
    let level: ProgramLevel | null = code ? levelOf(code) : null;
    if (!code || code.segments.length === 0) {
      const tp = /^(kelompok program|program|kegiatan)\b/.exec(normalize(title));
      const fromTitle: ProgramLevel | null = tp
        ? tp[1] === "kelompok program"
          ? "kelompok"
          : (tp[1] as ProgramLevel)
        : null;
      level = level ?? fromTitle;
      if (!level) {
        if (periods.length === 0 && last) {
          // Continuation of the previous title (wrapped over a page break).
          if (title) last.title = `${last.title} ${title}`.trim();
          for (const u of splitUnits(unitsText)) if (!last.units.includes(u)) last.units.push(u);
          continue;
        }
        level = "kegiatan";
      }
    }
    if (code && code.prefix && code.segments.length > 0 && level !== code.prefix) {
      ctx.problems.push(
        problem(
          "warning",
          "program.level-mismatch",
          `Kode "${codeText}" bertingkat ${LEVEL_ID[level as ProgramLevel]} menurut nomornya; dibaca sebagai ${LEVEL_ID[level as ProgramLevel]}`,
          `Code "${codeText}" is a ${level} by its numbering; read as a ${level}`,
          v.addr(r, h.noCol),
        ),
      );
    }
    const lv = level as ProgramLevel;
    const parentNode =
      lv === "kelompok" ? null : lv === "program" ? kelompok : (program ?? kelompok);
    let codeStr: string;
    if (!code || code.segments.length === 0) {
      const base = parentNode ?? null;
      const k = (base ? letterCount.get(base) : undefined) ?? 0;
      const letter = String.fromCharCode(97 + (k % 26));
      codeStr = base ? `${base.code}.${letter}` : `${out.length + 1}`;
      if (base) letterCount.set(base, k + 1);
      ctx.problems.push(
        problem(
          "warning",
          "program.code-missing",
          `Baris tanpa kode; diberi kode ${codeStr}`,
          `Row without a code; given code ${codeStr}`,
          v.addr(r, h.noCol >= 0 ? h.noCol : h.titleCol),
        ),
      );
    } else if (code.segments.length === 1 && lv === "kegiatan") {
      // Luwu: "a" under "1" -> "1.a"
      codeStr = parentNode ? `${parentNode.code}.${code.segments[0]}` : code.segments[0];
      if (parentNode) letterCount.set(parentNode, (letterCount.get(parentNode) ?? 0) + 1);
    } else if (lv === "kelompok") {
      codeStr = code.prefix === "kelompok" ? `KP ${code.segments[0]}` : code.segments[0];
    } else {
      codeStr = code.segments.join(".");
      if (parentNode && code.segments.length >= 2) {
        const parentCode = parsedParent.get(parentNode) ?? parseCode(parentNode.code);
        parsedParent.set(parentNode, parentCode);
        const ps = parentCode ? parentCode.segments : [];
        const want = Math.min(ps.length, code.segments.length - 1);
        const mismatch = ps
          .slice(0, want)
          .some((s, i) => segValue(s) !== segValue(code!.segments[i]));
        if (mismatch) {
          ctx.problems.push(
            problem(
              "warning",
              "program.parent-mismatch",
              `Kode ${codeStr} berada di bawah ${parentNode.code}; nomornya menunjuk induk lain`,
              `Code ${codeStr} sits under ${parentNode.code}; its numbering names another parent`,
              v.addr(r, h.noCol),
            ),
          );
        }
      }
    }
    if (codes.has(codeStr)) {
      ctx.problems.push(
        problem(
          "warning",
          "program.duplicate-code",
          `Kode ${codeStr} dipakai dua kali (juga di ${v.addr(codes.get(codeStr) ?? r, codeCol)})`,
          `Code ${codeStr} is used twice (also at ${v.addr(codes.get(codeStr) ?? r, codeCol)})`,
          v.addr(r, h.noCol >= 0 ? h.noCol : h.titleCol),
        ),
      );
    } else codes.set(codeStr, r);
    let aspect: AspectKey | undefined;
    if (lv === "kelompok") {
      aspect = aspectOf(title);
      if (!aspect) {
        ctx.problems.push(
          problem(
            "warning",
            "program.aspect-unknown",
            `Kelompok program "${title}" tidak menyebut salah satu dari lima aspek`,
            `Program group "${title}" names none of the five aspects`,
            v.addr(r, h.titleCol),
          ),
        );
      }
    } else aspect = parentNode?.aspect;
    const node: ProgramNode = {
      code: codeStr,
      level: lv,
      title,
      units: units(unitsText),
      periods,
      cell: v.addr(r, h.titleCol),
    };
    if (parentNode) node.parent = parentNode.code;
    if (aspect) node.aspect = aspect;
    out.push(node);
    last = node;
    if (lv === "kelompok") {
      kelompok = node;
      program = null;
    } else if (lv === "program") program = node;
  }
  return out;
}
