import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onOverridesChanged } from './strings.js';
import { type Lang, resolveLang } from './lang.js';

type Host = ReactiveControllerHost & HTMLElement;

const active = new Set<LangController>();
let observer: MutationObserver | undefined;

/**
 * Keeps a host's language current: resolved on connect, and again whenever any `lang` attribute in
 * the document changes or a translation override is registered. One MutationObserver serves every
 * Reper element on the page.
 */
export class LangController implements ReactiveController {
  lang: Lang = 'ro';
  private stopOverrides?: () => void;

  constructor(protected readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.lang = resolveLang(this.host);
    active.add(this);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(LangController.refreshAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.stopOverrides = onOverridesChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    active.delete(this);
    this.stopOverrides?.();
    if (active.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-resolves the language; re-renders the host only if it changed. */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }

  /** Re-resolves every connected element (used when a lang attribute changes inside a shadow root). */
  static refreshAll(): void {
    for (const c of active) c.refresh();
  }
}
