import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where a button exit sits: `top` (a bar stuck to the top of its container) or `corner` (fixed to
 * the bottom corner of the viewport, where a thumb reaches it). `auto` picks `top` when the exit
 * is the page's first element (its container is then the page) and `corner` anywhere else — a
 * sticky bar pasted into a content block sticks only inside that block.
 */
export type ExitPlacement = 'auto' | 'top' | 'corner';

// Elements that show nothing before the exit: a page may start with them and still "start" with the exit.
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'REPER-EXIT']);

/** True when nothing a reader sees comes before `el` on its page (only light DOM counts). */
export function isFirstOnPage(el: Element): boolean {
  const body = el.ownerDocument.body;
  for (let node: Element = el; node !== body; ) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!UNSEEN.has(prev.tagName) && !(prev as HTMLElement).hidden) return false;
    }
    const parent = node.parentElement;
    if (!parent) return false;
    node = parent;
  }
  return true;
}

type Host = ReactiveControllerHost & HTMLElement;

// One corner per page: a second exit in the corner would cover the first.
let cornerHolder: Host | undefined;

/**
 * Places the exit (reflects `placed="top|corner"` on the host for its styles) and, in the corner,
 * keeps it from covering content for good: the page gets room below its end to scroll the last
 * line above the button, and focus moved by the keyboard scrolls clear of it (scroll-padding).
 */
export class PlacementController implements ReactiveController {
  private observer?: ResizeObserver;
  private saved?: { padding: string; scrollPadding: string };

  constructor(
    private readonly host: Host,
    private readonly wanted: () => { placement: ExitPlacement; button: boolean; hosted: boolean },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { placement, button } = this.wanted();
    const hosted = this.wanted().hosted || this.host.getRootNode() !== this.host.ownerDocument;
    const free = !cornerHolder || cornerHolder === this.host;
    const corner =
      button && free && (placement === 'corner' || (placement !== 'top' && !hosted && !isFirstOnPage(this.host)));
    if (corner) this.reserve();
    else this.release();
    if (button) this.host.setAttribute('placed', corner ? 'corner' : 'top');
    else this.host.removeAttribute('placed');
  }

  hostDisconnected(): void {
    this.release();
  }

  private reserve(): void {
    if (this.observer) return;
    cornerHolder = this.host;
    const { body, documentElement: root } = this.host.ownerDocument;
    this.saved = { padding: body.style.paddingBottom, scrollPadding: root.style.scrollPaddingBottom };
    const base = getComputedStyle(body).paddingBottom;
    this.observer = new ResizeObserver(([entry]) => {
      const h = Math.ceil(entry.borderBoxSize[0].blockSize);
      body.style.paddingBottom = `calc(${base} + ${h}px)`;
      root.style.scrollPaddingBottom = `${h}px`;
    });
    this.observer.observe(this.host);
  }

  private release(): void {
    if (!this.observer) return;
    this.observer.disconnect();
    this.observer = undefined;
    if (cornerHolder === this.host) cornerHolder = undefined;
    const { body, documentElement: root } = this.host.ownerDocument;
    body.style.paddingBottom = this.saved!.padding;
    root.style.scrollPaddingBottom = this.saved!.scrollPadding;
  }
}
