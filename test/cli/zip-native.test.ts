/**
 * The part deflater of the .xlsx writer: a sheet written in 1 MB buffers and deflated while it is
 * written must give the zip exactly what one deflate of the whole text gives, and jszip must read
 * it back.
 */
import * as zlib from "node:zlib";
import JSZip from "jszip";
import { DEFLATE_LEVEL, PartDeflater, putPacked } from "../../cli/xlsx/zip-native";

/** About 3 MB of rows like the Monev sheet's, with text in and beyond Latin-1 (■, é, emoji). */
function rows(): string[] {
  const out: string[] = [];
  for (let r = 1; r <= 30_000; r++)
    out.push(
      `<row r="${r}"><c r="A${r}" s="4" t="inlineStr"><is><t>III.${r % 97}.${r % 13}</t></is></c>` +
        `<c r="B${r}" t="inlineStr"><is><t>Kegiatan ${r} ${r % 3 ? "■" : "é😀"}</t></is></c></row>`,
    );
  return out;
}

describe("PartDeflater", () => {
  it("returns the bytes, size and CRC of one deflate of the whole text, over several buffers", async () => {
    const text = rows();
    const whole = Buffer.from(text.join(""), "utf8");
    expect(whole.length).toBeGreaterThan(3 << 20);
    const d = new PartDeflater();
    let pauses = 0;
    for (const x of text) {
      d.sink.add(x);
      if (d.due) {
        pauses++;
        await d.pause();
      }
    }
    const packed = await d.finish();
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(packed.size).toBe(whole.length);
    expect(packed.crc32).toBe(zlib.crc32(whole));
    expect(packed.packed.equals(zlib.deflateRawSync(whole, { level: DEFLATE_LEVEL }))).toBe(true);

    const zip = new JSZip();
    putPacked(zip, "xl/worksheets/sheet1.xml", packed, { createFolders: false });
    const back = await JSZip.loadAsync(await zip.generateAsync({ type: "nodebuffer" }));
    expect(await back.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(text.join(""));
  });

  describe("edge cases", () => {
    it("returns an empty part for nothing written", async () => {
      const packed = await new PartDeflater().finish();
      expect(packed.size).toBe(0);
      expect(packed.crc32).toBe(0);
      const zip = new JSZip();
      putPacked(zip, "a.xml", packed, {});
      expect(await zip.file("a.xml")?.async("string")).toBe("");
    });
  });
});
