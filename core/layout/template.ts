import type { CellValue } from "../grid";
import { ASPECTS } from "../model/aspect";
import type { Statement, StatementSetId } from "../model/statement";
import { defaultMapping, statementSet } from "../templates";
import { sheetLabel as L } from "../i18n/labels-sheet";
import { emptyPlan, type CellStyle, type PlannedCell, type SheetPlan } from "./sheet-plan";
import { BODY, HEADER, INPUT, TITLE } from "./styles";

export { planToGrid, setCell } from "./plan-grid";

/** What a new template sheet holds: which statement list, which years, whose. */
export interface TemplateOptions {
  statementSet: StatementSetId;
  startYear: number;
  endYear: number;
  instansi: string;
  /** Name of the sheet to create; default "Renaksi". */
  sheet?: string;
}

/**
 * A new sheet (default "Renaksi", mode "new") with every standard matrix of DOMAIN.md stacked under
 * title rows, blank and ready to fill, in Indonesian: Informasi umum, Matriks Asesmen,
 * Kategorisasi (prefilled from the default mapping), Penentuan Prioritas, Indikator Sasaran,
 * Program & Kegiatan, Indikator Keberhasilan. core/read finds every table in it.
 *
 * @example
 *   templatePlans({ statementSet: "juknis22", startYear: 2022, endYear: 2024, instansi: "Kab. X" })
 *   // [{ sheet: "Renaksi", mode: "new", cells: [...], validations: [...] }]
 */
export interface TemplateLayout {
  plan: SheetPlan;
  /** First row of each table's header, for tests and hosts that want to select a table. */
  tables: Record<
    | "informasiUmum"
    | "assessment"
    | "categorisation"
    | "priority"
    | "indicators"
    | "programs"
    | "successIndicators",
    { titleRow: number; headerRow: number; firstRow: number; rows: number }
  >;
}

export const TEMPLATE_MARKS = ["✓", "√", "v", "V", "X", "x"];
const CUSTOM_ROWS = 10;

/** The template's plans (one sheet). */
export function templatePlans(opts: TemplateOptions): SheetPlan[] {
  return [templateLayout(opts).plan];
}

export function templateLayout(opts: TemplateOptions): TemplateLayout {
  const start = Math.min(opts.startYear, opts.endYear);
  const end = Math.max(opts.startYear, opts.endYear);
  const years: number[] = [];
  for (let y = start; y <= end; y++) years.push(y);
  const plan = emptyPlan(opts.sheet ?? "Renaksi", "new");
  const put = (row: number, col: number, value: CellValue, style?: CellStyle) => {
    const cell: PlannedCell = { row, col, value };
    if (style) cell.style = style;
    plan.cells.push(cell);
  };
  const header = (row: number, labels: CellValue[], col = 1) =>
    labels.forEach((v, i) => put(row, col + i, v, HEADER));

  put(1, 1, L("tpl.title"), { bold: true, fontColor: "#1F4E79" });
  put(2, 1, L("tpl.instansi"), { bold: true });
  put(2, 2, opts.instansi, INPUT);
  put(3, 1, L("tpl.period"), { bold: true });
  put(3, 2, `${start}-${end}`, BODY);
  put(4, 2, L("tpl.howto"), { italic: true, fontColor: "#595959" });

  const set = statementSet(opts.statementSet);
  const statements: Statement[] =
    set.statements.length > 0
      ? set.statements
      : Array.from({ length: CUSTOM_ROWS }, (_, i) => ({ no: i + 1, text: "" }));
  const mapping = defaultMapping(opts.statementSet, statements);

  // Tabel 1. Informasi umum: No | Uraian | per year (Jumlah, %)
  let row = 6;
  const tInfo = row;
  put(row, 1, L("tpl.informasi"), TITLE);
  row++;
  const infoHeader = row;
  header(row, [L("col.no"), L("tpl.col.uraian")]);
  header(row + 1, ["", ""]);
  plan.merges.push({ row, col: 1, rows: 2, cols: 1 }, { row, col: 2, rows: 2, cols: 1 });
  years.forEach((y, i) => {
    const col = 3 + i * 2;
    header(row, [y, ""], col);
    header(row + 1, [L("tpl.col.jumlah"), L("tpl.col.pct")], col);
    plan.merges.push({ row, col, rows: 1, cols: 2 });
  });
  row += 2;
  const infoFirst = row;
  const infoRows = [
    "tpl.info.received",
    "tpl.info.monthly",
    "tpl.info.resolved",
    "tpl.info.unresolved",
  ] as const;
  infoRows.forEach((key, i) => {
    put(row, 1, i + 1, { ...BODY, horizontal: "center" });
    put(row, 2, L(key), BODY);
    years.forEach((_, k) => {
      put(row, 3 + k * 2, "", INPUT);
      put(row, 4 + k * 2, "", BODY);
    });
    row++;
  });

  // Tabel 2. Matriks Asesmen: No | Pernyataan | Nilai 1 2 3 4
  row += 2;
  const tAss = row;
  put(row, 1, L("tpl.assessment"), TITLE);
  row++;
  const assHeader = row;
  header(row, [L("col.no"), L("col.statement"), L("tpl.col.value"), "", "", ""]);
  header(row + 1, ["", "", 1, 2, 3, 4]);
  plan.merges.push(
    { row, col: 1, rows: 2, cols: 1 },
    { row, col: 2, rows: 2, cols: 1 },
    { row, col: 3, rows: 1, cols: 4 },
  );
  row += 2;
  const assFirst = row;
  let group: string | undefined;
  const assessmentRow = new Map<number, number>();
  for (const st of statements) {
    if (st.group && st.group !== group) {
      group = st.group;
      const info = ASPECTS.find((a) => a.key === st.group);
      put(row, 1, `${info?.roman ?? ""}. ${info?.name ?? st.group}`, {
        bold: true,
        fill: "#F2F2F2",
      });
      row++;
    }
    assessmentRow.set(st.no, row);
    put(row, 1, st.no, { ...BODY, horizontal: "center" });
    put(row, 2, st.text, { ...BODY, wrap: true });
    for (let k = 0; k < 4; k++) put(row, 3 + k, "", { ...INPUT, horizontal: "center" });
    plan.validations.push({
      range: { row, col: 3, rows: 1, cols: 4 },
      list: TEMPLATE_MARKS,
      allowBlank: true,
      message: L("validation.mark"),
    });
    row++;
  }
  const assRows = row - assFirst;
  mergeValidations(plan);

  // Tabel 3. Kategorisasi: No | Pernyataan | Nilai (live, from Tabel 2) | five aspects (✓ prefilled
  // from the default mapping). The Nilai column mirrors the marks of Tabel 2, so the analyst ticks
  // only the aspects, and the table reads like the juknis categorisation table (scores + aspects).
  row += 2;
  const tCat = row;
  put(row, 1, L("tpl.categorisation"), TITLE);
  row++;
  const catHeader = row;
  header(row, [L("col.no"), L("col.statement"), L("tpl.col.value"), ...ASPECTS.map((a) => a.name)]);
  row++;
  const catFirst = row;
  for (const st of statements) {
    const aspects = mapping.find((m) => m.no === st.no)?.aspects ?? [];
    put(row, 1, st.no, { ...BODY, horizontal: "center" });
    put(row, 2, st.text, { ...BODY, wrap: true });
    const marksRow = assessmentRow.get(st.no);
    if (marksRow !== undefined) {
      const r = `C${marksRow}:F${marksRow}`;
      plan.cells.push({
        row,
        col: 3,
        formula: `=IF(COUNTA(${r})=1,SUMPRODUCT((${r}<>"")*{1,2,3,4}),"")`,
        expected: "",
        style: { ...BODY, horizontal: "center" },
      });
    } else put(row, 3, "", BODY);
    ASPECTS.forEach((a, i) =>
      put(row, 4 + i, aspects.includes(a.key) ? "✓" : "", { ...INPUT, horizontal: "center" }),
    );
    row++;
  }
  plan.validations.push({
    range: { row: catFirst, col: 4, rows: statements.length, cols: 5 },
    list: ["✓"],
    allowBlank: true,
    message: L("validation.mark"),
  });

  // Tabel 4. Penentuan Prioritas: No | Aspek | Prioritas | Alasan
  row += 2;
  const tPri = row;
  put(row, 1, L("tpl.priority"), TITLE);
  row++;
  const priHeader = row;
  header(row, [L("col.no"), L("col.aspect"), L("col.priority"), L("col.reason")]);
  row++;
  const priFirst = row;
  for (const a of ASPECTS) {
    put(row, 1, a.order, { ...BODY, horizontal: "center" });
    put(row, 2, a.name, BODY);
    put(row, 3, "", { ...INPUT, horizontal: "center" });
    put(row, 4, "", { ...INPUT, wrap: true });
    row++;
  }
  plan.validations.push({
    range: { row: priFirst, col: 3, rows: 5, cols: 1 },
    list: ["1", "2", "3", "4", "5"],
    allowBlank: true,
    message: L("validation.priority", { n: ASPECTS.length }),
  });

  // Tabel 5. Indikator Sasaran: No | Indikator | Satuan | Polaritas | Baseline | Target.. | Realisasi..
  row += 2;
  const tInd = row;
  put(row, 1, L("tpl.indicators"), TITLE);
  row++;
  const indHeader = row;
  header(row, [
    L("col.no"),
    L("col.indicator"),
    L("col.unit"),
    L("col.polarity"),
    `${L("tpl.col.baseline")} ${start - 1}`,
    ...years.map((y) => `${L("col.target")} ${y}`),
    ...years.map((y) => `${L("col.realisasi")} ${y}`),
  ]);
  row++;
  const indFirst = row;
  const standard: [string, string, string][] = [
    [L("tpl.ind.received"), L("tpl.unit.complaints"), L("polarity.up")],
    [L("tpl.ind.resolvedPct"), "%", L("polarity.up")],
    [L("tpl.ind.days"), L("tpl.unit.days"), L("polarity.down")],
  ];
  standard.forEach(([name, unit, pol], i) => {
    put(row, 1, i + 1, { ...BODY, horizontal: "center" });
    put(row, 2, name, { ...BODY, wrap: true });
    put(row, 3, unit, BODY);
    put(row, 4, pol, { ...INPUT, horizontal: "center" });
    for (let k = 0; k < 1 + years.length * 2; k++) put(row, 5 + k, "", INPUT);
    row++;
  });
  plan.validations.push({
    range: { row: indFirst, col: 4, rows: standard.length, cols: 1 },
    list: [L("polarity.up"), L("polarity.down")],
    allowBlank: false,
    message: L("validation.polarity"),
  });

  // Tabel 6. Program & Kegiatan: No | Kelompok Program / Program / Kegiatan | Waktu years | Pihak
  row += 2;
  const tProg = row;
  put(row, 1, L("tpl.programs"), TITLE);
  row++;
  const progHeader = row;
  const unitsCol = 3 + years.length;
  header(row, [L("col.no"), L("col.program")]);
  header(row + 1, ["", ""]);
  years.forEach((y, i) => {
    put(row, 3 + i, i === 0 ? L("tpl.col.time") : "", HEADER);
    put(row + 1, 3 + i, y, HEADER);
  });
  put(row, unitsCol, L("col.units"), HEADER);
  put(row + 1, unitsCol, "", HEADER);
  plan.merges.push(
    { row, col: 1, rows: 2, cols: 1 },
    { row, col: 2, rows: 2, cols: 1 },
    { row, col: unitsCol, rows: 2, cols: 1 },
  );
  if (years.length > 1) plan.merges.push({ row, col: 3, rows: 1, cols: years.length });
  row += 2;
  const progFirst = row;
  for (const a of ASPECTS) {
    const kp: CellStyle = { ...BODY, bold: true, fill: "#D9E1F2" };
    put(row, 1, `KP ${a.roman}`, kp);
    put(row, 2, L("tpl.kp", { name: a.name }), kp);
    years.forEach((_, i) => put(row, 3 + i, "", { ...kp, horizontal: "center" }));
    put(row, unitsCol, "", kp);
    row++;
  }

  // Tabel 7. Indikator Keberhasilan: No | Kelompok Program | Indikator Keberhasilan
  row += 2;
  const tSucc = row;
  put(row, 1, L("tpl.success"), TITLE);
  row++;
  const succHeader = row;
  header(row, [L("col.no"), L("tpl.col.kp"), L("tpl.col.success")]);
  row++;
  const succFirst = row;
  for (const a of ASPECTS) {
    put(row, 1, `KP ${a.roman}`, { ...BODY, horizontal: "center" });
    put(row, 2, L("tpl.kp", { name: a.name }), BODY);
    put(row, 3, "", { ...INPUT, wrap: true });
    row++;
  }

  plan.columnWidths = [
    { col: 1, width: 8 },
    { col: 2, width: 60 },
  ];
  const lastCol = Math.max(8, 5 + years.length * 2, unitsCol);
  for (let c = 3; c <= lastCol; c++) plan.columnWidths.push({ col: c, width: 14 });
  return {
    plan,
    tables: {
      informasiUmum: { titleRow: tInfo, headerRow: infoHeader, firstRow: infoFirst, rows: 4 },
      assessment: { titleRow: tAss, headerRow: assHeader, firstRow: assFirst, rows: assRows },
      categorisation: {
        titleRow: tCat,
        headerRow: catHeader,
        firstRow: catFirst,
        rows: statements.length,
      },
      priority: { titleRow: tPri, headerRow: priHeader, firstRow: priFirst, rows: 5 },
      indicators: { titleRow: tInd, headerRow: indHeader, firstRow: indFirst, rows: 3 },
      programs: { titleRow: tProg, headerRow: progHeader, firstRow: progFirst, rows: 5 },
      successIndicators: { titleRow: tSucc, headerRow: succHeader, firstRow: succFirst, rows: 5 },
    },
  };
}

/** Join the per-row mark validations of consecutive statement rows into one range per run. */
function mergeValidations(plan: SheetPlan): void {
  const out: SheetPlan["validations"] = [];
  for (const v of plan.validations) {
    const last = out[out.length - 1];
    if (
      last &&
      last.list === v.list &&
      last.range.col === v.range.col &&
      last.range.cols === v.range.cols &&
      last.range.row + last.range.rows === v.range.row
    ) {
      last.range = { ...last.range, rows: last.range.rows + v.range.rows };
    } else out.push({ ...v, range: { ...v.range } });
  }
  plan.validations = out;
}
