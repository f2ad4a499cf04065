/**
 * The output channel and the exit codes: imports nothing, so `renaksi --help` and `--version`
 * load no more than this, help.ts and Node's own modules (the labels pull in the whole core).
 */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** 0 success (warnings allowed) · 2 invalid input, nothing written · 1 unexpected (a bug). */
export const EXIT = { ok: 0, unexpected: 1, invalid: 2 } as const;
