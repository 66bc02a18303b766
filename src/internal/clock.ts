/**
 * The clock and the timers the elements run on: "open now", "opens at" and freshness, the
 * finder's debounces, the feed loader's time limit, the kiosk's slides, idle reset, watchdog,
 * heartbeat and sync schedule.
 * Tests replace it with `setClock()`, to pin the time or to move time and fire the timers by
 * hand; it is not part of any element's API, and no entry point of the package exports it.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` once after `ms` milliseconds; returns the function that cancels it. */
  after(ms: number, fn: () => void): () => void;
  /** Runs `fn` every `ms` milliseconds; returns the function that stops it. */
  every(ms: number, fn: () => void): () => void;
}

const system: Clock = {
  now: () => Date.now(),
  after(ms, fn) {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
  every(ms, fn) {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

let clock = system;

/** The current time, from the pinned clock or the system's. */
export function now(): Date {
  return new Date(clock.now());
}

/** The current time in milliseconds since the epoch (`now()` without the Date). */
export function nowMs(): number {
  return clock.now();
}

/** Runs `fn` once after `ms` milliseconds of this clock; returns the function that cancels it. */
export function after(ms: number, fn: () => void): () => void {
  return clock.after(ms, fn);
}

/** Runs `fn` every `ms` milliseconds of this clock; returns the function that stops it. */
export function every(ms: number, fn: () => void): () => void {
  return clock.every(ms, fn);
}

/**
 * Replaces the clock (tests): a function pins the time and leaves the system's timers; a whole
 * `Clock` drives the timers too. `setClock()` without an argument returns to the system clock.
 * A timer runs on the clock that was in force when it was started.
 */
export function setClock(replacement?: Clock | (() => Date)): void {
  clock = !replacement ? system : typeof replacement === 'function' ? { ...system, now: () => replacement().getTime() } : replacement;
}
