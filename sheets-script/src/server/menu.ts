import { type Locale } from "../../../core";
import { t, type LabelKey } from "../labels";
import type { HtmlServicePort, SpreadsheetAppPort } from "../adapter/ports";
import type { CommandName, CommandResponse } from "./api";
import type { ServerApi } from "./api";

/**
 * The "Renaksi" menu (onOpen), the sidebar, and the menu handlers. Menu items run the same
 * commands as the sidebar buttons and report with a toast; the sidebar lists problems with cells.
 */
export const MENU_ITEMS: readonly { label: LabelKey; fn: string }[] = [
  { label: "sheets.menu.sidebar", fn: "showSidebar" },
  { label: "cmd.template", fn: "menuTemplate" },
  { label: "cmd.analyze", fn: "menuAnalyze" },
  { label: "cmd.fill", fn: "menuFill" },
  { label: "cmd.chart", fn: "menuChart" },
  { label: "cmd.timeline", fn: "menuTimeline" },
  { label: "cmd.monev", fn: "menuMonev" },
];

/** Menus are in Indonesian: the users' language (the sidebar has the English switch). */
export function onOpen(app: SpreadsheetAppPort, locale: Locale = "id"): void {
  const menu = app.getUi().createMenu(t("sheets.menu", locale));
  MENU_ITEMS.forEach((item, i) => {
    menu.addItem(t(item.label, locale), item.fn);
    if (i === 0) menu.addSeparator();
  });
  menu.addToUi();
}

export function showSidebar(app: SpreadsheetAppPort, html: HtmlServicePort): void {
  const out = html.createHtmlOutputFromFile("Sidebar").setTitle(t("sheets.sidebarTitle", "id"));
  app.getUi().showSidebar(out);
}

const TOAST_SECONDS = 10;

/** Runs a command from the menu and tells the user what happened (toast; problems -> alert). */
export function runFromMenu(
  app: SpreadsheetAppPort,
  server: ServerApi,
  command: CommandName,
  locale: Locale = "id",
): CommandResponse {
  const res = server.runCommand({ command, locale });
  if (res.problems.some((p) => p.severity === "error")) {
    const lines = res.problems
      .filter((p) => p.severity === "error")
      .slice(0, 8)
      .map((p) => `• ${p.cell ? `${p.cell}: ` : ""}${locale === "en" ? p.messageEn : p.message}`);
    app
      .getUi()
      .alert(`${res.message}\n\n${lines.join("\n")}\n\n${t("sheets.openSidebarHint", locale)}`);
  } else {
    app.getActiveSpreadsheet().toast(res.message, t(`cmd.${command}`, locale), TOAST_SECONDS);
  }
  return res;
}
