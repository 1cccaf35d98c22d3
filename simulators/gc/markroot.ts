// markroot (mgcmark.go): one root job. A stack job (scanstack) suspends its goroutine, shades
// every pointer in its frames and resumes it: the stack is black from then on. The globals job
// (markrootBlock over data and bss) shades every global slot. A move is atomic, so a goroutine
// is never in the middle of a statement while its stack is scanned (a safe point).
import { emit, SRC, wG, type Ctx } from './ctx.ts';
import { greyobject } from './shade.ts';

export function markroot(c: Ctx, root: number | 'globals'): void {
  if (root === 'globals') {
    if (c.s.globalsColor !== 'grey') throw new Error('gc: globals already scanned');
    emit(c, 'markroot', SRC.markrootBlock, 'gc.markroot.globals', { n: c.s.globals.length }, { globals: ['globals'] });
    c.s.globalsColor = 'black';
    for (const p of c.s.globals) greyobject(c, p, 'globals');
    return;
  }
  const g = wG(c, root);
  if (g.stackColor !== 'grey') throw new Error(`gc: stack ${root} already scanned`);
  emit(c, 'markroot', SRC.scanstack, 'gc.markroot.stack', { g: root, n: g.stack.filter((p) => p !== null).length }, { g: [root], stack: [root] });
  g.stackColor = 'black';
  for (const p of g.stack) greyobject(c, p, `stack:${root}`);
}
