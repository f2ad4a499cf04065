/**
 * The template filled by a tool that does not recalculate (a script, a form export), read back:
 * its example Program / Kegiatan rows either read as real activities (marked) or, untouched, are
 * left out with one warning; nothing else warns.
 */
import { analyze, fill } from "../../../core/api/commands";
import type { Grid } from "../../../core/grid";
import { planToGrid, setCell, templateLayout } from "../../../core/layout/template";
import { EXAMPLE_PROGRAMS } from "../../../core/templates/example-programs";

const { plan, tables } = templateLayout({
  statementSet: "juknis22",
  startYear: 2025,
  endYear: 2027,
  instansi: "Kabupaten Contoh",
});

/** Marks of every statement and, as the team decided, the suggested priorities with a reason. */
function scored(): Grid {
  let g = planToGrid(plan);
  for (let i = 0; i < tables.assessment.rows; i++)
    g = setCell(g, tables.assessment.firstRow + i, 3 + (i % 4), "✓");
  const suggested = analyze([g]).analysis.aspects.map((a) => a.suggestedPriority);
  suggested.forEach((p, i) => {
    g = setCell(g, tables.priority.firstRow + i, 3, p);
    g = setCell(g, tables.priority.firstRow + i, 4, "Rata-rata terendah");
  });
  return g;
}

/** Rows of the program table: [row, code, title]. */
function programRows(g: Grid): [number, string, string][] {
  const p = tables.programs;
  return Array.from({ length: p.rows }, (_, i) => {
    const row = p.firstRow + i;
    const v = g.values[row - 1];
    return [row, String(v[0]), String(v[1])];
  });
}

describe("templateLayout (Tabel 6 with example rows)", () => {
  it("returns under each KP its example Program and two Kegiatan, coded as the plans code them", () => {
    const codes = programRows(planToGrid(plan)).map(([, code]) => code);
    expect(codes).toEqual(
      ["I", "II", "III", "IV", "V"].flatMap((r) => [`KP ${r}`, `${r}.1`, `${r}.1.1`, `${r}.1.2`]),
    );
    const kp2 = programRows(planToGrid(plan)).filter(([, code]) => code.startsWith("II."));
    expect(kp2.map(([, , title]) => title)).toEqual([
      EXAMPLE_PROGRAMS.sdm?.program,
      ...(EXAMPLE_PROGRAMS.sdm?.activities ?? []),
    ]);
    // grey italic placeholders over year-mark input cells with the mark list
    const [row] = kp2[1];
    const title = plan.cells.find((c) => c.row === row && c.col === 2);
    expect(title?.style).toMatchObject({ italic: true, fontColor: "#808080" });
    expect(plan.validations.find((v) => v.range.row === row)?.range).toEqual({
      row,
      col: 3,
      rows: 1,
      cols: 3,
    });
  });
});

describe("readWorkbook (the template filled by a script, without recalculation)", () => {
  it("returns the untouched example rows left out, with one warning and no other", () => {
    const r = analyze([scored()]);
    expect(r.analysis.problems.map((p) => `${p.code} ${p.cell}`)).toEqual([
      `program.example Renaksi!B${tables.programs.firstRow + 1}`,
    ]);
    expect(r.analysis.problems[0].message).toMatch(/^15 baris contoh templat/);
    expect(r.doc.programs.map((n) => n.code)).toEqual(["KP I", "KP II", "KP III", "KP IV", "KP V"]);
  });

  it("returns the example rows the script marked as real activities, with zero warnings", () => {
    let g = scored();
    for (const [row, code] of programRows(g)) {
      if (!/^[IV]+\.1\.\d$/.test(code)) continue;
      g = setCell(g, row, 3, "✓");
      g = setCell(g, row, 4, "✓");
      g = setCell(g, row, 6, "Bagian Organisasi");
    }
    const r = fill([g]);
    expect(r.refused).toBe(false);
    expect(r.problems).toEqual([]);
    const activities = r.analysis.programs.filter((n) => n.level === "kegiatan");
    expect(activities.map((n) => [n.code, n.periods, n.units])).toEqual(
      ["I", "II", "III", "IV", "V"].flatMap((k) =>
        [1, 2].map((i) => [`${k}.1.${i}`, ["2025", "2026"], ["Bagian Organisasi"]]),
      ),
    );
    expect(r.analysis.programs.filter((n) => n.level === "program")).toHaveLength(5);
  });

  it("returns the script's own programs written over the examples, with zero warnings", () => {
    let g = scored();
    for (const [row, code] of programRows(g)) {
      if (code.startsWith("KP")) continue;
      g = setCell(g, row, 2, `Kegiatan instansi ${code}`);
      if (code.split(".").length === 3) g = setCell(g, row, 5, "v");
    }
    const r = analyze([g]);
    expect(r.analysis.problems).toEqual([]);
    expect(r.doc.programs.filter((n) => n.level !== "kelompok").map((n) => n.title)).toEqual(
      programRows(g)
        .filter(([, code]) => !code.startsWith("KP"))
        .map(([, code]) => `Kegiatan instansi ${code}`),
    );
  });
});
