import { capaian, indicatorResults } from "../../../core/compute/capaian";
import { inferPolarity } from "../../../core/model/polarity";
import { cilacap } from "../../fixtures/documents";

const byName = (name: string) => {
  const ind = cilacap.indicators.find((i) => i.name.startsWith(name));
  if (!ind) throw new Error(name);
  return ind;
};

describe("capaian", () => {
  it("returns realisasi / target for a higher-is-better indicator", () => {
    const r = capaian(35, 40, "up");
    expect(r.capaian).toBeCloseTo(40 / 35, 12);
    expect(r.met).toBe(true);
    expect(r.gap).toBe(-5);
  });

  it("returns 1 + (1 - realisasi/target) for a lower-is-better one: Cilacap target 7, realisasi 6.5 -> 107%", () => {
    const r = capaian(7, 6.5, "down");
    expect(r.capaian).toBeCloseTo(1 + (1 - 6.5 / 7), 12);
    expect(r.capaian).toBeCloseTo(1.0714, 4);
    expect(r.met).toBe(true);
    expect(r.gap).toBe(-0.5);
  });

  it("returns a shortfall as a positive gap: Cilacap days target 2.3, realisasi 2.5", () => {
    const r = capaian(2.3, 2.5, "down");
    expect(r.capaian).toBeCloseTo(1 + (1 - 2.5 / 2.3), 12);
    expect(r.capaian).toBeLessThan(1);
    expect(r.met).toBe(false);
    expect(r.gap).toBeCloseTo(0.2, 12);
  });

  describe("edge cases", () => {
    it("returns capaian null and met by realisasi <= 0 for a down target of 0 (Cilacap unresolved 2022)", () => {
      expect(capaian(0, 0, "down")).toEqual({ capaian: null, met: true, gap: 0 });
      expect(capaian(0, 2, "down")).toEqual({ capaian: null, met: false, gap: 2 });
    });

    it("returns nulls when the realisation or the target is missing", () => {
      expect(capaian(6, null, "down")).toEqual({ capaian: null, met: null, gap: null });
      expect(capaian(null, 3, "up")).toEqual({ capaian: null, met: null, gap: null });
    });

    it("returns capaian null for an up target of 0, never Infinity", () => {
      expect(capaian(0, 5, "up")).toEqual({ capaian: null, met: true, gap: -5 });
    });
  });
});

describe("inferPolarity", () => {
  it("returns down for Cilacap's unresolved and days indicators, up for the others, always flagged", () => {
    expect(inferPolarity("Jumlah Pengaduan yang Belum Diselesaikan", "pengaduan")).toEqual({
      polarity: "down",
      polarityInferred: true,
      keyword: "belum diselesaikan",
    });
    expect(inferPolarity("Jangka waktu penyelesaian pengaduan", "hari").polarity).toBe("down");
    expect(inferPolarity("Jumlah Pengaduan yang Diterima", "pengaduan")).toEqual({
      polarity: "up",
      polarityInferred: true,
      keyword: null,
    });
    expect(inferPolarity("Persentase Pengaduan yang Diselesaikan", "%").polarity).toBe("up");
  });

  describe("edge cases", () => {
    it("returns down for Luwu's 'tidak dapat di selesaikan' and for a unit in days only", () => {
      expect(
        inferPolarity("Jumlah pengaduan yang tidak dapat di selesaikan (dalam proses)").polarity,
      ).toBe("down");
      expect(inferPolarity("Rata-rata penyelesaian", "Hari").polarity).toBe("down");
      expect(inferPolarity("Pengaduan sehari-hari diterima", "").polarity).toBe("up");
    });
  });
});

describe("indicatorResults", () => {
  it("returns Cilacap's unresolved 7 -> 6, 0, 0, 0 and days 2.5 -> 2.3 with capaian per year", () => {
    const unresolved = {
      ...byName("Jumlah Pengaduan yang Belum"),
      realisations: [
        { year: 2021, value: 7 },
        { year: 2022, value: 0 },
      ],
    };
    const days = { ...byName("Jangka waktu"), realisations: [{ year: 2022, value: 2.3 }] };
    const { results } = indicatorResults([unresolved, days]);
    expect(results[0].baseline).toEqual({ year: 2020, value: 7 });
    expect(results[0].years.map((y) => y.target)).toEqual([6, 0, 0, 0]);
    expect(results[0].years[0]).toMatchObject({ year: 2021, realisasi: 7, met: false, gap: 1 });
    expect(results[0].years[0].capaian).toBeCloseTo(1 + (1 - 7 / 6), 12);
    expect(results[0].years[1]).toEqual({
      year: 2022,
      target: 0,
      realisasi: 0,
      capaian: null,
      met: true,
      gap: 0,
    });
    expect(results[0].years[2]).toEqual({
      year: 2023,
      target: 0,
      realisasi: null,
      capaian: null,
      met: null,
      gap: null,
    });
    expect(results[1].years.map((y) => y.target)).toEqual([2.5, 2.3, 2, 1.5]);
    expect(results[1].years[1].capaian).toBe(1);
    expect(results[1].years[1].met).toBe(true);
  });

  describe("edge cases", () => {
    it("returns warnings for an inferred polarity and for a realisation without a target", () => {
      const ind = {
        ...byName("Jangka waktu"),
        realisations: [{ year: 2020, value: 2.5, cell: "S!C9" }],
      };
      const { results, problems } = indicatorResults([ind]);
      expect(results[0].years[0]).toMatchObject({ year: 2020, target: null, capaian: null });
      expect(problems.map((p) => [p.code, p.cell])).toEqual([
        ["indicator.polarity-inferred", "Sasaran!B9"],
        ["indicator.no-target", "S!C9"],
      ]);
    });
  });
});
