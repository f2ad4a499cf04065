/**
 * The sidebar: wires the buttons to the server commands and shows what happened. No domain logic:
 * it says where a command will write, calls the server through the typed client, then says what
 * was written and lists the problems with their cells (a click activates the cell).
 */
import {
  isLabelKey,
  type Locale,
  type Problem,
  type Granularity,
  type StatementSetId,
  MANAGED_SHEETS,
  aspectTable,
  monevAspectTable,
  monevCountsLine,
  type PaneTable,
} from "../../../core";
import { LABELS, t } from "../labels";
import type { CommandName, CommandRequest, CommandResponse, ReadScopeOption } from "../server/api";
import { serverClient, type ServerClient } from "./client";

const $ = <T extends HTMLElement>(sel: string): T => {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`sidebar: missing ${sel}`);
  return el;
};

let locale: Locale = "id";
let lastResponse: CommandResponse | null = null;

/** Writes every data-label / data-label-placeholder in the page in the current locale. */
export function applyLabels(root: ParentNode = document): void {
  document.documentElement.lang = locale;
  root.querySelectorAll<HTMLElement>("[data-label]").forEach((el) => {
    const key = el.dataset.label;
    el.textContent = isLabelKey(LABELS, key) ? t(key, locale) : (key ?? "");
  });
}

/** "Akan menulis ke lembar «Hasil Renaksi»…" before the server call. */
export function beforeMessage(command: CommandName, loc: Locale): string {
  if (command === "analyze") return `${t("status.working", loc)} ${t("sheets.readOnly", loc)}`;
  const target =
    command === "template"
      ? `${t("sheets.newSheet", loc)} «Renaksi»`
      : `${t("sheets.willWriteSheet", loc)} «${
          command === "timeline"
            ? MANAGED_SHEETS.timeline
            : command === "monev"
              ? MANAGED_SHEETS.monev
              : MANAGED_SHEETS.result
        }»`;
  return `${t("status.willWrite", loc)} ${target}… ${t("status.working", loc)}`;
}

function readRequest(command: CommandName): CommandRequest {
  const val = (id: string) => $<HTMLInputElement | HTMLSelectElement>(id).value.trim();
  const req: CommandRequest = {
    command,
    locale,
    scope: val("#scope") as ReadScopeOption,
    granularity: val("#granularity") as Granularity,
  };
  if (command === "monev" && val("#semester")) req.semester = val("#semester");
  if (command === "template") {
    req.statementSet = val("#statementSet") as StatementSetId;
    const start = Number(val("#startYear"));
    const end = Number(val("#endYear"));
    if (Number.isInteger(start) && start > 0) req.startYear = start;
    if (Number.isInteger(end) && end > 0) req.endYear = end;
    req.instansi = val("#instansi");
  }
  return req;
}

/** A table core laid out (headers with their hints, figures right-aligned, reasons under a row). */
function paneTable(pane: PaneTable, id: string): HTMLTableElement {
  const table = document.createElement("table");
  table.id = id;
  const hdr = table.createTHead().insertRow();
  for (const h of pane.head) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h.text;
    th.title = h.hint;
    hdr.append(th);
  }
  const body = table.createTBody();
  for (const r of pane.rows) {
    const tr = body.insertRow();
    tr.dataset.aspect = r.key;
    tr.className = "aspect";
    for (const c of r.cells) {
      const td = tr.insertCell();
      td.textContent = c.text;
      if (c.num) td.className = "num";
    }
    if (!r.reason) continue;
    const why = body.insertRow();
    why.className = "reason";
    why.insertCell();
    const td = why.insertCell();
    td.colSpan = r.cells.length - 1;
    td.textContent = `${t("pane.reason", locale)}: ${r.reason}`;
  }
  return table;
}

function renderSummary(res: CommandResponse | null): void {
  const box = $("#summary");
  box.replaceChildren();
  const s = res?.summary;
  if (!s) return;
  const head = document.createElement("p");
  const period = s.period
    ? ` · ${t("sheets.period", locale)} ${s.period.startYear}–${s.period.endYear}`
    : "";
  head.textContent = `${s.instansi || "—"}${period} · ${s.statements} ${t("sheets.statements", locale)} · ${s.programs} ${t("sheets.programs", locale)}`;
  box.append(head);
  if (s.aspects.length === 0) return;
  // The same table as Excel's pane, from the same core function: order, headers, formats.
  box.append(paneTable(aspectTable(s.aspects, locale), "aspects"));
}

/** The Monev report: counts, % selesai per aspect, lagging activities that select their cell. */
function renderMonev(client: ServerClient, res: CommandResponse | null): void {
  const box = $("#monev");
  box.replaceChildren();
  const m = res?.monev;
  if (!m) return;
  const picker = $<HTMLSelectElement>("#semester");
  if (picker.options.length <= 1) {
    for (const s of m.semesters) {
      const o = document.createElement("option");
      o.value = s;
      o.textContent = s.replace("-", " ");
      picker.append(o);
    }
  }
  const head = document.createElement("p");
  head.className = "monev-counts";
  head.textContent = monevCountsLine(m.semester, m.overall, locale);
  box.append(head, paneTable(monevAspectTable(m.byAspect, locale), "monev-aspects"));
  const title = document.createElement("p");
  title.textContent = t("sheets.monev.lagging", locale);
  const list = document.createElement("ul");
  list.id = "lagging";
  for (const l of m.lagging) {
    const li = document.createElement("li");
    const btn = document.createElement("button");
    btn.type = "button";
    btn.dataset.cell = l.cell ?? "";
    btn.disabled = !l.cell;
    btn.textContent = `${l.code} ${l.title}${l.status ? ` · ${l.status}` : ""}`;
    if (l.cell) {
      const cell = l.cell;
      btn.addEventListener("click", () => {
        void client.call("selectCell", cell).then((r) => {
          if (!r.ok) setStatus(`${t("sheets.badCell", locale)}: ${cell}`, "error");
        });
      });
    }
    li.append(btn);
    list.append(li);
  }
  if (m.moreLagging > 0) {
    const li = document.createElement("li");
    li.textContent = `+${m.moreLagging}`;
    list.append(li);
  }
  box.append(title, list);
}

function renderProblems(client: ServerClient, res: CommandResponse | null): void {
  const list = $("#problems");
  list.replaceChildren();
  const problems: Problem[] = res?.problems ?? [];
  $("#problemsHint").hidden = problems.length === 0;
  for (const p of problems) {
    const li = document.createElement("li");
    li.className = p.severity;
    const btn = document.createElement("button");
    btn.type = "button";
    btn.className = "problem";
    btn.dataset.cell = p.cell ?? "";
    btn.disabled = !p.cell;
    const sev = document.createElement("strong");
    sev.textContent = `${t(`sev.${p.severity}`, locale)}${p.cell ? ` · ${p.cell}` : ""}`;
    const msg = document.createElement("span");
    msg.textContent = locale === "en" ? p.messageEn : p.message;
    btn.append(sev, document.createElement("br"), msg);
    if (p.cell) {
      const cell = p.cell;
      btn.addEventListener("click", () => {
        void client.call("selectCell", cell).then((r) => {
          if (!r.ok) setStatus(`${t("sheets.badCell", locale)}: ${cell}`, "error");
        });
      });
    }
    li.append(btn);
    list.append(li);
  }
  if (res && res.moreProblems > 0) {
    const li = document.createElement("li");
    li.textContent = `+${res.moreProblems} ${t("sheets.moreProblems", locale)}`;
    list.append(li);
  }
}

function setStatus(text: string, kind: "info" | "ok" | "error" = "info"): void {
  const el = $("#status");
  el.textContent = text;
  el.className = kind;
}

function setBusy(busy: boolean): void {
  document.querySelectorAll<HTMLButtonElement>("button[data-command]").forEach((b) => {
    b.disabled = busy;
  });
  document.body.classList.toggle("busy", busy);
}

export async function runCommand(
  client: ServerClient,
  command: CommandName,
): Promise<CommandResponse | null> {
  setBusy(true);
  setStatus(beforeMessage(command, locale));
  try {
    const res = await client.call("runCommand", readRequest(command));
    lastResponse = res;
    setStatus(res.message, res.ok ? "ok" : "error");
    renderSummary(res);
    renderMonev(client, res);
    renderProblems(client, res);
    document.body.dataset.lastCommand = command;
    return res;
  } catch (e) {
    setStatus(
      `${t("sheets.failed", locale)}: ${e instanceof Error ? e.message : String(e)}`,
      "error",
    );
    return null;
  } finally {
    setBusy(false);
  }
}

export function init(client: ServerClient = serverClient()): void {
  const year = new Date().getFullYear();
  $<HTMLInputElement>("#startYear").value = String(year);
  $<HTMLInputElement>("#endYear").value = String(year + 2);
  applyLabels();
  document.querySelectorAll<HTMLButtonElement>("button[data-command]").forEach((b) => {
    b.addEventListener("click", () => void runCommand(client, b.dataset.command as CommandName));
  });
  $("#lang").addEventListener("click", () => {
    locale = locale === "id" ? "en" : "id";
    applyLabels();
    renderSummary(lastResponse);
    renderMonev(client, lastResponse);
    renderProblems(client, lastResponse);
  });
  document.body.dataset.ready = "true";
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => init());
  else init();
}
