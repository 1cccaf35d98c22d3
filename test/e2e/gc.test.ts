// What only the GC marking simulator has (issue 9, "done when"): a reader picks "Dijkstra without
// re-scan", presses "Find a losing interleaving" (explore in a Web Worker), steps with the keyboard
// through the moves that free a live object, sees it freed while still pointed to and reads why,
// switches to the hybrid barrier and is told no losing interleaving exists. In English and
// Chinese, in presentation mode, offline, and under a CSP of script-src 'self'. Everything every
// simulator must do is in simulators.test.ts and layout.test.ts.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { inside, openSim, pictureBoxes, snapshot } from '../support/sim-page';
import { base64urlDecode } from '../../simulators/core/url-state.ts';
import { explore, scenarioById } from '../../simulators/gc/index.ts';
import type { GcConfig, GcState } from '../../simulators/gc/types.ts';

const site = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Words = { found: RegExp; none: RegExp; freed: string; lost: string; step: string; sweep: RegExp };
const WORDS: Record<'en' | 'zh-cn', Words> = {
  en: {
    found: /^Found an interleaving that loses B: 8 moves/,
    none: /^No losing interleaving exists for this program/,
    freed: 'freed, still pointed to',
    lost: 'Lost: B',
    step: 'step 4',
    sweep: /sweepone\s*frees the 1 white object\(s\) \(B\)/,
  },
  'zh-cn': {
    found: /^找到一种会丢失 B 的交错：共 8 步/,
    none: /^这个程序不存在会丢失对象的交错/,
    freed: '已释放，仍被指向',
    lost: '丢失：B',
    step: '第 4 步',
    sweep: /sweepone\s*释放 1 个白色对象（B）/,
  },
};

const state = (p: Page) => snapshot(p).then((s) => s.state as GcState);
const status = (p: Page) => p.locator('.sim-status').textContent().then((t) => t ?? '');

/** Presses "Find a losing interleaving" from the keyboard and waits for the worker's answer. */
async function find(p: Page): Promise<string> {
  const before = await status(p);
  await p.locator('[data-command="explore"]').focus();
  await p.keyboard.press('Enter');
  await p.waitForFunction((prev) => {
    const s = document.querySelector('.sim-status')?.textContent ?? '';
    return s !== prev && !/Working|…/.test(s) && s.length > 20;
  }, before, { timeout: 60_000 });
  await expect(p.locator('[data-command="explore"]').isDisabled()).resolves.toBe(false);
  return status(p);
}

/** → until sweep has run (keyboard only); returns how many presses it took. */
async function stepToSweep(p: Page): Promise<number> {
  await p.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 1; i <= 20; i++) {
    await p.keyboard.press('ArrowRight');
    if ((await state(p)).cycleDone) return i;
  }
  throw new Error('sweep never ran');
}

/** The picture shows B freed while G1's stack still points to it, and the numbered story. */
async function expectLossShown(p: Page, w: Words): Promise<void> {
  const b = p.locator('.gc-svg g.gc-node.is-freed.is-lost');
  await expect(b.count()).resolves.toBe(1);
  await expect(b.locator('.gc-label').textContent()).resolves.toBe('B');
  await expect(p.locator('.gc-svg path.gc-edge.is-dangling').count()).resolves.toBe(1);
  const texts = await p.locator('.gc-svg text').allTextContents();
  expect(texts).toContain(w.freed);
  expect(texts).toContain(w.lost);
  expect(texts.some((t) => t.includes(w.step))).toBe(true);
  await expect(p.locator('.sim-caption').textContent()).resolves.toMatch(w.sweep);
  // The engine agrees: B is freed and still reachable from G1's stack.
  const s = await state(p);
  expect(s.objects.B!.freed).toBe(true);
  expect(s.goroutines[0]!.stack[0]).toBe('B');
}

async function doneWhen(p: Page & { errors: string[] }, locale: 'en' | 'zh-cn'): Promise<void> {
  const w = WORDS[locale];
  await expect(p.locator('.sim-scenario').inputValue()).resolves.toBe('dijkstra-stack');
  await expect(p.locator('[data-control="barrier"] select').inputValue()).resolves.toBe('dijkstra');
  await expect(p.locator('[data-control="rescanStacks"] input').isChecked()).resolves.toBe(false);

  expect(await find(p)).toMatch(w.found);
  // The found schedule is loaded, and the URL keeps it (cfg=), exactly what explore returns.
  const expected = explore({ ...scenarioById('dijkstra-stack')!.config, schedule: undefined }).schedule;
  expect((await state(p)).config.schedule).toEqual(expected);
  await p.waitForFunction(() => location.search.includes('cfg='));
  const cfg = JSON.parse(base64urlDecode(new URL(p.url()).searchParams.get('cfg')!)!) as GcConfig;
  expect(cfg.schedule).toEqual(expected);
  expect((await snapshot(p)).position).toBe(0);

  const presses = await stepToSweep(p);
  expect(presses).toBe(9);
  await expectLossShown(p, w);
  // The text alternative tells the same story.
  await p.locator('.sim-text summary').click();
  // The shell renders the text alternative on the details' toggle event, which fires after the click.
  await expect.poll(() => p.locator('.sim-text-body ol li').count()).toBe(4);

  // Switch to the hybrid barrier (design 17503): no interleaving loses an object.
  await p.locator('[data-control="barrier"] select').selectOption('hybrid');
  expect((await state(p)).config.barrier).toBe('hybrid');
  expect(await find(p)).toMatch(w.none);
  await stepToSweep(p);
  await expect(p.locator('.gc-svg g.gc-node.is-freed:not(.is-legend)').count()).resolves.toBe(0);
  expect(p.errors).toEqual([]);
}

describe('GC marking simulator', () => {
  it('done when: Dijkstra without re-scan → find a losing interleaving → step to the sweep that frees B → hybrid → none', async () => {
    const p = await openSim(browser, `${site}simulators/gc-marking/`, { reducedMotion: 'reduce' });
    await doneWhen(p, 'en');
    await p.context().close();
  });

  it('does the same in Chinese', async () => {
    const p = await openSim(browser, `${site}zh-cn/simulators/gc-marking/`, { reducedMotion: 'reduce' });
    await expect(p.locator('[data-command="explore"]').textContent()).resolves.toBe('寻找会丢失对象的交错');
    await doneWhen(p, 'zh-cn');
    await p.context().close();
  });

  it('presentation mode: the found interleaving steps to the loss, and the whole picture and caption fit 1280×720', async () => {
    const p = await openSim(browser, `${site}simulators/gc-marking/?sim=gc&sc=dijkstra-stack`, { reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
    expect(await find(p)).toMatch(WORDS.en.found);
    await p.locator('body').click({ position: { x: 5, y: 5 } });
    await p.keyboard.press('p');
    await expect(p.locator('.sim-shell').getAttribute('data-presenting')).resolves.toBe('');
    await stepToSweep(p);
    await expectLossShown(p, WORDS.en);
    const b = await pictureBoxes(p);
    const vp = { x: 0, y: 0, width: 1280, height: 720 };
    const out = b.parts.filter((part) => !inside(part, vp) || !inside(part, b.stage));
    expect(out.map((o) => o.what)).toEqual([]);
    expect(inside(b.caption, vp)).toBe(true);
    // Large type: the story's text is drawn at least 12 px high on screen.
    const px = await p.locator('.gc-svg text.gc-trail-item').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(px).toBeGreaterThanOrEqual(12);
    await p.keyboard.press('p');
    await p.locator('[data-control="barrier"] select').selectOption('hybrid-go');
    expect(await find(p)).toMatch(WORDS.en.none);
    await p.context().close();
  });

  it('presentation mode: S opens the settings over the picture — switch the barrier and search without leaving it', async () => {
    const vp = { x: 0, y: 0, width: 1280, height: 720 };
    const p = await openSim(browser, `${site}simulators/gc-marking/?sim=gc&sc=dijkstra-stack`, { reducedMotion: 'reduce', viewport: { width: vp.width, height: vp.height } });
    const panel = p.locator('.sim-panels');
    await p.locator('body').click({ position: { x: 5, y: 5 } });
    await p.keyboard.press('p');
    await expect(panel.isVisible()).resolves.toBe(false);
    await p.keyboard.press('s');
    await expect(p.locator('[data-cmd="settings"]').getAttribute('aria-expanded')).resolves.toBe('true');
    // The panel is on screen, over the picture, with the first setting focused.
    expect(inside((await panel.boundingBox())!, vp)).toBe(true);
    await expect(p.evaluate(() => document.activeElement?.closest('[data-control]')?.getAttribute('data-control'))).resolves.toBe('barrier');
    expect(await find(p)).toMatch(WORDS.en.found);
    // The answer shows beside the button too: the toolbar's status may be hidden in this mode.
    await expect(p.locator('.sim-command-status').textContent()).resolves.toMatch(WORDS.en.found);
    await expect(p.locator('.sim-command-status').isVisible()).resolves.toBe(true);
    // Esc closes the panel, not presentation mode; → steps the found interleaving to the loss.
    await p.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    await expect(p.locator('.sim-shell').getAttribute('data-presenting')).resolves.toBe('');
    for (let i = 0; i < 20 && !(await state(p)).cycleDone; i++) await p.keyboard.press('ArrowRight');
    await expectLossShown(p, WORDS.en);
    await p.keyboard.press('s');
    await p.locator('[data-control="barrier"] select').selectOption('hybrid');
    expect(await find(p)).toMatch(WORDS.en.none);
    await expect(p.locator('.sim-shell').getAttribute('data-presenting')).resolves.toBe('');
    expect(p.errors).toEqual([]);
    await p.context().close();
  });

  it('Esc cancels a search that is still running', async () => {
    const p = await openSim(browser, `${site}simulators/gc-marking/?sim=gc&sc=large-heap`, { reducedMotion: 'reduce' });
    await p.locator('[data-command="explore"]').click();
    await expect(p.locator('.sim-shell').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(p.locator('[data-command="explore"]').textContent()).resolves.toBe('Cancel (Esc)');
    await p.locator('body').click({ position: { x: 5, y: 5 } });
    await p.keyboard.press('Escape');
    await expect(p.locator('.sim-shell').getAttribute('aria-busy')).resolves.toBe(null);
    // The reader is told the search stopped, and the button reads as before.
    await expect(status(p)).resolves.toBe('Cancelled: nothing was changed.');
    await expect(p.locator('[data-command="explore"]').textContent()).resolves.toBe('Find a losing interleaving');
    expect((await snapshot(p)).position).toBe(0);
    expect(p.errors).toEqual([]);
    await p.context().close();
  });

  it('says the search stopped (not that none exists) on the large heap', async () => {
    const p = await openSim(browser, `${site}simulators/gc-marking/?sim=gc&sc=large-heap`, { reducedMotion: 'reduce' });
    expect(await find(p)).toBe('The search stopped at 25,000 states without finding a loss. This program has too many interleavings to search them all, so that is not a proof.');
    await p.context().close();
  });

  it('runs the search under a Content-Security-Policy of script-src \'self\' (the worker is a same-origin file)', async () => {
    const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 1000 } });
    const page = await ctx.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()) && /worker/i.test(m.text())) violations.push(m.text());
    });
    await page.route(`${site}simulators/gc-marking/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': "script-src 'self'" } });
    });
    await page.goto(`${site}simulators/gc-marking/?sim=gc&sc=yuasa-stack`);
    await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
    const p = Object.assign(page, { errors: [] as string[] });
    expect(await find(p)).toMatch(/^Found an interleaving that loses B/);
    expect(violations).toEqual([]);
    await ctx.close();
  });

  it('finds a losing interleaving offline, after one visit', async () => {
    const ctx: BrowserContext = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(site);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')), undefined, { timeout: 60_000 });
    // The worker's script is in the precache list.
    const precached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((k) => k.includes('precache'))!);
      return (await cache.keys()).map((r) => r.url).filter((u) => /explore\.worker-/.test(u));
    });
    // Every explore worker the build made (GC's gc-explore.worker and the ring's) is precached.
    const built = readdirSync('dist/_astro').filter((f) => /explore\.worker-.*\.js$/.test(f));
    expect(built.some((f) => f.startsWith('gc-explore.worker-'))).toBe(true);
    expect(precached.map((u) => u.slice(u.lastIndexOf('/') + 1).split('?')[0]).sort()).toEqual(built.sort());
    await ctx.setOffline(true);
    await page.goto(`${site}simulators/gc-marking/?sim=gc&sc=no-barrier`);
    await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
    const p = Object.assign(page, { errors: [] as string[] });
    expect(await find(p)).toMatch(/^Found an interleaving that loses C/);
    await ctx.close();
  });

  it('a setting restarts the scenario on the same interleaving, and the chapter’s table links open a loss', async () => {
    const p = await openSim(browser, `${site}runtime/garbage-collector/`, { reducedMotion: 'reduce' });
    const table = p.locator('.gc-barrier-table table').first();
    await expect(table.locator('thead th').count()).resolves.toBe(5);
    await expect(table.locator('tbody tr').count()).resolves.toBe(5);
    // The table scrolls sideways in a focusable region on a phone.
    await expect(p.locator('.gc-barrier-table .table-scroll').first().getAttribute('tabindex')).resolves.toBe('0');
    const href = await table.locator('tbody tr').nth(1).locator('td').first().locator('a').getAttribute('href');
    expect(href!.startsWith(`${new URL(site).pathname}simulators/gc-marking/?sim=gc&sc=dijkstra-stack&step=0&cfg=`)).toBe(true);
    await p.goto(new URL(href!, site).toString());
    await p.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
    await stepToSweep(p);
    await expectLossShown(p, WORDS.en);
    await p.context().close();
  });
});
