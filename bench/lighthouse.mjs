// Lighthouse (mobile, its default) scores of home, a content page and a simulator page.
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../test/support/serve.mjs';
import { report } from './site.mjs';

export async function lighthouseScores(base) {
  const server = await serve({ root: 'dist', base });
  const out = mkdtempSync(join(tmpdir(), 'lh-'));
  const rows = [];
  try {
    for (const [label, path] of [['home', ''], ['content page (roadmap/)', 'roadmap/'], ['simulator page (simulators/gmp/)', 'simulators/gmp/']]) {
      const file = join(out, `${label.replace(/\W+/g, '-')}.json`);
      // Asynchronous: the static server runs in this process and must keep answering.
      const status = await new Promise((done) => {
        const child = spawn(
          'npx',
          [
            'lighthouse',
            server.url + path,
            '--quiet',
            '--output=json',
            `--output-path=${file}`,
            '--only-categories=performance,accessibility,best-practices,seo',
            '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking',
          ],
          { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] },
        );
        child.on('close', done);
      });
      if (status !== 0) {
        rows.push([`lighthouse, ${label}`, 'did not run']);
        continue;
      }
      const c = JSON.parse(readFileSync(file, 'utf8')).categories;
      const s = (k) => Math.round(c[k].score * 100);
      rows.push([`lighthouse mobile, ${label}: perf / a11y / best / seo`, `${s('performance')} / ${s('accessibility')} / ${s('best-practices')} / ${s('seo')}`]);
    }
  } finally {
    await server.close();
  }
  report(rows);
}
