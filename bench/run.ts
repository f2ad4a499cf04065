/**
 * `npm run bench`: runs every benchmark module in bench/ and prints its figures.
 * Each module exports `run(): Promise<void>` and prints its own lines.
 */
import * as fs from "node:fs";
import * as path from "node:path";

async function main(): Promise<void> {
  const dir = __dirname;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  for (const f of files) {
    const mod = (await import(path.join(dir, f))) as { run: () => Promise<void> };
    console.log(`\n== ${f.replace(".bench.ts", "")}`);
    await mod.run();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
