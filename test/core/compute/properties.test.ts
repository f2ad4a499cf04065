import fc from "fast-check";
import { analyzeDocument } from "../../../core/compute/analyze";
import { suggestPriorities } from "../../../core/compute/priority";
import { scoreStatement } from "../../../core/compute/scores";
import { ASPECT_KEYS } from "../../../core/model/aspect";
import type { RenaksiDocument } from "../../../core/model/document";
import { emptyDocument } from "../../../core/model/document";
import { defaultMapping, statementSet } from "../../../core/templates";

const answer = fc.oneof(fc.constantFrom(1, 2, 3, 4), fc.constant(null));
const answersArb = fc.array(answer, { minLength: 0, maxLength: 60 });

/** A juknis document with random respondents' answers (blanks included). */
const docArb = fc
  .array(answersArb, { minLength: 22, maxLength: 22 })
  .map((rows): RenaksiDocument => ({
    ...emptyDocument(),
    profile: { instansi: "Prop" },
    statements: statementSet("juknis22").statements,
    answers: rows.map((answers, i) => ({ no: i + 1, answers })),
    mapping: defaultMapping("juknis22"),
  }));

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("analyzeDocument (properties)", () => {
  it("returns aspect averages within [1, 4] or null, never NaN", () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const a = analyzeDocument(doc);
        for (const x of a.aspects) {
          if (x.average === null) continue;
          expect(Number.isNaN(x.average)).toBe(false);
          expect(x.average).toBeGreaterThanOrEqual(1);
          expect(x.average).toBeLessThanOrEqual(4);
        }
        for (const s of a.statements) {
          if (s.score !== null) {
            expect(s.score).toBeGreaterThanOrEqual(1);
            expect(s.score).toBeLessThanOrEqual(4);
          }
          expect(Number.isNaN(s.gap)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("returns the same analysis whatever the order of the statements and of each statement's answers", () => {
    fc.assert(
      fc.property(docArb, fc.integer(), (doc, seed) => {
        const shuffled: RenaksiDocument = {
          ...doc,
          statements: shuffle(doc.statements, seed),
          answers: shuffle(doc.answers, seed + 1).map((a, i) => ({
            ...a,
            answers: shuffle(a.answers, seed + i),
          })),
          mapping: shuffle(doc.mapping ?? [], seed + 2),
        };
        expect(analyzeDocument(shuffled)).toEqual(analyzeDocument(doc));
      }),
      { numRuns: 100 },
    );
  });

  it("returns final priorities that are a permutation of 1..k when nobody overrides", () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const a = analyzeDocument(doc);
        const nums = a.aspects.map((x) => x.priority).filter((p): p is number => p !== null);
        const k = a.aspects.filter((x) => x.average !== null).length;
        expect([...nums].sort((x, y) => x - y)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
      }),
      { numRuns: 150 },
    );
  });
});

describe("suggestPriorities (properties)", () => {
  it("returns a permutation of 1..k with the lowest average first", () => {
    const avg = fc.oneof(fc.double({ min: 1, max: 4, noNaN: true }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(avg, { minLength: 5, maxLength: 5 }), (avgs) => {
        const values = ASPECT_KEYS.map((key, i) => ({ key, average: avgs[i] }));
        const r = suggestPriorities(values);
        const given = values.filter((v) => v.average !== null);
        const nums = given.map((v) => r[v.key] as number).sort((a, b) => a - b);
        expect(nums).toEqual(Array.from({ length: given.length }, (_, i) => i + 1));
        for (const v of values) if (v.average === null) expect(r[v.key]).toBeNull();
        for (const a of given)
          for (const b of given)
            if ((a.average as number) < (b.average as number) - 1e-9)
              expect(r[a.key] as number).toBeLessThan(r[b.key] as number);
      }),
      { numRuns: 300 },
    );
  });
});

describe("scoreStatement (properties)", () => {
  it("returns the same score for any permutation of the answers and counts every valid one", () => {
    fc.assert(
      fc.property(answersArb, fc.integer(), (answers, seed) => {
        const a = scoreStatement({ no: 1, answers }).score;
        const b = scoreStatement({ no: 1, answers: shuffle(answers, seed) }).score;
        expect(b).toEqual(a);
        expect(a.respondents).toBe(answers.filter((x) => x !== null).length);
        expect(a.distribution.reduce((s, x) => s + x, 0)).toBe(a.respondents);
      }),
    );
  });

  describe("edge cases", () => {
    it("returns an error for every out-of-range answer and never clips it", () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.integer({ min: -5, max: 10 }), fc.double({ noNaN: false })), {
            maxLength: 20,
          }),
          (answers) => {
            const { score, problems } = scoreStatement({ no: 1, answers });
            const invalid = answers.filter((v) => !(Number.isInteger(v) && v >= 1 && v <= 4));
            expect(problems.filter((p) => p.code === "score.range")).toHaveLength(invalid.length);
            expect(score.respondents).toBe(answers.length - invalid.length);
          },
        ),
      );
    });
  });
});
