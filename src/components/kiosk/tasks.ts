import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { after, every } from '../../internal/clock.js';

/** Something long-running that can be stopped: a timer, a listener, a wake lock, a heartbeat. */
export interface Stoppable {
  stop(): void;
}

/**
 * Owns every timer, listener and long-running duty the kiosk starts, so that none outlives it:
 * `hostDisconnected` stops them all, and `stopAll()` lets a new start begin from nothing.
 * A one-shot timer forgets itself once it has fired, so a chain of them does not pile up.
 */
export class TaskController implements ReactiveController {
  private readonly stops = new Set<() => void>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Runs `fn` every `ms` milliseconds until stopped. */
  every(ms: number, fn: () => void): void {
    this.stops.add(every(ms, fn));
  }

  /** Runs `fn` once after `ms` milliseconds, unless stopped first. */
  after(ms: number, fn: () => void): void {
    const stop = after(ms, () => {
      this.stops.delete(stop);
      fn();
    });
    this.stops.add(stop);
  }

  /** Adds a listener that is removed when the tasks stop. */
  listen<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (e: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, fn: EventListener, options: AddEventListenerOptions = {}): void {
    const abort = new AbortController();
    target.addEventListener(type, fn, { ...options, signal: abort.signal });
    this.stops.add(() => abort.abort());
  }

  /** Starts a long-running duty and stops it with the others. */
  run<T extends Stoppable & { start(): void }>(duty: T): T {
    duty.start();
    this.stops.add(() => duty.stop());
    return duty;
  }

  /** Stops everything started so far. */
  stopAll(): void {
    for (const stop of this.stops) stop();
    this.stops.clear();
  }

  /** How many timers, listeners and duties are running (for the status panel). */
  get size(): number {
    return this.stops.size;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stopAll();
  }
}
