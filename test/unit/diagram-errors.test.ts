// A broken Mermaid diagram must fail the build and name the file and line.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagramErrorFallback, failOnDiagramErrors } from '../../src/plugins/diagram-errors.mjs';

describe('diagram errors', () => {
  it('records the source line of the failing diagram line and fails the build with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagram-'));
    const file = join(dir, 'page.md');
    const diagram = 'flowchart LR\n  A --> B\n  B[[[ oops';
    writeFileSync(file, `---\ntitle: T\ndescription: D\n---\n\nIntro.\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`);
    const node = diagramErrorFallback({ type: 'element', tagName: 'pre', properties: {}, children: [] }, diagram, new Error('Parse error on line 3:\n...'), { path: file });
    // Shown in place (for the dev server), as an alert.
    expect(node.properties.role).toBe('alert');
    const logged: string[] = [];
    const hook = failOnDiagramErrors().hooks['astro:build:done'] as (o: { logger: { error(m: string): void } }) => void;
    // Line 1-4 front matter, 8 the fence, 9 the diagram's first line: its line 3 is line 11.
    expect(() => hook({ logger: { error: (m) => logged.push(m) } })).toThrow(/page\.md:11: Mermaid diagram does not parse: Parse error on line 3/);
    expect(logged[0]).toContain('page.md:11');
  });
});
