/**
 * `npm run demo`: the README's main job (`npm ci && npm run demo`). Fills the example workbooks
 * into out/ and prints each one's summary, shows that Klungkung filled electronically by 60
 * respondents gives the printed matrix's averages and priorities, that Luwu as printed is refused
 * (its empty aspect, with the cell) and which cells the analyst's corrected copy changes, then the
 * province roll-up and a verdict per file. Exit 0 when every example behaved as expected, 1
 * otherwise.
 *
 *   npx tsx cli/demo.ts [examplesDir] [outDir]     (defaults: examples/ and out/)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  sheetA1,
  type CellValue,
  type Grid,
  type Analysis,
  type Problem,
  MANAGED_SHEETS,
  monevRollup,
} from "../core";
import { t, type LabelKey } from "./labels";
import { monevFile, monevText, rollupText as monevRollupText } from "./monev";
import { displayNames, fillIn } from "./format";
import { fillFile } from "./commands";
import type { Io } from "./main";
import { problemLine, rollupText, summaryText } from "./summary";
import { openWorkbook } from "./xlsx/workbook";

/** What each example must do: fill, or be refused with a given error (and which file fixes it). */
export interface DemoCase {
  name: string;
  expect: "filled" | "refused";
  /** The error code a refusal must carry. */
  code?: string;
  /** The example that corrects a refused one. */
  fixedBy?: string;
  /** Shown after the file name. */
  tag?: LabelKey;
  /**
   * An earlier case whose aspect averages, suggested and final priorities this one must reproduce
   * (the same plan scored another way); the demo prints one line saying so.
   */
  sameAs?: string;
  /** The line that says so (default: the respondents' sheet's live averages). */
  sameLine?: LabelKey;
}

export const DEMO_CASES: readonly DemoCase[] = [
  { name: "klungkung", expect: "filled" },
  {
    name: "klungkung-responden",
    expect: "filled",
    tag: "cli.demo.responsesTag",
    sameAs: "klungkung",
  },
  {
    name: "klungkung-formulir",
    expect: "filled",
    tag: "cli.demo.formTag",
    sameAs: "klungkung",
    sameLine: "cli.demo.formSame",
  },
  { name: "cilacap", expect: "filled" },
  { name: "kapuas", expect: "filled" },
  {
    name: "luwu",
    expect: "refused",
    code: "aspect.empty",
    fixedBy: "luwu-perbaikan",
    tag: "cli.demo.asPrinted",
  },
  { name: "luwu-perbaikan", expect: "filled" },
];

/** Both languages on one line: "diisi / filled". */
const both = (key: LabelKey, vars: Record<string, string | number> = {}): string =>
  `${fillIn(t(key, "id"), vars)} / ${fillIn(t(key, "en"), vars)}`;

/** Both languages on two lines, the English one indented. */
const twoLines = (key: LabelKey, vars: Record<string, string | number> = {}): string =>
  `${fillIn(t(key, "id"), vars)}\n  ${fillIn(t(key, "en"), vars)}`;

export interface CellChange {
  cell: string;
  before: CellValue;
  after: CellValue;
  /** The first number on the cell's row (the statement number), null when none. */
  no: number | null;
  /** The nearest text above the cell in its column (its header), "" when none. */
  column: string;
}

/** Cells whose value differs between two workbooks' grids (same sheet, same address). */
export function gridChanges(before: readonly Grid[], after: readonly Grid[]): CellChange[] {
  const out: CellChange[] = [];
  const at = (g: Grid | undefined, r: number, c: number): CellValue =>
    g?.values[r - g.origin.row]?.[c - g.origin.col] ?? null;
  for (const b of after) {
    const a = before.find((g) => g.sheet === b.sheet);
    const rows = new Set<number>();
    const cols = new Set<number>();
    for (const g of [a, b]) {
      if (!g) continue;
      g.values.forEach((row, i) => {
        rows.add(g.origin.row + i);
        row.forEach((_, j) => cols.add(g.origin.col + j));
      });
    }
    for (const r of [...rows].sort((x, y) => x - y)) {
      for (const c of [...cols].sort((x, y) => x - y)) {
        const v0 = at(a, r, c);
        const v1 = at(b, r, c);
        if (v0 === v1) continue;
        let no: number | null = null;
        for (let cc = b.origin.col; cc < c && no === null; cc++) {
          const v = at(b, r, cc);
          if (typeof v === "number") no = v;
        }
        let column = "";
        for (let rr = r - 1; rr >= b.origin.row && !column; rr--) {
          const v = at(b, rr, c);
          if (typeof v === "string" && v.length > 1) column = v;
        }
        out.push({ cell: sheetA1(b.sheet, r, c), before: v0, after: v1, no, column });
      }
    }
  }
  return out;
}

export interface DemoOutcome {
  name: string;
  input: string;
  out?: string;
  behaved: boolean;
  refused: boolean;
  errors: Problem[];
  analysis?: Analysis;
  /** The sheets fill wrote (core's managed sheets). */
  sheets?: string[];
}

/** Aspects whose average, suggested or final priority differ between two analyses (by key). */
export function aspectDifferences(a: Analysis, b: Analysis): string[] {
  const other = new Map(b.aspects.map((x) => [x.key, x]));
  const out: string[] = [];
  for (const x of a.aspects) {
    const y = other.get(x.key);
    const close =
      x.average === null || y?.average === null || y === undefined
        ? x.average === (y?.average ?? null)
        : Math.abs(x.average - y.average) <= 1e-12 * Math.max(1, Math.abs(y.average));
    if (!y || !close || x.suggestedPriority !== y.suggestedPriority || x.priority !== y.priority)
      out.push(x.key);
  }
  for (const y of b.aspects) if (!a.aspects.some((x) => x.key === y.key)) out.push(y.key);
  return out;
}

/** Statements scored from more than one answer, and the fewest / most answers per statement. */
export function respondentRange(a: Analysis): { statements: number; min: number; max: number } {
  const ns = a.statements.map((s) => s.respondents).filter((n) => n > 1);
  return {
    statements: ns.length,
    min: ns.length ? Math.min(...ns) : 0,
    max: ns.length ? Math.max(...ns) : 0,
  };
}

const show = (v: CellValue, locale: "id" | "en"): string =>
  v === null || v === "" ? t("cli.demo.empty", locale) : String(v);

/** The examples that carry a monev (issue 10): their report is printed from the FILLED file. */
export const DEMO_MONEV = ["luwu-perbaikan", "cilacap"] as const;

/**
 * One semester's monev report of each filled example with a monev (read back from the file `fill`
 * wrote: the entries survived it), then their roll-up. Returns how many could not be reported.
 */
async function demoMonev(outcomes: readonly DemoOutcome[], io: Io): Promise<number> {
  const items = [];
  for (const name of DEMO_MONEV) {
    const o = outcomes.find((x) => x.name === name);
    if (!o?.out) continue;
    items.push(await monevFile(o.out));
  }
  let failed = 0;
  for (const it of items) {
    io.out(`\n${"=".repeat(100)}`);
    if (it.report) io.out(monevText(path.basename(it.file), it.report));
    else {
      failed++;
      for (const p of it.problems) io.out(problemLine(p, "id"));
    }
  }
  if (items.length > 1) {
    const names = displayNames(items.map((it) => it.file));
    io.out("");
    io.out(monevRollupText(monevRollup(items.map((it, i) => ({ ...it, file: names[i] })))));
  }
  return failed;
}

/**
 * The managed sheets the filled examples received, in core's order (MANAGED_SHEETS): the closing
 * line names what fill wrote, never a hand list.
 *
 * @example writtenSheets(outcomes) // ["Hasil Renaksi", "Timeline Program", "Monev Renaksi"]
 */
export function writtenSheets(outcomes: readonly DemoOutcome[]): string[] {
  const written = new Set(outcomes.flatMap((o) => o.sheets ?? []));
  return Object.values(MANAGED_SHEETS).filter((s) => written.has(s));
}

/** Runs the demo; prints through `io.out`; returns the exit code and what each example did. */
export async function runDemo(
  examplesDir: string,
  outDir: string,
  io: Io,
  cases: readonly DemoCase[] = DEMO_CASES,
): Promise<{ code: number; outcomes: DemoOutcome[] }> {
  fs.mkdirSync(outDir, { recursive: true });
  const rel = (p: string): string => path.relative(process.cwd(), p) || p;
  const quiet: Io = { out: () => undefined, err: () => undefined };
  const outcomes: DemoOutcome[] = [];
  const rollup: { file: string; analysis: Analysis | null; problems: Problem[] }[] = [];
  io.out(twoLines("cli.demo.title"));
  io.out(both("cli.demo.io", { input: rel(examplesDir), output: rel(outDir) }));
  for (const [i, c] of cases.entries()) {
    const input = path.join(examplesDir, `${c.name}.xlsx`);
    const out = path.join(outDir, `${c.name}.xlsx`);
    const tag = c.tag ? ` (${both(c.tag)})` : "";
    io.out(`\n${"=".repeat(100)}`);
    io.out(
      fillIn(t("cli.demo.step", "id"), { n: i + 1, total: cases.length, file: rel(input) }) + tag,
    );
    let r;
    try {
      r = await fillFile(input, out, {}, quiet);
    } catch (e) {
      // A missing or unreadable example is an unexpected failure of the demo, not a crash.
      const problems = (e as { problems?: Problem[] }).problems ?? [];
      for (const p of problems) io.out(problemLine(p, "id"));
      if (!problems.length) io.out(String(e));
      outcomes.push({ name: c.name, input, behaved: false, refused: true, errors: problems });
      rollup.push({ file: rel(input), analysis: null, problems });
      continue;
    }
    const errors = r.problems.filter((p) => p.severity === "error");
    const refused = r.code !== 0;
    const label = rel(refused ? input : out);
    // The same plan scored another way is not another instansi: it stays out of the roll-up.
    if (!c.sameAs) rollup.push({ file: label, analysis: r.analysis ?? null, problems: r.problems });
    if (r.analysis) io.out(summaryText(r.analysis, label));
    else for (const p of r.problems) io.out(problemLine(p, "id"));
    io.out("");
    // A case that must reproduce an earlier one: same averages and priorities, from its own data.
    const reference = c.sameAs ? outcomes.find((o) => o.name === c.sameAs)?.analysis : undefined;
    const differs =
      c.sameAs && r.analysis
        ? reference
          ? aspectDifferences(r.analysis, reference)
          : ["(no reference)"]
        : [];
    const behaved =
      c.expect === "filled"
        ? !refused && differs.length === 0
        : refused && (c.code === undefined || errors.some((p) => p.code === c.code));
    outcomes.push({
      name: c.name,
      input,
      out: r.out,
      behaved,
      refused,
      errors,
      analysis: r.analysis,
      sheets: r.sheets,
    });
    if (!refused) {
      io.out(
        `-> ${both("cli.demo.written", {
          file: rel(out),
          sheets: (r.sheets ?? []).join(", "),
          charts: r.charts ?? 0,
        })}`,
      );
      if (c.sameAs && r.analysis) {
        const vars = { ...respondentRange(r.analysis), reference: c.sameAs };
        io.out(
          `-> ${both(
            differs.length ? "cli.demo.responsesDiffer" : (c.sameLine ?? "cli.demo.responses"),
            {
              ...vars,
              aspects: differs.join(", "),
            },
          )}`,
        );
      }
      continue;
    }
    io.out(`-> ${behaved ? twoLines("cli.demo.refusedExpected") : both("cli.fill.refused")}`);
    for (const p of errors) {
      io.out(`   ${p.cell ?? ""}  ${p.message}`);
      io.out(`   ${" ".repeat(p.cell?.length ?? 0)}  ${p.messageEn}`);
    }
    if (c.fixedBy) {
      const fixed = path.join(examplesDir, `${c.fixedBy}.xlsx`);
      const changes = gridChanges(
        (await openWorkbook(input)).grids,
        (await openWorkbook(fixed)).grids,
      );
      io.out(
        `\n   ${twoLines("cli.demo.fixedBy", { file: rel(fixed), count: changes.length }).replace("\n", "\n   ")}`,
      );
      for (const ch of changes) {
        const vars = (locale: "id" | "en"): Record<string, string | number> => ({
          no: ch.no ?? "-",
          column: ch.column,
          before: show(ch.before, locale),
          after: show(ch.after, locale),
        });
        io.out(`   ${ch.cell}  ${fillIn(t("cli.demo.fixedCell", "id"), vars("id"))}`);
        io.out(
          `   ${" ".repeat(ch.cell.length)}  ${fillIn(t("cli.demo.fixedCell", "en"), vars("en"))}`,
        );
      }
    }
  }
  io.out(`\n${"=".repeat(100)}`);
  const names = displayNames(rollup.map((r) => r.file));
  io.out(rollupText(rollup.map((r, i) => ({ ...r, file: names[i] }))));
  const monevFailed = await demoMonev(outcomes, io);
  io.out(`\n== ${both("cli.demo.result")}`);
  const width = Math.max(16, ...outcomes.map((o) => o.name.length + 1));
  for (const o of outcomes) {
    const what = o.refused
      ? `${both("cli.demo.refused")}: ${o.errors.map((p) => `${p.code} ${p.cell ?? ""}`.trim()).join("; ")}`
      : `${both("cli.demo.filled")}: ${rel(o.out ?? "")}`;
    io.out(
      `  ${o.behaved ? "OK   " : "GAGAL"}  ${o.name.padEnd(width)} ${what}${
        o.behaved ? "" : `  (${both("cli.demo.unexpected")})`
      }`,
    );
  }
  const failed = outcomes.filter((o) => !o.behaved).length + monevFailed;
  io.out("");
  io.out(
    failed === 0
      ? twoLines("cli.demo.allOk", {
          output: `${rel(outDir)}${path.sep}`,
          sheets: writtenSheets(outcomes).join(", "),
        })
      : twoLines("cli.demo.someFailed", { count: failed }),
  );
  return { code: failed === 0 ? 0 : 1, outcomes };
}

if (require.main === module) {
  const root = path.join(__dirname, "..");
  const io: Io = {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  };
  runDemo(
    path.resolve(process.argv[2] ?? path.join(root, "examples")),
    path.resolve(process.argv[3] ?? path.join(root, "out")),
    io,
  ).then(
    (r) => {
      process.exitCode = r.code;
    },
    (e: unknown) => {
      process.stderr.write(`renaksi demo: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.RENAKSI_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
      process.exitCode = 1;
    },
  );
}
