// Offline: Workbox precaches every page, asset and the Pagefind index on the first visit.
// Registration and the "new version" notice are ours (src/scripts/sw-register.ts), kept tiny.

/**
 * @param {string} base
 * @returns {import('@vite-pwa/astro').PwaOptions}
 */
export function pwaOptions(base) {
  return {
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Go Atlas',
      short_name: 'Go Atlas',
      description: 'A career roadmap for Go engineers, and step-through simulators of the Go runtime.',
      lang: 'en',
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: '#0b7285',
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,webp,ico,webmanifest,json,woff,woff2,wasm,pagefind,pf_meta,pf_fragment,pf_index,pf_filter}'],
      // Pagefind asks for pagefind-entry.json?ts=…, simulators carry their state in the query:
      // a static site has one file per path, so the precache lookup ignores every query parameter.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      // A page that was never built (a mistyped link, offline) gets the bilingual 404 page.
      navigateFallback: `${base}404.html`,
      // Pages stay listed as dir/index.html: Workbox's directoryIndex maps a trailing-slash
      // navigation onto them. (The integration's own transforms, experimental one included,
      // rename 404.html to "404/", which no host serves, and the whole install then fails.)
      directoryIndex: 'index.html',
      manifestTransforms: [async (entries) => ({ manifest: entries, warnings: [] })],
    },
  };
}
