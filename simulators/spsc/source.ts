// The Go code each config stands for, derived from the chapter's ring (RING_SOURCE) by exact
// edits, and the line of every step (pc) in it. The default config gives RING_SOURCE itself.
// An edit whose anchor is missing throws, so a change to the ring cannot silently desync the
// simulator's line markers from the code the chapter shows.
import { RING_PACKAGE, RING_SOURCE } from './ring-source.ts';
import type { ConsumerPc, ProducerPc, SpscConfig, SpscSettings } from './types.ts';
import { settings } from './schema.ts';

export type RingVariant = Pick<SpscSettings, 'scheme' | 'publish' | 'cachedIndices' | 'padding' | 'indexBits'>;

export type RingLines = {
  producer: Record<Exclude<ProducerPc, 'done'>, number> & { spin: number; func: number };
  consumer: Record<Exclude<ConsumerPc, 'done'>, number> & { spin: number; func: number };
};

export type RingSource = { text: string; lines: RingLines };

/** Replaces the one occurrence of `from`; throws when it is missing or not unique. */
export function edit(src: string, from: string, to: string): string {
  const at = src.indexOf(from);
  if (at < 0 || src.indexOf(from, at + 1) >= 0) throw new Error(`spsc source: anchor not found exactly once: ${JSON.stringify(from)}`);
  return src.slice(0, at) + to + src.slice(at + from.length);
}

/** Lines `name type // comment` aligned the way gofmt aligns a struct field group. */
function fields(rows: [string, string, string][]): string {
  const w = Math.max(...rows.map((r) => r[0].length));
  const code = rows.map((r) => `\t${r[0].padEnd(w)} ${r[1]}`);
  const cw = Math.max(...code.map((c) => c.length));
  return rows.map((r, i) => `${code[i]!.padEnd(cw)} // ${r[2]}`).join('\n');
}

/** gofmt's trailing-comment alignment: consecutive lines with the same indent and a trailing comment share a column. */
export function alignTrailingComments(text: string): string {
  const lines = text.split('\n');
  const split = lines.map((l) => {
    const m = /^(\t+)(\S.*?)\s*( \/\/ .*)$/.exec(l);
    return m && !m[2]!.startsWith('//') ? { indent: m[1]!, code: m[2]!, comment: m[3]!.slice(1) } : null;
  });
  for (let i = 0; i < lines.length; ) {
    const a = split[i];
    if (!a) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && split[j + 1] && split[j + 1]!.indent === a.indent) j++;
    const w = Math.max(...split.slice(i, j + 1).map((x) => x!.code.length));
    for (let k = i; k <= j; k++) lines[k] = `${a.indent}${split[k]!.code.padEnd(w)} ${split[k]!.comment}`;
    i = j + 1;
  }
  return lines.join('\n');
}

const PUSH_CACHED = `	t := r.tail.Load()
	if t-r.cachedHead == uint64(len(r.buf)) { // full by our cached view
		r.cachedHead = r.head.Load() // refresh: touches the consumer's line
		if t-r.cachedHead == uint64(len(r.buf)) {
			return false
		}
	}
`;
const POP_CACHED = `	h := r.head.Load()
	if h == r.cachedTail { // empty by our cached view
		r.cachedTail = r.tail.Load() // refresh: touches the producer's line
		if h == r.cachedTail {
			return zero, false
		}
	}
`;
const PUBLISH = `	r.buf[t&r.mask] = v // plain write to a slot the consumer is not reading
	r.tail.Store(t + 1) // publish: the write above happens before any load that sees t+1
`;
const PADDING_DOC = `// cacheLine is the padding unit. 128 covers 64-byte lines (amd64) and
// 128-byte lines (Apple M-series arm64, ppc64); s390x uses 256.
const cacheLine = 128
`;

/** The ring's Go code for a config; `atomics: false` makes head and tail plain fields (the racy variant). */
export function ringText(v: RingVariant, opts: { atomics?: boolean } = {}): string {
  const slack = v.scheme === 'one-slack';
  let s = RING_SOURCE;

  const consumer: [string, string, string][] = [['head', 'atomic.Uint64', `next index to read; ${slack ? 'wraps to 0 at len(buf)' : 'monotonically increasing'}`]];
  const producer: [string, string, string][] = [['tail', 'atomic.Uint64', `next index to write; ${slack ? 'wraps to 0 at len(buf)' : 'monotonically increasing'}`]];
  if (v.cachedIndices) {
    consumer.push(['cachedTail', 'uint64', "consumer's last observed value of tail"]);
    producer.push(['cachedHead', 'uint64', "producer's last observed value of head"]);
  }
  s = edit(
    s,
    "\thead       atomic.Uint64 // next index to read; monotonically increasing\n\tcachedTail uint64        // consumer's last observed value of tail\n",
    fields(consumer) + '\n',
  );
  s = edit(
    s,
    "\ttail       atomic.Uint64 // next index to write; monotonically increasing\n\tcachedHead uint64        // producer's last observed value of head\n",
    fields(producer) + '\n',
  );

  const full = slack ? '(t+1)&r.mask == ' : 't-';
  const fullEnd = slack ? '' : ' == uint64(len(r.buf))';
  if (v.cachedIndices) {
    if (slack) {
      s = edit(s, PUSH_CACHED, PUSH_CACHED.replace('if t-r.cachedHead == uint64(len(r.buf)) { // full by our cached view', 'if (t+1)&r.mask == r.cachedHead { // full by our cached view; one slot stays empty').replace('if t-r.cachedHead == uint64(len(r.buf)) {', 'if (t+1)&r.mask == r.cachedHead {'));
    }
  } else {
    s = edit(s, PUSH_CACHED, `	t := r.tail.Load()
	h := r.head.Load() // every call reads the consumer's line
	if ${full}h${fullEnd} { // full${slack ? '; one slot stays empty' : ''}
		return false
	}
`);
    s = edit(s, POP_CACHED, `	h := r.head.Load()
	t := r.tail.Load() // every call reads the producer's line
	if h == t { // empty
		return zero, false
	}
`);
  }

  const next = (x: string) => (slack ? `(${x} + 1) & r.mask` : `${x} + 1`);
  if (v.publish === 'before-write') {
    s = edit(s, PUBLISH, `	r.tail.Store(${next('t')}) // BUG: publishes the slot before it is written
	r.buf[t&r.mask] = v // too late: the consumer may already have read this slot
`);
  } else if (slack) {
    s = edit(s, PUBLISH, PUBLISH.replace('r.tail.Store(t + 1)', `r.tail.Store(${next('t')})`));
  }
  if (slack) {
    s = edit(s, 'r.head.Store(h + 1)', `r.head.Store(${next('h')})`);
    s = edit(s, '// New returns a ring that holds capacity elements.', '// New returns a ring that holds capacity-1 elements.');
  }

  if (v.padding === 64) {
    s = edit(s, PADDING_DOC, `// cacheLine is the padding unit: 64 covers 64-byte lines (amd64), not the
// 128-byte lines of Apple M-series arm64 or ppc64.
const cacheLine = 64
`);
  } else if (v.padding === 0) {
    s = edit(s, PADDING_DOC, `// No padding: head, tail and the cached indices share cache lines, so each
// side's writes invalidate the other side's copy (false sharing).
`);
    s = edit(s, '\n\t_ [cacheLine]byte\n\n\t// Consumer-owned', '\n\t// Consumer-owned');
    s = edit(s, '\n\t_ [cacheLine]byte\n\n\t// Producer-owned', '\n\t// Producer-owned');
    s = edit(s, '\n\n\t_ [cacheLine]byte\n}', '\n}');
  }

  if (v.indexBits === 32) s = s.replaceAll('Uint64', 'Uint32').replaceAll('uint64', 'uint32');

  if (opts.atomics === false) {
    s = edit(s, 'import "sync/atomic"', '// No sync/atomic: head and tail are plain fields (a data race).');
    s = s.replaceAll('atomic.Uint', 'uint').replace(/\bUint(32|64)\b/g, 'uint$1');
    s = s.replace(/r\.(head|tail)\.Load\(\)/g, 'r.$1');
    s = s.replace('// publish: the write above happens before any load that sees t+1', '// publish with a plain store: no happens-before edge');
    s = s.replace(/r\.(head|tail)\.Store\(([^\n]*?)\)(\s+\/\/|\s*\n)/g, 'r.$1 = $2$3');
    // Re-render the field groups: the plain types are shorter than atomic.UintNN.
    s = s.replace(/\t(head|tail) +(uint\d\d) +\/\/ (.*)\n(\t(cached\w+) +(uint\d\d) +\/\/ (.*)\n)?/g, (_m, n1, t1, c1, second, n2, t2, c2) =>
      fields(second ? [[n1, t1, c1], [n2, t2, c2]] : [[n1, t1, c1]]) + '\n',
    );
  }
  return alignTrailingComments(s);
}

function lineIn(lines: string[], from: number, to: number, re: RegExp, what: string): number {
  for (let i = from; i < to; i++) if (re.test(lines[i]!)) return i + 1;
  throw new Error(`spsc source: no line for ${what}`);
}

/** Line numbers (1-based) of each pc of TryPush and TryPop in `text`. */
export function ringLines(text: string, cached: boolean): RingLines {
  const lines = text.split('\n');
  const push = lines.findIndex((l) => l.startsWith('func (r *Ring[T]) TryPush('));
  const pop = lines.findIndex((l) => l.startsWith('func (r *Ring[T]) TryPop('));
  const end = lines.findIndex((l, i) => i > pop && l === '}');
  if (push < 0 || pop < 0 || end < 0) throw new Error('spsc source: TryPush/TryPop not found');
  const pushEnd = lines.findIndex((l, i) => i > push && l === '}');
  return {
    producer: {
      func: push + 1,
      load: lineIn(lines, push, pushEnd, /^\tt := r\.tail/, 'push load'),
      remote: lineIn(lines, push, pushEnd, cached ? /^\t\tr\.cachedHead = r\.head/ : /^\th := r\.head/, 'push remote'),
      spin: lineIn(lines, push, pushEnd, /^\t+return false$/, 'push spin'),
      write: lineIn(lines, push, pushEnd, /^\tr\.buf\[t&r\.mask\] = v/, 'push write'),
      store: lineIn(lines, push, pushEnd, /^\tr\.tail(\.Store\(| = )/, 'push store'),
    },
    consumer: {
      func: pop + 1,
      load: lineIn(lines, pop, end, /^\th := r\.head/, 'pop load'),
      remote: lineIn(lines, pop, end, cached ? /^\t\tr\.cachedTail = r\.tail/ : /^\tt := r\.tail/, 'pop remote'),
      spin: lineIn(lines, pop, end, /^\t+return zero, false$/, 'pop spin'),
      read: lineIn(lines, pop, end, /^\tv := r\.buf\[h&r\.mask\]/, 'pop read'),
      clear: lineIn(lines, pop, end, /^\tr\.buf\[h&r\.mask\] = zero/, 'pop clear'),
      store: lineIn(lines, pop, end, /^\tr\.head(\.Store\(| = )/, 'pop store'),
    },
  };
}

const memo = new Map<string, RingSource>();

/** The Go code of the ring for this config and the line of each step in it (memoised; configs differ in few ways). */
export function ringSource(config: SpscConfig | SpscSettings, opts: { atomics?: boolean } = {}): RingSource {
  const c = 'schedule' in config && config.schedule === null ? (config as SpscSettings) : settings(config as SpscConfig);
  const key = `${c.scheme}|${c.publish}|${c.cachedIndices}|${c.padding}|${c.indexBits}|${opts.atomics !== false}`;
  let r = memo.get(key);
  if (!r) {
    const text = ringText(c, opts);
    r = { text, lines: ringLines(text, c.cachedIndices) };
    memo.set(key, r);
  }
  return r;
}

/**
 * A main package using the ring with the config's values: a producer and a consumer goroutine,
 * each retrying with runtime.Gosched. Its line numbers do not depend on the values (the list is
 * one line), so the race report's frames can name them.
 */
export function mainSource(config: SpscConfig | SpscSettings): string {
  const c = config;
  const n = c.producer.length;
  const small = n <= 16;
  const seq = c.producer.every((x, i) => x === i + 1);
  const values = small ? `[]int{${c.producer.join(', ')}}` : seq ? `sequence(${n}) // 1, 2, …, ${n}` : `make([]int, ${n}) // stands for the config's ${n} values`;
  const pops = c.pops === c.producer.length ? 'len(values)' : String(c.pops);
  return `package main

import (
	"fmt"
	"runtime"

	"${RING_PACKAGE}"
)

func main() {
	r := spsc.New[int](${c.capacity})
	values := ${values}
	done := make(chan struct{})

	go func() { // producer
		for _, v := range values {
			for !r.TryPush(v) {
				runtime.Gosched()
			}
		}
	}()

	go func() { // consumer
		defer close(done)
		for i := 0; i < ${pops}; i++ {
			v, ok := r.TryPop()
			for !ok {
				runtime.Gosched()
				v, ok = r.TryPop()
			}
			fmt.Println(v)
		}
	}()

	<-done
}
${
  small || !seq
    ? ''
    : `
// sequence returns 1, 2, …, n.
func sequence(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i + 1
	}
	return s
}
`
}`;
}

/** Lines of mainSource that the race report's frames point to. */
export const MAIN_LINES = { goProducer: 15, push: 17, goConsumer: 23, pop: 26, popRetry: 29 } as const;
