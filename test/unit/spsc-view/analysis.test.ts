// The whole-run analysis the picture shows (race verdicts, the channel comparison), the explore
// command's search and messages, and the text alternative.
import { describe, expect, it } from 'vitest';
import { check, compareWithChannel, init, scenarioById, step, STALE_READ_SCHEDULE, type SpscConfig } from '../../../simulators/spsc/index.ts';
import { createTimeline } from '../../../simulators/core/timeline.ts';
import { spscEngine } from '../../../simulators/spsc/index.ts';
import { analyseRaces, compareRun, EXPLORE_MAX_VALUES, exploreProgram, replay, runKey } from '../../../src/simulators/spsc/analysis.ts';
import { exploreMessage } from '../../../src/simulators/spsc/client.ts';
import { spscTextHtml } from '../../../src/simulators/spsc/text.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const stale = scenarioById('stale-read')!;

describe('race verdicts', () => {
  it('before-write with atomics: the slot race at the late write (step 11); plain fields: the index race at step 4', () => {
    const r = analyseRaces({ config: stale.config, seed: stale.seed, actions: [] });
    expect(r.atomic.position).toBe(11);
    expect(r.atomic.current).toMatchObject({ goroutine: 7, func: 'TryPush', write: true, field: 'slot', slot: 0 });
    expect(r.atomic.text).toContain('WARNING: DATA RACE');
    expect(r.plain.position).toBe(4);
    expect(['head', 'tail']).toContain(r.plain.current!.field);
  });

  it('after-write with atomics: silent, and it says it looked at the whole run', () => {
    const r = analyseRaces({ config: { ...stale.config, publish: 'after-write' }, seed: stale.seed, actions: [] });
    expect(r.atomic).toMatchObject({ position: null, text: '', complete: true });
    expect(r.atomic.checked).toBeGreaterThan(10);
  });

  it('a run longer than the limit is checked as far as the limit, and says so', () => {
    const sc = scenarioById('stream-100k')!;
    const r = analyseRaces({ config: sc.config, seed: sc.seed, actions: [] }, 5_000);
    expect(r.atomic).toMatchObject({ position: null, complete: false, checked: 5_000 });
    expect(r.plain.position).not.toBeNull();
  });
});

describe('replay and the channel comparison', () => {
  it('replays like the timeline, reader actions included', () => {
    const config: SpscConfig = { capacity: 4, scheme: 'free-running', publish: 'after-write', producer: range(6), pops: 6 };
    const actions = [
      { atStep: 0, action: { type: 'call' as const, side: 'producer' as const } },
      { atStep: 3, action: { type: 'run' as const, side: 'consumer' as const } },
    ];
    const tl = createTimeline(spscEngine, config, 5, actions);
    while (tl.forward());
    const r = replay({ config, seed: 5, actions });
    expect(r.positions).toBe(tl.position);
    expect(r.state).toEqual(tl.state);
  });

  it('compares the ring’s whole run with a buffered channel of the same size', () => {
    const sc = scenarioById('fill-wrap-drain')!;
    const mine = compareRun({ config: sc.config, seed: sc.seed, actions: [] });
    const engine = compareWithChannel(sc.config, sc.seed);
    expect(mine.ring).toEqual(engine.ring);
    expect(mine.channel.lineTransfers).toBe(engine.channel.lineTransfers);
    expect(mine.channel.lockAcquisitions).toBe(engine.channel.lockAcquisitions);
  });

  it('keys runs by what decides them', () => {
    const a = runKey({ config: stale.config, seed: 1, actions: [] });
    expect(runKey({ config: { ...stale.config }, seed: 1, actions: [] })).toBe(a);
    expect(runKey({ config: stale.config, seed: 2, actions: [] })).not.toBe(a);
    expect(runKey({ config: { ...stale.config, padding: 0 }, seed: 1, actions: [] })).not.toBe(a);
    expect(runKey({ config: stale.config, seed: 1, actions: [{ atStep: 1, action: { type: 'run', side: 'producer' } }] })).not.toBe(a);
  });
});

describe('Find a bad interleaving', () => {
  it('before-write: the stale read in five steps, loaded as the config’s schedule', () => {
    const r = exploreProgram(stale.config);
    expect(r).toMatchObject({ violated: true, rule: 'stale-read', schedule: [...STALE_READ_SCHEDULE], truncated: false });
    const m = exploreMessage(r, stale.config);
    expect(m.config?.schedule).toEqual([...STALE_READ_SCHEDULE]);
    expect(m.message.en).toBe(`Found a bad interleaving: stale-read after 5 steps (${r.explored} states searched). It is loaded: press → to step through it.`);
    expect(m.message['zh-cn']).toMatch(/^找到出错的交错：5 步后出现 stale-read/);
  });

  it('after-write: none exists, and nothing is loaded', () => {
    const r = exploreProgram({ ...stale.config, publish: 'after-write' });
    expect(r.violated).toBe(false);
    const m = exploreMessage(r, stale.config);
    expect(m.config).toBeUndefined();
    expect(m.message.en).toMatch(/^No bad interleaving exists for this program: all [\d,]+ reachable states keep check\(\) empty\.$/);
    expect(m.message['zh-cn']).toMatch(/^这个程序不存在出错的交错/);
  });

  it('a long program is searched with its first values, and the schedule found replays on what it loads', () => {
    const sc = scenarioById('stream-100k')!;
    const before: SpscConfig = { ...sc.config, publish: 'before-write' };
    const r = exploreProgram(before);
    expect(r.trimmedTo).toBe(EXPLORE_MAX_VALUES);
    expect(r.violated).toBe(true);
    expect(r.config!.producer).toHaveLength(EXPLORE_MAX_VALUES);
    let s = init(r.config!, 0);
    for (let i = 0; i < r.schedule!.length; i++) s = step(s).state;
    expect(check(s).map((v) => v.rule)).toContain('stale-read');
    expect(exploreMessage(r, before).message.en).toMatch(/^Every interleaving of 100,000 values is out of reach, so the search used the first 12\. Found/);
    const none = exploreProgram(sc.config);
    expect(exploreMessage(none, sc.config).message.en).toMatch(/With its first 12 values, this ring has no bad interleaving/);
  });
});

describe('text alternative', () => {
  it('has real tables with captions, and check()’s violations in the reader’s language', () => {
    let s = init(stale.config, stale.seed);
    for (let i = 0; i < 5; i++) s = step(s).state;
    const en = spscTextHtml(s, 'en');
    expect(en.match(/<caption>/g)!.length).toBeGreaterThanOrEqual(5);
    expect(en).toContain('<th scope="row">stale-read</th>');
    expect(en).toContain('the consumer read slot 0 before the producer wrote it');
    expect(en).toContain('published by tail, not written yet');
    const zh = spscTextHtml(s, 'zh-cn');
    expect(zh).toContain('消费者在生产者写入之前读取了槽位 0');
    expect(zh).toContain('<caption>槽位</caption>');
  });

  it('lists the occupied runs of a 1,024-slot ring instead of 1,024 rows', () => {
    const sc = scenarioById('stream-100k')!;
    let s = init(sc.config, sc.seed);
    for (let i = 0; i < 3000; i++) s = step(s).state;
    const html = spscTextHtml(s, 'en');
    expect(html).toMatch(/slots holding a value: slots \d+–\d+ \(holds a value, published\)/);
    expect((html.match(/<tr>/g) ?? []).length).toBeLessThan(60);
  });
});
