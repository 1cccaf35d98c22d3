// Frame times while a simulator plays, in headless Chromium: one shared runner, one row per case.
// A case names the simulator page, the program to load (shell.loadProgram) and the speed index
// (src/simulators/shell/speeds.ts); the runner plays it for a few seconds and reports p50 / p95.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { serve } from '../test/support/serve.mjs';
import { buildBenchProgram } from '../simulators/gmp/index.ts';
import { tenMinutes } from './pacer-workloads.mjs';
import { SPEEDS } from '../src/simulators/shell/speeds.ts';
import { report } from './site.mjs';

const pacerTenMinutes = { gogc: 100, memoryLimit: null, gomaxprocs: 4, workload: tenMinutes('steady') };

/** Rows to measure: [label, page, config, speed index]. Other simulators add theirs here. */
export const FRAME_CASES = [
  ['frames, 8 Ps / 1,000 Gs, animated, 4 steps/s: p50 / p95 (ms)', 'simulators/gmp/', buildBenchProgram(), 2],
  ['frames, 8 Ps / 1,000 Gs, as fast as it goes, 60 steps/s: p50 / p95 (ms)', 'simulators/gmp/', buildBenchProgram(), 6],
  // The pacer's steady preset stretched to ten minutes of program time (16,000 steps): at the speed
  // of the GMP row above, and at the fastest (24 steps a frame, the chart window turns every frame).
  ['frames, pacer 10-minute run: p50 / p95 (ms)', 'simulators/gc-pacer/', pacerTenMinutes, 6],
  ['frames, pacer 10-minute run, 1000 steps/s: p50 / p95 (ms)', 'simulators/gc-pacer/', pacerTenMinutes, 8],
  // 256 objects, four goroutines: the scenario's own run (config null = keep the page's scenario).
  ['frames, gc large heap, 60 steps/s: p50 / p95 (ms)', 'simulators/gc-marking/?sim=gc&sc=large-heap', null, 6],
  ['frames, gc large heap, animated 4 steps/s: p50 / p95 (ms)', 'simulators/gc-marking/?sim=gc&sc=large-heap', null, 2],
  // The 1,024-slot / 100,000-value stream at the shell's fastest speed (issue 11's budget case).
  ['frames, spsc stream, 1,000 steps/s: p50 / p95 (ms)', 'simulators/spsc/?sim=spsc&sc=stream-100k', null, 8],
  ['frames, spsc stream, ring full (from step 20,000): p50 / p95 (ms)', 'simulators/spsc/?sim=spsc&sc=stream-100k&step=20000', null, 8],
];

/** Plays `config` on `page` for `ms` at speed index `speed`; returns the frame deltas and steps made. */
export async function playFrames(browser, url, config, speed, ms = 5000) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  try {
    await page.goto(url);
    await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 30_000 });
    // Steady state: the run's length is measured in idle time after load; a reader who presses
    // play at once shares the first seconds with it (one-off, not what every frame costs).
    await page.waitForFunction(() => window.__sims[0].measuredLength.done, null, { timeout: 60_000 }).catch(() => undefined);
    const r = await page.evaluate(
      async ({ config, speed, ms }) => {
        const shell = window.__sims[0];
        if (config) shell.loadProgram(config, 1);
        shell.setSpeed(speed);
        const deltas = [];
        let last = performance.now();
        const until = last + ms;
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
      { config, speed, ms },
    );
    const sorted = r.deltas.slice(1).sort((a, b) => a - b);
    const p = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { p50: p(0.5), p95: p(0.95), frames: sorted.length, steps: r.position };
  } finally {
    await page.close();
  }
}

export async function measureFrames(base, cases = FRAME_CASES) {
  const server = await serve({ root: 'dist', base });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const rows = [];
    for (const [label, path, config, speed] of cases) {
      if (!existsSync(`dist/${path.split('?')[0]}index.html`)) continue;
      const f = await playFrames(browser, `${server.url}${path}`, config, speed);
      rows.push([label, `${f.p50.toFixed(1)} / ${f.p95.toFixed(1)} over ${f.frames} frames, ${f.steps} steps at ${SPEEDS[speed]} steps/s (load ${loadavg()[0].toFixed(1)})`]);
    }
    report(rows);
  } finally {
    await browser.close();
    await server.close();
  }
}

