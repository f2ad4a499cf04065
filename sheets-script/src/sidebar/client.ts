/**
 * The one typed wrapper around google.script.run: every server call returns a Promise typed by
 * ServerApi (server/api.ts), so the sidebar never touches the callback API directly.
 *
 * @example
 *   const server = serverClient();
 *   const res = await server.call("runCommand", { command: "fill", locale: "id" });
 */
import type { ServerApi } from "../server/api";

type Callback = (value: unknown) => void;

/** The shape of google.script.run (each call returns a fresh runner in Apps Script). */
export interface ScriptRunner {
  withSuccessHandler(fn: Callback): ScriptRunner;
  withFailureHandler(fn: (error: Error) => void): ScriptRunner;
  [fn: string]: unknown;
}

export interface ServerClient {
  call<K extends keyof ServerApi>(
    name: K,
    ...args: Parameters<ServerApi[K]>
  ): Promise<ReturnType<ServerApi[K]>>;
}

/** google.script.run of the page, or an error that says where it is missing. */
export function scriptRun(): ScriptRunner {
  const g = globalThis as unknown as { google?: { script?: { run?: ScriptRunner } } };
  const run = g.google?.script?.run;
  if (!run)
    throw new Error("google.script.run is not available: open this page from Google Sheets.");
  return run;
}

export function serverClient(getRun: () => ScriptRunner = scriptRun): ServerClient {
  return {
    call(name, ...args) {
      return new Promise((resolve, reject) => {
        const runner = getRun()
          .withSuccessHandler((v) => resolve(v as never))
          .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
        const fn = runner[name];
        if (typeof fn !== "function") {
          reject(new Error(`Server function ${String(name)} is not available`));
          return;
        }
        (fn as (...a: unknown[]) => void).apply(runner, args);
      });
    },
  };
}
