// The scrollable event log: one entry per event, newest last, bounded in size.
import type { SimEvent } from '../../../simulators/core/types.ts';

const MAX_ENTRIES = 200;

export class EventLog {
  private scrollPending = false;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly describe: (e: SimEvent) => { html: string },
  ) {}

  rebuild(entries: readonly { position: number; events: readonly SimEvent[] }[]): void {
    this.list.innerHTML = entries.map(({ position, events }) => this.html(position, events)).join('');
    this.trim();
    this.scroll();
  }

  append(position: number, events: readonly SimEvent[]): void {
    if (events.length === 0) return;
    this.list.insertAdjacentHTML('beforeend', this.html(position, events));
    this.trim();
    this.scroll();
  }

  /** Drops entries of positions after `position` (after a step back or an intervention). */
  trimAfter(position: number): void {
    for (let li = this.list.lastElementChild; li && Number((li as HTMLElement).dataset.pos) > position; li = this.list.lastElementChild) {
      li.remove();
    }
  }

  private html(position: number, events: readonly SimEvent[]): string {
    return events.map((e) => `<li data-pos="${position}"><span class="sim-log-pos">${position}</span> ${this.describe(e).html}</li>`).join('');
  }

  private trim(): void {
    while (this.list.childElementCount > MAX_ENTRIES) this.list.firstElementChild?.remove();
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
