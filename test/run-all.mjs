// `npm test`: everything a change can break, in order, stopping at the first red stage.
// 1 types (astro check) · 2 unit + property tests · 3 production build under a sub-path base ·
// 4 checks over the built HTML and end-to-end tests in headless Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium, noChromiumMessage } from '../src/plugins/browser-path.mjs';

const BASE_PATH = process.env.TEST_BASE_PATH || '/go-atlas/';
const env = { ...process.env, BASE_PATH, SITE_URL: process.env.SITE_URL || 'http://localhost:4321', ASTRO_TELEMETRY_DISABLED: '1' };
mkdirSync('test-results', { recursive: true });

// npm runs this with node_modules/.bin first on PATH, so `node` (and every npx below) is the Node
// pinned in package.json's optionalDependencies, whatever Node runs npm itself.
console.log(`node ${process.version} (${process.execPath})`);
// The build renders diagrams and the end-to-end tests drive a browser: say so now, not in 5 minutes.
if (!findChromium()) {
  console.error(noChromiumMessage());
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;

function run(title, cmd, args) {
  console.log(`\n── ${title}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`── ${title}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function vitest(title, config, out) {
  const ok = run(title, 'npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.numTotalTests === 0) failed += 1; // a stage that ran nothing is a failure, not a pass
  } else if (!ok) failed += 1;
  return ok;
}

function finish() {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

if (!run('types', 'npx', ['astro', 'check'])) { failed += 1; finish(); }
if (!vitest('unit and property tests', 'vitest.config.ts', 'test-results/unit.json')) finish();
if (!run(`build (BASE_PATH=${BASE_PATH})`, 'npx', ['astro', 'build'])) { failed += 1; finish(); }
vitest('built site and end-to-end', 'vitest.site.config.ts', 'test-results/site.json');
finish();
