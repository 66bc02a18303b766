/**
 * The clock the elements read for "open now", "opens at" and freshness. Tests pin it with
 * `setClock()`; it is not part of any element's API, and no entry point of the package exports it.
 */
let source: () => Date = () => new Date();

/** The current time, from the pinned clock or the system's. */
export function now(): Date {
  return source();
}

/** Pins the clock (tests); `setClock()` without an argument returns to the system clock. */
export function setClock(clock?: () => Date): void {
  source = clock ?? (() => new Date());
}
