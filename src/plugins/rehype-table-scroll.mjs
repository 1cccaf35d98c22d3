// Wide tables scroll sideways inside a box on narrow screens. A scrolling box must be reachable
// by keyboard (WCAG 2.1.1), so each table is wrapped in a focusable, labelled region.
import { visit, SKIP } from 'unist-util-visit';

export default function rehypeTableScroll() {
  return (tree, file) => {
    const zh = /[/\\]zh-cn[/\\]/.test(file.path ?? '');
    let n = 0; // regions are landmarks: each needs its own name
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && parent.properties?.className?.includes?.('table-scroll')) return;
      n += 1;
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
