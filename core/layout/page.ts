import { DEFAULT_ROW_HEIGHT, estimateRowHeights } from "./row-heights";
import { planExtent, type PageSetup, type SheetPlan } from "./sheet-plan";
import { TITLE } from "./styles";

/**
 * Page setup for a managed sheet (issue 11: report-ready output): A4 landscape, every column on
 * one page width, the title rows repeated, a print area over what the plan writes, and page
 * breaks placed between blocks (a table with its title, the chart) so no table that fits on a page
 * and no chart is cut (`pageBreaks`).
 *
 * The page arithmetic follows what Excel and LibreOffice do with "fit to 1 page wide": column
 * widths in characters become points (7 px per character + 5 px padding, 0.75 pt per px), the
 * scale is printable width / sheet width (at most 100%), and the printable height divided by that
 * scale is what one page holds, in the sheet's own points.
 *
 * @example
 *   pageSetup(plan, { blocks: [{ first: 5, last: 30 }, { first: 32, last: 60 }], titleRows: { first: 1, last: 1 } })
 *   // { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: ..., printArea: ..., breaksBefore: [32] }
 */
export interface Block {
  /** First and last row of something that must stay on one page (1-based, inclusive). */
  first: number;
  last: number;
  /** Always start a new page (a semester block of the Monev sheet), unless one starts here. */
  newPage?: boolean;
}

/**
 * A4 in points, and the margins every host sets with the page (0.5 in left/right, 0.75 in
 * top/bottom: the .xlsx writer's pageMargins, Excel's pageLayout margins).
 */
export const A4 = { long: 842, short: 595 } as const;
export const MARGINS = { side: 36, topBottom: 54 } as const;
/** Excel's default column width in characters, for columns the plan does not size. */
export const DEFAULT_COL_WIDTH = 8.43;

/** A column `chars` characters wide, in points. */
export function columnPoints(chars: number): number {
  return (Math.trunc(chars * 7 + 5) * 3) / 4;
}

/** The last row and column a plan writes, a chart reaches (columns: or a width is set for). */
function extent(plan: SheetPlan): { rows: number; cols: number } {
  // One pass over the cells (500,000 on a Monev sheet of 10,000 activities and 8 blocks).
  const reach = planExtent(plan);
  let rows = Math.max(1, reach.rows);
  let cols = Math.max(1, reach.cols);
  for (const ch of plan.charts) {
    cols = Math.max(cols, ch.anchor.col + ch.anchor.widthCols - 1);
    rows = Math.max(rows, ch.anchor.row + ch.anchor.heightRows - 1);
  }
  return { rows, cols };
}

/** The scale a fit-to-width print uses (1 = 100%). */
export function fitScale(plan: SheetPlan, cols: number, orientation: PageSetup["orientation"]) {
  const widths = new Map(plan.columnWidths.map((w) => [w.col, w]));
  let total = 0;
  for (let c = 1; c <= cols; c++) {
    const w = widths.get(c);
    if (!w?.hidden) total += columnPoints(w?.width ?? DEFAULT_COL_WIDTH);
  }
  const printable = (orientation === "landscape" ? A4.long : A4.short) - 2 * MARGINS.side;
  // Excel and LibreOffice print at a whole percent, rounded down.
  return Math.min(1, Math.floor((printable / total) * 100) / 100);
}

/**
 * Page breaks: rows are laid on pages in order and no table is cut when it need not be (issue 11).
 * A block that fits on one page never starts on a page where it would be cut: a break goes before
 * it. A block taller than one page starts on a fresh page (unless the page holds no block yet, only
 * the sheet's title rows) and runs on at row boundaries, the engine's own breaks, with the sheet's
 * title rows (`titleHeight`) repeated on every page after the first. A block marked `newPage` (a
 * semester block of the Monev sheet) always starts a page unless the page is still empty. Loose
 * rows between blocks flow freely.
 *
 * @example
 *   // 20-row pages of 15 pt: rows 1-12 loose, 13-18 fits, 19-24 would be cut -> break before 19
 *   pageBreaks(() => 15, [{ first: 13, last: 18 }, { first: 19, last: 24 }], 300) // [19]
 */
export function pageBreaks(
  heights: (row: number) => number,
  blocks: readonly Block[],
  pageHeight: number,
  titleHeight = 0,
): number[] {
  const breaks: number[] = [];
  let used = 0;
  let hasBlock = false;
  const newPage = (row: number, explicit: boolean): void => {
    if (explicit) breaks.push(row);
    used = titleHeight;
    hasBlock = false;
  };
  // Rows flowing on: the engine breaks before a row that does not fit.
  const flow = (from: number, to: number): void => {
    for (let r = from; r <= to; r++) {
      const h = heights(r);
      if (used + h > pageHeight && used > titleHeight) newPage(r, false);
      used += h;
    }
  };
  let row = 1;
  for (const b of [...blocks].sort((x, y) => x.first - y.first)) {
    flow(row, b.first - 1);
    let size = 0;
    for (let r = b.first; r <= b.last; r++) size += heights(r);
    const cut = used + size > pageHeight;
    const fitsOnAPage = size <= pageHeight - titleHeight;
    const forced = b.newPage === true && used > titleHeight;
    if (forced || (cut && (fitsOnAPage ? used > titleHeight : hasBlock))) newPage(b.first, true);
    flow(b.first, b.last);
    hasBlock = true;
    row = b.last + 1;
  }
  return breaks;
}

/**
 * The page setup of a managed sheet: A4, landscape unless told, fit to width, `titleRows`
 * repeated, the print area over everything the plan writes, breaks between `blocks`.
 */
export function pageSetup(
  plan: SheetPlan,
  opts: {
    blocks: readonly Block[];
    titleRows?: { first: number; last: number };
    orientation?: PageSetup["orientation"];
  },
): PageSetup {
  const orientation = opts.orientation ?? "landscape";
  const { rows, cols } = extent(plan);
  const scale = fitScale(plan, cols, orientation);
  const printableHeight =
    (orientation === "landscape" ? A4.short : A4.long) - 2 * MARGINS.topBottom;
  // The heights the file states, so the pages counted are the pages LibreOffice prints (Excel
  // re-fits wrapped rows to its taller lines, and may break a page earlier).
  const fitted = new Map(estimateRowHeights(plan).map((h) => [h.row, h.height]));
  const heights = (r: number): number => fitted.get(r) ?? DEFAULT_ROW_HEIGHT;
  let titleHeight = 0;
  if (opts.titleRows)
    for (let r = opts.titleRows.first; r <= opts.titleRows.last; r++) titleHeight += heights(r);
  const breaksBefore = pageBreaks(heights, opts.blocks, printableHeight / scale, titleHeight);
  return {
    orientation,
    paper: "A4",
    fitToWidth: true,
    ...(opts.titleRows ? { titleRows: { ...opts.titleRows } } : {}),
    printArea: { row: 1, col: 1, rows, cols },
    ...(breaksBefore.length > 0 ? { breaksBefore } : {}),
  };
}

/** The TITLE style (bold, its colour): a section or table title of Renaksi's sheets. */
function isTitleStyle(style: { bold?: boolean; fontColor?: string } | undefined): boolean {
  return style?.bold === true && style.fontColor === TITLE.fontColor;
}

/**
 * The blocks of a plan that must not be cut: each section (its title down to the last row written
 * before the next title) and each chart (its anchor rows); overlapping blocks are joined, so a
 * chart beside a table keeps both on one page.
 */
export function sectionBlocks(plan: SheetPlan): Block[] {
  // One pass over the cells, no array of them: the section titles (a TITLE-styled cell below the
  // sheet's own title; asked once per style object, layouts share them) and, per row, whether
  // anything is written there (written[r] = 1); lastWritten scans back from the next title, so
  // every row is scanned at most once over all the sections.
  const last = Math.max(1, planExtent(plan).rows);
  const titleRows = new Set<number>();
  const written = new Uint8Array(last + 1);
  const titleStyle = new Map<object | undefined, boolean>();
  for (const c of plan.cells) {
    written[c.row] = 1;
    let title = titleStyle.get(c.style);
    if (title === undefined) titleStyle.set(c.style, (title = isTitleStyle(c.style)));
    if (title && c.row > 1) titleRows.add(c.row);
  }
  for (const b of plan.blanks ?? []) written.fill(1, b.range.row, b.range.row + b.range.rows);
  const titles = [...titleRows].sort((a, b) => a - b);
  const lastWritten = (from: number, before: number): number => {
    for (let r = Math.min(before - 1, written.length - 1); r > from; r--)
      if (written[r] === 1) return r;
    return from;
  };
  const raw: Block[] = titles.map((t, i) => ({
    first: t,
    last: lastWritten(t, titles[i + 1] ?? Number.MAX_SAFE_INTEGER),
  }));
  for (const ch of plan.charts)
    raw.push({ first: ch.anchor.row, last: ch.anchor.row + ch.anchor.heightRows - 1 });
  raw.sort((a, b) => a.first - b.first);
  const out: Block[] = [];
  for (const b of raw) {
    const prev = out[out.length - 1];
    if (prev && b.first <= prev.last) prev.last = Math.max(prev.last, b.last);
    else out.push({ ...b });
  }
  return out;
}

/**
 * The page setup every managed sheet gets: its sections and charts kept whole, the frozen header
 * rows (the timeline's) or the sheet's title row repeated on each page.
 *
 * @example withPage(resultPlan(doc, analysis)).page?.orientation // "landscape"
 */
export function withPage(plan: SheetPlan): SheetPlan {
  if (plan.mode === "overlay" || plan.page) return plan;
  const frozen = plan.frozen?.rows ?? 0;
  return {
    ...plan,
    page: pageSetup(plan, {
      blocks: sectionBlocks(plan),
      titleRows: { first: 1, last: Math.max(1, frozen) },
    }),
  };
}
