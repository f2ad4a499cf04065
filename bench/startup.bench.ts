/**
 * `npm run bench` (CLI start-up, side by side in one run): the compiled `renaksi` (dist/cli, built
 * by `npm run bench` first) as a user runs it, each a fresh process, median of 7:
 * - `renaksi summary examples/klungkung.xlsx` against `node -e 'require("exceljs")'`
 *   (goal: the whole summary costs less than 2x loading exceljs);
 * - `renaksi --help` (goal < 150 ms), next to a bare `node -e 0` for the machine's own floor.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "cli", "bin", "renaksi.js");
const RUNS = 7;

/** Median wall time (ms) of running `node args` RUNS times; throws if it fails. */
function median(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`node ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

const ms = (x: number): string => `${Math.round(x)} ms`;

export async function run(): Promise<void> {
  const floor = median(["-e", "0"]);
  const exceljs = median(["-e", 'require("exceljs")']);
  const summary = median([BIN, "summary", "examples/klungkung.xlsx"]);
  const help = median([BIN, "--help"]);
  const ratio = summary / exceljs;
  console.log(`median of ${RUNS} fresh processes (node -e 0: ${ms(floor)})`);
  console.log(
    `renaksi summary examples/klungkung.xlsx: ${ms(summary)} | node -e 'require("exceljs")': ${ms(exceljs)} | ` +
      `${ratio.toFixed(2)}x, target < 2x: ${ratio < 2 ? "OK" : "LAMBAT / SLOW"}`,
  );
  console.log(
    `renaksi --help: ${ms(help)} (${ms(help - floor)} above node itself), target < 150 ms: ${
      help < 150 ? "OK" : "LAMBAT / SLOW"
    }`,
  );
}
