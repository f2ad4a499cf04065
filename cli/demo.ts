/**
 * `npm run demo`: fills every example workbook into out/ and prints the summary table of each,
 * then the province roll-up. The README's main job: `npm ci && npm run demo`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Analysis } from "../core/model/analysis";
import type { Problem } from "../core/problem";
import { fillFile, type Io } from "./main";
import { rollupText, summaryText } from "./summary";

const ROOT = path.join(__dirname, "..");
export const DEMO_FILES = ["klungkung", "luwu", "cilacap", "kapuas"];

async function main(): Promise<void> {
  const outDir = path.join(ROOT, "out");
  fs.mkdirSync(outDir, { recursive: true });
  const quiet: Io = { out: () => undefined, err: () => undefined };
  const items: { file: string; analysis: Analysis | null; problems: Problem[] }[] = [];
  let failures = 0;
  for (const name of DEMO_FILES) {
    const input = path.join(ROOT, "examples", `${name}.xlsx`);
    const out = path.join(outDir, `${name}.xlsx`);
    const r = await fillFile(input, out, {}, quiet);
    const label = path.relative(ROOT, r.code === 0 ? out : input);
    items.push({ file: label, analysis: r.analysis ?? null, problems: r.problems });
    if (r.analysis) console.log(`${summaryText(r.analysis, label)}\n`);
    if (r.code === 0)
      console.log(`-> ${label} (Hasil Renaksi + Bagan Prioritas + Timeline Program)\n`);
    else {
      failures++;
      console.log(
        `-> ${path.relative(ROOT, input)}: tidak ditulis / not written (lihat masalah di atas)\n`,
      );
    }
  }
  console.log(rollupText(items));
  process.exitCode = failures ? 2 : 0;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
