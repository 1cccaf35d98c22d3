// Helpers for tests over the built site in dist/.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';
export const CONTENT = 'content/docs';
export const BASE = (() => {
  const b = process.env.BASE_PATH || '/';
  return b.endsWith('/') ? b : `${b}/`;
})();

export function walk(dir: string, keep: (p: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out.sort();
}

/** Built HTML pages as site paths without base, e.g. "roadmap/" or "" for home. */
export function builtPages(): { file: string; path: string; html: string }[] {
  return walk(DIST, (p) => p.endsWith('.html')).map((file) => {
    const rel = relative(DIST, file).split(sep).join('/');
    const path = rel === 'index.html' ? '' : rel.replace(/index\.html$/, '');
    return { file, path, html: readFileSync(file, 'utf8') };
  });
}

/** Content sources with the page path each one builds to. */
export function contentPages(): { file: string; path: string; source: string }[] {
  return walk(CONTENT, (p) => /\.mdx?$/.test(p)).map((file) => {
    const rel = relative(CONTENT, file).split(sep).join('/').replace(/\.mdx?$/, '');
    const path = rel === 'index' ? '' : rel.endsWith('/index') ? `${rel.slice(0, -'index'.length)}` : `${rel}/`;
    const fixed = rel === '404' ? '404.html' : path;
    return { file, path: fixed, source: readFileSync(file, 'utf8') };
  });
}

/** Resolves a site URL path (with base) to a file in dist, or null. */
export function resolveInDist(urlPath: string): string | null {
  if (!urlPath.startsWith(BASE)) return null;
  const rel = decodeURIComponent(urlPath.slice(BASE.length));
  const direct = join(DIST, rel);
  if (rel === '' || rel.endsWith('/')) {
    const idx = join(direct, 'index.html');
    return existsSync(idx) ? idx : null;
  }
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  return null;
}

/** All values of an attribute on the given tags. */
export function attrValues(html: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'gi');
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1] ?? ''));
}

export function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#x26;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}
