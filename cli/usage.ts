/**
 * What every part of the command line shares without loading anything heavy: the output channel,
 * the exit codes, and the usage mistake (printed in both languages, exit 2).
 */
import { t, type LabelKey } from "./labels";
import { fillIn } from "./format";

export { EXIT, type Io } from "./exit";

/** A usage mistake: printed in both languages, exit 2. */
export class UsageError extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export const usage = (key: LabelKey, vars: Record<string, string | number> = {}): UsageError =>
  new UsageError(fillIn(t(key, "id"), vars), fillIn(t(key, "en"), vars));
