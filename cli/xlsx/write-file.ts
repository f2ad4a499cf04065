/**
 * Writing a file the way a database does: the bytes go to a temp file in the target's own folder,
 * created exclusively (`wx`: O_CREAT | O_EXCL, so a planted file or symlink at that name is never
 * followed or overwritten), flushed to disk (fsync), given the original's permission bits, then
 * renamed over the target in one step; the folder is fsynced so the rename itself survives a crash.
 * A symlink target is written through: the file it points at is replaced, the link stays.
 *
 * Every failure is a FileError naming the path and the reason (Indonesian, then English), and the
 * temp file is removed: the CLI exits 2 and leaves nothing behind.
 *
 * @example
 *   await writeFileAtomic("out/klungkung.xlsx", bytes); // or throws FileError
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import { problem } from "../../core";
import { FileError } from "./errors";

export { FileError } from "./errors";

const fileProblem = (id: string, en: string): FileError =>
  new FileError([problem("error", "cli.write", id, en)]);

/** The reason an fs error code gives, in both languages. */
function reason(code: string | undefined): [string, string] {
  switch (code) {
    case "ENOSPC":
      return ["disk penuh", "the disk is full"];
    case "EDQUOT":
      return ["kuota disk habis", "the disk quota is used up"];
    case "EACCES":
    case "EPERM":
      return ["tidak ada izin menulis", "no permission to write"];
    case "EROFS":
      return ["sistem berkas hanya-baca", "the file system is read-only"];
    case "ENOENT":
      return ["folder tidak ada", "the folder does not exist"];
    case "ENOTDIR":
      return ["bagian jalur bukan folder", "a part of the path is not a folder"];
    case "EISDIR":
      return ["itu sebuah folder", "it is a folder"];
    case "EIO":
      return ["galat masukan/keluaran disk", "a disk input/output error"];
    default:
      return [`galat ${code ?? "tidak dikenal"}`, `error ${code ?? "unknown"}`];
  }
}

function failure(file: string, e: unknown): FileError {
  if (e instanceof FileError) return e;
  const [id, en] = reason((e as NodeJS.ErrnoException).code);
  return fileProblem(
    `${file}: berkas tidak dapat ditulis (${id}); tidak ada yang ditulis`,
    `${file}: the file cannot be written (${en}); nothing was written`,
  );
}

/**
 * Where the bytes really go: the target itself, or for a symlink the file it points at (a link to a
 * missing file is refused: writing would create a file somewhere the user did not name).
 */
export function resolveTarget(file: string): { real: string; mode: number | null } {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw failure(file, e);
    const dir = path.dirname(path.resolve(file));
    let d: fs.Stats;
    try {
      d = fs.statSync(dir);
    } catch {
      throw fileProblem(
        `${file}: folder ${dir} tidak ada; buat dulu foldernya`,
        `${file}: the folder ${dir} does not exist; create it first`,
      );
    }
    if (!d.isDirectory())
      throw fileProblem(`${file}: ${dir} bukan folder`, `${file}: ${dir} is not a folder`);
    return { real: file, mode: null };
  }
  if (st.isSymbolicLink()) {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      throw fileProblem(
        `${file}: tautan simbolik ke berkas yang tidak ada; tidak ditulis`,
        `${file}: a symbolic link to a file that does not exist; not written`,
      );
    }
    return resolveTarget(real);
  }
  if (st.isDirectory())
    throw fileProblem(
      `${file}: ini sebuah folder, bukan berkas: beri nama berkas keluaran (mis. ${path.join(file, "hasil.xlsx")})`,
      `${file}: this is a folder, not a file: name an output file (e.g. ${path.join(file, "hasil.xlsx")})`,
    );
  if (!st.isFile())
    throw fileProblem(
      `${file}: bukan berkas biasa; tidak ditulis`,
      `${file}: not a regular file; not written`,
    );
  // No write bit at all is read-only by the owner's intent, even for root (who may write anyway).
  const writable = (st.mode & 0o222) !== 0;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    if (!writable) throw new Error("read-only");
  } catch {
    throw fileProblem(
      `${file}: berkas hanya-baca (read-only); ubah izinnya atau tulis ke berkas lain dengan -o`,
      `${file}: the file is read-only; change its permissions or write to another file with -o`,
    );
  }
  return { real: file, mode: st.mode & 0o7777 };
}

function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
}

/** Write `data` to `file` atomically (see the module comment). Throws FileError. */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  const { real, mode } = resolveTarget(file);
  const dir = path.dirname(path.resolve(real));
  const tmp = path.join(
    dir,
    `.${path.basename(real)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  let fd: number | null = null;
  let created = false;
  try {
    fd = fs.openSync(tmp, "wx", mode ?? 0o666);
    created = true;
    if (mode !== null) fs.fchmodSync(fd, mode);
    writeAll(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, real);
    created = false;
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    if (created) fs.rmSync(tmp, { force: true });
    throw failure(real === file ? file : `${file} -> ${real}`, e);
  }
  syncFolder(dir);
}

/** fsync the folder so the rename is on disk too (not every platform allows it: best effort). */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; the rename is still atomic there.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
