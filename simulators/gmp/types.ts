// Types of the GMP scheduler model. Field names follow runtime2.go where one exists.
// Everything is plain JSON data; times are virtual nanoseconds.

/** A step of a goroutine's program. `line` (optional) points into the scenario's Go source. */
export type Op =
  | { op: 'compute'; us: number; line?: number } // run on CPU for `us` µs of virtual time
  | { op: 'go'; body: Op[]; line?: number } // `go func(){…}()` → newproc
  | { op: 'send'; ch: string; line?: number } // ch <- v (gopark if it cannot proceed)
  | { op: 'recv'; ch: string; line?: number } // <-ch
  | { op: 'syscall'; us: number; line?: number } // a blocking system call of that length
  | { op: 'sleep'; us: number; line?: number } // time.Sleep (a timer)
  | { op: 'gosched'; line?: number }; // runtime.Gosched()

export type GmpConfig = {
  gomaxprocs: number;
  /** Body of the main goroutine (G1). */
  main: Op[];
  /** Declared channels; a channel used but not declared is unbuffered. */
  channels?: Record<string, { cap: number }>;
};

/** Internal op: like Op, but a `go` refers to a compiled body by index into `state.prog`. */
export type POp = Exclude<Op, { op: 'go' }> | { op: 'go'; code: number; line?: number };

export type PStatus = 'idle' | 'running' | 'gcstop';

export type P = {
  id: number;
  status: PStatus;
  m: number | null;
  /** A G readied by the current G; runs next and inherits the time slice. */
  runnext: number | null;
  /** Local run queue, head first, at most 256 (runtime2.go: runq [256]guintptr). */
  runq: number[];
  /** Incremented by execute() unless the G inherits the time slice. */
  schedtick: number;
  /** Incremented when a syscall on this P ends or the P is taken from one. */
  syscalltick: number;
  /** The last M that ran this P (procresize prefers it). */
  oldm: number | null;
};

/**
 * What an M is doing, the model's only addition to the runtime's m:
 *  run     – executing curg's Go code (`when` = end of the current compute, or now)
 *  sched   – in schedule()/findRunnable() with a P, looking at local and global queues
 *  steal   – in stealWork() with a P (always spinning)
 *  syscall – curg is in a system call until `when` (the M may or may not still hold its P)
 *  netpoll – no P; blocked in netpoll until the next timer (`when`), findRunnable's last resort
 *            (at most one M: sched.lastpoll guards it)
 *  idle    – parked on sched.midle (stopm)
 */
export type MPhase = 'run' | 'sched' | 'steal' | 'syscall' | 'netpoll' | 'idle';

export type M = {
  id: number;
  p: number | null;
  curg: number | null;
  spinning: boolean;
  phase: MPhase;
  /** Virtual time of this M's next action; -1 when idle. */
  when: number;
  /** P held when the current syscall began (m.oldp). */
  oldp: number | null;
  /** stealWork backing off 3 µs before taking this P's runnext (runqgrab's usleep(3)). */
  backoff: number | null;
};

export type GStatus = 'runnable' | 'running' | 'waiting' | 'syscall' | 'dead';

export type WaitReason = 'chan send' | 'chan receive' | 'sleep';

export type G = {
  id: number;
  status: GStatus;
  /** Index of its body in state.prog, and the current op in it. */
  code: number;
  pc: number;
  /** Nanoseconds left in the current compute op; -1 when it has not started. */
  left: number;
  /** When the current on-CPU stretch began; -1 when not on CPU. */
  since: number;
  /** gp.preempt: sysmon asked it to stop at the next safe point. */
  preempt: boolean;
  m: number | null;
  waitreason: WaitReason | null;
  /** Channel it is parked on, when waiting on one. */
  waitch: string | null;
  /** The G whose go statement created it (0 for main and reader-spawned Gs). */
  parent: number;
};

export type Chan = {
  cap: number;
  /** Values in the buffer (the model does not track values themselves). */
  qcount: number;
  /** Parked receivers and senders, oldest first (hchan.recvq / sendq). */
  recvq: number[];
  sendq: number[];
};

/** A time.Sleep timer. Kept sorted by (when, seq). */
export type Timer = { g: number; when: number; seq: number };

/** sysmon's per-P memory (runtime's p.sysmontick). -1 = not yet observed. */
export type SysmonTick = { schedtick: number; schedwhen: number; syscalltick: number; syscallwhen: number };

export type Sysmon = {
  /** Virtual time of the next wake-up; -1 while in deep sleep (every P idle). */
  next: number;
  /** Consecutive cycles in which retake handed off no P. */
  idle: number;
  /** Current sleep in µs: 20, doubling after 50 idle cycles, up to 10,000. */
  delay: number;
  pd: SysmonTick[];
};

export type Sched = {
  /** Idle P list (sched.pidle), head first: pidleget takes pidle[0], pidleput pushes at the head. */
  pidle: number[];
  npidle: number;
  /** Idle M list (sched.midle), head first, LIFO like the runtime's. */
  midle: number[];
  nmidle: number;
  nmspinning: number;
  needspinning: 0 | 1;
  /** Next goroutine id (goidgen). */
  goidgen: number;
  timerseq: number;
};

export type Halted = null | 'exit' | 'deadlock' | 'throw';

export type GmpState = {
  v: 1;
  /** Virtual time in nanoseconds. */
  now: number;
  /** mulberry32 state (simulators/core/prng.ts). */
  prng: number;
  gomaxprocs: number;
  ps: P[];
  ms: M[];
  /** Indexed by goid; gs[0] is unused (null). */
  gs: (G | null)[];
  /** Global run queue (sched.runq), head first. */
  globrunq: number[];
  sched: Sched;
  sysmon: Sysmon;
  chans: Record<string, Chan>;
  timers: Timer[];
  /** Compiled goroutine bodies; prog[0] is main. Never mutated, shared between states. */
  prog: POp[][];
  /** Why the program stopped, or null while it runs. */
  halted: Halted;
};

export type GmpAction =
  | { type: 'spawn'; p: number; body?: Op[] }
  | { type: 'setGomaxprocs'; n: number };
