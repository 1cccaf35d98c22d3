// The trace reader (tools/trace-reader/): a reader pastes their program's GODEBUG output, drops a
// file or loads a real trace, and gets the views; a 50 MB paste keeps the page responsive; garbage
// gets a clear message; "what would GOMEMLIMIT=… do" gets an answer; both locales; offline.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch } from '../support/browser';
import { parseGctrace, parseSchedtrace, summarizeGctrace } from '../../simulators/trace/index.ts';

const site = inject('siteUrl');
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const GCTRACE = readFileSync('content/traces/gctrace-gogc100-p2.txt', 'utf8');
const SCHEDTRACE = readFileSync('content/traces/schedtrace-p2.txt', 'utf8');
const SCHEDDETAIL = readFileSync('content/traces/scheddetail-p4-excerpt.txt', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
// Every context a test opened is closed after it, passed or failed, so a 50 MB page left behind
// by a failure cannot slow the next test down.
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close().catch(() => {});
});

type Hook = { parsing: boolean; parses: number; progressEvents: number; fractions: number[]; parsed: { cycles: unknown[]; ticks: unknown[]; lines: number } | null; format: string | null };

async function open(path: string, opts: { width?: number; height?: number; theme?: 'light' | 'dark'; ctx?: BrowserContext } = {}): Promise<Page> {
  const ctx =
    opts.ctx ??
    (await browser.newContext({
      viewport: { width: opts.width ?? 1366, height: opts.height ?? 900 },
      serviceWorkers: 'block',
      permissions: ['clipboard-read', 'clipboard-write'],
    }));
  contexts.push(ctx);
  if (opts.theme) await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), opts.theme);
  // The page's content security policy must let the reader (its Worker, its lazy chunks) run.
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/CSP violation|Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(site + path);
  await page.locator('[data-island="trace-reader"][data-ready="true"]').waitFor({ timeout: 30_000 });
  return page;
}

const errorsOf = (page: Page): string[] => (page as Page & { errors: string[] }).errors;
const hook = (page: Page): Promise<Hook> => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __traceReader: Hook }).__traceReader, (k, v) => (k === 'parsed' && v ? { cycles: v.cycles.length ? [v.cycles.length] : [], ticks: v.ticks.length ? [v.ticks.length] : [], lines: v.lines } : v))));
const parses = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __traceReader: Hook }).__traceReader.parses);
/** Waits until a parse has finished (a new one, when `after` gives the count before the action). */
async function parsed(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const h = (window as unknown as { __traceReader: Hook }).__traceReader;
      return !h.parsing && h.parses > n;
    },
    after,
    { timeout: 180_000 },
  );
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // evaluated, not a <script>: the page's CSP allows no inline script
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document.querySelector('[data-island="trace-reader"]'), { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id} @ ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

describe('trace reader', () => {
  it('reads a pasted real gctrace: the cycle count, and the worst stop-the-world pause named', async () => {
    const page = await open('tools/trace-reader/');
    await page.locator('#tr-text').fill(GCTRACE);
    await parsed(page);
    const cycles = parseGctrace(GCTRACE).cycles;
    const worst = summarizeGctrace(cycles).worstStw!;
    const facts = page.locator('.tr-gctrace .tr-facts');
    await expect.poll(() => facts.locator('.tr-fact').first().textContent()).toContain(String(cycles.length));
    const w = page.locator('.tr-gctrace .tr-worst');
    const text = (await w.textContent()) ?? '';
    expect(text).toContain(`${worst.ms} ms`);
    expect(text).toContain(`gc ${worst.n}`);
    expect(text).toContain(worst.phase === 'markTerm' ? 'mark termination' : 'sweep termination');
    expect(await page.locator('.tr-detected').textContent()).toContain(`gctrace (${cycles.length} cycles)`);
    // The heap chart is drawn and labelled; its numbers are a table one click away.
    await expect.poll(() => page.locator('.tr-gctrace [data-panel="heap"] svg[role="img"]').count()).toBe(2);
    await page.locator('.tr-gctrace [data-panel="heap"] details.tr-data summary').first().click();
    await expect.poll(() => page.locator('.tr-gctrace [data-panel="heap"] details.tr-data table tbody tr').count()).toBe(cycles.length);
    // The worst pause opens its cycle in the phase view, and the address bar says so.
    await w.click();
    await expect.poll(() => page.locator('.tr-gctrace [role="tab"][aria-selected="true"]').textContent()).toBe('Pauses and phases');
    expect(await page.locator('.tr-gctrace .tr-pos-readout').textContent()).toContain(`gc ${worst.n} `);
    expect(new URL(page.url()).searchParams.get('c')).toBe(String(worst.n));
    expect(new URL(page.url()).searchParams.get('view')).toBe('phases');
    // Keyboard: → in the views moves to the next cycle.
    await page.locator('.tr-gctrace [data-panel="phases"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.tr-gctrace .tr-pos-readout').textContent()).toContain(`gc ${worst.n + 1} `);
    // Every cycle in the table, a page at a time.
    await page.locator('.tr-gctrace [role="tab"]', { hasText: 'All cycles' }).click();
    expect(await page.locator('.tr-gctrace [data-panel="table"] tbody tr').count()).toBe(cycles.length);
    expect(await axe(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('opens a file from the picker and a dropped file, and steps through scheddetail ticks with the keyboard', async () => {
    const page = await open('tools/trace-reader/');
    await page.locator('.tr-file').setInputFiles({ name: 'schedtrace.txt', mimeType: 'text/plain', buffer: Buffer.from(SCHEDTRACE) });
    await parsed(page);
    const ticks = parseSchedtrace(SCHEDTRACE).ticks;
    await expect.poll(() => page.locator('.tr-detected').textContent()).toContain(`schedtrace (${ticks.length} ticks)`);
    await page.locator('.tr-schedtrace canvas.tr-heatmap').waitFor();
    expect(await page.locator('.tr-schedtrace canvas.tr-heatmap').getAttribute('aria-label')).toContain('2 Ps');
    expect(await page.locator('#tr-text').inputValue()).toBe(SCHEDTRACE);

    // Drop a file on the input area (a synthetic drop with a DataTransfer holding a File).
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'scheddetail.txt', { type: 'text/plain' }));
      const zone = document.querySelector('.tr-input')!;
      zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, SCHEDDETAIL);
    await expect.poll(() => page.locator('.tr-detected').textContent(), { timeout: 30_000 }).toContain('scheddetail (2 ticks)');
    await page.locator('.tr-schedtrace .tr-pmg svg').waitFor();
    expect(await page.locator('.tr-schedtrace [role="tab"][aria-selected="true"]').textContent()).toBe('P/M/G, tick by tick');
    const readout = page.locator('.tr-schedtrace .tr-pos-readout');
    expect(await readout.textContent()).toContain('tick 1 of 2');
    await page.locator('.tr-schedtrace [data-panel="pmg"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await readout.textContent()).toContain('tick 2 of 2');
    expect(await readout.textContent()).toContain('local queues [113 2 1 2]');
    // The picture draws P0's queue of 113 as chips with a "+N" badge, and the same tick is in tables.
    expect(await page.locator('.tr-schedtrace .tr-pmg svg').textContent()).toContain('runq · 113');
    await page.keyboard.press('ArrowLeft');
    expect(await readout.textContent()).toContain('tick 1 of 2');
    await page.locator('.tr-schedtrace [data-panel="pmg"] details.tr-data summary').click();
    await expect.poll(() => page.locator('.tr-schedtrace [data-panel="pmg"] details.tr-data table').first().textContent()).toContain('P3');
    // The previous input (the schedtrace file) is one click away.
    await page.locator('.tr-restore').click();
    await expect.poll(() => page.locator('.tr-detected').textContent()).toContain('schedtrace (15 ticks)');
    expect(await axe(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps the page responsive during a 50 MB paste, shows progress, keeps the text, and restores it after a reload', async () => {
    const page = await open('tools/trace-reader/');
    // A button of the test's own: its clicks are handled only if the main thread is free.
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'probe';
      b.textContent = 'probe';
      b.style.cssText = 'position:fixed;top:80px;left:10px;z-index:1000';
      (window as unknown as { probeClicks: number }).probeClicks = 0;
      b.addEventListener('click', () => (window as unknown as { probeClicks: number }).probeClicks++);
      document.body.append(b);
      const w = window as unknown as { frames_: number };
      w.frames_ = 0;
      const tick = (): void => {
        w.frames_++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const unit = GCTRACE.endsWith('\n') ? GCTRACE : `${GCTRACE}\n`;
    const repeats = Math.ceil(50e6 / unit.length);
    const expectedLines = repeats * unit.split('\n').length - repeats;
    await page.evaluate(
      ({ unit, repeats }) => {
        const big = unit.repeat(repeats);
        const dt = new DataTransfer();
        dt.setData('text/plain', big);
        const ta = document.querySelector('#tr-text')!;
        ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      },
      { unit, repeats },
    );
    // While the Worker reads: progress is shown, frames keep coming, and a click is handled.
    await page.waitForFunction(() => (window as unknown as { __traceReader: Hook }).__traceReader.fractions.length > 0, undefined, { timeout: 60_000 });
    const during = await page.evaluate(() => ({ parsing: (window as unknown as { __traceReader: Hook }).__traceReader.parsing, frames: (window as unknown as { frames_: number }).frames_ }));
    expect(during.parsing).toBe(true);
    expect(await page.locator('.tr-progress').isVisible()).toBe(true);
    await page.locator('#probe').click();
    const after = await page.evaluate(() => ({
      parsing: (window as unknown as { __traceReader: Hook }).__traceReader.parsing,
      clicks: (window as unknown as { probeClicks: number }).probeClicks,
      frames: (window as unknown as { frames_: number }).frames_,
    }));
    expect(after.clicks).toBe(1);
    // The click was handled and frames were painted before the parse ended.
    await page.waitForFunction((f) => (window as unknown as { frames_: number }).frames_ > f, during.frames);
    await parsed(page);
    const h = await hook(page);
    expect(h.fractions.some((f) => f > 0 && f < 1)).toBe(true);
    expect(h.progressEvents).toBeGreaterThan(2);
    expect(h.parsed!.lines).toBe(expectedLines);
    // Nothing is lost: the text is kept out of the text box, summarised with its first lines.
    const summary = (await page.locator('.tr-big-summary').textContent()) ?? '';
    expect(summary).toContain('50.0 MB pasted');
    expect(summary).toContain(`${expectedLines.toLocaleString('en')} lines`);
    expect(await page.locator('.tr-big-head').textContent()).toContain(GCTRACE.split('\n')[0]);
    expect(await page.locator('#tr-text').isVisible()).toBe(false);
    const cycles = parseGctrace(GCTRACE).cycles.length * repeats;
    await expect.poll(() => page.locator('.tr-gctrace .tr-fact').first().textContent()).toContain(cycles.toLocaleString('en'));
    // The address bar holds only the view: a 50 MB trace stays in this browser.
    expect(page.url().length).toBeLessThan(300);
    expect(await page.locator('.tr-share-note').textContent()).toContain('stays in this browser');
    // A reload restores it from IndexedDB.
    await page.waitForFunction(() => (window as unknown as { __traceReader: { saves: number } }).__traceReader.saves > 0);
    await page.reload();
    await page.locator('[data-island="trace-reader"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await parsed(page, 0);
    expect(await page.locator('.tr-big-summary').textContent()).toContain('50.0 MB pasted');
    expect(await page.locator('.tr-message').textContent()).toMatch(/Restored your last input|Read/);
    // Clear forgets it.
    const saves = await page.evaluate(() => (window as unknown as { __traceReader: { saves: number } }).__traceReader.saves);
    await page.locator('.tr-clear').click();
    await page.waitForFunction((n) => (window as unknown as { __traceReader: { saves: number } }).__traceReader.saves > n, saves);
    await page.reload();
    await page.locator('[data-island="trace-reader"][data-ready="true"]').waitFor();
    expect(await page.locator('.tr-big').isVisible()).toBe(false);
    expect(await page.locator('#tr-text').inputValue()).toBe('');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('answers garbage with a clear message, lists unreadable lines by number, and keeps working', async () => {
    const page = await open('tools/trace-reader/');
    const garbage = ['hello from my program', 'gc 7 @0.5s 3%: this is not a gc line', 'lorem ipsum', 'SCHED 12ms: gomaxprocs=banana'].join('\n');
    await page.locator('#tr-text').fill(garbage);
    await parsed(page);
    const alert = page.locator('.tr-alert[role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('No GC or scheduler trace lines in these 4 lines');
    expect(await alert.textContent()).toContain('GODEBUG=gctrace=1');
    await page.locator('.tr-errors summary').click();
    const items = await page.locator('.tr-errors-list li').allTextContents();
    expect(items.some((t) => t.startsWith('line 2:'))).toBe(true);
    expect(items.some((t) => t.startsWith('line 4:'))).toBe(true);
    expect(await page.locator('.tr-results').isVisible()).toBe(false);
    // The page still works: an example loads; the garbage is one click away.
    let n = await parses(page);
    await page.locator('.tr-example').selectOption('gctrace-gogc100-p2');
    await parsed(page, n);
    await expect.poll(() => page.locator('.tr-detected').textContent()).toContain('gctrace (33 cycles)');
    expect(await alert.isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('ex')).toBe('gctrace-gogc100-p2');
    n = await parses(page);
    await page.locator('.tr-restore').click();
    await expect.poll(() => page.locator('#tr-text').inputValue()).toBe(garbage);
    await parsed(page, n);
    // A link with bad parameters is named, not fatal.
    const bad = await open('tools/trace-reader/?ex=nope&view=%3Cx%3E&c=abc');
    expect(await bad.locator('.tr-message').textContent()).toMatch(/could not be used|does not have/);
    expect(errorsOf(page)).toEqual([]);
    expect(errorsOf(bad)).toEqual([]);
    await page.context().close();
    await bad.context().close();
  });

  it('answers "what would GOMEMLIMIT=48MiB have done" for a real trace, and keeps the question in the link', async () => {
    const page = await open('tools/trace-reader/?ex=gctrace-gogc100-p2&view=whatif');
    await parsed(page);
    const panel = page.locator('.tr-gctrace [data-panel="whatif"]');
    await panel.locator('.tr-whatif-answer p').first().waitFor();
    expect(await panel.locator('.tr-whatif-inferred').textContent()).toContain('GOGC ≈');
    await panel.locator('input[name="gomemlimit"]').fill('48MiB');
    await expect.poll(() => panel.locator('.tr-whatif-answer').textContent()).toContain('GOMEMLIMIT=48MiB');
    const answer = (await panel.locator('.tr-whatif-answer').textContent()) ?? '';
    expect(answer).toMatch(/The memory limit would set the goal in \d+ of 33 cycles/);
    expect(answer).toMatch(/about \d+ cycles instead of 33/);
    expect(answer).toMatch(/lower than the runtime’s and below the heap that cycle actually reached/);
    expect(await panel.locator('.tr-whatif-limits').textContent()).toContain('cannot know');
    expect(new URL(page.url()).searchParams.get('lim')).toBe('48MiB');
    // An unreadable limit is named; the last answer stays.
    await panel.locator('input[name="gomemlimit"]').fill('lots');
    await expect.poll(() => panel.locator('.tr-whatif-problem').textContent()).toContain('GOMEMLIMIT must be');
    // The copied link reopens the same question.
    await panel.locator('input[name="gomemlimit"]').fill('48MiB');
    await expect.poll(() => new URL(page.url()).searchParams.get('lim')).toBe('48MiB');
    await page.locator('.tr-copy').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const again = await open(link.replace(/^https?:\/\/[^/]+\/go-atlas\//, ''));
    await parsed(again);
    const p2 = again.locator('.tr-gctrace [data-panel="whatif"]');
    await p2.locator('.tr-whatif-answer p').first().waitFor();
    expect(await p2.locator('input[name="gomemlimit"]').inputValue()).toBe('48MiB');
    expect(await p2.locator('.tr-whatif-answer').textContent()).toContain('GOMEMLIMIT=48MiB');
    expect(await axe(again)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
    await again.context().close();
  });

  it('puts a small pasted trace in the copied link, and reopens it from the link', async () => {
    const page = await open('tools/trace-reader/');
    const small = GCTRACE.split('\n').slice(0, 6).join('\n');
    await page.locator('#tr-text').fill(small);
    await parsed(page);
    expect(await page.locator('.tr-share-note').textContent()).toContain('The link carries your trace');
    await page.locator('.tr-copy').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('t')).toBeTruthy();
    const again = await open(link.replace(/^https?:\/\/[^/]+\/go-atlas\//, ''));
    await parsed(again);
    expect(await again.locator('#tr-text').inputValue()).toBe(small);
    expect(await again.locator('.tr-detected').textContent()).toContain('gctrace (6 cycles)');
    await page.context().close();
    await again.context().close();
  });

  it('keeps the reader’s saved input when a link opens an example', async () => {
    const page = await open('tools/trace-reader/');
    const mine = SCHEDTRACE.split('\n').slice(0, 5).join('\n');
    await page.locator('#tr-text').fill(mine);
    await parsed(page);
    // The save is debounced: wait for it, then a reload restores the text.
    await page.waitForFunction(() => (window as unknown as { __traceReader: { saves: number } }).__traceReader.saves > 0);
    await page.reload();
    await page.locator('[data-island="trace-reader"][data-ready="true"]').waitFor();
    expect(await page.locator('#tr-text').inputValue()).toBe(mine);
    await page.goto(`${site}tools/trace-reader/?ex=gctrace-gogc100-p2`);
    await page.locator('[data-island="trace-reader"][data-ready="true"]').waitFor();
    await parsed(page);
    expect(await page.locator('.tr-detected').textContent()).toContain('gctrace (33 cycles)');
    expect(await page.locator('.tr-restore').isVisible()).toBe(true);
    // Without the link, the reader's own input comes back.
    await page.goto(`${site}tools/trace-reader/`);
    await page.locator('[data-island="trace-reader"][data-ready="true"]').waitFor();
    expect(await page.locator('#tr-text').inputValue()).toBe(mine);
    expect(await page.locator('.tr-message').textContent()).toContain('Restored your last input');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('reads in Chinese, and fits a 390 px phone in the dark theme', async () => {
    const page = await open('zh-cn/tools/trace-reader/?ex=gctrace-gogc100-p2', { width: 390, height: 844, theme: 'dark' });
    await parsed(page);
    const worst = summarizeGctrace(parseGctrace(GCTRACE).cycles).worstStw!;
    await page.locator('.tr-gctrace .tr-worst').waitFor();
    expect(await page.locator('.tr-gctrace .tr-summary-title').textContent()).toBe('GC 概览');
    expect(await page.locator('.tr-gctrace .tr-worst').textContent()).toContain(`gc ${worst.n} 的标记终止`);
    expect(await page.locator('.tr-privacy').textContent()).toContain('不会离开这个浏览器');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.tr-gctrace [role="tab"]', { hasText: '假如' }).click();
    await page.locator('.tr-gctrace input[name="gomemlimit"]').fill('48MiB');
    await expect.poll(() => page.locator('.tr-gctrace .tr-whatif-answer').textContent()).toContain('由内存限制决定');
    expect(await axe(page)).toEqual([]);
    for (const ex of ['schedtrace-p2', 'scheddetail-p4-excerpt']) {
      const n = await parses(page);
      await page.locator('.tr-example').selectOption(ex);
      await parsed(page, n);
      await page.locator('.tr-schedtrace:not([hidden]) .tr-tablist').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await axe(page)).toEqual([]);
    }
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('works offline after one visit to the site', async () => {
    const ctx = await browser.newContext();
    contexts.push(ctx);
    const page = await ctx.newPage();
    await page.goto(site);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')), undefined, { timeout: 60_000 });
    // Wait until the precache holds the reader's page and its Worker.
    await page.waitForFunction(
      async () => {
        const keys = (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat();
        return keys.some((u) => u.includes('tools/trace-reader/')) && keys.some((u) => /parse\.worker/.test(u));
      },
      undefined,
      { timeout: 60_000 },
    );
    await ctx.setOffline(true);
    const res = await page.goto(`${site}tools/trace-reader/?ex=scheddetail-p4-excerpt`);
    expect(res?.status()).toBe(200);
    await page.locator('[data-island="trace-reader"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await parsed(page);
    await page.locator('.tr-schedtrace .tr-pmg svg').waitFor();
    const n = await parses(page);
    await page.locator('#tr-text').fill(GCTRACE);
    await parsed(page, n);
    await expect.poll(() => page.locator('.tr-detected').textContent()).toContain('gctrace (33 cycles)');
    await ctx.close();
  });
});
