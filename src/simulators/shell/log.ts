// The scrollable event log: one entry per event, newest last, bounded in size.
// While playback runs fast, DOM writes are batched (at most one every FLUSH_MS): adding and
// removing list items restyles their siblings, and doing it on every step cost a frame. A batch
// describes only the entries that will stay (the newest MAX_ENTRIES): at 1,000 steps/s most
// entries would be written and trimmed in the same flush.
import type { SimEvent } from '../../../simulators/core/types.ts';

const MAX_ENTRIES = 100;
/** Entries beyond MAX are removed in batches of this many. */
const TRIM_SLACK = 25;
const FLUSH_MS = 400;

export class EventLog {
  private pending: { position: number; events: readonly SimEvent[] }[] = [];
  private pendingEvents = 0;
  private lastFlush = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private scrollPending = false;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly describe: (e: SimEvent) => { html: string },
  ) {}

  rebuild(entries: readonly { position: number; events: readonly SimEvent[] }[]): void {
    this.cancel();
    this.pending = [];
    this.pendingEvents = 0;
    this.list.innerHTML = entries.map(({ position, events }) => this.html(position, events)).join('');
    this.trim(0);
    this.scroll();
  }

  /** `batch`: playback is fast, so the entry may wait (≤ FLUSH_MS) to be written with others. */
  append(position: number, events: readonly SimEvent[], batch = false): void {
    if (events.length === 0) return;
    this.pending.push({ position, events });
    this.pendingEvents += events.length;
    // Entries that newer ones would push out of the log anyway are dropped before they are described.
    while (this.pending.length > 1 && this.pendingEvents - this.pending[0]!.events.length >= MAX_ENTRIES) {
      this.pendingEvents -= this.pending.shift()!.events.length;
    }
    const wait = this.lastFlush + FLUSH_MS - performance.now();
    if (!batch || wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Drops entries of positions after `position` (after a step back or an intervention). */
  trimAfter(position: number): void {
    this.flush();
    for (let li = this.list.lastElementChild; li && Number((li as HTMLElement).dataset.pos) > position; li = this.list.lastElementChild) {
      li.remove();
    }
  }

  private flush(): void {
    this.cancel();
    this.lastFlush = performance.now();
    if (this.pending.length === 0) return;
    const html = this.pending.map(({ position, events }) => this.html(position, events)).join('');
    if (this.pendingEvents >= MAX_ENTRIES) this.list.innerHTML = html;
    else this.list.insertAdjacentHTML('beforeend', html);
    this.pending = [];
    this.pendingEvents = 0;
    this.trim(TRIM_SLACK);
    this.scroll();
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private html(position: number, events: readonly SimEvent[]): string {
    return events.map((e) => `<li data-pos="${position}"><span class="sim-log-pos">${position}</span> ${this.describe(e).html}</li>`).join('');
  }

  /** Removes the oldest entries in one go once the list is `slack` entries over the limit. */
  private trim(slack: number): void {
    const extra = this.list.childElementCount - MAX_ENTRIES;
    if (extra <= slack) return;
    const range = document.createRange();
    range.setStartBefore(this.list.firstElementChild!);
    range.setEndAfter(this.list.children[extra - 1]!);
    range.deleteContents();
  }

  /** Keeps the newest entry in view. Reading scrollHeight forces a layout, so it waits for the
   *  next frame (which lays out anyway) and happens once per frame however many entries arrive. */
  private scroll(): void {
    if (this.scrollPending) return;
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      const box = this.list.parentElement;
      if (box) box.scrollTop = box.scrollHeight;
    });
  }
}
