/**
 * LibreOffice headless as a real formula engine, for the end-to-end checks: a throwaway profile
 * with OOXML recalculation "always" (no cached value is trusted), one `soffice` call, and the
 * comparison of an engine's value with the core's `expected`.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { CellValue } from "../../core/index";

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));

export function profileDir(root: string, name: string): string {
  const dir = path.join(root, `profile-${name}`);
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

export function soffice(root: string, name: string, args: string[]): void {
  execFileSync(
    SOFFICE as string,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profileDir(root, name)}`,
      ...args,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
}

/** Numbers within 1e-9 relative; null expected = empty or an error; text equal. */
export function equalValue(actual: CellValue, expected: CellValue): boolean {
  if (typeof expected === "number") {
    return (
      typeof actual === "number" &&
      Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
    );
  }
  if (expected === null)
    return (
      actual === null || actual === "" || (typeof actual === "string" && actual.startsWith("#"))
    );
  if (typeof expected === "boolean") return actual === expected;
  return (actual ?? "") === expected;
}

/**
 * Save a workbook the test edited (as an analyst would after a fill) into `root/name/file`, let
 * LibreOffice recalculate it into `root/name/recalc/file`, and return those recalculated bytes.
 */
export async function recalcEdited(
  root: string,
  name: string,
  file: string,
  save: (to: string) => Promise<void>,
): Promise<Buffer> {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  const edited = path.join(dir, file);
  await save(edited);
  const outDir = path.join(dir, "recalc");
  soffice(root, name, ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, edited]);
  return fs.readFileSync(path.join(outDir, file));
}
