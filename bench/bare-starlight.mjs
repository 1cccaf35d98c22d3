// A bare Starlight site with the same Markdown, built in the same bench run: the reference that
// separates what the content costs from what this project adds (our components, plugins, CSP,
// service worker). Mermaid is rendered the same way, so both pages carry the same diagrams.
// Built inside the repository (bench/out/bare/) so it resolves this project's node_modules.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const BARE_ROOT = resolve('bench/out/bare');
export const BARE_DIST = join(BARE_ROOT, 'dist');

/** The pages built bare, by their path in the real site (all plain Markdown, no components). */
export const BARE_PAGES = ['roadmap/', 'runtime/diagnostics/'];

/** content/docs file of a page path: roadmap/ → roadmap/index.md, runtime/x/ → runtime/x.md. */
function sourceOf(page) {
  const stem = page.replace(/\/$/, '');
  return existsSync(join('content/docs', stem, 'index.md')) ? join(stem, 'index.md') : `${stem}.md`;
}

export function buildBareStarlight(env) {
  rmSync(BARE_ROOT, { recursive: true, force: true });
  const docs = join(BARE_ROOT, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  for (const page of BARE_PAGES) {
    const src = sourceOf(page);
    mkdirSync(dirname(join(docs, src)), { recursive: true });
    cpSync(join('content/docs', src), join(docs, src));
  }
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Bare\ndescription: Reference page.\n---\n\nReference.\n');
  writeFileSync(
    join(BARE_ROOT, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(
    join(BARE_ROOT, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import rehypeMermaid from 'rehype-mermaid';
import { findChromium, CHROMIUM_ARGS } from '../../../src/plugins/browser-path.mjs';
export default defineConfig({
  markdown: { processor: unified({ rehypePlugins: [[rehypeMermaid, { strategy: 'inline-svg', launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS }, mermaidConfig: { theme: 'neutral', flowchart: { htmlLabels: false } } }]] }) },
  integrations: [starlight({ title: 'Bare Starlight' })],
});
`,
  );
  // Dependencies listed so Astro's crawler treats Starlight as a framework package (bundled, not
  // loaded by Node directly, which cannot import astro:content).
  const versions = JSON.parse(readFileSync('package.json', 'utf8')).dependencies;
  const deps = Object.fromEntries(['astro', '@astrojs/starlight', '@astrojs/markdown-remark', 'rehype-mermaid'].map((d) => [d, versions[d]]));
  writeFileSync(join(BARE_ROOT, 'package.json'), `${JSON.stringify({ type: 'module', private: true, dependencies: deps }, null, 2)}\n`);
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build', '--root', BARE_ROOT], { env: { ...env, BASE_PATH: '' }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('bare Starlight build failed');
  return (performance.now() - t0) / 1000;
}
