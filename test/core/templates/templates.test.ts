import {
  defaultMapping,
  guessStatementSet,
  guessStatementSetDetailed,
  JUKNIS22_STATEMENTS,
  KLUNGKUNG20_STATEMENTS,
  mappingFromGroups,
  statementSet,
  textSimilarity,
} from "../../../core/templates";
import { ASPECT_KEYS } from "../../../core/model/aspect";
import { StatementSetSchema } from "../../../core/model/statement";
import { MappingSchema } from "../../../core/model/mapping";

describe("statementSet", () => {
  it("returns the 22 juknis statements, numbered 1..22, without HTML", () => {
    const s = statementSet("juknis22");
    expect(StatementSetSchema.parse(s).statements).toHaveLength(22);
    expect(s.statements.map((x) => x.no)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(s.statements[21].text).toBe(
      "Pengelolaan pengaduan sudah terhubung dengan platform pembelajaran nasional",
    );
    expect(s.statements[8].text).toContain(
      "berupaya memberikan solusi terhadap kekurangan dalam pengelolaan pengaduan meliputi kebutuhan",
    );
    expect(s.statements.some((x) => /<[^>]+>/.test(x.text))).toBe(false);
  });

  it("returns Klungkung's 20 statements with their aspect groups", () => {
    const s = statementSet("klungkung20");
    const groups = s.statements.map((x) => x.group);
    expect(groups.slice(0, 6).every((g) => g === "kelembagaan")).toBe(true);
    expect(groups.slice(6, 11).every((g) => g === "sdm")).toBe(true);
    expect(groups.slice(11, 14).every((g) => g === "data")).toBe(true);
    expect(groups.slice(14, 17).every((g) => g === "partisipasi")).toBe(true);
    expect(groups.slice(17, 20).every((g) => g === "koordinasi")).toBe(true);
    expect(s.statements[16].text).toBe(
      "Terdapat sarana untuk menampung aspirasi pemangku kepentingan",
    );
  });

  describe("edge cases", () => {
    it("returns an empty list for custom and fresh copies each time", () => {
      expect(statementSet("custom").statements).toEqual([]);
      const a = statementSet("juknis22");
      a.statements[0].text = "changed";
      expect(statementSet("juknis22").statements[0].text).not.toBe("changed");
    });
  });
});

describe("defaultMapping", () => {
  it("returns a juknis mapping in which every aspect has a statement (6, 8 Partisipasi; 10, 14 Koordinasi)", () => {
    const m = MappingSchema.parse(defaultMapping("juknis22"));
    expect(m).toHaveLength(22);
    for (const key of ASPECT_KEYS) expect(m.some((e) => e.aspects.includes(key))).toBe(true);
    const of = (no: number) => m.find((e) => e.no === no)?.aspects;
    expect(of(6)).toEqual(["partisipasi"]);
    expect(of(8)).toEqual(["partisipasi"]);
    expect(of(10)).toEqual(["kelembagaan", "koordinasi"]);
    expect(of(14)).toEqual(["koordinasi"]);
    expect(of(9)).toEqual(["kelembagaan", "sdm"]);
  });

  it("returns Klungkung's mapping from its groups", () => {
    const m = defaultMapping("klungkung20");
    expect(m.filter((e) => e.aspects[0] === "partisipasi").map((e) => e.no)).toEqual([15, 16, 17]);
  });

  describe("edge cases", () => {
    it("returns a custom mapping from groups only, and fresh copies", () => {
      expect(
        defaultMapping("custom", [
          { no: 2, text: "b", group: "sdm" },
          { no: 1, text: "a" },
        ]),
      ).toEqual([{ no: 2, aspects: ["sdm"] }]);
      expect(mappingFromGroups([])).toEqual([]);
      const m = defaultMapping("juknis22");
      m[0].aspects.push("sdm");
      expect(defaultMapping("juknis22")[0].aspects).toEqual(["data"]);
    });
  });
});

describe("guessStatementSet", () => {
  it("returns juknis22 for 22 juknis texts and klungkung20 for Klungkung's 20", () => {
    expect(guessStatementSetDetailed(JUKNIS22_STATEMENTS)).toEqual({
      id: "juknis22",
      similarity: 1,
    });
    expect(guessStatementSet(KLUNGKUNG20_STATEMENTS)).toBe("klungkung20");
  });

  it("returns juknis22 for retyped texts (case, punctuation, HTML) and for numbers without text", () => {
    const retyped = JUKNIS22_STATEMENTS.map((s) => ({
      no: s.no,
      text: `<i>${s.text.toUpperCase()}</i>;`,
    }));
    expect(guessStatementSet(retyped)).toBe("juknis22");
    expect(guessStatementSet(JUKNIS22_STATEMENTS.map((s) => ({ no: s.no, text: "" })))).toBe(
      "juknis22",
    );
  });

  describe("edge cases", () => {
    it("returns custom for 22 statements of other wording and for other counts", () => {
      const other = Array.from({ length: 22 }, (_, i) => ({
        no: i + 1,
        text: `Kebun kopi nomor ${i} berbunga`,
      }));
      expect(guessStatementSet(other)).toBe("custom");
      expect(guessStatementSet(JUKNIS22_STATEMENTS.slice(0, 21))).toBe("custom");
      expect(guessStatementSet([])).toBe("custom");
    });
  });
});

describe("textSimilarity", () => {
  it("returns 1 for the same words and less for different ones", () => {
    expect(textSimilarity("Staf operasional telah cakap.", "staf  OPERASIONAL telah cakap")).toBe(
      1,
    );
    expect(textSimilarity("a b c d", "a b x y")).toBe(0.5);
  });

  describe("edge cases", () => {
    it("returns 0 against an empty text", () => {
      expect(textSimilarity("", "kata")).toBe(0);
    });
  });
});
