/**
 * The .xlsx workbook as the write contract needs it (core/write): every sheet's name, A1, visibility
 * and the drawn objects on it (names from the original package's drawing parts, since exceljs
 * drops charts and shapes). The contract decides what is written; this file only reads.
 *
 * @example
 *   const state = await workbookState(book.wb, book.original);
 *   resolveWrites(state, plans)
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookState } from "../../core/write";
import { drawingObjectNames } from "./chart-part";
import { readRels, readText, REL, resolveTarget, sheetParts } from "./opc";
import { plainValue } from "./read-grids";

/** Names of the drawn objects (charts, images, shapes) on each sheet of a package. */
async function drawnObjects(original: Buffer | undefined): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!original) return out;
  const zip = await JSZip.loadAsync(original);
  for (const s of await sheetParts(zip)) {
    if (s.chartsheet) continue;
    const rel = (await readRels(zip, s.part)).find((r) => r.type === REL.drawing && !r.external);
    if (!rel) continue;
    const xml = (await readText(zip, resolveTarget(s.part, rel.target))) ?? "";
    out.set(s.name, drawingObjectNames(xml));
  }
  return out;
}

export async function workbookState(
  wb: ExcelJS.Workbook,
  original?: Buffer,
): Promise<WorkbookState> {
  const objects = await drawnObjects(original);
  return {
    sheets: wb.worksheets.map((ws) => ({
      name: ws.name,
      a1: plainValue(ws.getCell(1, 1).value),
      visible: ws.state === undefined || ws.state === "visible",
      charts: [],
      objects: objects.get(ws.name) ?? [],
    })),
  };
}
