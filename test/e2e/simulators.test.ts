// Every registered simulator as readers and instructors use it: each scenario forward and back,
// the run's length known from the start, keyboard only, a shared link that reopens the exact
// state, presentation mode (axe-clean), the embed route with ?present=1, both locales.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch } from '../support/browser';
import { openSim, runLength, snapshot } from '../support/sim-page';
import { simIds, simulators, type SimulatorEntry } from '../../simulators/registry.ts';
import { createTimeline } from '../../simulators/core/timeline.ts';

const site = inject('siteUrl');
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The run's length as the engine alone computes it (capped like the shell's timeline). */
function engineLength(id: (typeof simIds)[number], scenarioId: string): number {
  const { engine }: SimulatorEntry = simulators[id];
  const sc = engine.scenarios.find((s: { id: string }) => s.id === scenarioId)!;
  const tl = createTimeline(engine, sc.config, sc.seed, sc.actions, { checkpointEvery: 1 << 20, maxCheckpoints: 2, cacheSize: 1 });
  while (tl.forward());
  return tl.knownEnd ?? tl.position;
}

describe.each(simIds)('simulator %s', (id) => {
  const entry = simulators[id];
  const page = (locale: 'en' | 'zh-cn', query = '') => `${site}${locale === 'en' ? '' : 'zh-cn/'}${entry.page}${query}`;

  it('steps every scenario forward and back; ← and Home restore the exact states; the caption links the runtime function', async () => {
    const p = await openSim(browser, page('en'), { reducedMotion: 'reduce' });
    for (const sc of entry.engine.scenarios) {
      await p.locator('.sim-scenario').selectOption(sc.id);
      await expect(p.locator('.sim-summary').textContent()).resolves.toBe(sc.summary.en);
      const start = await snapshot(p);
      expect(start.position, sc.id).toBe(0);
      for (let i = 0; i < 4; i++) await p.locator('[data-cmd="step"]').click();
      const four = await snapshot(p);
      expect(four.position, sc.id).toBe(4);
      const events = await p.evaluate(() => (window as unknown as { __sims: { current: { events: { kind: string; source: { func: string } }[] } }[] }).__sims[0]!.current.events);
      if (events.length > 0 && events[0]!.kind !== 'invalidAction') {
        const links = await p.locator('.sim-caption a.sim-fn code').allTextContents();
        const e = events[0]!;
        expect(links.some((l) => l === e.kind || l === e.source.func), `${sc.id}: ${links.join(',')} vs ${e.kind}`).toBe(true);
      }
      expect(await p.locator('.sim-log li').count(), sc.id).toBeGreaterThan(0);
      await p.locator('[data-cmd="back"]').click();
      expect((await snapshot(p)).position).toBe(3);
      await p.locator('[data-cmd="step"]').click();
      expect(await snapshot(p), sc.id).toEqual(four);
      await p.locator('[data-cmd="reset"]').click();
      expect(await snapshot(p), sc.id).toEqual(start);
    }
    expect(p.errors).toEqual([]);
    await p.context().close();
  });

  it('knows each scenario’s length on load: the scrubber’s max is the run’s last step', async () => {
    const p = await openSim(browser, page('en'), { reducedMotion: 'reduce' });
    for (const sc of entry.engine.scenarios) {
      await p.locator('.sim-scenario').selectOption(sc.id);
      const n = await runLength(p);
      expect(n, sc.id).toBe(engineLength(id, sc.id));
      await expect(p.locator('.sim-scrub').getAttribute('max')).resolves.toBe(String(n));
      await expect(p.locator('.sim-pos').textContent()).resolves.toBe(`step 0 of ${n}`);
      // Dragging reaches any step, the last one included.
      await p.locator('.sim-scrub').fill(String(n));
      expect((await snapshot(p)).position, sc.id).toBe(n);
      await expect(p.locator('[data-cmd="step"]').isDisabled()).resolves.toBe(true);
    }
    await p.context().close();
  });

  it('is driven by the keyboard alone; Space still plays after a click on Step', async () => {
    const p = await openSim(browser, page('en', `?sim=${id}&sc=${entry.flagship}`), { reducedMotion: 'reduce' });
    await p.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
    expect((await snapshot(p)).position).toBe(3);
    await p.keyboard.press('ArrowLeft');
    expect((await snapshot(p)).position).toBe(2);
    await p.keyboard.press('+');
    await p.keyboard.press('+');
    await expect(p.locator('.sim-speed').inputValue()).resolves.toBe('4');
    await p.keyboard.press('-');
    await expect(p.locator('.sim-speed').inputValue()).resolves.toBe('3');
    await p.locator('[data-cmd="step"]').click();
    await p.keyboard.press(' ');
    await expect(p.locator('[data-cmd="play"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await p.waitForFunction(() => (window as unknown as { __sims: { current: { position: number } }[] }).__sims[0]!.current.position >= 6);
    await p.keyboard.press(' ');
    await expect(p.locator('[data-cmd="play"]').getAttribute('aria-pressed')).resolves.toBe('false');
    await p.keyboard.press('Home');
    expect((await snapshot(p)).position).toBe(0);
    await p.keyboard.press('c');
    await expect(p.locator('.sim-source').isVisible()).resolves.toBe(false);
    await p.keyboard.press('c');
    await p.keyboard.press('?');
    const help = p.locator('.sim-help');
    await expect(help.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
    // The dialog is centred, not pinned to a corner.
    const hb = (await help.boundingBox())!;
    expect(Math.abs(hb.x + hb.width / 2 - 700)).toBeLessThan(30);
    await p.keyboard.press('Escape');
    await expect(help.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    expect(p.errors).toEqual([]);
    await p.context().close();
  });

  it('copies a link that reopens the exact state in another tab', async () => {
    const p = await openSim(browser, page('en', `?sim=${id}&sc=${entry.flagship}`), { reducedMotion: 'reduce' });
    for (let i = 0; i < 7; i++) await p.locator('[data-cmd="step"]').click();
    const original = await snapshot(p);
    await p.locator('[data-cmd="copy"]').click();
    const status = p.locator('.sim-status');
    // Copying is asynchronous (the clipboard API): wait for the status to say so.
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/copied/i);
    // The message shows where the reader looks, inside the viewport.
    const sb = (await status.boundingBox())!;
    expect(sb.y).toBeGreaterThanOrEqual(0);
    expect(sb.y + sb.height).toBeLessThanOrEqual(1000);
    const url = await p.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain(`sim=${id}`);
    const other = await p.context().newPage();
    await other.goto(url);
    await other.locator('.sim-shell[data-ready="true"]').waitFor();
    expect(await snapshot(other)).toEqual(original);
    await p.context().close();
  });

  it('presentation mode: P toggles it, the button says so, high contrast, axe-clean', async () => {
    const p = await openSim(browser, page('en', `?sim=${id}&sc=${entry.flagship}`));
    await p.locator('body').click({ position: { x: 5, y: 5 } });
    await p.keyboard.press('p');
    const shell = p.locator('.sim-shell');
    await expect(shell.getAttribute('data-presenting')).resolves.toBe('');
    await expect(p.locator('[data-cmd="present"]').textContent()).resolves.toBe('Exit presentation');
    expect(await shell.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await p.evaluate(() => document.elementFromPoint(20, 20)?.closest('.sim-shell') !== null)).toBe(true);
    await p.evaluate(axeSource); // evaluated, not a <script>: the page's CSP allows no inline script
    const violations = await p.evaluate(async () => {
      // @ts-expect-error injected
      const r = await window.axe.run(document.querySelector('.sim-shell'), { resultTypes: ['violations'] });
      return r.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await p.keyboard.press('p');
    await expect(shell.getAttribute('data-presenting')).resolves.toBe(null);
    await p.context().close();
  });

  it('embed route: ?present=1 is the same state as pressing P, in both locales; no site chrome', async () => {
    for (const [prefix, exit] of [['', 'Exit presentation'], ['zh-cn/', '退出演示']] as const) {
      const p = await openSim(browser, `${site}${prefix}embed/${id}/?present=1&sim=${id}&sc=${entry.flagship}&step=3`);
      const shell = p.locator('.sim-shell');
      await expect(shell.getAttribute('data-presenting')).resolves.toBe('');
      await expect(p.locator('[data-cmd="present"]').textContent()).resolves.toBe(exit);
      await expect(p.locator('[data-cmd="present"]').getAttribute('aria-pressed')).resolves.toBe('true');
      expect((await snapshot(p)).position).toBe(3);
      await expect(p.locator('header, nav, .sidebar').count()).resolves.toBe(0);
      await p.locator('body').click({ position: { x: 5, y: 5 } });
      await p.keyboard.press('p');
      await expect(shell.getAttribute('data-presenting')).resolves.toBe(null);
      await p.keyboard.press('p');
      await expect(shell.getAttribute('data-presenting')).resolves.toBe('');
      expect(p.errors).toEqual([]);
      await p.context().close();
    }
  });

  it('speaks Chinese on the zh-cn page', async () => {
    const p = await openSim(browser, page('zh-cn'));
    await expect(p.locator('[data-cmd="step"]').textContent()).resolves.toContain('单步');
    await p.locator('[data-cmd="step"]').click();
    expect((await p.locator('.sim-caption').textContent()) ?? '').toMatch(/[\u4e00-\u9fff]/);
    await expect(p.locator('.sim-pos').textContent()).resolves.toMatch(/^第 1 \/ \d+\+? 步$/);
    expect(p.errors).toEqual([]);
    await p.context().close();
  });
});
