/**
 * The two refusals of the .xlsx host that are not bugs: a file that cannot be used as input
 * (missing, not an .xlsx, encrypted ...) and a file that cannot be written (folder, read-only, full
 * disk ...). Both carry problems naming the path; the CLI prints them and exits 2.
 */
import type { Problem } from "../../core";

/** A user mistake (missing file, wrong format): reported with its problems, never a stack trace. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.messageEn).join("; "));
    this.name = "InputError";
  }
}

/** A file that cannot be written: reported with its path, exit 2. */
export class FileError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.messageEn).join("; "));
    this.name = "FileError";
  }
}
