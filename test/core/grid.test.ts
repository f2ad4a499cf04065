import {
  a1,
  colLetter,
  colNumber,
  parseA1,
  sheetA1,
  sheetRange,
  cellAddress,
} from "../../core/grid";

describe("colLetter", () => {
  it("returns letters for column numbers", () => {
    expect(colLetter(1)).toBe("A");
    expect(colLetter(26)).toBe("Z");
    expect(colLetter(27)).toBe("AA");
    expect(colLetter(703)).toBe("AAA");
  });
  it("round-trips with colNumber", () => {
    for (let c = 1; c < 2000; c += 7) expect(colNumber(colLetter(c))).toBe(c);
  });
});

describe("sheetA1", () => {
  it("quotes sheet names with spaces", () => {
    expect(sheetA1("Matriks Asesmen", 14, 4)).toBe("'Matriks Asesmen'!D14");
    expect(sheetA1("Matriks", 14, 4)).toBe("Matriks!D14");
    expect(sheetRange("Data", 2, 3, 10, 4, true)).toBe("Data!$C$2:$F$11");
    expect(a1(3, 2, true)).toBe("$B$3");
  });
  it("names a grid cell from its origin", () => {
    expect(cellAddress({ sheet: "S", origin: { row: 3, col: 2 }, values: [] }, 1, 2)).toBe("S!D4");
  });
  describe("edge cases", () => {
    it("escapes quotes and parses back", () => {
      const ref = sheetA1("Bupati's", 5, 28);
      expect(ref).toBe("'Bupati''s'!AB5");
      expect(parseA1(ref)).toEqual({ sheet: "Bupati's", row: 5, col: 28 });
      expect(parseA1("D14")).toEqual({ sheet: undefined, row: 14, col: 4 });
      expect(parseA1("not a ref")).toBeNull();
    });
  });
});
