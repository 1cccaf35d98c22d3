// Frame times while the GMP simulator plays the 8-P / 1,000-G program in headless Chromium.
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { serve } from '../test/support/serve.mjs';
import { buildBenchProgram } from '../simulators/gmp/index.ts';
import { report } from './site.mjs';

export async function measureFrames(base) {
  const server = await serve({ root: 'dist', base });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const rows = [];
    for (const [label, speed] of [['animated, 4 steps/s', 2], ['as fast as it goes, 60 steps/s', 6]]) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${server.url}simulators/gmp/`);
      await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 30_000 });
      const frames = await page.evaluate(
        async ({ config, speed }) => {
          const shell = window.__sims[0];
          shell.loadProgram(config, 1);
          shell.setSpeed(speed);
          const deltas = [];
          let last = performance.now();
          const until = last + 5000;
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
        { config: buildBenchProgram(), speed },
      );
      const sorted = frames.deltas.slice(1).sort((a, b) => a - b);
      const p = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
      rows.push([`frames, 8 Ps / 1,000 Gs, ${label}: p50 / p95 (ms)`, `${p(0.5)} / ${p(0.95)} over ${sorted.length} frames, ${frames.position} steps`]);
      await page.close();
    }
    report(rows);
  } finally {
    await browser.close();
    await server.close();
  }
}

// Frame times while the SPSC ring simulator plays its 1,024-slot / 100,000-value stream at the
// shell's fastest speed (1,000 steps/s): the frame-time budget case of issue 11.
export async function measureSpscFrames(base) {
  const server = await serve({ root: 'dist', base });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const rows = [];
    for (const [label, speed, skip] of [
      ['1,000 steps/s', 8, 0],
      ['1,000 steps/s, ring full (from step 20,000)', 8, 20_000],
    ]) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${server.url}simulators/spsc/?sim=spsc&sc=stream-100k&step=${skip}`);
      await page.locator('.sim-shell[data-ready="true"]').waitFor({ timeout: 30_000 });
      // The whole-run analysis (race detector, channel comparison) runs once per run in a worker;
      // on a 2-core machine it would take a core from the page, so measure once it is done.
      await page.waitForFunction(() => !/computing/.test(document.querySelector('.spsc-panel')?.textContent ?? 'computing'), undefined, { timeout: 120_000 });
      const frames = await page.evaluate(
        async ({ speed }) => {
          const shell = window.__sims[0];
          shell.setSpeed(speed);
          const start = shell.current.position;
          const deltas = [];
          let last = performance.now();
          const until = last + 5000;
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
          return { deltas, steps: shell.current.position - start };
        },
        { speed },
      );
      const sorted = frames.deltas.slice(1).sort((a, b) => a - b);
      const p = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
      rows.push([`frames, spsc stream, ${label}: p50 / p95 (ms)`, `${p(0.5)} / ${p(0.95)} over ${sorted.length} frames, ${frames.steps} steps (load average ${loadavg()[0].toFixed(1)})`]);
      await page.close();
    }
    report(rows);
  } finally {
    await browser.close();
    await server.close();
  }
}
