// A clock for the elements' own timers (src/internal/clock.ts) whose time moves only when a test
// moves it: debounces, idle reset, slides, watchdog, heartbeat and sync schedule fire in order as
// `advance()` passes their time, so that no test waits for them in real time.
import { type Clock, setClock } from '../../src/internal/clock.js';

interface Timer {
  at: number;
  /** The period of a repeating timer. */
  every?: number;
  fn: () => void;
  /** Order of scheduling: timers due at the same time fire first come, first served. */
  seq: number;
}

/** Lets every promise callback that is already queued run (one task later, all microtasks have). */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });

export class FakeClock implements Clock {
  private readonly timers = new Set<Timer>();
  private seq = 0;

  /** Starts at `start` (default: the finder tests' "today", Saturday 28 November 2026, 12:00 in Bucharest). */
  constructor(private time = Date.parse('2026-11-28T10:00:00Z')) {}

  now(): number {
    return this.time;
  }

  after(ms: number, fn: () => void): () => void {
    return this.add({ at: this.time + Math.max(0, ms), fn, seq: 0 });
  }

  every(ms: number, fn: () => void): () => void {
    const period = Math.max(1, ms);
    return this.add({ at: this.time + period, every: period, fn, seq: 0 });
  }

  /** How many timers are waiting to fire. */
  get pending(): number {
    return this.timers.size;
  }

  /**
   * Moves time on by `ms`, firing each timer that falls due on the way at its own time, in order,
   * and letting the promise callbacks each one starts run before the next fires.
   */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (let next = this.due(end); next; next = this.due(end)) {
      this.time = Math.max(this.time, next.at);
      // A repeating timer stays the same object, so that the function that stops it still does.
      if (next.every) {
        next.at = this.time + next.every;
        next.seq = this.seq++;
      } else this.timers.delete(next);
      next.fn();
      await nextTask();
    }
    this.time = end;
    await nextTask();
  }

  /**
   * Moves time on by `ms` without firing anything, as when the page is frozen: what fell due fires
   * (once, however many periods were missed) at the next `advance()`.
   */
  freeze(ms: number): void {
    this.time += ms;
  }

  /** Makes this the elements' clock until `uninstall()`. */
  install(): this {
    setClock(this);
    return this;
  }

  /** Back to the system clock. */
  uninstall(): void {
    setClock();
  }

  private add(timer: Timer): () => void {
    timer.seq = this.seq++;
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  private due(end: number): Timer | undefined {
    let first: Timer | undefined;
    for (const t of this.timers) if (t.at <= end && (!first || t.at < first.at || (t.at === first.at && t.seq < first.seq))) first = t;
    return first;
  }
}
