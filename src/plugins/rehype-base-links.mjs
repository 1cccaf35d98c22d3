// Markdown links like [x](/roadmap/) are not rewritten by Astro for a non-root `base`.
// This prefixes the base to every root-relative href/src in Markdown and MDX (including JSX
// props such as <LinkCard href="/...">), so content is written base-free.
import { visit } from 'unist-util-visit';

const ATTRS = ['href', 'src'];

function withBase(url, base) {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return url;
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!b || url === b || url.startsWith(`${b}/`)) return url;
  return b + url;
}

export default function rehypeBaseLinks({ base = '/' } = {}) {
  return (tree) => {
    visit(tree, (node) => {
      if (node.type === 'element' && node.properties) {
        for (const a of ATTRS) {
          if (typeof node.properties[a] === 'string') node.properties[a] = withBase(node.properties[a], base);
        }
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxAttribute' && ATTRS.includes(attr.name) && typeof attr.value === 'string') {
            attr.value = withBase(attr.value, base);
          }
        }
      }
    });
  };
}
