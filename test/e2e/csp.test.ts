// Content security policy: every built page carries a hashed <meta> policy, and every page type in
// use (home, content, simulator, embed, search, self-assessment, 404) runs without a single
// violation and without a request to another origin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { builtPages } from '../support/site';
import { simIds, simulators } from '../../simulators/registry.ts';

const site = inject('siteUrl');
const origin = new URL(site).origin;

function policyOf(html: string): string | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m ? m[1]! : null;
}
function directive(policy: string, name: string): string[] {
  const d = policy.split(';').map((s) => s.trim().split(/\s+/)).find(([n]) => n === name);
  return d ? d.slice(1) : [];
}

describe('content security policy in the built HTML', () => {
  it('every page has a policy: scripts from self or by hash only, no other origin anywhere', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, html } of pages) {
      const policy = policyOf(html);
      expect(policy, path).not.toBeNull();
      const scripts = directive(policy!, 'script-src');
      for (const s of scripts) expect(["'self'", "'wasm-unsafe-eval'"].includes(s) || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s), `${path}: ${s}`).toBe(true);
      expect(directive(policy!, 'default-src'), path).toEqual(["'self'"]);
      expect(directive(policy!, 'object-src'), path).toEqual(["'none'"]);
      // No host or scheme source other than data: images.
      expect(policy!, path).not.toMatch(/https?:|\*/);
    }
  });
});

describe('content security policy in the browser', () => {
  let browser: Browser;
  let ctx: BrowserContext;
  const violations: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    // Service workers on, as for a reader: their requests are checked too.
    ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    ctx.on('request', (r) => {
      const u = r.url();
      if (!/^(data|blob):/.test(u) && new URL(u).origin !== origin) foreign.push(u);
    });
    ctx.on('console', (m) => {
      if (/CSP violation|Content Security Policy/i.test(m.text())) violations.push(`${m.page()?.url()}: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function visit(path: string, status: number | null = 200): Promise<Page> {
    const page = await ctx.newPage();
    const res = await page.goto(site + path, { waitUntil: 'load' });
    if (status !== null) expect(res?.status(), path).toBe(status);
    return page;
  }
  function clean(label: string): void {
    const seen = { violations: violations.splice(0), foreign: foreign.splice(0) };
    expect(seen, label).toEqual({ violations: [], foreign: [] });
  }

  it('home, a content page with diagrams, and the 404 page', async () => {
    for (const path of ['', 'zh-cn/', 'runtime/scheduler/', 'zh-cn/roadmap/milestones/']) {
      const page = await visit(path);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    // Once the service worker runs it answers unknown pages with the 404 page itself (status 200).
    const missing = await visit('no-such-page/', null);
    await missing.waitForLoadState('networkidle');
    await expect(missing.locator('h1').first().textContent()).resolves.toMatch(/404|not found/i);
    await missing.close();
    clean('static pages');
  });

  it('every simulator page (both locales) and its embed route, stepped and played', async () => {
    const paths = simIds.flatMap((id) => [simulators[id].page, `zh-cn/${simulators[id].page}`, `embed/${id}/`]);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const path of paths) {
      const page = await visit(path);
      await page.locator('.sim-shell[data-ready="true"]').first().waitFor({ timeout: 20_000 });
      for (let i = 0; i < 4; i++) await page.locator('[data-cmd="step"]').first().click();
      await page.locator('[data-cmd="back"]').first().click();
      await page.keyboard.press('p');
      await page.keyboard.press('Escape');
      await page.close();
    }
    clean('simulator');
  });

  it('search in use, in both locales (Pagefind and its WebAssembly)', async () => {
    for (const [path, query] of [['roadmap/', 'work stealing'], ['zh-cn/roadmap/', '写屏障']] as const) {
      const page = await visit(path);
      await page.locator('site-search button[data-open-modal]').first().click();
      await page.locator('#starlight__search input').fill(query);
      await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
      await page.close();
    }
    clean('search');
  });

  it('the self-assessment: tick, export', async () => {
    const page = await visit('roadmap/self-assessment/');
    await page.locator('[data-sa-controls]').waitFor({ state: 'visible' });
    await page.locator('input[data-sa]').first().check();
    const download = page.waitForEvent('download');
    await page.locator('[data-sa-export]').click();
    await download;
    await page.close();
    clean('self-assessment');
  });
});
