/**
 * Host conformance (issue 8): every scenario of scenarios.ts on the three hosts, each host's
 * observations checked, then the three compared: same refusals, problems, sheets and cells read
 * back. Prints a scenarios x hosts table at the end.
 */
import { openHosts, type HostName } from "./hosts";
import type { Observed } from "./observe";
import { SCENARIOS } from "./scenarios";

const HOSTS: HostName[] = ["Excel", "Sheets", ".xlsx"];
const table = new Map<string, Record<string, string>>();

afterAll(() => {
  const w = Math.max(...SCENARIOS.map((s) => s.name.length));
  const lines = [
    `${"scenario".padEnd(w)}  ${HOSTS.map((h) => h.padEnd(6)).join("  ")}  same`,
    ...SCENARIOS.map((s) => {
      const row = table.get(s.name) ?? {};
      const cells = HOSTS.map((h) => (row[h] ?? "?").padEnd(6)).join("  ");
      return `${s.name.padEnd(w)}  ${cells}  ${row.same ?? "?"}`;
    }),
  ];
  console.log(`Host conformance: scenarios x hosts (ok = checks pass)\n${lines.join("\n")}`);
});

describe("host conformance", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    "returns the same outcome on Excel, Sheets and .xlsx: %s",
    async (_name, scenario) => {
      const row: Record<string, string> = {};
      table.set(scenario.name, row);
      const seen: Partial<Record<HostName, Observed[]>> = {};
      const failures: string[] = [];
      for (const h of await openHosts(scenario.grids)) {
        try {
          const obs = await scenario.play(h);
          seen[h.name] = obs;
          scenario.check(obs);
          row[h.name] = "ok";
        } catch (e) {
          row[h.name] = "FAIL";
          failures.push(`${h.name}: ${(e as Error).message}`);
        }
      }
      const [first, ...rest] = HOSTS.map((h) => seen[h]);
      row.same = rest.every((o) => JSON.stringify(o) === JSON.stringify(first)) ? "yes" : "NO";
      expect(failures).toEqual([]);
      expect(seen.Sheets).toEqual(seen.Excel);
      expect(seen[".xlsx"]).toEqual(seen.Excel);
    },
  );
});
