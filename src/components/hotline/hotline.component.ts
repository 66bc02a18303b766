import { html, nothing } from 'lit';
import { property } from '../../internal/decorators.js';
import { ReperElement } from '../../internal/reper-element.js';
import { I18nController } from '../../internal/i18n.js';
import { CHILD_ABUSE, CHILD_HELPLINE, EMERGENCY, NATIONAL_HELPLINE, type Helpline } from '../../data/helplines.js';
import locales from '../../locales/hotline.js';
import { hotlineStyles } from './hotline.styles.js';

export type HotlineVariant = 'banner' | 'compact' | 'card';
export type HotlineAudience = 'general' | 'children';

/**
 * The national helpline for victims of domestic violence, 0800 500 333 (free, 24/7),
 * with 112 for immediate danger — the number Romania's Law 1/2025 requires schools, hospitals and
 * stations to display. Put fallback content inside the element so the number shows before and
 * without JavaScript.
 *
 * @tag reper-hotline
 * @summary Helpline banner: 0800 500 333 and 112, in the page language.
 *
 * @slot - Fallback content shown until the element is defined (and without JavaScript), e.g.
 *   `<a href="tel:0800500333">0800 500 333</a>`. Hidden once the element renders.
 *
 * @csspart base - The banner box.
 * @csspart title - The heading line.
 * @csspart number - The national helpline link.
 * @csspart emergency - The line with 112.
 *
 * @cssproperty --reper-hotline-background - Banner and compact background (default: brand colour).
 * @cssproperty --reper-hotline-color - Banner and compact text colour.
 * @cssproperty --reper-hotline-number-color - Colour of the helpline number in banner and compact.
 * @cssproperty --reper-hotline-radius - Corner radius.
 * @cssproperty --reper-hotline-number-size - Font size of the helpline number (default scales with the element's width).
 * @cssproperty --reper-hotline-card-background - Card background.
 * @cssproperty --reper-hotline-card-color - Card text colour.
 * @cssproperty --reper-hotline-card-number-color - Card number colour.
 */
export class ReperHotlineElement extends ReperElement {
  static override styles = hotlineStyles;

  /** `banner` (full width), `compact` (one line for a header or footer) or `card`. */
  @property({ reflect: true }) variant: HotlineVariant = 'banner';

  /** `general`, or `children` (schools): adds 119 and 116 111. */
  @property({ reflect: true }) audience: HotlineAudience = 'general';

  protected readonly i18n = new I18nController(this, 'hotline', locales);

  /** The text of a key in the current wording (neutral wording when asked for). */
  private s(key: string): string {
    return this.i18n.t(this.isNeutral ? `neutral.${key}` : key);
  }

  private link(line: Helpline, cls: string, part?: string) {
    // On a kiosk a tap cannot call: the number is text there.
    if (this.settings.kiosk) return html`<span class=${cls} part=${part ?? nothing}>${line.display}</span>`;
    return html`<a class=${cls} part=${part ?? nothing} href=${line.href}>${line.display}</a>`;
  }

  override render() {
    const variant: HotlineVariant = (['banner', 'compact', 'card'] as const).includes(this.variant)
      ? this.variant
      : 'banner';
    const children = this.audience === 'children';
    const compact = variant === 'compact';
    const childLines = children
      ? html`<ul class="children">
          <li>${this.s('childAbuse')} ${this.link(CHILD_ABUSE, 'line-number')}</li>
          <li>
            ${this.s('childHelpline')} ${this.link(CHILD_HELPLINE, 'line-number')}
            <span class="note">(${this.i18n.t('childHelplineFree')})</span>
          </li>
        </ul>`
      : nothing;
    const emergency = html`<p class="emergency" part="emergency">
      ${this.s('emergency')} ${this.link(EMERGENCY, 'emergency-number')}
    </p>`;

    if (compact) {
      return html`<div part="base" class="compact" lang=${this.i18n.lang} role="group" aria-label=${this.s('region')}>
        <p class="main">
          <span class="lead">${this.s('compactLabel')}</span>
          ${this.link(NATIONAL_HELPLINE, 'number', 'number')}
          <span class="features">(${this.s('features')})</span>
        </p>
        ${childLines} ${emergency}
      </div>`;
    }

    return html`<div part="base" class=${variant} lang=${this.i18n.lang} role="group" aria-label=${this.s('region')}>
      <p class="title" part="title">${this.s(children ? 'titleChildren' : 'title')}</p>
      <p class="main">
        <span class="lead">${this.s('lead')}</span>
        ${this.link(NATIONAL_HELPLINE, 'number', 'number')}
      </p>
      <p class="features">${this.s('features')}</p>
      <p class="who">${this.s('who')}</p>
      ${childLines} ${emergency}
    </div>`;
  }
}
