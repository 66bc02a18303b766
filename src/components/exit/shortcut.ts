/**
 * The keyboard shortcuts of `<reper-exit>`, tracked by one set of listeners on `window` however
 * many exit elements are on the page. The first connected element that uses a shortcut owns it:
 * it announces the countdown and performs the exit.
 *
 * Written as closures over local variables (not class fields) so that the minifier can shorten
 * every name: the quick exit has a 12 KB budget.
 */

export type Shortcut = 'shift3' | 'escape2' | 'none';

/** What an element subscribed to the tracker is told. */
export interface ShortcutSubscriber {
  /** The shortcut this subscriber currently listens for. */
  shortcut(): Shortcut;
  /** A press was counted and `remaining` more presses exit; 0 means the count was reset. */
  progress(remaining: number): void;
  /** The shortcut was completed (called in the task of the key event). */
  trigger(): void;
}

/** Presses of Shift more than this far apart start a new count. */
export const SHIFT_WINDOW_MS = 5000;
/** The second Escape must follow the first within this time. */
export const ESCAPE_WINDOW_MS = 1000;

/** Focus inside one of these means Escape belongs to that widget, not to the quick exit. */
const ESCAPE_OWNERS = 'dialog,select,[role$=dialog],[role^=menu],[role=combobox],[role=listbox]';

export interface ShortcutTracker {
  /** keydown, capture phase: notices every key that breaks a sequence. */
  down(event: KeyboardEvent): void;
  /** keyup, capture phase: a Shift released with nothing pressed alongside counts. */
  up(event: KeyboardEvent): void;
  /** keydown, bubble phase: Escape, after the page had its chance to handle it. */
  escape(event: KeyboardEvent): void;
}

/**
 * Counts presses. Pure logic over key events and a clock, so that tests need not wait 5 seconds.
 */
export function createTracker(
  subscribers: Iterable<ShortcutSubscriber>,
  now: () => number = () => performance.now(),
): ShortcutTracker {
  let shifts = 0;
  let lastShift = 0;
  /** Shift is down and nothing else has been pressed with it yet. */
  let pending = false;
  let escapes = 0;
  let lastEscape = 0;

  const owner = (shortcut: Shortcut): ShortcutSubscriber | undefined => {
    for (const s of subscribers) if (s.shortcut() === shortcut) return s;
    return undefined;
  };
  const resetShift = (): void => {
    if (shifts) owner('shift3')?.progress(0);
    shifts = 0;
  };
  const resetEscape = (): void => {
    if (escapes) owner('escape2')?.progress(0);
    escapes = 0;
  };
  /** Counts a press of the shortcut's key; returns the new count. */
  const count = (shortcut: Shortcut, n: number, last: number, windowMs: number, needed: number): number => {
    const s = owner(shortcut);
    if (!s) return 0;
    n = n && now() - last <= windowMs ? n + 1 : 1;
    if (n < needed) {
      s.progress(needed - n);
      return n;
    }
    s.trigger();
    return 0;
  };

  return {
    down(e) {
      if (e.repeat) return;
      if (e.key === 'Shift') {
        // Shift pressed while another modifier is held (Alt+Shift switches keyboard layout) is no press.
        pending = !(e.ctrlKey || e.altKey || e.metaKey);
        if (!pending) resetShift();
        return;
      }
      // Any other key: a held Shift was a modifier, and the sequences are broken.
      pending = false;
      resetShift();
      if (e.key !== 'Escape') resetEscape();
    },
    up(e) {
      if (e.key !== 'Shift' || !pending) return;
      pending = false;
      const t = now();
      shifts = count('shift3', shifts, lastShift, SHIFT_WINDOW_MS, 3);
      lastShift = t;
    },
    escape(e) {
      if (e.key !== 'Escape' || e.repeat) return;
      if (e.defaultPrevented || escapeBelongsToFocus()) return resetEscape();
      const t = now();
      escapes = count('escape2', escapes, lastEscape, ESCAPE_WINDOW_MS, 2);
      lastEscape = t;
    },
  };
}

/** True when focus is in a dialog, combobox, listbox or menu, looking through shadow roots. */
function escapeBelongsToFocus(): boolean {
  let node: Element | null = document.activeElement;
  while (node) {
    if (node.closest(ESCAPE_OWNERS)) return true;
    node = node.shadowRoot?.activeElement ?? null;
  }
  return false;
}

const subscribers = new Set<ShortcutSubscriber>();
const tracker = createTracker(subscribers);
const listeners: [string, (e: KeyboardEvent) => void, boolean][] = [
  ['keydown', tracker.down, true],
  ['keydown', tracker.escape, false],
  ['keyup', tracker.up, true],
];

/**
 * Adds an element to the shared tracker; the window listeners are added with the first subscriber
 * and removed with the last. Returns the function that unsubscribes.
 */
export function subscribeShortcut(subscriber: ShortcutSubscriber): () => void {
  if (!subscribers.size) for (const [type, fn, capture] of listeners) addEventListener(type, fn as EventListener, capture);
  subscribers.add(subscriber);
  return () => {
    if (subscribers.delete(subscriber) && !subscribers.size)
      for (const [type, fn, capture] of listeners) removeEventListener(type, fn as EventListener, capture);
  };
}

/** How many elements share the listeners (for tests). */
export function shortcutSubscriberCount(): number {
  return subscribers.size;
}
