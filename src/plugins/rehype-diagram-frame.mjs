// Mermaid's inline SVGs shrink to fit the column, which made wide diagrams unreadable (10–11 px
// text). Each one is framed in a keyboard-focusable box that scrolls sideways, and the SVG never
// shrinks below MIN_SCALE of its natural size: Mermaid draws text at 16 px, so it never renders
// below 14 px. Under the frame, a hint and an "Enlarge" button (full-screen view with zoom and
// pan, src/scripts/diagram-zoom.ts) appear when the diagram is wider than the column.
import { visit, SKIP } from 'unist-util-visit';

export const MIN_SCALE = 14 / 16;

const STRINGS = {
  en: { label: 'Diagram', hint: 'Wider than the column: scroll sideways, or', enlarge: 'Enlarge', zoomIn: 'Zoom in', zoomOut: 'Zoom out', close: 'Close' },
  zh: { label: '图表', hint: '图比栏宽：左右滑动查看，或', enlarge: '放大查看', zoomIn: '放大', zoomOut: '缩小', close: '关闭' },
};

const el = (tagName, properties, children = []) => ({ type: 'element', tagName, properties, children });
const text = (value) => ({ type: 'text', value });

export default function rehypeDiagramFrame() {
  return (tree, file) => {
    const t = /[/\\]zh-cn[/\\]/.test(file.path ?? '') ? STRINGS.zh : STRINGS.en;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'svg' || !String(node.properties?.id ?? '').startsWith('mermaid-')) return;
      if (!parent || index === undefined || parent.properties?.className?.includes?.('diagram')) return;
      const [, , w] = String(node.properties.viewBox ?? '').split(/\s+/).map(Number);
      if (w) node.properties.style = `max-width: ${Math.ceil(w)}px; min-width: ${Math.ceil(w * MIN_SCALE)}px;`;
      parent.children[index] = el('div', { className: ['diagram-wrap'], dataZoomIn: t.zoomIn, dataZoomOut: t.zoomOut, dataClose: t.close }, [
        el('figure', { className: ['diagram'], tabIndex: 0, role: 'group', ariaLabel: t.label }, [node]),
        el('p', { className: ['diagram-tools'], hidden: true }, [
          text(`${t.hint} `),
          el('button', { type: 'button', className: ['diagram-enlarge'] }, [text(t.enlarge)]),
        ]),
      ]);
      return SKIP;
    });
  };
}
