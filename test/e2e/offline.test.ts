// After one visit, with the network off, every page, the search and the diagrams still load.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser';
import { builtPages } from '../support/site';

const site = inject('siteUrl');
const pages = builtPages().filter((p) => p.path !== '404.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('works offline after a single visit to the home page', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(site);
  // The service worker installs and precaches everything, then activates.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')), undefined, { timeout: 60_000 });

  await ctx.setOffline(true);
  const failures: string[] = [];
  for (const p of pages) {
    try {
      const res = await page.goto(site + p.path);
      const title = await page.title();
      if (!res || res.status() !== 200 || !title) failures.push(`${p.path}: status ${res?.status()}`);
      const expectedSvgs = (p.html.match(/<svg[^>]*\sid="mermaid-\d+"/g) ?? []).length;
      const svgs = await page.locator('svg[id^="mermaid-"]').count();
      if (svgs !== expectedSvgs) failures.push(`${p.path}: ${svgs}/${expectedSvgs} diagrams`);
    } catch (e) {
      failures.push(`${p.path}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  expect(failures).toEqual([]);

  // Search still answers, in both languages, with the network off.
  for (const [path, query] of [
    ['zh-cn/', '调度器'],
    ['', 'scheduler'],
  ] as const) {
    await page.goto(site + path);
    await page.locator('site-search button[data-open-modal]').first().click();
    await page.locator('#starlight__search input').fill(query);
    await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
  }

  // A simulator link with its state in the query string opens and steps, offline.
  const res = await page.goto(`${site}simulators/gmp/?sim=gmp&sc=work-stealing&step=3`);
  expect(res?.status()).toBe(200);
  await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-cmd="step"]').click();
  const position = await page.evaluate(() => (window as unknown as { __sims: { current: { position: number } }[] }).__sims[0]!.current.position);
  expect(position).toBe(4);

  // A simulator that works in a Web Worker (the SPSC ring's explore) finds its interleaving offline:
  // the worker is a precached file too.
  const spsc = await page.goto(`${site}simulators/spsc/?sim=spsc&sc=stale-read`);
  expect(spsc?.status()).toBe(200);
  await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-command="explore"]').click();
  await page.waitForFunction(() => /Found a bad interleaving/.test(document.querySelector('.sim-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
  // ... and its whole-run analysis (the race detector's verdict) came from the same worker.
  await page.waitForFunction(() => /DATA RACE|silent/.test(document.querySelector('.spsc-svg')?.textContent ?? ''), undefined, { timeout: 20_000 });
  await ctx.close();
});
