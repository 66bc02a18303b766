import { html, css } from 'lit';
import { property } from '../../internal/decorators.js';
import { provide } from '@lit/context';
import { ReperElement } from '../../internal/reper-element.js';
import { type MapProvider, type ReperSettings, settingsContext } from '../../internal/context.js';
import { toLang } from '../../internal/lang.js';
import { DirectoryController } from '../../directory/provider-controller.js';
import type { DirectoryState } from '../../directory/context.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../../directory/hours.js';
import '../../directory/events.js';

/**
 * Shares settings — language, neutral wording, map provider, time zone — with every Reper element
 * inside it, through `@lit/context`. It renders its children as they are and adds no box of its own.
 *
 * @tag reper-provider
 * @summary Shared settings and the service directory for the Reper elements inside it.
 *
 * @slot - Any content, including Reper elements that use the shared settings.
 * @csspart base - The wrapper around the slotted content (`display: contents`).
 *
 * @event reper-directory-load - The feed named by `src` loaded and validated (or a revalidation
 *   answered 304); `detail`: `{ directory, url, notModified, etag?, expired }` (`expired`: past its
 *   `expiresAt`, to be shown only as "may be out of date").
 * @event reper-directory-error - The feed could not be used (`detail.kind`: network, timeout, http,
 *   too-large, invalid with `detail.problems` and `detail.problemCount`, signature, rollback — older
 *   than the directory shown —, other-feed — another directory id); the last good directory, or the
 *   built-in national lines, stay in use (`detail.showing`).
 */
export class ReperProviderElement extends ReperElement {
  static override styles = css`
    :host {
      display: contents;
    }
    [part='base'] {
      display: contents;
    }
  `;

  /** Map links in results: `google` (default), `osm` or `none`. */
  @property({ attribute: 'map-provider', reflect: true }) mapProvider: MapProvider = 'google';

  /** IANA time zone for "open now" and dates; default `Europe/Bucharest` (`DEFAULT_TIME_ZONE`). */
  @property({ attribute: 'time-zone', reflect: true }) timeZone: string = DEFAULT_TIME_ZONE;

  /**
   * URL of a `reper-directory/1` feed for the elements inside. Without it, or until it loads, they
   * use the built-in national directory.
   */
  @property({ reflect: true }) src?: string;

  /**
   * Ed25519 public keys (space-separated; base64 as `reper keygen` writes, URL-safe base64, or PEM);
   * when present, `<src>.sig` must verify with one of them, and a value with no usable key refuses
   * every feed.
   */
  @property({ attribute: 'public-key' }) publicKey?: string;

  readonly #directoryController = new DirectoryController(this, () => ({ src: this.src, publicKey: this.publicKey }));

  /** The directory the elements inside currently use, and its load status. */
  get directoryState(): DirectoryState {
    return this.#directoryController.value;
  }

  /** Fetches the feed again, revalidating with its ETag. */
  refreshDirectory(): Promise<void> {
    return this.#directoryController.refresh();
  }

  @provide({ context: settingsContext })
  protected provided: ReperSettings = this.#computeSettings();

  // The provider itself may sit inside another provider; its own attributes win.
  protected override get settings(): ReperSettings {
    return this.provided;
  }

  override willUpdate(): void {
    const next = this.#computeSettings();
    const prev = this.provided;
    if (
      next.lang !== prev.lang ||
      next.neutral !== prev.neutral ||
      next.mapProvider !== prev.mapProvider ||
      next.timeZone !== prev.timeZone
    ) {
      this.provided = next;
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  #computeSettings(): ReperSettings {
    const mapProvider: MapProvider = ['google', 'osm', 'none'].includes(this.mapProvider) ? this.mapProvider : 'google';
    return {
      lang: toLang(this.getAttribute('lang')),
      neutral: this.neutral || (this.providerSettings?.neutral ?? false),
      mapProvider,
      timeZone: isValidTimeZone(this.timeZone) ? this.timeZone : DEFAULT_TIME_ZONE,
    };
  }

  override render() {
    return html`<div part="base"><slot></slot></div>`;
  }
}
