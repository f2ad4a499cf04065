// ESLint flat config. The rule that matters most: core/ never imports a host API.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";

const hostImports = {
  patterns: [
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
  ],
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
      "no-restricted-imports": ["error", hostImports],
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
