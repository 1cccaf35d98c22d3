// Wide tables scroll sideways inside a box on narrow screens. A scrolling box must be reachable
// by keyboard (WCAG 2.1.1), so each table is wrapped in a focusable, labelled region.
// Two more things for tables:
// - stable ids in code (`concurrency.junior.goroutine-lifecycle`) may break only after a dot (a
//   <wbr>) or a hyphen, never mid-word;
// - each cell ends with a space, so text extracted without layout (Pagefind's excerpts) does not
//   run neighbouring cells together ("QueueWhereSizeWho").
import { visit, SKIP } from 'unist-util-visit';

const STABLE_ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** `a.b.c` → a.<wbr>b.<wbr>c, marked so CSS can forbid breaks anywhere else. */
function breakAtDots(code) {
  const text = textOf(code);
  if (!STABLE_ID.test(text)) return;
  const parts = text.split('.');
  code.properties = { ...code.properties, className: [...(code.properties?.className ?? []), 'stable-id'] };
  code.children = parts.flatMap((part, i) =>
    i < parts.length - 1
      ? [{ type: 'text', value: `${part}.` }, { type: 'element', tagName: 'wbr', properties: {}, children: [] }]
      : [{ type: 'text', value: part }],
  );
}

function tidyCells(table) {
  visit(table, 'element', (cell) => {
    if (cell.tagName !== 'th' && cell.tagName !== 'td') return;
    visit(cell, 'element', (el) => {
      if (el.tagName === 'code') breakAtDots(el);
    });
    cell.children.push({ type: 'text', value: ' ' });
    return SKIP;
  });
}

export default function rehypeTableScroll() {
  return (tree, file) => {
    const zh = /[/\\]zh-cn[/\\]/.test(file.path ?? '');
    let n = 0; // regions are landmarks: each needs its own name
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && parent.properties?.className?.includes?.('table-scroll')) return;
      n += 1;
      tidyCells(node);
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: zh ? `表格 ${n}` : `Table ${n}` },
        children: [node],
      };
      return SKIP;
    });
  };
}
