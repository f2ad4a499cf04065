/**
 * The Monev sheet's kept inputs across the change of layout (issue 10: semester blocks stacked for
 * print): a sheet written side by side (every semester in one row) is read by its words and carried
 * into the stacked blocks with nothing lost; the stacked sheet is read back the same way.
 */
import { monev } from "../../../core/api/commands";
import { readKeptMonev, semesterIn } from "../../../core/api/kept-monev";
import { MANAGED_SHEETS } from "../../../core/api/types";
import type { CellValue, Grid } from "../../../core/grid";
import { monevGeometry, type SemesterField } from "../../../core/layout/monev";
import { planToGrid } from "../../../core/layout/plan-grid";
import type { SheetPlan } from "../../../core/layout/sheet-plan";
import type { MonevReport } from "../../../core/model/monev";
import { SEED_GRIDS } from "../../fixtures/grids";
import {
  sideBySideMonev,
  type OldField,
  type OldTyped,
} from "../../fixtures/grids/monev-side-by-side";

/** What the analyst typed in the side-by-side sheet: every field, first, middle and last semester. */
const TYPED: OldTyped = {
  "I.1.1": {
    "2021-S1": { status: "berjalan", output: "Draf Perbup" },
    "2021-S2": {
      status: "selesai",
      output: "Perbup No. 12/2021",
      tindakLanjut: "Sosialisasi ke OPD",
      bukti: "JDIH Kab. Cilacap",
    },
  },
  "II.1.2": { "2021-S2": { status: "tertunda", kendala: "Anggaran belum tersedia" } },
  "II.2.1": { "2022-S2": { status: "done" } }, // the English twin, written back as "selesai"
  "III.1.1": { "2023-S1": { kendala: "Mutasi pegawai", tindakLanjut: "Bimtek ulang" } },
  "V.3.3": { "2024-S2": { status: "belum", bukti: "https://example.go.id/laporan" } },
};
const CANONICAL: Record<string, string> = { done: "selesai" };

/** The workbook after a host rendered the plans: managed sheets replaced by what was planned. */
function render(grids: Grid[], plans: SheetPlan[]): Grid[] {
  const managed = plans.filter((p) => p.mode === "replace").map(planToGrid);
  return [...grids.filter((g) => !managed.some((m) => m.sheet === g.sheet)), ...managed];
}

/** Cilacap with a Monev sheet in the side-by-side layout holding TYPED. */
function cilacapSideBySide(): { grids: Grid[]; report: MonevReport } {
  const report = monev(SEED_GRIDS.cilacap).report!;
  const old = sideBySideMonev(
    report.semesters,
    report.activities.map((a) => ({ code: a.code, title: a.title, planned: a.planned })),
    TYPED,
  );
  return { grids: [...SEED_GRIDS.cilacap, old], report };
}

const value = (g: Grid, row: number, col: number): CellValue =>
  g.values[row - 1]?.[col - 1] ?? null;

/** Every non-empty input cell of section 5 in a stacked sheet: "code semester field" -> value. */
function typedIn(sheet: Grid, report: MonevReport): Map<string, CellValue> {
  const g = monevGeometry(report);
  const out = new Map<string, CellValue>();
  const fields: OldField[] = ["status", "output", "kendala", "tindakLanjut", "bukti"];
  g.blocks.forEach((b, k) => {
    report.activities.forEach((a, i) => {
      for (const f of fields) {
        const v = value(sheet, g.row(k, i), g.col(f as SemesterField));
        if (v !== null && v !== "") out.set(`${a.code} ${b.semester} ${f}`, v);
      }
    });
  });
  return out;
}

describe("readKeptMonev", () => {
  it("returns every entry of a side-by-side sheet in its stacked semester block row", () => {
    const { grids } = cilacapSideBySide();
    const r = monev(grids);
    expect(r.refused).toBe(false);
    const sheet = planToGrid(r.plans[0]);
    const want = new Map<string, CellValue>();
    for (const [code, bySemester] of Object.entries(TYPED))
      for (const [s, fields] of Object.entries(bySemester))
        for (const [f, v] of Object.entries(fields))
          want.set(`${code} ${s} ${f}`, CANONICAL[String(v)] ?? v);
    // nothing lost, nothing invented: exactly the typed cells, each in its semester's block
    expect(typedIn(sheet, r.report!)).toEqual(want);
    // one spot checked by address: II.1.2's kendala in 2021 S2 (block 2), column I
    const g = monevGeometry(r.report!);
    const i = r.report!.activities.findIndex((a) => a.code === "II.1.2");
    expect(value(sheet, g.blocks[1].title, 1)).toBe("5.2 Kegiatan semester 2021 S2");
    expect(g.col("kendala")).toBe(9);
    expect(value(sheet, g.row(1, i), 9)).toBe("Anggaran belum tersedia");
    expect(r.report!.activities[i].status).toEqual({ "2021-S2": "tertunda" });
  });

  it("returns the same sheet when fill runs twice after the change of layout", () => {
    const { grids } = cilacapSideBySide();
    const first = monev(grids);
    const second = monev(render(grids, first.plans));
    expect(second.plans).toEqual(first.plans);
    // the same statuses and counts (the inputs' `cell` says where each was read: old, then new)
    const statuses = (r: typeof first) => r.report!.activities.map((a) => a.status);
    expect(statuses(second)).toEqual(statuses(first));
    expect(second.report!.overall).toEqual(first.report!.overall);
    const third = monev(render(render(grids, first.plans), second.plans));
    expect(third.plans).toEqual(first.plans);
  });

  it("returns the same inputs from the side-by-side sheet and from the stacked one", () => {
    const { grids } = cilacapSideBySide();
    const stacked = render(grids, monev(grids).plans);
    const strip = (k: ReturnType<typeof readKeptMonev>) =>
      [...k.inputs].map(([key, m]) => [
        key,
        [...m].map(([s, input]) => [s, { ...input, cell: undefined }]),
      ]);
    const fromOld = readKeptMonev(grids);
    const fromNew = readKeptMonev(stacked);
    expect(fromOld.inputs.size).toBe(5);
    // the English twin is read as typed; the rebuilt sheet holds its Indonesian word
    const twin = (s: unknown) => JSON.stringify(s).replace('"done"', '"selesai"');
    expect(twin(strip(fromNew))).toEqual(twin(strip(fromOld)));
    // the status cell is where it was typed: F.. in the old sheet, G.. in a stacked block
    const g = monevGeometry(monev(grids).report!);
    expect(fromNew.inputs.get("V.3.3")?.get("2024-S2")?.cell).toBe(
      `'${MANAGED_SHEETS.monev}'!G${g.blocks[7].last}`,
    );
  });

  describe("edge cases", () => {
    it("returns an unknown status word of the side-by-side sheet warned on its new block cell", () => {
      const report = monev(SEED_GRIDS.cilacap).report!;
      const typed: OldTyped = { "II.1.2": { "2022-S1": { status: "hampir jadi" } } };
      const old = sideBySideMonev(
        report.semesters,
        report.activities.map((a) => ({ code: a.code, title: a.title })),
        typed,
      );
      const r = monev([...SEED_GRIDS.cilacap, old]);
      const w = r.problems.filter((p) => p.code === "monev.unknown-status");
      const g = monevGeometry(r.report!);
      const i = r.report!.activities.findIndex((a) => a.code === "II.1.2");
      // kept as typed in the 2022 S1 block (the third), and the warning names that cell
      expect(value(planToGrid(r.plans[0]), g.row(2, i), g.col("status"))).toBe("hampir jadi");
      expect(w.map((p) => p.cell)).toEqual([`'${MANAGED_SHEETS.monev}'!G${g.row(2, i)}`]);
    });

    it("returns no entry from the Kelompok table, whose header also starts with Kode", () => {
      const sheet = sideBySideMonev(["2021-S1"], [], {});
      expect(readKeptMonev([sheet]).inputs.size).toBe(0);
    });

    it("returns a block's entries when its title names the semester in words", () => {
      const sheet: Grid = {
        sheet: MANAGED_SHEETS.monev,
        origin: { row: 1, col: 1 },
        values: [
          ["RENAKSI | Monev Renaksi"],
          ["Semester II 2023"],
          [
            "Kode",
            "Kelompok Program / Program / Kegiatan",
            "Pihak Terlibat",
            "Kelompok Program",
            "Aspek",
            "Rencana",
            "Status monev",
            "Realisasi/Output",
          ],
          ["I.1.1", "Penyusunan Perbup", "", "", "", "■", "selesai", "Perbup 12"],
          [],
          ["I.1.2", "Not under a header", "", "", "", "■", "selesai"],
        ],
      };
      const kept = readKeptMonev([sheet]).inputs;
      expect([...kept.keys()]).toEqual(["I.1.1"]);
      expect(kept.get("I.1.1")?.get("2023-S2")).toMatchObject({
        statusText: "selesai",
        output: "Perbup 12",
        cell: `'${MANAGED_SHEETS.monev}'!G4`,
      });
    });
  });
});

describe("semesterIn", () => {
  it("returns the semester a block title names", () => {
    expect(semesterIn("5.2 Kegiatan semester 2021 S2")).toBe("2021-S2");
    expect(semesterIn("5.1 Activities, semester 2024 S1")).toBe("2024-S1");
    expect(semesterIn("2023-S1")).toBe("2023-S1");
    expect(semesterIn("Semester I 2023")).toBe("2023-S1");
    expect(semesterIn("Semester 2 tahun 2022")).toBe("2022-S2");
  });

  describe("edge cases", () => {
    it("returns null for a title without a semester, a year alone or a number", () => {
      expect(semesterIn("3. % selesai per Kelompok Program")).toBeNull();
      expect(semesterIn("Tahun 2023")).toBeNull();
      expect(semesterIn("2021 S3")).toBeNull();
      expect(semesterIn(2021)).toBeNull();
    });
  });
});
