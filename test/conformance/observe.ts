/**
 * What a scenario observes on a host, in a form the three hosts can be compared on: refusal,
 * problems (severity, code, cell), sheet names, and every planned cell read back as "f:<formula>",
 * "t:<text>", "n:<number>", "b:<boolean>" or "-" (blank). `mismatches` lists the planned cells a
 * host did not write as core planned them: a text read back as a formula or a number, a formula
 * that is not the core's, a missing value.
 *
 * @example observe(host, await host.run("fill")) // { refused: false, mismatches: [], ... }
 */
import { a1, type CellValue } from "../../core/grid";
import type { PlannedCell } from "../../core/layout/sheet-plan";
import { cellKind, withMarkerCell } from "../../core/write";
import type { HostDriver, ReadCell, RunOutcome } from "./hosts";

export interface Observed {
  refused: boolean;
  /** "error write.notOurs 'hasil renaksi'!A1", sorted; host-only notes (excel.*, sheets.*) left out. */
  problems: string[];
  sheets: string[];
  /** sheet -> A1 -> read back, for every cell core planned. */
  cells: Record<string, Record<string, string>>;
  mismatches: string[];
  /** Cells a scenario reads back itself (a kept entry, the user's own A1), as shown(). */
  picked?: Record<string, string>;
}

/** A formula as the three hosts store it: "=" dropped (the file form has none), no `_xlfn.`. */
export const formulaText = (f: string): string => f.replace(/^=/, "").replace(/_xlfn\./g, "");

/** Leading spaces are Sheets' stand-in for indentation (it has no indent property). */
const text = (s: string): string => s.replace(/^ +/, "");

export function shown(c: ReadCell | undefined): string {
  if (!c) return "-";
  if ("f" in c) return `f:${formulaText(c.f)}`;
  return valueShown(c.v);
}

function valueShown(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === "") return "-";
  if (typeof v === "string") return `t:${text(v)}`;
  return typeof v === "number" ? `n:${v}` : `b:${v}`;
}

/** What a planned cell must read back as, by the kind core gave it. */
export function planned(c: PlannedCell): string {
  switch (cellKind(c)) {
    case "formula":
      return `f:${formulaText(c.formula as string)}`;
    case "blank":
      return "-";
    default:
      return valueShown(c.value);
  }
}

const HOST_ONLY = /^(excel|sheets|cli)\./;

export function problemLines(out: RunOutcome): string[] {
  const lines = out.problems
    .filter((p) => !HOST_ONLY.test(p.code))
    .map((p) => `${p.severity} ${p.code} ${p.cell ?? ""}`.trim());
  return [...new Set(lines)].sort();
}

export async function observe(h: HostDriver, out: RunOutcome): Promise<Observed> {
  const cells: Observed["cells"] = {};
  const mismatches: string[] = [];
  for (const plan of out.plans.filter((p) => p.mode !== "overlay")) {
    const back = await h.readSheet(plan.sheet);
    const sheet: Record<string, string> = (cells[plan.sheet] = {});
    for (const c of withMarkerCell(plan).cells) {
      const at = a1(c.row, c.col);
      const got = shown(back.get(`${c.row},${c.col}`));
      const want = planned(c);
      sheet[at] = got;
      if (got !== want)
        mismatches.push(`${plan.sheet}!${at}: want ${want.slice(0, 60)} got ${got.slice(0, 60)}`);
    }
  }
  return {
    refused: out.refused,
    problems: problemLines(out),
    sheets: await h.sheetNames(),
    cells,
    mismatches,
  };
}

/**
 * Sheet names a formula refers to ('Quoted ''name'''!A1 or Plain!A1), string literals skipped. An
 * unquoted name that a formula engine would read as something else (a cell such as A1, an R1C1
 * reference, TRUE / FALSE, or anything beyond letters, digits, `_` and `.`) is returned as
 * "UNQUOTED:<name>" so a check can name it.
 */
export function sheetRefs(formula: string): string[] {
  const body = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: string[] = [];
  for (const m of body.matchAll(/'((?:[^']|'')+)'!|(?<![\w.'])([^\s'!(),=+\-*/&<>^:;{}"]+)!/g)) {
    if (m[1] !== undefined) {
      out.push(m[1].replace(/''/g, "'"));
      continue;
    }
    const name = m[2];
    const ambiguous =
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[Rr]\d*[Cc]?\d*$/.test(name) ||
      /^[Cc]\d*$/.test(name) ||
      /^(true|false)$/i.test(name);
    out.push(ambiguous ? `UNQUOTED:${name}` : name);
  }
  return out;
}
