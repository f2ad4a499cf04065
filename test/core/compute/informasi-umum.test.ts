import { informasiUmum } from "../../../core/compute/informasi-umum";
import { cilacap, kapuas, klungkung, luwu } from "../../fixtures/documents";

describe("informasiUmum", () => {
  it("returns Luwu's percentages: 2020 9/9 = 100%, 2021 5/6 = 83.33% and 1/6 = 16.67%", () => {
    const { results, problems } = informasiUmum(luwu.informasiUmum);
    expect(results[0]).toEqual({
      year: 2020,
      received: 9,
      monthlyAverage: 1,
      perMonth: false,
      resolved: 9,
      unresolved: 0,
      resolvedPct: 1,
      unresolvedPct: 0,
    });
    expect(results[1].resolvedPct).toBeCloseTo(5 / 6, 12);
    expect(results[1].unresolvedPct).toBeCloseTo(1 / 6, 12);
    expect(problems).toEqual([]);
  });

  it("returns Klungkung's info.sum warning: 22 received vs 21 + 0, naming the received cell", () => {
    const { results, problems } = informasiUmum(klungkung.informasiUmum);
    expect(results[0].resolvedPct).toBeCloseTo(21 / 22, 12);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "warning", code: "info.sum", cell: "Asesmen!D4" }),
    ]);
    expect(problems[0].message).toContain("22");
  });

  it("returns Cilacap's warnings: 2021 86 vs 79 + 6, 0,14% printed for 1% (112,86 is a monthly average, not a count)", () => {
    const { results, problems } = informasiUmum(cilacap.informasiUmum);
    expect(results[0].resolvedPct).toBeCloseTo(151 / 158, 12);
    expect(results[2].resolvedPct).toBeCloseTo(112.86 / 114, 12);
    expect(results[2].unresolvedPct).toBeCloseTo(0.01, 12);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([
      ["info.sum", "Sasaran!D5"],
      ["info.pct", "'Lampiran II'!D6"],
    ]);
    expect(results[2]).toMatchObject({ received: 114, monthlyAverage: 114, perMonth: true });
  });

  it("returns the monthly average as printed (Luwu 2020: 1), else received / 12 for a year", () => {
    const { results } = informasiUmum([
      ...luwu.informasiUmum,
      { year: 2022, received: 30, resolved: 30, unresolved: 0 },
    ]);
    expect(results.map((r) => r.monthlyAverage)).toEqual([1, 1, 2.5]);
  });

  it("returns info.not-integer for a fractional count in a yearly table (not a monthly one)", () => {
    const { problems } = informasiUmum([
      { year: 2022, received: 10, resolved: 9.5, unresolved: 0.5 },
    ]);
    expect(problems.map((p) => p.code)).toEqual(["info.not-integer", "info.not-integer"]);
  });

  describe("edge cases", () => {
    it("returns null percentages when nothing was received (never a division by zero)", () => {
      const { results } = informasiUmum([{ year: 2022, received: 0, resolved: 0, unresolved: 0 }]);
      expect(results[0].resolvedPct).toBeNull();
      expect(results[0].unresolvedPct).toBeNull();
    });

    it("returns a printed % within 0.5 percentage point without warning (Luwu's 83% for 83.33%)", () => {
      expect(informasiUmum(kapuas.informasiUmum).problems).toEqual([]);
      const { problems } = informasiUmum([
        { year: 2021, received: 6, resolved: 5, unresolved: 1, printedResolvedPct: 0.8 },
      ]);
      expect(problems.map((p) => p.code)).toEqual(["info.pct"]);
    });

    it("returns info.exceeds when more complaints are resolved than received", () => {
      const { problems } = informasiUmum([
        { year: 2022, received: 5, resolved: 7, unresolved: null, cells: { resolved: "I!C5" } },
      ]);
      expect(problems.map((p) => [p.code, p.cell])).toEqual([["info.exceeds", "I!C5"]]);
    });
  });
});
