// A Mermaid syntax error must stop the build and say where it is. Astro's content loader catches
// render errors and only logs them, so rehype-mermaid's errorFallback records each failure (with
// its line in the source file) and an integration fails the build.
import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';

const failures = [];

/** Line (1-based) in the source file where the diagram's text starts, found by its text. */
function diagramStartLine(path, diagram) {
  try {
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf(diagram.trim());
    return at < 0 ? null : text.slice(0, at).split('\n').length;
  } catch {
    return null;
  }
}

/** The path a writer knows (content/docs/…, not the src/content/docs symlink). */
function displayPath(path) {
  if (!path) return 'unknown file';
  try {
    return relative(process.cwd(), realpathSync(path));
  } catch {
    return path;
  }
}

/** rehype-mermaid errorFallback: remember the failure, show it in place (visible in dev). */
export function diagramErrorFallback(element, diagram, error, file) {
  const start = diagramStartLine(file?.path ?? '', diagram);
  const inner = /on line (\d+)/.exec(String(error?.message ?? ''));
  const line = start === null ? '?' : start + (inner ? Number(inner[1]) - 1 : 0);
  const where = `${displayPath(file?.path)}:${line}`;
  const reason = String(error?.message ?? error).split('\n').slice(0, 3).join(' ');
  failures.push(`${where}: Mermaid diagram does not parse: ${reason}`);
  return {
    type: 'element',
    tagName: 'pre',
    properties: { className: ['diagram-error'], role: 'alert' },
    children: [{ type: 'text', value: `Diagram error at ${where}\n${reason}\n\n${diagram}` }],
  };
}

function check(logger) {
  if (failures.length === 0) return;
  for (const f of failures) logger.error(f);
  throw new Error(`${failures.length} Mermaid diagram(s) failed to render:\n${failures.join('\n')}`);
}

/** Fails `astro build` when any diagram failed to render. */
export function failOnDiagramErrors() {
  return {
    name: 'go-atlas:fail-on-diagram-errors',
    hooks: {
      'astro:build:start': ({ logger }) => check(logger),
      'astro:build:done': ({ logger }) => check(logger),
    },
  };
}
