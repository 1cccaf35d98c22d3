// Tables: a focusable scroll region; ids break only after dots; cells separated for text extraction.
import { describe, expect, it } from 'vitest';
import rehypeTableScroll from '../../../src/plugins/rehype-table-scroll.mjs';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });
const text = (value: string): Node => ({ type: 'text', value });

function table(): Node {
  return el('table', [
    el('thead', [el('tr', [el('th', [text('Queue')]), el('th', [text('Where')])])]),
    el('tbody', [el('tr', [el('td', [el('code', [text('concurrency.junior.goroutine-lifecycle')])]), el('td', [el('code', [text('GODEBUG=x')])])])]),
  ]);
}

function run(path: string): Node {
  const tree: Node = { type: 'root', children: [table()] };
  (rehypeTableScroll() as (t: Node, f: { path: string }) => void)(tree, { path });
  return tree;
}

function textContent(n: Node): string {
  return n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textContent).join('');
}
function find(n: Node, tag: string): Node[] {
  const here = n.tagName === tag ? [n] : [];
  return here.concat(...(n.children ?? []).map((c) => find(c, tag)));
}

describe('rehype-table-scroll', () => {
  it('wraps each table in a labelled, focusable region (localised label)', () => {
    const wrap = run('/x/content/docs/roadmap/a.md').children![0]!;
    expect(wrap.properties).toMatchObject({ className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table 1' });
    expect(run('/x/content/docs/zh-cn/roadmap/a.md').children![0]!.properties!.ariaLabel).toBe('表格 1');
  });

  it('lets a stable id break only after its dots, and leaves other code alone', () => {
    const [id, other] = find(run('/a.md'), 'code');
    expect(id!.properties!.className).toContain('stable-id');
    expect(id!.children!.map((c) => c.tagName ?? c.value)).toEqual(['concurrency.', 'wbr', 'junior.', 'wbr', 'goroutine-lifecycle']);
    expect(textContent(id!)).toBe('concurrency.junior.goroutine-lifecycle');
    expect(other!.properties!.className ?? []).not.toContain('stable-id');
    expect(textContent(other!)).toBe('GODEBUG=x');
  });

  it('keeps neighbouring cells apart in extracted text', () => {
    const header = find(run('/a.md'), 'thead')[0]!;
    expect(textContent(header)).toMatch(/Queue\s+Where/);
  });
});
