/**
 * The charts' value axes in the .xlsx file, read back from the chart parts: a share reads
 * 0%..100% (issue 10: the Monev charts showed 0..1 decimals), the 1-4 average one decimal.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { buildExample, EXAMPLES } from "../../cli/examples-build";
import { run } from "../../cli/main";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-axes-"));
const at = (f: string) => path.join(dir, f);

async function renaksi(...args: string[]): Promise<number> {
  return run(args, { out: () => undefined, err: () => undefined });
}

interface Axis {
  title: string;
  scaling: string;
  axisFormat: string;
  labelFormat: string;
  majorUnit: string | null;
}

/** Each chart part's title, value axis bounds, axis format, label format and step. */
async function axes(file: string): Promise<Axis[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = Object.keys(zip.files)
    .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
    .sort();
  return Promise.all(
    parts.map(async (p) => {
      const xml = await zip.file(p)!.async("string");
      const valAx = /<c:valAx>(.*?)<\/c:valAx>/s.exec(xml)![1];
      const dLbls = /<c:dLbls>(.*?)<\/c:dLbls>/s.exec(xml)![1];
      return {
        title: /<a:t>([^<]*)<\/a:t>/.exec(xml)![1],
        scaling: /<c:scaling>(.*?)<\/c:scaling>/s.exec(valAx)![1],
        axisFormat: /<c:numFmt [^>]*\/>/.exec(valAx)![0],
        labelFormat: /<c:numFmt [^>]*\/>/.exec(dLbls)![0],
        majorUnit: /<c:majorUnit val="([^"]*)"\/>/.exec(valAx)?.[1] ?? null,
      };
    }),
  );
}

beforeAll(async () => {
  for (const name of ["luwu-perbaikan", "cilacap"]) {
    const { grids, notes, sheets } = EXAMPLES[name];
    fs.writeFileSync(at(`${name}.xlsx`), await buildExample(grids, notes, sheets));
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("chartXml value axes", () => {
  it("returns 0%..100% on the Monev charts and 1,0..4,0 on the priority chart of a filled file", async () => {
    expect(await renaksi("fill", at("cilacap.xlsx"), "-o", at("filled.xlsx"))).toBe(0);
    const got = await axes(at("filled.xlsx"));
    const pct = '<c:numFmt formatCode="0%" sourceLinked="0"/>';
    expect(got.map(({ title, ...rest }) => [title.slice(0, 20), rest])).toEqual([
      [
        expect.any(String),
        {
          scaling: '<c:orientation val="minMax"/><c:max val="4"/><c:min val="0"/>',
          axisFormat: '<c:numFmt formatCode="0.0" sourceLinked="0"/>',
          labelFormat: '<c:numFmt formatCode="0.00" sourceLinked="0"/>',
          majorUnit: "0.5",
        },
      ],
      [
        expect.stringMatching(/selesai/i),
        {
          scaling: '<c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/>',
          axisFormat: pct,
          labelFormat: pct,
          majorUnit: "0.2",
        },
      ],
      [
        expect.stringMatching(/capaian/i),
        {
          scaling: '<c:orientation val="minMax"/><c:min val="0"/>',
          axisFormat: pct,
          labelFormat: pct,
          majorUnit: null,
        },
      ],
    ]);
  });

  it("returns 0%..100% on the roll-up workbook's chart", async () => {
    const code = await renaksi(
      "monev",
      at("luwu-perbaikan.xlsx"),
      at("cilacap.xlsx"),
      "--semester",
      "2021-2",
      "-o",
      at("rekap.xlsx"),
    );
    expect(code).toBe(0);
    expect(await axes(at("rekap.xlsx"))).toEqual([
      {
        title: expect.any(String),
        scaling: '<c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/>',
        axisFormat: '<c:numFmt formatCode="0%" sourceLinked="0"/>',
        labelFormat: '<c:numFmt formatCode="0%" sourceLinked="0"/>',
        majorUnit: "0.2",
      },
    ]);
  });
});
