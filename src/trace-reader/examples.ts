/// <reference types="vite/client" />
// Real traces from the site's repository (content/traces/README.md says how each was made),
// bundled at build time as lazily loaded chunks: they are precached with the page's scripts, so
// they load offline, and nothing is fetched until the reader asks for one.
export interface Example {
  id: string;
  load: () => Promise<string>;
}

export const EXAMPLES: Example[] = [
  { id: 'gctrace-gogc100-p2', load: () => import('../../content/traces/gctrace-gogc100-p2.txt?raw').then((m) => m.default) },
  {
    id: 'gctrace-gogcoff-memlimit64-p2',
    load: () => import('../../content/experiments/gctrace-memlimit/gctrace-gogcoff-memlimit64-p2.txt?raw').then((m) => m.default),
  },
  { id: 'schedtrace-p2', load: () => import('../../content/traces/schedtrace-p2.txt?raw').then((m) => m.default) },
  { id: 'scheddetail-p4-excerpt', load: () => import('../../content/traces/scheddetail-p4-excerpt.txt?raw').then((m) => m.default) },
];

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
