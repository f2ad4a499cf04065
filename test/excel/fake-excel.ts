/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- stands in for the untyped Office.js proxies */
/**
 * A fake Excel (Office.js) that behaves like the real one where it matters for Renaksi: every call
 * is queued and runs in order at `context.sync()` (which is counted), loaded properties can only be
 * read after a sync (else it throws "PropertyNotLoaded" like Office), `*OrNullObject` gives null
 * objects, and writes land in a small in-memory workbook that tests inspect.
 *
 * It has no imports so the e2e test can transpile it into a plain browser script that stands in
 * for Microsoft's office.js.
 *
 * @example
 *   const fake = createFakeOffice({ sheets: [{ name: "Matriks", origin: { row: 1, col: 1 }, values }] });
 *   await fake.Excel.run(async (ctx) => { ... });
 *   fake.stats.syncs  // round trips made
 *   fake.cell("Hasil Renaksi", "C5").formula
 */

type Val = string | number | boolean | null;

export interface FakeCell {
  value: Val;
  formula: string | null;
  numberFormat: string;
  /** Format properties by path: "fill.color", "font.bold", "borders.EdgeTop.style", ... */
  format: Record<string, unknown>;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  /** Properties and calls by path: "title.text", "setPosition", "series.0.name", ... */
  props: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: { address: string; rule: unknown; errorAlert: unknown; ignoreBlanks: unknown }[];
  conditionalFormats: { address: string; type: string; props: Record<string, unknown> }[];
  charts: FakeChart[];
  /** Drawn objects other than charts (images, shapes): Worksheet.shapes, ExcelApi 1.9. */
  shapes: { name: string }[];
  frozen: { rows: number; cols: number } | null;
  columnWidths: Record<number, number>;
  hiddenColumns: Set<number>;
  /** Ranges whose rows were auto-fitted (format.autofitRows, ExcelApi 1.2). */
  autofitRows: string[];
  notes: Record<string, string>;
  /** Page setup as written (ExcelApi 1.9): layout properties, print area, title rows, breaks. */
  page: {
    orientation?: unknown;
    paperSize?: unknown;
    zoom?: unknown;
    margins?: Record<string, number>;
    printArea?: string;
    titleRows?: string;
    breaks: string[];
  };
}

export interface FakeOptions {
  sheets: { sheet: string; origin?: { row: number; col: number }; values?: Val[][] }[];
  active?: string;
  /** Highest ExcelApi version supported ("1.18" default; "1.1" for Office 2016). */
  apiVersion?: string;
  /** Make methods on a null object throw at sync (to test the two-step read). */
  nullChainThrows?: boolean;
}

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLet(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B3", "B3:F9", "C:C", "3:3", optionally prefixed by "Sheet!" (ignored). */
function parseRect(address: string): Rect {
  const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [p, q = p] = a.replace(/\$/g, "").split(":");
  const cell = (s: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s);
    if (!m) throw new Error(`InvalidArgument: bad address ${address}`);
    return { col: m[1] ? colNum(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  };
  const x = cell(p);
  const y = cell(q);
  const row = x.row || 1;
  const col = x.col || 1;
  const row2 = y.row || MAX_ROWS;
  const col2 = y.col || MAX_COLS;
  return { row, col, rows: row2 - row + 1, cols: col2 - col + 1 };
}

function rectAddress(r: Rect): string {
  const tl = `${colLet(r.col)}${r.row}`;
  return r.rows === 1 && r.cols === 1
    ? tl
    : `${tl}:${colLet(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
}

const key = (row: number, col: number) => `${row},${col}`;

function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    shapes: [],
    frozen: null,
    columnWidths: {},
    hiddenColumns: new Set(),
    autofitRows: [],
    notes: {},
    page: { breaks: [] },
  };
}

function versionAtMost(v: string, max: string): boolean {
  const [a, b] = v.split(".").map(Number);
  const [c, d] = max.split(".").map(Number);
  return a < c || (a === c && b <= d);
}

export function createFakeOffice(opts: FakeOptions) {
  const sheets: FakeSheet[] = [];
  for (const g of opts.sheets) {
    const s = newSheet(g.sheet);
    const o = g.origin ?? { row: 1, col: 1 };
    (g.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "")
          s.cells.set(key(o.row + r, o.col + c), {
            value: v,
            formula: null,
            numberFormat: "General",
            format: {},
          });
      }),
    );
    sheets.push(s);
  }
  const state = {
    sheets,
    active: opts.active ?? sheets[0]?.name ?? "",
    selected: null as null | { sheet: string; address: string },
  };
  const stats = {
    syncs: 0,
    runs: 0,
    ops: 0,
    maxOpsPerSync: 0,
    leftover: 0,
    syncsPerRun: [] as number[],
    areas: 0,
    /** Rough size of the cell data sent (JSON of the written arrays), for the web's request cap. */
    bytes: 0,
  };
  const apiVersion = opts.apiVersion ?? "1.18";

  const find = (name: string) =>
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  const mustFind = (name: string) => {
    const s = find(name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  };

  function cellOf(s: FakeSheet, row: number, col: number): FakeCell {
    let c = s.cells.get(key(row, col));
    if (!c) {
      c = { value: null, formula: null, numberFormat: "General", format: {} };
      s.cells.set(key(row, col), c);
    }
    return c;
  }

  function eachCell(s: FakeSheet, r: Rect, f: (c: FakeCell, row: number, col: number) => void) {
    if (r.rows * r.cols > 2_000_000)
      throw new Error(`fake: refusing to touch ${r.rows * r.cols} cells`);
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) f(cellOf(s, r.row + i, r.col + j), r.row + i, r.col + j);
  }

  function usedRect(s: FakeSheet): Rect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -Infinity,
      c1 = -Infinity;
    for (const [k, c] of s.cells) {
      if ((c.value === null || c.value === "") && c.formula === null) continue;
      const [r, col] = k.split(",").map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, col);
    }
    return r0 === Infinity ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  class Ctx {
    queue: (() => void)[] = [];
    runSyncs = 0;
    workbook: WorkbookProxy;
    constructor() {
      this.workbook = new WorkbookProxy(this);
    }
    q(op: () => void) {
      this.queue.push(op);
    }
    sync(): Promise<void> {
      stats.syncs++;
      this.runSyncs++;
      const ops = this.queue;
      this.queue = [];
      stats.ops += ops.length;
      stats.maxOpsPerSync = Math.max(stats.maxOpsPerSync, ops.length);
      try {
        for (const op of ops) op();
      } catch (e) {
        return Promise.reject(e);
      }
      return Promise.resolve();
    }
  }

  /** Base of every loadable proxy. */
  class Loadable {
    protected loaded: Record<string, unknown> | null = null;
    protected nullObj: boolean | undefined;
    get isNullObject(): boolean {
      if (this.nullObj === undefined)
        throw new Error("PropertyNotLoaded: isNullObject (sync first)");
      return this.nullObj;
    }
    protected prop(name: string): unknown {
      if (!this.loaded || !(name in this.loaded)) throw new Error(`PropertyNotLoaded: ${name}`);
      return this.loaded[name];
    }
  }

  /**
   * A recorder for nested setters and calls (range.format.fill.color = x, chart.title.text = y,
   * borders.getItem("EdgeTop").style = z): each assignment queues apply(path, value).
   */
  function recorder(
    ctx: Ctx,
    path: string[],
    apply: (path: string[], value: unknown) => void,
  ): any {
    const fn = function () {};
    return new Proxy(fn, {
      get(_t, p) {
        if (typeof p === "symbol") return undefined;
        return recorder(ctx, [...path, p], apply);
      },
      set(_t, p, value) {
        if (typeof p === "symbol") return false;
        const full = [...path, p];
        ctx.q(() => apply(full, value));
        return true;
      },
      apply(_t, _this, args) {
        const last = path[path.length - 1];
        if (last === "getItem" || last === "getItemAt")
          return recorder(ctx, [...path.slice(0, -1), String(args[0])], apply);
        ctx.q(() => apply(path, args));
        return recorder(ctx, [...path, "()"], apply);
      },
    });
  }

  class RangeProxy extends Loadable {
    constructor(
      private ctx: Ctx,
      private resolve: () => { s: FakeSheet; r: Rect } | null,
    ) {
      super();
    }
    private at() {
      const x = this.resolve();
      if (!x) throw new Error("ItemNotFound: range on a null object");
      return x;
    }
    set columnHidden(v: boolean) {
      this.ctx.q(() => {
        const { s, r } = this.at();
        for (let c = r.col; c < r.col + Math.min(r.cols, 200); c++) if (v) s.hiddenColumns.add(c);
      });
    }
    load(props: string) {
      this.ctx.q(() => {
        const x = this.resolve();
        this.nullObj = !x;
        if (!x) {
          this.loaded = {};
          return;
        }
        const values: Val[][] = [];
        const formulas: Val[][] = [];
        for (let i = 0; i < x.r.rows; i++) {
          const vr: Val[] = [];
          const fr: Val[] = [];
          for (let j = 0; j < x.r.cols; j++) {
            const c = x.s.cells.get(key(x.r.row + i, x.r.col + j));
            vr.push(c?.value ?? "");
            fr.push(c?.formula ?? c?.value ?? "");
          }
          values.push(vr);
          formulas.push(fr);
        }
        void props;
        this.loaded = {
          values,
          formulas,
          rowIndex: x.r.row - 1,
          columnIndex: x.r.col - 1,
          address: `${x.s.name}!${rectAddress(x.r)}`,
        };
      });
      return this;
    }
    get values() {
      return this.prop("values") as Val[][];
    }
    get formulas() {
      return this.prop("formulas") as Val[][];
    }
    get rowIndex() {
      return this.prop("rowIndex") as number;
    }
    get columnIndex() {
      return this.prop("columnIndex") as number;
    }
    get address() {
      return this.prop("address") as string;
    }
    private write(grid: unknown[][], what: "formulas" | "values" | "numberFormat") {
      stats.bytes += JSON.stringify(grid).length;
      this.ctx.q(() => {
        const { s, r } = this.at();
        if (grid.length !== r.rows || grid.some((row) => row.length !== r.cols))
          throw new Error(
            `InvalidArgument: ${what} is ${grid.length}x${grid[0]?.length} for ${rectAddress(r)}`,
          );
        eachCell(s, r, (c, row, col) => {
          const v = grid[row - r.row][col - r.col];
          if (what === "numberFormat") {
            c.numberFormat = String(v);
            return;
          }
          if (v === null) return; // null = leave the cell as it is
          const numeric = typeof v === "string" && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(v);
          if (typeof v === "string" && v.startsWith("'")) {
            // the apostrophe prefix: the rest is kept as text, whatever it looks like
            c.formula = null;
            c.value = v.slice(1);
          } else if (typeof v === "string" && /^[=+\-@]/.test(v) && !numeric) {
            // like Excel: "=x", and "+x" / "-x" / "@x" typed in, become a formula
            c.formula = v.startsWith("=") ? v : `=${v}`;
            c.value = null;
          } else if (numeric) {
            // like Excel: text that reads as a number becomes a number
            c.formula = null;
            c.value = Number(v);
          } else if (typeof v === "string" && /^(true|false)$/i.test(v.trim())) {
            c.formula = null;
            c.value = /^true$/i.test(v.trim());
          } else {
            c.formula = null;
            c.value = v === "" ? null : (v as Val);
          }
        });
      });
    }
    set formulas(g: Val[][]) {
      this.write(g, "formulas");
    }
    set values(g: Val[][]) {
      this.write(g, "values");
    }
    set numberFormat(g: unknown[][]) {
      this.write(g, "numberFormat");
    }
    get format(): any {
      return recorder(this.ctx, [], (path, value) => {
        const { s, r } = this.at();
        if (path[0] === "autofitRows") {
          if (!versionAtMost("1.2", apiVersion)) throw new Error("ApiNotFound: autofitRows");
          s.autofitRows.push(rectAddress(r));
          return;
        }
        if (path[0] === "columnWidth") {
          for (let c = r.col; c < r.col + Math.min(r.cols, 200); c++)
            s.columnWidths[c] = value as number;
          return;
        }
        eachCell(s, r, (c) => (c.format[path.join(".")] = value));
      });
    }
    merge(across = false) {
      this.ctx.q(() => {
        const { s, r } = this.at();
        if (!versionAtMost("1.2", apiVersion)) throw new Error("ApiNotFound: merge");
        s.merges.push(rectAddress(r) + (across ? " across" : ""));
      });
    }
    unmerge() {
      this.ctx.q(() => {
        const { s } = this.at();
        s.merges = [];
      });
    }
    clear(_applyTo?: string) {
      this.ctx.q(() => {
        const { s, r } = this.at();
        for (const k of [...s.cells.keys()]) {
          const [row, col] = k.split(",").map(Number);
          if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols)
            s.cells.delete(k);
        }
      });
    }
    select() {
      this.ctx.q(() => {
        const { s, r } = this.at();
        state.selected = { sheet: s.name, address: rectAddress(r) };
      });
    }
    get dataValidation(): any {
      const self = this;
      const pending: Record<string, unknown> = {};
      const ctx = this.ctx;
      const upsert = () => {
        const { s, r } = self.at();
        const address = rectAddress(r);
        let v = s.validations.find((x) => x.address === address);
        if (!v) {
          v = { address, rule: null, errorAlert: null, ignoreBlanks: null };
          s.validations.push(v);
        }
        return v;
      };
      return {
        clear() {
          ctx.q(() => {
            if (!versionAtMost("1.8", apiVersion)) throw new Error("ApiNotFound: dataValidation");
            const { s, r } = self.at();
            const a = rectAddress(r);
            s.validations = r.rows >= MAX_ROWS ? [] : s.validations.filter((x) => x.address !== a);
          });
        },
        set rule(v: unknown) {
          ctx.q(() => (upsert().rule = v));
        },
        set errorAlert(v: unknown) {
          ctx.q(() => (upsert().errorAlert = v));
        },
        set ignoreBlanks(v: unknown) {
          pending.ignoreBlanks = v;
          ctx.q(() => (upsert().ignoreBlanks = v));
        },
      };
    }
    get conditionalFormats(): any {
      const self = this;
      const ctx = this.ctx;
      return {
        add(type: string) {
          const entry = { address: "", type, props: {} as Record<string, unknown> };
          ctx.q(() => {
            if (!versionAtMost("1.6", apiVersion))
              throw new Error("ApiNotFound: conditionalFormats");
            const { s, r } = self.at();
            entry.address = rectAddress(r);
            s.conditionalFormats.push(entry);
          });
          return recorder(ctx, [], (path, value) => (entry.props[path.join(".")] = value));
        },
        clearAll() {
          ctx.q(() => {
            if (!versionAtMost("1.6", apiVersion))
              throw new Error("ApiNotFound: conditionalFormats");
            const { s, r } = self.at();
            // drop the formats whose range lies inside the cleared one
            s.conditionalFormats = s.conditionalFormats.filter((cf) => {
              const c = parseRect(cf.address);
              const inside =
                c.row >= r.row &&
                c.col >= r.col &&
                c.row + c.rows <= r.row + r.rows &&
                c.col + c.cols <= r.col + r.cols;
              return !inside;
            });
          });
        },
      };
    }
  }

  class ChartCollectionProxy extends Loadable {
    constructor(
      private ctx: Ctx,
      private sheet: () => FakeSheet | null,
    ) {
      super();
    }
    load(_props: string) {
      this.ctx.q(() => {
        const s = this.sheet();
        this.loaded = { items: s ? s.charts.map((c) => ({ name: c.name })) : [] };
      });
      return this;
    }
    get items() {
      return this.prop("items") as { name: string }[];
    }
    add(type: string, source: RangeProxy, seriesBy: string): any {
      const chart: FakeChart = { name: "", type, source: "", seriesBy, props: {} };
      this.ctx.q(() => {
        const s = this.sheet();
        if (!s) throw new Error("ItemNotFound: chart sheet");
        chart.source = (source as any).resolveAddress();
        chart.name = `Chart ${s.charts.length + 1}`;
        s.charts.push(chart);
      });
      return recorder(this.ctx, [], (path, value) => {
        const p = path.join(".");
        if (p === "name") chart.name = value as string;
        else
          chart.props[p] = Array.isArray(value)
            ? value.map((v) =>
                v && typeof v === "object" && "resolveAddress" in v
                  ? (v as any).resolveAddress()
                  : v,
              )
            : value;
      });
    }
    getItem(name: string) {
      const ctx = this.ctx;
      return {
        delete: () =>
          ctx.q(() => {
            const s = this.sheet();
            const i = s ? s.charts.findIndex((c) => c.name === name) : -1;
            if (!s || i < 0) throw new Error(`ItemNotFound: chart ${name}`);
            s.charts.splice(i, 1);
          }),
      };
    }
  }

  class ShapeCollectionProxy extends Loadable {
    constructor(
      private ctx: Ctx,
      private sheet: () => FakeSheet | null,
    ) {
      super();
    }
    load(_props: string) {
      this.ctx.q(() => {
        if (!versionAtMost("1.9", apiVersion)) throw new Error("ApiNotFound: shapes");
        const s = this.sheet();
        this.loaded = { items: s ? s.shapes.map((x) => ({ name: x.name })) : [] };
      });
      return this;
    }
    get items() {
      return this.prop("items") as { name: string }[];
    }
  }

  class WorksheetProxy extends Loadable {
    constructor(
      private ctx: Ctx,
      private resolve: () => FakeSheet | null,
      private nullable = false,
    ) {
      super();
    }
    need(): FakeSheet {
      const s = this.resolve();
      if (!s) throw new Error("ItemNotFound: worksheet");
      return s;
    }
    /** Resolution used by child objects: a null parent gives a null child (or throws). */
    private child(): FakeSheet | null {
      const s = this.resolve();
      if (!s && (opts.nullChainThrows || !this.nullable))
        throw new Error("ItemNotFound: method on a null worksheet");
      return s;
    }
    load(_props: string) {
      this.ctx.q(() => {
        const s = this.nullable ? this.resolve() : this.need();
        this.nullObj = !s;
        this.loaded = s ? { name: s.name, visibility: s.visibility } : {};
      });
      return this;
    }
    get name() {
      return this.prop("name") as string;
    }
    get visibility() {
      return this.prop("visibility") as string;
    }
    getNextOrNullObject(): WorksheetProxy {
      return new WorksheetProxy(
        this.ctx,
        () => {
          if (!versionAtMost("1.5", apiVersion))
            throw new Error("ApiNotFound: getNextOrNullObject");
          const s = this.child();
          if (!s) return null;
          const i = sheets.indexOf(s);
          return sheets[i + 1] ?? null;
        },
        true,
      );
    }
    /** ExcelApi 1.1: A1 on an empty sheet. */
    getUsedRange(): RangeProxy {
      return new RangeProxy(this.ctx, () => {
        const s = this.need();
        return { s, r: usedRect(s) ?? { row: 1, col: 1, rows: 1, cols: 1 } };
      });
    }
    getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
      return new RangeProxy(this.ctx, () => {
        if (!versionAtMost("1.4", apiVersion))
          throw new Error("ApiNotFound: getUsedRangeOrNullObject");
        const s = this.child();
        const r = s && usedRect(s);
        return s && r ? { s, r } : null;
      });
    }
    getRange(address?: string): RangeProxy {
      const r = address ? parseRect(address) : { row: 1, col: 1, rows: MAX_ROWS, cols: MAX_COLS };
      return new RangeProxy(this.ctx, () => {
        const s = this.child();
        return s ? { s, r } : null;
      });
    }
    getRanges(address: string) {
      const wsSelf = this;
      const rects = address.split(",").map((a) => parseRect(a.trim()));
      const ctx = this.ctx;
      return {
        get format(): any {
          return recorder(ctx, [], (path, value) => {
            if (!versionAtMost("1.9", apiVersion)) throw new Error("ApiNotFound: getRanges");
            const s = wsSelf.need();
            stats.areas += rects.length;
            for (const r of rects) eachCell(s, r, (c) => (c.format[path.join(".")] = value));
          });
        },
      };
    }
    get charts() {
      return new ChartCollectionProxy(this.ctx, () => this.child());
    }
    get shapes() {
      return new ShapeCollectionProxy(this.ctx, () => this.child());
    }
    get freezePanes() {
      const ctx = this.ctx;
      const set = (f: (s: FakeSheet) => void) =>
        ctx.q(() => {
          if (!versionAtMost("1.7", apiVersion)) throw new Error("ApiNotFound: freezePanes");
          f(this.need());
        });
      return {
        freezeRows: (n: number) => set((s) => (s.frozen = { rows: n, cols: 0 })),
        freezeColumns: (n: number) => set((s) => (s.frozen = { rows: 0, cols: n })),
        freezeAt: (rg: RangeProxy) =>
          set((s) => {
            const r = parseRect((rg as any).resolveAddress());
            s.frozen = { rows: r.row + r.rows - 1, cols: r.col + r.cols - 1 };
          }),
      };
    }
    get pageLayout() {
      const ctx = this.ctx;
      const set = (f: (s: FakeSheet) => void) =>
        ctx.q(() => {
          if (!versionAtMost("1.9", apiVersion)) throw new Error("ApiNotFound: pageLayout");
          f(this.need());
        });
      return {
        set orientation(v: unknown) {
          set((s) => (s.page.orientation = v));
        },
        set paperSize(v: unknown) {
          set((s) => (s.page.paperSize = v));
        },
        set zoom(v: unknown) {
          set((s) => (s.page.zoom = v));
        },
        set leftMargin(v: number) {
          set((s) => (s.page.margins = { ...s.page.margins, left: v }));
        },
        set rightMargin(v: number) {
          set((s) => (s.page.margins = { ...s.page.margins, right: v }));
        },
        set topMargin(v: number) {
          set((s) => (s.page.margins = { ...s.page.margins, top: v }));
        },
        set bottomMargin(v: number) {
          set((s) => (s.page.margins = { ...s.page.margins, bottom: v }));
        },
        setPrintArea: (a: string) => set((s) => (s.page.printArea = a)),
        setPrintTitleRows: (a: string) => set((s) => (s.page.titleRows = a)),
      };
    }
    get horizontalPageBreaks() {
      const ctx = this.ctx;
      const set = (f: (s: FakeSheet) => void) =>
        ctx.q(() => {
          if (!versionAtMost("1.9", apiVersion)) throw new Error("ApiNotFound: pageBreaks");
          f(this.need());
        });
      return {
        removePageBreaks: () => set((s) => (s.page.breaks = [])),
        add: (a: string) => set((s) => s.page.breaks.push(a)),
      };
    }
    get notes() {
      return {
        add: (address: string, text: string) =>
          this.ctx.q(() => {
            if (!versionAtMost("1.18", apiVersion)) throw new Error("ApiNotFound: notes");
            this.need().notes[rectAddress(parseRect(address))] = text;
          }),
      };
    }
    activate() {
      this.ctx.q(() => (state.active = this.need().name));
    }
    delete() {
      this.ctx.q(() => sheets.splice(sheets.indexOf(this.need()), 1));
    }
  }

  // Ranges passed as arguments (charts.add, freezeAt) are resolved at sync time.
  (RangeProxy.prototype as any).resolveAddress = function (this: any) {
    const x = this.resolve();
    if (!x) throw new Error("ItemNotFound: range");
    return `${x.s.name}!${rectAddress(x.r)}`;
  };

  class WorksheetCollectionProxy extends Loadable {
    constructor(private ctx: Ctx) {
      super();
    }
    load(_props: string) {
      this.ctx.q(() => {
        this.loaded = {
          items: sheets.map((s) => {
            const ws = new WorksheetProxy(this.ctx, () => find(s.name));
            (ws as any).loaded = { name: s.name, visibility: s.visibility };
            return ws;
          }),
        };
      });
      return this;
    }
    get items() {
      return this.prop("items") as WorksheetProxy[];
    }
    getFirst() {
      return new WorksheetProxy(this.ctx, () => {
        if (!versionAtMost("1.5", apiVersion)) throw new Error("ApiNotFound: getFirst");
        if (!sheets[0]) throw new Error("ItemNotFound: no sheet");
        return sheets[0];
      });
    }
    getItem(name: string) {
      return new WorksheetProxy(this.ctx, () => mustFind(name));
    }
    getItemOrNullObject(name: string) {
      return new WorksheetProxy(this.ctx, () => find(name), true);
    }
    getActiveWorksheet() {
      return new WorksheetProxy(this.ctx, () => mustFind(state.active));
    }
    add(name: string) {
      let created: FakeSheet | null = null;
      this.ctx.q(() => {
        if (find(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
        if (name.length > 31 || /[:\\/?*[\]]/.test(name))
          throw new Error(`InvalidArgument: sheet name ${name}`);
        created = newSheet(name);
        sheets.push(created);
      });
      return new WorksheetProxy(this.ctx, () => {
        if (!created) throw new Error("ItemNotFound: sheet not added yet");
        return created;
      });
    }
  }

  class WorkbookProxy {
    worksheets: WorksheetCollectionProxy;
    constructor(ctx: Ctx) {
      this.worksheets = new WorksheetCollectionProxy(ctx);
    }
  }

  const Excel = {
    async run<T>(batch: (ctx: any) => Promise<T>): Promise<T> {
      const ctx = new Ctx();
      stats.runs++;
      try {
        return await batch(ctx);
      } finally {
        stats.leftover += ctx.queue.length;
        stats.syncsPerRun.push(ctx.runSyncs);
      }
    },
  };

  const Office = {
    HostType: { Excel: "Excel" },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && versionAtMost(version ?? "1.1", apiVersion),
      },
    },
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
  };

  /** The cell as the test sees it. */
  function cell(sheetName: string, address: string): FakeCell {
    const s = mustFind(sheetName);
    const r = parseRect(address);
    return (
      s.cells.get(key(r.row, r.col)) ?? {
        value: null,
        formula: null,
        numberFormat: "General",
        format: {},
      }
    );
  }

  /** A rectangle's values (formula text where a formula is). */
  function read(sheetName: string, address: string): Val[][] {
    const s = mustFind(sheetName);
    const r = parseRect(address);
    const out: Val[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row: Val[] = [];
      for (let j = 0; j < r.cols; j++) {
        const c = s.cells.get(key(r.row + i, r.col + j));
        row.push(c ? (c.formula ?? c.value) : null);
      }
      out.push(row);
    }
    return out;
  }

  return { Office, Excel, state, stats, cell, read, sheet: mustFind, find };
}

export type FakeOffice = ReturnType<typeof createFakeOffice>;
