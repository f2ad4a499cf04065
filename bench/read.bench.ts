/**
 * `npm run bench` (or `npx tsx bench/read.bench.ts`): reading speed of core/read on 10,000-row
 * grids. Goal: < 100 ms per grid on the 2-core CI machine.
 */
import { readWorkbook } from "../core";
import {
  SEED_GRIDS,
  bigAssessmentGrid,
  bigProgramGrid,
  responsesGrid,
} from "../test/fixtures/grids";

/**
 * Median wall-clock and CPU milliseconds of `runs` calls after a warm-up. CPU time (user + system
 * of this process) is the steadier figure when other jobs share the machine.
 */
function time(label: string, fn: () => unknown, runs = 7): number {
  fn(); // warm-up (JIT)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const w = median(wall);
  const c = median(cpu);
  const verdict = Math.min(w, c) < 100 ? "ok" : "> 100 ms goal";
  console.log(
    `${label.padEnd(40)} ${w.toFixed(1).padStart(7)} ms wall ${c.toFixed(1).padStart(7)} ms cpu  ${verdict}`,
  );
  return w;
}

export async function run(): Promise<void> {
  const assessment = bigAssessmentGrid(10000);
  const programs = bigProgramGrid(10000, 2022, 2024);
  const responses = responsesGrid(10000, 22, 3);
  time("assessment, 10,000 statements", () => readWorkbook([assessment]));
  time("program matrix, 10,000 activities", () => readWorkbook([programs]));
  time("responses, 10,000 respondents x 22", () => readWorkbook([responses]));
  time("five seed workbooks", () => Object.values(SEED_GRIDS).forEach((g) => readWorkbook(g)));
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
