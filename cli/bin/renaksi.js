#!/usr/bin/env node
// `renaksi` (package.json "bin"): runs the TypeScript CLI without a build step through tsx's
// CommonJS register API, so `npx renaksi` works right after `npm ci`.
"use strict";
require("tsx/cjs/api").register();
require("../main.ts").main();
