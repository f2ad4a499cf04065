// Webpack build of the Excel taskpane add-in.
//   npm run build:excel   -> dist/excel-addin/ (taskpane.html/js, commands.html, help.html, assets,
//                            manifest.xml with https://localhost:3000 rewritten to RENAKSI_ADDIN_URL)
//   npm run dev-server    -> https://localhost:3000 with office-addin-dev-certs (needs webpack-dev-server)
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000";
const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "dist", "excel-addin");

/** The public https base URL the add-in is served from, without a trailing slash. */
function addinUrl() {
  const raw = (process.env.RENAKSI_ADDIN_URL || DEV_URL).trim().replace(/\/+$/, "");
  if (!/^https:\/\/[^\s"<>]+$/.test(raw)) {
    throw new Error(`RENAKSI_ADDIN_URL must be an https URL (Office refuses http): got "${raw}"`);
  }
  return raw;
}

/** manifest.xml with every development URL pointed at the hosting URL. */
function rewriteManifest(content) {
  const url = addinUrl();
  // An AppDomain is an origin (scheme + host), never a path.
  const xml = content
    .toString("utf8")
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${new URL(url).origin}</AppDomain>`);
  return Buffer.from(xml.split(DEV_URL).join(url), "utf8");
}

async function devServerOptions() {
  let certs;
  try {
    certs = await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch (e) {
    console.warn(
      `office-addin-dev-certs: ${e.message}; serving with webpack's self-signed certificate.`,
    );
  }
  return {
    port: 3000,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: certs
      ? { type: "https", options: { ca: certs.ca, key: certs.key, cert: certs.cert } }
      : "https",
    static: { directory: outDir },
  };
}

module.exports = async (_env, argv) => {
  const dev = argv.mode === "development";
  if (process.env.WEBPACK_SERVE) {
    try {
      require.resolve("webpack-dev-server");
    } catch {
      console.error(
        "webpack-dev-server is not installed in this project.\n" +
          "Serve the production build over https instead:\n" +
          "  npm run build:excel && node excel-addin/scripts/serve-https.js\n" +
          "(or add webpack-dev-server as a devDependency to use `npm run dev-server`).",
      );
      process.exit(1);
    }
  }
  return {
    context: root,
    entry: { taskpane: "./excel-addin/src/taskpane/taskpane.ts" },
    output: { path: outDir, filename: "[name].js", clean: true },
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "es2020", moduleResolution: "bundler", sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: { maxAssetSize: 400000, maxEntrypointSize: 400000 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./excel-addin/src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "excel-addin/src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "excel-addin/src/commands/commands.html", to: "commands.html" },
          { from: "excel-addin/src/help.html", to: "help.html" },
          { from: "excel-addin/assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: rewriteManifest },
        ],
      }),
    ],
    devServer: process.env.WEBPACK_SERVE ? await devServerOptions() : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.addinUrl = addinUrl;
