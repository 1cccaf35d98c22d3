// The text alternative: real tables with captions and scoped headers, both locales, the lost
// object's story as a list, and the read-out beside the caption.
import { describe, expect, it } from 'vitest';
import { gcTextHtml, readout } from '../../../src/simulators/gc/text.ts';
import { at, end } from './helpers.ts';

function wellFormed(html: string): void {
  expect(html.match(/<table/g)?.length).toBe(html.match(/<caption>/g)?.length);
  expect(html).not.toMatch(/<th(?=[\s>])(?! scope="(?:row|col)")/);
}

describe('gcTextHtml', () => {
  it('lists the collector, the roots, every object and each goroutine’s next statement', () => {
    const f = at('dijkstra-stack', 3);
    const html = gcTextHtml(f.state, 'en');
    wellFormed(html);
    expect(html).toContain('<th scope="row">Phase</th><td>mark</td>');
    expect(html).toContain('Dijkstra (insertion) · re-scan stacks: no · stacks first: no · allocate: black');
    expect(html).toContain('<th scope="row">work list</th><td>1: A</td>');
    expect(html).toContain('<th scope="row">globals</th><td>black (scanned)</td><td>g0 → A</td>');
    expect(html).toContain('<th scope="row">G1 stack</th><td>black (scanned)</td><td>s0 → nil</td>');
    expect(html).toContain('<th scope="row">A</th><td>grey</td><td>0: B, 1: nil</td><td>yes</td>');
    expect(html).toContain('<th scope="row">G1</th><td>p := a.f (s0 = g0.0)</td>');
    expect(html).toContain('<th scope="row">Invariants: strong</th><td>holds</td>');
  });

  it('tells the story of the lost object as an ordered list', () => {
    const html = gcTextHtml(end('dijkstra-stack').state, 'en');
    wellFormed(html);
    expect(html).toContain('Lost: B');
    expect(html).toContain('<li>step 4: G1 runs p := a.f: B goes onto its stack; stack writes have no barrier</li>');
    expect(html).toContain('<th scope="row">B</th><td>white (freed)</td><td>0: nil, 1: nil</td><td>yes</td><td>LOST: reachable but not marked; freed</td>');
  });

  it('names floating garbage on the large heap and stays escaped', () => {
    const f = end('large-heap');
    const html = gcTextHtml(f.state, 'en');
    wellFormed(html);
    expect(html).toContain('floating garbage');
    expect(html).not.toContain('<script');
  });

  it('speaks Simplified Chinese', () => {
    const html = gcTextHtml(at('dijkstra-stack', 5).state, 'zh-cn');
    expect(html).toContain('<caption>回收器</caption>');
    expect(html).toContain('<th scope="row">G1 的栈</th><td>黑色（已扫描）</td>');
    expect(html).toContain('被破坏：B 无灰色保护');
    expect(html).not.toContain('Phase');
  });
});

describe('readout', () => {
  it('gives the phase and the counts', () => {
    expect(readout(at('dijkstra-stack', 3).state, 'en')).toBe('mark · white 1 · grey 1 · black 0 · work list 1');
    expect(readout(end('dijkstra-stack').state, 'en')).toBe('GC off (cycle over) · white 0 · grey 0 · black 1 · freed 1 · work list 0');
    expect(readout(at('dijkstra-stack', 3).state, 'zh-cn')).toBe('标记 · 白 1 · 灰 1 · 黑 0 · 工作队列 1');
  });
});
