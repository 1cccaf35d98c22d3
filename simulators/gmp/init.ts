// init(config, seed): the state right after runtime.main starts main.main — M0 runs G1 (main)
// on P0; the other Ps are idle; sysmon's first wake-up is 20 µs away.
import { seedPrng } from '../core/prng.ts';
import { validateConfig } from './schema.ts';
import type { Chan, G, GmpConfig, GmpState, Op, P, POp, SysmonTick } from './types.ts';

/** Compiles nested `go` bodies into a flat table; returns the index of `body`. */
export function compileBody(body: readonly Op[], prog: POp[][]): number {
  const index = prog.length;
  const out: POp[] = [];
  prog.push(out);
  for (const op of body) {
    if (op.op === 'go') {
      const code = compileBody(op.body, prog);
      out.push(op.line === undefined ? { op: 'go', code } : { op: 'go', code, line: op.line });
    } else {
      out.push({ ...op });
    }
  }
  return index;
}

export function newP(id: number): P {
  return { id, status: 'idle', m: null, runnext: null, runq: [], schedtick: 0, syscalltick: 0, oldm: null };
}

/** sysmon has not looked at this P yet. */
export function newSysmonTick(): SysmonTick {
  return { schedtick: -1, schedwhen: 0, syscalltick: -1, syscallwhen: -1 };
}

export function init(config: GmpConfig, seed: number): GmpState {
  const valid = validateConfig(config);
  if (!valid.ok) throw new TypeError(`gmp: invalid config: ${valid.message}`);
  const n = config.gomaxprocs;
  const prog: POp[][] = [];
  compileBody(config.main, prog);

  const ps: P[] = [];
  for (let i = 0; i < n; i++) ps.push(newP(i));
  // P0 runs main: execute(G1, false) has counted one schedtick.
  ps[0] = { ...ps[0]!, status: 'running', m: 0, schedtick: 1, oldm: 0 };

  const main: G = {
    id: 1,
    status: 'running',
    code: 0,
    pc: 0,
    left: -1,
    since: -1,
    preempt: false,
    m: 0,
    waitreason: null,
    waitch: null,
    parent: 0,
  };

  const chans: Record<string, Chan> = {};
  for (const [name, spec] of Object.entries(config.channels ?? {})) {
    Object.defineProperty(chans, name, {
      value: { cap: spec.cap, qcount: 0, recvq: [], sendq: [] },
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }

  // procresize puts the idle Ps on the list from the highest id down, each at the head… after
  // collecting them lowest-first, so the list reads P(n-1), …, P1 from its head.
  const pidle: number[] = [];
  for (let i = n - 1; i >= 1; i--) pidle.push(i);

  return {
    v: 1,
    now: 0,
    prng: seedPrng(seed),
    gomaxprocs: n,
    ps,
    ms: [{ id: 0, p: 0, curg: 1, spinning: false, phase: 'run', when: 0, oldp: null, backoff: null }],
    gs: [null, main],
    globrunq: [],
    sched: { pidle, npidle: n - 1, midle: [], nmidle: 0, nmspinning: 0, needspinning: 0, goidgen: 2, timerseq: 0 },
    sysmon: { next: 20_000, idle: 0, delay: 20, pd: ps.map(() => newSysmonTick()) },
    chans,
    timers: [],
    prog,
    halted: null,
  };
}
