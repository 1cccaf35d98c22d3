// What only the SPSC ring simulator has (issue 11, "done when"): "publish before write", find a bad
// interleaving in a worker, step to the consumer reading an empty slot (caption and check() say
// so), switch to "after write" and be told none exists; toggle padding and watch the transfers
// counter change; in both languages, with the stepping in presentation mode. Also: what the race
// detector panel says, links from the ring's own code into the chapter, the interventions, and
// the explore worker under a Content-Security-Policy of script-src 'self'. Offline is in
// offline.test.ts. Everything every simulator must do is in simulators.test.ts and layout.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { openSim, snapshot } from '../support/sim-page';
import { STALE_READ_SCHEDULE } from '../../simulators/spsc/index.ts';

const site = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Shell = { current: { position: number; config: { publish: string; padding?: number; schedule?: number[] }; state: { counters: { lineTransfers: number } } } };
const shell = (p: Page) => p.evaluate(() => {
  const s = (window as unknown as { __sims: Shell[] }).__sims[0]!;
  return { position: s.current.position, config: s.current.config, transfers: s.current.state.counters.lineTransfers };
});

const WORDS = {
  en: { found: /Found a bad interleaving: stale-read after 5 steps/, none: /No bad interleaving exists for this program/, stale: /A stale read\./, present: 'Exit presentation' },
  'zh-cn': { found: /找到出错的交错：5 步后出现 stale-read/, none: /这个程序不存在出错的交错/, stale: /陈旧读取/, present: '退出演示' },
} as const;

async function status(p: Page, re: RegExp): Promise<string> {
  await p.waitForFunction((src) => new RegExp(src).test(document.querySelector('.sim-status')?.textContent ?? ''), re.source, { timeout: 30_000 });
  return (await p.locator('.sim-status').textContent()) ?? '';
}

/** The number the picture shows for line transfers "now". */
async function transfersShown(p: Page): Promise<number> {
  const text = (await p.locator('.spsc-svg text.spsc-counter-transfers.is-now').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

describe('SPSC ring simulator', () => {
  for (const locale of ['en', 'zh-cn'] as const) {
    it(`${locale}: before-write → find the stale read, step to it in presentation mode; after-write → none exists; padding changes the transfers`, async () => {
      const w = WORDS[locale];
      const prefix = locale === 'en' ? '' : 'zh-cn/';
      const p = await openSim(browser, `${site}${prefix}simulators/spsc/?sim=spsc&sc=stale-read`, { reducedMotion: 'reduce' });
      await expect(p.locator('[data-control="publish"] select').inputValue()).resolves.toBe('before-write');

      // Find a bad interleaving: explore runs in a worker and loads the schedule it found.
      await p.locator('[data-command="explore"]').click();
      await status(p, w.found);
      let s = await shell(p);
      expect(s.position).toBe(0);
      expect(s.config.schedule).toEqual([...STALE_READ_SCHEDULE]);
      // The address bar keeps the loaded program (the shell writes it shortly after).
      await p.waitForFunction(() => location.search.includes('cfg='));

      // Step to the consumer reading the slot, in presentation mode, with the keyboard.
      await p.locator('body').click({ position: { x: 5, y: 5 } });
      await p.keyboard.press('p');
      await expect(p.locator('[data-cmd="present"]').textContent()).resolves.toBe(w.present);
      await expect(p.locator('.spsc-svg text.spsc-check').textContent()).resolves.toMatch(/ok|正常/);
      for (let i = 0; i < STALE_READ_SCHEDULE.length; i++) await p.keyboard.press('ArrowRight');
      expect((await shell(p)).position).toBe(STALE_READ_SCHEDULE.length);
      await expect(p.locator('.sim-caption').textContent()).resolves.toMatch(w.stale);
      await expect(p.locator('.spsc-svg text.spsc-check').textContent()).resolves.toContain('stale-read');
      await expect(p.locator('.spsc-svg text.spsc-check').isVisible()).resolves.toBe(true);
      // The slot the consumer read is drawn as published but never written.
      await expect(p.locator('.spsc-svg path.spsc-slot.is-pending').count()).resolves.toBe(1);
      // The text alternative lists check()'s violations too.
      await p.keyboard.press('p');
      await p.locator('.sim-text summary').click();
      await expect(p.locator('.spsc-text-check').textContent()).resolves.toContain('stale-read');

      // After write: no bad interleaving exists.
      await p.locator('[data-control="publish"] select').selectOption('after-write');
      s = await shell(p);
      expect(s.config.publish).toBe('after-write');
      await p.locator('[data-command="explore"]').click();
      await status(p, w.none);
      expect((await shell(p)).config.schedule).toEqual([...STALE_READ_SCHEDULE]); // nothing new loaded

      // Padding: the same run with head and tail on one line moves more lines between the cores.
      const toEnd = async () => {
        await p.waitForFunction(() => (window as unknown as { __sims: { measuredLength: { done: boolean } }[] }).__sims[0]!.measuredLength.done);
        const max = await p.locator('.sim-scrub').getAttribute('max');
        await p.locator('.sim-scrub').fill(max!);
        return transfersShown(p);
      };
      const padded = await toEnd();
      expect(padded).toBe((await shell(p)).transfers);
      await p.locator('[data-control="padding"] select').selectOption('0');
      expect((await shell(p)).config.padding).toBe(0);
      const shared = await toEnd();
      expect(shared).toBe((await shell(p)).transfers);
      expect(shared).toBeGreaterThan(padded);
      expect(p.errors).toEqual([]);
      await p.context().close();
    });
  }

  it('the whole done-when without leaving presentation mode at 1280×720: S opens the settings, Esc closes them', async () => {
    const p = await openSim(browser, `${site}simulators/spsc/?sim=spsc&sc=stale-read`, { reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
    const press = async (cmd: string) => {
      await p.locator(`[data-command="${cmd}"]`).focus();
      await p.keyboard.press('Enter');
    };
    await p.locator('body').click({ position: { x: 5, y: 5 } });
    await p.keyboard.press('p');
    await p.keyboard.press('s');
    await press('explore');
    await status(p, WORDS.en.found);
    await expect(p.locator('.sim-command-status').isVisible()).resolves.toBe(true);
    await p.keyboard.press('Escape');
    await expect(p.locator('.sim-panels').isVisible()).resolves.toBe(false);
    for (let i = 0; i < STALE_READ_SCHEDULE.length; i++) await p.keyboard.press('ArrowRight');
    await expect(p.locator('.sim-caption').textContent()).resolves.toMatch(WORDS.en.stale);
    await expect(p.locator('.spsc-svg text.spsc-check').isVisible()).resolves.toBe(true);

    await p.keyboard.press('s');
    await p.locator('[data-control="publish"] select').selectOption('after-write');
    await press('explore');
    await status(p, WORDS.en.none);
    await expect(p.locator('.sim-command-status').textContent()).resolves.toMatch(WORDS.en.none);
    // Padding 0: at the same step, the counter in the picture shows more line transfers.
    const end = async () => {
      await p.waitForFunction(() => (window as unknown as { __sims: { measuredLength: { done: boolean } }[] }).__sims[0]!.measuredLength.done);
      await p.keyboard.press('Escape');
      await p.locator('.sim-scrub').fill((await p.locator('.sim-scrub').getAttribute('max'))!);
      return transfersShown(p);
    };
    const padded = await end();
    await p.keyboard.press('s');
    await p.locator('[data-control="padding"] select').selectOption('0');
    const shared = await end();
    expect(shared).toBeGreaterThan(padded);
    await expect(p.locator('.sim-shell').getAttribute('data-presenting')).resolves.toBe('');
    expect(p.errors).toEqual([]);
    await p.context().close();
  });

  it('says what go test -race reports: nothing before the late write, the slot race after it, and silence for the correct order', async () => {
    const p = await openSim(browser, `${site}simulators/spsc/?sim=spsc&sc=stale-read&step=5`, { reducedMotion: 'reduce' });
    const panel = p.locator('.spsc-panel');
    await expect(panel.locator('h3').textContent()).resolves.toBe('What would go test -race say?');
    await p.waitForFunction(() => !document.querySelector('.spsc-panel')?.textContent?.includes('computing'));
    // At step 5 the consumer has read the empty slot, but the producer's write has not run yet.
    await expect(panel.textContent()).resolves.toMatch(/Nothing yet\. In this run the detector prints its report at step 11\./);
    await expect(p.locator('.spsc-svg text.spsc-race').first().textContent()).resolves.toMatch(/silent so far · reports at step 11/);
    for (let i = 0; i < 6; i++) await p.locator('[data-cmd="step"]').click();
    await expect(panel.locator('pre.spsc-report').first().textContent()).resolves.toMatch(/^==================\nWARNING: DATA RACE\nWrite at 0x00c000024000 by goroutine 7:\n {2}example\.com\/spsc\.\(\*Ring\[\.\.\.\]\)\.TryPush\(\)/);
    await expect(p.locator('.spsc-svg text.spsc-race.is-race').first().textContent()).resolves.toMatch(/DATA RACE · step 11 · slot 0: write TryPush:\d+/);
    // Plain fields race on the indices; say so too.
    await expect(panel.textContent()).resolves.toContain('With head and tail as plain uint64 fields');
    // The correct order: silent for the whole run.
    await p.locator('[data-control="publish"] select').selectOption('after-write');
    await p.waitForFunction(() => document.querySelector('.spsc-panel')?.textContent?.includes('Silent for the whole run.'));
    await expect(p.locator('.spsc-svg text.spsc-race.is-ok').first().textContent()).resolves.toBe('silent');
    expect(p.errors).toEqual([]);
    await p.context().close();
  });

  it('links the ring’s own functions to its code in the chapter, and marks both goroutines’ lines', async () => {
    const p = await openSim(browser, `${site}simulators/spsc/?sim=spsc&sc=stale-read&step=5`, { reducedMotion: 'reduce' });
    const link = p.locator('.sim-caption a.sim-fn', { hasText: 'TryPop' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe('/go-atlas/runtime/memory-model/#ring-code');
    // Before the step, the caption of a sync/atomic step links the Go tree.
    await p.locator('[data-cmd="back"]').click();
    await expect(p.locator('.sim-caption a.sim-fn').first().getAttribute('href')).resolves.toMatch(/^https:\/\/github\.com\/golang\/go\/blob\/go[\d.]+\/src\/sync\/atomic\/type\.go/);
    const badges = await p.locator('.sim-src-badge').allTextContents();
    expect(badges.some((b) => b.startsWith('Producer'))).toBe(true);
    expect(badges.some((b) => b.startsWith('Consumer'))).toBe(true);
    // The chapter has that anchor, around the same code the simulator shows.
    const chapter = await p.context().newPage();
    await chapter.goto(`${site}runtime/memory-model/#ring-code`);
    const code = (await chapter.locator('#ring-code pre').textContent()) ?? '';
    const panel = (await p.locator('.sim-src code').textContent()) ?? '';
    expect(code.replace(/\s+/g, '')).toContain('func(r*Ring[T])TryPop()(T,bool){');
    expect(panel.replace(/\s+/g, '')).toContain('r.tail.Store(t+1)//BUG');
    await p.context().close();
  });

  it('runs either side by hand: one step, or a whole call', async () => {
    const p = await openSim(browser, `${site}simulators/spsc/?sim=spsc&sc=fill-wrap-drain`, { reducedMotion: 'reduce' });
    const pc = () => p.evaluate(() => (window as unknown as { __sims: { current: { state: { producer: { pc: string; pushed: number }; consumer: { pc: string } } } }[] }).__sims[0]!.current.state);
    await p.locator('[data-intervention="producer-step"] button').click();
    let st = await pc();
    expect((await snapshot(p)).position).toBe(1);
    expect(st.producer.pc).not.toBe('load');
    await p.locator('[data-intervention="producer-call"] button').click();
    st = await pc();
    expect(st.producer.pc).toBe('load');
    expect(st.producer.pushed).toBe(1);
    await p.locator('[data-intervention="consumer-call"] button').click();
    st = await pc();
    expect(st.consumer.pc).toBe('load');
    await expect(p.locator('.sim-log li').count()).resolves.toBeGreaterThan(3);
    expect(p.errors).toEqual([]);
    await p.context().close();
  });

  it('finds the interleaving under a Content-Security-Policy of script-src \'self\' (the worker is a same-origin file)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
    await ctx.route(/\/simulators\/spsc\/(\?.*)?$/, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': "script-src 'self'; worker-src 'self'" } });
    });
    const p = await ctx.newPage();
    const csp: string[] = [];
    p.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) csp.push(m.text());
    });
    await p.goto(`${site}simulators/spsc/?sim=spsc&sc=stale-read`);
    await p.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
    await p.locator('[data-command="explore"]').click();
    await status(p, WORDS.en.found);
    // The policy was in force (the site's inline scripts were refused), and nothing of ours was.
    expect(csp.length).toBeGreaterThan(0);
    expect(csp.filter((m) => /worker|explore|_astro/i.test(m))).toEqual([]);
    await ctx.close();
  });
});
