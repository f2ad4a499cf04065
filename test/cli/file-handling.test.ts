/**
 * `renaksi fill` writes like a database: an exclusive temp file beside the target, fsync, rename;
 * the original's mode kept; a symlink written through; every failure exit 2 naming the path, with
 * no temp file left behind.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run, type Io } from "../../cli/main";
import { writeFileAtomic } from "../../cli/xlsx/write-file";
import { buildExample } from "../../cli/examples-build";
import { klungkung } from "../fixtures/grids";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-files-"));
let input: Buffer;
beforeAll(async () => {
  input = await buildExample(klungkung);
});
afterAll(() => {
  fs.chmodSync(root, 0o755);
  fs.rmSync(root, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

/** A fresh folder with klungkung.xlsx in it. */
function folder(name: string): string {
  const d = path.join(root, name);
  fs.mkdirSync(d);
  fs.writeFileSync(path.join(d, "klungkung.xlsx"), input);
  return d;
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await run(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const temps = (d: string): string[] => fs.readdirSync(d).filter((f) => f.endsWith(".tmp"));
const asRoot = process.getuid?.() === 0;
/** The fs module object itself (the `import * as` namespace cannot be spied on). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsModule = require("node:fs") as typeof fs;

describe("fill --in-place", () => {
  it("returns the file with its mode kept (600 stays 600)", async () => {
    const d = folder("mode");
    const f = path.join(d, "klungkung.xlsx");
    fs.chmodSync(f, 0o600);
    const r = await cli("fill", f, "--in-place");
    expect(r.code).toBe(0);
    expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(f).equals(input)).toBe(false);
    expect(temps(d)).toEqual([]);
  });

  it("returns the symlink still a link, its target filled", async () => {
    const d = folder("link");
    const target = path.join(d, "klungkung.xlsx");
    const link = path.join(d, "pintasan.xlsx");
    fs.symlinkSync("klungkung.xlsx", link);
    const r = await cli("fill", link, "--in-place");
    expect(r.code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe("klungkung.xlsx");
    expect(fs.readFileSync(target).equals(input)).toBe(false);
    expect(temps(d)).toEqual([]);
  });
});

describe("fill -o on a target that cannot be written", () => {
  it("returns exit 2 naming a folder given as output, nothing written", async () => {
    const d = folder("dir");
    fs.mkdirSync(path.join(d, "hasil"));
    const out = path.join(d, "hasil");
    const r = await cli("fill", path.join(d, "klungkung.xlsx"), "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${out}: ini sebuah folder, bukan berkas`);
    expect(r.err).toContain(`${out}: this is a folder, not a file`);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(temps(d)).toEqual([]);
  });

  it("returns exit 2 naming a missing folder", async () => {
    const d = folder("missing");
    const out = path.join(d, "tidak-ada", "hasil.xlsx");
    const r = await cli("fill", path.join(d, "klungkung.xlsx"), "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${out}: folder ${path.join(d, "tidak-ada")} tidak ada`);
    expect(r.err).toContain("does not exist");
  });

  it("returns exit 2 naming a read-only target, left as it was", async () => {
    const d = folder("readonly");
    const out = path.join(d, "hasil.xlsx");
    fs.writeFileSync(out, "lama");
    fs.chmodSync(out, 0o444);
    const r = await cli("fill", path.join(d, "klungkung.xlsx"), "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${out}: berkas hanya-baca`);
    expect(r.err).toContain("the file is read-only");
    expect(fs.readFileSync(out, "utf8")).toBe("lama");
    expect(temps(d)).toEqual([]);
  });

  it("returns exit 2 naming a read-only folder", async () => {
    const d = folder("readonly-dir");
    const out = path.join(d, "hasil.xlsx");
    fs.chmodSync(d, 0o555);
    // root writes into a 555 folder anyway: there the kernel's answer (EACCES) is simulated.
    const realOpen = fs.openSync;
    if (asRoot)
      jest.spyOn(fsModule, "openSync").mockImplementation(((
        p: fs.PathLike,
        flags: fs.OpenMode,
        mode?: fs.Mode,
      ) => {
        if (String(p).endsWith(".tmp"))
          throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
        return realOpen(p, flags, mode);
      }) as typeof fs.openSync);
    try {
      const r = await cli("fill", path.join(d, "klungkung.xlsx"), "-o", out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${out}: berkas tidak dapat ditulis (tidak ada izin menulis)`);
      expect(r.err).toContain("no permission to write");
      expect(fs.existsSync(out)).toBe(false);
      expect(temps(d)).toEqual([]);
    } finally {
      fs.chmodSync(d, 0o755);
    }
  });

  it("returns exit 2 naming the file on a full disk (ENOSPC), no temp file left", async () => {
    const d = folder("full");
    const out = path.join(d, "hasil.xlsx");
    jest.spyOn(fsModule, "writeSync").mockImplementation(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    const r = await cli("fill", path.join(d, "klungkung.xlsx"), "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${out}: berkas tidak dapat ditulis (disk penuh); tidak ada yang ditulis`,
    );
    expect(r.err).toContain("(the disk is full)");
    expect(fs.existsSync(out)).toBe(false);
    expect(temps(d)).toEqual([]);
  });
});

describe("writeFileAtomic", () => {
  it("returns the bytes written through an exclusive temp file, never following a planted link", async () => {
    const d = folder("planted");
    const victim = path.join(d, "korban.txt");
    fs.writeFileSync(victim, "jangan ditimpa");
    // A link planted at the name the old writer used (.NAME.PID.tmp): it is neither followed nor
    // left pointing at a changed file.
    fs.symlinkSync(victim, path.join(d, `.hasil.xlsx.${process.pid}.tmp`));
    await writeFileAtomic(path.join(d, "hasil.xlsx"), Buffer.from("isi"));
    expect(fs.readFileSync(path.join(d, "hasil.xlsx"), "utf8")).toBe("isi");
    expect(fs.readFileSync(victim, "utf8")).toBe("jangan ditimpa");
  });

  describe("edge cases", () => {
    it("returns an error when the exclusive create meets an existing name (EEXIST), the link untouched", async () => {
      const d = folder("eexist");
      const victim = path.join(d, "korban.txt");
      fs.writeFileSync(victim, "jangan ditimpa");
      const realOpen = fs.openSync;
      jest.spyOn(fsModule, "openSync").mockImplementation(((
        p: fs.PathLike,
        flags: fs.OpenMode,
        mode?: fs.Mode,
      ) => {
        // Every temp name is taken by a link to the victim (the race O_EXCL protects against).
        if (String(p).endsWith(".tmp")) fs.symlinkSync(victim, String(p));
        return realOpen(p, flags, mode);
      }) as typeof fs.openSync);
      await expect(
        writeFileAtomic(path.join(d, "hasil.xlsx"), Buffer.from("isi")),
      ).rejects.toMatchObject({
        problems: [
          expect.objectContaining({
            code: "cli.write",
            messageEn: expect.stringContaining("error EEXIST"),
          }),
        ],
      });
      expect(fs.readFileSync(victim, "utf8")).toBe("jangan ditimpa");
      expect(fs.existsSync(path.join(d, "hasil.xlsx"))).toBe(false);
    });
  });
});
