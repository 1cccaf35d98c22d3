// Long chapters render their off-screen code blocks and tables lazily (content-visibility, for
// the first render's cost: issue 13), and still behave as a fully laid-out page for a reader:
// a link to a heading lands on it, and scrolling back up does not jump.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';

const site = inject('siteUrl');
const PAGE = 'runtime/diagnostics/'; // 26 code blocks and 6 tables
const SIZES = [
  [1366, 768],
  [390, 844],
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, width: number, height: number): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

describe.each(SIZES)('a long chapter at %i×%i', (w, h) => {
  it('skips the code blocks far below the first screen on load', async () => {
    const page = await open(`${site}${PAGE}`, w, h);
    const rendered = await page.$$eval('.sl-markdown-content .expressive-code pre', (pres) =>
      pres.map((p) => p.checkVisibility({ contentVisibilityAuto: true })),
    );
    expect(rendered.length).toBeGreaterThan(20);
    expect(rendered.at(-1), 'the last code block is not rendered yet').toBe(false);
    await page.context().close();
  });

  it('lands a link to a heading far down the page at the top of the view', async () => {
    for (const id of ['godebug-traces', 'keeping-leaks-out-with-tests']) {
      const page = await open(`${site}${PAGE}#${id}`, w, h);
      await page.waitForTimeout(400);
      const top = await page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id);
      // Below the fixed header (and the mobile table of contents bar), within the first fifth.
      expect(top, `#${id}`).toBeGreaterThan(40);
      expect(top, `#${id}`).toBeLessThan(h / 5);
      await page.context().close();
    }
  });

  it('scrolls back up from the end without jumps as blocks above render', async () => {
    const page = await open(`${site}${PAGE}`, w, h);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
    const moves: number[] = [];
    for (let i = 0; i < 8; i++) {
      const before = await page.evaluate(() => {
        const el = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content > *')].find((e) => e.getBoundingClientRect().bottom > 150)!;
        el.dataset.tracked = '';
        return el.getBoundingClientRect().top;
      });
      await page.mouse.wheel(0, -500);
      await page.waitForTimeout(250);
      const after = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('[data-tracked]')!;
        delete el.dataset.tracked;
        return el.getBoundingClientRect().top;
      });
      moves.push(Math.round(after - before));
    }
    // What is on screen moves by exactly what the reader scrolled.
    expect(moves.filter((m) => Math.abs(m - 500) > 2), `moves ${moves.join(' ')}`).toEqual([]);
    await page.context().close();
  });
});
