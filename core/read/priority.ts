/**
 * Reader for the priority table (Penentuan Prioritas): Aspek | Prioritas | Alasan, with the choice
 * written as a single number (3), the printed scale with the choice marked ("1 2 3 (4) 5",
 * "1 2 ③ 4 5"), a circled digit alone (④), or a mark/circled digit in one of the scale columns 1..n (one per aspect)
 * (Luwu). An optional Nilai / Rata-rata / "Nilai Prioritas" column is the printed aspect average.
 * When the Prioritas column itself holds averages (Sumatera Barat prints 2,2 / 2,5 / 2,6 there),
 * they are read as printed averages and no priority is taken from them. A reason may wrap onto the
 * next rows (no aspect in the row): it is joined.
 *
 * @example parsePriorityText("1 2 3 (4) 5") // { priority: 4 }
 */
import { ASPECTS } from "../model/aspect";
import type { PriorityChoice } from "../model/priority";
import { problem } from "../problem";
import type { SheetView } from "./sheet";
import {
  type BaseHeader,
  type BodyRow,
  type ReadContext,
  findCol,
  findScale,
  lastCol,
} from "./table";
import { aspectOf, cleanText, oneLine } from "../cells/text";
import { circledDigit, parseMark, parseNumber } from "../cells/values";

/** Priorities run 1..N, one number per aspect (model/aspect.ts). */
const N = ASPECTS.length;
/** A number marked in a printed scale: "(3)", "[3]", "*3*". */
const MARKED = new RegExp(`[([{*]\\s*([1-${N}])\\s*[)\\]}*]?`, "g");
/** The whole scale printed with nothing marked: "1 2 3 4 5". */
const WHOLE_SCALE = new RegExp(`^${Array.from({ length: N }, (_, i) => i + 1).join("\\s*")}$`);

export interface PriorityHeader extends BaseHeader {
  kind: "priority";
  aspectCol: number;
  /** The single Prioritas column, or the first of the scale columns 1..n (one per aspect). */
  prioCol: number;
  scaleColumns: boolean;
  reasonCol: number;
  avgCol: number;
}

/** Detect a priority header at row r. */
export function detectPriority(v: SheetView, r: number): PriorityHeader | null {
  const aspectCol = findCol(v, r, /^(aspek|kelompok aspek|area)\b/);
  if (aspectCol < 0 || v.norm(r, aspectCol).length > 30) return null;
  const prioCol = findCol(v, r, /^(prioritas|urutan prioritas|peringkat|ranking)\b/, aspectCol + 1);
  if (prioCol < 0 || v.norm(r, prioCol).length > 30) return null;
  const scaleAt = findScale(v, r + 1, N, aspectCol + 1);
  const scaleColumns = scaleAt >= 0;
  const reasonCol = findCol(v, r, /^(alasan|keterangan|catatan|justifikasi)\b/, aspectCol + 1);
  const avgCol = findCol(v, r, /^(nilai|rata|skor|rerata|hasil)\b/, aspectCol + 1);
  const height = scaleColumns ? 2 : 1;
  let noCol = findCol(v, r, /^(no|nomor)\b\.?/, 0, aspectCol - 1);
  if (noCol < 0) noCol = aspectCol;
  const c1 = Math.max(
    lastCol(v, r, height),
    prioCol + (scaleColumns ? N - 1 : 0),
    reasonCol,
    avgCol,
  );
  return {
    kind: "priority",
    row: r,
    height,
    c0: noCol,
    c1,
    aspectCol,
    prioCol: scaleColumns ? scaleAt : prioCol,
    scaleColumns,
    reasonCol,
    avgCol,
  };
}

/**
 * The priority chosen in one cell. `unchosen` when the whole scale is printed with nothing marked
 * ("1 2 3 4 5"); `bad` when unreadable; `average` for a decimal (a printed average, not a rank).
 */
export type PriorityText =
  | { priority: number }
  | { unchosen: true }
  | { blank: true }
  | { average: number }
  | { bad: string };

export function parsePriorityText(raw: ReturnType<SheetView["raw"]>): PriorityText {
  if (raw === null || raw === "" || raw === false) return { blank: true };
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && raw >= 1 && raw <= N) return { priority: raw };
    if (Number.isFinite(raw) && raw > 0 && raw <= N) return { average: raw };
    return { bad: String(raw) };
  }
  if (typeof raw === "boolean") return { bad: String(raw) };
  const t = cleanText(raw).replace(/\s+/g, " ");
  if (!t) return { blank: true };
  const chars = [...t];
  const circled = chars.map((ch) => circledDigit(ch)).filter((d): d is number => d !== null);
  if (circled.length === 1 && circled[0] >= 1 && circled[0] <= N) return { priority: circled[0] };
  const marked = [...t.matchAll(MARKED)].map((m) => Number(m[1]));
  if (marked.length === 1) return { priority: marked[0] };
  if (WHOLE_SCALE.test(t)) return { unchosen: true };
  const n = parseNumber(t);
  if (n && !n.percent && !n.unit) {
    if (Number.isInteger(n.value) && n.value >= 1 && n.value <= N) return { priority: n.value };
    if (n.value > 0 && n.value <= N) return { average: n.value };
  }
  return { bad: t };
}

function unchosen(label: string, cell: string) {
  return problem(
    "warning",
    "priority.unchosen",
    `Prioritas aspek "${label}" belum dipilih; prioritas usulan dari nilai yang dipakai`,
    `No priority chosen for aspect "${label}"; the suggested priority from the scores is used`,
    cell,
  );
}

/** Read the body rows of a priority table. */
export function readPriority(
  v: SheetView,
  h: PriorityHeader,
  rows: BodyRow[],
  ctx: ReadContext,
): PriorityChoice[] {
  const out: PriorityChoice[] = [];
  const cellOf = new Map<PriorityChoice, string>();
  let last: PriorityChoice | null = null;
  // Does the single Prioritas column hold averages (any decimal) rather than ranks?
  let averagesInPrio = false;
  if (!h.scaleColumns) {
    for (const { r } of rows) {
      const p = parsePriorityText(v.raw(r, h.prioCol));
      if ("average" in p) averagesInPrio = true;
    }
    if (averagesInPrio) {
      ctx.problems.push(
        problem(
          "warning",
          "priority.averages-in-column",
          `Kolom Prioritas berisi nilai rata-rata, bukan urutan 1-${N}: dibaca sebagai rata-rata tercetak; prioritas dihitung dari nilai`,
          `The Prioritas column holds averages, not ranks 1-${N}: read as printed averages; priorities are computed from the scores`,
          v.addr(h.row, h.prioCol),
        ),
      );
    }
  }
  for (const { r } of rows) {
    const label = oneLine(v.text(r, h.aspectCol));
    const aspect = label ? aspectOf(label) : undefined;
    const reason = h.reasonCol >= 0 ? oneLine(v.text(r, h.reasonCol)) : "";
    if (!aspect) {
      if (!label && last && reason) {
        last.reason = `${last.reason} ${reason}`.trim();
      } else if (label) {
        ctx.problems.push(
          problem(
            "warning",
            "priority.unknown-aspect",
            `Aspek "${label}" tidak dikenali; baris dilewati`,
            `Aspect "${label}" is not recognised; the row is skipped`,
            v.addr(r, h.aspectCol),
          ),
        );
      }
      continue;
    }
    if (out.some((p) => p.aspect === aspect)) {
      ctx.problems.push(
        problem(
          "error",
          "priority.duplicate-aspect",
          `Aspek "${label}" muncul dua kali di tabel prioritas`,
          `Aspect "${label}" appears twice in the priority table`,
          v.addr(r, h.aspectCol),
        ),
      );
      continue;
    }
    let priority: number | null = null;
    let printedAverage: number | null = null;
    let cell = v.addr(r, h.prioCol);
    if (h.scaleColumns) {
      const chosen: number[] = [];
      for (let i = 0; i < N; i++) {
        const raw = v.raw(r, h.prioCol + i);
        const p = parsePriorityText(raw);
        const m = parseMark(raw);
        if ("priority" in p && typeof raw === "string" && circledDigit(cleanText(raw)) !== null)
          chosen.push(i + 1);
        else if ("priority" in p && p.priority !== i + 1) chosen.push(i + 1);
        else if ("priority" in p && typeof raw === "string" && /[([{*]/.test(raw))
          chosen.push(i + 1);
        else if (m.kind === "mark") chosen.push(i + 1);
      }
      if (chosen.length === 1) {
        priority = chosen[0];
        cell = v.addr(r, h.prioCol + priority - 1);
      } else if (chosen.length === 0) {
        ctx.problems.push(unchosen(label, v.range(r, h.prioCol, 1, N)));
      } else if (chosen.length > 1) {
        ctx.problems.push(
          problem(
            "error",
            "priority.multiple",
            `Aspek "${label}" memiliki lebih dari satu prioritas (${chosen.join(", ")})`,
            `Aspect "${label}" has more than one priority (${chosen.join(", ")})`,
            v.range(r, h.prioCol, 1, N),
          ),
        );
      }
    } else {
      const p = parsePriorityText(v.raw(r, h.prioCol));
      if ("priority" in p && !averagesInPrio) priority = p.priority;
      else if ("priority" in p || "average" in p) {
        printedAverage = "priority" in p ? p.priority : p.average;
      } else if ("unchosen" in p || "blank" in p) {
        if (!averagesInPrio) ctx.problems.push(unchosen(label, cell));
      } else if ("bad" in p) {
        ctx.problems.push(
          problem(
            "error",
            "priority.unreadable",
            `Prioritas "${p.bad}" tidak terbaca; isi angka 1-${N}`,
            `Priority "${p.bad}" is unreadable; enter a number 1-${N}`,
            cell,
          ),
        );
      }
    }
    if (h.avgCol >= 0 && h.avgCol !== h.prioCol) {
      const raw = v.raw(r, h.avgCol);
      const n = parseNumber(raw);
      if (n && !n.percent) printedAverage = n.value;
      else if (raw !== null && String(raw).trim() !== "") {
        ctx.problems.push(
          problem(
            "warning",
            "priority.unreadable-average",
            `Nilai "${String(raw)}" tidak terbaca sebagai rata-rata`,
            `Value "${String(raw)}" is not a readable average`,
            v.addr(r, h.avgCol),
          ),
        );
      }
    }
    const choice: PriorityChoice = { aspect, priority, reason, cell };
    if (printedAverage !== null) choice.printedAverage = printedAverage;
    cellOf.set(choice, cell);
    out.push(choice);
    last = choice;
  }
  // The same rank given to two aspects.
  const byRank = new Map<number, PriorityChoice>();
  for (const c of out) {
    if (c.priority === null) continue;
    const other = byRank.get(c.priority);
    if (other) {
      ctx.problems.push(
        problem(
          "warning",
          "priority.duplicate-rank",
          `Prioritas ${c.priority} diberikan ke dua aspek (juga di ${cellOf.get(other)})`,
          `Priority ${c.priority} is given to two aspects (also at ${cellOf.get(other)})`,
          cellOf.get(c),
        ),
      );
    } else byRank.set(c.priority, c);
  }
  return out;
}
