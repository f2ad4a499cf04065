/**
 * The public server functions, bound to the real Apps Script globals (SpreadsheetApp,
 * HtmlService). The globals are looked up when a function runs, never at load time.
 */
import { analyze, chart, fill, monev, template, timeline } from "../../../core";
import type { HtmlServicePort, SpreadsheetAppPort } from "../adapter/ports";
import type { CommandName, CommandRequest, CommandResponse, SelectResult } from "./api";
import { createServer } from "./commands";
import * as menu from "./menu";

const CORE = { analyze, fill, chart, timeline, monev, template };

// Compile-time proof that the real Apps Script services satisfy the adapter's ports.
const app = (): SpreadsheetAppPort => SpreadsheetApp;
const html = (): HtmlServicePort => HtmlService;

const server = () =>
  createServer({ app: app(), core: CORE, thisYear: () => new Date().getFullYear() });

export function onOpen(): void {
  menu.onOpen(app());
}

export function showSidebar(): void {
  menu.showSidebar(app(), html());
}

const fromMenu = (command: CommandName): void => {
  menu.runFromMenu(app(), server(), command);
};

export const menuTemplate = (): void => fromMenu("template");
export const menuAnalyze = (): void => fromMenu("analyze");
export const menuFill = (): void => fromMenu("fill");
export const menuChart = (): void => fromMenu("chart");
export const menuTimeline = (): void => fromMenu("timeline");
export const menuMonev = (): void => fromMenu("monev");

export function runCommand(request: CommandRequest): CommandResponse {
  return server().runCommand(request);
}

export function selectCell(a1: string): SelectResult {
  return server().selectCell(a1);
}
