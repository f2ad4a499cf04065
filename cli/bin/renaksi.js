#!/usr/bin/env node
// `renaksi` (package.json "bin"): runs the compiled CLI (dist/cli, built by `npm run build` and
// before `npm pack`), which needs the runtime dependencies only. In a source checkout that has not
// been built yet, or with RENAKSI_SOURCE=1 (the tests), it runs the TypeScript through tsx, a
// devDependency.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const built = path.join(__dirname, "..", "..", "dist", "cli", "cli", "main.js");
if (!process.env.RENAKSI_SOURCE && fs.existsSync(built)) {
  require(built).main();
} else {
  try {
    require("tsx/cjs/api").register();
  } catch {
    process.stderr.write(
      "renaksi: CLI belum dibangun: jalankan `npm run build` / the CLI is not built: run `npm run build`\n",
    );
    process.exit(1);
  }
  require("../main.ts").main();
}
