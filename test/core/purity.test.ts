import { spawnSync } from "node:child_process";
import * as path from "node:path";

/** The lint rule that keeps core/ free of host APIs, proved on a probe given on stdin (no file). */
describe("core purity lint rule", () => {
  const root = path.resolve(__dirname, "..", "..");
  const lint = (code: string, file = "core/compute/probe.ts"): (string | null)[] => {
    const res = spawnSync(
      process.execPath,
      [
        path.join(root, "node_modules", "eslint", "bin", "eslint.js"),
        "--stdin",
        "--stdin-filename",
        file,
        "--format",
        "json",
      ],
      { cwd: root, input: code, encoding: "utf8" },
    );
    const [report] = JSON.parse(res.stdout) as { messages: { ruleId: string | null }[] }[];
    return report.messages.map((m) => m.ruleId);
  };

  it("returns an error for each host API used in core/", () => {
    const rules = lint(
      [
        'import * as fs from "fs";',
        'import ExcelJS from "exceljs";',
        "export const probe = () => [fs, ExcelJS, new Date(), Office, SpreadsheetApp, document];",
        "",
      ].join("\n"),
    );
    expect(rules).toEqual([
      "no-restricted-imports",
      "no-restricted-imports",
      "no-restricted-syntax",
      "no-restricted-globals",
      "no-restricted-globals",
      "no-restricted-globals",
    ]);
  });

  describe("edge cases", () => {
    it("returns no error for pure code in core/, and allows host APIs in cli/", () => {
      expect(lint('import { z } from "zod";\nexport const s = z.string();\n')).toEqual([]);
      expect(lint('import * as fs from "fs";\nexport const f = fs;\n', "cli/probe.ts")).toEqual([]);
    });
  });
});
