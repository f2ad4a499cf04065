/**
 * Shared launcher for the headless Chromium tests (taskpane and sidebar): Debian's chromium driven by
 * playwright-core, no network but what the test serves or routes.
 */
import { chromium, type Browser } from "playwright-core";
import * as fs from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium' (.ci/run does).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

/**
 * Header words wider than their cell's content box (the browser must break them mid-word); run
 * in the page. A header may wrap between words or after a hyphen, never inside a word.
 */
export function brokenHeaderWords(selector: string): string[] {
  const out: string[] = [];
  for (const th of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
    const style = getComputedStyle(th);
    const box = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const probe = document.createElement("span");
    probe.style.font = style.font;
    probe.style.whiteSpace = "nowrap";
    document.body.append(probe);
    for (const word of (th.textContent ?? "").split(/\s+|(?<=-)/).filter(Boolean)) {
      probe.textContent = word;
      if (probe.getBoundingClientRect().width > box + 0.5) out.push(word);
    }
    probe.remove();
  }
  return out;
}
