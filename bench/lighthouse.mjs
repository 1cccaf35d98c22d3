// Lighthouse (mobile, its default), three runs per page (round-robin), medians, served gzipped,
// against a bare Starlight page with the same Markdown built in the same run
// (bench/bare-starlight.mjs). Single runs on a busy machine vary from 80 to 100; the median of
// three and the ratio to the reference say more.
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../test/support/serve.mjs';
import { findChromium } from '../src/plugins/browser-path.mjs';
import { median, report } from './site.mjs';
import { buildBareStarlight, BARE_DIST } from './bare-starlight.mjs';

const RUNS = 3;

function runLighthouse(url, file) {
  // Asynchronous: the static servers run in this process and must keep answering.
  return new Promise((done) => {
    const child = spawn(
      'npx',
      [
        'lighthouse',
        url,
        '--quiet',
        '--output=json',
        `--output-path=${file}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking',
      ],
      { env: { ...process.env, CHROME_PATH: findChromium() ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('close', done);
  });
}

function figures(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const score = (k) => Math.round(r.categories[k].score * 100);
  const items = r.audits['resource-summary']?.details?.items ?? [];
  const script = items.find((i) => i.resourceType === 'script');
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    best: score('best-practices'),
    seo: score('seo'),
    tbt: r.audits['total-blocking-time'].numericValue,
    lcp: r.audits['largest-contentful-paint'].numericValue,
    jsBytes: script?.transferSize ?? 0,
  };
}

function summarise(label, runs) {
  if (runs.length === 0) return null;
  const m = (k) => median(runs.map((r) => r[k]));
  return { label, n: runs.length, perf: m('perf'), a11y: m('a11y'), best: m('best'), seo: m('seo'), tbt: m('tbt'), lcp: m('lcp'), jsBytes: m('jsBytes') };
}

/** Round-robin (run 1 of every page, then run 2…), so a busy spell hits all pages alike. */
async function measureAll(pages, out) {
  const runs = pages.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, [label, url]] of pages.entries()) {
      const file = join(out, `${label.replace(/\W+/g, '-')}-${i}.json`);
      if ((await runLighthouse(url, file)) === 0) runs[k].push(figures(file));
    }
  }
  return pages.map(([label], k) => summarise(label, runs[k]));
}

export async function lighthouseScores(base, env = process.env) {
  const bareSeconds = buildBareStarlight(env);
  const site = await serve({ root: 'dist', base, gzip: true });
  const bare = await serve({ root: BARE_DIST, base: '/', gzip: true });
  const out = mkdtempSync(join(tmpdir(), 'lh-'));
  const rows = [[`bare Starlight reference built in (s)`, bareSeconds.toFixed(1)]];
  try {
    // Each content page is compared with the same Markdown built bare; other pages with the bare roadmap.
    const pages = [
      ['bare Starlight (roadmap/)', `${bare.url}roadmap/`, null],
      ['bare Starlight (runtime/diagnostics/)', `${bare.url}runtime/diagnostics/`, null],
      ['home', site.url, 0],
      ['content page (roadmap/)', `${site.url}roadmap/`, 0],
      ['content page (runtime/diagnostics/)', `${site.url}runtime/diagnostics/`, 1],
      ['content page (runtime/scheduler/, with an inline simulator)', `${site.url}runtime/scheduler/`, 0],
      ['simulator page (simulators/gmp/)', `${site.url}simulators/gmp/`, 0],
    ];
    const results = await measureAll(pages.map(([label, url]) => [label, url]), out);
    for (const [k, r] of results.entries()) {
      if (!r) continue;
      const ref = pages[k][2] === null ? null : results[pages[k][2]];
      // A ratio to 0 ms says nothing: then both figures are printed.
      // Named, since pages without a bare twin (home, MDX pages, simulators) are set against the roadmap's.
      const twin = ref && /\((.*)\)/.exec(ref.label)?.[1];
      const vs = (key, unit, scale = 1) =>
        !ref ? '' : ref[key] > 0 ? ` (${(r[key] / ref[key]).toFixed(2)}× bare ${twin})` : ` (bare ${twin}: ${(ref[key] / scale).toFixed(0)} ${unit})`;
      rows.push([`lighthouse mobile, median of ${r.n}, ${r.label}: perf / a11y / best / seo`, `${r.perf} / ${r.a11y} / ${r.best} / ${r.seo}`]);
      rows.push([`  TBT / LCP`, `${Math.round(r.tbt)} ms${vs('tbt', 'ms')} / ${(r.lcp / 1000).toFixed(2)} s`]);
      rows.push([`  JS transferred`, `${(r.jsBytes / 1024).toFixed(1)} KB${vs('jsBytes', 'KB', 1024)}`]);
    }
  } finally {
    await site.close();
    await bare.close();
  }
  report(rows);
}

// `node bench/lighthouse.mjs` after a build with BASE_PATH=/go-atlas/: only this part of the bench.
if (import.meta.url === `file://${process.argv[1]}`) await lighthouseScores('/go-atlas/');
