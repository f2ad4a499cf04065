import type { Grid } from "../../../core/grid";
import { emptyDocument, type RenaksiDocument } from "../../../core/model/document";
import { MARKER_PREFIX } from "../../../core/model/managed-sheet";
import { reasonCells } from "../../../core/read/reasons";

/** A priority table at Prioritas!B3:E8 (header row 3, five aspects on rows 4-8), reasons in E. */
const prioritas: Grid = {
  sheet: "Prioritas",
  origin: { row: 3, col: 2 },
  values: [
    ["No", "Aspek", "Prioritas", "Alasan"],
    [1, "Partisipasi", 1, "Awareness rendah"],
    [2, "Kelembagaan", 2, "Belum ada kanal"],
    [3, "SDM", 3, ""],
    [4, "Pengelolaan", 4, ""],
    [5, "Kebijakan", 5, ""],
  ],
};

const doc = (over: Partial<RenaksiDocument> = {}): RenaksiDocument => ({
  ...emptyDocument(),
  tables: [
    {
      kind: "priority",
      sheet: "Prioritas",
      row: 3,
      col: 2,
      rows: 6,
      cols: 4,
      range: "Prioritas!B3:E8",
    },
  ],
  priorities: [
    { aspect: "partisipasi", priority: 1, reason: "Awareness rendah", cell: "Prioritas!D4" },
    { aspect: "kelembagaan", priority: 2, reason: "Belum ada kanal", cell: "Prioritas!D5" },
  ],
  ...over,
});

describe("reasonCells", () => {
  it("returns the Alasan cell on each chosen priority's row", () => {
    expect(reasonCells(doc(), [prioritas])).toEqual({
      partisipasi: "Prioritas!E4",
      kelembagaan: "Prioritas!E5",
    });
  });

  describe("edge cases", () => {
    it("returns nothing for a choice without a cell, outside any priority table, or on a managed sheet", () => {
      const noCell = doc({ priorities: [{ aspect: "sdm", priority: 3, reason: "" }] });
      expect(reasonCells(noCell, [prioritas])).toEqual({});
      const outside = doc({
        priorities: [{ aspect: "sdm", priority: 3, reason: "", cell: "Prioritas!D20" }],
      });
      expect(reasonCells(outside, [prioritas])).toEqual({});
      const managed: Grid = {
        sheet: "Prioritas",
        origin: { row: 1, col: 1 },
        values: [[`${MARKER_PREFIX} Hasil`]],
      };
      expect(reasonCells(doc(), [managed])).toEqual({});
    });

    it("returns nothing when the table has no Alasan header", () => {
      const noReason: Grid = {
        ...prioritas,
        values: prioritas.values.map((r) => r.slice(0, 3)),
      };
      expect(reasonCells(doc(), [noReason])).toEqual({});
    });
  });
});
