/**
 * The whole worksheet part of a sheet Renaksi owns, written from its SheetPlan: cells
 * (sheet-data.ts), frozen panes, column widths, row heights, merges, conditional formats, validation
 * lists, print settings (the plan's `page`: landscape A4, fit to width, page breaks) and the
 * references to its drawing (charts) and notes. Element order is CT_Worksheet's.
 *
 * @example
 *   const packed = await managedSheetXml(plan, planSheetData(plan), styles, { drawing: "rId1" });
 */
import {
  a1,
  colLetter,
  rangeA1,
  type ConditionalFormatSpec,
  type ConditionalRule,
  type PageSetup,
  type SheetPlan,
  type ValidationSpec,
} from "../../core";
import { escapeXml } from "./opc";
import { styleKey, usedRange, writeSheetData, type SheetData } from "./sheet-data";
import { PartDeflater, type Packed } from "./zip-native";
import type { StyleSheet } from "./styles-part";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Marks a validation list as Renaksi's own (replaced on re-run, never confused with the user's). */
export const VALIDATION_TITLE = "Renaksi";

function sheetView(plan: SheetPlan): string {
  const f = plan.frozen;
  if (!f || (f.rows <= 0 && f.cols <= 0))
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = f.rows > 0 && f.cols > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const tl = `${colLetter(f.cols + 1)}${f.rows + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${f.cols > 0 ? ` xSplit="${f.cols}"` : ""}${
      f.rows > 0 ? ` ySplit="${f.rows}"` : ""
    } topLeftCell="${tl}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`
  );
}

function cols(plan: SheetPlan): string {
  if (plan.columnWidths.length === 0) return "";
  const widths = new Map<number, { width: number; hidden?: boolean }>();
  for (const w of plan.columnWidths) widths.set(w.col, w);
  const body = [...widths]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([c, w]) =>
        `<col min="${c}" max="${c}" width="${w.width}"${w.hidden ? ' hidden="1"' : ""} customWidth="1"/>`,
    )
    .join("");
  return `<cols>${body}</cols>`;
}

function merges(plan: SheetPlan): string {
  if (plan.merges.length === 0) return "";
  const body = plan.merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join("");
  return `<mergeCells count="${plan.merges.length}">${body}</mergeCells>`;
}

function cfRule(rule: ConditionalRule, topLeft: string, dxfId: number, priority: number): string {
  const head = `<cfRule dxfId="${dxfId}" priority="${priority}"`;
  if (rule.type === "cellIs") {
    const formulas = rule.values.map((v) => `<formula>${v}</formula>`).join("");
    return `${head.replace("<cfRule", '<cfRule type="cellIs"')} operator="${rule.operator}">${formulas}</cfRule>`;
  }
  const f =
    rule.type === "textEquals"
      ? `${topLeft}="${rule.text.replace(/"/g, '""')}"`
      : `LEN(TRIM(${topLeft}))>0`;
  return `${head.replace("<cfRule", '<cfRule type="expression"')}><formula>${escapeXml(f)}</formula></cfRule>`;
}

function conditionalFormats(specs: readonly ConditionalFormatSpec[], styles: StyleSheet): string {
  let priority = 0;
  return specs
    .map((cf) => {
      const tl = a1(cf.range.row, cf.range.col);
      const rules = cf.rules
        .map((r) => cfRule(r, tl, styles.dxf(r.fill, r.fontColor), ++priority))
        .join("");
      return `<conditionalFormatting sqref="${rangeA1(cf.range)}">${rules}</conditionalFormatting>`;
    })
    .join("");
}

/** One Renaksi validation list over `sqref` (one or more A1 ranges, space-separated). */
export function validationXml(v: ValidationSpec, sqref: string, prefix = ""): string {
  const list = `"${v.list.map((x) => x.replace(/"/g, '""')).join(",")}"`;
  const p = prefix;
  return (
    `<${p}dataValidation type="list" allowBlank="${v.allowBlank ? 1 : 0}" showInputMessage="1" showErrorMessage="1" ` +
    `errorTitle="${VALIDATION_TITLE}" error="${escapeXml(v.message)}" sqref="${sqref}">` +
    `<${p}formula1>${escapeXml(list)}</${p}formula1></${p}dataValidation>`
  );
}

function validations(plan: SheetPlan): string {
  if (plan.validations.length === 0) return "";
  const body = plan.validations.map((v) => validationXml(v, rangeA1(v.range))).join("");
  return `<dataValidations count="${plan.validations.length}">${body}</dataValidations>`;
}

/** printOptions, pageMargins, pageSetup and rowBreaks of the plan's page (margins only without). */
function printSettings(page: PageSetup | undefined): string {
  const margins =
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (!page) return margins;
  const fit = page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  // paperSize 9 = A4 (ECMA-376 18.3.1.63).
  const setup = `<pageSetup paperSize="9" orientation="${page.orientation}"${fit}/>`;
  const breaks = [...new Set(page.breaksBefore ?? [])].filter((r) => r > 1).sort((a, b) => a - b);
  const rowBreaks = breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
        .map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`)
        .join("")}</rowBreaks>`
    : "";
  return `<printOptions horizontalCentered="1"/>${margins}${setup}${rowBreaks}`;
}

export interface SheetRefs {
  /** Relationship id of the drawing holding Renaksi's charts. */
  drawing?: string;
  /** Relationship id of the VML drawing of the notes. */
  legacyDrawing?: string;
}

/**
 * The worksheet part of a managed sheet (`data`: its plan's cells, `planSheetData(plan)`),
 * deflated: its XML is written in 1 MB buffers, each deflated by zlib on the threadpool while the
 * next is written (PartDeflater).
 */
export async function managedSheetXml(
  plan: SheetPlan,
  data: SheetData,
  styles: StyleSheet,
  refs: SheetRefs,
): Promise<Packed> {
  const ids = new Map<string, string>();
  for (const c of data.samples) {
    const key = styleKey(c);
    if (!ids.has(key)) ids.set(key, styles.cellXf(c.style, c.numberFormat));
  }
  const fitToPage = plan.page?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  const part = new PartDeflater();
  const out = part.sink;
  out.add(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      fitToPage +
      `<dimension ref="${usedRange(data, ids)}"/>` +
      sheetView(plan) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      cols(plan),
  );
  const rows = writeSheetData(data, ids, out.add, () => part.due);
  while (!rows.next().done) await part.pause();
  out.add(
    merges(plan) +
      conditionalFormats(plan.conditionalFormats, styles) +
      validations(plan) +
      printSettings(plan.page) +
      (refs.drawing ? `<drawing r:id="${refs.drawing}"/>` : "") +
      (refs.legacyDrawing ? `<legacyDrawing r:id="${refs.legacyDrawing}"/>` : "") +
      "</worksheet>",
  );
  return part.finish();
}

/** The print names of a managed sheet: [name, formula] for _xlnm.Print_Area / _xlnm.Print_Titles. */
export function printNames(sheetRef: string, page: PageSetup | undefined): [string, string][] {
  if (!page) return [];
  const out: [string, string][] = [];
  if (page.printArea) {
    const r = page.printArea;
    out.push([
      "_xlnm.Print_Area",
      `${sheetRef}!$${colLetter(r.col)}$${r.row}:$${colLetter(r.col + r.cols - 1)}$${r.row + r.rows - 1}`,
    ]);
  }
  if (page.titleRows)
    out.push([
      "_xlnm.Print_Titles",
      `${sheetRef}!$${page.titleRows.first}:$${page.titleRows.last}`,
    ]);
  return out;
}
