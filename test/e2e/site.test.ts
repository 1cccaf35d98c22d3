// The site as a reader uses it, in headless Chromium against the build served under its base path.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch } from '../support/browser';
import { builtPages } from '../support/site';

const site = inject('siteUrl');
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const paths = builtPages()
  .map((p) => p.path)
  .filter((p) => p !== '404.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, opts: { theme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, serviceWorkers: 'block' });
  if (opts.theme) await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), opts.theme);
  const page = await ctx.newPage();
  const res = await page.goto(site + path);
  expect(res?.status(), path).toBe(200);
  return page;
}

describe('pages', () => {
  it('home renders in English and Chinese with entry points to every section', async () => {
    for (const [path, heading, lang] of [
      ['', 'Go Atlas', 'en'],
      ['zh-cn/', 'Go Atlas', 'zh-CN'],
    ] as const) {
      const page = await open(path);
      await expect(page.locator('h1').first().textContent()).resolves.toContain(heading);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const prefix = new URL(site).pathname + (lang === 'en' ? '' : 'zh-cn/');
      for (const section of ['roadmap/', 'tracks/', 'simulators/']) expect(hrefs).toContain(prefix + section);
      await page.context().close();
    }
  });

  it('switches language from an English page to the same page in Chinese', async () => {
    const page = await open('roadmap/');
    await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
    await page.waitForURL(/\/zh-cn\/roadmap\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.context().close();
  });

  it('toggles the theme and remembers it', async () => {
    const page = await open('roadmap/');
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.reload();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.context().close();
  });

  it('finds Chinese pages with a Chinese query, and English pages with an English one', async () => {
    for (const [path, query, expectPrefix] of [
      ['zh-cn/', '调度器', 'zh-cn/'],
      ['', 'scheduler', ''],
    ] as const) {
      const page = await open(path);
      await page.locator('site-search button[data-open-modal]').first().click();
      await page.locator('#starlight__search input').fill(query);
      const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
      await first.waitFor({ timeout: 20_000 });
      const href = await first.getAttribute('href');
      expect(href).toContain(new URL(site).pathname + expectPrefix);
      if (expectPrefix === '') expect(href).not.toContain('/zh-cn/');
      await page.context().close();
    }
  });
});

describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`axe-core finds no violations on any page in the ${theme} theme`, async () => {
      const failures: string[] = [];
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await ctx.newPage();
      for (const path of paths) {
        await page.goto(site + path);
        await page.evaluate(axeSource); // evaluated, not a <script>: the page's CSP allows no inline script
        const violations = await page.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id} @ ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        });
        for (const v of violations) failures.push(`/${path}: ${v}`);
      }
      await ctx.close();
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
