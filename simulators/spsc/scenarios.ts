// Named presets. Scripted interleavings are written as a plan of whole calls (TryPush/TryPop,
// including calls that return false) and turned into a step schedule by running the engine, so
// a plan cannot drift out of step with the code. The stale-read schedule is the one explore()
// finds; a unit test checks that it still does and that it replays the violation.
import type { Scenario } from '../core/types.ts';
import { init } from './init.ts';
import { ringSource } from './source.ts';
import { runSide } from './step.ts';
import { CONSUMER, PRODUCER, type Side, type SpscAction, type SpscConfig } from './types.ts';

type SpscScenario = Scenario<SpscConfig, SpscAction>;

/** Steps that play `plan` (one letter per whole call: P = TryPush, C = TryPop) from the start. */
export function scheduleFor(config: SpscConfig, plan: string): number[] {
  let s = init({ ...config, schedule: [] }, 0);
  const out: number[] = [];
  for (const ch of plan) {
    const side: Side = ch === 'P' ? 'producer' : 'consumer';
    if (s[side].pc === 'done') throw new Error(`spsc scenario plan: ${side} has finished (${plan})`);
    do {
      s = runSide(s, side).state;
      out.push(side === 'producer' ? PRODUCER : CONSUMER);
    } while (s[side].pc !== 'load' && s[side].pc !== 'done');
  }
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Shortest interleaving that makes `before-write` read a slot before it is written (explore's answer). */
export const STALE_READ_SCHEDULE: readonly number[] = [0, 0, 1, 1, 1];

function scenario(s: Omit<SpscScenario, 'source' | 'actions'> & { actions?: SpscScenario['actions'] }): SpscScenario {
  return { ...s, actions: s.actions ?? [], source: ringSource(s.config).text };
}

const six: SpscConfig = { capacity: 4, scheme: 'free-running', publish: 'after-write', producer: range(6), pops: 6 };
const slack: SpscConfig = { ...six, scheme: 'one-slack' };
const mid: SpscConfig = { capacity: 8, scheme: 'free-running', publish: 'after-write', producer: range(32), pops: 32 };

export const scenarios: readonly SpscScenario[] = [
  scenario({
    id: 'fill-wrap-drain',
    title: { en: 'Fill, wrap and drain', 'zh-cn': '填满、回绕、取空' },
    summary: {
      en: 'The producer fills all four slots and is turned away once; the consumer frees two, and the next pushes wrap around to slots 0 and 1 while tail keeps counting up (4, 5). Then the consumer drains the ring.',
      'zh-cn': '生产者填满 4 个槽位后被拒绝一次；消费者腾出两个槽位，接下来的推入回绕到槽位 0 和 1，而 tail 继续递增（4、5）。最后消费者把环取空。',
    },
    config: { ...six, schedule: scheduleFor(six, 'CPPPPPCCPPCCCC') },
    seed: 1,
  }),
  scenario({
    id: 'boundaries-free-running',
    title: { en: 'Full and empty: free-running indices', 'zh-cn': '满与空：自由递增的索引' },
    summary: {
      en: 'With indices that never wrap, full is tail − head == capacity and empty is head == tail, so all 4 slots hold values. Watch TryPush return false at 4 values and TryPop return false when head catches up with tail.',
      'zh-cn': '索引从不回绕时，满的条件是 tail − head == capacity，空的条件是 head == tail，因此 4 个槽位都能存值。注意存满 4 个值时 TryPush 返回 false，head 追上 tail 时 TryPop 返回 false。',
    },
    config: { ...six, schedule: scheduleFor(six, 'CPPPPPCCCCCPPCC') },
    seed: 1,
  }),
  scenario({
    id: 'boundaries-one-slack',
    title: { en: 'Full and empty: one slack slot', 'zh-cn': '满与空：留一个空槽' },
    summary: {
      en: 'Indices that wrap at the capacity cannot tell a full ring from an empty one by head == tail alone, so the ring counts as full when (tail + 1) % capacity == head: one slot always stays empty and 4 slots hold only 3 values (rigtorp allocates the extra slot instead).',
      'zh-cn': '索引在容量处回绕时，仅凭 head == tail 无法区分满和空，因此 (tail + 1) % capacity == head 就算满：总有一个槽位空着，4 个槽位只能存 3 个值（rigtorp 的做法是多分配一个槽位）。',
    },
    config: { ...slack, schedule: scheduleFor(slack, 'CPPPPCCCCPPPCCC') },
    seed: 1,
  }),
  scenario({
    id: 'cached-indices',
    title: { en: 'Cached indices save loads', 'zh-cn': '缓存索引省下读取' },
    summary: {
      en: "Each side keeps a private copy of the other side's index and reloads it only when the copy says full (producer) or empty (consumer). Compare the remote index loads with the same run without caches.",
      'zh-cn': '每一方都保存对方索引的私有副本，只有副本显示满（生产者）或空（消费者）时才重新读取。把远程索引读取次数与不带缓存的同一次运行比较一下。',
    },
    config: { ...mid, cachedIndices: true },
    seed: 7,
  }),
  scenario({
    id: 'no-cached-indices',
    title: { en: 'Without cached indices', 'zh-cn': '不带缓存索引' },
    summary: {
      en: "Every TryPush loads the consumer's head and every TryPop loads the producer's tail, pulling the other core's cache line each time it has been written since. Same values and seed as the cached run.",
      'zh-cn': '每次 TryPush 都读取消费者的 head，每次 TryPop 都读取生产者的 tail；只要对方在此期间写过，就要把对方核心的缓存行拉过来。数值和种子与带缓存的运行相同。',
    },
    config: { ...mid, cachedIndices: false },
    seed: 7,
  }),
  scenario({
    id: 'false-sharing',
    title: { en: 'False sharing: no padding', 'zh-cn': '伪共享：没有填充' },
    summary: {
      en: "head, tail and both cached indices sit on one 64-byte line, so every tail store invalidates the consumer's copy of head's line and every head store the producer's copy of tail's line, though neither side reads what changed.",
      'zh-cn': 'head、tail 和两个缓存索引挤在同一条 64 字节缓存行上。每次写 tail 都会让消费者核心里 head 所在的行失效，每次写 head 也会让生产者核心里 tail 所在的行失效，尽管双方读的并不是对方改动的字段。',
    },
    config: { ...mid, padding: 0 },
    seed: 7,
  }),
  scenario({
    id: 'padded',
    title: { en: 'False sharing: padded', 'zh-cn': '伪共享：加了填充' },
    summary: {
      en: 'The same run with 64 bytes between the field groups: head and tail live on different lines, and lines move between the cores only when one side really reads what the other wrote.',
      'zh-cn': '同样的运行，字段组之间加 64 字节填充：head 和 tail 位于不同的缓存行，只有一方确实读取另一方写过的数据时，缓存行才会在核心之间迁移。',
    },
    config: { ...mid, padding: 64 },
    seed: 7,
  }),
  scenario({
    id: 'stale-read',
    title: { en: 'Publishing before writing: a stale read', 'zh-cn': '先发布后写入：陈旧读取' },
    summary: {
      en: 'TryPush stores tail before writing the slot. explore() finds the shortest interleaving that breaks it: the consumer sees the new tail and reads slot 0 before the value is there. go run -race reports the slot as a data race once the late write runs: the tail store no longer orders it.',
      'zh-cn': 'TryPush 先存 tail 再写槽位。explore() 找到了出错的最短交错：消费者看到新的 tail，在值写入之前就读了槽位 0。迟到的写入一执行，go run -race 就会把这个槽位报告为数据竞争：tail 的存储已经无法给它排序。',
    },
    config: { ...six, publish: 'before-write', schedule: [...STALE_READ_SCHEDULE] },
    seed: 1,
  }),
  scenario({
    id: 'uint32-wrap',
    title: { en: 'Indices past 2^32', 'zh-cn': '索引越过 2^32' },
    summary: {
      en: 'With uint32 indices that start just below 2^32, tail wraps to 0 while head is still near 4,294,967,295. tail − head in unsigned arithmetic still gives the number of values, so full and empty stay right (the P run queue relies on the same property).',
      'zh-cn': '使用从略低于 2^32 处开始的 uint32 索引时，tail 回绕到 0，而 head 仍在 4,294,967,295 附近。无符号减法 tail − head 仍然得到正确的元素个数，所以满和空的判断依旧正确（P 的运行队列也依赖这一性质）。',
    },
    config: { ...six, producer: range(8), pops: 8, indexBits: 32, startIndex: 2 ** 32 - 3 },
    seed: 3,
  }),
  scenario({
    id: 'stream-100k',
    title: { en: 'Streaming 100,000 values', 'zh-cn': '流式传输 100,000 个值' },
    summary: {
      en: 'A 1,024-slot ring carries 100,000 values. The producer soon fills it and then moves in step with the consumer; watch the counters, and compare them with a buffered channel of the same size.',
      'zh-cn': '一个 1,024 槽位的环传送 100,000 个值。生产者很快把它填满，之后与消费者同步前进；留意各项计数，并与同样大小的带缓冲 channel 比较。',
    },
    config: { capacity: 1024, scheme: 'free-running', publish: 'after-write', producer: range(100_000), pops: 100_000 },
    seed: 1,
  }),
];

export function scenarioById(id: string): SpscScenario | undefined {
  return scenarios.find((s) => s.id === id);
}
