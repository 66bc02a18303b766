import { html, nothing } from 'lit';
import { consume, property, state } from '../../internal/decorators.js';
import { ReperElement } from '../../internal/reper-element.js';
import { I18nController } from '../../internal/i18n.js';
import { type ExitHandler, exitHandlerContext } from '../../internal/context.js';
import locales from '../../locales/exit.js';
import { exitStyles } from './exit.styles.js';
import { DEFAULT_EXIT_HREF, coverPage, navigate, openDecoy, safeDestination } from './leave.js';
import { place } from './placement.js';
import { ESCAPE_WINDOW_MS, SHIFT_WINDOW_MS, type Shortcut, subscribeShortcut } from './shortcut.js';

export type ExitVariant = 'button' | 'skiplink';
export type ExitShortcut = Shortcut;

/** What started an exit. */
export type ExitTrigger = 'click' | 'shift3' | 'escape2' | 'method';

export interface ReperExitEventDetail {
  /** The neutral page the browser is about to load (not loaded when a kiosk handles the exit). */
  href: string;
  trigger: ExitTrigger;
}

/**
 * A quick exit. Pressing it, or pressing Shift three times (or Escape twice), covers the page at
 * once, blanks its title and replaces it — the top window when the page is in a same-origin
 * iframe — with a neutral website, without adding a history entry and without sending a Referer.
 * If the browser later restores the page from its back/forward cache, the page is still covered
 * and leaves again. Inside a `<reper-kiosk>` (any ancestor that provides an exit handler) it lets
 * the kiosk reset instead of navigating.
 *
 * One set of key listeners serves every `<reper-exit>` on the page; the first connected element
 * using a shortcut owns it (announces the countdown and leaves for its own `href`).
 *
 * @tag reper-exit
 * @summary Quick exit button, keyboard shortcut and skip link: leaves the page instantly.
 *
 * @slot - Fallback content shown until the element is defined (and without JavaScript), e.g.
 *   `<a href="https://www.meteoromania.ro/" rel="noreferrer">Ieși rapid</a>`. Hidden once the
 *   element renders.
 *
 * Where it sits: as the page's first element, a bar stuck to the top of the page; put
 * anywhere else (a CMS content block), a thumb-sized button fixed to the bottom corner of the
 * viewport, with room kept below the page's end so it never hides the last lines or a focused
 * control for good; one exit per page takes the corner, and then has the `corner` attribute.
 *
 * @csspart base - The wrapper (the sticky bar or corner button in the `button` variant).
 * @csspart button - The exit link, drawn as a button (or the skip link).
 * @csspart info - The "what quick exit cannot do" disclosure.
 *
 * @cssproperty --reper-exit-background - Button background (default: a deep red; slate in neutral mode).
 * @cssproperty --reper-exit-color - Button text colour (default: white).
 * @cssproperty --reper-exit-focus-color - Focus ring colour.
 * @cssproperty --reper-exit-radius - Button corner radius.
 * @cssproperty --reper-exit-z-index - Stacking order of the sticky bar (default 1000).
 * @cssproperty --reper-exit-top - Distance of the sticky bar from the top of the viewport.
 * @cssproperty --reper-exit-font-size - Type size of the button (default 1rem; the kiosk enlarges it).
 *
 * @event reper-exit - Fired on the element after the page is covered and just before it leaves
 *   (`detail: { href, trigger }`). Not cancelable: no page script may hold a person on the page.
 */
export class ReperExitElement extends ReperElement {
  static override styles = exitStyles;

  /** The neutral page to go to (https, or a page of this site). Default: the national weather service. */
  @property() href = DEFAULT_EXIT_HREF;

  /** `shift3` (Shift three times, default), `escape2` (Escape twice within a second) or `none`. */
  @property() shortcut: Shortcut = 'shift3';

  /** Visible label instead of the translated one. */
  @property() label?: string;

  /** `button` (sticky button, default) or `skiplink` (hidden until focused by keyboard). */
  @property({ reflect: true }) variant: ExitVariant = 'button';

  /** Shows a disclosure that explains what quick exit cannot do. */
  @property({ type: Boolean }) info = false;

  /** A neutral page to open in a new tab as well, on click or tap only. */
  @property({ attribute: 'decoy-href' }) decoyHref?: string;

  /** Set by an ancestor (the kiosk) that handles the exit itself. */
  @consume({ context: exitHandlerContext, subscribe: true })
  protected exitHandler?: ExitHandler;

  @state() private said = '';

  protected readonly i18n = new I18nController(this, 'exit', locales);


  #unsubscribe?: () => void;
  #timer?: ReturnType<typeof setTimeout>;

  /** The shortcut in force (`shift3` when the attribute holds an unknown value). */
  get #keys(): Shortcut {
    return this.shortcut === 'escape2' || this.shortcut === 'none' ? this.shortcut : 'shift3';
  }

  /** The validated destination: `href` when it is https or same-origin, else the default. */
  get destination(): string {
    return safeDestination(this.href, DEFAULT_EXIT_HREF)!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = subscribeShortcut({
      shortcut: () => this.#keys,
      progress: (remaining) => this.#countdown(remaining),
      trigger: () => this.exit(this.#keys as ExitTrigger),
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    place(this, false);
    this.#unsubscribe?.();
    clearTimeout(this.#timer);
  }

  /**
   * Leaves now, as the button does: covers the page, fires `reper-exit` and replaces the page
   * with `href`. Inside a kiosk: fires `reper-exit` and lets the kiosk reset instead.
   */
  exit(trigger: ExitTrigger = 'method'): void {
    const detail: ReperExitEventDetail = { href: this.destination, trigger };
    const kiosk = this.exitHandler;
    this.#countdown(0);
    // 1. Hide everything before anything else runs or paints (a kiosk resets its own screen).
    if (!kiosk) coverPage();
    // 2. Tell the page.
    this.emit('reper-exit', detail);
    try {
      if (kiosk?.(this)) return;
    } catch {
      // A failing kiosk handler must not keep the person here: leave the normal way.
    }
    // A decoy tab only from a click: browsers block pop-ups opened from key presses.
    const decoy = trigger === 'click' && safeDestination(this.decoyHref);
    if (decoy) openDecoy(decoy);
    // 3. Replace this history entry with the neutral page, without a Referer (covers first if needed).
    navigate(detail.href);
  }

  /** Announces how many presses are left; 0 clears the message. */
  #countdown(remaining: number): void {
    clearTimeout(this.#timer);
    const escape = this.#keys === 'escape2';
    this.said = remaining ? this.i18n.t('remaining', { count: remaining, key: escape ? 'Escape' : 'Shift' }) : '';
    if (remaining) this.#timer = setTimeout(() => this.#countdown(0), escape ? ESCAPE_WINDOW_MS : SHIFT_WINDOW_MS);
  }

  #onClick(event: MouseEvent): void {
    event.preventDefault();
    this.exit('click');
  }

  override willUpdate(): void {
    // Top or corner (see placement.ts); a kiosk (any exit handler) lays its exit out itself.
    place(this, this.variant !== 'skiplink' && !this.exitHandler);
  }

  override render() {
    const t = (key: string) => this.i18n.t(key);
    const skip = this.variant === 'skiplink';
    const label = this.label || t(this.isNeutral ? 'neutralLabel' : 'label');
    // The sticky button is a landmark of its own ("Quick exit"), so screen-reader users can jump to it.
    // prettier-ignore
    return html`<div part="base" class="base ${skip ? 'skiplink' : ''} ${this.isNeutral ? 'neutral' : ''}" lang=${this.i18n.lang} role=${skip ? nothing : 'region'} aria-label=${skip ? nothing : label}><a part="button" href=${this.destination} rel="noreferrer" @click=${this.#onClick}>${label}</a>${this.info && !skip ? html`<details part="info"><summary>${t('infoSummary')}</summary><p>${t('infoHistory')}</p><p>${t('infoDevice')}</p></details>` : nothing}<div class="vh" role="status">${this.said}</div></div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'reper-exit': CustomEvent<ReperExitEventDetail>;
  }
}
