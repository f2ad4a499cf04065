import { parseA1, sheetA1 } from "../grid";
import type { Problem } from "../problem";
import { MANAGED_SHEETS } from "../model/managed-sheet";
import { sheetLabel as L } from "../i18n/labels-sheet";
import { noteGroups, noteLine } from "./report-sections";
import type { PlannedCell, SheetPlan } from "./sheet-plan";
import { TITLE, WARN_FILL } from "./styles";

/**
 * Flagged cells marked in place (issue 11: "so the sheet says what the CLI says"): a warning of
 * the Catatan names a cell of the user's sheets; the Renaksi cell that shows that cell (its
 * `source`) gets the warning fill and a note "Lihat Catatan no. N", and the Catatan line names
 * both cells ("Asesmen!D5 → 'Hasil Renaksi'!C64: ..."). Only Renaksi's own sheets are marked,
 * never the user's (overlays are skipped). The numbers follow the analysis' problems, so a sheet
 * written by another command (the timeline alone) points at the same Catatan lines; the
 * `shownElsewhere` plans (the timeline when only "Hasil Renaksi" is written) are not changed but
 * named in the Catatan, so every host's Catatan names the same cells.
 *
 * A problem at a cell (or range) flags the managed cells whose `source` contains it; of several,
 * the ones with the smallest source (a count read from Asesmen!D5 rather than the whole row of the
 * matrix). The rule lives here once; the three hosts only write the fill and the note.
 *
 * @example
 *   const [result] = flagPlans(resultPlans(doc, analysis), analysis.problems);
 *   result.cells.find((c) => c.source === "Asesmen!D5")?.note // "Lihat Catatan no. 1 ..."
 */
export function flagPlans(
  plans: SheetPlan[],
  problems: readonly Problem[],
  shownElsewhere: readonly SheetPlan[] = [],
): SheetPlan[] {
  const groups = noteGroups(problems);
  const sources = sourceIndex([...plans, ...shownElsewhere]);
  const marks = new Map<PlannedCell, number[]>();
  const marked = new Set<SheetPlan>();
  const renaksiCells = groups.map((g, i) => {
    const where: string[] = [];
    for (const ref of g.cells) {
      for (const { plan, cell } of showing(sources, ref)) {
        marked.add(plan);
        const list = marks.get(cell) ?? [];
        if (!list.includes(i + 1)) list.push(i + 1);
        marks.set(cell, list);
        const at = sheetA1(plan.sheet, cell.row, cell.col);
        if (!where.includes(at)) where.push(at);
      }
    }
    return where;
  });
  if (marks.size === 0) return plans;
  const result = plans.find((p) => p.sheet === MANAGED_SHEETS.result && p.mode !== "overlay");
  const notesRow = result ? catatanRow(result) : undefined;
  const lines = new Map<number, string>();
  if (notesRow !== undefined)
    groups.forEach((g, i) => lines.set(notesRow + 2 + i, noteLine(g, renaksiCells[i])));
  return plans.map((plan) => {
    const catatan = plan === result && lines.size > 0;
    if (!catatan && !marked.has(plan)) return plan;
    const cells = plan.cells.map((c) => {
      const numbers = marks.get(c);
      if (numbers) return markedCell(c, numbers);
      const line = catatan && c.col === 2 ? lines.get(c.row) : undefined;
      return line === undefined ? c : { ...c, value: line };
    });
    return { ...plan, cells };
  });
}

/** The row of the Catatan title on the result sheet, if the sheet has one. */
function catatanRow(plan: SheetPlan): number | undefined {
  const title = L("sheet.result.notes");
  return plan.cells.find(
    (c) => c.col === 1 && c.value === title && c.style?.fontColor === TITLE.fontColor,
  )?.row;
}

interface Rect {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * "Sheet!C5:F5", "'Lampiran II'!D8" -> a rectangle; null for a reference without a sheet.
 *
 * @example parseRect("Matriks!C5:F5") // { sheet: "Matriks", top: 5, left: 3, bottom: 5, right: 6 }
 */
export function parseRect(ref: string): Rect | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  const sheetPart = ref.slice(0, bang + 1);
  const [from, to = from] = ref.slice(bang + 1).split(":");
  const a = parseA1(sheetPart + from);
  const b = parseA1(sheetPart + to);
  if (!a || !b || a.sheet === undefined) return null;
  return {
    sheet: a.sheet,
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

interface Source {
  plan: SheetPlan;
  cell: PlannedCell;
  rect: Rect;
}

/** Every managed cell that shows a user's cell, with its source parsed once. */
function sourceIndex(plans: readonly SheetPlan[]): Source[] {
  const out: Source[] = [];
  for (const plan of plans) {
    if (plan.mode === "overlay") continue;
    for (const cell of plan.cells) {
      const rect = cell.source ? parseRect(cell.source) : null;
      if (rect) out.push({ plan, cell, rect });
    }
  }
  return out;
}

const area = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The managed cells whose source contains `ref`, the smallest sources only. */
function showing(sources: readonly Source[], ref: string): Source[] {
  const p = parseRect(ref);
  if (!p) return [];
  const inside = sources.filter(
    ({ rect: s }) =>
      s.sheet === p.sheet &&
      s.top <= p.top &&
      s.left <= p.left &&
      s.bottom >= p.bottom &&
      s.right >= p.right,
  );
  const best = Math.min(...inside.map((s) => area(s.rect)));
  return inside.filter((s) => area(s.rect) === best);
}

/** The warning fill and "Lihat Catatan no. N" added to what the cell already notes. */
function markedCell(cell: PlannedCell, numbers: readonly number[]): PlannedCell {
  const see = L("sheet.result.seeNote", { n: numbers.join(", ") });
  return {
    ...cell,
    style: { ...cell.style, fill: WARN_FILL },
    note: cell.note ? `${cell.note}\n${see}` : see,
  };
}
