// Serves dist/ under the base path for the end-to-end tests.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from './serve.mjs';
import { BASE } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: build first (npm test does).');
  const server = await serve({ root: 'dist', base: BASE });
  project.provide('siteUrl', server.url);
  return () => server.close();
}
