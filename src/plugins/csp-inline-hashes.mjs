// Astro's security.csp hashes the scripts it bundles, but not `is:inline` ones (Starlight's theme
// provider, search shortcut and sidebar state scripts), which the policy then blocks. After the
// build, this adds the SHA-256 of every inline <script> on a page to that page's script-src, so the
// policy stays hash-only: no 'unsafe-inline', and a script nobody built still cannot run.
// It must run before the service worker's precache list is made (file revisions are content hashes).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
// Classic and module scripts with a body and no src; JSON data blocks are not executed.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\btype=["']?application\/(ld\+)?json/i;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page with every executable inline script's hash in its CSP meta (unchanged if it has none). */
export function addInlineScriptHashes(html) {
  const meta = META.exec(html);
  if (!meta) return html;
  const needed = new Set();
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (body.trim() === '' || DATA_TYPE.test(attrs)) continue;
    needed.add(sha256(body));
  }
  const directives = meta[2].split(';');
  const i = directives.findIndex((d) => d.trim().startsWith('script-src '));
  if (i < 0 || needed.size === 0) return html;
  const present = new Set(directives[i].trim().split(/\s+/));
  const missing = [...needed].filter((h) => !present.has(h));
  if (missing.length === 0) return html;
  directives[i] = `${directives[i].replace(/\s+$/, '')} ${missing.join(' ')}`;
  return html.replace(META, `$1${directives.join(';')}$3`);
}

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

export function cspInlineHashes() {
  return {
    name: 'go-atlas:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let changed = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const next = addInlineScriptHashes(html);
          if (next !== html) {
            await writeFile(file, next);
            changed += 1;
          }
        }
        logger.info(`hashed inline scripts into the CSP of ${changed} page(s)`);
      },
    },
  };
}
