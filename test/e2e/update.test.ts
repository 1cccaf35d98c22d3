// A new deploy replaces the old offline copy: the reader is told, and "Reload" switches over.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../support/browser';
import { serve } from '../support/serve.mjs';
import { BASE } from '../support/site';

let browser: Browser;
let root: string;
beforeAll(async () => {
  browser = await launch();
  root = mkdtempSync(join(tmpdir(), 'go-atlas-deploy-'));
  cpSync('dist', root, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

it('tells the reader about a new deploy and reloads onto it', async () => {
  const server = await serve({ root, base: BASE });
  try {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${server.url}roadmap/`);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.reload(); // now controlled by the first worker
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
    expect(await page.locator('#sw-update').count()).toBe(0);

    // "Deploy" a new version: the service worker script changes.
    appendFileSync(join(root, 'sw.js'), '\n// deploy 2\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.locator('#sw-update');
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.getAttribute('role')).resolves.toBe('status');
    await expect(notice.textContent()).resolves.toContain('new version');

    // Reload activates the waiting worker and reloads the page under it.
    await Promise.all([page.waitForEvent('load'), notice.locator('button').first().click()]);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting);
    expect(waiting).toBeNull();
    expect(await page.locator('#sw-update').count()).toBe(0);
    expect(firstWorker).toContain('sw.js');
    await ctx.close();
  } finally {
    await server.close();
  }
});
