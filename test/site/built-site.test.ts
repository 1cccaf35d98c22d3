// Checks over the production build (made by `npm test` under a non-root base, BASE_PATH=/go-atlas/).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { attrValues, BASE, builtPages, contentPages, ids, resolveInDist } from '../support/site';
import { simulators } from '../../simulators/registry.ts';

const pages = builtPages();
const byFile = new Map(pages.map((p) => [p.file, p]));

describe('the build', () => {
  it('was made under a non-root base path, so base handling is really exercised', () => {
    expect(BASE).not.toBe('/');
    expect(pages.length).toBeGreaterThan(4);
  });

  it('has no broken internal link, asset or fragment', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const urls = [
        ...attrValues(page.html, 'a', 'href'),
        ...attrValues(page.html, 'link', 'href'),
        ...attrValues(page.html, 'script', 'src'),
        ...attrValues(page.html, 'img', 'src'),
        ...attrValues(page.html, 'iframe', 'src'),
        ...attrValues(page.html, 'source', 'srcset'),
      ];
      for (const raw of urls) {
        if (/^(https?:|mailto:|data:|javascript:)/.test(raw) && !raw.startsWith('http://localhost')) continue;
        if (raw.startsWith('#')) {
          const frag = raw.slice(1);
          if (frag && frag !== '_top' && !ids(page.html).has(decodeURIComponent(frag))) broken.push(`${page.file}: ${raw}`);
          continue;
        }
        const url = new URL(raw, `http://site${BASE}${page.path}`);
        if (url.origin !== 'http://site' && !raw.startsWith('http://localhost')) continue;
        if (raw.startsWith('http://localhost')) continue; // canonical/alternate URLs use SITE_URL
        const target = resolveInDist(url.pathname);
        if (!target) {
          broken.push(`${page.file}: ${raw}`);
          continue;
        }
        if (url.hash.length > 1 && target.endsWith('.html')) {
          const html = byFile.get(target)?.html ?? readFileSync(target, 'utf8');
          if (!ids(html).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.file}: ${raw} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('has every page written in both locales (not a fallback copy)', () => {
    // Starlight fills a missing translation with the English page, so parity is checked on the sources.
    const sources = new Set(contentPages().map((p) => p.file.replace(/\.mdx?$/, '')));
    const missing: string[] = [];
    for (const s of sources) {
      const other = s.includes('/zh-cn/') ? s.replace('/zh-cn/', '/') : s.replace('content/docs/', 'content/docs/zh-cn/');
      if (!sources.has(other)) missing.push(`${s} has no counterpart ${other}`);
    }
    expect(missing).toEqual([]);
    const built = new Set(pages.map((p) => p.path));
    for (const p of contentPages()) expect(built.has(p.path), `${p.file} → ${p.path}`).toBe(true);
  });

  it('renders every Mermaid diagram to inline SVG and leaves no Mermaid source behind', () => {
    const problems: string[] = [];
    for (const src of contentPages()) {
      const fences = (src.source.match(/^\s*```mermaid\s*$/gm) ?? []).length;
      const built = pages.find((p) => p.path === src.path);
      if (!built) {
        problems.push(`${src.file}: not built at ${src.path}`);
        continue;
      }
      const svgs = (built.html.match(/<svg[^>]*\sid="mermaid-\d+"/g) ?? []).length;
      if (svgs !== fences) problems.push(`${src.file}: ${fences} mermaid fences, ${svgs} inline SVGs`);
    }
    for (const page of pages) {
      if (/class="[^"]*language-mermaid|<pre class="mermaid"|data-language="mermaid"/.test(page.html)) {
        problems.push(`${page.file}: unrendered Mermaid`);
      }
      // MDX's optimize option once left diagram styles in a literal set:html attribute (unstyled diagrams).
      if (/<style[^>]*\sset:html=/.test(page.html)) problems.push(`${page.file}: diagram style left in a set:html attribute`);
      if (page.html.includes('class="diagram-error"')) problems.push(`${page.file}: a diagram failed to render`);
    }
    expect(problems).toEqual([]);
  });

  it('ships no project JavaScript on pages without an island, except the service-worker registration', () => {
    // Starlight's own bundles (search, table of contents, code copy button) are allowed everywhere;
    // of ours, only the service-worker registration (recognised by its update notice) may load.
    const starlight = /\/_astro\/(Search|TableOfContents|MobileTableOfContents)\.astro_astro_type_script|\/_astro\/(page|ui-core|ec|starlight-toc)\./;
    const isRegistration = (src: string): boolean => {
      const url = new URL(src, `http://site${BASE}`);
      const file = resolveInDist(url.pathname);
      if (file === null) return false;
      const code = readFileSync(file, 'utf8');
      if (code.includes('sw-update')) return true;
      // A tiny entry that only imports the registration chunk counts as the registration.
      const imports = [...code.matchAll(/import\s*["'](\.\/[^"']+)["']/g)].map((m) => m[1]!);
      return code.length < 200 && imports.length === 1 && isRegistration(new URL(imports[0]!, url).pathname);
    };
    const offenders: string[] = [];
    let registered = 0;
    for (const page of pages) {
      const external = attrValues(page.html, 'script', 'src');
      if (page.html.includes('sw-update') || external.some(isRegistration)) registered += 1;
      if (/<astro-island\b|data-island=/.test(page.html)) continue;
      for (const src of external) {
        if (!starlight.test(src) && !isRegistration(src)) offenders.push(`${page.file}: ${src}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(registered).toBe(pages.length);
  });

  it('links no simulator stylesheet on pages without a simulator (render-blocking CSS nobody uses)', () => {
    // A view's CSS is linked by the shell when its simulator loads; a CSS import from a client
    // script would put it on every page.
    const offenders: string[] = [];
    for (const page of pages) {
      if (/data-island=/.test(page.html)) continue;
      for (const href of attrValues(page.html, 'link', 'href').filter((h) => h.endsWith('.css'))) {
        const file = resolveInDist(new URL(href, `http://site${BASE}`).pathname);
        if (file && /\.sim-(shell|stage)\b/.test(readFileSync(file, 'utf8'))) offenders.push(`${page.file}: ${href}`);
      }
    }
    expect(offenders).toEqual([]);
  });


  it('names a theme on every page’s <html> before any script runs (the palettes key on data-theme alone)', () => {
    const without = pages.filter((p) => !/<html\b[^>]*\sdata-theme="(dark|light)"/.test(p.html)).map((p) => p.file);
    expect(without).toEqual([]);
  });
  it('is installable offline: manifest with icons, and a service worker that precaches pages and the search index', () => {
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
    expect(manifest.start_url).toBe(BASE);
    expect(manifest.scope).toBe(BASE);
    for (const icon of manifest.icons) expect(existsSync(`dist/${icon.src}`)).toBe(true);
    expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
    const sw = readFileSync('dist/sw.js', 'utf8');
    for (const page of pages) {
      if (page.path === '404.html') continue;
      expect(sw, `precache lacks ${page.path}`).toContain(`url:"${page.path}index.html"`);
    }
    expect(sw).toContain('pagefind/pagefind-entry.json');
    expect(sw).toMatch(/pagefind\/index\/zh-cn_[^"]+\.pf_index/);
  });

  it('has a 404 page that speaks both languages', () => {
    const notFound = readFileSync('dist/404.html', 'utf8');
    expect(notFound).toMatch(/not found|doesn’t exist|does not exist/i);
    expect(notFound).toMatch(/找不到|不存在/);
  });

  it('keeps simulator controls out of the search index, and titles simulators by what they are', () => {
    const sims = pages.filter((p) => p.html.includes('class="sim-shell'));
    expect(sims.length).toBeGreaterThan(0);
    for (const page of sims) {
      for (const tag of page.html.match(/<section class="sim-shell[^>]*>/g) ?? []) expect(tag, page.file).toContain('data-pagefind-ignore="all"');
      // The shell's hidden heading names the simulator, not whichever scenario loaded first.
      const heading = /<h2 id="sim-[^"]+-title" class="sr-only">([^<]*)<\/h2>/.exec(page.html)?.[1] ?? '';
      const titles = Object.values(simulators).flatMap((e) => [e.title.en, e.title['zh-cn']]);
      expect(titles, page.file).toContain(heading);
    }
  });
});
