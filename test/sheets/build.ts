/** Builds dist/sheets-script once when it is missing or older than its sources (CI builds first). */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist", "sheets-script");

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export function ensureSheetsBuild(): void {
  const code = path.join(DIST, "Code.js");
  const html = path.join(DIST, "Sidebar.html");
  const fresh =
    fs.existsSync(code) &&
    fs.existsSync(html) &&
    Math.min(fs.statSync(code).mtimeMs, fs.statSync(html).mtimeMs) >=
      Math.max(newest(path.join(ROOT, "sheets-script")), newest(path.join(ROOT, "core")));
  if (fresh) return;
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
      "--config",
      path.join(ROOT, "sheets-script", "webpack.config.js"),
      "--mode",
      "production",
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
}
