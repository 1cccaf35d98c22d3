// The GMP simulator as readers and instructors use it: scenarios, stepping both ways, keyboard
// only, shareable links, presentation mode, the embed route, bad links, both locales.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch } from '../support/browser';
import { scenarios } from '../../simulators/gmp/index.ts';

const site = inject('siteUrl');
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

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
  it('loads every scenario, steps forward and back, and back returns the same state', async () => {
    const page = await open('simulators/gmp/', { reducedMotion: true });
    for (const sc of scenarios) {
      await page.locator('.sim-scenario').selectOption(sc.id);
      await expect(page.locator('.sim-summary').textContent()).resolves.toBe(sc.summary.en);
      const start = await snapshot(page);
      expect(start.position).toBe(0);
      for (let i = 0; i < 5; i++) await page.locator('[data-cmd="step"]').click();
      const five = await snapshot(page);
      expect(five.position).toBe(5);
      await expect(page.locator('.sim-caption a.sim-fn').first()).toBeDefined();
      expect(await page.locator('.sim-log li').count()).toBeGreaterThan(0);
      await page.locator('[data-cmd="back"]').click();
      await page.locator('[data-cmd="step"]').click();
      expect(await snapshot(page)).toEqual(five);
      await page.locator('[data-cmd="reset"]').click();
      expect(await snapshot(page)).toEqual(start);
    }
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

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

  it('plays and pauses with Space, changes speed with + and −, resets with Home', async () => {
    const page = await open('simulators/gmp/?sim=gmp&sc=go-runnext');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(page.locator('.sim-speed').inputValue()).resolves.toBe('4');
    await page.keyboard.press('-');
    await expect(page.locator('.sim-speed').inputValue()).resolves.toBe('3');
    await page.keyboard.press(' ');
    await expect(page.locator('[data-cmd="play"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForFunction(() => (window as unknown as { __sims: { current: { position: number } }[] }).__sims[0]!.current.position >= 3);
    await page.keyboard.press(' ');
    await expect(page.locator('[data-cmd="play"]').getAttribute('aria-pressed')).resolves.toBe('false');
    await page.keyboard.press('Home');
    expect((await snapshot(page)).position).toBe(0);
    await page.keyboard.press('?');
    await expect(page.locator('.sim-help').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('.sim-help').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    await page.context().close();
  });

  it('copies a link that reopens the exact state in another tab, interventions included', async () => {
    const page = await open('simulators/gmp/?sim=gmp&sc=syscall-handoff', { reducedMotion: true });
    for (let i = 0; i < 6; i++) await page.locator('[data-cmd="step"]').click();
    await page.locator('form[data-intervention="spawn"] button').click();
    for (let i = 0; i < 3; i++) await page.locator('[data-cmd="step"]').click();
    const original = await snapshot(page);
    await page.locator('[data-cmd="copy"]').click();
    await expect(page.locator('.sim-status').textContent()).resolves.toMatch(/copied|复制/i);
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
      expect((await snapshot(page)).position).toBe(0);
      // The page keeps working.
      await page.locator('[data-cmd="step"]').click();
      expect((await snapshot(page)).position).toBe(1);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('presentation mode fills the screen with large type, hides site chrome and reads in high contrast', async () => {
    const page = await open('simulators/gmp/?sim=gmp&sc=work-stealing');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const normalSize = await page.locator('.sim-caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.keyboard.press('p');
    const shell = page.locator('.sim-shell');
    await expect(shell.getAttribute('data-presenting')).resolves.toBe('');
    const box = await shell.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(1390);
    const bigSize = await page.locator('.sim-caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bigSize).toBeGreaterThan(normalSize * 1.2);
    const bg = await shell.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(0, 0, 0)');
    // The site header is covered: the element at its position belongs to the simulator.
    const onTop = await page.evaluate(() => document.elementFromPoint(20, 20)?.closest('.sim-shell') !== null);
    expect(onTop).toBe(true);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error injected
      const r = await window.axe.run(document.querySelector('.sim-shell'), { resultTypes: ['violations'] });
      return r.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(shell.getAttribute('data-presenting')).resolves.toBe(null);
    await page.context().close();
  });

  it('works in Chinese, and on the embed routes for slides', async () => {
    const zh = await open('zh-cn/simulators/gmp/');
    await expect(zh.locator('[data-cmd="step"]').textContent()).resolves.toContain('单步');
    await zh.locator('[data-cmd="step"]').click();
    const caption = (await zh.locator('.sim-caption').textContent()) ?? '';
    expect(caption).toMatch(/[\u4e00-\u9fff]/);
    await zh.context().close();
    for (const path of ['embed/gmp/?sim=gmp&sc=work-stealing&step=5', 'zh-cn/embed/gmp/?present=1']) {
      const page = await open(path);
      await expect(page.locator('header, nav, .sidebar').count()).resolves.toBe(0);
      if (path.includes('step=5')) expect((await snapshot(page)).position).toBe(5);
      if (path.includes('present=1')) await expect(page.locator('.sim-shell').getAttribute('data-presenting')).resolves.toBe('');
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
    const s = (await snapshot(page)).state as { ps: { runq: number[] }[] };
    await expect(table.textContent()).resolves.toContain(String(s.ps[0]!.runq.length));
    await page.context().close();
  });
});
