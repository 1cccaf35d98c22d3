// The self-assessment checklist (/roadmap/self-assessment/) as a reader uses it, in headless Chromium
// against the build served under its base path: saving, progress, export/import/reset, print, both
// locales, tabs in sync, no JavaScript, and offline after a visit.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch } from '../support/browser';
import { capabilities } from '../../src/data/capabilities';
import { FILE_NAME, STORAGE_KEY } from '../../src/lib/self-assessment';

const site = inject('siteUrl');
const basePath = new URL(site).pathname; // e.g. /go-atlas/
const EN = 'roadmap/self-assessment/';
const ZH = 'zh-cn/roadmap/self-assessment/';
const total = capabilities.length;
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

// Two behaviours of the same level in different dimensions.
const first = capabilities[0]!;
const second = capabilities.find((c) => c.dimension !== first.dimension && c.level === first.level)!;
const inDimension = (d: string) => capabilities.filter((c) => c.dimension === d).length;
const inLevel = (l: string) => capabilities.filter((c) => c.level === l).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function context(opts: { width?: number; js?: boolean; sw?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    serviceWorkers: opts.sw ? 'allow' : 'block',
    javaScriptEnabled: opts.js ?? true,
    acceptDownloads: true,
  });
}

/** Opens a page and waits until the script has started (it reveals the controls). */
async function open(ctx: BrowserContext, path: string, page?: Page): Promise<Page> {
  const p = page ?? (await ctx.newPage());
  const res = await p.goto(site + path);
  expect(res?.status(), path).toBe(200);
  await ready(p);
  return p;
}
const ready = (page: Page) => page.locator('[data-island="self-assessment"] [data-sa-controls]').waitFor({ state: 'visible' });
const box = (page: Page, id: string) => page.locator(`input[id="sa-${id}"]`);
const count = (page: Page, key: string) => page.locator(`[data-sa-for="${key}"] [data-sa-count]`).first().textContent();
const bar = (page: Page, key: string) =>
  page.locator(`[data-sa-for="${key}"] progress`).first().evaluate((p) => (p as HTMLProgressElement).value);
const status = (page: Page) => page.locator('[data-sa-status]').textContent();
const checkedCount = (page: Page) => page.locator('input[data-sa]:checked').count();
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

describe('self-assessment', () => {
  it('renders every behaviour of the matrix as a labelled checkbox with a link that honours the base path', async () => {
    const ctx = await context();
    const page = await open(ctx, EN);
    await expect(page.locator('input[data-sa]').count()).resolves.toBe(total);
    await expect(count(page, 'all')).resolves.toBe(`0 / ${total}`);
    // Each checkbox is named by its behaviour text.
    await expect(page.getByRole('checkbox', { name: first.en, exact: true }).count()).resolves.toBe(1);
    const internal = capabilities.find((c) => c.href.startsWith('/'))!;
    const link = page.locator(`li:has(input[id="sa-${internal.id}"]) .sa-learn a`);
    await expect(link.getAttribute('href')).resolves.toBe(basePath + internal.href.slice(1));
    await ctx.close();
  });

  it('keeps ticks across a reload and updates the progress counts and bars', async () => {
    const ctx = await context();
    const page = await open(ctx, EN);
    await box(page, first.id).check();
    await box(page, second.id).check();
    await expect.poll(() => count(page, 'all')).toBe(`2 / ${total}`);
    await expect(count(page, `d-${first.dimension}`)).resolves.toBe(`1 / ${inDimension(first.dimension)}`);
    await expect(count(page, `d-${second.dimension}`)).resolves.toBe(`1 / ${inDimension(second.dimension)}`);
    await expect(count(page, `l-${first.level}`)).resolves.toBe(`2 / ${inLevel(first.level)}`);
    await expect(bar(page, 'all')).resolves.toBe(2);
    expect(JSON.parse((await stored(page)) ?? '[]').sort()).toEqual([first.id, second.id].sort());

    await page.reload();
    await ready(page);
    await expect(box(page, first.id).isChecked()).resolves.toBe(true);
    await expect(box(page, second.id).isChecked()).resolves.toBe(true);
    await expect(checkedCount(page)).resolves.toBe(2);
    await expect(count(page, 'all')).resolves.toBe(`2 / ${total}`);

    await box(page, first.id).uncheck();
    await expect.poll(() => count(page, 'all')).toBe(`1 / ${total}`);
    await page.reload();
    await ready(page);
    await expect(box(page, first.id).isChecked()).resolves.toBe(false);
    await ctx.close();
  });

  it('keeps stored ids the matrix no longer has, so they come back if the item returns', async () => {
    const ctx = await context();
    const page = await open(ctx, EN);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, JSON.stringify(['retired.senior.gone', first.id])]);
    await page.reload();
    await ready(page);
    await expect(box(page, first.id).isChecked()).resolves.toBe(true);
    await expect(count(page, 'all')).resolves.toBe(`1 / ${total}`);
    await box(page, second.id).check();
    await expect.poll(async () => JSON.parse((await stored(page)) ?? '[]').sort()).toEqual(['retired.senior.gone', first.id, second.id].sort());
    await ctx.close();
  });

  it('is operable with the keyboard', async () => {
    const ctx = await context();
    const page = await open(ctx, EN);
    await box(page, first.id).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box(page, first.id).isChecked()).toBe(true);
    await expect(count(page, 'all')).resolves.toBe(`1 / ${total}`);
    await ctx.close();
  });

  it('exports a JSON file, resets after confirmation, imports the file back, and rejects bad files without losing state', async () => {
    const ctx = await context();
    const page = await open(ctx, EN);
    await box(page, first.id).check();
    await box(page, second.id).check();

    // Export
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.format).toBe('go-atlas-self-assessment');
    expect(exported.version).toBe(1);
    expect(Number.isNaN(Date.parse(exported.exportedAt))).toBe(false);
    expect([...exported.checked].sort()).toEqual([first.id, second.id].sort());
    const file = Buffer.from(JSON.stringify(exported));

    // Reset: cancelling the confirmation keeps everything; accepting clears it.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(checkedCount(page)).resolves.toBe(2);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => checkedCount(page)).toBe(0);
    await expect(count(page, 'all')).resolves.toBe(`0 / ${total}`);
    await expect(stored(page)).resolves.toBeNull();

    // Import restores.
    const input = page.locator('[data-sa-import]');
    await input.setInputFiles({ name: FILE_NAME, mimeType: 'application/json', buffer: file });
    await expect.poll(() => checkedCount(page)).toBe(2);
    await expect(box(page, first.id).isChecked()).resolves.toBe(true);
    await expect(box(page, second.id).isChecked()).resolves.toBe(true);
    await expect(count(page, 'all')).resolves.toBe(`2 / ${total}`);
    await expect(status(page)).resolves.toContain('File imported: 2 ticked.');
    await page.reload();
    await ready(page);
    await expect(checkedCount(page)).resolves.toBe(2);

    // Unknown ids are ignored and counted.
    const withUnknown = { ...exported, checked: [first.id, 'no.such.behaviour', 'another.unknown.one'] };
    await input.setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withUnknown)) });
    await expect.poll(() => status(page)).toContain('Ignored 2 id(s)');
    await expect(checkedCount(page)).resolves.toBe(1);

    // Put both back, then try bad files: each one shows an error and changes nothing.
    await input.setInputFiles({ name: FILE_NAME, mimeType: 'application/json', buffer: file });
    await expect.poll(() => checkedCount(page)).toBe(2);
    const bad: [string, string][] = [
      ['this is not JSON at all', 'not valid JSON'],
      ['{"hello":"world"}', 'not a Go Atlas self-assessment export'],
      [JSON.stringify({ ...exported, version: 99 }), 'format version'],
    ];
    for (const [text, message] of bad) {
      await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => status(page)).toContain(message);
      await expect(status(page)).resolves.toContain('Your ticks were not changed.');
      await expect(page.locator('[data-sa-status]').getAttribute('data-kind')).resolves.toBe('error');
      await expect(checkedCount(page)).resolves.toBe(2);
    }
    // Larger than 1 MB: refused before it is read.
    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 0x20) });
    await expect.poll(() => status(page)).toContain('larger than 1 MB');
    await expect(checkedCount(page)).resolves.toBe(2);
    expect(JSON.parse((await stored(page)) ?? '[]').sort()).toEqual([first.id, second.id].sort());
    // The status region is announced politely.
    await expect(page.locator('[data-sa-status]').getAttribute('role')).resolves.toBe('status');
    await ctx.close();
  });

  it('prints: the button calls window.print, and print CSS hides the controls and draws the ticks', async () => {
    const ctx = await context();
    const page = await open(ctx, EN);
    await box(page, first.id).check();
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-sa-controls]').isVisible()).resolves.toBe(false);
    const marks = await page.evaluate(
      ([a, b]) =>
        [a, b].map((id) => getComputedStyle(document.querySelector(`label[for="sa-${id}"]`)!, '::before').content),
      [first.id, second.id],
    );
    expect(marks[0]).toBe('"✓"');
    expect(marks[1]).not.toBe('"✓"');
    await expect(count(page, 'all')).resolves.toBe(`1 / ${total}`);
    await ctx.close();
  });

  it('shares ticks with the Chinese page, which speaks Chinese and links to Chinese pages', async () => {
    const ctx = await context();
    const en = await open(ctx, EN);
    await box(en, first.id).check();
    const page = await open(ctx, ZH);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(box(page, first.id).isChecked()).resolves.toBe(true);
    await expect(count(page, 'all')).resolves.toBe(`1 / ${total}`);
    await expect(page.getByRole('checkbox', { name: first['zh-cn'], exact: true }).count()).resolves.toBe(1);
    for (const name of ['导出', '清空', '打印']) await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    const internal = capabilities.find((c) => c.href.startsWith('/'))!;
    const link = page.locator(`li:has(input[id="sa-${internal.id}"]) .sa-learn a`);
    await expect(link.getAttribute('href')).resolves.toBe(`${basePath}zh-cn${internal.href}`);

    await box(page, second.id).check();
    await expect.poll(() => count(page, 'all')).toBe(`2 / ${total}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出', exact: true }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect([...exported.checked].sort()).toEqual([first.id, second.id].sort());

    await page.locator('[data-sa-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('garbage') });
    await expect.poll(() => status(page)).toContain('不是有效的 JSON');
    await expect(checkedCount(page)).resolves.toBe(2);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '清空', exact: true }).click();
    await expect.poll(() => checkedCount(page)).toBe(0);
    await page.locator('[data-sa-import]').setInputFiles({ name: FILE_NAME, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => checkedCount(page)).toBe(2);
    await expect(status(page)).resolves.toContain('导入完成');
    await ctx.close();
  });

  it('keeps two open tabs in sync', async () => {
    const ctx = await context();
    const a = await open(ctx, EN);
    const b = await open(ctx, ZH);
    await box(a, first.id).check();
    await expect.poll(() => box(b, first.id).isChecked()).toBe(true);
    await expect.poll(() => count(b, 'all')).toBe(`1 / ${total}`);
    await box(b, first.id).uncheck();
    await expect.poll(() => box(a, first.id).isChecked()).toBe(false);
    await expect.poll(() => count(a, 'all')).toBe(`0 / ${total}`);
    await ctx.close();
  });

  it('reads and ticks without JavaScript (controls hidden, nothing broken)', async () => {
    const ctx = await context({ js: false });
    const page = await ctx.newPage();
    const res = await page.goto(site + EN);
    expect(res?.status()).toBe(200);
    await expect(page.locator('input[data-sa]').count()).resolves.toBe(total);
    await expect(page.locator('[data-sa-controls]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.sa-noscript').isVisible()).resolves.toBe(true);
    await box(page, first.id).check();
    await expect(box(page, first.id).isChecked()).resolves.toBe(true);
    await ctx.close();
  });

  it('fits a 390 px screen and has no axe violations with a status message shown, in both themes', async () => {
    const failures: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      const ctx = await context({ width: 390 });
      await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      for (const path of [EN, ZH]) {
        const page = await open(ctx, path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`[${theme}] ${path}: ${overflow}px horizontal overflow`);
        await box(page, first.id).check();
        await page.locator('[data-sa-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('x') });
        await expect.poll(() => page.locator('[data-sa-status]').getAttribute('data-kind')).toBe('error');
        await page.evaluate(axeSource); // evaluated, not a <script>: the page's CSP allows no inline script
        const violations = await page.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id} @ ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        });
        for (const v of violations) failures.push(`[${theme}] ${path}: ${v}`);
        await page.close();
      }
      await ctx.close();
    }
    expect(failures).toEqual([]);
  });

  it('works offline after a visit: the page, its script and saving all come from the service worker', async () => {
    const ctx = await context({ sw: true });
    const page = await open(ctx, EN);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state;
    });
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')), undefined, { timeout: 60_000 });
    await box(page, first.id).check();

    await ctx.setOffline(true);
    for (const path of [EN, ZH]) {
      const res = await page.goto(site + path);
      expect(res?.status(), path).toBe(200);
      await ready(page); // the script loaded from the precache
      await expect(box(page, first.id).isChecked()).resolves.toBe(true);
    }
    await box(page, second.id).check();
    await page.reload();
    await ready(page);
    await expect(box(page, second.id).isChecked()).resolves.toBe(true);
    await expect(count(page, 'all')).resolves.toBe(`2 / ${total}`);
    await ctx.close();
  });
});
