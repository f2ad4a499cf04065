import { capProblems, problem, PROBLEMS_PER_CODE, type Problem } from "../../core/problem";

const warn = (code: string, i: number): Problem =>
  problem("warning", code, `pesan ${i}`, `message ${i}`, `Program!A${i + 1}`);

describe("capProblems", () => {
  it("returns at most 20 of a code, then one line counting the rest where the first left out was", () => {
    const many = Array.from({ length: 5000 }, (_, i) => warn("monev.x", i));
    const list = [warn("a.b", 0), ...many.slice(0, 30), warn("c.d", 1), ...many.slice(30)];
    const out = capProblems(list);
    expect(PROBLEMS_PER_CODE).toBe(20);
    expect(out).toHaveLength(1 + 20 + 1 + 1);
    expect(out[0].code).toBe("a.b");
    expect(out.slice(1, 21)).toEqual(many.slice(0, 20));
    expect(out[21]).toEqual({
      severity: "warning",
      code: "monev.x",
      message: "... dan 4980 lagi yang serupa (kode monev.x)",
      messageEn: "... and 4980 more like it (code monev.x)",
    });
    expect(out[22].code).toBe("c.d");
  });

  describe("edge cases", () => {
    it("returns the list unchanged when no code passes the cap", () => {
      const list = [warn("a.b", 0), warn("a.b", 1), warn("c.d", 2)];
      expect(capProblems(list, 2)).toEqual(list);
      expect(capProblems([])).toEqual([]);
    });
  });
});
