// `npm run bench`: prints figures (never asserts). Budgets are in DESIGN.md › Budgets.
import { build, pageWeight, precacheSize, report, kb } from './site.mjs';
import { existsSync } from 'node:fs';

const base = '/go-atlas/';
const env = { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' };

console.log('Go Atlas benchmarks (figures, not assertions)\n');
const seconds = build(env);
const rows = [['full build, both locales (s)', seconds.toFixed(1)]];

const pagesByType = [
  ['home', ''],
  ['content page (roadmap/)', 'roadmap/'],
  ['self-assessment page', 'roadmap/self-assessment/'],
  ['simulator page (simulators/gmp/)', 'simulators/gmp/'],
  ['embed page (embed/gmp/)', 'embed/gmp/'],
  ['simulator page (simulators/gc-marking/)', 'simulators/gc-marking/'],
  ['chapter with a simulator (runtime/garbage-collector/)', 'runtime/garbage-collector/'],
  ['simulator page (simulators/gc-pacer/)', 'simulators/gc-pacer/'],
  ['simulator page (simulators/spsc/)', 'simulators/spsc/'],
  ['trace reader (tools/trace-reader/)', 'tools/trace-reader/'],
];
for (const [label, path] of pagesByType) {
  if (!existsSync(`dist/${path}index.html`)) continue;
  const w = pageWeight(path, base);
  rows.push([`${label}: project JS raw / gzip`, `${kb(w.projectJs)} / ${kb(w.projectJsGzip)}`]);
  rows.push([`${label}: all JS incl. lazy, raw / gzip`, `${kb(w.js)} / ${kb(w.jsGzip)}`]);
  rows.push([`${label}: page weight (html+css+js+img, raw)`, kb(w.total)]);
}
const pc = precacheSize();
rows.push(['offline precache: raw / gzip transfer', `${kb(pc.bytes)} / ${kb(pc.gzip)} in ${pc.n} files`]);
report(rows);

console.log('');
await import('./engine.mjs');
{
  console.log('');
  const { measureFrames } = await import('./frames.mjs');
  await measureFrames(base);
}
console.log('');
const { lighthouseScores } = await import('./lighthouse.mjs');
await lighthouseScores(base, env);
console.log('');
const { mainThreadWork } = await import('./main-thread.mjs');
await mainThreadWork(base);
