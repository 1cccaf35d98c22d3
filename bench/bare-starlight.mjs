// A bare Starlight site with the same Markdown, built in the same bench run: the reference that
// separates what the content costs from what this project adds (our components, plugins, CSP,
// service worker). Mermaid is rendered the same way, so both pages carry the same diagrams.
// Built inside the repository (bench/out/bare/) so it resolves this project's node_modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const BARE_ROOT = resolve('bench/out/bare');
export const BARE_DIST = join(BARE_ROOT, 'dist');

/** Every English page, with the same front matter: MDX pages (they use our components) keep only it. */
function copyDocs(docs) {
  const walk = (dir) => readdirSync(join('content/docs', dir), { withFileTypes: true }).flatMap((d) => {
    const rel = join(dir, d.name);
    if (d.isDirectory()) return rel === 'zh-cn' ? [] : walk(rel);
    return /\.mdx?$/.test(d.name) ? [rel] : [];
  });
  for (const rel of walk('')) {
    const out = join(docs, rel.replace(/\.mdx$/, '.md'));
    mkdirSync(dirname(out), { recursive: true });
    const text = readFileSync(join('content/docs', rel), 'utf8');
    if (rel.endsWith('.md')) writeFileSync(out, text);
    else writeFileSync(out, `${/^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '---\ntitle: Page\n---\n'}\nReference.\n`);
  }
}

export function buildBareStarlight(env) {
  rmSync(BARE_ROOT, { recursive: true, force: true });
  const docs = join(BARE_ROOT, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  // The whole site's pages, so the reference has the same sidebar as the real pages.
  copyDocs(docs);
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
import { sidebar } from '../../../src/config/sidebar.mjs';
export default defineConfig({
  markdown: { processor: unified({ rehypePlugins: [[rehypeMermaid, { strategy: 'inline-svg', launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS }, mermaidConfig: { theme: 'neutral', flowchart: { htmlLabels: false } } }]] }) },
  integrations: [starlight({ title: 'Bare Starlight', sidebar })],
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
