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
import { cspInlineHashes } from './src/plugins/csp-inline-hashes.mjs';
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
  // No link prefetching (Starlight turns it on for every link): after one visit the service worker
  // has every page already, and the prefetch script walks all links on every DOM change, which a
  // playing simulator makes 60 times a second.
  prefetch: false,
  // A hashed <meta> policy per page: scripts only from this origin or by hash, nothing from any
  // other origin. Pagefind compiles its WebAssembly index reader ('wasm-unsafe-eval').
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Styles are looser than scripts, on purpose: Mermaid's build-time SVGs carry their own
      // <style> element per diagram and style attributes, and Expressive Code colours tokens with
      // style attributes. Hashing every diagram's <style> per page is not something Astro's CSP
      // can do for Markdown output, so style-src allows inline styles ('unsafe-inline'; Astro then
      // emits no style hashes). Inline CSS cannot run script; scripts stay hash-only.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
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
        Hero: './src/components/Hero.astro',
        Sidebar: './src/components/Sidebar.astro',
      },
      // Long lines wrap instead of scrolling: no unfocusable scroll boxes, readable on phones.
      expressiveCode: { defaultProps: { wrap: true } },
      lastUpdated: false,
      pagefind: true,
    }),
    // Our own MDX integration, so Starlight does not add its `optimize: true` one: that option
    // serialises Mermaid's <style> inside an inline SVG as a literal set:html attribute.
    mdx(),
    // Hashes Starlight's inline scripts into each page's policy; before the precache list is made.
    cspInlineHashes(),
    // After Starlight, so the Pagefind index exists when the service worker's precache list is built.
    AstroPWA(pwaOptions(base)),
  ],
});
