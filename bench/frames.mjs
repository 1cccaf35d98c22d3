// Frame times while the GMP simulator plays the 8-P / 1,000-G program in headless Chromium.
import { chromium } from 'playwright-core';
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
