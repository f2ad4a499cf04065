import * as fs from "node:fs";
import * as path from "node:path";
import { CORE_LABELS, dictionary, isLabelKey, t } from "../../core/i18n/dictionary";
import { LABELS as EXCEL } from "../../excel-addin/src/labels";
import { LABELS as SHEETS } from "../../sheets-script/src/labels";
import { LABELS as CLI, t as cliT } from "../../cli/labels";

describe("t", () => {
  it("returns the label in the asked locale, Indonesian by default", () => {
    expect(t("cmd.fill")).toBe("Isi hasil");
    expect(t("cmd.fill", "en")).toBe("Fill results");
    expect(t("sheet.result.title", "en")).toBe("Analysis Result");
  });

  describe("edge cases", () => {
    it("takes only known keys (a misspelt key does not compile)", () => {
      // @ts-expect-error: not a key of core's dictionary
      expect(t("cmd.fil")).toBe("cmd.fil");
      // @ts-expect-error: a host's text is not core's
      expect(t("cli.summary.title")).toBe("cli.summary.title");
      expect(cliT("cli.summary.title", "en")).toBe("Summary");
    });
  });
});

describe("dictionary", () => {
  it("returns a t() over the given sections", () => {
    const tx = dictionary({ ...CORE_LABELS, "x.hi": ["Halo", "Hello"] });
    expect([tx("x.hi"), tx("x.hi", "en"), tx("cmd.chart", "en")]).toEqual([
      "Halo",
      "Hello",
      "Priority chart",
    ]);
  });

  describe("edge cases", () => {
    const keysIn = (file: string, attr: string): string[] =>
      [
        ...fs
          .readFileSync(path.join(__dirname, "..", "..", file), "utf8")
          .matchAll(new RegExp(`${attr}="([^"]+)"`, "g")),
      ].map((m) => m[1] as string);

    it("knows every key the taskpane and the sidebar name in their HTML", () => {
      const taskpane = keysIn("excel-addin/src/taskpane/taskpane.html", "data-i18n");
      const sidebar = keysIn("sheets-script/src/sidebar/Sidebar.html", "data-label");
      expect(taskpane.length).toBeGreaterThan(10);
      expect(sidebar.length).toBeGreaterThan(10);
      expect(taskpane.filter((k) => !isLabelKey(EXCEL, k))).toEqual([]);
      expect(sidebar.filter((k) => !isLabelKey(SHEETS, k))).toEqual([]);
    });

    it("keeps each host's text out of core and out of the other hosts", () => {
      const core = Object.keys(CORE_LABELS);
      expect(core.filter((k) => /^(excel|sheets|cli)\./.test(k))).toEqual([]);
      expect(Object.keys(EXCEL).filter((k) => /^(sheets|cli)\./.test(k))).toEqual([]);
      expect(Object.keys(SHEETS).filter((k) => /^(excel|cli)\./.test(k))).toEqual([]);
      expect(Object.keys(CLI).filter((k) => /^(excel|sheets)\./.test(k))).toEqual([]);
      expect(isLabelKey(CLI, "cli.summary.title")).toBe(true);
      expect(isLabelKey(CLI, undefined)).toBe(false);
    });
  });
});
