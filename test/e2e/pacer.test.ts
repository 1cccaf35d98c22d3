// What only the GC pacer simulator has (issue 10, "done when"): in the death spiral a reader moves
// GOMEMLIMIT below the live heap with the config control and steps until the caption names
// gcCPULimiterState with its numbers, while GC CPU is held near 50 %; the link reopens the same
// run in another tab; the gctrace view prints lines in Go's format; the GC guide mode lists what
// the guide leaves out; all of it in Chinese too, and offline. Everything every simulator must do
// is in simulators.test.ts and layout.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { openSim, snapshot } from '../support/sim-page';
import { createTimeline } from '../../simulators/core/timeline.ts';
import { encodeUrlState } from '../../simulators/core/url-state.ts';
import { GUIDE_DEPARTURES, narrate, pacerEngine, scenarioById, type PacerConfig } from '../../simulators/pacer/index.ts';
import { limitPosition } from '../../src/simulators/pacer/settings.ts';

const site = inject('siteUrl');
const MiB = 1 << 20;
/** The death spiral's leak reaches 92 MiB live; the reader sets the limit well below it. */
const LIMIT = 64 * MiB;

/** GODEBUG=gctrace=1, as runtime/mgc.go prints it (runtime-facts §2.7). */
const GCTRACE = /^gc \d+ @\d+\.\d{3}s \d+%: \d+(\.\d+)?\+\d+(\.\d+)?\+\d+(\.\d+)? ms clock, \d+(\.\d+)?\+\d+(\.\d+)?\/\d+(\.\d+)?\/\d+(\.\d+)?\+\d+(\.\d+)? ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))?$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the limiter turns on in the death spiral with the reader's limit, and its caption. */
function limiterOn(config: PacerConfig): { position: number; en: string; zh: string } {
  const tl = createTimeline(pacerEngine, config, 1, [], { checkpointEvery: 1 << 20, maxCheckpoints: 2, cacheSize: 1 });
  while (tl.forward()) {
    const e = tl.events.find((x) => x.narration.key === 'pacer.limiter.on');
    if (e) return { position: tl.position, en: narrate(e.narration.key, e.narration.params, 'en'), zh: narrate(e.narration.key, e.narration.params, 'zh-cn') };
  }
  throw new Error('the limiter never turned on');
}

type Cycle = { n: number; limited: boolean; gcCpu: number; tSweepTerm: number; tEnd: number; procs: number; gctrace: string };
const cyclesOf = (p: Page): Promise<Cycle[]> =>
  p.evaluate(() => (window as unknown as { __sims: { current: { state: { cycles: Cycle[] } } }[] }).__sims[0]!.current.state.cycles.map((c) => ({ ...c })));

/** Opens the death spiral, moves the GOMEMLIMIT slider to 64 MiB, returns the restarted config. */
async function lowerTheLimit(p: Page): Promise<void> {
  const slider = p.locator('.sim-config [data-control="memoryLimit"] input[type="range"]');
  await slider.fill(String(limitPosition(LIMIT)));
  await p.waitForFunction((limit) => (window as unknown as { __sims: { current: { config: { memoryLimit: number } } }[] }).__sims[0]!.current.config.memoryLimit === limit, LIMIT);
}

describe('GC pacer simulator', () => {
  const sc = scenarioById('death-spiral')!;
  const config: PacerConfig = { ...sc.config, memoryLimit: LIMIT };
  const on = limiterOn(config);

  for (const locale of ['en', 'zh-cn'] as const) {
    it(`${locale}: GOMEMLIMIT below the live heap → the caption names gcCPULimiterState and its numbers; GC CPU is held near 50 %; the link reopens the same run`, async () => {
      const prefix = locale === 'en' ? '' : 'zh-cn/';
      const p = await openSim(browser, `${site}${prefix}simulators/gc-pacer/?sim=pacer&sc=death-spiral`, { reducedMotion: 'reduce' });
      await lowerTheLimit(p);
      await expect(p.locator('.sim-config [data-control="memoryLimit"] output').textContent()).resolves.toBe('64 MiB');
      await expect(p.locator('.sim-status').textContent()).resolves.toMatch(locale === 'en' ? /restarted/ : /重新开始/);
      expect((await snapshot(p)).position).toBe(0);

      // Step up to the limiter: drag the timeline close, then → with the keyboard.
      await p.locator('.sim-scrub').fill(String(on.position - 3));
      await p.locator('body').click({ position: { x: 5, y: 5 } });
      for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
      expect((await snapshot(p)).position).toBe(on.position);
      const caption = (await p.locator('.sim-caption').textContent()) ?? '';
      expect(caption).toContain('gcCPULimiterState');
      expect(caption).toContain(locale === 'en' ? on.en : on.zh);
      expect(caption).toMatch(locale === 'en' ? /4 s of CPU time \(GOMAXPROCS 4 × 1 s\)/ : /4 秒 CPU 时间（GOMAXPROCS 4 × 1 秒）/);
      expect(caption).toMatch(/\d+(\.\d)?%/);
      // The function is linked where the sentence names it.
      await expect(p.locator('.sim-caption a.sim-fn code').first().textContent()).resolves.toBe('update');
      await expect(p.locator('.sim-caption a.sim-fn').first().getAttribute('href')).resolves.toContain('mgclimit.go');

      // Before the limiter: GC CPU per cycle well above 50 %. Once it limits: held near 50 %.
      await p.locator('.sim-scrub').fill(String(on.position + 600));
      const cycles = await cyclesOf(p);
      const share = (c: Cycle) => c.gcCpu / ((c.tEnd - c.tSweepTerm) * c.procs);
      const firstLimited = cycles.findIndex((c) => c.limited);
      expect(firstLimited).toBeGreaterThan(0);
      expect(Math.max(...cycles.slice(0, firstLimited).map(share))).toBeGreaterThan(0.7);
      const held = cycles.slice(firstLimited + 3).filter((c) => c.limited);
      expect(held.length).toBeGreaterThan(50);
      for (const c of held) expect(Math.abs(share(c) - 0.5), `GC ${c.n}: ${share(c)}`).toBeLessThan(0.03);
      // The read-out says so too: GC CPU over the run is climbing towards 50 %.
      const readout = (await p.locator('.sim-readout').textContent()) ?? '';
      const pct = Number(/GC CPU (\d+(?:\.\d+)?)%/.exec(readout)?.[1]);
      expect(pct).toBeGreaterThan(35);
      expect(pct).toBeLessThan(50);

      // Copy the link; another tab opens the same run at the same step, with the reader's limit.
      const here = await snapshot(p);
      await p.locator('[data-cmd="copy"]').click();
      const url = await p.evaluate(() => navigator.clipboard.readText());
      expect(url).toContain('cfg=');
      const other = await p.context().newPage();
      await other.goto(url);
      await other.locator('.sim-shell[data-ready="true"]').waitFor();
      expect(await snapshot(other)).toEqual(here);
      await expect(other.locator('.sim-config [data-control="memoryLimit"] output').textContent()).resolves.toBe('64 MiB');
      expect(p.errors).toEqual([]);
      await p.context().close();
    });

    it(`${locale}: the gctrace view prints every finished cycle in Go's format; the view is kept in the link`, async () => {
      const prefix = locale === 'en' ? '' : 'zh-cn/';
      const p = await openSim(browser, `${site}${prefix}simulators/gc-pacer/?sim=pacer&sc=death-spiral&step=400`, { reducedMotion: 'reduce' });
      await p.locator('.pacer-tabs [data-tab="gctrace"]').click();
      await expect(p.locator('.pacer-tabs [data-tab="gctrace"]').getAttribute('aria-pressed')).resolves.toBe('true');
      const lines = await p.locator('.pacer-trace-line').allTextContents();
      const cycles = await cyclesOf(p);
      expect(lines.length).toBe(cycles.length);
      expect(lines.length).toBeGreaterThan(20);
      for (const l of lines) expect(l).toMatch(GCTRACE);
      expect(lines).toEqual(cycles.map((c) => c.gctrace));
      await expect(p.locator('.pacer-trace-line.is-current').textContent()).resolves.toBe(lines.at(-1));
      // A step that ends a cycle adds its line.
      let k = 0;
      while ((await p.locator('.pacer-trace-line').count()) === lines.length && k++ < 12) await p.locator('[data-cmd="step"]').click();
      await expect(p.locator('.pacer-trace-line').count()).resolves.toBe(lines.length + 1);
      // runtime.GC() from the interventions: the next line ends with "(forced)".
      await p.locator('[data-intervention="forceGC"] button[type="submit"]').click();
      for (k = 0; k < 40 && !(await p.locator('.pacer-trace-line.is-current').textContent())?.endsWith('(forced)'); k++) await p.locator('[data-cmd="step"]').click();
      await expect(p.locator('.pacer-trace-line.is-current').textContent()).resolves.toMatch(/ \(forced\)$/);
      // The link keeps the view (and the intervention).
      await p.locator('[data-cmd="copy"]').click();
      const url = await p.evaluate(() => navigator.clipboard.readText());
      expect(new URL(url).searchParams.get('view')).toBe('gctrace');
      expect(new URL(url).searchParams.get('a')).toBeTruthy();
      const other = await p.context().newPage();
      await other.goto(url);
      await other.locator('.sim-shell[data-ready="true"]').waitFor();
      await expect(other.locator('.pacer-trace').isVisible()).resolves.toBe(true);
      expect(await other.locator('.pacer-trace-line').allTextContents()).toEqual(await p.locator('.pacer-trace-line').allTextContents());
      expect(p.errors).toEqual([]);
      await p.context().close();
    });
  }

  it('the regular expression is Go’s: it matches real go1.19.8 lines', () => {
    // runtime-facts §2.7, printed by go1.19.8 on a 2-CPU Linux machine.
    expect('gc 1 @0.022s 1%: 0.058+0.74+0.019 ms clock, 0.11+0.37/0.047/0+0.038 ms cpu, 3->4->3 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P').toMatch(GCTRACE);
    expect('gc 5 @0.099s 2%: 0.076+2.9+0.018 ms clock, 0.15+0.95/0.066/0+0.036 ms cpu, 44->52->27 MB, 52 MB goal, 0 MB stacks, 0 MB globals, 2 P').toMatch(GCTRACE);
  });

  it('GC guide mode: both models on the same axes, their figures, and what the guide leaves out, in both locales', async () => {
    for (const [prefix, locale] of [['', 'en'], ['zh-cn/', 'zh-cn']] as const) {
      const p = await openSim(browser, `${site}${prefix}simulators/gc-pacer/?sim=pacer&sc=death-spiral&step=800`);
      await p.locator('.pacer-tabs [data-tab="guide"]').click();
      await expect(p.locator('.pacer-guide').isVisible()).resolves.toBe(true);
      const items = await p.locator('.pacer-departures li').allTextContents();
      expect(items).toEqual(GUIDE_DEPARTURES.map((d) => d.text[locale]));
      const texts = await p.locator('.pacer-guide-svg text').allTextContents();
      expect(texts.some((t) => t.includes('mgcpacer.go'))).toBe(true);
      expect(texts.some((t) => t.includes('go.dev/doc/gc-guide'))).toBe(true);
      // The guide's model has no limiter: its GC CPU is far above the runtime's 50 %.
      const figures = texts.filter((t) => /GC CPU/.test(t)).map((t) => Number(/GC CPU (\d+(?:\.\d+)?)%/.exec(t)?.[1]));
      expect(figures.length).toBe(2);
      expect(figures[1]!).toBeGreaterThan(figures[0]!);
      // Its own graphs: the guide's steady-state graph, chosen as the workload, on one CPU.
      await p.locator('.sim-config [data-control="workload"] select').selectOption('guide:gogc-steady');
      await p.waitForFunction(() => (window as unknown as { __sims: { current: { config: { gomaxprocs: number } } }[] }).__sims[0]!.current.config.gomaxprocs === 1);
      await expect(p.locator('.pacer-guide-inputs').textContent()).resolves.toMatch(locale === 'en' ? /The guide’s graph 1, with the guide’s own inputs/ : /指南中的第 1 张图/);
      expect(p.errors).toEqual([]);
      await p.context().close();
    }
  });

  it('works offline: a link with the reader’s limit opens and steps with the network off', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await ctx.newPage();
    await page.goto(site);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')), undefined, { timeout: 60_000 });
    await ctx.setOffline(true);
    const q = encodeUrlState({ sim: 'pacer', scenario: 'death-spiral', seed: 1, actions: [], step: on.position - 1, config });
    if (!q.ok) throw new Error('could not encode the link');
    for (const prefix of ['', 'zh-cn/']) {
      const res = await page.goto(`${site}${prefix}simulators/gc-pacer/?${q.value}`);
      expect(res?.status()).toBe(200);
      await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-cmd="step"]').click();
      await expect(page.locator('.sim-caption').textContent()).resolves.toContain('gcCPULimiterState');
    }
    await ctx.close();
  });
});
