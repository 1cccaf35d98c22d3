// Frame times while a simulator plays its largest scenario in headless Chromium: the GMP
// scheduler's 8-P / 1,000-G program and the GC marking simulator's 256-object heap.
import { chromium } from 'playwright-core';
import { serve } from '../test/support/serve.mjs';
import { buildBenchProgram } from '../simulators/gmp/index.ts';
import { report } from './site.mjs';

/**
 * Opens `url`, optionally loads `config` into the page's first simulator, plays it at speed index
 * `speed` for `seconds` and returns the frame deltas (first frame dropped) and the position reached.
 */
export async function playFrames(browser, url, { config = null, speed, seconds = 5 }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  try {
    await page.goto(url);
    await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 30_000 });
    const frames = await page.evaluate(
      async ({ config, speed, seconds }) => {
        const shell = window.__sims[0];
        if (config) shell.loadProgram(config, 1);
        shell.setSpeed(speed);
        const deltas = [];
        let last = performance.now();
        const until = last + seconds * 1000;
        await new Promise((done) => {
          const tick = (t) => {
            deltas.push(t - last);
            last = t;
            if (t < until) requestAnimationFrame(tick);
            else done();
          };
          requestAnimationFrame(tick);
          shell.togglePlay();
        });
        shell.togglePlay();
        return { deltas, position: shell.current.position };
      },
      { config, speed, seconds },
    );
    return { deltas: frames.deltas.slice(1).sort((a, b) => a - b), position: frames.position };
  } finally {
    await page.close();
  }
}

/** "p50 / p95 over n frames, k steps" from sorted frame deltas. */
export function percentiles({ deltas, position }) {
  const p = (q) => deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))].toFixed(1);
  return `${p(0.5)} / ${p(0.95)} over ${deltas.length} frames, ${position} steps`;
}

export async function measureFrames(base, { gmp = true, gc = true } = {}) {
  const server = await serve({ root: 'dist', base });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const rows = [];
    if (gmp) {
      for (const [label, speed] of [['animated, 4 steps/s', 2], ['as fast as it goes, 60 steps/s', 6]]) {
        const r = await playFrames(browser, `${server.url}simulators/gmp/`, { config: buildBenchProgram(), speed });
        rows.push([`frames, 8 Ps / 1,000 Gs, ${label}: p50 / p95 (ms)`, percentiles(r)]);
      }
    }
    if (gc) {
      // 256 objects, four goroutines: the scenario's own 589-step run, at 60 steps/s (not animated).
      const r = await playFrames(browser, `${server.url}simulators/gc-marking/?sim=gc&sc=large-heap`, { speed: 6 });
      rows.push(['frames, gc large heap: p50 / p95 (ms)', `${percentiles(r)} at 60 steps/s`]);
      const a = await playFrames(browser, `${server.url}simulators/gc-marking/?sim=gc&sc=large-heap`, { speed: 2 });
      rows.push(['frames, gc large heap, animated 4 steps/s: p50 / p95 (ms)', percentiles(a)]);
    }
    report(rows);
  } finally {
    await browser.close();
    await server.close();
  }
}

// `node bench/frames.mjs [gmp|gc]` measures one simulator against an existing dist/.
if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2];
  await measureFrames(process.env.BASE_PATH || '/go-atlas/', { gmp: !only || only === 'gmp', gc: !only || only === 'gc' });
}
