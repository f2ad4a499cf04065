import { a1, type CellValue } from "../grid";
import { ASPECTS, type AspectInfo } from "../model/aspect";
import type { Statement, StatementSetId } from "../model/statement";
import { defaultMapping, statementSet } from "../templates";
import { EXAMPLE_PROGRAMS } from "../templates/example-programs";
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
  /** The aspects, in canonical order (default ASPECTS): their columns and rows follow the list. */
  aspects?: readonly AspectInfo[];
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
/** The score levels of the assessment matrix (its mark columns "1".."4"). */
const LEVELS = [1, 2, 3, 4] as const;

type TableName = keyof TemplateLayout["tables"];
type TableRows = TemplateLayout["tables"][TableName];

/** The template's plans (one sheet). */
export function templatePlans(opts: TemplateOptions): SheetPlan[] {
  return [templateLayout(opts).plan];
}

/** The template sheet and where each of its tables is: the tables, top to bottom. */
export function templateLayout(opts: TemplateOptions): TemplateLayout {
  const t = templateContext(opts);
  titleRows(t);
  const informasiUmum = informasiTable(t, 6);
  const assessment = assessmentTable(t, next(informasiUmum));
  const categorisation = categorisationTable(t, next(assessment), assessment.marksRow);
  const priority = priorityTable(t, next(categorisation));
  const indicators = indicatorTable(t, next(priority));
  const programs = programTable(t, next(indicators));
  const successIndicators = successTable(t, next(programs));
  columnWidths(t);
  return {
    plan: t.plan,
    tables: {
      informasiUmum: rowsOf(informasiUmum),
      assessment: rowsOf(assessment),
      categorisation: rowsOf(categorisation),
      priority: rowsOf(priority),
      indicators: rowsOf(indicators),
      programs: rowsOf(programs),
      successIndicators: rowsOf(successIndicators),
    },
  };
}

/** A table as a section placed it: where it is, and the row after it (blank line included). */
interface Placed extends TableRows {
  next: number;
}

/** Two blank rows between tables. */
const next = (p: Placed): number => p.next + 2;

const rowsOf = ({ titleRow, headerRow, firstRow, rows }: Placed): TableRows => ({
  titleRow,
  headerRow,
  firstRow,
  rows,
});

/** What every table of the template needs. */
interface TemplateContext {
  opts: TemplateOptions;
  plan: SheetPlan;
  years: number[];
  start: number;
  end: number;
  statements: Statement[];
  mapping: ReturnType<typeof defaultMapping>;
  aspects: readonly AspectInfo[];
  put: (row: number, col: number, value: CellValue, style?: CellStyle) => void;
  header: (row: number, labels: CellValue[], col?: number) => void;
  /** Column after the program table's year columns (Pihak terkait). */
  unitsCol: number;
  /** Last column any table uses: text columns (Alasan, Pihak, Indikator Keberhasilan) merge to it. */
  lastCol: number;
}

function templateContext(opts: TemplateOptions): TemplateContext {
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
  const set = statementSet(opts.statementSet);
  const statements: Statement[] =
    set.statements.length > 0
      ? set.statements
      : Array.from({ length: CUSTOM_ROWS }, (_, i) => ({ no: i + 1, text: "" }));
  const mapping = defaultMapping(opts.statementSet, statements);
  const aspects = opts.aspects ?? ASPECTS;
  return {
    opts,
    plan,
    years,
    start,
    end,
    statements,
    mapping,
    aspects,
    put,
    header,
    unitsCol: 3 + years.length,
    lastCol: Math.max(
      3 + aspects.length,
      2 + LEVELS.length,
      5 + years.length * 2,
      3 + years.length,
    ),
  };
}

/** Merge a text cell from col to the last used column, so it reads wide (the columns stay 14). */
/** `n` mark input cells from column C of `row`, with the mark list. */
function markInputs({ put, plan }: TemplateContext, row: number, n: number): void {
  for (let k = 0; k < n; k++) put(row, 3 + k, "", { ...INPUT, horizontal: "center" });
  plan.validations.push({
    range: { row, col: 3, rows: 1, cols: n },
    list: TEMPLATE_MARKS,
    allowBlank: true,
    message: L("validation.mark"),
  });
}

function wide(plan: SheetPlan, row: number, col: number, lastCol: number): void {
  if (lastCol > col) plan.merges.push({ row, col, rows: 1, cols: lastCol - col + 1 });
}

/** Rows 1-4: title, instansi (input), period, how to use the sheet. */
function titleRows({ put, opts, start, end }: TemplateContext): void {
  put(1, 1, L("tpl.title"), { bold: true, fontColor: "#1F4E79" });
  put(2, 1, L("tpl.instansi"), { bold: true });
  put(2, 2, opts.instansi, INPUT);
  put(3, 1, L("tpl.period"), { bold: true });
  put(3, 2, `${start}-${end}`, BODY);
  put(4, 2, L("tpl.howto"), { italic: true, fontColor: "#595959" });
}

/**
 * Tabel 1. Informasi umum: No | Uraian | per year (Jumlah, %). The years are the ones BEFORE the
 * plan, as many as the plan has (plan 2025-2027 -> 2022, 2023, 2024), as the documents report them.
 */
function informasiTable({ put, header, plan, years }: TemplateContext, titleRow: number): Placed {
  const before = years.map((y) => y - years.length);
  put(titleRow, 1, L("tpl.informasi"), TITLE);
  const headerRow = titleRow + 1;
  header(headerRow, [L("col.no"), L("tpl.col.uraian")]);
  header(headerRow + 1, ["", ""]);
  plan.merges.push(
    { row: headerRow, col: 1, rows: 2, cols: 1 },
    { row: headerRow, col: 2, rows: 2, cols: 1 },
  );
  before.forEach((y, i) => {
    const col = 3 + i * 2;
    header(headerRow, [y, ""], col);
    header(headerRow + 1, [L("tpl.col.jumlah"), L("tpl.col.pct")], col);
    plan.merges.push({ row: headerRow, col, rows: 1, cols: 2 });
  });
  const firstRow = headerRow + 2;
  const infoRows = [
    "tpl.info.received",
    "tpl.info.monthly",
    "tpl.info.resolved",
    "tpl.info.unresolved",
  ] as const;
  infoRows.forEach((key, i) => {
    const row = firstRow + i;
    put(row, 1, i + 1, { ...BODY, horizontal: "center" });
    put(row, 2, L(key), BODY);
    before.forEach((_, k) => {
      put(row, 3 + k * 2, "", INPUT);
      put(row, 4 + k * 2, "", BODY);
    });
  });
  const rows = infoRows.length;
  return { titleRow, headerRow, firstRow, rows, next: firstRow + rows };
}

/**
 * Tabel 2. Matriks Asesmen: No | Pernyataan | Nilai 1 2 3 4 (mark inputs), with a group row per
 * aspect heading when the statement list is grouped. Returns where each statement's marks are.
 */
function assessmentTable(
  t: TemplateContext,
  titleRow: number,
): Placed & { marksRow: Map<number, number> } {
  const { put, header, plan, statements, aspects } = t;
  put(titleRow, 1, L("tpl.assessment"), TITLE);
  const headerRow = titleRow + 1;
  header(headerRow, [
    L("col.no"),
    L("col.statement"),
    L("tpl.col.value"),
    ...LEVELS.slice(1).map(() => ""),
  ]);
  header(headerRow + 1, ["", "", ...LEVELS]);
  plan.merges.push(
    { row: headerRow, col: 1, rows: 2, cols: 1 },
    { row: headerRow, col: 2, rows: 2, cols: 1 },
    { row: headerRow, col: 3, rows: 1, cols: LEVELS.length },
  );
  const firstRow = headerRow + 2;
  let row = firstRow;
  let group: string | undefined;
  const marksRow = new Map<number, number>();
  for (const st of statements) {
    if (st.group && st.group !== group) {
      group = st.group;
      const info = aspects.find((a) => a.key === st.group);
      put(row, 1, `${info?.roman ?? ""}. ${info?.name ?? st.group}`, {
        bold: true,
        fill: "#F2F2F2",
      });
      row++;
    }
    marksRow.set(st.no, row);
    put(row, 1, st.no, { ...BODY, horizontal: "center" });
    put(row, 2, st.text, { ...BODY, wrap: true });
    markInputs(t, row, LEVELS.length);
    row++;
  }
  mergeValidations(plan);
  return { titleRow, headerRow, firstRow, rows: row - firstRow, next: row, marksRow };
}

/**
 * Tabel 3. Kategorisasi: No | Pernyataan | Nilai (live, from Tabel 2) | one column per aspect (✓
 * prefilled from the default mapping). The Nilai column mirrors the marks of Tabel 2, so the
 * analyst ticks only the aspects, and the table reads like the juknis categorisation table.
 */
function categorisationTable(
  { put, header, plan, statements, mapping, aspects }: TemplateContext,
  titleRow: number,
  marksRow: Map<number, number>,
): Placed {
  put(titleRow, 1, L("tpl.categorisation"), TITLE);
  const headerRow = titleRow + 1;
  header(headerRow, [
    L("col.no"),
    L("col.statement"),
    L("tpl.col.value"),
    ...aspects.map((a) => a.name),
  ]);
  const firstRow = headerRow + 1;
  statements.forEach((st, i) => {
    const row = firstRow + i;
    const mapped = mapping.find((m) => m.no === st.no)?.aspects ?? [];
    put(row, 1, st.no, { ...BODY, horizontal: "center" });
    put(row, 2, st.text, { ...BODY, wrap: true });
    const at = marksRow.get(st.no);
    if (at !== undefined) {
      const r = `${a1(at, 3)}:${a1(at, 2 + LEVELS.length)}`;
      plan.cells.push({
        row,
        col: 3,
        formula: `=IF(COUNTA(${r})=1,SUMPRODUCT((${r}<>"")*{${LEVELS.join(",")}}),"")`,
        expected: "",
        style: { ...BODY, horizontal: "center" },
      });
    } else put(row, 3, "", BODY);
    aspects.forEach((a, k) =>
      put(row, 4 + k, mapped.includes(a.key) ? "✓" : "", { ...INPUT, horizontal: "center" }),
    );
  });
  const rows = statements.length;
  plan.validations.push({
    range: { row: firstRow, col: 4, rows, cols: aspects.length },
    list: ["✓"],
    allowBlank: true,
    message: L("validation.mark"),
  });
  return { titleRow, headerRow, firstRow, rows, next: firstRow + rows };
}

/** Tabel 4. Penentuan Prioritas: No | Aspek | Prioritas (1..n dropdown) | Alasan. */
function priorityTable(
  { put, header, plan, aspects, lastCol }: TemplateContext,
  titleRow: number,
): Placed {
  put(titleRow, 1, L("tpl.priority"), TITLE);
  const headerRow = titleRow + 1;
  header(headerRow, [L("col.no"), L("col.aspect"), L("col.priority"), L("col.reason")]);
  wide(plan, headerRow, 4, lastCol);
  const firstRow = headerRow + 1;
  aspects.forEach((a, i) => {
    const row = firstRow + i;
    put(row, 1, a.order, { ...BODY, horizontal: "center" });
    put(row, 2, a.name, BODY);
    put(row, 3, "", { ...INPUT, horizontal: "center" });
    put(row, 4, "", { ...INPUT, wrap: true });
    wide(plan, row, 4, lastCol);
  });
  const rows = aspects.length;
  plan.validations.push({
    range: { row: firstRow, col: 3, rows, cols: 1 },
    list: aspects.map((_, i) => String(i + 1)),
    allowBlank: true,
    message: L("validation.priority", { n: rows }),
  });
  return { titleRow, headerRow, firstRow, rows, next: firstRow + rows };
}

/** Tabel 5. Indikator Sasaran: No | Indikator | Satuan | Polaritas | Baseline | Target.. | Realisasi... */
function indicatorTable(
  { put, header, plan, years, start }: TemplateContext,
  titleRow: number,
): Placed {
  put(titleRow, 1, L("tpl.indicators"), TITLE);
  const headerRow = titleRow + 1;
  header(headerRow, [
    L("col.no"),
    L("col.indicator"),
    L("col.unit"),
    L("col.polarity"),
    `${L("tpl.col.baseline")} ${start - 1}`,
    ...years.map((y) => `${L("col.target")} ${y}`),
    ...years.map((y) => `${L("col.realisasi")} ${y}`),
  ]);
  const firstRow = headerRow + 1;
  const standard: [string, string, string][] = [
    [L("tpl.ind.received"), L("tpl.unit.complaints"), L("polarity.up")],
    [L("tpl.ind.resolvedPct"), "%", L("polarity.up")],
    [L("tpl.ind.days"), L("tpl.unit.days"), L("polarity.down")],
  ];
  standard.forEach(([name, unit, pol], i) => {
    const row = firstRow + i;
    put(row, 1, i + 1, { ...BODY, horizontal: "center" });
    put(row, 2, name, { ...BODY, wrap: true });
    put(row, 3, unit, BODY);
    put(row, 4, pol, { ...INPUT, horizontal: "center" });
    for (let k = 0; k < 1 + years.length * 2; k++) put(row, 5 + k, "", INPUT);
  });
  const rows = standard.length;
  plan.validations.push({
    range: { row: firstRow, col: 4, rows, cols: 1 },
    list: [L("polarity.up"), L("polarity.down")],
    allowBlank: false,
    message: L("validation.polarity"),
  });
  return { titleRow, headerRow, firstRow, rows, next: firstRow + rows };
}

/** Tabel 6. Program & Kegiatan: No | Kelompok Program / Program / Kegiatan | Waktu years | Pihak. */
function programTable(t: TemplateContext, titleRow: number): Placed {
  const { put, header, plan, years, aspects, unitsCol, lastCol } = t;
  put(titleRow, 1, L("tpl.programs"), TITLE);
  const headerRow = titleRow + 1;
  header(headerRow, [L("col.no"), L("col.program")]);
  header(headerRow + 1, ["", ""]);
  years.forEach((y, i) => {
    put(headerRow, 3 + i, i === 0 ? L("tpl.col.time") : "", HEADER);
    put(headerRow + 1, 3 + i, y, HEADER);
  });
  put(headerRow, unitsCol, L("col.units"), HEADER);
  put(headerRow + 1, unitsCol, "", HEADER);
  plan.merges.push(
    { row: headerRow, col: 1, rows: 2, cols: 1 },
    { row: headerRow, col: 2, rows: 2, cols: 1 },
    { row: headerRow, col: unitsCol, rows: 2, cols: lastCol - unitsCol + 1 },
  );
  if (years.length > 1) plan.merges.push({ row: headerRow, col: 3, rows: 1, cols: years.length });
  const firstRow = headerRow + 2;
  let row = firstRow;
  for (const a of aspects) {
    kelompokRow(t, row, a);
    row = exampleRows(t, row + 1, a);
  }
  return { titleRow, headerRow, firstRow, rows: row - firstRow, next: row };
}

const KP_STYLE: CellStyle = { ...BODY, bold: true, fill: "#D9E1F2" };
/** The example rows' text: grey italic, a placeholder the analyst writes over. */
const EXAMPLE: CellStyle = { ...BODY, italic: true, fontColor: "#808080", wrap: true };

/** A Kelompok Program row: "KP I" | "Kelompok Program ..." | blank years | blank units. */
function kelompokRow(
  { put, plan, years, unitsCol, lastCol }: TemplateContext,
  row: number,
  a: AspectInfo,
) {
  put(row, 1, `KP ${a.roman}`, KP_STYLE);
  put(row, 2, L("tpl.kp", { name: a.name }), KP_STYLE);
  years.forEach((_, k) => put(row, 3 + k, "", { ...KP_STYLE, horizontal: "center" }));
  put(row, unitsCol, "", { ...KP_STYLE, wrap: true });
  wide(plan, row, unitsCol, lastCol);
}

/**
 * The aspect's example Program and its Kegiatan (templates/example-programs.ts), coded "I.1",
 * "I.1.1", ..., in grey italic, with year-mark and unit input cells. Returns the row after them.
 */
function exampleRows(t: TemplateContext, row: number, a: AspectInfo): number {
  const ex = EXAMPLE_PROGRAMS[a.key];
  if (!ex) return row;
  const program = `${a.roman}.1`;
  exampleRow(t, row, program, ex.program, 1, L("tpl.example.note"));
  ex.activities.forEach((title, i) => exampleRow(t, row + 1 + i, `${program}.${i + 1}`, title, 2));
  return row + 1 + ex.activities.length;
}

function exampleRow(
  t: TemplateContext,
  row: number,
  code: string,
  title: string,
  indent: number,
  note?: string,
): void {
  const { put, plan, years, unitsCol, lastCol } = t;
  put(row, 1, code, EXAMPLE);
  plan.cells.push({
    row,
    col: 2,
    value: title,
    style: { ...EXAMPLE, indent },
    ...(note ? { note } : {}),
  });
  markInputs(t, row, years.length);
  put(row, unitsCol, "", { ...INPUT, wrap: true });
  wide(plan, row, unitsCol, lastCol);
}

/** Tabel 7. Indikator Keberhasilan: No | Kelompok Program | Indikator Keberhasilan. */
function successTable(
  { put, header, plan, aspects, lastCol }: TemplateContext,
  titleRow: number,
): Placed {
  put(titleRow, 1, L("tpl.success"), TITLE);
  const headerRow = titleRow + 1;
  header(headerRow, [L("col.no"), L("tpl.col.kp"), L("tpl.col.success")]);
  wide(plan, headerRow, 3, lastCol);
  const firstRow = headerRow + 1;
  aspects.forEach((a, i) => {
    const row = firstRow + i;
    put(row, 1, `KP ${a.roman}`, { ...BODY, horizontal: "center" });
    put(row, 2, L("tpl.kp", { name: a.name }), BODY);
    put(row, 3, "", { ...INPUT, wrap: true });
    wide(plan, row, 3, lastCol);
  });
  const rows = aspects.length;
  return { titleRow, headerRow, firstRow, rows, next: firstRow + rows };
}

/** No and Pernyataan wide, every other used column 14 (text columns are merged wide by `wide`). */
function columnWidths({ plan, lastCol }: TemplateContext): void {
  plan.columnWidths = [
    { col: 1, width: 8 },
    { col: 2, width: 60 },
  ];
  for (let c = 3; c <= lastCol; c++) plan.columnWidths.push({ col: c, width: 14 });
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
