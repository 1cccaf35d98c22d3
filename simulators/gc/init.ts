// init(config, seed): the program before the cycle — phase off, every object white, every
// stack and the globals grey (not scanned), the barrier off. An invalid config throws.
import { seedPrng } from '../core/prng.ts';
import { mkObj } from './ctx.ts';
import { validateConfig } from './schema.ts';
import type { GcConfig, GcObject, GcState } from './types.ts';

export function normalize(config: GcConfig): GcState['config'] {
  return {
    barrier: config.barrier,
    rescanStacks: config.rescanStacks ?? false,
    stackBeforeHeap: config.stackBeforeHeap ?? false,
    allocBlack: config.allocBlack ?? true,
    fields: config.fields ?? 2,
    heap: config.heap,
    globals: config.globals,
    goroutines: config.goroutines,
    schedule: config.schedule ?? [],
  };
}

export function init(config: GcConfig, seed: number): GcState {
  const valid = validateConfig(config);
  if (!valid.ok) throw new TypeError(`gc: invalid config: ${valid.message}`);
  const cfg = normalize(config);
  const entries: [string, GcObject][] = Object.entries(cfg.heap).map(([name, fields]) => {
    const f = fields.slice();
    while (f.length < cfg.fields) f.push(null);
    return [name, mkObj('white', f, false, false)];
  });
  const objects: Record<string, GcObject> = Object.fromEntries(entries);
  return {
    config: cfg,
    phase: 'off',
    cycleDone: false,
    objects,
    globals: cfg.globals.slice(),
    globalsColor: 'grey',
    goroutines: cfg.goroutines.map((g) => ({ stack: g.stack.slice(), stackColor: 'grey', pc: 0 })),
    work: [],
    prng: seedPrng(seed),
    schedPos: 0,
    steps: 0,
    applied: 0,
  };
}
