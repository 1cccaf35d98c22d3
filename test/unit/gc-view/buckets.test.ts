// Large heaps draw objects of one look as one path, and plain pointers of one style as one path.
import { describe, expect, it } from 'vitest';
import { gcLabels } from '../../../src/simulators/gc/labels.ts';
import { computeLayout } from '../../../src/simulators/gc/layout.ts';
import { bucketDots, bucketEdges } from '../../../src/simulators/gc/view.ts';
import { at } from './helpers.ts';

describe('buckets', () => {
  it('puts every object of the large heap in exactly one path, one per look', () => {
    const f = at('large-heap', 200);
    const l = computeLayout({ state: f.state, events: f.events, width: 860, height: 540, t: gcLabels('en'), bold: false, trail: null, reserveTrail: null });
    const dots = l.nodes.filter((n) => n.dense);
    const buckets = bucketDots(dots);
    expect(buckets.length).toBeLessThan(12);
    // A circle is two arcs: count them back.
    const circles = buckets.reduce((n, b) => n + (b.d.match(/M/g)?.length ?? 0), 0);
    expect(circles).toBe(dots.length);
    const grey = buckets.find((b) => b.cls === 'gc-dot c-grey')!;
    expect(grey.d.match(/M/g)!.length).toBe(dots.filter((n) => n.color === 'grey' && n.flags === '').length);
    const edges = bucketEdges(l.edges.filter((e) => e.cls === 'gc-edge' || e.cls === 'gc-edge is-root'));
    expect(edges.map((e) => e.cls).sort()).toEqual(['gc-edge is-bucket', 'gc-edge is-root is-bucket']);
  });
});
