import { flagPlans, parseRect } from "../../../core/layout/flags";
import { WARN_FILL } from "../../../core/layout/styles";
import { fill, fillWithTimeline, timeline } from "../../../core/api/commands";
import type { SheetPlan } from "../../../core/layout/sheet-plan";
import { SEED_GRIDS } from "../../fixtures/grids";

const flagged = (plans: SheetPlan[]) =>
  plans.flatMap((p) =>
    p.cells
      .filter((c) => c.style?.fill === WARN_FILL)
      .map((c) => `${p.sheet}!${c.row},${c.col} ${c.source} ${c.note?.split("\n").pop()}`),
  );

const catatan = (plans: SheetPlan[]): string[] => {
  const result = plans.find((p) => p.sheet === "Hasil Renaksi") as SheetPlan;
  const title = result.cells.find((c) => c.value === "Catatan")?.row ?? 0;
  return result.cells.filter((c) => c.row > title + 1 && c.col === 2).map((c) => String(c.value));
};

const see = (n: number) =>
  `Lihat Catatan no. ${n} di bawah lembar Hasil Renaksi / See Note no. ${n}`;

describe("parseRect", () => {
  it("returns the rectangle of a reference with its sheet", () => {
    expect(parseRect("Matriks!C5:F5")).toEqual({
      sheet: "Matriks",
      top: 5,
      left: 3,
      bottom: 5,
      right: 6,
    });
    expect(parseRect("'Lampiran II'!D8")).toEqual({
      sheet: "Lampiran II",
      top: 8,
      left: 4,
      bottom: 8,
      right: 4,
    });
  });

  describe("edge cases", () => {
    it("returns null for a reference without a sheet", () => {
      expect(parseRect("D8")).toBeNull();
    });
  });
});

describe("flagPlans", () => {
  it("returns Klungkung's 22 != 21 + 0 marked on the received count and named in the Catatan", () => {
    const plans = fill(SEED_GRIDS.klungkung).plans;
    expect(flagged(plans)).toEqual([
      `Hasil Renaksi!30,5 Prioritas!C4 ${see(2)}`,
      `Hasil Renaksi!33,5 Prioritas!C8 ${see(2)}`,
      `Hasil Renaksi!53,3 Asesmen!D5 ${see(1)}`,
      `Hasil Renaksi!57,9 Sasaran!C5 ${see(3)}`,
      `Hasil Renaksi!60,9 Sasaran!C6 ${see(3)}`,
    ]);
    expect(catatan(plans)[0]).toBe(
      "Asesmen!D5 → 'Hasil Renaksi'!C53: Jumlah pengaduan 22 tidak sama dengan diselesaikan 21 + belum diselesaikan 0 = 21",
    );
    // the note read from the user's cell stays, the pointer to the Catatan follows it
    const received = plans[0].cells.find((c) => c.row === 53 && c.col === 3);
    expect(received?.note).toBe(`Dibaca dari Asesmen!D5\n${see(1)}`);
  });

  it("returns Cilacap's program numbering warnings marked on the Timeline Program rows", () => {
    const plans = fillWithTimeline(SEED_GRIDS.cilacap).plans;
    const rows = flagged(plans).filter((f) => f.startsWith("Timeline Program"));
    expect(rows.map((f) => /^Timeline Program!\d+,\d+/.exec(f)?.[0])).toEqual([
      "Timeline Program!13,1",
      "Timeline Program!14,1",
      "Timeline Program!20,1",
      "Timeline Program!21,1",
      "Timeline Program!23,1",
      "Timeline Program!26,1",
      "Timeline Program!35,1",
    ]);
    // Program!A23 is both a level mismatch (no. 2) and an Arabic code among Roman ones (no. 6)
    expect(rows[3]).toContain("Lihat Catatan no. 2, 6 ");
    expect(catatan(plans)).toContain(
      "Program!B39 → 'Timeline Program'!A35: Penomoran melompat sebelum II.2.3: nomor 2 tidak ada",
    );
  });

  describe("edge cases", () => {
    it("returns no mark on the user's sheets (overlays) and none for a table-wide warning", () => {
      const plans = fillWithTimeline(SEED_GRIDS.cilacap).plans;
      expect(flagged(plans.filter((p) => p.mode === "overlay"))).toEqual([]);
      // 'Lampiran II'!A12:F38 (no categorisation table) lies in no single cell Renaksi shows
      expect(catatan(plans)).toContain(
        "'Lampiran II'!A12:F38: Tidak ada tabel kategorisasi: pernyataan dikelompokkan menurut pemetaan baku juknis22. Tambahkan tabel kategorisasi bila instansi memetakan berbeda",
      );
    });

    it("returns the timeline written alone marked as when written with Hasil Renaksi", () => {
      const alone = timeline(SEED_GRIDS.cilacap).plans;
      const together = fillWithTimeline(SEED_GRIDS.cilacap).plans;
      expect(alone[0]).toEqual(together.find((p) => p.sheet === "Timeline Program"));
      expect(flagged(alone)).toHaveLength(7);
      // fill alone names the timeline's cells in its Catatan as well
      expect(catatan(fill(SEED_GRIDS.cilacap).plans)).toEqual(catatan(together));
    });

    it("returns the plans themselves when no warning names a cell Renaksi shows", () => {
      const plans = fill(SEED_GRIDS.cilacap).plans;
      expect(flagPlans(plans, [])).toBe(plans);
    });
  });
});
