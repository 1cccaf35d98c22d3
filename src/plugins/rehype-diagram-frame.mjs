// Mermaid's inline SVGs shrink to fit the column, which makes wide diagrams unreadable on
// phones. This frames each one in a scrollable, keyboard-focusable box and stops the SVG from
// shrinking below 60% of its natural width (so labels stay ≥ ~10px); wider ones scroll.
import { visit, SKIP } from 'unist-util-visit';

const MIN_SCALE = 0.6;

export default function rehypeDiagramFrame({ label = 'Diagram' } = {}) {
  return (tree, file) => {
    const zh = /[/\\]zh-cn[/\\]/.test(file.path ?? '');
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'svg' || !String(node.properties?.id ?? '').startsWith('mermaid-')) return;
      if (!parent || index === undefined || parent.properties?.className?.includes?.('diagram')) return;
      const [, , w] = String(node.properties.viewBox ?? '').split(/\s+/).map(Number);
      if (w) node.properties.style = `max-width: ${Math.ceil(w)}px; min-width: min(${Math.ceil(w * MIN_SCALE)}px, ${Math.ceil(w)}px);`;
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['diagram'], tabIndex: 0, role: 'group', ariaLabel: zh ? '图表' : label },
        children: [node],
      };
      return SKIP;
    });
  };
}
