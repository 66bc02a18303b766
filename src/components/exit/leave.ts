/**
 * What a quick exit does, synchronously, in the task of the key press or click that asked for it:
 * cover the page, then leave with `location.replace` (no new history entry) and no Referer; and if
 * the page ever comes back from the back/forward cache, stay covered and leave again.
 */

/** A neutral Romanian page: the national weather service's home page. */
export const DEFAULT_EXIT_HREF = 'https://www.meteoromania.ro/';

/** The attribute that marks the cover element. */
export const COVER_ATTR = 'data-reper-exit-cover';

/**
 * The cover's declarations, each `!important`. Written through the CSSOM (`style.cssText`), which a
 * strict Content-Security-Policy allows (only style attributes in markup and `<style>` are blocked).
 */
const COVER_CSS =
  'position:fixed;inset:0;width:100%;height:100%;margin:0;border:0;display:block;visibility:visible;opacity:1;background:Canvas;z-index:2147483647;'.replace(
    /;/g,
    '!important;',
  );

/**
 * Resolves a destination. Only `https:` pages, or pages of this site's own origin, are accepted;
 * anything else (a `javascript:` URL, a typo) gives `fallback`.
 */
export function safeDestination(value: string | null | undefined, fallback?: string): string | undefined {
  try {
    const url = new URL(value || '', document.baseURI);
    if (value && (url.protocol === 'https:' || url.origin === location.origin)) return url.href;
  } catch {
    // Not a URL.
  }
  return fallback;
}

/** The top-level window when its document is reachable (same origin), else undefined. */
export function reachableTop(): Window | undefined {
  try {
    // Reading the document of a cross-origin window throws.
    return top !== window && top?.document ? top : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes out of the top layer what can be reached: open dialogs (a modal one appended to `<html>`
 * escapes the hidden body) and popovers are closed, fullscreen is left; and replaces the tab's icon
 * by an empty one (without any icon link the browser would show the site's `/favicon.ico` again).
 * Each step may throw in an older browser; the exit goes on regardless.
 */
function clearTopLayerAndIcon(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement & Partial<HTMLDialogElement>>('dialog,[popover]')) {
    try {
      // A dialog has close(); close() and hidePopover() do nothing on what is not open.
      if (el.close) el.close();
      else el.hidePopover();
    } catch {
      // No popover API.
    }
  }
  // Rejects when nothing is fullscreen.
  doc.exitFullscreen?.().catch(() => undefined);
  for (const link of doc.querySelectorAll('link[rel~=icon i]')) link.remove();
  const blank = doc.createElement('link');
  blank.rel = 'icon';
  blank.href = 'data:,';
  doc.head?.append(blank);
}

/**
 * Hides a document at once: a full-viewport overlay in the system background colour, the body not
 * rendered, open dialogs and popovers closed (the top layer is drawn above any z-index), fullscreen
 * left, the title and the tab's icon blank.
 */
export function coverDocument(doc: Document): void {
  const root = doc.documentElement;
  doc.title = '';
  clearTopLayerAndIcon(doc);
  const cover = doc.createElement('div');
  cover.setAttribute(COVER_ATTR, '');
  cover.setAttribute('aria-hidden', 'true');
  cover.style.cssText = COVER_CSS;
  root.append(cover);
  doc.body?.style.setProperty('display', 'none', 'important');
  root.style.setProperty('overflow', 'hidden', 'important');
}

/** Makes every later request and navigation from this document send no Referer. */
function noReferrer(doc: Document): void {
  const meta = doc.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (doc.head ?? doc.documentElement).prepend(meta);
}

let destination = '';
let covered = false;

/**
 * Once the exit has started, no `beforeunload` handler of the host page may hold the person with a
 * "Leave site?" prompt. A capturing listener on the window runs before every bubbling one and
 * before capturing ones added later; it stops them (and `onbeforeunload` is cleared when leaving).
 */
function silenceBeforeUnload(event: Event): void {
  if (covered) event.stopImmediatePropagation();
}

// Registered when the exit module loads, so that it runs ahead of guards the page adds later.
if (typeof window !== 'undefined') addEventListener('beforeunload', silenceBeforeUnload, true);

function onPageShow(event: PageTransitionEvent): void {
  // Restored from the back/forward cache after an exit: still covered; leave again.
  if (event.persisted && destination) navigate(destination);
}

/**
 * Covers this page and the top page (when reachable: the exit may sit in an iframe), makes them
 * send no Referer from now on, and makes them leave again if they are ever shown from the
 * back/forward cache.
 */
export function coverPage(): void {
  if (covered) return;
  covered = true;
  for (const win of new Set([window, reachableTop() ?? window])) {
    coverDocument(win.document);
    noReferrer(win.document);
    win.onbeforeunload = null;
    win.addEventListener('beforeunload', silenceBeforeUnload, true);
    win.addEventListener('pageshow', onPageShow);
  }
}

/**
 * Replaces the history entry of the top window (when reachable, or allowed from a cross-origin
 * frame) or else of this window with `href`, after covering the page.
 */
export function navigate(href: string): void {
  coverPage();
  destination = href;
  try {
    // A cross-origin parent allows this only with user activation; otherwise it throws.
    top!.location.replace(href);
  } catch {
    location.replace(href);
  }
}

/** Opens a neutral page in a new tab. A pop-up blocker may refuse: the exit goes on regardless. */
export function openDecoy(href: string): void {
  try {
    open(href, '_blank', 'noopener,noreferrer');
  } catch {
    // Blocked or sandboxed.
  }
}
