/**
 * Core aggregation benchmark: 600 instansi x 60 respondents x 22 statements (792,000 answers),
 * about the size of every kabupaten/kota assessment in a province-wide monev. The documents are
 * built first (deterministic pseudo-random answers, ~5% blanks); only `analyzeDocument` is timed.
 * Goal: < 100 ms on 2 cores. `npm run bench` (or `npx tsx bench/core.bench.ts`) prints the figure.
 */
import {
  analyzeDocument,
  type RenaksiDocument,
  emptyDocument,
  defaultMapping,
  statementSet,
} from "../core";

const INSTANSI = 600;
const RESPONDENTS = 60;
const STATEMENTS = 22;
const GOAL_MS = 100;

function buildDocuments(): RenaksiDocument[] {
  let seed = 20240601;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed;
  };
  const statements = statementSet("juknis22").statements;
  const mapping = defaultMapping("juknis22");
  const docs: RenaksiDocument[] = [];
  for (let d = 0; d < INSTANSI; d++) {
    const answers = [];
    for (let s = 1; s <= STATEMENTS; s++) {
      const values: Array<number | null> = new Array(RESPONDENTS);
      for (let r = 0; r < RESPONDENTS; r++) {
        const x = next() % 100;
        values[r] = x < 5 ? null : 1 + (x % 4);
      }
      answers.push({ no: s, answers: values });
    }
    docs.push({
      ...emptyDocument(),
      profile: { instansi: `Instansi ${d + 1}`, period: { startYear: 2022, endYear: 2024 } },
      statements,
      answers,
      mapping,
      priorities: [],
    });
  }
  return docs;
}

export async function run(): Promise<void> {
  const docs = buildDocuments();
  // Warm-up (JIT), then the best of 5 timed passes.
  for (const doc of docs.slice(0, 50)) analyzeDocument(doc);
  const times: number[] = [];
  let checksum = 0;
  for (let pass = 0; pass < 5; pass++) {
    const t0 = performance.now();
    for (const doc of docs) checksum += analyzeDocument(doc).aspects[0].average ?? 0;
    times.push(performance.now() - t0);
  }
  const best = Math.min(...times);
  const median = [...times].sort((a, b) => a - b)[2];
  const answers = INSTANSI * RESPONDENTS * STATEMENTS;
  console.log(
    `analyzeDocument: ${INSTANSI} instansi x ${RESPONDENTS} respondents x ${STATEMENTS} statements ` +
      `(${answers.toLocaleString("en")} answers): best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms ` +
      `(goal < ${GOAL_MS} ms: ${best < GOAL_MS ? "met" : "NOT met"}; checksum ${checksum.toFixed(3)})`,
  );
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
