// Helpers for end-to-end tests of any registered simulator.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export type Snapshot = { position: number; state: unknown };

export async function openSim(browser: Browser, url: string, opts: BrowserContextOptions = {}): Promise<Page & { errors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'], ...opts });
  const page = (await ctx.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  // A simulator inside a chapter starts when it comes near the viewport, as a reader scrolls to it.
  await page.locator('.sim-shell').first().scrollIntoViewIfNeeded();
  await page.locator('.sim-shell[data-ready="true"]').first().waitFor({ timeout: 20_000 });
  return page;
}

export const snapshot = (page: Page, i = 0): Promise<Snapshot> =>
  page.evaluate((i) => {
    const shell = (window as unknown as { __sims: { current: { position: number; state: unknown } }[] }).__sims[i]!;
    return { position: shell.current.position, state: JSON.parse(JSON.stringify(shell.current.state)) };
  }, i);

/** Waits until the shell has measured the whole run; returns its length. */
export async function runLength(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __sims: { measuredLength: { done: boolean } }[] }).__sims[0]!.measuredLength.done, null, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __sims: { measuredLength: { n: number } }[] }).__sims[0]!.measuredLength.n);
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Boxes of the picture's drawn parts, the stage and the caption, for "is it on screen" checks;
 * `shellSelector` picks the simulator where a page (a chapter) holds more than one.
 */
export function pictureBoxes(page: Page, shellSelector = '.sim-shell'): Promise<{ stage: Box; caption: Box; parts: (Box & { what: string })[]; viewport: { w: number; h: number } }> {
  return page.evaluate((shellSelector) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const shell = document.querySelector(shellSelector)!;
    const stage = shell.querySelector('.sim-stage')!;
    const parts = [...stage.querySelectorAll('svg rect, svg text, svg circle, svg path')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).display !== 'none';
      })
      .map((el) => ({ ...box(el), what: `${el.tagName}.${el.getAttribute('class') ?? ''} ${el.textContent?.slice(0, 20) ?? ''}` }));
    return { stage: box(stage), caption: box(shell.querySelector('.sim-caption')!), parts, viewport: { w: innerWidth, h: innerHeight } };
  }, shellSelector);
}

export function inside(b: Box, outer: { x: number; y: number; width: number; height: number }, slack = 1): boolean {
  return b.x >= outer.x - slack && b.y >= outer.y - slack && b.x + b.width <= outer.x + outer.width + slack && b.y + b.height <= outer.y + outer.height + slack;
}
