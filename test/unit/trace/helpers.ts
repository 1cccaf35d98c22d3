// Shared by the trace parser tests: the real traces in content/traces/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../../content/traces/', import.meta.url));

export function readTrace(name: string): string {
  return readFileSync(dir + name, 'utf8');
}

export function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
