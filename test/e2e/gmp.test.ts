// What only the GMP simulator has: the work-stealing flagship step by step, interventions kept in
// shared links, the reader's bad links, and the text alternative. Everything every simulator
// must do is in simulators.test.ts and layout.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { inside, pictureBoxes } from '../support/sim-page';

const site = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Snapshot = { position: number; state: unknown };

async function open(path: string, opts: { reducedMotion?: boolean } = {}): Promise<Page> {
  const ctx = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    serviceWorkers: 'block',
    reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(site + path);
  await page.locator('.sim-shell[data-ready="true"]').first().waitFor({ timeout: 20_000 });
  return page;
}

const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => {
    const shell = (window as unknown as { __sims: { current: { position: number; state: unknown } }[] }).__sims[0]!;
    return { position: shell.current.position, state: JSON.parse(JSON.stringify(shell.current.state)) };
  });

const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

describe('GMP simulator', () => {
  it('shows P1 stealing half of P0’s queue with → and undoes it with ←, keyboard only', async () => {
    const page = await open('simulators/gmp/?sim=gmp&sc=work-stealing', { reducedMotion: true });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    let caption = '';
    let before: Snapshot | null = null;
    for (let i = 0; i < 80 && !caption.includes('runqsteal'); i++) {
      before = await snapshot(page);
      await page.keyboard.press('ArrowRight');
      caption = (await page.locator('.sim-caption').textContent()) ?? '';
    }
    expect(caption).toContain('runqsteal');
    const link = page.locator('.sim-caption a.sim-fn', { hasText: 'runqsteal' }).first();
    await expect(link.getAttribute('href')).resolves.toMatch(/github\.com\/golang\/go\/blob\/go[\d.]+\/src\/runtime\/proc\.go/);
    const after = await snapshot(page);
    type S = { ps: { runq: number[]; runnext: number | null }[] };
    const victimBefore = (before!.state as S).ps[0]!.runq.length;
    const victimAfter = (after.state as S).ps[0]!.runq.length;
    // runqgrab takes n - n/2 (ceil of half); one of the stolen Gs runs at once, the rest land in P1's queue.
    expect(victimBefore - victimAfter).toBe(victimBefore - Math.floor(victimBefore / 2));
    await page.keyboard.press('ArrowLeft');
    expect(await snapshot(page)).toEqual(before);
    await page.context().close();
  });

  it('leaves the keys to another open dialog (the site search): no step, no presentation mode behind it', async () => {
    const page = await open('simulators/gmp/?sim=gmp&sc=work-stealing', { reducedMotion: true });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    expect((await snapshot(page)).position).toBe(1);
    await page.locator('site-search button[data-open-modal]').first().click();
    // Focus on the dialog itself, not its text field (a field keeps its keys anyway).
    await page.locator('dialog[open]').first().evaluate((d) => {
      d.setAttribute('tabindex', '-1');
      (d as HTMLElement).focus();
    });
    for (const key of ['ArrowRight', 'p', 's', 'Home']) await page.keyboard.press(key);
    expect((await snapshot(page)).position).toBe(1);
    await expect(page.locator('.sim-shell').getAttribute('data-presenting')).resolves.toBe(null);
    // Closed again, the keys are the simulator's.
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    expect((await snapshot(page)).position).toBe(2);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('words beside the picture catch up when a fast run pauses: caption and position are the current step’s', async () => {
    const page = await open('simulators/gmp/?sim=gmp&sc=work-stealing', { reducedMotion: true });
    // 60 steps/s: the caption is written at most every 100 ms while playing.
    await page.evaluate(() => (window as unknown as { __sims: { setSpeed(i: number): void }[] }).__sims[0]!.setSpeed(6));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    // Several pauses at different moments: any one may fall on a frame that wrote the words anyway.
    for (const ms of [130, 200, 170, 240]) {
      await page.keyboard.press(' ');
      await page.waitForTimeout(ms);
      await page.keyboard.press(' ');
      const { position: at } = await snapshot(page);
      await expect(page.locator('.sim-pos').textContent()).resolves.toMatch(new RegExp(`^step ${at} of`));
    }
    const { position } = await snapshot(page);
    expect(position).toBeGreaterThan(5);
    const caption = await page.locator('.sim-caption').innerHTML();
    // The same step drawn afresh (back, then forward) says the same.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect((await snapshot(page)).position).toBe(position);
    await expect(page.locator('.sim-caption').innerHTML()).resolves.toBe(caption);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('copies a link that reopens the exact state in another tab, interventions included', async () => {
    const page = await open('simulators/gmp/?sim=gmp&sc=syscall-handoff', { reducedMotion: true });
    for (let i = 0; i < 6; i++) await page.locator('[data-cmd="step"]').click();
    await page.locator('form[data-intervention="spawn"] button').click();
    for (let i = 0; i < 3; i++) await page.locator('[data-cmd="step"]').click();
    const original = await snapshot(page);
    await page.locator('[data-cmd="copy"]').click();
    await expect.poll(() => page.locator('.sim-status').textContent(), { timeout: 10_000 }).toMatch(/copied|复制/i);
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain('sim=gmp');
    expect(url).toContain('a=');
    const other = await page.context().newPage();
    await other.goto(url);
    await other.locator('.sim-shell[data-ready="true"]').waitFor();
    expect(await snapshot(other)).toEqual(original);
    await page.context().close();
  });

  it('shows a clear message for a broken link and falls back to the default scenario', async () => {
    for (const query of ['?sim=gmp&sc=no-such-scenario', '?sim=gmp&sc=work-stealing&step=-4', '?sim=gmp&sc=work-stealing&a=%%%', `?sim=gmp&sc=work-stealing&a=${'A'.repeat(12000)}`]) {
      const page = await open(`simulators/gmp/${query}`);
      const box = page.locator('.sim-error-box');
      await expect(box.isVisible()).resolves.toBe(true);
      await expect(box.textContent()).resolves.toMatch(/could not be used/);
      await expect(page.locator('.sim-pos').textContent()).resolves.toMatch(/^step 0 of/);
      expect((await snapshot(page)).position).toBe(0);
      // The page keeps working.
      await page.locator('[data-cmd="step"]').click();
      expect((await snapshot(page)).position).toBe(1);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps the text alternative in the DOM, in sync with the picture', async () => {
    const page = await open('simulators/gmp/?sim=gmp&sc=runq-overflow', { reducedMotion: true });
    await page.locator('.sim-text summary').click();
    for (let i = 0; i < 10; i++) await page.locator('[data-cmd="step"]').click();
    const table = page.locator('.sim-text-body table').first();
    await expect(table.locator('caption').count()).resolves.toBe(1);
    // P0's row lists exactly the Gs of P0's local run queue, in order.
    const check = async () => {
      const s = (await snapshot(page)).state as { ps: { runq: number[] }[] };
      const row = (await table.locator('tbody tr').first().textContent()) ?? '';
      expect(s.ps[0]!.runq.length).toBeGreaterThan(0);
      for (const g of s.ps[0]!.runq.slice(0, 3)) expect(row).toMatch(new RegExp(`\\bG${g}\\b`));
    };
    await check();
    for (let i = 0; i < 7; i++) await page.locator('[data-cmd="step"]').click();
    await check();
    await page.context().close();
  });

  it('the instructors page’s iframe snippet, at 1280×720, shows the picture and the whole caption inside the frame', async () => {
    for (const prefix of ['', 'zh-cn/']) {
      const html = await (await fetch(`${site}${prefix}simulators/instructors/`)).text();
      // The snippet as the page shows it (HTML-escaped inside the code block).
      const src = /&lt;base>\/|<base>\/|&#x3C;base>\//.exec(html) ? /(?:&lt;|<|&#x3C;)base>\/((?:zh-cn\/)?embed\/[a-z0-9-]+\/\?[^"<]*?)(?:&#x22;|"|&quot;)/.exec(html) : null;
      expect(src, 'snippet found').not.toBeNull();
      const path = src![1]!.replace(/&#x26;|&amp;/g, '&');
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
      const page = await ctx.newPage();
      await page.goto(site);
      await page.setContent(`<iframe src="${site}${path}" width="1280" height="720" style="border:0"></iframe>`);
      const frame = page.frames()[1]!;
      await frame.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
      for (let i = 0; i < 6; i++) {
        await frame.locator('[data-cmd="step"]').evaluate((b) => (b as HTMLButtonElement).click());
        const b = await pictureBoxes(frame as unknown as Page);
        const vp = { x: 0, y: 0, width: 1280, height: 720 };
        expect(inside(b.caption, vp), `${prefix} caption ${JSON.stringify(b.caption)}`).toBe(true);
        expect(inside(b.stage, vp), `${prefix} stage ${JSON.stringify(b.stage)}`).toBe(true);
      }
      await ctx.close();
    }
  });
});
