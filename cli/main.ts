/**
 * The `renaksi` command line: dispatch, `--help`, `--version`, exit codes. `run(argv, io)` returns
 * the exit code instead of exiting, so tests and the demo can call it. The commands (and with them
 * the core, jszip and the writer) are loaded only when one runs: `renaksi --help` stays fast.
 *
 *   0 success (warnings allowed) · 2 invalid input: problems printed with their cells, nothing
 *   written · 1 unexpected (a bug): one line, no stack trace unless RENAKSI_DEBUG is set.
 *
 * @example
 *   await run(["summary", "examples/klungkung.xlsx", "--json"], { out: console.log, err: console.error })
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { HELP } from "./help";
import { EXIT, type Io } from "./exit";

export { EXIT, type Io } from "./exit";

const NAMES = ["template", "summary", "fill", "monev"] as const;

/** The version in package.json (beside the sources, or three folders up from dist/cli/cli). */
export function version(): string {
  for (const up of ["..", "../../.."]) {
    const file = path.join(__dirname, up, "package.json");
    if (fs.existsSync(file))
      return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "0.0.0";
}

/** The commands module, loaded on first use. */
function commands(): typeof import("./commands") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("./commands") as typeof import("./commands");
}

/**
 * Usage errors, file errors, labels: loaded only when a command runs or fails, never for
 * `--help` / `--version` (the labels load the whole core, zod included: ~140 ms).
 */
function lazy() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require("./usage") as typeof import("./usage")),
    ...(require("./xlsx/errors") as typeof import("./xlsx/errors")),
    ...(require("./labels") as typeof import("./labels")),
    ...(require("./format") as typeof import("./format")),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
      io.out(HELP.main);
      return cmd === undefined ? EXIT.invalid : EXIT.ok;
    }
    if (cmd === "--version" || cmd === "-v" || cmd === "version") {
      io.out(`renaksi ${version()}`);
      return EXIT.ok;
    }
    if (!(NAMES as readonly string[]).includes(cmd))
      throw lazy().usage("cli.err.unknownCommand", { cmd });
    return await commands().COMMANDS[cmd](rest, io);
  } catch (e) {
    const { UsageError, InputError, FileError, t, fillIn } = lazy();
    if (e instanceof UsageError) {
      io.err(`${e.id}\n${e.en}`);
      io.err(`renaksi ${(NAMES as readonly string[]).includes(cmd ?? "") ? `${cmd} ` : ""}--help`);
      return EXIT.invalid;
    }
    if (e instanceof InputError || e instanceof FileError) {
      commands().printProblems(io, e.problems, "id");
      for (const p of e.problems) io.err(`  ${p.messageEn}`);
      return EXIT.invalid;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(fillIn(t("cli.err.unexpected", "id"), { detail }));
    io.err(fillIn(t("cli.err.unexpected", "en"), { detail }));
    if (process.env.RENAKSI_DEBUG) io.err(e instanceof Error ? (e.stack ?? "") : "");
    return EXIT.unexpected;
  }
}

/** Entry used by bin/renaksi.js. */
export function main(): void {
  const io: Io = {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`renaksi: ${String(e)}\n`);
      process.exitCode = EXIT.unexpected;
    },
  );
}
