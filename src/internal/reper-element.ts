import { LitElement } from 'lit';
import { consume, property, state } from './decorators.js';
import { type ReperSettings, DEFAULT_SETTINGS, settingsContext } from './context.js';
import { LangController } from './lang-controller.js';
import { VERSION } from './version.js';
import { emit, type ReperEventDetail, type ReperEventName } from './emit.js';

/**
 * The base of every Reper element: the shared settings from the closest `<reper-provider>`, the
 * `neutral` attribute, and a version stamp. Elements add their own i18n controller.
 *
 * @attribute {string} lang - `ro`, `hu`, `en` or `uk`. Default: the closest `[lang]` ancestor, then `<html lang>`, then `ro`.
 */
export class ReperElement extends LitElement {
  /** The Reper version that defined this element. */
  static readonly version = VERSION;

  /** Settings from the closest `<reper-provider>`, if any. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected providerSettings?: ReperSettings;

  /** Wording that does not name violence or abuse, for places where a screen may be overlooked. */
  @property({ type: Boolean, reflect: true }) neutral = false;

  /** Provider settings merged over the defaults. */
  protected get settings(): ReperSettings {
    return this.providerSettings ?? DEFAULT_SETTINGS;
  }

  /** True when this element or its provider asks for neutral wording. */
  protected get isNeutral(): boolean {
    return this.neutral || this.settings.neutral;
  }

  /** Fires a Reper event from this element: bubbles, composed, typed by the event map. */
  protected emit<K extends ReperEventName>(name: K, detail: ReperEventDetail<K>): CustomEvent<ReperEventDetail<K>> {
    return emit(this, name, detail);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // A `lang` set on an element inside a shadow root is not seen by the document observer.
    if (name === 'lang' && old !== value) LangController.refreshAll();
  }
}
