import {
  circledDigit,
  parseDecimal,
  parseMark,
  parseNumber,
  parsePeriod,
  parseStatementNo,
  parseYear,
} from "../../../core/cells/values";

describe("parseNumber", () => {
  it("returns the number and unit of Indonesian texts from the seeds", () => {
    expect(parseNumber("158 Pengaduan")).toEqual({ value: 158, unit: "pengaduan", percent: false });
    expect(parseNumber("95,57%")?.value).toBeCloseTo(0.9557, 10);
    expect(parseNumber("2,5 hari")).toEqual({ value: 2.5, unit: "hari", percent: false });
    expect(parseNumber("22 kasus")).toEqual({ value: 22, unit: "kasus", percent: false });
    expect(parseNumber("99,16 %")?.value).toBeCloseTo(0.9916, 10);
    expect(parseNumber(0.83)).toEqual({ value: 0.83, unit: "", percent: false });
  });

  it("returns Indonesian thousands for dot groups of three and a decimal otherwise", () => {
    expect(parseNumber("1.234")?.value).toBe(1234);
    expect(parseNumber("12.500.000")?.value).toBe(12500000);
    expect(parseNumber("2.5")?.value).toBe(2.5);
    expect(parseNumber("112.86")?.value).toBe(112.86);
    expect(parseNumber("1.234,5")?.value).toBe(1234.5);
    expect(parseNumber("1,234.5")?.value).toBe(1234.5);
    expect(parseDecimal("3,1")).toBe(3.1);
  });

  describe("edge cases", () => {
    it("returns null for text, blanks, booleans and number lists", () => {
      expect(parseNumber("Pengaduan")).toBeNull();
      expect(parseNumber("")).toBeNull();
      expect(parseNumber(null)).toBeNull();
      expect(parseNumber(true)).toBeNull();
      expect(parseNumber("1 2 3 (4) 5")).toBeNull();
      expect(parseNumber("2022 S1")).toBeNull();
      expect(parseNumber(Number.NaN)).toBeNull();
    });
    it("returns negative numbers with their sign", () => {
      expect(parseNumber("-2,5")?.value).toBe(-2.5);
    });
  });
});

describe("parseMark", () => {
  it("returns a mark for every tick the seeds use", () => {
    for (const m of ["✓", "√", "v", "V", "X", "x", "✔", "☑", " ✓ "])
      expect(parseMark(m)).toEqual({ kind: "mark" });
    expect(parseMark(true)).toEqual({ kind: "mark" });
  });
  it("returns digits, circled digits and blanks", () => {
    expect(parseMark(3)).toEqual({ kind: "digit", digit: 3 });
    expect(parseMark("4")).toEqual({ kind: "digit", digit: 4 });
    expect(parseMark("④")).toEqual({ kind: "digit", digit: 4 });
    expect(parseMark(null)).toEqual({ kind: "blank" });
    expect(parseMark(false)).toEqual({ kind: "blank" });
    expect(parseMark("  ")).toEqual({ kind: "blank" });
  });
  describe("edge cases", () => {
    it("returns unreadable for words", () => {
      expect(parseMark("ok")).toEqual({ kind: "unreadable", text: "ok" });
    });
  });
});

describe("circledDigit", () => {
  it("returns the digit of ① to ⑤ and the other circled sets", () => {
    expect(["①", "②", "③", "④", "⑤"].map(circledDigit)).toEqual([1, 2, 3, 4, 5]);
    expect(circledDigit("❸")).toBe(3);
    expect(circledDigit("➁")).toBe(2);
  });
  describe("edge cases", () => {
    it("returns null for plain digits", () => {
      expect(circledDigit("4")).toBeNull();
    });
  });
});

describe("parsePeriod", () => {
  it("returns year, semester and quarter labels", () => {
    expect(parsePeriod(2022)).toBe("2022");
    expect(parsePeriod("2022 S1")).toBe("2022-S1");
    expect(parsePeriod("S2 2023")).toBe("2023-S2");
    expect(parsePeriod("Smt II", 2022)).toBe("2022-S2");
    expect(parsePeriod("TW III 2023")).toBe("2023-Q3");
    expect(parsePeriod("Q4", 2024)).toBe("2024-Q4");
  });
  describe("edge cases", () => {
    it("returns null without a year or for other text", () => {
      expect(parsePeriod("Smt I")).toBeNull();
      expect(parsePeriod("Pihak Terlibat")).toBeNull();
      expect(parsePeriod("S3", 2022)).toBeNull();
    });
  });
});

describe("parseYear", () => {
  it("returns years written as numbers or text", () => {
    expect(parseYear(2021)).toBe(2021);
    expect(parseYear("Tahun 2024")).toBe(2024);
  });
  describe("edge cases", () => {
    it("returns null for other numbers", () => {
      expect(parseYear(4)).toBeNull();
      expect(parseYear(2021.5)).toBeNull();
    });
  });
});

describe("parseStatementNo", () => {
  it("returns the number of No cells and response headers", () => {
    expect(parseStatementNo(5)).toBe(5);
    expect(parseStatementNo("5.")).toBe(5);
    expect(parseStatementNo("P12")).toBe(12);
    expect(parseStatementNo("No.3")).toBe(3);
    expect(parseStatementNo("1. Sistem pengelolaan", true)).toBe(1);
  });
  describe("edge cases", () => {
    it("returns null for codes and text", () => {
      expect(parseStatementNo("1.1")).toBeNull();
      expect(parseStatementNo("Sumber Daya Manusia")).toBeNull();
      expect(parseStatementNo(0)).toBeNull();
    });
  });
});
