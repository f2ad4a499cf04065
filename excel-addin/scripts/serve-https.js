// Serves dist/excel-addin over https://localhost:3000 with the office-addin-dev-certs certificate,
// for sideloading when webpack-dev-server is not installed.
// Run: npm run build:excel && node excel-addin/scripts/serve-https.js [port]
"use strict";
const https = require("node:https");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..", "dist", "excel-addin");
const port = Number(process.argv[2] || process.env.PORT || 3000);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json",
};

/**
 * The office-addin-dev-certs certificate. When its CA cannot be installed as trusted (no admin
 * rights, no sudo), the generated files are used anyway with a warning: trust
 * ~/.office-addin-dev-certs/ca.crt yourself, or Office will refuse the add-in's pages.
 */
async function certificates() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const d = require("office-addin-dev-certs/lib/defaults");
    if (![d.localhostCertificatePath, d.localhostKeyPath].every((f) => fs.existsSync(f))) throw e;
    console.warn(
      `office-addin-dev-certs could not install its CA (${String(e.message).split("\n")[0]}).\n` +
        `Serving with ${d.localhostCertificatePath} anyway: trust ${d.caCertificatePath} on this machine.`,
    );
    return {
      ca: fs.readFileSync(d.caCertificatePath),
      cert: fs.readFileSync(d.localhostCertificatePath),
      key: fs.readFileSync(d.localhostKeyPath),
    };
  }
}

async function main() {
  if (!fs.existsSync(path.join(root, "taskpane.html"))) {
    console.error(`${root} has no taskpane.html: run \`npm run build:excel\` first.`);
    process.exit(1);
  }
  const certs = await certificates();
  https
    .createServer(certs, (req, res) => {
      const url = new URL(req.url || "/", "https://localhost");
      const rel = path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
      const file = path.join(root, rel || "taskpane.html");
      if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Access-Control-Allow-Origin": "*",
        "Cache-Control": "no-store",
      });
      fs.createReadStream(file).pipe(res);
    })
    .listen(port, () => console.log(`Renaksi add-in: https://localhost:${port}/taskpane.html`));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
