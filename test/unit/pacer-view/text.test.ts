// The text alternative and the read-out: real tables in both locales, the run's summary figures,
// the pacer's goal and trigger now, the last cycles with their gctrace lines.
import { describe, expect, it } from 'vitest';
import { init, pacing, scenarioById, step, summary, type PacerState } from '../../../simulators/pacer/index.ts';
import { CYCLE_ROWS, pacerTextHtml, summaryLine } from '../../../src/simulators/pacer/text.ts';
import { pacerLabels } from '../../../src/simulators/pacer/labels.ts';
import { fmtBytes } from '../../../simulators/core/format.ts';

function run(id: string, steps: number): PacerState {
  let s = init(scenarioById(id)!.config, 1);
  for (let i = 0; i < steps && !s.exited; i++) s = step(s).state;
  return s;
}

describe('pacer text alternative', () => {
  const s = run('death-spiral', 1700);

  it('is tables with captions and header cells', () => {
    const html = pacerTextHtml(s, 'en');
    expect(html.match(/<table/g)!.length).toBe(3);
    expect(html.match(/<caption>/g)!.length).toBe(3);
    expect(html).toContain('<th scope="row">');
    expect(html).toContain('<th scope="col">');
  });

  it('gives the summary figures, the goal and trigger now, and the limiter', () => {
    const html = pacerTextHtml(s, 'en');
    const m = summary(s);
    expect(html).toContain(`<td>${m.gcCount}</td>`);
    expect(html).toContain(fmtBytes(m.peakMemory));
    expect(html).toContain(fmtBytes(pacing(s).goal));
    expect(html).toMatch(/Limiter bucket/);
    expect(html).toMatch(/Cycles limited by gcCPULimiterState<\/th><td>\d+/);
  });

  it('lists the last cycles with their gctrace lines', () => {
    const html = pacerTextHtml(s, 'en');
    for (const c of s.cycles.slice(-CYCLE_ROWS)) expect(html).toContain(c.gctrace.replace(/>/g, '&gt;'));
    expect(html).not.toContain(s.cycles[s.cycles.length - CYCLE_ROWS - 1]!.gctrace.replace(/>/g, '&gt;'));
  });

  it('speaks Chinese', () => {
    const html = pacerTextHtml(s, 'zh-cn');
    expect(html).toContain(pacerLabels('zh-cn').summaryCaption);
    expect(html).toContain('被 gcCPULimiterState 限制的轮数');
  });

  it('has no cycle table before the first GC', () => {
    const html = pacerTextHtml(init(scenarioById('steady')!.config, 1), 'en');
    expect(html.match(/<table/g)!.length).toBe(2);
  });
});

describe('read-out', () => {
  it('sums up the run: time, GC count, GC CPU, peak, worst assist', () => {
    const s = run('death-spiral', 1700);
    const m = summary(s);
    const line = summaryLine(s, 'en');
    expect(line).toMatch(/^t = [\d.]+ s · \d+ GCs · GC CPU [\d.]+% · peak [\d.]+ MiB · worst assist [\d.]+ ms \(GC \d+\)$/);
    expect(line).toContain(`${m.gcCount} GCs`);
    expect(line).toContain(`GC ${m.worstAssist.cycle})`);
    expect(summaryLine(run('steady', 3), 'en')).toMatch(/no assists$/);
    expect(summaryLine(s, 'zh-cn')).toMatch(/轮 GC · GC CPU [\d.]+% · 峰值 [\d.]+ MiB · 最长辅助 [\d.]+ 毫秒/);
  });
});
