/**
 * The three commands of `renaksi` (template, summary, fill) and the work they share with the demo
 * and the bench (`fillFile`, `analyzeFile`). Loaded by main.ts only when a command runs, so
 * `renaksi --help` and `--version` do not pay for the core, jszip or the writer.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import {
  analyze,
  template,
  type Locale,
  type CommandOptions,
  capProblems,
  hasErrors,
  problem,
  type Problem,
  type Granularity,
  type StatementSetId,
  type Analysis,
} from "../core";
import { t } from "./labels";
import { HELP } from "./help";
import { planFill } from "./plans";
import { displayNames, fillIn } from "./format";
import { problemLine, rollupText, summaryJson, summaryText } from "./summary";
import { EXIT, UsageError, usage, type Io } from "./usage";
import { buildWorkbook, InputError, openWorkbook, writeFileAtomic } from "./xlsx/workbook";

export function choice<T extends string>(
  value: string | undefined,
  option: string,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value))
    throw usage("cli.err.choice", { option, choices: choices.join(", ") });
  return value as T;
}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>["options"]>;

export function parse(
  args: string[],
  options: Options,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return {
      values: r.values as Record<string, string | boolean | undefined>,
      positionals: r.positionals,
    };
  } catch (e) {
    const detail = (e as Error).message;
    throw new UsageError(
      fillIn(t("cli.err.usage", "id"), { detail }),
      fillIn(t("cli.err.usage", "en"), { detail }),
    );
  }
}

/** One line per problem, at most PROBLEMS_PER_CODE of a code (core `capProblems` counts the rest). */
export function printProblems(io: Io, problems: readonly Problem[], locale: Locale): void {
  for (const p of capProblems(problems)) io.err(problemLine(p, locale));
}

export function commandOptions(values: Record<string, unknown>): CommandOptions {
  const opts: CommandOptions = {};
  const g = choice<Granularity>(values.granularity as string | undefined, "--granularity", [
    "year",
    "semester",
    "quarter",
  ]);
  if (g) opts.granularity = g;
  const s = choice<StatementSetId>(values.statements as string | undefined, "--statements", [
    "juknis22",
    "klungkung20",
  ]);
  if (s) opts.statementSet = s;
  if (values.target !== undefined) {
    const n = Number(String(values.target).replace(",", "."));
    if (!Number.isFinite(n)) throw usage("cli.err.number", { option: "--target" });
    opts.targetLevel = n;
  }
  if (typeof values.semester === "string") opts.semester = values.semester;
  if (values.numbering !== undefined) opts.numbering = parseNumbering(String(values.numbering));
  return opts;
}

/**
 * `--numbering 3.4` (tables from "Tabel 3.4"), `--numbering 3` ("Tabel 3.1"), `--numbering none`
 * ("Tabel 1"); figures start at 1 of the same chapter.
 */
export function parseNumbering(text: string): NonNullable<CommandOptions["numbering"]> {
  if (/^(none|tanpa)$/i.test(text.trim())) return { chapter: null };
  const m = /^(\d{1,2})(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (!m) throw usage("cli.err.number", { option: "--numbering" });
  return { chapter: Number(m[1]), firstTable: m[2] ? Number(m[2]) : 1 };
}

// ---------------------------------------------------------------------------------------- template

async function cmdTemplate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string", short: "o" },
    statements: { type: "string" },
    years: { type: "string" },
    instansi: { type: "string" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.out(HELP.template);
    return EXIT.ok;
  }
  const out = (values.out as string | undefined) ?? positionals[0];
  if (!out) throw usage("cli.err.noFile");
  const statementSet =
    choice<StatementSetId>(values.statements as string | undefined, "--statements", [
      "juknis22",
      "klungkung20",
    ]) ?? "juknis22";
  let startYear = new Date().getFullYear();
  let endYear = startYear + 2;
  if (values.years !== undefined) {
    const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(String(values.years));
    if (!m || Number(m[1]) > Number(m[2]) || Number(m[1]) < 2000 || Number(m[2]) > 2100)
      throw usage("cli.err.years");
    startYear = Number(m[1]);
    endYear = Number(m[2]);
  }
  if (fs.existsSync(out) && !values.force) throw usage("cli.err.exists", { file: out });
  const plans = template({
    statementSet,
    startYear,
    endYear,
    instansi: (values.instansi as string | undefined) ?? "",
  });
  const built = await buildWorkbook({}, plans);
  if (!built.buffer) {
    printProblems(io, built.problems, "id");
    return EXIT.invalid;
  }
  await writeFileAtomic(out, built.buffer);
  for (const loc of ["id", "en"] as const)
    io.out(
      fillIn(t("cli.template.written", loc), {
        file: out,
        statements: statementSet,
        years: `${startYear}-${endYear}`,
      }),
    );
  return EXIT.ok;
}

// ----------------------------------------------------------------------------------------- summary

interface FileAnalysis {
  file: string;
  analysis: Analysis | null;
  problems: Problem[];
}

export async function analyzeFile(file: string, opts: CommandOptions = {}): Promise<FileAnalysis> {
  try {
    const book = await openWorkbook(file);
    const { analysis } = analyze(book.grids, opts);
    return { file, analysis, problems: analysis.problems };
  } catch (e) {
    if (e instanceof InputError) return { file, analysis: null, problems: e.problems };
    throw e;
  }
}

async function cmdSummary(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: "boolean" },
    lang: { type: "string" },
    target: { type: "string" },
    statements: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.out(HELP.summary);
    return EXIT.ok;
  }
  const locale = choice<Locale>(values.lang as string | undefined, "--lang", ["id", "en"]) ?? "id";
  if (positionals.length === 0) throw usage("cli.err.noFile");
  const opts = commandOptions(values);
  const items: FileAnalysis[] = [];
  for (const file of positionals) items.push(await analyzeFile(file, opts));
  if (values.json) {
    const objs = items.map((it) =>
      it.analysis
        ? summaryJson(it.analysis, it.file)
        : {
            file: it.file,
            problems: it.problems.map((p) => ({
              severity: p.severity,
              code: p.code,
              message: p.message,
              cell: p.cell ?? null,
            })),
          },
    );
    io.out(JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2));
  } else {
    const blocks = items.map((it) =>
      it.analysis
        ? summaryText(it.analysis, it.file, locale)
        : // A file that cannot be read: its reason in both languages, as `run` prints it.
          [
            `== ${it.file}`,
            ...capProblems(it.problems).flatMap((p) => [
              problemLine(p, locale),
              `  ${p.messageEn}`,
            ]),
          ].join("\n"),
    );
    if (items.length > 1) {
      // base names (or the shortest telling paths), as the monev roll-up names its files
      const names = displayNames(items.map((it) => it.file));
      blocks.push(
        rollupText(
          items.map((it, i) => ({ ...it, file: names[i] })),
          locale,
        ),
      );
    }
    io.out(blocks.join("\n\n"));
  }
  return items.some((it) => hasErrors(it.problems)) ? EXIT.invalid : EXIT.ok;
}

// -------------------------------------------------------------------------------------------- fill

export interface FillOutcome {
  code: number;
  /** The file written (absent when refused). */
  out?: string;
  analysis?: Analysis;
  problems: Problem[];
  /** Sheets written and native charts added (absent when refused). */
  sheets?: string[];
  charts?: number;
}

/** The fill command's work, shared with the demo. Writes `out` only when nothing forbids it. */
export async function fillFile(
  file: string,
  out: string,
  opts: CommandOptions,
  io: Io,
  locale: Locale = "id",
): Promise<FillOutcome> {
  const book = await openWorkbook(file);
  if (book.macros && path.extname(out).toLowerCase() !== ".xlsm") {
    // The macros are kept byte for byte, but Excel refuses a macro workbook named .xlsx.
    const p = problem(
      "error",
      "cli.macrosToXlsx",
      `${file} berisi makro: simpan hasilnya dengan akhiran .xlsm (mis. -o ${path.basename(out, path.extname(out))}.xlsm), bukan ${path.extname(out) || "tanpa akhiran"}; makro tetap utuh`,
      `${file} holds macros: save the result with the .xlsm extension (e.g. -o ${path.basename(out, path.extname(out))}.xlsm), not ${path.extname(out) || "no extension"}; the macros are kept`,
    );
    printProblems(io, [p], locale);
    return { code: EXIT.invalid, problems: [p] };
  }
  // fill + timeline from one analysis (core fillWithTimeline): the same plans as the two commands.
  const filled = planFill(book.grids, opts);
  if (filled.refused) {
    printProblems(io, filled.problems, locale);
    io.err(t("cli.fill.refused", locale));
    return { code: EXIT.invalid, analysis: filled.analysis, problems: filled.problems };
  }
  if (!filled.timeline) io.err(t("cli.fill.noTimeline", locale));
  const built = await buildWorkbook(book, filled.plans);
  const problems = [...filled.problems, ...built.problems];
  if (!built.buffer) {
    printProblems(io, problems, locale);
    io.err(t("cli.fill.refused", locale));
    return { code: EXIT.invalid, analysis: filled.analysis, problems };
  }
  await writeFileAtomic(out, built.buffer);
  printProblems(io, problems, locale);
  io.out(fillIn(t("cli.fill.written", locale), { file: out }));
  io.out(
    fillIn(t("cli.fill.sheets", locale), { sheets: built.sheets.join(", "), charts: built.charts }),
  );
  return {
    code: EXIT.ok,
    out,
    analysis: filled.analysis,
    problems,
    sheets: built.sheets,
    charts: built.charts,
  };
}

/** Default output name: "klungkung.xlsx" -> "klungkung-renaksi.xlsx" beside it. */
export function defaultOut(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-renaksi${ext || ".xlsx"}`);
}

/** Do two paths name the same file (through symlinks too)? */
function sameFile(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

async function cmdFill(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string", short: "o" },
    "in-place": { type: "boolean" },
    granularity: { type: "string" },
    semester: { type: "string" },
    target: { type: "string" },
    statements: { type: "string" },
    numbering: { type: "string" },
    lang: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.out(HELP.fill);
    return EXIT.ok;
  }
  const locale = choice<Locale>(values.lang as string | undefined, "--lang", ["id", "en"]) ?? "id";
  const file = positionals[0];
  if (!file) throw usage("cli.err.noFile");
  if (positionals.length > 1)
    throw usage("cli.err.usage", { detail: positionals.slice(1).join(" ") });
  const inPlace = Boolean(values["in-place"]);
  if (inPlace && values.out !== undefined) throw usage("cli.err.inPlaceAndOut");
  const out = inPlace ? file : ((values.out as string | undefined) ?? defaultOut(file));
  if (!inPlace && sameFile(out, file)) throw usage("cli.err.sameFile");
  const r = await fillFile(file, out, commandOptions(values), io, locale);
  return r.code;
}

export const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  template: cmdTemplate,
  summary: cmdSummary,
  fill: cmdFill,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  monev: (args, io) => (require("./monev") as typeof import("./monev")).cmdMonev(args, io),
};
