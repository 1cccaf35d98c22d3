// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeMermaid from 'rehype-mermaid';
import AstroPWA from '@vite-pwa/astro';
import rehypeBaseLinks from './src/plugins/rehype-base-links.mjs';
import rehypeDiagramFrame from './src/plugins/rehype-diagram-frame.mjs';
import rehypeTableScroll from './src/plugins/rehype-table-scroll.mjs';
import { findChromium, noChromiumMessage, CHROMIUM_ARGS } from './src/plugins/browser-path.mjs';
import { diagramErrorFallback, failOnDiagramErrors } from './src/plugins/diagram-errors.mjs';
import { sidebar } from './src/config/sidebar.mjs';
import { pwaOptions } from './src/config/pwa.mjs';

// GitHub Pages: the deploy workflow passes the origin and the sub-path from actions/configure-pages.
const site = process.env.SITE_URL || 'http://localhost:4321';
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

// Diagrams are measured with the same font stack the site uses, CJK fonts included,
// so Chinese labels fit their boxes.
// Diagrams render in a headless Chromium at build time. A build without one stops with one line;
// `astro dev` and `astro check` go on and show each diagram's source instead.
const chromium = findChromium();
if (!chromium) {
  if (process.argv.includes('build')) {
    console.error(noChromiumMessage());
    process.exit(1);
  }
  console.warn(`${noChromiumMessage()} Diagrams show as source until then.`);
}

const DIAGRAM_FONTS = '"Noto Sans", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      rehypePlugins: [
        [
          rehypeMermaid,
          {
            strategy: chromium ? 'inline-svg' : 'pre-mermaid',
            launchOptions: { executablePath: chromium ?? undefined, args: CHROMIUM_ARGS },
            mermaidConfig: { theme: 'neutral', fontFamily: DIAGRAM_FONTS, flowchart: { htmlLabels: false } },
            errorFallback: diagramErrorFallback,
          },
        ],
        rehypeDiagramFrame,
        rehypeTableScroll,
        [rehypeBaseLinks, { base }],
      ],
    }),
  },
  integrations: [
    failOnDiagramErrors(),
    starlight({
      title: 'Go Atlas',
      description: 'A career roadmap for Go engineers, and step-through simulators of the Go runtime.',
      // The title text sits beside the logo, so the image is decorative (empty alt).
      logo: { src: './src/assets/logo.svg', alt: '' },
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      sidebar,
      routeMiddleware: './src/route-data.ts',
      customCss: ['./src/styles/site.css'],
      components: {
        Head: './src/components/Head.astro',
        Header: './src/components/Header.astro',
      },
      // Long lines wrap instead of scrolling: no unfocusable scroll boxes, readable on phones.
      expressiveCode: { defaultProps: { wrap: true } },
      lastUpdated: false,
      pagefind: true,
    }),
    // Our own MDX integration, so Starlight does not add its `optimize: true` one: that option
    // serialises Mermaid's <style> inside an inline SVG as a literal set:html attribute.
    mdx(),
    // After Starlight, so the Pagefind index exists when the service worker's precache list is built.
    AstroPWA(pwaOptions(base)),
  ],
});
