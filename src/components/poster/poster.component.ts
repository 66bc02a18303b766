import { html, nothing } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ReperElement } from '../../internal/reper-element.js';
import { I18nController } from '../../internal/i18n.js';
import { DEV } from '../../internal/dev.js';
import { toLang, type Lang } from '../../internal/lang.js';
import { EMERGENCY, NATIONAL_HELPLINE } from '../../data/helplines.js';
import posterLocales from '../../locales/poster.js';
import { describeValue } from '../qr/describe.js';
import { attachPrintSheet, detachPrintSheet } from './print-sheet.js';
import { posterStyles } from './poster.styles.js';

export type PosterSize = 'A4' | 'A3';

/** At most this many languages fit on one sheet. */
export const MAX_POSTER_LANGS = 4;

/**
 * A printable poster with the national helpline 0800 500 333, 112 for immediate danger, what the
 * line offers, and a QR code — the display Romania's Law 1/2025 requires in schools, hospitals and
 * health units. One page, A4 or A3, in one to four languages at once. On screen it is a faithful,
 * scaled preview; print the page (or use `npm run poster`) to get the sheet.
 *
 * @tag reper-poster
 * @summary Printable A4/A3 helpline poster in up to four languages, with a QR code.
 *
 * @slot logo - The institution's logo (an `<img>` with an `alt`), top left.
 * @slot institution - The institution's name, next to the logo.
 *
 * @csspart base - The sheet.
 * @csspart institution - The row with the logo and the name.
 * @csspart title - The headline, in every language.
 * @csspart number - The national helpline number.
 * @csspart emergency - The box with 112.
 * @csspart qr - The QR code with its caption.
 * @csspart pathway - The short "what happens next" (with the `pathway` attribute).
 *
 * The poster's colours are its own (print-safe) and do not follow the site's screen theme.
 *
 * @cssproperty --reper-poster-brand - Headline colour and the number's background (default `#4a1f6e`).
 * @cssproperty --reper-poster-on-brand - Colour of the number on the brand background (default white).
 * @cssproperty --reper-poster-color - Main text colour (default `#1d1b20`).
 * @cssproperty --reper-poster-muted - Colour of the second and later languages (default `#4a4550`).
 * @cssproperty --reper-poster-background - Paper colour (default white).
 * @cssproperty --reper-poster-danger - Colour of the 112 box (default `#a4161a`).
 * @cssproperty --reper-poster-border - Outline of the sheet on screen (not printed).
 * @cssproperty --reper-poster-focus - Focus ring of its phone links.
 * @cssproperty --reper-poster-font-family - Typeface (default: `--reper-font-family`, then system-ui).
 */
export class ReperPosterElement extends ReperElement {
  static override styles = posterStyles;

  /** Paper size: `A4` (default) or `A3`. */
  @property({ reflect: true }) size: PosterSize = 'A4';

  /**
   * Languages to print, comma- or space-separated, in order (`ro,hu`); up to four of `ro`, `hu`,
   * `en`, `uk`. Default: the element's language.
   */
  @property() langs = '';

  /**
   * Where the QR code leads: the institution's help page or a neutral page (`https:` only).
   * Without it, or with anything else, the code dials the national helpline.
   */
  @property() url = '';

  /** Adds a short "what happens next" (the police-intervention pathway in three sentences); the poster still fits one page. */
  @property({ type: Boolean }) pathway = false;

  @state() private hasHeader = false;

  readonly #i18n = new I18nController(this, 'poster', posterLocales);

  readonly #resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          this.#sized = true;
          this.#fit();
        })
      : undefined;
  /** True once the ResizeObserver has reported the poster's size (or there is none to wait for). */
  #sized = !this.#resize;
  /** A late logo or web font changes the text's size: fit again (before the first fit, it waits). */
  readonly #refit = (): void => void (this.#sized && this.#fit());
  #warnedUrl = '';

  override connectedCallback(): void {
    super.connectedCallback();
    attachPrintSheet(this.ownerDocument);
    this.#resize?.observe(this);
    // A slotted logo changes the layout when it loads (load does not bubble: capture it).
    this.addEventListener('load', this.#refit, true);
    void this.ownerDocument.fonts?.ready.then(this.#refit);
    this.hasHeader = this.querySelector(':scope > [slot="logo"], :scope > [slot="institution"]') !== null;
  }

  override disconnectedCallback(): void {
    detachPrintSheet(this.ownerDocument);
    this.#resize?.disconnect();
    this.removeEventListener('load', this.#refit, true);
    super.disconnectedCallback();
  }

  /** The paper size in use (anything but `A3` prints on A4). */
  get paper(): PosterSize {
    return String(this.size).toUpperCase() === 'A3' ? 'A3' : 'A4';
  }

  /** The languages printed, in order: valid, without repeats, at most four. */
  get languages(): Lang[] {
    const out: Lang[] = [];
    for (const part of this.langs.split(/[\s,;]+/)) {
      const lang = toLang(part);
      if (lang && !out.includes(lang) && out.length < MAX_POSTER_LANGS) out.push(lang);
    }
    return out.length ? out : [this.#i18n.lang];
  }

  /** What the QR code holds: `url` when it is an `https:` address, else the helpline's `tel:`. */
  get qrValue(): string {
    const url = this.url.trim();
    if (!url) return NATIONAL_HELPLINE.href;
    try {
      if (new URL(url).protocol === 'https:') return url;
    } catch {
      // fall through
    }
    if (DEV && this.#warnedUrl !== url) {
      this.#warnedUrl = url;
      console.warn(`<reper-poster>: url must be an https: address; the QR code dials ${NATIONAL_HELPLINE.display} instead.`);
    }
    return NATIONAL_HELPLINE.href;
  }

  #lines(key: string) {
    const langs = this.languages;
    const k = this.isNeutral && ['title', 'lead', 'features', 'who', 'emergency'].includes(key) ? `neutral.${key}` : key;
    return langs.map((lang) => html`<span lang=${lang}>${this.#i18n.tIn(lang, k)}</span>`);
  }

  #onSlotChange(): void {
    this.hasHeader = this.querySelector(':scope > [slot="logo"], :scope > [slot="institution"]') !== null;
  }

  protected override updated(): void {
    // The first fit waits for the ResizeObserver's first report, after the browser's own layout:
    // fitting here would force a layout of the whole page while it loads.
    if (this.#sized) this.#fit();
    // The QR code renders in its own update; fit again once it has its size.
    void this.#qr?.updateComplete.then(this.#refit);
  }

  /** Resolves once the poster, its QR code and the fit to the sheet are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#qr?.updateComplete;
    this.#fit();
    return done;
  }

  get #qr(): (HTMLElement & { updateComplete: Promise<boolean> }) | null {
    return this.renderRoot?.querySelector('reper-qr') ?? null;
  }

  /**
   * Shrinks the text (never the number or the QR code) until everything fits on the sheet, for
   * long institution names or overridden wording. The layout is in container units, so a fit
   * found on screen holds on paper. The scale goes down in steps of 3 %, to 55 % at most; each
   * step tried is a layout of the poster, so a fit starts from the scale in use (a refit after a
   * late font, logo or QR code that changed nothing costs two layouts, not one per step), and from
   * an overflow it jumps to the step the overflow points at, then checks the step above.
   */
  #fit(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    if (!base) return;
    const sheet = base.clientHeight;
    if (!sheet) return;
    const available = sheet - base.clientWidth * 0.01;
    /** Sets the text scale to step `k`: 1 - 0.03k. */
    const scale = (k: number): void => {
      if (k) base.style.setProperty('--_fit', (1 - k * 0.03).toFixed(2));
      else base.style.removeProperty('--_fit');
    };
    const height = (k: number): number => (scale(k), contentHeight(base));
    const now = base.style.getPropertyValue('--_fit');
    let k = now ? Math.round((1 - Number(now)) / 0.03) : 0;
    const h = height(k);
    /** Every step up to this one overflows (or is above 100 %). */
    let over = -1;
    if (h > available) {
      over = k;
      // Only the text scales: scaled by available / h, it lands at or a step above the fit.
      k = Math.min(MAX_FIT_STEPS, Math.max(k + 1, Math.ceil((1 - (1 - k * 0.03) * (available / h)) / 0.03)));
      while (k < MAX_FIT_STEPS && height(k) > available) over = k++;
    }
    while (k - 1 > over && height(k - 1) <= available) k--;
    scale(k);
  }

  override render() {
    const langs = this.languages;
    const qr = this.qrValue;
    const isTel = qr.startsWith('tel:');
    return html`<div part="base" class="base n${langs.length}" lang=${langs[0]}>
      <div part="institution" class=${classMap({ institution: true, empty: !this.hasHeader })}>
        <slot name="logo" @slotchange=${this.#onSlotChange}></slot>
        <slot name="institution" @slotchange=${this.#onSlotChange}></slot>
      </div>
      <h2 part="title" class="title lines">${this.#lines('title')}</h2>
      <p class="lead lines">${this.#lines('lead')}</p>
      <p part="number" class="number"><a href=${NATIONAL_HELPLINE.href}>${NATIONAL_HELPLINE.display}</a></p>
      <p class="features lines">${this.#lines('features')}</p>
      <p class="who lines">${this.#lines('who')}</p>
      ${this.pathway ? html`<p part="pathway" class="pathway lines">${this.#lines('pathway')}</p>` : nothing}
      <div class="bottom">
        <div part="emergency" class="emergency">
          <p class="lines">${this.#lines('emergency')}</p>
          <a class="emergency-number" href=${EMERGENCY.href}>${EMERGENCY.display}</a>
        </div>
        <div part="qr" class="scan">
          <reper-qr value=${qr} ecc="Q"></reper-qr>
          <p class="lines">${this.#lines(isTel ? 'scanCall' : 'scan')}</p>
          ${isTel ? nothing : html`<p class="url">${describeValue(qr).target}</p>`}
        </div>
      </div>
      <p class="operator">${langs.map((lang) => html`<span lang=${lang}>${this.#i18n.tIn(lang, 'operator')}</span>`)}</p>
    </div>`;
  }
}

/** The text is never made smaller than 55 % (15 steps of 3 %). */
const MAX_FIT_STEPS = 15;

/** The height a flex column's children need: their boxes, the gaps and the padding. */
function contentHeight(el: HTMLElement): number {
  const style = getComputedStyle(el);
  const children = [...el.children].filter((c) => getComputedStyle(c).display !== 'none');
  const gap = parseFloat(style.rowGap) || 0;
  let total = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + gap * Math.max(0, children.length - 1);
  for (const c of children) total += c.getBoundingClientRect().height;
  return total;
}
