// Main-thread work while a page loads, from Chrome's own trace: a phone-sized viewport, the CPU
// throttled 4× (as Lighthouse's mobile profile), five runs per page taken in turns, medians.
// Lighthouse's TBT is simulated from one unthrottled run and swings by 100 ms on a busy machine;
// these figures say more steadily what a page's own tasks cost against its bare Starlight twin.
import { chromium } from 'playwright-core';
import { serve } from '../test/support/serve.mjs';
import { findChromium } from '../src/plugins/browser-path.mjs';
import { median, report } from './site.mjs';
import { BARE_DIST } from './bare-starlight.mjs';

const RUNS = 5;

async function traceLoad(browser, url) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2500); // idle callbacks and timers after load count too
  await cdp.send('Tracing.end');
  await done;
  await ctx.close();
  // The renderer's main thread is the one that parsed the HTML.
  const parses = new Map();
  for (const e of events) if (e.name === 'ParseHTML') parses.set(`${e.pid}:${e.tid}`, (parses.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...parses].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
  const sum = (names) => mine.filter((e) => names.includes(e.name)).reduce((a, e) => a + e.dur / 1000, 0);
  const tasks = mine.filter((e) => e.name === 'RunTask').map((e) => e.dur / 1000);
  return {
    longest: Math.max(0, ...tasks),
    blocking: tasks.reduce((a, d) => a + Math.max(0, d - 50), 0),
    style: sum(['UpdateLayoutTree']),
    layout: sum(['Layout']),
  };
}

export async function mainThreadWork(base) {
  const site = await serve({ root: 'dist', base, gzip: true });
  const bare = await serve({ root: BARE_DIST, base: '/', gzip: true });
  const browser = await chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const pages = [
    ['bare Starlight (roadmap/)', `${bare.url}roadmap/`, null],
    ['roadmap/', `${site.url}roadmap/`, 0],
    ['bare Starlight (runtime/diagnostics/)', `${bare.url}runtime/diagnostics/`, null],
    ['runtime/diagnostics/', `${site.url}runtime/diagnostics/`, 2],
    ['simulators/gmp/', `${site.url}simulators/gmp/`, null],
  ];
  const runs = pages.map(() => []);
  try {
    for (let i = 0; i < RUNS; i++) for (const [k, [, url]] of pages.entries()) runs[k].push(await traceLoad(browser, url));
  } finally {
    await browser.close();
    await site.close();
    await bare.close();
  }
  const rows = [];
  const m = (k, key) => median(runs[k].map((r) => r[key]));
  for (const [k, [label, , ref]] of pages.entries()) {
    const vs = (key) => (ref === null || m(ref, key) === 0 ? '' : ` (${(m(k, key) / m(ref, key)).toFixed(2)}×)`);
    rows.push([
      `main thread, 4× CPU, median of ${RUNS}, ${label}: longest task / over-50-ms sum / style / layout (ms)`,
      `${Math.round(m(k, 'longest'))}${vs('longest')} / ${Math.round(m(k, 'blocking'))}${vs('blocking')} / ${Math.round(m(k, 'style'))} / ${Math.round(m(k, 'layout'))}`,
    ]);
  }
  report(rows);
}

// `node bench/main-thread.mjs` after a build with BASE_PATH=/go-atlas/ and `node bench/lighthouse.mjs` (which builds the bare twin).
if (import.meta.url === `file://${process.argv[1]}`) await mainThreadWork('/go-atlas/');
