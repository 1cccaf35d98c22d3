// What a learner or a room must see is on screen at once (issue 8), for every registered
// simulator's flagship scenario, in both locales:
// - page mode at 1280×720, 1366×768, 1920×1080 and 390×844: after → from the top of the
//   simulator, the picture and the whole caption are inside the viewport;
// - presentation mode at 1280×720 and 1920×1080, and a 1280×720 iframe with ?present=1: every
//   drawn part of the picture (panels, legend) and the full caption are inside the viewport.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { inside, openSim, pictureBoxes } from '../support/sim-page';
import { simIds, simulators } from '../../simulators/registry.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LOCALES = ['en', 'zh-cn'] as const;
const PAGE_SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [390, 844],
] as const;

async function stepFromTop(p: Page | Frame, steps: number, shell = '.sim-shell'): Promise<void> {
  await p.locator(shell).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  for (let i = 0; i < steps; i++) await p.locator(`${shell} [data-cmd="step"]`).click();
  await p.locator(shell).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await p.waitForTimeout(150);
}

async function expectWholePicture(p: Page | Frame, label: string): Promise<void> {
  const b = await pictureBoxes(p as Page);
  const vp = { x: 0, y: 0, width: b.viewport.w, height: b.viewport.h };
  expect(b.parts.length, label).toBeGreaterThan(5);
  const out = b.parts.filter((part) => !inside(part, vp) || !inside(part, b.stage));
  expect(out.map((o) => o.what).slice(0, 5), `${label}: parts off screen or clipped`).toEqual([]);
  expect(inside(b.caption, vp), `${label}: caption ${JSON.stringify(b.caption)}`).toBe(true);
}

describe.each(simIds)('layout of %s', (id) => {
  const entry = simulators[id];
  const query = `?sim=${id}&sc=${entry.flagship}`;

  for (const locale of LOCALES) {
    const prefix = locale === 'en' ? '' : 'zh-cn/';

    it.each(PAGE_SIZES)(`${locale}: page mode at %i×%i keeps picture and caption on screen while stepping`, async (w, h) => {
      const p = await openSim(browser, `${site}${prefix}${entry.page}${query}`, { viewport: { width: w, height: h }, reducedMotion: 'reduce' });
      for (const steps of [1, 6]) {
        await stepFromTop(p, steps);
        const b = await pictureBoxes(p);
        const vp = { x: 0, y: 0, width: w, height: h };
        expect(inside(b.stage, vp, 2), `stage ${JSON.stringify(b.stage)} at ${w}×${h}`).toBe(true);
        expect(inside(b.caption, vp, 2), `caption ${JSON.stringify(b.caption)} at ${w}×${h}`).toBe(true);
      }
      expect(p.errors).toEqual([]);
      await p.context().close();
    });

    it.runIf(entry.chapter)(`${locale}: inline in its chapter at 1366×768, picture and caption fit one screen`, async () => {
      const p = await openSim(browser, `${site}${prefix}${entry.chapter}`, { viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
      // A chapter may hold more than one simulator: this one's own shell.
      const shell = `.sim-shell[data-sim="${id}"]`;
      await p.locator(shell).scrollIntoViewIfNeeded();
      await p.locator(`${shell}[data-ready="true"]`).waitFor({ timeout: 20_000 });
      await stepFromTop(p, 2, shell);
      const b = await pictureBoxes(p, shell);
      const vp = { x: 0, y: 0, width: 1366, height: 768 };
      expect(inside(b.stage, vp, 2), `stage ${JSON.stringify(b.stage)}`).toBe(true);
      expect(inside(b.caption, vp, 2), `caption ${JSON.stringify(b.caption)}`).toBe(true);
      await p.context().close();
    });

    it.each([
      [1280, 720],
      [1920, 1080],
    ] as const)(`${locale}: presentation mode at %i×%i shows every part of the picture and the whole caption`, async (w, h) => {
      const p = await openSim(browser, `${site}${prefix}${entry.page}${query}`, { viewport: { width: w, height: h }, reducedMotion: 'reduce' });
      await p.locator('body').click({ position: { x: 5, y: 5 } });
      await p.keyboard.press('p');
      for (let i = 0; i < 12; i++) {
        await p.keyboard.press('ArrowRight');
        if (i % 3 === 2) await expectWholePicture(p, `${w}×${h} step ${i + 1}`);
      }
      await p.screenshot({ path: `test-results/present-${id}-${locale}-${w}x${h}.png` });
      await p.context().close();
    });

    it(`${locale}: a 1280×720 iframe with ?present=1 shows every part of the picture and the whole caption`, async () => {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
      const p = await ctx.newPage();
      await p.goto(`${site}${prefix}${entry.page}`);
      await p.setContent(`<iframe src="${site}${prefix}embed/${id}/${query}&present=1" width="1280" height="720" style="border:0"></iframe>`);
      const frame = p.frames()[1]!;
      await frame.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
      for (let i = 0; i < 12; i++) {
        await frame.locator('[data-cmd="step"]').evaluate((b) => (b as HTMLButtonElement).click());
        if (i % 4 === 3) await expectWholePicture(frame, `iframe step ${i + 1}`);
      }
      await ctx.close();
    });
  }
});
