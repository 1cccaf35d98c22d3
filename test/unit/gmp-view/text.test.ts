// The text alternative: real tables in both locales, escaped, bounded in size on big states.
import { describe, expect, it } from 'vitest';
import { init } from '../../../simulators/gmp/index.ts';
import { escapeHtml, gmpTextHtml, listIds, LIST_MAX, renderGmpText } from '../../../src/simulators/gmp/text.ts';
import { gmpLabels } from '../../../src/simulators/gmp/labels.ts';
import { bigState, run, runUntil, spawner } from './helpers.ts';

describe('gmpTextHtml', () => {
  it('describes a fresh state: a per-P table with caption and scoped headers', () => {
    const html = gmpTextHtml(init(spawner(2, 3), 1), 'en');
    expect(html).toContain('<caption>Processors (P)</caption>');
    expect(html).toContain('<th scope="col">runnext</th>');
    expect(html).toContain('<th scope="row">P0</th><td>running</td><td>M0</td><td>G1</td>');
    expect(html).toContain('<th scope="row">P1</th><td>idle</td><td>—</td>');
    expect(html).toContain('Virtual time: 0 ns');
    expect(html).toContain('GOMAXPROCS 2');
    expect(html).toContain('SCHED 0ms: gomaxprocs=2');
    // Every table has a caption, every header cell a scope.
    expect(html.match(/<table/g)?.length).toBe(html.match(/<caption>/g)?.length);
    expect(html).not.toMatch(/<th(?=[\s>])(?! scope="(?:row|col)")/);
  });

  it('speaks Simplified Chinese', () => {
    const html = gmpTextHtml(init(spawner(2, 3), 1), 'zh-cn');
    expect(html).toContain('<caption>处理器（P）</caption>');
    expect(html).toContain('<td>运行中</td>');
    expect(html).toContain('虚拟时间');
    expect(html).not.toContain('Processors');
  });

  it('lists queued Gs with the real count and stays small on a 1,000-G state', () => {
    const s = bigState();
    const html = gmpTextHtml(s, 'en');
    expect(html.length).toBeLessThan(12_000);
    expect(html).toContain(`global run queue (sched.runq)</th><td>${s.globrunq.length}: G${s.globrunq[0]}`);
    const longest = s.ps.reduce((a, p) => (p.runq.length > a.runq.length ? p : a));
    expect(longest.runq.length).toBeGreaterThan(LIST_MAX);
    expect(html).toContain(`and ${longest.runq.length - LIST_MAX} more`);
  });

  it('shows runnext and the local queue after a go statement', () => {
    const s = run(spawner(1, 3), 3);
    const p = s.ps[0]!;
    expect(p.runnext).not.toBeNull();
    const html = gmpTextHtml(s, 'en');
    expect(html).toContain(`<td>G${p.runnext}</td><td>${p.runq.length}: ${p.runq.map((g) => `G${g}`).join(', ')}</td>`);
  });

  it('reports leaked goroutines when main exits with some still blocked', () => {
    const s = run({ gomaxprocs: 1, main: [{ op: 'go', body: [{ op: 'recv', ch: 'never' }] }, { op: 'gosched' }, { op: 'compute', us: 10 }] }, 100);
    expect(s.halted).toBe('exit');
    const html = gmpTextHtml(s, 'en');
    expect(html).toContain('leaked 1');
    expect(html).toContain('program exited');
    expect(html).toContain('channel never (unbuffered) · receivers (recvq)</th><td>1: G2</td>');
  });

  it('lists sleeping Gs with their wake time', () => {
    const s = runUntil({ gomaxprocs: 1, main: [{ op: 'sleep', us: 1500 }] }, (x) => x.timers.length > 0);
    expect(gmpTextHtml(s, 'en')).toContain('G1 wakes at 1.5 ms');
  });

  it('escapes channel names', () => {
    const s = init({ gomaxprocs: 1, main: [], channels: { '<img src=x onerror=alert(1)>': { cap: 2 } } }, 1);
    const html = gmpTextHtml(s, 'en');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('helpers', () => {
  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('listIds names the first Gs and counts the rest', () => {
    const t = gmpLabels('en');
    expect(listIds(t, 'G', [])).toBe('empty');
    expect(listIds(t, 'G', [3, 4])).toBe('2: G3, G4');
    expect(listIds(t, 'G', [1, 2, 3, 4, 5], 2)).toBe('5: G1, G2, and 3 more');
    expect(listIds(gmpLabels('zh-cn'), 'G', [1, 2, 3], 1)).toBe('3: G1, 另有 2 个');
  });
});

describe('renderGmpText', () => {
  it('writes innerHTML once per change', () => {
    let writes = 0;
    let value = '';
    const el = {
      get innerHTML() {
        return value;
      },
      set innerHTML(v: string) {
        writes++;
        value = v;
      },
    } as unknown as HTMLElement;
    const s = init(spawner(2, 3), 1);
    renderGmpText(el, s, 'en');
    renderGmpText(el, s, 'en');
    expect(writes).toBe(1);
    renderGmpText(el, run(spawner(2, 3), 2), 'en');
    expect(writes).toBe(2);
    expect(value).toContain('Processors (P)');
  });
});
