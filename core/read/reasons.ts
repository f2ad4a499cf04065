import { parseA1, sheetA1, type Grid } from "../grid";
import type { AspectKey } from "../model/aspect";
import type { RenaksiDocument } from "../model/document";
import { isManagedGrid } from "../model/managed-sheet";

/**
 * Where each aspect's written reason sits in the user's own priority table: the cell in the
 * "Alasan" column (its header is in the table's first three rows) on the row of the chosen priority.
 * The result layout writes `=T(Prioritas!E8)` there, so the reason follows the user's edits.
 *
 * @example reasonCells(doc, grids) // { partisipasi: "Prioritas!E8", ... }
 */
export function reasonCells(
  doc: RenaksiDocument,
  grids: readonly Grid[],
): Partial<Record<AspectKey, string>> {
  const out: Partial<Record<AspectKey, string>> = {};
  const bySheet = new Map(grids.filter((g) => !isManagedGrid(g)).map((g) => [g.sheet, g]));
  for (const choice of doc.priorities) {
    const at = choice.cell ? parseA1(choice.cell) : null;
    if (!at || at.sheet === undefined) continue;
    const table = doc.tables.find(
      (t) =>
        t.kind === "priority" && t.sheet === at.sheet && at.row >= t.row && at.row < t.row + t.rows,
    );
    const g = bySheet.get(at.sheet);
    if (!table || !g) continue;
    let reasonCol = -1;
    for (
      let r = table.row;
      r < Math.min(table.row + 3, table.row + table.rows) && reasonCol < 0;
      r++
    ) {
      for (let c = table.col; c < table.col + table.cols; c++) {
        const v = g.values[r - g.origin.row]?.[c - g.origin.col];
        if (typeof v === "string" && /alasan/i.test(v)) {
          reasonCol = c;
          break;
        }
      }
    }
    if (reasonCol > 0) out[choice.aspect] = sheetA1(at.sheet, at.row, reasonCol);
  }
  return out;
}
