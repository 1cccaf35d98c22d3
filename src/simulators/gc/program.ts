// The Go source behind a state's program: the scenario whose goroutines the config runs (a
// changed barrier or a found schedule keeps them), and the Go text of one statement.
import { opText, scenarios, type GcScenario } from '../../../simulators/gc/index.ts';
import type { GcState } from '../../../simulators/gc/types.ts';

const byProgram = new WeakMap<object, GcScenario | null>();
let signatures: Map<string, GcScenario> | null = null;

/** The scenario that runs the same goroutines as `state` (null for a program of the reader's own). */
export function scenarioOf(state: GcState): GcScenario | null {
  const key = state.config.goroutines;
  const hit = byProgram.get(key);
  if (hit !== undefined) return hit;
  signatures ??= new Map(scenarios.map((sc) => [JSON.stringify(sc.config.goroutines), sc]));
  const found = signatures.get(JSON.stringify(key)) ?? null;
  byProgram.set(key, found);
  return found;
}

/** Line `n` (1-based) of the scenario's source without its comment, or null. */
export function goLine(source: string, n: number): string | null {
  const line = source.split('\n')[n - 1];
  if (line === undefined) return null;
  const code = line.replace(/\/\/.*$/, '').trim();
  return code || null;
}

/**
 * How goroutine g's statement `stmt` (the engine's ref form, e.g. `s0 = g0.0`) reads in the
 * scenario's Go source (`p := a.f`); the ref form when the program has no source.
 */
export function codeOf(state: GcState, g: number, stmt: string): string {
  const sc = scenarioOf(state);
  const ops = state.config.goroutines[g]?.ops ?? [];
  const op = ops.find((o) => opText(o) === stmt && o.line !== undefined);
  if (sc && op?.line !== undefined) return goLine(sc.source, op.line) ?? stmt;
  return stmt;
}
