// The home page's picture of the GMP simulator: the view's top (global queue and both P cards)
// mid-steal, from the built site, per locale and theme. To refresh them after the view changes:
//   BASE_PATH=/go-atlas/ npm run build && node test/support/home-picture.mjs
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { findChromium } from '../../src/plugins/browser-path.mjs';
const outDir = process.argv[2] ?? 'src/assets/home';
const server = await serve({ root: 'dist', base: '/go-atlas/' });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--headless', '--no-sandbox'] });
for (const locale of ['en', 'zh-cn']) for (const theme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width: 600, height: 900 }, serviceWorkers: 'block', deviceScaleFactor: 2, reducedMotion: 'reduce' });
  await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await ctx.newPage();
  await page.goto(server.url + `${locale === 'en' ? '' : 'zh-cn/'}simulators/gmp/?sim=gmp&sc=work-stealing&step=16`, { waitUntil: 'networkidle' });
  await page.locator('.sim-shell[data-ready="true"]').waitFor();
  await page.waitForTimeout(500);
  const svg = page.locator('.sim-stage svg').first();
  await svg.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -200));
  const box = await page.evaluate(() => {
    const s = document.querySelector('.sim-stage svg').getBoundingClientRect();
    const cards = [...document.querySelectorAll('.sim-stage rect.gmp-card')].map((r) => r.getBoundingClientRect());
    const bottom = Math.max(...cards.map((c) => c.bottom));
    return { x: s.x, y: s.y, width: s.width, height: bottom - s.y + 5 };
  });
  await page.screenshot({ path: `${outDir}/scheduler-${locale}-${theme}.png`, clip: box });
  console.log(locale, theme, box);
  await ctx.close();
}
await browser.close(); server.close();
