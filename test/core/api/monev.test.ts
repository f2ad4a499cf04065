import { fillWithTimeline, monev, monevReportOnly } from "../../../core/api/commands";
import { cilacapMonev, luwuMonev } from "../../../cli/examples-monev";
import { luwuPerbaikan } from "../../../cli/examples-build";
import { MANAGED_SHEETS, MARKER_PREFIX } from "../../../core/api/types";
import { readKeptMonev } from "../../../core/api/kept-monev";
import { planToGrid, setCell } from "../../../core/layout/plan-grid";
import {
  INDICATOR_PERIOD_COL,
  monevGeometry,
  monevStatusCell,
  PLANNED_MARK,
} from "../../../core/layout/monev";
import type { Grid } from "../../../core/grid";
import type { MonevReport } from "../../../core/model/monev";
import type { PlannedCell, SheetPlan } from "../../../core/layout/sheet-plan";
import { SEED_GRIDS } from "../../fixtures/grids";

const at = (p: SheetPlan, row: number, col: number): PlannedCell | undefined =>
  p.cells.find((c) => c.row === row && c.col === col);

/** The workbook after a host rendered the plans: managed sheets replaced by what was planned. */
function render(grids: Grid[], plans: SheetPlan[]): Grid[] {
  const managed = plans.filter((p) => p.mode === "replace").map(planToGrid);
  return [...grids.filter((g) => !managed.some((m) => m.sheet === g.sheet)), ...managed];
}

/** The user types `value` into field `field` of activity `code` in `semester` of the Monev sheet. */
function type(
  grids: Grid[],
  report: MonevReport,
  code: string,
  semester: string,
  value: string | number,
  field: "status" | "output" | "kendala" = "status",
): Grid[] {
  const g = monevGeometry(report);
  const i = report.activities.findIndex((a) => a.code === code);
  const k = report.semesters.indexOf(semester);
  const sheet = grids.find((x) => x.sheet === MANAGED_SHEETS.monev)!;
  const typed = setCell(sheet, g.row(k, i), g.col(field), value);
  return grids.map((x) => (x === sheet ? typed : x));
}

/** Cilacap with a first monev: 2021 S1 and S2 typed by the analyst. */
function cilacapTyped() {
  const first = monev(SEED_GRIDS.cilacap);
  let grids = render(SEED_GRIDS.cilacap, first.plans);
  const r = first.report!;
  grids = type(grids, r, "I.1.1", "2021-S1", "berjalan");
  grids = type(grids, r, "I.1.1", "2021-S2", "selesai");
  grids = type(grids, r, "I.1.1", "2021-S2", "Perbup No. 12/2021", "output");
  grids = type(grids, r, "II.1.1", "2021-S2", "done");
  grids = type(grids, r, "II.1.2", "2021-S2", "tertunda");
  grids = type(grids, r, "II.1.2", "2021-S2", "Anggaran belum tersedia", "kendala");
  grids = type(grids, r, "II.2.1", "2021-S2", "berjalan");
  grids = type(grids, r, "I.1.2", "2021-S2", "selesai"); // planned 2022: done early
  return { first, grids };
}

describe("monev", () => {
  it("returns the Monev Renaksi sheet of Cilacap: every semester of 2021-2024, 42 activities", () => {
    const r = monev(SEED_GRIDS.cilacap);
    expect(r.refused).toBe(false);
    const plan = r.plans[0];
    expect(plan).toMatchObject({ sheet: "Monev Renaksi", mode: "replace" });
    expect(plan.marker?.text).toBe(`${MARKER_PREFIX} Monev Renaksi ${r.analysis.instansi}`.trim());
    expect(r.report!.semesters).toHaveLength(8);
    expect(r.report!.activities).toHaveLength(42);
    expect(r.report!.semester).toBe("2021-S1"); // nothing typed yet: the first semester
    // 17 activities are marked for 2021 in Cilacap's matrix (both semesters of the year)
    const g = monevGeometry(r.report!);
    const count = at(plan, g.summaryFirst, 3)!;
    expect(count.formula).toBe(
      `=COUNTIF($F$${g.blocks[0].first}:$F$${g.blocks[0].last},"${PLANNED_MARK}")`,
    );
    expect(count.expected).toBe(17);
    expect(at(plan, g.summaryFirst + 2, 3)?.expected).toBe(35); // 2022 S1
    expect(plan.charts.map((c) => c.id)).toEqual(["renaksi-monev-aspek", "renaksi-monev-capaian"]);
  });

  it("returns one block per semester stacked in 11 columns, each starting a printed page", () => {
    const r = monev(SEED_GRIDS.cilacap);
    const plan = r.plans[0];
    const g = monevGeometry(r.report!);
    expect(g.blocks.map((b) => b.semester)).toEqual(r.report!.semesters);
    // title, header row, one row per activity, a blank row, the next title
    g.blocks.forEach((b, k) => {
      expect(at(plan, b.title, 1)?.value).toBe(
        `5.${k + 1} Kegiatan semester ${b.semester.replace("-", " ")}`,
      );
      expect([1, 2, 6, 7, 11].map((c) => at(plan, b.header, c)?.value)).toEqual([
        "Kode",
        "Kelompok Program / Program / Kegiatan",
        "Rencana",
        "Status monev",
        "Bukti",
      ]);
      expect(b.last - b.first + 1).toBe(42);
      if (k > 0) expect(b.title).toBe(g.blocks[k - 1].last + 2);
      // the activity's own columns repeated in every block
      expect(at(plan, b.first, 1)?.value).toBe(r.report!.activities[0].code);
    });
    expect(Math.max(...plan.cells.map((c) => c.col))).toBe(11);
    expect(plan.columnWidths.map((w) => w.col)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // printed: A4 landscape over A..K, a break before every block, its header row repeated
    expect(plan.page).toMatchObject({
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: g.blocks[0].header, last: g.blocks[0].header },
      printArea: { row: 1, col: 1, cols: 11 },
    });
    for (const b of g.blocks) expect(plan.page?.breaksBefore).toContain(b.title);
    // every chart inside the 11 columns
    for (const c of plan.charts)
      expect(c.anchor.col + c.anchor.widthCols - 1).toBeLessThanOrEqual(11);
  });

  it("returns the counts, % per aspect and Kelompok, and lagging ones of the semester asked for", () => {
    const { grids } = cilacapTyped();
    const r = monev(grids, { semester: "2021-2" });
    expect(r.refused).toBe(false);
    const rep = r.report!;
    expect(rep.semester).toBe("2021-S2");
    expect(rep.overall["2021-S2"]).toEqual({
      planned: 17,
      selesai: 2,
      berjalan: 1,
      tertunda: 1,
      belum: 13,
      selesaiPct: 2 / 17,
      outsidePlan: 1,
    });
    expect(rep.overall["2021-S1"]).toMatchObject({ planned: 17, berjalan: 1, belum: 16 });
    const kp1 = rep.byKelompok.find((k) => k.key === "KP I")!;
    expect(kp1.counts["2021-S2"]).toMatchObject({ planned: 2, selesai: 1, selesaiPct: 0.5 });
    expect(rep.lagging).toHaveLength(15);
    const g = monevGeometry(rep);
    const row = g.row(
      1,
      rep.activities.findIndex((a) => a.code === "II.1.2"),
    );
    expect(rep.lagging.find((l) => l.code === "II.1.2")).toEqual({
      code: "II.1.2",
      title: expect.any(String),
      status: "tertunda",
      cell: `'Monev Renaksi'!G${row}`,
    });
    // the live formulas carry the same numbers
    const plan = r.plans[0];
    expect(at(plan, g.summaryFirst + 1, 4)?.expected).toBe(2);
    expect(at(plan, g.summaryFirst + 1, 8)?.expected).toBeCloseTo(2 / 17, 12);
    expect(at(plan, g.summaryFirst + 1, 9)?.expected).toBe(1);
    expect(r.plans[0].charts[0].series[0].values.col).toBe(4); // the 2021 S2 column
  });

  it("keeps everything typed across a re-run, the English twin written as its Indonesian word", () => {
    const { grids } = cilacapTyped();
    const second = monev(grids);
    const rep = second.report!;
    const g = monevGeometry(rep);
    const i = rep.activities.findIndex((a) => a.code === "II.1.1");
    expect(at(second.plans[0], g.row(1, i), g.col("status"))?.value).toBe("selesai");
    const j = rep.activities.findIndex((a) => a.code === "II.1.2");
    expect(at(second.plans[0], g.row(1, j), g.col("kendala"))?.value).toBe(
      "Anggaran belum tersedia",
    );
    const third = monev(render(grids, second.plans));
    expect(third.plans).toEqual(second.plans);
  });

  it("returns warnings naming the cells: done outside the plan, planned and not started", () => {
    const { grids } = cilacapTyped();
    const r = monev(grids);
    const codes = r.problems.filter((p) => p.code.startsWith("monev.")).map((p) => p.code);
    // one warning per semester and kind (was 30): 2021 S1 and S2 were monitored, 16 + 13
    // planned ones had not started, one was done in 2021 S2 outside its plan
    expect(codes).toEqual(["monev.not-started", "monev.outside-plan", "monev.not-started"]);
    const notStarted = r.problems.filter((p) => p.code === "monev.not-started");
    expect(notStarted.map((p) => p.message.replace(/:.*/, ""))).toEqual([
      "16 kegiatan direncanakan pada 2021 S1 tetapi belum dimulai di akhir semester itu",
      "13 kegiatan direncanakan pada 2021 S2 tetapi belum dimulai di akhir semester itu",
    ]);
    // the first five named with their status cells, then the count of the rest; cell spans them
    const rep = r.report!;
    const g = monevGeometry(rep);
    const status = (code: string, s: string) =>
      monevStatusCell(
        g,
        rep.semesters,
        rep.activities.findIndex((a) => a.code === code),
        s,
      )!;
    const named = (s: string, codes: string[]) =>
      codes.map((c) => `${c} (${status(c, s).replace(/^.*!/, "")})`).join(", ");
    const s1 = ["1.1.7", "II.1.1", "II.1.2", "II.2.1", "II.2.5"];
    expect(notStarted[0].message).toBe(
      `16 kegiatan direncanakan pada 2021 S1 tetapi belum dimulai di akhir semester itu: ${named("2021-S1", s1)} +11 lainnya`,
    );
    expect(notStarted[1].messageEn).toBe(
      `13 activities planned in 2021 S2 had not started by the end of that semester: ${named("2021-S2", ["1.1.7", "II.2.5", "IV.1.1", "IV.1.2", "IV.1.3"])} +8 more`,
    );
    const last = status("V.3.3", "2021-S1").replace(/^.*!/, "");
    expect(notStarted[0].cell).toBe(`${status("1.1.7", "2021-S1")}:${last}`);
    const early = r.problems.find((p) => p.code === "monev.outside-plan")!;
    expect(early.message).toContain("I.1.2");
    // its 2021 S2 status cell, in the second semester block
    const i = rep.activities.findIndex((a) => a.code === "I.1.2");
    expect(early.cell).toBe(`'Monev Renaksi'!G${g.row(1, i)}`);
  });

  it("carries over the statuses typed in the old Timeline Program status columns", () => {
    const old: Grid = {
      sheet: MANAGED_SHEETS.timeline,
      origin: { row: 1, col: 1 },
      values: [
        [`${MARKER_PREFIX} Timeline Program`],
        [],
        [],
        [
          "Kode",
          "Kelompok Program / Program / Kegiatan",
          "Pihak Terlibat",
          "Waktu Pelaksanaan",
          null,
          "Status monev",
        ],
        ["", "", "", "2021", "2022", "2021 S1", "2021 S2"],
        ["I.1.1", "Penyusunan", "Bag. Organisasi", "■", "", "berjalan", "selesai"],
      ],
    };
    expect(readKeptMonev([old]).timelineStatuses.get("I.1.1")).toEqual(
      new Map([
        ["2021-S1", "berjalan"],
        ["2021-S2", "selesai"],
      ]),
    );
    const r = monev([...SEED_GRIDS.cilacap, old]);
    const a = r.report!.activities.find((x) => x.code === "I.1.1")!;
    expect(a.status).toEqual({ "2021-S1": "berjalan", "2021-S2": "selesai" });
    expect(r.report!.semester).toBe("2021-S2");
  });

  it("writes the Monev sheet with fill (one analysis for every sheet)", () => {
    const r = fillWithTimeline(SEED_GRIDS.cilacap);
    expect(r.plans.map((p) => p.sheet)).toEqual(
      expect.arrayContaining(["Hasil Renaksi", "Timeline Program", "Monev Renaksi"]),
    );
    expect(r.plans.find((p) => p.sheet === "Monev Renaksi")).toEqual(
      monev(SEED_GRIDS.cilacap).plans[0],
    );
  });

  it("returns semester rows for an indicator whose Periode is set to Semester, typed values kept", () => {
    const DAYS = "Jangka waktu penyelesaian pengaduan";
    const first = monev(SEED_GRIDS.cilacap);
    const g1 = monevGeometry(first.report!);
    const firstRow = g1.indicatorFirst + first.report!.indicators.findIndex((i) => i.name === DAYS);
    expect(at(first.plans[0], firstRow, INDICATOR_PERIOD_COL)?.value).toBe("Tahunan");
    // the analyst chooses Semester in the Periode cell of the indicator's first row
    let grids = render(SEED_GRIDS.cilacap, first.plans);
    const sheetOf = (gs: Grid[]) => gs.find((x) => x.sheet === MANAGED_SHEETS.monev)!;
    grids = grids.map((x) =>
      x.sheet === MANAGED_SHEETS.monev ? setCell(x, firstRow, 11, "Semester") : x,
    );
    const second = monev(grids);
    const rows2 = second.report!.indicators.filter((i) => i.name === DAYS);
    expect(rows2.map((i) => i.semester ?? i.year)).toEqual([
      2021,
      "2021-S1",
      "2021-S2",
      2022,
      "2022-S1",
      "2022-S2",
      2023,
      "2023-S1",
      "2023-S2",
      2024,
      "2024-S1",
      "2024-S2",
    ]);
    // section 4 grew by 8 rows; the activities moved down with it
    const g2 = monevGeometry(second.report!);
    expect(g2.blocks[0].first - g1.blocks[0].first).toBe(8);
    const d0 = g2.indicatorFirst + second.report!.indicators.findIndex((i) => i.name === DAYS);
    expect(at(second.plans[0], d0 + 1, 3)?.value).toBe("2021 S1");
    expect(at(second.plans[0], d0 + 1, 4)).toMatchObject({
      formula: `=IF(D${d0}="","",D${d0})`,
      expected: 2.5,
    });
    // she types 2,6 days for 2021 S1 and 2,4 for 2021 S2 in the yellow cells
    grids = render(SEED_GRIDS.cilacap, second.plans);
    const typedAt = (gs: Grid[], row: number, v: string | number) =>
      gs.map((x) => (x === sheetOf(gs) ? setCell(x, row, 5, v) : x));
    grids = typedAt(grids, d0 + 1, "2,6");
    grids = typedAt(grids, d0 + 2, 2.4);
    const third = monev(grids, { semester: "2021-2" });
    expect(third.refused).toBe(false);
    const s1 = third.report!.indicators.find((i) => i.name === DAYS && i.semester === "2021-S1")!;
    // lower is better, against the year's target 2,5: 1 + (1 - 2,6 / 2,5) = 96% hampir tercapai
    expect(s1.capaian).toBeCloseTo(0.96, 12);
    expect([s1.realisasi, s1.status, s1.realisasiFrom]).toEqual([2.6, "hampir", "input"]);
    expect(at(third.plans[0], d0 + 1, 6)?.expected).toBeCloseTo(0.96, 12);
    expect(at(third.plans[0], d0 + 1, 8)?.expected).toBe("hampir tercapai");
    expect(at(third.plans[0], d0 + 2, 8)?.expected).toBe("tercapai");
    // the capaian chart of 2021 S2 draws the semester's row for this indicator, the year's for others
    const g3 = monevGeometry(third.report!);
    const names = [...new Set(third.report!.indicators.map((i) => i.name))];
    const chartRow = g3.chartDataFirst + names.indexOf(DAYS);
    expect(at(third.plans[0], chartRow, 3)?.formula).toBe(
      `=IF(ISNUMBER(F${d0 + 2}),F${d0 + 2},"")`,
    );
    expect(at(third.plans[0], chartRow, 4)?.value).toBe("2021 S2");
    expect(at(third.plans[0], g3.chartDataFirst, 4)?.value).toBe(2021);
    // a fourth run keeps what was typed, where it was typed, and the Periode
    const fourth = monev(render(SEED_GRIDS.cilacap, third.plans));
    expect(at(fourth.plans[0], d0 + 1, 5)?.value).toBe(2.6);
    expect(at(fourth.plans[0], d0 + 2, 5)?.value).toBe(2.4);
    expect(at(fourth.plans[0], d0, INDICATOR_PERIOD_COL)?.value).toBe("Semester");
    expect(fourth.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("keeps the yearly realisations typed below a semester indicator's rows (the reader reads past them)", () => {
    const first = monev(SEED_GRIDS.cilacap);
    const g1 = monevGeometry(first.report!);
    // the FIRST indicator reported per semester: its semester rows sit above every other indicator
    let grids = render(SEED_GRIDS.cilacap, first.plans);
    const onMonev = (gs: Grid[], row: number, col: number, v: string | number) =>
      gs.map((x) => (x.sheet === MANAGED_SHEETS.monev ? setCell(x, row, col, v) : x));
    grids = onMonev(grids, g1.indicatorFirst, INDICATOR_PERIOD_COL, "semester");
    const second = monev(grids);
    const inds = second.report!.indicators;
    const resolved = inds.findIndex((i) => i.name === "Jumlah Pengaduan yang Diselesaikan");
    expect(inds.slice(0, resolved).filter((i) => i.semester)).toHaveLength(8);
    const g2 = monevGeometry(second.report!);
    grids = onMonev(render(SEED_GRIDS.cilacap, second.plans), g2.indicatorFirst + resolved, 5, 85);
    grids = onMonev(grids, g2.indicatorFirst + 1, 5, 40); // Diterima, 2021 S1
    const third = monev(grids);
    const kept = third.report!.indicators;
    expect(kept[resolved]).toMatchObject({ year: 2021, realisasi: 85, status: "tercapai" });
    expect(kept[1]).toMatchObject({ semester: "2021-S1", realisasi: 40, status: "belum" });
    // 40 received by mid-2021 against the year's 86: 46,5% (belum tercapai)
    expect(kept[1].capaian).toBeCloseTo(40 / 86, 12);
    expect(at(third.plans[0], g2.indicatorFirst, INDICATOR_PERIOD_COL)?.value).toBe("Semester");
  });

  describe("edge cases", () => {
    it("refuses a realisation that is not a number, naming its cell, and writes nothing", () => {
      const first = monev(SEED_GRIDS.cilacap);
      const g = monevGeometry(first.report!);
      const sheet = planToGrid(first.plans[0]);
      const grids = [...SEED_GRIDS.cilacap, setCell(sheet, g.indicatorFirst, 5, "sekitar 80")];
      const r = monev(grids);
      expect(r.refused).toBe(true);
      expect(r.plans).toEqual([]);
      expect(r.problems[0]).toMatchObject({
        severity: "error",
        code: "monev.realisation-nan",
        cell: `'Monev Renaksi'!E${g.indicatorFirst}`,
      });
      expect(fillWithTimeline(grids).refused).toBe(true);
    });

    it("refuses a semester realisation that is not a number, naming its cell, and writes nothing", () => {
      const first = monev(SEED_GRIDS.cilacap);
      const g1 = monevGeometry(first.report!);
      const onMonev = (gs: Grid[], row: number, col: number, v: string) =>
        gs.map((x) => (x.sheet === MANAGED_SHEETS.monev ? setCell(x, row, col, v) : x));
      const second = monev(
        onMonev(render(SEED_GRIDS.cilacap, first.plans), g1.indicatorFirst, 11, "Semester"),
      );
      const row = monevGeometry(second.report!).indicatorFirst + 2; // Diterima, 2021 S2
      expect(at(second.plans[0], row, 3)?.value).toBe("2021 S2");
      const grids = onMonev(render(SEED_GRIDS.cilacap, second.plans), row, 5, "empat puluh");
      const r = monev(grids);
      expect(r).toMatchObject({ refused: true, plans: [] });
      expect(r.problems[0]).toMatchObject({
        severity: "error",
        code: "monev.realisation-nan",
        cell: `'Monev Renaksi'!E${row}`,
        message: 'Realisasi "empat puluh" indikator "Jumlah Pengaduan yang Diterima" bukan angka',
        messageEn:
          'Realisation "empat puluh" of indicator "Jumlah Pengaduan yang Diterima" is not a number',
      });
      expect(fillWithTimeline(grids).refused).toBe(true);
    });

    it("takes a typed realisation and computes its capaian and status live", () => {
      const first = monev(SEED_GRIDS.cilacap);
      const g = monevGeometry(first.report!);
      const sheet = planToGrid(first.plans[0]);
      // Jumlah Pengaduan yang Diterima, 2021: target 86, realisation 70 -> 81% hampir tercapai
      const r = monev([...SEED_GRIDS.cilacap, setCell(sheet, g.indicatorFirst, 5, 70)]);
      const ind = r.report!.indicators[0];
      expect([ind.year, ind.target, ind.realisasi, ind.status]).toEqual([2021, 86, 70, "hampir"]);
      expect(ind.capaian).toBeCloseTo(70 / 86, 12);
      const row = g.indicatorFirst;
      expect(at(r.plans[0], row, 6)?.formula).toBe(
        `=IF(AND(ISNUMBER(E${row}),ISNUMBER(D${row})),IF(D${row}<>0,E${row}/D${row},""),"")`,
      );
      expect(at(r.plans[0], row, 8)?.expected).toBe("hampir tercapai");
      expect(at(r.plans[0], row, 5)?.value).toBe(70);
    });

    it("refuses a semester outside the plan, listing the plan's semesters", () => {
      const r = monev(SEED_GRIDS.cilacap, { semester: "2026-1" });
      expect(r.refused).toBe(true);
      expect(r.problems[0].code).toBe("monev.semester-outside");
      expect(r.problems[0].message).toContain("2021 S1, 2021 S2, 2022 S1");
      expect(r.problems[0].messageEn).toContain("2024 S2");
    });

    it("refuses a workbook without a program matrix, saying so", () => {
      const grids = SEED_GRIDS.klungkung.filter((g) => g.sheet !== "Program");
      const r = monev(grids);
      expect(r).toMatchObject({ refused: true, plans: [], report: null });
      expect(r.problems[0]).toMatchObject({ severity: "error", code: "monev.empty" });
    });
  });
});

describe("monevReportOnly (renaksi monev: the report without the sheet)", () => {
  it.each([
    ["cilacap, monev typed", () => cilacapMonev(SEED_GRIDS.cilacap), ""],
    ["luwu corrected, monev typed", () => luwuMonev(luwuPerbaikan(SEED_GRIDS.luwu).grids), ""],
    ["cilacap, semester 2021 S1", () => cilacapMonev(SEED_GRIDS.cilacap), "2021-1"],
    ["cilacap, a semester outside the plan", () => cilacapMonev(SEED_GRIDS.cilacap), "2030-1"],
    ["klungkung (no program matrix)", () => SEED_GRIDS.klungkung, ""],
  ])("returns the same report, problems and refusal as monev: %s", (_, grids, semester) => {
    const opts = semester ? { semester } : {};
    const full = monev(grids(), opts);
    const only = monevReportOnly(grids(), opts);
    expect(only.plans).toEqual([]);
    expect(only.refused).toBe(full.refused);
    expect(only.problems).toEqual(full.problems);
    expect(only.report).toEqual(full.report);
    expect(only.analysis.problems).toEqual(full.analysis.problems);
  });

  it("returns the refusal with its message for a semester outside the plan", () => {
    const r = monevReportOnly(cilacapMonev(SEED_GRIDS.cilacap), { semester: "2030-1" });
    expect(r.refused).toBe(true);
    expect(r.problems[0]).toEqual(
      expect.objectContaining({ severity: "error", code: "monev.semester-outside" }),
    );
  });
});
