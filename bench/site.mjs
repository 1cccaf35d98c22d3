// Site figures: build time, JavaScript per page type, page weight, offline precache size.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** The middle run (the upper middle of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function build(env) {
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('build failed');
  return (performance.now() - t0) / 1000;
}

function fileFor(urlPath, base) {
  const rel = urlPath.slice(base.length).split('?')[0];
  return join('dist', rel);
}

/** Every script a page loads (external + inline), split into ours and Starlight's. */
export function pageWeight(path, base) {
  const file = join('dist', path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const parts = { html: Buffer.byteLength(html), css: 0, js: 0, jsGzip: 0, projectJs: 0, projectJsGzip: 0, other: 0 };
  const seen = new Set();
  const starlight = /\/_astro\/(Search|TableOfContents|MobileTableOfContents)\.astro_astro_type_script|\/_astro\/(page|ui-core|ec|starlight-toc)\./;
  // Module graph: follow static imports inside our own bundles.
  // Captions load per locale (chunks named en.* / zh-cn.*): a reader downloads only the page's own.
  const locale = path.startsWith('zh-cn/') ? 'zh-cn' : 'en';
  // The shell's loader names every simulator's view; a page downloads only its own simulators'.
  const sims = new Set([...html.matchAll(/class="sim-shell[^"]*"[^>]*\sdata-sim="([\w-]+)"/g)].map((m) => m[1]));
  const otherViews = new Set();
  const addJs = (url, own) => {
    if (seen.has(url) || otherViews.has(url.replace(/^.*\//, ''))) return;
    const loc = /\/(en|zh-cn)\.[\w-]+\.js$/.exec(url)?.[1];
    if (loc && loc !== locale) return;
    seen.add(url);
    const f = fileFor(url, base);
    if (!existsSync(f)) return;
    const src = readFileSync(f);
    parts.js += src.length;
    const gz = gzipSync(src).length;
    parts.jsGzip += gz;
    if (own) {
      parts.projectJs += src.length;
      parts.projectJsGzip += gz;
    }
    for (const m of src.toString().matchAll(/"\.\.\/([\w-]+)\/mechanism\.ts":\s*\(\)\s*=>\s*\w+\(\s*\(\)\s*=>\s*import\(\s*["'`]\.\/([^"'`]+\.js)/g)) {
      if (!sims.has(m[1])) otherViews.add(m[2]);
      // Its stylesheet is linked when the view loads (mechanism.stylesheet).
    }
    // Static imports, and dynamic ones (a simulator's mechanism loads on demand but always loads).
    for (const m of src.toString().matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) {
      addJs(url.replace(/[^/]+$/, m[1]), own);
    }
  };
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) addJs(m[1], !starlight.test(m[1]));
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(m[1]) || /application\/(ld\+)?json/.test(m[1])) continue;
    const body = Buffer.from(m[2]);
    if (!body.length) continue;
    parts.js += body.length;
    const gz = gzipSync(body).length;
    parts.jsGzip += gz;
    // Inline scripts are Starlight's (theme, language picker) except our service-worker registration.
    if (m[2].includes('sw-update') || m[2].includes('data-island')) {
      parts.projectJs += body.length;
      parts.projectJsGzip += gz;
    }
    for (const imp of m[2].matchAll(/import\s*["']([^"']+\.js)["']|from\s*["']([^"']+\.js)["']/g)) addJs(imp[1] ?? imp[2], true);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const f = fileFor(m[1], base);
    if (existsSync(f)) parts.css += statSync(f).size;
  }
  // A simulator view's own stylesheet (linked by the shell when the view loads).
  for (const id of sims) {
    for (const f of readdirSync('dist/_astro').filter((n) => n.startsWith(`${id}.`) && n.endsWith('.css'))) parts.css += statSync(join('dist/_astro', f)).size;
  }
  for (const m of html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)) {
    const f = fileFor(m[1], base);
    if (m[1].startsWith(base) && existsSync(f)) parts.other += statSync(f).size;
  }
  parts.total = parts.html + parts.css + parts.js + parts.other;
  return parts;
}

/** What the service worker downloads on the first visit: raw bytes, and gzip as served by Pages. */
export function precacheSize() {
  const sw = readFileSync('dist/sw.js', 'utf8');
  let bytes = 0;
  let gzip = 0;
  let n = 0;
  for (const m of sw.matchAll(/url:"([^"]+)"/g)) {
    const f = join('dist', m[1]);
    if (existsSync(f)) {
      const body = readFileSync(f);
      bytes += body.length;
      gzip += /\.(png|wasm|pagefind|pf_\w+)$/.test(f) ? body.length : gzipSync(body).length;
      n += 1;
    }
  }
  return { bytes, gzip, n };
}

export function report(rows) {
  for (const [k, v] of rows) console.log(`${k.padEnd(52)} ${v}`);
}

export { kb };
