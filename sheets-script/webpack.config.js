// Webpack build of the Google Sheets extension (container-bound Apps Script).
//   npm run build:sheets  -> dist/sheets-script/Code.js      server bundle (gas-webpack-plugin
//                                                            writes a top-level stub for every
//                                                            `global.name = fn` in src/main.ts)
//                            dist/sheets-script/Sidebar.html sidebar page with its script inlined
//                            dist/sheets-script/appsscript.json  manifest (two scopes only)
//   npm run deploy:sheets -> the above, then `clasp push` from rootDir dist/sheets-script
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const GasPlugin = require("gas-webpack-plugin");
const { sources, Compilation } = require("webpack");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "dist", "sheets-script");

const tsRule = {
  test: /\.ts$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: {
    configFile: path.join(root, "tsconfig.json"),
    // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
    transpileOnly: true,
    // ES modules let webpack drop what the bundle never calls (the project itself emits CommonJS).
    compilerOptions: { sourceMap: false, module: "es2020", moduleResolution: "bundler" },
  },
};

const common = {
  context: root,
  devtool: false,
  target: ["web", "es2020"],
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [tsRule] },
  // Apps Script shows stack traces against the pushed file: keep it readable.
  optimization: { minimize: false },
  performance: { hints: false },
};

/** Inlines the sidebar bundle into Sidebar.html (HtmlService serves one file, no script src). */
class InlineSidebarPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlineSidebarPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InlineSidebarPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          const js = assets["sidebar.js"]
            .source()
            .toString()
            .replace(/<\/script/gi, "<\\/script");
          const template = fs.readFileSync(
            path.join(__dirname, "src", "sidebar", "Sidebar.html"),
            "utf8",
          );
          const html = template.replace(
            "<!-- SIDEBAR_SCRIPT -->",
            () => `<script>\n${js}\n</script>`,
          );
          compilation.emitAsset("Sidebar.html", new sources.RawSource(html));
          compilation.deleteAsset("sidebar.js");
        },
      );
    });
  }
}

/** Copies appsscript.json next to Code.js (clasp pushes the manifest from rootDir). */
class ManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const file = path.join(__dirname, "appsscript.json");
          compilation.fileDependencies.add(file);
          compilation.emitAsset("appsscript.json", new sources.RawSource(fs.readFileSync(file)));
        },
      );
    });
  }
}

module.exports = [
  {
    ...common,
    name: "sheets-server",
    entry: { Code: path.join(__dirname, "src", "main.ts") },
    output: { path: outDir, filename: "[name].js", globalObject: "this" },
    plugins: [new GasPlugin({ autoGlobalExportsFiles: [] }), new ManifestPlugin()],
  },
  {
    ...common,
    name: "sheets-sidebar",
    entry: { sidebar: path.join(__dirname, "src", "sidebar", "sidebar.ts") },
    output: { path: outDir, filename: "[name].js" },
    plugins: [new InlineSidebarPlugin()],
  },
];
