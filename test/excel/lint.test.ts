import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";

/**
 * The Office.js lint can see the adapter's code: with the request context named `context`, the
 * eight eslint-plugin-office-addins rules fire on the mistakes they exist for (a sync in a loop,
 * a read before sync, a load of nothing) in any file under excel-addin/.
 */
const ROOT = path.resolve(__dirname, "../..");

const ESLINT = path.join(ROOT, "node_modules/eslint/bin/eslint.js");

/** The office-addins findings on `code` linted as a file of excel-addin/ (the eslint CLI, as `npm run lint`). */
function officeRules(code: string): string[] {
  const run = spawnSync(
    process.execPath,
    [ESLINT, "--stdin", "--stdin-filename", "excel-addin/src/lint-probe.ts", "--format", "json"],
    { cwd: ROOT, input: code, encoding: "utf8" },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages
    .map((m) => m.ruleId ?? "")
    .filter((id) => id.startsWith("office-addins/"))
    .sort();
}

describe("eslint-plugin-office-addins on excel-addin/", () => {
  it("returns the eight rules switched on as errors", () => {
    const config = JSON.parse(
      execFileSync(process.execPath, [ESLINT, "--print-config", "excel-addin/src/adapter.ts"], {
        cwd: ROOT,
        encoding: "utf8",
      }),
    ) as { rules: Record<string, unknown[]> };
    const rules = Object.entries(config.rules as Record<string, unknown[]>)
      .filter(([k]) => k.startsWith("office-addins/"))
      .map(([k, v]) => [k, v[0]]);
    expect(rules.sort()).toEqual([
      ["office-addins/call-sync-after-load", 2],
      ["office-addins/call-sync-before-read", 2],
      ["office-addins/load-object-before-read", 2],
      ["office-addins/no-context-sync-in-loop", 2],
      ["office-addins/no-empty-load", 2],
      ["office-addins/no-navigational-load", 2],
      ["office-addins/no-office-initialize", 2],
      ["office-addins/test-for-null-using-isNullObject", 2],
    ]);
  });

  it("returns findings for a sync in a loop and a read before sync on `context`", () => {
    const code = `
      export async function bad(context: Excel.RequestContext, names: string[]) {
        for (const n of names) {
          const ws = context.workbook.worksheets.getItem(n);
          ws.load("name");
          await context.sync();
        }
        const r = context.workbook.worksheets.getActiveWorksheet();
        r.load("name");
        return r.name;
      }
    `;
    expect(officeRules(code)).toEqual([
      "office-addins/call-sync-after-load",
      "office-addins/call-sync-before-read",
      "office-addins/no-context-sync-in-loop",
    ]);
  });

  describe("edge cases", () => {
    it("returns no finding for the adapter's shape: load, one sync, read", () => {
      const code = `
        export async function good(context: Excel.RequestContext) {
          const r = context.workbook.worksheets.getActiveWorksheet();
          r.load("name");
          await context.sync();
          return r.name;
        }
      `;
      expect(officeRules(code)).toEqual([]);
    });
  });
});
