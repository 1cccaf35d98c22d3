// Every Mermaid diagram, measured in the browser at 1366×768 and 390×844: its text never renders
// below ~14 px, and a diagram wider than the column shows the scroll hint and the Enlarge button
// (and a diagram that fits shows neither). The full-screen view opens, zooms and gives it back.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { builtPages } from '../support/site';

const site = inject('siteUrl');
const MIN_TEXT_PX = 13.9;
const withDiagrams = builtPages()
  .filter((p) => p.html.includes('class="diagram-wrap"'))
  .map((p) => p.path);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Measure = { smallest: number; overflows: boolean; toolsShown: boolean; hasEnlarge: boolean };

function measure(page: Page): Promise<Measure[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => {
      let smallest = Infinity;
      for (const t of figure.querySelectorAll<SVGGraphicsElement>('svg text')) {
        if (!t.textContent?.trim()) continue;
        const m = t.getScreenCTM();
        if (!m) continue;
        smallest = Math.min(smallest, Math.hypot(m.a, m.b) * parseFloat(getComputedStyle(t).fontSize));
      }
      const tools = figure.nextElementSibling as HTMLElement | null;
      return {
        smallest,
        overflows: figure.scrollWidth > figure.clientWidth + 1,
        toolsShown: !!tools && !tools.hidden && tools.getBoundingClientRect().height > 0,
        hasEnlarge: !!tools?.querySelector('button.diagram-enlarge'),
      };
    }),
  );
}

describe('diagrams', () => {
  it('finds the pages with diagrams', () => {
    expect(withDiagrams.length).toBeGreaterThan(10);
  });

  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    it(`text ≥ 14 px and overflow hinted, at ${width} px`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
      const page = await ctx.newPage();
      const problems: string[] = [];
      let overflowing = 0;
      for (const path of withDiagrams) {
        await page.goto(site + path);
        await page.waitForFunction(() => document.readyState === 'complete');
        // The script sets the hints from a ResizeObserver: give it a frame.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        (await measure(page)).forEach((d, i) => {
          const where = `${path} diagram ${i + 1} at ${width}px`;
          if (!(d.smallest >= MIN_TEXT_PX)) problems.push(`${where}: text ${d.smallest.toFixed(1)} px`);
          if (d.overflows !== d.toolsShown) problems.push(`${where}: overflows=${d.overflows} but hint shown=${d.toolsShown}`);
          if (!d.hasEnlarge) problems.push(`${where}: no Enlarge button`);
          if (d.overflows) overflowing += 1;
        });
      }
      await ctx.close();
      expect(problems).toEqual([]);
      // At phone width the wide diagrams do overflow: the check above really ran on some.
      if (width === 390) expect(overflowing).toBeGreaterThan(0);
    });
  }

  it('Enlarge opens the diagram full screen at its natural size, zooms, and gives it back on Escape', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(site + 'runtime/scheduler/');
    const button = page.locator('.diagram-tools:not([hidden]) .diagram-enlarge').first();
    await button.click();
    const dialog = page.locator('dialog.diagram-dialog[open]');
    await dialog.waitFor();
    const width = () => dialog.locator('svg').evaluate((s) => s.getBoundingClientRect().width);
    const natural = await dialog.locator('svg').evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width);
    expect(Math.abs((await width()) - natural)).toBeLessThan(2);
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    expect(await width()).toBeGreaterThan(natural * 1.4);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The SVG is back in its frame, and focus is back on the button.
    await expect(page.locator('figure.diagram').first().locator('svg').count()).resolves.toBe(1);
    await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await ctx.close();
  });
});
