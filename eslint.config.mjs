// ESLint flat config. The rule that matters most: core/ never imports a host API.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";

const hostImports = [
  {
    group: ["exceljs", "exceljs/*"],
    message: "core/ must not import exceljs: host APIs live in cli/.",
  },
  {
    group: ["fs", "node:*", "path", "child_process", "os"],
    message: "core/ is pure: no Node APIs.",
  },
  { group: ["office-js", "office-addin-*"], message: "core/ must not import Office APIs." },
  {
    group: ["**/excel-addin/**", "**/sheets-script/**", "**/cli/**"],
    message: "core/ never imports a host.",
  },
];

/*
 * The layers inside core point one way (docs/ARCHITECTURE.md):
 *   grid, problem, i18n  <-  model  <-  cells  <-  templates  <-  read / compute  <-  layout  <-  write  <-  api
 * (cells = what a typed cell says: Indonesian numbers, years, periods, statuses, normalised text)
 * (write = the write contract: plans + the workbook as read -> the resolved writes)
 * A folder may import its own layer and the layers to its left, never one to its right; read and
 * compute are siblings and do not import each other. Each entry: the files, the folder prefix of a
 * relative import from them to core's top ("./" from core/*.ts, "../" from core/<folder>/), and the
 * folders they must not import.
 */
const coreLayers = [
  {
    files: ["core/*.ts"],
    ignores: ["core/index.ts"], // the public surface: re-exports every layer
    up: "./",
    higher: ["model", "cells", "templates", "read", "compute", "layout", "write", "api"],
  },
  {
    files: ["core/i18n/**/*.ts"],
    up: "../",
    higher: ["model", "cells", "templates", "read", "compute", "layout", "write", "api"],
  },
  {
    files: ["core/model/**/*.ts"],
    up: "../",
    higher: ["cells", "templates", "read", "compute", "layout", "write", "api"],
  },
  {
    files: ["core/cells/**/*.ts"],
    up: "../",
    higher: ["templates", "read", "compute", "layout", "write", "api"],
  },
  {
    files: ["core/templates/**/*.ts"],
    up: "../",
    higher: ["read", "compute", "layout", "write", "api"],
  },
  { files: ["core/read/**/*.ts"], up: "../", higher: ["compute", "layout", "write", "api"] },
  { files: ["core/compute/**/*.ts"], up: "../", higher: ["read", "layout", "write", "api"] },
  { files: ["core/layout/**/*.ts"], up: "../", higher: ["write", "api"] },
  { files: ["core/write/**/*.ts"], up: "../", higher: ["api"] },
];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const layerRule = ({ up, higher }) => ({
  regex: `^${escape(up)}(${higher.join("|")})(/|$)`,
  message: `This layer of core must not import ${higher.join(", ")} (layers point one way: model <- cells <- templates <- read / compute <- layout <- write <- api).`,
});

/** Outside core, only core's public surface (core/index.ts) may be imported. */
const coreFromOutside = {
  regex: "(^|/)core/(?!index$).+",
  message: 'Import core only through core/index.ts (`from "../core"`): its inner files may move.',
};

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "out/", "coverage/", "**/*.js", "!eslint.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", { patterns: hostImports }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "core/ must not use Office.js." },
        { name: "Excel", message: "core/ must not use Office.js." },
        { name: "SpreadsheetApp", message: "core/ must not use Apps Script." },
        { name: "HtmlService", message: "core/ must not use Apps Script." },
        { name: "google", message: "core/ must not use Apps Script." },
        { name: "document", message: "core/ must not touch the DOM." },
        { name: "window", message: "core/ must not touch the DOM." },
        { name: "process", message: "core/ must not read the environment." },
        { name: "require", message: "core/ uses imports only." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "core/ never reads the clock: pass `now` in.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "core/ never reads the clock: pass `now` in.",
        },
      ],
    },
  },
  ...coreLayers.map((layer) => ({
    files: layer.files,
    ...(layer.ignores ? { ignores: layer.ignores } : {}),
    rules: {
      "no-restricted-imports": ["error", { patterns: [...hostImports, layerRule(layer)] }],
    },
  })),
  {
    files: ["excel-addin/**/*.ts", "sheets-script/**/*.ts", "cli/**/*.ts", "bench/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [coreFromOutside] }] },
  },
  {
    files: ["excel-addin/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // All eight rules; they see a request context only when it is named `context`.
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["sheets-script/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
