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

  /*
   * The layering rule, proved on many probes in ONE eslint process (a spawn costs seconds here):
   * each probe is linted as if it were the named file.
   */
  describe("layers", () => {
    const lintMany = (probes: [from: string, file: string][]): string[][] => {
      const script = `
        const { ESLint } = require("eslint");
        const probes = JSON.parse(process.argv[1]);
        (async () => {
          const eslint = new ESLint({ cwd: process.cwd() });
          const out = [];
          for (const [from, file] of probes) {
            const code = 'import { x } from "' + from + '";\\nexport const y = x;\\n';
            const [r] = await eslint.lintText(code, { filePath: file });
            out.push(r.messages.map((m) => m.ruleId));
          }
          process.stdout.write(JSON.stringify(out));
        })();`;
      const res = spawnSync(process.execPath, ["-e", script, JSON.stringify(probes)], {
        cwd: root,
        encoding: "utf8",
      });
      return JSON.parse(res.stdout) as string[][];
    };
    const up: [string, string][] = [
      ["../compute/capaian", "core/read/probe.ts"],
      ["../read", "core/compute/probe.ts"],
      ["../api/types", "core/layout/probe.ts"],
      ["../write", "core/layout/probe.ts"],
      ["../api/commands", "core/write/probe.ts"],
      ["../layout/result", "core/templates/probe.ts"],
      ["../templates", "core/model/probe.ts"],
      ["../read/sheet", "core/cells/probe.ts"],
      ["../model/aspect", "core/i18n/probe.ts"],
      ["./model/aspect", "core/probe.ts"],
      ["../../core/grid", "excel-addin/src/probe.ts"],
      ["../../../core/layout/sheet-plan", "sheets-script/src/server/probe.ts"],
      ["../core/i18n/dictionary", "cli/probe.ts"],
    ];
    const down: [string, string][] = [
      ["../model/aspect", "core/layout/probe.ts"],
      ["../layout/result", "core/api/probe.ts"],
      ["../layout/sheet-plan", "core/write/probe.ts"],
      ["../templates", "core/read/probe.ts"],
      ["../problem", "core/model/probe.ts"],
      ["../cells/values", "core/compute/probe.ts"],
      ["./layout/result", "core/index.ts"],
      ["../../core", "excel-addin/src/probe.ts"],
      ["../core/index", "cli/probe.ts"],
    ];
    let results: string[][] = [];
    beforeAll(() => {
      results = lintMany([...up, ...down]);
    });

    it("returns an error for each import that points up the layers or past core/index.ts", () => {
      expect(results.slice(0, up.length)).toEqual(up.map(() => ["no-restricted-imports"]));
    });

    it("returns no error for imports that point down, or through core/index.ts", () => {
      expect(results.slice(up.length)).toEqual(down.map(() => []));
    });
  });
});
