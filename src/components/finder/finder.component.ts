import { isExpired } from '../../directory/freshness.js';
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { consume, property, state } from '../../internal/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { onOverridesChanged } from '../../internal/strings.js';
import { ReperElement } from '../../internal/reper-element.js';
import { I18nController } from '../../internal/i18n.js';
import type { MapProvider } from '../../internal/context.js';
import type { Lang } from '../../internal/lang.js';
import { NATIONAL_HELPLINE } from '../../data/helplines.js';
import { NATIONAL_DIRECTORY } from '../../data/national.js';
import { AUDIENCES, CATEGORIES } from '../../directory/constants.js';
import type { Audience, Category, Directory, Service } from '../../directory/schema.js';
import { directoryContext, type DirectoryState } from '../../directory/context.js';
import '../../directory/events.js';
import { DirectoryController } from '../../directory/provider-controller.js';
import { createSearchIndex, IncrementalSearch, languagesOf, localitiesOf, type SearchIndex } from '../../directory/search.js';
import { placeNamesOf, type PlaceNames } from '../../directory/places.js';
import { after, every, now } from '../../internal/clock.js';
import { afterNextFrame, nextTask } from '../../internal/frame.js';
import { DEFAULT_TIME_ZONE } from '../../internal/defaults.js';
import locales from '../../locales/finder.js';
import type { KeyAction } from './keyboard.js';
import { languageName, renderResult } from './result.js';
import { finderStyles } from './finder.styles.js';

export type FinderLayout = 'list' | 'kiosk';

/** Detail of `reper-search`: the filters and the number of results — never the query text. */
export interface ReperSearchDetail {
  audience?: Audience;
  category?: Category;
  locality?: string;
  language?: string;
  openNow: boolean;
  open247: boolean;
  free: boolean;
  /** Number of services that match. */
  results: number;
}

interface Filters {
  audience: Audience | '';
  category: Category | '';
  locality: string;
  language: string;
  openNow: boolean;
  open247: boolean;
  free: boolean;
}

/** What the finder precomputes once per directory and language. */
interface Prepared {
  index: SearchIndex;
  places: PlaceNames;
  localities: string[];
  languages: string[];
}

/** Results rendered at first, and added by each "show more". */
export const PAGE_SIZE = 20;
/**
 * Result cards drawn per step when a directory arrives (or the language or layout changes): the
 * first cards show at once and the rest follow frame by frame, so that no step blocks the page
 * for long (Lighthouse's total blocking time). `updateComplete` waits for the last step.
 */
const DRAW_STEP = 2;
const EVENT_DELAY = 300;
const ANNOUNCE_DELAY = 600;

/** Per directory and UI language, shared by every finder on the page: what was prepared, or the work under way. */
const prepared = new WeakMap<Directory, Map<Lang, Prepared | Promise<void>>>();

/** The form before a first directory is prepared, or after a preparation failed: no places or languages. */
const nothingPrepared = (): Prepared => ({ index: createSearchIndex([]), places: placeNamesOf({}), localities: [], languages: [] });

/**
 * What the finder needs to search a directory in a UI language, or the work that prepares it in
 * steps of a task each: the search index, then the names of its languages (for a code outside the
 * finder's own table in dates.ts, the page's first `Intl.DisplayNames` loads its data), then
 * places and languages in alphabetical order (the first `Intl.Collator` too). Done in one go, as a
 * feed arrives, this blocked a phone for a few hundred milliseconds.
 */
function prepare(dir: Directory, lang: Lang, extraText: (s: Service) => string): Prepared | Promise<void> {
  let byLang = prepared.get(dir);
  if (!byLang) prepared.set(dir, (byLang = new Map()));
  let p = byLang.get(lang);
  if (!p) {
    const steps = async (): Promise<Prepared> => {
      await nextTask();
      const places = placeNamesOf(dir);
      const index = createSearchIndex(dir.services, lang, { placeNames: places, extraText });
      await nextTask();
      const codes = languagesOf(dir);
      const names = new Map(codes.map((c) => [c, languageName(c, lang)]));
      await nextTask();
      const collator = new Intl.Collator(lang);
      const languages = codes.sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
      return { index, places, localities: localitiesOf(dir, lang), languages };
    };
    // Never retried: a directory that cannot be prepared shows no results, not a finder stuck in a loop.
    byLang.set(lang, (p = steps().catch(nothingPrepared).then((done) => void byLang.set(lang, done))));
  }
  return p;
}

/**
 * Finds services in a `reper-directory/1` feed: search as you type (diacritics-insensitive),
 * filters for who it is for, kind of help, place, open now, 24/7, free and language, and results
 * with one-tap `tel:` links, map links, opening hours and the date the information was checked.
 * The query lives in memory only: no history entries, no storage, and no query text in events.
 *
 * Data: its own `src` feed, else the directory of the surrounding `<reper-provider>`, else the
 * built-in national lines.
 *
 * @tag reper-finder
 * @summary Service finder for support services: search, filters and call/map links.
 *
 * @event reper-search - A user changed the search or the filters (debounced, ~300 ms).
 *   `detail`: `{ audience?, category?, locality?, language?, openNow, open247, free, results }`,
 *   never the query text.
 * @event reper-directory-load - Its own `src` feed loaded (as on `<reper-provider>`); `detail`:
 *   `{ directory, url, notModified, etag?, expired }`.
 * @event reper-directory-error - Its own `src` feed could not be used (`detail.kind`: network,
 *   timeout, http, too-large, invalid with `detail.problems` and `detail.problemCount`, signature,
 *   rollback, other-feed); the last good directory, the provider's, or the built-in national lines
 *   stay shown (`detail.showing`).
 *
 * @csspart base - The finder box.
 * @csspart form - The search field and filters.
 * @csspart notice - The "sample data", "may be out of date" (an expired feed) or "national lines only" notice.
 * @csspart count - The visible number of results.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart phone - A phone link in a result.
 * @csspart report-link - The "report a change" link of a result (with `report-changes`).
 * @csspart map-link - The map link of a result.
 * @csspart stale - The "may be out of date" mark.
 * @csspart take-away - The "take it with you" QR code (kiosk layout).
 * @csspart more - The "show more" button.
 * @csspart empty - The "no results" message with the national helpline.
 * @csspart keyboard - The on-screen keyboard (kiosk layout).
 *
 * @cssproperty --reper-finder-background - Background of the finder.
 * @cssproperty --reper-finder-color - Text colour.
 * @cssproperty --reper-finder-result-background - Background of a result card.
 * @cssproperty --reper-finder-accent - Accent colour (pressed tiles, headings).
 * @cssproperty --reper-finder-radius - Corner radius of cards and controls.
 * @cssproperty --reper-finder-kiosk-font-size - Base font size in the kiosk layout (default 1.5rem).
 * @cssproperty --reper-finder-open-color - Colour of "open now" (default #1a6b32, #8fe0a6 under a dark colour scheme).
 */
export class ReperFinderElement extends ReperElement {
  static override styles = finderStyles;

  /** URL of a `reper-directory/1` feed for this finder alone (wins over the provider's). */
  @property() src = '';

  /** Preset audience filter (e.g. `perpetrator`); restored by `reset()`. */
  @property() audience = '';

  /** Preset category filter (e.g. `shelter`); restored by `reset()`. */
  @property() category = '';

  /** Preset locality filter (e.g. `Turda`); restored by `reset()`. */
  @property() locality = '';

  /** `list` (default, for web pages) or `kiosk` (touch screen: tiles, on-screen keyboard, QR codes). */
  @property({ reflect: true }) layout: FinderLayout = 'list';

  /** Map links: `google`, `osm` or `none`; overrides the provider's setting. */
  @property({ attribute: 'map-provider' }) mapProvider?: MapProvider;

  /**
   * With `src`: Ed25519 public keys (space-separated; base64, URL-safe base64 or PEM); `<src>.sig`
   * must verify with one of them, and a value with no usable key refuses every feed.
   */
  @property({ attribute: 'public-key' }) publicKey?: string;

  /**
   * A "report a change" `mailto:` link on each result, to the feed publisher's e-mail, with the
   * service id and name prefilled (never the search text). Ignored in the kiosk layout.
   */
  @property({ type: Boolean, attribute: 'report-changes' }) reportChanges = false;

  @consume({ context: directoryContext, subscribe: true })
  @state()
  private providerDirectory?: DirectoryState;

  @state() private query = '';
  @state() private filters: Filters = emptyFilters();
  @state() private limit = PAGE_SIZE;
  @state() private keyboardOpen = false;
  /** The kiosk tile group unfolded, if any (one at a time). */
  @state() private openGroup = '';
  @state() private announcement = '';

  readonly #i18n = new I18nController(this, 'finder', locales);
  /** The finder's own `src` feed, loaded, verified and kept like a provider's. */
  readonly #own = new DirectoryController(this, () => ({ src: this.src, publicKey: this.publicKey }));
  // The timers (these two and `clockTimer`) are held as the functions that cancel them.
  #eventTimer?: () => void;
  #announceTimer?: () => void;
  #results: Service[] = [];
  readonly #search = new IncrementalSearch();
  #stringsVersion = 0;
  #stopOverrides?: () => void;
  #clockTimer?: () => void;
  /** Result cards drawn so far, and what they were drawn for (a change starts again with one step). */
  #drawn = DRAW_STEP;
  #drawnFor?: readonly [Directory, Lang, FinderLayout];
  /** The directory on screen, with what was prepared for it: it stays while a newer one is prepared. */
  #shown?: readonly [Directory, Prepared];
  #preparing?: Promise<void>;
  #drawing?: Promise<void>;
  #keyboard?: typeof import('./keyboard.js');
  #keyboardLoading?: Promise<void>;

  /** The directory shown: own `src` feed, else the provider's, else the national lines. */
  get directory(): Directory {
    const own = this.src ? this.#own.value : undefined;
    return (own?.source === 'feed' ? own.directory : undefined) ?? this.providerDirectory?.directory ?? NATIONAL_DIRECTORY;
  }

  /** Number of services that match the current search and filters. */
  get resultCount(): number {
    return this.#results.length;
  }

  /**
   * Clears the query, the filters (back to the `audience`, `category` and `locality` presets),
   * the number of results shown, the scroll position and the on-screen keyboard. Fires nothing.
   */
  reset(): void {
    this.#eventTimer?.();
    this.#announceTimer?.();
    this.query = '';
    this.filters = this.#presetFilters();
    this.#search.clear();
    this.limit = PAGE_SIZE;
    this.keyboardOpen = false;
    this.openGroup = '';
    this.announcement = '';
    this.scrollTop = 0;
    const base = this.renderRoot?.querySelector?.('[part="base"]');
    if (base) base.scrollTop = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopOverrides = onOverridesChanged(() => this.#stringsVersion++);
    // "Open now" and "opens at" follow the clock on a screen left open (a kiosk, a ward PC).
    this.#clockTimer = every(60_000, () => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopOverrides?.();
    this.#clockTimer?.();
    this.#eventTimer?.();
    this.#announceTimer?.();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('audience') || changed.has('category') || changed.has('locality')) {
      const preset = this.#presetFilters();
      this.filters = {
        ...this.filters,
        ...(changed.has('audience') ? { audience: preset.audience } : {}),
        ...(changed.has('category') ? { category: preset.category } : {}),
        ...(changed.has('locality') ? { locality: preset.locality } : {}),
      };
    }
    const directory = this.directory;
    const t = (k: string) => this.#i18n.t(k);
    const p = prepare(directory, this.#uiLang, (s) => [...s.categories.map((c) => t(`categories.${c}`)), ...s.audiences.map((a) => t(`audiences.${a}`))].join(' '));
    if (p instanceof Promise)
      this.#preparing ??= p.then(() => {
        this.#preparing = undefined;
        this.requestUpdate();
      });
    else this.#shown = [directory, p];
    this.#computeResults();
    const f = this.#drawnFor;
    const dir = this.#shown?.[0];
    if (dir && (!f || f[0] !== dir || f[1] !== this.#uiLang || f[2] !== this.layout)) {
      this.#drawnFor = [dir, this.#uiLang, this.layout];
      this.#drawn = DRAW_STEP;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('layout') && this.layout === 'kiosk') {
      void import('../qr/qr.js').catch(() => undefined);
      // The on-screen keyboard (four layouts) is for kiosks only: websites never download it.
      this.#keyboardLoading ??= import('./keyboard.js').then((m) => {
        this.#keyboard = m;
        // Its styles come with it. (Browsers without adoptable style sheets get <style> elements,
        // the finder's own once more with them: harmless.)
        adoptStyles(this.renderRoot as ShadowRoot, [...ReperFinderElement.elementStyles, m.keyboardStyles]);
        this.requestUpdate();
      });
    }
    if (!this.#drawing && this.#drawn < Math.min(this.limit, this.#results.length)) {
      this.#drawing = afterNextFrame().then(() => {
        this.#drawing = undefined;
        this.#drawn += DRAW_STEP;
        this.requestUpdate();
      });
    }
  }

  /** Resolves once every result card due is drawn, not only the first step. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.keyboardOpen && !this.#keyboard && this.#keyboardLoading) {
      await this.#keyboardLoading;
      complete = await super.getUpdateComplete();
    }
    while (this.#preparing || this.#drawing) {
      await (this.#preparing ?? this.#drawing);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #presetFilters(): Filters {
    return {
      ...emptyFilters(),
      audience: (AUDIENCES as readonly string[]).includes(this.audience) ? (this.audience as Audience) : '',
      category: (CATEGORIES as readonly string[]).includes(this.category) ? (this.category as Category) : '',
      locality: this.locality.trim(),
    };
  }

  get #uiLang(): Lang {
    return this.#i18n.lang;
  }

  get #timeZone(): string {
    return this.settings.timeZone ?? DEFAULT_TIME_ZONE;
  }

  get #maps(): MapProvider {
    const p = this.mapProvider ?? this.settings.mapProvider;
    return p === 'osm' || p === 'none' || p === 'google' ? p : 'google';
  }

  #computeResults(): void {
    const f = this.filters;
    const shown = this.#shown;
    if (!shown) {
      this.#results = [];
      return;
    }
    this.#results = this.#search.search(shown[1].index, {
      query: this.query,
      audience: f.audience || undefined,
      category: f.category || undefined,
      locality: f.locality || undefined,
      language: f.language || undefined,
      free: f.free || undefined,
      open247: f.open247 || undefined,
      openAt: f.openNow ? now() : undefined,
      timeZone: this.#timeZone,
    });
  }

  /** After a user action: announce the count and fire `reper-search`, both debounced. */
  #changed(): void {
    this.limit = PAGE_SIZE;
    this.#eventTimer?.();
    this.#announceTimer?.();
    this.#eventTimer = after(EVENT_DELAY, () => {
      const f = this.filters;
      const detail: ReperSearchDetail = {
        ...(f.audience ? { audience: f.audience } : {}),
        ...(f.category ? { category: f.category } : {}),
        ...(f.locality ? { locality: f.locality } : {}),
        ...(f.language ? { language: f.language } : {}),
        openNow: f.openNow,
        open247: f.open247,
        free: f.free,
        results: this.#results.length,
      };
      this.emit('reper-search', detail);
    });
    this.#announceTimer = after(ANNOUNCE_DELAY, () => {
      this.announcement = this.#i18n.t('results', { count: this.#results.length });
    });
  }

  #setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    this.#changed();
  }

  #onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.#changed();
  }

  #onKey(action: KeyAction): void {
    if (action.type === 'clear') this.query = '';
    else if (action.type === 'backspace') this.query = [...this.query].slice(0, -1).join('');
    else this.query += action.char;
    this.#changed();
  }

  #clearAll(): void {
    this.query = '';
    this.filters = emptyFilters();
    this.#changed();
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  #showMore(): void {
    this.limit += PAGE_SIZE;
    this.#drawn = this.limit;
    this.#announceTimer?.();
    this.announcement = this.#i18n.t('showing', { shown: Math.min(this.limit, this.#results.length), count: this.#results.length });
  }

  #searchField(t: (k: string) => string): TemplateResult {
    return html`<div class="field search">
      <label for="q">${t('searchLabel')}</label>
      <span id="q-hint" class="hint">${t('searchHint')}</span>
      <input
        id="q"
        type="search"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        enterkeyhint="search"
        aria-describedby="q-hint"
        .value=${live(this.query)}
        @input=${this.#onInput}
      />
    </div>`;
  }

  #check(key: 'openNow' | 'open247' | 'free', label: string): TemplateResult {
    return html`<label class="check">
      <input type="checkbox" .checked=${live(this.filters[key])} @change=${(e: Event) => this.#setFilter(key, (e.target as HTMLInputElement).checked)} />
      <span>${label}</span>
    </label>`;
  }

  #select(
    id: string,
    label: string,
    any: string,
    value: string,
    options: readonly (readonly [string, string])[],
    onChange: (v: string) => void,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${any}</option>
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>
    </div>`;
  }

  #listForm(p: Prepared): TemplateResult {
    const t = (k: string) => this.#i18n.t(k);
    const f = this.filters;
    return html`<form part="form" autocomplete="off" @submit=${prevent}>
      ${this.#searchField(t)}
      <fieldset class="filters">
        <legend>${t('filters')}</legend>
        ${this.#select('f-audience', t('audience'), t('anyAudience'), f.audience, AUDIENCES.map((a) => [a, t(`audiences.${a}`)] as const), (v) =>
          this.#setFilter('audience', v as Audience | ''),
        )}
        ${this.#select('f-category', t('category'), t('anyCategory'), f.category, CATEGORIES.map((c) => [c, t(`categories.${c}`)] as const), (v) =>
          this.#setFilter('category', v as Category | ''),
        )}
        ${this.#select('f-locality', t('locality'), t('anyLocality'), f.locality, localityOptions(p, f.locality, this.#uiLang), (v) => this.#setFilter('locality', v))}
        ${this.#select('f-language', t('language'), t('anyLanguage'), f.language, p.languages.map((l) => [l, languageName(l, this.#uiLang)] as const), (v) =>
          this.#setFilter('language', v),
        )}
        <div class="checks">${this.#check('openNow', t('openNow'))} ${this.#check('open247', t('open247'))} ${this.#check('free', t('free'))}</div>
      </fieldset>
      <button type="button" class="clear" @click=${this.#clearAll}>${t('clear')}</button>
    </form>`;
  }

  /**
   * One group of kiosk tiles, folded to a single row ("Who needs help? · Anyone") until tapped, so
   * that the first screen shows services, not forty tiles. Choosing a tile folds it again.
   */
  #tiles<T extends string>(
    id: string,
    heading: string,
    anyLabel: string,
    values: readonly (readonly [T, string])[],
    current: string,
    pick: (v: T | '') => void,
    cls = 'tiles',
  ): TemplateResult {
    const open = this.openGroup === id;
    const chosen = values.find(([v]) => v === current)?.[1];
    return html`<section class="choose" aria-labelledby=${id}>
      <h3 id=${id}>
        <button
          type="button"
          class="tile group"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${id}-tiles`}
          @click=${() => (this.openGroup = open ? '' : id)}
        >
          <span class="group-name">${heading}</span>
          <span class="group-choice ${chosen ? 'chosen' : ''}">${chosen ?? anyLabel}</span>
        </button>
      </h3>
      ${open
        ? html`<div class=${cls} id=${`${id}-tiles`}>
            ${values.map(
              ([v, label]) =>
                html`<button
                  type="button"
                  class="tile"
                  aria-pressed=${current === v ? 'true' : 'false'}
                  @click=${() => {
                    this.openGroup = '';
                    pick(current === v ? '' : v);
                  }}
                >
                  ${label}
                </button>`,
            )}
          </div>`
        : nothing}
    </section>`;
  }

  #kioskForm(p: Prepared): TemplateResult {
    const t = (k: string) => this.#i18n.t(k);
    const f = this.filters;
    const toggle = (key: 'openNow' | 'open247' | 'free', label: string) =>
      html`<button type="button" class="tile toggle" aria-pressed=${f[key] ? 'true' : 'false'} @click=${() => this.#setFilter(key, !f[key])}>
        ${label}
      </button>`;
    return html`<form part="form" autocomplete="off" @submit=${prevent}>
      ${this.#tiles('k-who', t('kiosk.who'), t('anyAudience'), AUDIENCES.map((a) => [a, t(`audiences.${a}`)] as const), f.audience, (v) => this.#setFilter('audience', v))}
      ${this.#tiles('k-what', t('kiosk.what'), t('anyCategory'), CATEGORIES.map((c) => [c, t(`categories.${c}`)] as const), f.category, (v) =>
        this.#setFilter('category', v),
      )}
      ${this.#tiles('k-where', t('kiosk.where'), t('anyLocality'), localityOptions(p, f.locality, this.#uiLang), f.locality, (v) => this.#setFilter('locality', v), 'tiles places')}
      <div class="toggles" role="group" aria-label=${t('filters')}>
        ${toggle('openNow', t('openNow'))} ${toggle('open247', t('open247'))} ${toggle('free', t('free'))}
      </div>
      <section class="choose" aria-labelledby="k-search">
        <h3 id="k-search">${t('kiosk.search')}</h3>
        <div class="search-row">
          ${this.#searchField(t)}
          <button
            type="button"
            class="tile kb-toggle"
            aria-expanded=${this.keyboardOpen ? 'true' : 'false'}
            @click=${() => (this.keyboardOpen = !this.keyboardOpen)}
          >
            ${this.keyboardOpen ? t('kiosk.hideKeyboard') : t('kiosk.keyboard')}
          </button>
        </div>
        ${this.keyboardOpen && this.#keyboard
          ? this.#keyboard.renderKeyboard(
              { label: t('kiosk.keyboardLabel'), space: t('kiosk.space'), backspace: t('kiosk.backspace'), clear: t('kiosk.clearText') },
              (a) => this.#onKey(a),
              this.#uiLang,
            )
          : nothing}
      </section>
      <button type="button" class="tile clear" @click=${this.#clearAll}>${t('clear')}</button>
    </form>`;
  }

  #notice(dir: Directory): TemplateResult | typeof nothing {
    // A feed past its expiresAt is never presented as current (DESIGN.md, freshness rules).
    const expired = isExpired(dir) ? html`<p class="notice" part="notice">${this.#i18n.t('expired')}</p>` : nothing;
    if (dir.status === 'sample') return html`${expired}<p class="notice" part="notice">${this.#i18n.t('sample')}</p>`;
    if (expired !== nothing) return expired;
    const providerFailed = this.providerDirectory?.status === 'error' && this.providerDirectory.source === 'built-in';
    if (dir === NATIONAL_DIRECTORY && ((this.src && this.#own.value.status === 'error') || providerFailed)) {
      return html`<p class="notice" part="notice">${this.#i18n.t('builtIn')}</p>`;
    }
    return nothing;
  }

  #empty(): TemplateResult {
    const t = (k: string) => this.#i18n.t(k);
    return html`<div class="empty" part="empty">
      <p class="empty-title">${t('noResults')}</p>
      <p>${t('noResultsHint')}</p>
      <button type="button" class="clear" @click=${this.#clearAll}>${t('clear')}</button>
      <p class="helpline">
        ${t(this.isNeutral ? 'neutralHelplineLead' : 'helplineLead')}
        <a class="helpline-number" href=${NATIONAL_HELPLINE.href}>${NATIONAL_HELPLINE.display}</a>
      </p>
    </div>`;
  }

  override render() {
    const t = (k: string, o?: Record<string, unknown>) => this.#i18n.t(k, o);
    const [dir, p] = this.#shown ?? [undefined, nothingPrepared()];
    const kiosk = this.layout === 'kiosk';
    const total = this.#results.length;
    const shown = this.#results.slice(0, this.limit);
    const drawn = shown.length > this.#drawn ? shown.slice(0, this.#drawn) : shown;
    const at = now();
    // Results re-render when their service, the language, the settings or the minute change.
    const minute = Math.floor(at.getTime() / 60_000);
    const ctx = {
      t,
      lang: this.#uiLang,
      now: at,
      timeZone: this.#timeZone,
      mapProvider: this.#maps,
      kiosk,
      reportTo: this.reportChanges && !kiosk ? dir?.publisher.email : undefined,
    };
    // The notice, count and results stand together under the form, and are built anew (`keyed`)
    // when another directory arrives (the provider's feed replacing the built-in lines): new nodes
    // appear where the old ones were, so nothing above them moves (no layout shift) when a
    // "sample data" or "may be out of date" notice comes with the feed.
    return html`<div part="base" class=${kiosk ? 'kiosk' : 'list'} lang=${this.#uiLang}>
      <h2 class="title">${t(this.isNeutral ? 'neutralTitle' : 'title')}</h2>
      ${kiosk ? this.#kioskForm(p) : this.#listForm(p)}
      <p class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${dir
        ? keyed(
            dir,
            html`${this.#notice(dir)}
              <p class="count" part="count">${t('results', { count: total })}${total > shown.length ? html` · ${t('showing', { shown: shown.length, count: total })}` : nothing}</p>
              ${total === 0
                ? this.#empty()
                : html`<ul id="results" class="results" part="results">
                      ${repeat(
                        drawn,
                        (s) => s.id,
                        (s) => guard([s, ctx.lang, kiosk, ctx.mapProvider, ctx.timeZone, minute, this.#stringsVersion, ctx.reportTo], () => renderResult(s, ctx)),
                      )}
                    </ul>
                    ${total > shown.length
                      ? html`<button type="button" class="more" part="more" @click=${this.#showMore}>${t('showMore')}</button>`
                      : nothing}`}`,
          )
        : nothing}
    </div>`;
  }
}

function emptyFilters(): Filters {
  return { audience: '', category: '', locality: '', language: '', openNow: false, open247: false, free: false };
}

/** Places to choose from, each under its name in the UI language; a preset place not in the directory first. */
function localityOptions(p: Prepared, current: string, lang: string): (readonly [string, string])[] {
  const chosen = current ? p.places.key(current) : undefined;
  // The chosen place keeps the value it was chosen by ("Kolozsvár" preset, "Cluj-Napoca" in the feed).
  const list = p.localities.map((l) => [p.places.key(l) === chosen ? current : l, p.places.label(l, lang)] as const);
  return !chosen || list.some(([v]) => v === current) ? list : [[current, p.places.label(current, lang)] as const, ...list];
}

function prevent(e: Event): void {
  e.preventDefault();
}

declare global {
  interface GlobalEventHandlersEventMap {
    'reper-search': CustomEvent<ReperSearchDetail>;
  }
}
