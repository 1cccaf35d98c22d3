// Issue 13's reader-facing fixes, checked in the browser: a language and theme switch on every
// page at phone width, the home page's product above the fold, Chinese search strings and
// simulator ranking, the capability matrix's contents, and the self-assessment's sticky bar.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';

const site = inject('siteUrl');
const basePath = new URL(site).pathname;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, o: { width?: number; height?: number; theme?: 'light' | 'dark' } = {}): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: o.width ?? 1280, height: o.height ?? 900 }, serviceWorkers: 'block' });
  if (o.theme) await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), o.theme);
  const page = await ctx.newPage();
  await page.goto(site + path);
  return page;
}

describe('phone width: every page has a language and theme switch', () => {
  for (const path of ['', 'zh-cn/', 'simulators/gmp/', 'no-such-page/', 'roadmap/']) {
    it(`/${path} at 390 px`, async () => {
      const page = await open(path, { width: 390, height: 844 });
      const menu = page.locator('button[popovertarget]:visible').first();
      await menu.click();
      const lang = page.locator('starlight-lang-select select:visible');
      const theme = page.locator('starlight-theme-select select:visible');
      await expect(lang.count()).resolves.toBe(1);
      await expect(theme.count()).resolves.toBe(1);
      // Both are inside the viewport once the menu is open (no scrolling needed to find them).
      for (const el of [lang, theme]) {
        const box = (await el.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(844);
      }
      if (path === '') {
        await lang.selectOption({ label: '简体中文' });
        await page.waitForURL(/\/zh-cn\/$/);
      }
      await page.context().close();
    });
  }
});

describe('home page', () => {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    for (const [path, theme] of [
      ['', 'light'],
      ['zh-cn/', 'dark'],
    ] as const) {
      it(`shows the simulator picture, the mechanisms and the roadmap above the fold (/${path}, ${width}×${height}, ${theme})`, async () => {
        const page = await open(path, { width, height, theme });
        const scripts: string[] = [];
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url());
        });
        await page.reload({ waitUntil: 'networkidle' });
        const below = async (sel: string) => {
          const box = await page.locator(sel).first().boundingBox();
          expect(box, sel).not.toBeNull();
          return box!.y + box!.height;
        };
        // The visible picture is the one for this theme, and it has loaded.
        const img = page.locator('.home-sim img:visible');
        await expect(img.count()).resolves.toBe(1);
        await expect(img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)).resolves.toBe(true);
        expect(await img.getAttribute('src')).toContain(theme);
        for (const sel of ['.home-sim', '.home-mechanisms li:last-child', '.home-stages li:last-child']) {
          expect(await below(sel), sel).toBeLessThanOrEqual(height);
        }
        const links = await page.locator('.home-hero a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const root = basePath + (path ? 'zh-cn/' : '');
        for (const href of ['simulators/gmp/?sim=gmp&sc=work-stealing', 'simulators/gmp/', 'simulators/gc-marking/', 'simulators/spsc/', 'roadmap/']) {
          expect(links).toContain(root + href);
        }
        // No simulator code on the home page.
        expect(scripts.filter((s) => /simulator|mechanism|controller|d3/i.test(s))).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('search', () => {
  async function search(path: string, query: string): Promise<{ page: Page; urls: string[] }> {
    const page = await open(path);
    await page.locator('site-search button[data-open-modal]').first().click();
    await page.locator('#starlight__search input').fill(query);
    await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
    // Pages, in rank order (not the sub-results listed under each page).
    const urls = await page
      .locator('#starlight__search .pagefind-ui__result-link')
      .evaluateAll((as) => as.filter((a) => !a.closest('.pagefind-ui__result-nested')).map((a) => a.getAttribute('href') ?? ''));
    return { page, urls };
  }

  it('speaks Chinese on Chinese pages', async () => {
    const { page } = await search('zh-cn/roadmap/', '写屏障');
    const ui = await page.locator('#starlight__search').innerText();
    expect(ui).toMatch(/共有 \d+ 条结果/);
    expect(ui).not.toMatch(/results? for|Load more|Clear/);
    await page.context().close();
  });

  for (const [path, query, want] of [
    ['roadmap/', 'work stealing', 'simulators/gmp/'],
    ['roadmap/', 'goroutine leak', 'simulators/gmp/'],
    ['zh-cn/roadmap/', '工作窃取', 'zh-cn/simulators/gmp/'],
  ] as const) {
    it(`ranks the simulator page in the top five for "${query}"`, async () => {
      const { page, urls } = await search(path, query);
      const top = urls.slice(0, 5).map((u) => u.replace(basePath, '').split(/[?#]/)[0]);
      expect(top, urls.join('\n')).toContain(want);
      await page.context().close();
    });
  }
});

describe('capability matrix and self-assessment', () => {
  it('the matrix lists "Overview" once in its contents, and ids break only after a dot', async () => {
    const page = await open('roadmap/capability-matrix/', { width: 1366 });
    const toc = await page.locator('starlight-toc a').allInnerTexts();
    expect(toc.filter((t) => t.trim() === 'Overview')).toHaveLength(1);
    // Every line of a wrapped id ends with a dot or a hyphen, or is its end.
    const lines = await page.locator('code.stable-id').first().evaluate((code) => {
      const range = document.createRange();
      const text = code.textContent ?? '';
      const out: string[] = [];
      let line = '';
      let top: number | null = null;
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < (n.textContent ?? '').length; i++) {
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const y = range.getBoundingClientRect().top;
          if (top !== null && Math.abs(y - top) > 2) {
            out.push(line);
            line = '';
          }
          top = y;
          line += n.textContent![i];
        }
      }
      out.push(line);
      return { out, text };
    });
    expect(lines.out.join('')).toBe(lines.text);
    for (const l of lines.out.slice(0, -1)) expect(l).toMatch(/[.-]$/);
    await page.context().close();
  });

  it('the self-assessment lists its progress and dimensions in its contents, and keeps the bar in view', async () => {
    const page = await open('roadmap/self-assessment/', { width: 1366 });
    const toc = await page.locator('starlight-toc a').allInnerTexts();
    expect(toc).toEqual(expect.arrayContaining(['Your progress', 'Concurrency model', 'Influence & leadership']));
    const bar = page.locator('.sa-toolbar');
    await bar.waitFor({ state: 'visible' });
    await page.locator('#sa-d-influence').scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThan(200);
    await expect(page.locator('[data-sa-export]').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
