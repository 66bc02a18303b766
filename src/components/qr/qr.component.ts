import { afterNextFrame } from '../../internal/frame.js';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ReperElement } from '../../internal/reper-element.js';
import { I18nController } from '../../internal/i18n.js';
import { DEV } from '../../internal/dev.js';
import { keepNumbersTogether } from '../../internal/numbers.js';
import qrLocales from '../../locales/qr.js';
import { ECC_LEVELS, qrShape, type Ecc, type QrShape } from './matrix.js';
import { describeValue } from './describe.js';
import { trackingParams } from './tracking.js';
import { qrColorsUsable, resolveColor } from './contrast.js';
import { qrStyles } from './qr.styles.js';

const SIZE = /^\d+(\.\d+)?(px|mm|cm|in|pt|pc|q|rem|em|ch|vw|vh|vmin|vmax|svh|dvh|cqw|cqh|cqi|%)?$/i;
const warned = new Set<string>();
/** The smallest module a phone camera reads reliably, in CSS pixels. */
const MIN_MODULE_PX = 2;
/** One size observer for every code on the page; the codes due for a colour check and a fit. */
let observer: ResizeObserver | undefined;
const due = new Set<ReperQrElement>();
let flushed: Promise<void> | undefined;

/**
 * A QR code drawn as an SVG: dark modules on a light background, a quiet zone of at least four
 * modules, crisp at any size on screen and in print. Built with lit templates only (no
 * `innerHTML`), so it works under a strict Content-Security-Policy with Trusted Types.
 *
 * @tag reper-qr
 * @summary A QR code for a help page, a phone number or a short text.
 *
 * @csspart base - The `<figure>` around the code and its caption.
 * @csspart code - The `<svg>` of the code.
 * @csspart label - The visible caption.
 * @csspart error - The message shown when the value does not fit in a QR code.
 *
 * @cssproperty --reper-qr-size - Width of the code when `size` is not set (default `10rem`).
 * @cssproperty --reper-qr-dark - Colour of the dark modules (default `#000`). Ignored, with the light one, when the pair is inverted or below 7:1 contrast.
 * @cssproperty --reper-qr-light - Colour of the light modules and the quiet zone (default `#fff`).
 * @cssproperty --reper-qr-label-font-size - Font size of the caption.
 * @cssproperty --reper-qr-label-color - Colour of the caption (default: the surrounding text colour).
 */
export class ReperQrElement extends ReperElement {
  static override styles = qrStyles;

  /** What the code holds: an `https:` URL, a `tel:` number, or plain text. */
  @property() value = '';

  /** Visible caption under the code. */
  @property() label = '';

  /** Error-correction level: `L`, `M` (default), `Q` or `H`. */
  @property() ecc: Ecc = 'M';

  /** Width of the code: a number of CSS pixels (`200`) or a CSS length (`4cm`, `12rem`). */
  @property() size = '';

  /** True when the theme's colours were unusable and the code is drawn black on white. */
  @state() private safeColors = false;

  readonly #i18n = new I18nController(this, 'qr', qrLocales);
  #shapeKey = '';
  #shape: QrShape | undefined;
  /** The code actually drawn when the requested level would be too fine for its width. */
  @state() private fitted?: { level: Ecc; shape: QrShape };
  #failed = false;
  /** The value is a javascript:, data:, vbscript:, file: or blob: link, which a code must never carry. */
  #refused = false;
  readonly #schemeQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  readonly #onScheme = (): void => void ReperQrElement.#due(this, true);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schemeQuery?.addEventListener('change', this.#onScheme);
    if (typeof ResizeObserver === 'function') (observer ??= new ResizeObserver(ReperQrElement.#resized)).observe(this);
  }

  override disconnectedCallback(): void {
    this.#schemeQuery?.removeEventListener('change', this.#onScheme);
    observer?.unobserve(this);
    due.delete(this);
    super.disconnectedCallback();
  }

  /**
   * Checks and fits every code due, in one task after the size reports or renders that made them
   * due: every colour check first (one style pass), then every measure (one layout), so that a
   * finder's dozen codes cost one pass over the page, not one each. In a task of its own, because
   * a size changed inside the observer's callback would be a "ResizeObserver loop" error. (A timer
   * task: it measured better on qr.html than a message-channel one.)
   */
  static #fitDue(): void {
    const codes = [...due];
    due.clear();
    flushed = undefined;
    for (const c of codes) if (c.#colorsDue || !c.#measured) c.#checkColors();
    for (const c of codes) {
      c.#measured = true;
      c.#fit();
      c.#onMeasured?.();
    }
  }

  /**
   * Makes the code due for a fit, and a colour check if asked (a first fit always checks them);
   * resolves once they are done.
   */
  static #due(code: ReperQrElement, colors: boolean): Promise<void> {
    code.#colorsDue ||= colors;
    due.add(code);
    return (flushed ??= new Promise((r) => setTimeout(r)).then(ReperQrElement.#fitDue));
  }

  static #resized(entries: ResizeObserverEntry[]): void {
    // A new size needs a new fit, not a new colour check.
    for (const { target } of entries) void ReperQrElement.#due(target as ReperQrElement, false);
  }

  /** The error-correction level in use (an unknown `ecc` falls back to `M`). */
  get level(): Ecc {
    const e = String(this.ecc).toUpperCase() as Ecc;
    return ECC_LEVELS.includes(e) ? e : 'M';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('ecc')) {
      const key = `${this.level}\u0000${this.value}`;
      if (key !== this.#shapeKey) {
        this.#shapeKey = key;
        this.#shape = undefined;
        this.fitted = undefined;
        this.#failed = false;
        this.#refused = isUnsafeLink(this.value);
        if (this.value && !this.#refused) {
          try {
            this.#shape = qrShape(this.value, this.level);
          } catch (err) {
            this.#failed = true;
            if (DEV) console.warn(`<reper-qr>: cannot encode this value at level ${this.level}.`, err);
          }
        }
      }
      if (DEV && changed.has('value')) warnAboutValue(this.value);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Through the CSSOM, not a style attribute: a strict CSP (style-src without 'unsafe-inline')
    // blocks style attributes, even the empty one lit's styleMap writes on first render.
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    const size = this.size.trim();
    const width = SIZE.test(size) ? (/^\d+(\.\d+)?$/.test(size) ? `${size}px` : size) : '';
    if (base && base.style.getPropertyValue('--_size') !== width) {
      if (width) base.style.setProperty('--_size', width);
      else base.style.removeProperty('--_size');
    }
    // Not measured here, where each of the codes a finder draws at once would force a layout of
    // its own: the first fit waits for the first size report, after the browser's own layout, and
    // a new value is fitted with the other codes due. (A new size brings a size report.)
    if (this.#measured && (changed.has('value') || changed.has('ecc'))) void ReperQrElement.#due(this, false);
  }

  /** True once the code has been fitted after a size report (or there is none to wait for). */
  #measured = typeof ResizeObserver !== 'function';
  #colorsDue = false;
  #onMeasured?: () => void;

  /** Resolves once the code is drawn, its colours checked and fitted to its measured width. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.isConnected || (this.#measured && !due.has(this))) return complete;
    // A code that is not laid out (a hidden ancestor) may get no size report: a frame at most.
    await (this.#measured
      ? flushed
      : Promise.race([new Promise<void>((r) => (this.#onMeasured = r)), afterNextFrame().then(afterNextFrame)]));
    return super.getUpdateComplete();
  }

  /**
   * Never draws a module smaller than 2 CSS pixels: phone cameras and decoders (jsQR, ZBar) fail
   * below that. Too fine for its width, the code first drops to a lower error-correction level
   * (fewer modules), then grows to 2 px per module; development builds say so.
   */
  #fit(): void {
    const base = this.renderRoot?.querySelector<HTMLElement>('.base');
    const code = this.renderRoot?.querySelector('svg');
    if (!base || !code || !this.#shape) return;
    if (base.style.getPropertyValue('--_min-size')) base.style.removeProperty('--_min-size');
    const width = code.getBoundingClientRect().width;
    if (!width) return;
    let level = this.level;
    let shape = this.#shape;
    while (width / shape.side < MIN_MODULE_PX && ECC_LEVELS.indexOf(level) > 0) {
      const lower = ECC_LEVELS[ECC_LEVELS.indexOf(level) - 1];
      try {
        shape = qrShape(this.value, lower);
        level = lower;
      } catch {
        break;
      }
    }
    const grow = width / shape.side < MIN_MODULE_PX;
    if (grow) base.style.setProperty('--_min-size', `${shape.side * MIN_MODULE_PX}px`);
    const fitted = level === this.level ? undefined : { level, shape };
    if (fitted?.level !== this.fitted?.level) this.fitted = fitted;
    if (DEV && (fitted || grow)) {
      const key = `fit\u0000${this.#shapeKey}`;
      if (!warned.has(key)) {
        warned.add(key);
        console.warn(
          `<reper-qr>: ${width.toFixed(0)} px is too small for this code at level ${this.level} ` +
            `(${(width / this.#shape.side).toFixed(2)} px per module; phones need at least ${MIN_MODULE_PX}). ` +
            `Drawn ${fitted ? `at level ${level}` : ''}${fitted && grow ? ' and ' : ''}${grow ? `${shape.side * MIN_MODULE_PX} px wide` : ''}: give it a larger size or a shorter value.`,
        );
      }
    }
  }

  /** Falls back to black on white when the theme's colours would make the code hard to scan. */
  #checkColors(): void {
    this.#colorsDue = false;
    if (!this.isConnected) return;
    const style = getComputedStyle(this);
    const dark = style.getPropertyValue('--reper-qr-dark').trim() || '#000';
    const light = style.getPropertyValue('--reper-qr-light').trim() || '#fff';
    const safe = !(dark === '#000' && light === '#fff') && !usable(dark, light);
    if (safe !== this.safeColors) this.safeColors = safe;
  }

  #accessibleName(): string {
    const { kind, target } = describeValue(this.value);
    return this.#i18n.t(`name.${kind}`, { target });
  }

  override render() {
    const shape = this.fitted?.shape ?? this.#shape;
    return html`<figure part="base" class="base" lang=${this.#i18n.lang}>
      ${shape
        ? html`<svg
            part="code"
            class=${classMap({ safe: this.safeColors })}
            viewBox="0 0 ${shape.side} ${shape.side}"
            role="img"
            aria-label=${this.#accessibleName()}
            shape-rendering="crispEdges"
            xmlns="http://www.w3.org/2000/svg"
          >
            ${svg`<rect class="light" width=${shape.side} height=${shape.side}></rect><path class="dark" d=${shape.d}></path>`}
          </svg>`
        : nothing}
      ${this.#failed || this.#refused
        ? html`<p part="error" class="error" role="status">${this.#i18n.t(this.#refused ? 'refused' : 'error')}</p>`
        : nothing}
      ${this.label ? html`<figcaption part="label" class="label">${keepNumbersTogether(this.label)}</figcaption>` : nothing}
    </figure>`;
  }
}

/** The contrast verdict per theme (dark, light): a finder's codes share one, worked out once. */
const verdicts = new Map<string, boolean>();
function usable(dark: string, light: string): boolean {
  const key = `${dark}\u0000${light}`;
  let ok = verdicts.get(key);
  if (ok === undefined) verdicts.set(key, (ok = qrColorsUsable(resolveColor(dark), resolveColor(light))));
  return ok;
}

/** Schemes a phone must never be sent to from a help poster or screen. */
const UNSAFE_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'file:', 'blob:']);

/**
 * True when the value is such a link. The scheme is the one the URL parser sees after it has
 * normalised the text (leading controls and spaces dropped, tabs and newlines removed anywhere:
 * `java\tscript:` is `javascript:`), not the one a pattern would see in the raw text.
 */
export function isUnsafeLink(value: string): boolean {
  try {
    return UNSAFE_SCHEMES.has(new URL(value).protocol);
  } catch {
    // Not an absolute URL: plain text, which a scanner shows as text.
    return false;
  }
}

function warnAboutValue(value: string): void {
  if (!value || warned.has(value)) return;
  const params = trackingParams(value);
  if (params.length) {
    warned.add(value);
    console.warn(
      `<reper-qr>: the URL carries tracking parameters (${params.join(', ')}). ` +
        'A code on a help poster must not reveal where it was scanned: remove them.',
    );
  } else if (/^http:/i.test(value.trim())) {
    warned.add(value);
    console.warn('<reper-qr>: the URL uses http:, use https: so that nobody on the network can read or change the page.');
  }
}
