/**
 * Offline checks of manifest.xml (the online `office-addin-manifest validate` needs Microsoft's
 * web service): well-formed XML, elements in schema order, GUID id, https URLs, icons that exist,
 * ReadWriteDocument, Workbook host, a Home-tab button, ExcelApi 1.1.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** A strict little XML parser: throws on any mismatched, unclosed or malformed tag. */
function parseXml(src: string): Node {
  const body = src.replace(/^\uFEFF?<\?xml[^?]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const stack: Node[] = [{ name: "#doc", attrs: {}, children: [], text: "" }];
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[6]) throw new Error(`malformed markup at ${m.index}`);
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(m[5])) throw new Error("bad entity");
      stack[stack.length - 1].text += m[5];
      continue;
    }
    const [, close, name, rawAttrs, selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]] = a[2];
    }
    const node: Node = { name, attrs, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    if (!selfClose) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  const roots = stack[0].children;
  if (roots.length !== 1) throw new Error("one root element expected");
  return roots[0];
}

const child = (n: Node, name: string): Node => {
  const c = n.children.find((x) => x.name === name);
  if (!c) throw new Error(`<${n.name}> has no <${name}>`);
  return c;
};
const all = (n: Node): Node[] => [n, ...n.children.flatMap(all)];

describe("parseXml", () => {
  it("returns the tree of a well-formed document", () => {
    const n = parseXml('<a x="1"><b>t</b><c/></a>');
    expect(n.name).toBe("a");
    expect(n.children.map((c) => c.name)).toEqual(["b", "c"]);
  });
  describe("edge cases", () => {
    it("throws on a mismatched or unclosed tag", () => {
      expect(() => parseXml("<a><b></a></b>")).toThrow("closes");
      expect(() => parseXml("<a><b>")).toThrow("unclosed");
    });
  });
});

describe("manifest.xml", () => {
  const app = parseXml(xml);

  it("returns a TaskPaneApp whose top-level elements follow the schema order", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(app.children.map((c) => c.name)).toEqual(order);
  });

  it("returns a GUID id, a four-part version, the Workbook host and ReadWriteDocument", () => {
    expect(child(app, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(app, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(child(app, "Hosts"), "Host").attrs.Name).toBe("Workbook");
    expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("returns ExcelApi 1.1 as the only minimum requirement", () => {
    const sets = child(child(app, "Requirements"), "Sets");
    expect(sets.children.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([
      ["ExcelApi", "1.1"],
    ]);
  });

  it("returns https URLs only, all on the development origin", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    urls.push(child(child(app, "AppDomains"), "AppDomain").text);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    expect(child(app, "SupportUrl").attrs.DefaultValue).toBe("https://localhost:3000/help.html");
  });

  it("returns a Renaksi button on the Home tab that opens the taskpane", () => {
    const nodes = all(app);
    const tab = nodes.find((n) => n.name === "OfficeTab");
    expect(tab?.attrs.id).toBe("TabHome");
    const button = nodes.find((n) => n.name === "Control" && n.attrs["xsi:type"] === "Button");
    expect(button).toBeDefined();
    const action = child(button as Node, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    const resid = child(action, "SourceLocation").attrs.resid;
    const url = nodes.find((n) => n.name === "bt:Url" && n.attrs.id === resid);
    expect(url?.attrs.DefaultValue).toBe("https://localhost:3000/taskpane.html");
    expect(child(child(app, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(
      "https://localhost:3000/taskpane.html",
    );
    // every resid points at a declared resource
    const ids = new Set(nodes.filter((n) => n.attrs.id).map((n) => n.attrs.id));
    for (const n of nodes.filter((x) => x.attrs.resid)) expect(ids).toContain(n.attrs.resid);
  });

  it("returns 16, 32 and 80 px icons that exist as PNG files of that size", () => {
    const images = all(app).filter((n) => n.name === "bt:Image" && n.attrs.DefaultValue);
    const sizes = new Set<number>();
    const files = [
      ...images.map((n) => n.attrs.DefaultValue),
      child(app, "IconUrl").attrs.DefaultValue,
      child(app, "HighResolutionIconUrl").attrs.DefaultValue,
    ];
    for (const url of files) {
      const file = path.join(root, "excel-addin", url.replace("https://localhost:3000/", ""));
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const width = png.readUInt32BE(16);
      expect(png.readUInt32BE(20)).toBe(width);
      expect(path.basename(file)).toBe(`icon-${width}.png`);
      sizes.add(width);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });
});

describe("rewriteManifest", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../excel-addin/webpack.config.js") as {
    rewriteManifest: (b: Buffer) => Buffer;
  };
  const saved = process.env.RENAKSI_ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.RENAKSI_ADDIN_URL;
    else process.env.RENAKSI_ADDIN_URL = saved;
  });

  it("returns the manifest with every development URL replaced by RENAKSI_ADDIN_URL", () => {
    process.env.RENAKSI_ADDIN_URL = "https://renaksi.example.go.id/addin/";
    const out = config.rewriteManifest(Buffer.from(xml)).toString("utf8");
    expect(out).not.toContain("localhost:3000");
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://renaksi.example.go.id/addin/taskpane.html" />',
    );
    expect(out).toContain("<AppDomain>https://renaksi.example.go.id</AppDomain>");
    expect(() => parseXml(out)).not.toThrow();
  });
  describe("edge cases", () => {
    it("throws on an http URL, which Office refuses", () => {
      process.env.RENAKSI_ADDIN_URL = "http://renaksi.example.go.id";
      expect(() => config.rewriteManifest(Buffer.from(xml))).toThrow("https");
    });
  });
});
