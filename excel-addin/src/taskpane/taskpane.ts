/**
 * The taskpane: wires the five buttons (data-command) to the command runner, shows where a command
 * will write and what it wrote, the analysis and every problem (a click selects its cell). No
 * domain logic lives here: numbers come from core, labels from core's dictionary.
 */
import {
  isLabelKey,
  analyze,
  chart,
  fill,
  template,
  timeline,
  monev,
  capProblems,
  aspectTable,
  describeWrite,
  monevAspectTable,
  monevCountsLine,
  fillPlaceholders,
  paneNumber,
  type PaneTable,
  type Locale,
  type Problem,
  type Granularity,
  type StatementSetId,
} from "../../../core";
import { LABELS, t } from "../labels";
import {
  COMMANDS,
  officeHost,
  runCommand,
  selectCell,
  type CommandName,
  type CommandOutcome,
  type CoreApi,
  type Host,
  type PlannedWrite,
} from "../commands";

const core: CoreApi = { analyze, fill, chart, timeline, monev, template };

interface View {
  locale: Locale;
  running: CommandName | null;
  planned: PlannedWrite[];
  outcome: CommandOutcome | null;
  error: string | null;
}

const view: View = { locale: "id", running: null, planned: [], outcome: null, error: null };
let host: Host | null = null;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const fmt = fillPlaceholders;

/**
 * A number with a fixed count of decimals, as the sheet's number formats show it: "3,17" beside
 * "3,00" (never "3" beside "3,17"); counts with none.
 */
function num(v: number | null | undefined, digits = 2): string {
  return paneNumber(v, digits, view.locale);
}

/** A count: whole numbers without decimals, a monthly average's 112,86 with two. */
const count = (v: number | null | undefined): string =>
  num(v, v !== null && v !== undefined && !Number.isInteger(v) ? 2 : 0);

const pct = (v: number | null | undefined, digits = 2): string =>
  v === null || v === undefined ? t("excel.none", view.locale) : `${num(v * 100, digits)}%`;

/** An indicator value in its unit: a "%" indicator holds fractions (1 = 100%). */
const indicatorValue = (unit: string, v: number | null): string =>
  /%|persen/i.test(unit) ? pct(v) : num(v);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function table(head: string[], rows: (string | { text: string; num: true })[][]): HTMLTableElement {
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))),
    el(
      "tbody",
      {},
      ...rows.map((r) =>
        el(
          "tr",
          {},
          ...r.map((c) =>
            typeof c === "string" ? el("td", {}, c) : el("td", { class: "num" }, c.text),
          ),
        ),
      ),
    ),
  );
}

/** A table core laid out (headers with their hints, figures right-aligned, reasons under a row). */
function paneTable(pane: PaneTable, id: string): HTMLTableElement {
  const body = el("tbody");
  for (const r of pane.rows) {
    const cells = r.cells.map((c) => el("td", c.num ? { class: "num" } : {}, c.text));
    body.append(el("tr", { class: "aspect", "data-aspect": r.key }, ...cells));
    if (!r.reason) continue;
    const why = `${t("pane.reason", view.locale)}: ${r.reason}`;
    const span = String(r.cells.length - 1);
    body.append(el("tr", { class: "reason" }, el("td", {}, ""), el("td", { colspan: span }, why)));
  }
  const head = pane.head.map((h) => el("th", { scope: "col", title: h.hint }, h.text));
  return el("table", { id }, el("thead", {}, el("tr", {}, ...head)), body);
}

const n = (text: string) => ({ text, num: true as const });

/** Static labels (data-i18n) in the current language. */
function renderLabels(): void {
  document.documentElement.lang = view.locale;
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((e) => {
    const key = e.dataset.i18n;
    e.textContent = isLabelKey(LABELS, key) ? t(key, view.locale) : (key ?? "");
  });
}

function writeLine(w: PlannedWrite): string {
  return `${w.address} (${w.cells} ${t("status.cells", view.locale)})`;
}

function renderStatus(): void {
  const box = $("status");
  box.replaceChildren();
  const L = view.locale;
  const o = view.outcome;
  if (view.running) box.append(el("p", { class: "will" }, t("status.working", L)));
  if (o && o.read.length > 0) {
    const line = fmt(t("excel.read", L), { n: o.read.length, sheets: o.read.join(", ") });
    box.append(el("p", { class: "will" }, line));
  }
  for (const p of view.planned)
    box.append(el("p", { class: "will" }, `${t("status.willWrite", L)} ${writeLine(p)}`));
  if (view.error) {
    const line = `${t("excel.error.unexpected", L)}: ${view.error}`;
    box.append(el("p", { class: "notice error" }, line));
  }
  if (!o) return;
  if (o.refused) box.append(el("p", { class: "refused notice" }, t("status.nothingWritten", L)));
  // Worded and counted by core, as the Sheets sidebar says it.
  for (const w of o.written)
    box.append(el("p", { class: "wrote" }, describeWrite({ ...w, counts: w }, L)));
}

function renderProblems(): void {
  const list = $("problems");
  list.replaceChildren();
  const problems: Problem[] = view.outcome?.problems ?? [];
  $("problems-card").hidden = !view.outcome;
  if (!view.outcome) return;
  if (problems.length === 0) {
    list.append(el("li", {}, t("status.noProblems", view.locale)));
    return;
  }
  // At most PROBLEMS_PER_CODE of a kind; core counts the rest in one line.
  for (const p of capProblems(problems)) {
    const btn = el(
      "button",
      { type: "button", title: p.cell ? t("excel.problem.select", view.locale) : "" },
      el(
        "span",
        { class: "sev" },
        t(p.severity === "error" ? "sev.error" : "sev.warning", view.locale),
      ),
      ...(p.cell ? [el("span", { class: "cell" }, p.cell)] : []),
      view.locale === "en" ? p.messageEn : p.message,
    );
    if (p.cell) {
      btn.dataset.cell = p.cell;
      btn.addEventListener("click", () => {
        if (host && p.cell) selectCell(host, p.cell).catch((e: unknown) => showError(e));
      });
    }
    list.append(el("li", { class: p.severity, "data-code": p.code }, btn));
  }
}

/** "sheet", "groups" or "template:juknis22" in words. */
function mappingLabel(source: string): string {
  const L = view.locale;
  if (source === "sheet") return t("excel.mapping.sheet", L);
  if (source === "groups") return t("excel.mapping.groups", L);
  const id = source.replace(/^template:/, "");
  return `${t("excel.mapping.template", L)} (${id})`;
}

function renderResult(): void {
  const box = $("result");
  box.replaceChildren();
  const a = view.outcome?.analysis;
  $("result-card").hidden = !a;
  if (!a) return;
  const L = view.locale;
  const meta = [
    a.instansi ? `${t("excel.instansi", L)}: ${a.instansi}` : "",
    a.period ? `${t("excel.period", L)}: ${a.period.startYear}–${a.period.endYear}` : "",
    `${t("excel.mapping", L)}: ${mappingLabel(a.mappingSource)}`,
  ].filter(Boolean);
  box.append(el("p", { class: "meta" }, meta.join(" · ")));
  if (a.tables.length > 0)
    box.append(
      el(
        "p",
        { class: "meta" },
        `${t("excel.tables", L)}: ${a.tables.map((x) => `${t(`kind.${x.kind}`, L)} (${x.range})`).join("; ")}`,
      ),
    );
  // The same table as the Sheets sidebar, from the same core function: order, headers, formats.
  box.append(paneTable(aspectTable(a.aspects, L), "aspects"));
  if (a.statements.length > 0) {
    box.append(el("h3", {}, t("excel.section.statements", L)));
    box.append(
      table(
        [
          t("excel.col.no", L),
          t("excel.section.statements", L),
          t("excel.col.score", L),
          t("excel.col.respondents", L),
          t("head.gap", L),
        ],
        a.statements.map((s) => [
          n(String(s.no)),
          s.text,
          n(num(s.score)),
          n(String(s.respondents)),
          n(num(s.gap)),
        ]),
      ),
    );
  }
  if (a.informasiUmum.length > 0) {
    box.append(el("h3", {}, t("excel.section.informasi", L)));
    box.append(
      table(
        [t("excel.col.year", L), t("excel.col.received", L), t("excel.col.resolved", L), "%"],
        a.informasiUmum.map((y) => [
          y.year === null ? t("excel.none", L) : String(y.year),
          n(count(y.received)),
          n(count(y.resolved)),
          n(pct(y.resolvedPct)),
        ]),
      ),
    );
  }
  if (a.indicators.length > 0) {
    box.append(el("h3", {}, t("head.indicator", L)));
    const rows = a.indicators.flatMap((ind) =>
      ind.years.map((y) => [
        `${ind.name}${ind.unit ? ` (${ind.unit})` : ""}`,
        n(String(y.year)),
        n(indicatorValue(ind.unit, y.target)),
        n(indicatorValue(ind.unit, y.realisasi)),
        n(pct(y.capaian)),
        y.met === null ? t("excel.none", L) : t(y.met ? "excel.met.yes" : "excel.met.no", L),
      ]),
    );
    box.append(
      table(
        [
          t("head.indicator", L),
          t("excel.col.year", L),
          t("excel.col.target", L),
          t("excel.col.realisasi", L),
          t("head.capaian", L),
          t("excel.col.met", L),
        ],
        rows,
      ),
    );
  }
}

/** The Monev report: counts, % per aspect, lagging activities that select their status cell. */
function renderMonev(): void {
  const box = $("monev");
  box.replaceChildren();
  const m = view.outcome?.monev;
  if (!m) return;
  const L = view.locale;
  const s = m.semester;
  const list = $("semesters");
  list.replaceChildren(...m.semesters.map((x) => el("option", { value: x.replace("-S", "-") })));
  const byAspect = m.byAspect.map((x) => ({
    key: x.key,
    name: x.name,
    planned: x.counts[s]?.planned ?? 0,
    selesai: x.counts[s]?.selesai ?? 0,
    selesaiPct: x.counts[s]?.selesaiPct ?? null,
  }));
  box.append(
    el("p", { class: "monev-counts" }, monevCountsLine(s, m.overall[s] ?? null, L)),
    paneTable(monevAspectTable(byAspect, L), "monev-aspects"),
    el("p", {}, t("excel.monev.lagging", L)),
  );
  const ul = document.createElement("ul");
  ul.id = "lagging";
  for (const l of m.lagging.slice(0, 100)) {
    const btn = document.createElement("button");
    btn.type = "button";
    btn.dataset.cell = l.cell ?? "";
    btn.disabled = !l.cell || host === null;
    btn.textContent = `${l.code} ${l.title}${l.status ? ` · ${l.status}` : ""}`;
    const cell = l.cell;
    if (cell)
      btn.addEventListener("click", () => {
        if (host) selectCell(host, cell).catch((e: unknown) => showError(e));
      });
    const li = document.createElement("li");
    li.append(btn);
    ul.append(li);
  }
  box.append(ul);
}

function renderAll(): void {
  renderLabels();
  renderStatus();
  renderProblems();
  renderResult();
  renderMonev();
  document.querySelectorAll<HTMLButtonElement>("button[data-command]").forEach((b) => {
    b.disabled = view.running !== null || host === null;
  });
}

function showError(e: unknown): void {
  view.error = e instanceof Error ? e.message : String(e);
  renderStatus();
}

function readInputs() {
  const startYear = Number(($("startYear") as HTMLInputElement).value);
  const endYear = Number(($("endYear") as HTMLInputElement).value);
  const statementSet = ($("statementSet") as HTMLSelectElement).value as StatementSetId;
  return {
    scope: ($("scope") as HTMLSelectElement).value as "active" | "workbook",
    options: {
      granularity: ($("granularity") as HTMLSelectElement).value as Granularity,
      ...(($("semester") as HTMLInputElement).value.trim()
        ? { semester: ($("semester") as HTMLInputElement).value.trim() }
        : {}),
    },
    template: {
      statementSet,
      startYear,
      endYear,
      instansi: ($("instansi") as HTMLInputElement).value.trim(),
    },
  };
}

async function run(command: CommandName): Promise<void> {
  if (!host || view.running) return;
  view.running = command;
  view.planned = [];
  view.outcome = null;
  view.error = null;
  renderAll();
  try {
    view.outcome = await runCommand(command, readInputs(), core, host, {
      beforeWrite: (planned) => {
        view.planned = planned;
        renderStatus();
      },
    });
  } catch (e) {
    view.error = e instanceof Error ? e.message : String(e);
  } finally {
    view.running = null;
    renderAll();
  }
}

function init(officeReady: boolean): void {
  const year = new Date().getFullYear();
  ($("startYear") as HTMLInputElement).value = String(year);
  ($("endYear") as HTMLInputElement).value = String(year + 2);
  host = officeReady ? officeHost() : null;
  $("office-missing").hidden = officeReady;
  $("lang").addEventListener("click", () => {
    view.locale = view.locale === "id" ? "en" : "id";
    renderAll();
  });
  for (const name of COMMANDS) {
    document
      .querySelector<HTMLButtonElement>(`button[data-command="${name}"]`)
      ?.addEventListener("click", () => void run(name));
  }
  renderAll();
}

const office = (globalThis as { Office?: typeof Office }).Office;
if (office) {
  office.onReady((info) => init(info.host === office.HostType.Excel)).catch(() => init(false));
} else {
  document.addEventListener("DOMContentLoaded", () => init(false));
}
