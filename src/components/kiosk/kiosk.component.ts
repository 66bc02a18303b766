import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { provide } from '@lit/context';
import { property, state } from '../../internal/decorators.js';
import { ReperElement } from '../../internal/reper-element.js';
import { I18nController } from '../../internal/i18n.js';
import { LangController } from '../../internal/lang-controller.js';
import { type ExitHandler, type ReperSettings, exitHandlerContext, settingsContext } from '../../internal/context.js';
import type { Lang } from '../../internal/lang.js';
import { VERSION } from '../../internal/version.js';
import { keepNumbersTogether } from '../../internal/numbers.js';
import { DEFAULT_TIME_ZONE } from '../../internal/defaults.js';
import { now, nowMs } from '../../internal/clock.js';
import { directoryContext, type DirectoryState } from '../../directory/context.js';
import type { Directory } from '../../directory/schema.js';
import { localized } from '../../directory/localized.js';
import { isOpenAt } from '../../directory/hours.js';
import { NATIONAL_DIRECTORY } from '../../data/national.js';
import locales from '../../locales/kiosk.js';
// The child elements come from their package entries, so that each stays one file in cdn/ (a
// shared chunk beside cdn/hotline.js and cdn/exit.js would cost them their size budgets).
import { ReperHotlineElement } from '../../hotline.js';
import { ReperExitElement } from '../../exit.js';
import { ReperQrElement } from '../../qr.js';
import { ReperFinderElement, type ReperSearchDetail } from '../../finder.js';
import { type ConfigProblem, type KioskConfig, type Slide, configProblem, parseKioskConfig } from './config.js';
import { LANGS } from '../../internal/lang.js';
import { FeedSync, type SyncOutcome } from './feed-sync.js';
import { type Counters, KioskCounters } from './counters.js';
import { KioskServiceWorker, type OfflineProblem, offlineProblems } from './offline.js';
import { Heartbeat, Watchdog, WakeLock, heapBytes, msUntilHour } from './runtime.js';
import { TaskController } from './tasks.js';
import { kioskStyles } from './kiosk.styles.js';

export type KioskView = 'loading' | 'attract' | 'finder' | 'pathway' | 'resources' | 'config-error';

export interface KioskResetDetail {
  /** `idle` (nobody touched it for `idleSeconds`), `exit` (quick exit) or `api` (`reset()` called). */
  reason: 'idle' | 'exit' | 'api';
}

/** A screen of the kiosk reached from the navigation: one entry here adds it everywhere. */
interface ViewDef {
  id: KioskView;
  /** Locale key of its navigation button. */
  nav: string;
  /** Whether this kiosk offers it (default: always). */
  offered?: (cfg: KioskConfig) => boolean;
  render: () => TemplateResult;
}

const LANG_NAMES: Record<Lang, string> = { ro: 'Română', hu: 'Magyar', en: 'English', uk: 'Українська' };
const SLIDE_MS = 8000;
const WARN_SECONDS = 10;
const CONFIG_CACHE = 'reper-kiosk-config/1';

/**
 * A full-screen lobby kiosk: the helpline large, a touch finder, "what happens when you ask for
 * help" (the police-intervention pathway), QR codes to take help resources away, a quick exit that returns to the start, and an idle reset that forgets the last person.
 * It keeps its directory in sync (ETag revalidation, signature check, last good copy in Cache
 * Storage), works offline after one online visit (service worker), keeps the screen on, reloads
 * nightly and when stuck, dims outside its opening hours, and can report its health to a
 * heartbeat URL.
 *
 * @tag reper-kiosk
 * @summary Full-screen lobby kiosk shell.
 *
 * @slot - Fallback content shown until the kiosk starts (put the helpline here).
 *
 * @event reper-kiosk-reset - After every reset to the attract screen. `detail.reason`: `idle`, `exit` or `api`.
 * @event reper-sync - After every directory sync attempt; `detail` is a `SyncOutcome` (status, errorKind, reason, etag, at, fetchedAt, offline, expired, generatedAt).
 *
 * @csspart base - The full-screen frame.
 * @csspart topbar - The bar with navigation, languages and the quick exit.
 * @csspart attract - The attract screen.
 * @csspart footer - The freshness line.
 *
 * @cssproperty --reper-kiosk-background - Page background.
 * @cssproperty --reper-kiosk-font-size - Base font size (default scales with the screen).
 */
export class ReperKioskElement extends ReperElement {
  static override styles = kioskStyles;

  /** The elements the kiosk renders; `kiosk.ts` defines them with it. */
  static readonly dependencies: Readonly<Record<string, CustomElementConstructor>> = {
    'reper-hotline': ReperHotlineElement,
    'reper-exit': ReperExitElement,
    'reper-qr': ReperQrElement,
    'reper-finder': ReperFinderElement,
  };

  /** URL of the kiosk config JSON; relative URLs inside it resolve against it. */
  @property() config = 'config.json';

  /** URL of the kiosk service worker (built into `kiosk/sw.js`); empty disables offline start. */
  @property({ attribute: 'service-worker' }) serviceWorker = '';

  @state() protected view: KioskView = 'loading';
  @state() protected kioskLang: Lang = 'ro';
  @state() protected slide = 0;
  @state() protected statusOpen = false;
  @state() protected idleLeft?: number;
  @state() protected problems: ConfigProblem[] = [];
  /** The language of the config error screen: the config's defaultLanguage when it can be read. */
  @state() protected operatorLang?: Lang;
  @state() protected lastSync?: SyncOutcome;
  /** Outside the configured opening hours, nobody touching: the calm helpline screen. */
  @state() protected dimmed = false;
  @state() protected offline: OfflineProblem[] = [];

  protected readonly i18n = new I18nController(this, 'kiosk', locales);

  @provide({ context: settingsContext })
  protected provided: ReperSettings = { lang: 'ro', neutral: false, mapProvider: 'none', timeZone: DEFAULT_TIME_ZONE, kiosk: true };

  @provide({ context: directoryContext })
  protected directoryState: DirectoryState = { directory: NATIONAL_DIRECTORY, source: 'built-in', status: 'idle' };

  /** Quick exit inside the kiosk: back to the attract screen, nothing kept. */
  @provide({ context: exitHandlerContext })
  protected exitHandler: ExitHandler = () => {
    this.reset('exit');
    return true;
  };

  /** Every timer, listener and duty of the running start; all stop when the kiosk disconnects. */
  private readonly tasks = new TaskController(this);
  /** Bumped by each start and each disconnect: an older start that resumes after an await gives up. */
  private run = 0;
  private cfg?: KioskConfig;
  private sync?: FeedSync;
  private worker?: KioskServiceWorker;
  private wakeLock = new WakeLock();
  private lastActivity = nowMs();
  /** Touched since the screen last dimmed (or since start). */
  private touched = false;
  private reloadDue = false;
  private statusTaps: number[] = [];
  private errors: { at: number; kind: string; reason: string }[] = [];
  /** With config `counters`: the monthly usage aggregates; otherwise nothing is counted. */
  private usage?: KioskCounters;
  private startedAt = nowMs();

  private readonly views: readonly ViewDef[] = [
    { id: 'attract', nav: 'home', render: () => this.renderAttract() },
    { id: 'finder', nav: 'find', render: () => this.renderFinder() },
    { id: 'pathway', nav: 'pathway', render: () => this.renderPathway() },
    { id: 'resources', nav: 'resources', offered: (cfg) => cfg.resources.length > 0, render: () => this.renderResources() },
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.run++; // abandons a start still awaiting; the task controller stops the rest
  }

  /** Back to the attract screen in the default language; the finder and everything typed are discarded. */
  reset(reason: KioskResetDetail['reason'] = 'api'): void {
    this.shadowRoot?.querySelector<ReperFinderElement>('reper-finder')?.reset();
    this.view = this.cfg ? 'attract' : this.view;
    this.kioskLang = this.cfg?.defaultLanguage ?? 'ro';
    this.slide = 0;
    this.statusOpen = false;
    this.idleLeft = undefined;
    this.usage?.endSession();
    this.lastActivity = nowMs();
    (this.shadowRoot?.activeElement as HTMLElement | null)?.blur?.();
    this.shadowRoot?.querySelectorAll('.scroll').forEach((el) => (el.scrollTop = 0));
    this.emit('reper-kiosk-reset', { reason });
    // Updates and the nightly reload happen here, between two people, never under someone's hand.
    if (this.reloadDue) location.reload();
    else this.worker?.activateUpdate();
  }

  /**
   * The opt-in monthly usage aggregates (config `counters`), `{ "YYYY-MM": { sessions, finderOpens,
   * categories, languages, qrViews, pathwayViews } }`, with the real counts; `{}` when counters are off.
   */
  counters(): Counters {
    return this.usage?.snapshot() ?? {};
  }

  /** Runs one sync now (the timer runs them every `refreshMinutes`). */
  async syncNow(): Promise<SyncOutcome | undefined> {
    if (!this.sync) return undefined;
    const sync = this.sync;
    const outcome = await sync.sync();
    if (sync === this.sync) this.recordSync(outcome);
    return outcome;
  }

  // ——— start-up ———

  /**
   * Loads the config and starts every duty. Idempotent: a second start stops what the first one
   * started, and a start that is overtaken (a newer start, or the element left the page) stops at
   * its next await without touching the element.
   */
  private async start(): Promise<void> {
    const run = ++this.run;
    const current = () => run === this.run && this.isConnected;
    this.tasks.stopAll();
    this.sync = undefined;
    this.worker = undefined;
    const url = new URL(this.config, document.baseURI).href;
    const loaded = await this.loadConfig(url);
    if (!current()) return;
    if (!loaded.ok) {
      this.problems = loaded.problems;
      this.view = 'config-error';
      return;
    }
    const cfg = (this.cfg = loaded.config);
    this.startedAt = this.lastActivity = nowMs();
    this.touched = false;
    this.errors = [];
    this.kioskLang = cfg.defaultLanguage;
    this.usage = cfg.counters ? new KioskCounters({ timeZone: cfg.timeZone }) : undefined;
    void this.usage?.load();
    this.provided = { lang: cfg.defaultLanguage, neutral: cfg.neutral || this.neutral, mapProvider: 'none', timeZone: cfg.timeZone, kiosk: true };
    if (cfg.theme) this.applyTheme(cfg.theme);
    this.view = 'attract';
    this.listen();
    this.tasks.every(SLIDE_MS, () => {
      if (this.view === 'attract' && !this.dimmed) this.slide = (this.slide + 1) % Math.max(1, this.slides.length);
    });
    this.tasks.every(1000, () => this.checkIdle());
    this.checkIdle();
    this.wakeLock = this.tasks.run(new WakeLock());
    this.tasks.run(
      new Watchdog(
        () => !!this.shadowRoot?.querySelector('reper-hotline, reper-finder, .resources, .config-error'),
        () => location.reload(),
      ),
    );
    if (cfg.reloadHour !== undefined) this.scheduleReload(cfg.reloadHour, cfg.timeZone);
    if (cfg.heartbeatUrl) this.tasks.run(new Heartbeat(cfg.heartbeatUrl, () => this.health()));
    this.registerServiceWorker(cfg);
    if (cfg.feedUrl) {
      const sync = (this.sync = new FeedSync(
        cfg.feedUrl,
        cfg.publicKeys,
        (directory, outcome) => {
          if (current()) this.swap(directory, outcome);
        },
        cfg.feedId,
      ));
      this.directoryState = { ...this.directoryState, url: cfg.feedUrl, status: 'loading' };
      const restored = await sync.restore();
      if (!current()) return;
      if (restored) this.recordSync(restored);
      await this.syncNow();
      if (!current()) return;
      this.scheduleSync(cfg.refreshMinutes);
    }
  }

  /** The kiosk's own listeners, removed when it disconnects or starts again. */
  private listen(): void {
    const opts = { capture: true };
    for (const type of ['pointerdown', 'keydown', 'wheel', 'input']) this.tasks.listen(this, type, this.onActivity, opts);
    this.tasks.listen(this, 'touchstart', this.onActivity, { ...opts, passive: true });
    this.tasks.listen(this, 'click', this.onClick, opts);
    this.tasks.listen(this, 'contextmenu', (e) => e.preventDefault(), opts);
    this.tasks.listen(document, 'keydown', this.onOperatorKey);
    // The finder's search event carries the filters, never the query text: only the kind of help is counted.
    this.tasks.listen(this, 'reper-search', (e) => this.usage?.countCategory((e as CustomEvent<ReperSearchDetail>).detail?.category));
  }

  /** Network first (a changed config applies at the next start), then the last good copy. */
  private async loadConfig(url: string): Promise<{ ok: true; config: KioskConfig } | { ok: false; problems: ConfigProblem[] }> {
    let text: string | undefined;
    try {
      const r = await fetch(url, { cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      text = await r.text();
      const checked = this.checkConfig(text, url);
      if (checked.ok && typeof caches !== 'undefined') {
        await caches
          .open(CONFIG_CACHE)
          .then((c) => c.put(url, new Response(text)))
          .catch(() => undefined);
      }
      return checked;
    } catch (error) {
      const stored = typeof caches !== 'undefined' ? await caches.match(url, { cacheName: CONFIG_CACHE }).catch(() => undefined) : undefined;
      if (stored) return this.checkConfig(await stored.text(), url);
      return { ok: false, problems: [configProblem('', 'cannotLoad', { url, detail: (error as Error).message })] };
    }
  }

  private checkConfig(text: string, url: string) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false as const, problems: [configProblem('', 'notJson', { detail: (error as Error).message })] };
    }
    const wanted = (json as { defaultLanguage?: unknown } | null)?.defaultLanguage;
    this.operatorLang = LANGS.find((l) => l === wanted);
    return parseKioskConfig(json, url);
  }

  private applyTheme(href: string): void {
    if (document.querySelector(`link[data-reper-kiosk-theme]`)) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.reperKioskTheme = '';
    document.head.append(link);
  }

  /** Offline start, or the honest reason why not (status panel and heartbeat). */
  private registerServiceWorker(cfg: KioskConfig): void {
    if (!this.serviceWorker) {
      this.offline = [];
      return;
    }
    this.offline = offlineProblems();
    if (this.offline.some((p) => p.kind === 'no-service-worker' || p.kind === 'insecure')) return;
    this.worker = this.tasks.run(
      new KioskServiceWorker(this.serviceWorker, Math.max(cfg.refreshMinutes, 5) * 60_000, {
        onWaiting: () => {
          if (this.view === 'attract' && nowMs() - this.lastActivity > 5000) this.reset('api');
        },
        onError: (problem) => {
          this.offline = [...this.offline, problem];
        },
      }),
    );
  }

  private scheduleSync(minutes: number): void {
    this.tasks.after(minutes * 60_000, async () => {
      await this.syncNow();
      if (this.isConnected) this.scheduleSync(minutes);
    });
  }

  private scheduleReload(hour: number, timeZone: string): void {
    this.tasks.after(msUntilHour(now(), hour, timeZone), () => {
      this.reloadDue = true;
      if (this.view === 'attract') location.reload();
    });
  }

  private swap(directory: Directory, outcome: SyncOutcome): void {
    this.directoryState = { directory, source: 'feed', status: 'ready', url: this.cfg?.feedUrl, fetchedAt: outcome.fetchedAt, expired: outcome.expired };
  }

  private recordSync(outcome: SyncOutcome): void {
    this.lastSync = outcome;
    // A feed can expire while it is shown: every attempt says whether it has.
    if (this.directoryState.source === 'feed' && this.directoryState.expired !== outcome.expired) {
      this.directoryState = { ...this.directoryState, expired: outcome.expired };
    }
    if (outcome.status === 'error') {
      this.errors = [...this.errors, { at: outcome.at, kind: outcome.errorKind ?? 'error', reason: outcome.reason ?? '' }].slice(-20);
      if (this.directoryState.status === 'loading') this.directoryState = { ...this.directoryState, status: 'error' };
    }
    this.emit('reper-sync', outcome);
  }

  private health() {
    const lang = this.cfg?.defaultLanguage ?? 'ro';
    return {
      version: VERSION,
      lastSync: this.lastSync && { status: this.lastSync.status, at: this.lastSync.at, errorKind: this.lastSync.errorKind },
      etag: this.sync?.etag,
      uptimeSeconds: Math.round((nowMs() - this.startedAt) / 1000),
      heapBytes: heapBytes(),
      offline: {
        ready: this.offlineReady,
        problems: this.offline.map((p) => ({ kind: p.kind, message: this.offlineMessage(p, lang) })),
      },
      // Only with config `counters`: monthly totals, counts under 5 as "<5".
      ...(this.usage ? { counters: this.usage.suppressed() } : {}),
    };
  }

  private get offlineReady(): boolean {
    return !!this.serviceWorker && this.offline.length === 0 && !!navigator.serviceWorker?.controller;
  }

  private offlineMessage(p: OfflineProblem, lang: Lang): string {
    return this.i18n.tIn(lang, `status.offlineProblem.${p.kind}`, { detail: p.detail ?? '', origin: location.origin });
  }

  // ——— interaction ———

  private readonly onActivity = () => {
    this.lastActivity = nowMs();
    this.touched = true;
    if (this.idleLeft !== undefined) this.idleLeft = undefined;
    if (this.dimmed) this.dimmed = false;
  };

  private checkIdle(): void {
    const cfg = this.cfg;
    if (!cfg) return;
    const idle = (nowMs() - this.lastActivity) / 1000;
    const dirty = this.view !== 'attract' || this.kioskLang !== cfg.defaultLanguage || this.statusOpen;
    if (!dirty) {
      // Outside its opening hours an untouched kiosk dims to the helpline; a touch wakes it.
      const closed = cfg.schedule !== undefined && isOpenAt({ weekly: cfg.schedule }, now(), cfg.timeZone) === false;
      const dim = closed && (!this.touched || idle >= cfg.idleSeconds);
      if (dim) this.touched = false;
      if (dim !== this.dimmed) this.dimmed = dim;
      return;
    }
    const left = Math.ceil(cfg.idleSeconds - idle);
    if (left <= 0) this.reset('idle');
    else if (left <= WARN_SECONDS && cfg.idleSeconds >= 2 * WARN_SECONDS) this.idleLeft = left;
  }

  /** Links never leave the kiosk: a tap on a phone, e-mail, map or web link does nothing but keep it on screen. */
  private readonly onClick = (e: Event) => {
    const anchor = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (anchor) {
      const href = anchor.href;
      if (!href.startsWith(location.origin + '/') || anchor.target === '_blank') e.preventDefault();
    }
  };

  private readonly onOperatorKey = (e: KeyboardEvent) => {
    if (e.ctrlKey && e.altKey && (e.key === 's' || e.key === 'S')) {
      this.statusOpen = !this.statusOpen;
      e.preventDefault();
    }
  };

  /** Five taps on the institution corner within three seconds open the operator status panel. */
  private onCornerTap(e: Event): void {
    e.stopPropagation();
    const at = nowMs();
    this.statusTaps = [...this.statusTaps.filter((t) => at - t < 3000), at];
    if (this.statusTaps.length >= 5) {
      this.statusTaps = [];
      this.statusOpen = true;
    }
  }

  /** Kiosk strings follow the kiosk's own language state, not the page's. */
  private k(key: string, options: Record<string, unknown> = {}): string {
    return this.i18n.tIn(this.kioskLang, key, options);
  }

  private go(view: KioskView): void {
    // Leaving the attract screen starts a session; each view opened is counted by its kind only.
    if (view !== this.view && view !== 'attract') {
      this.usage?.startSession();
      this.usage?.countView(view);
    }
    this.view = view;
  }

  private setLang(lang: Lang): void {
    if (lang !== this.kioskLang) this.usage?.countLanguage(lang);
    this.kioskLang = lang;
  }

  /** Saves `kiosk-counters.json` (counts under 5 as "<5") for `reper report --counters`. */
  private exportCounters(): void {
    if (!this.usage) return;
    const name = this.cfg?.institution ? localized(this.cfg.institution.name, this.cfg.defaultLanguage) : '';
    const blob = new Blob([`${JSON.stringify(this.usage.exportFile(name), null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    // A detached link: the kiosk's own click guard (links never leave the kiosk) does not see it.
    const a = document.createElement('a');
    a.href = url;
    a.download = 'kiosk-counters.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kioskLang' as keyof ReperKioskElement) || changed.has('neutral')) {
      const cfg = this.cfg;
      this.provided = {
        lang: this.kioskLang,
        neutral: (cfg?.neutral ?? false) || this.neutral,
        mapProvider: 'none',
        timeZone: cfg?.timeZone ?? DEFAULT_TIME_ZONE,
        kiosk: true,
      };
    }
  }

  override updated(changed: PropertyValues<this>): void {
    // The language lives on the shadow frame; tell every element inside to re-resolve.
    if (changed.has('kioskLang' as keyof ReperKioskElement) || changed.has('view' as keyof ReperKioskElement)) LangController.refreshAll();
  }

  // ——— rendering ———

  private get slides(): Slide[] {
    const slides = this.cfg?.slides ?? ['touch'];
    return slides.filter((s) => s !== 'resources' || (this.cfg?.resources.length ?? 0) > 0);
  }

  private get isNeutralKiosk(): boolean {
    return this.isNeutral || (this.cfg?.neutral ?? false);
  }

  private renderSlide(slide: Slide | undefined) {
    const cfg = this.cfg!;
    if (slide === undefined || slide === 'touch') {
      const key = this.isNeutralKiosk ? 'touchNeutral' : 'touch';
      return html`<div class="slide touch">
        ${cfg.languages.map((l) => html`<p class="touch-line" lang=${l}>${this.i18n.tIn(l, key)}</p>`)}
      </div>`;
    }
    if (slide === 'resources') {
      const r = cfg.resources[this.slide % cfg.resources.length];
      return html`<div class="slide resource">
        <reper-qr value=${r.url} label=${localized(r.label, this.kioskLang)}></reper-qr>
        <p>${this.k('resourcesHint')}</p>
      </div>`;
    }
    if (slide === 'children') {
      return html`<div class="slide children">
        <p class="slide-title">${this.k('childrenTitle')}</p>
        <reper-hotline variant="card" audience="children"></reper-hotline>
      </div>`;
    }
    return html`<div class="slide message">
      <p class="slide-title">${keepNumbersTogether(localized(slide.title, this.kioskLang))}</p>
      ${slide.text ? html`<p>${keepNumbersTogether(localized(slide.text, this.kioskLang))}</p>` : nothing}
    </div>`;
  }

  private renderTopbar() {
    const cfg = this.cfg!;
    return html`<header part="topbar" class="topbar">
      <div class="row">
        <button type="button" class="corner" tabindex="-1" aria-hidden="true" @click=${this.onCornerTap}>
          ${cfg.institution?.logoUrl ? html`<img src=${cfg.institution.logoUrl} alt="" />` : nothing}
          <span>${cfg.institution ? localized(cfg.institution.name, this.kioskLang) : ''}</span>
        </button>
        <reper-exit class="exit" shortcut="none" href="about:blank"></reper-exit>
      </div>
      <div class="row">
        <nav aria-label=${this.k('navigation')}>
          ${this.offeredViews.map(
            (v) =>
              html`<button type="button" class="nav" data-view=${v.id} aria-current=${this.view === v.id ? 'page' : 'false'} @click=${() => this.go(v.id)}>
                ${this.k(v.nav)}
              </button>`,
          )}
        </nav>
        ${cfg.languages.length > 1
          ? html`<div class="langs" role="group" aria-label=${this.k('language')}>
              ${cfg.languages.map(
                (l) =>
                  html`<button type="button" class="lang" lang=${l} aria-pressed=${l === this.kioskLang ? 'true' : 'false'} @click=${(e: Event) => {
                    e.stopPropagation();
                    this.setLang(l);
                  }}>${LANG_NAMES[l]}</button>`,
              )}
            </div>`
          : nothing}
      </div>
    </header>`;
  }

  private get offeredViews(): ViewDef[] {
    const cfg = this.cfg!;
    return this.views.filter((v) => v.offered?.(cfg) ?? true);
  }

  private renderAttract() {
    const slides = this.slides;
    const notice = this.cfg?.notice;
    return html`<div part="attract" class="attract" @click=${() => this.go('finder')}>
      <div class="drift">
        <reper-hotline variant="banner"></reper-hotline>
        ${notice ? html`<p class="notice" role="note">${keepNumbersTogether(localized(notice, this.kioskLang))}</p>` : nothing}
        ${this.renderSlide(slides[this.slide % Math.max(1, slides.length)])}
        <div class="privacy">
          <p>${this.k('privacy')}</p>
          ${this.usage
            ? html`<div class="counting" role="note">
                ${this.cfg!.languages.map((l) => html`<p lang=${l}>${this.i18n.tIn(l, 'counting')}</p>`)}
              </div>`
            : nothing}
        </div>
      </div>
    </div>`;
  }

  private renderFinder() {
    return html`<div class="scroll finder-view">
      <reper-hotline variant="compact"></reper-hotline>
      <reper-finder layout="kiosk"></reper-finder>
    </div>`;
  }

  /**
   * What happens when you ask for help; a new element each visit, so nothing opened stays for the
   * next person. `<reper-pathway>` is loaded when the view first opens (its own cdn/pathway.js,
   * precached by the service worker), so that bundle stays whole for websites.
   */
  private renderPathway() {
    void import('../../pathway.js').catch(() => undefined);
    return html`<div class="scroll pathway-view">
      <reper-pathway></reper-pathway>
    </div>`;
  }

  private renderResources() {
    return html`<div class="scroll resources">
      <h1>${this.k('resourcesTitle')}</h1>
      <p>${this.k('resourcesHint')}</p>
      <div class="cards">
        ${this.cfg!.resources.map((r) => html`<reper-qr value=${r.url} label=${localized(r.label, this.kioskLang)} size="360"></reper-qr>`)}
      </div>
    </div>`;
  }

  private renderFooter() {
    const cfg = this.cfg!;
    const state = this.directoryState;
    const fmt = (ms: number) =>
      new Intl.DateTimeFormat(this.kioskLang, { dateStyle: 'long', timeStyle: 'short', timeZone: cfg.timeZone }).format(ms);
    const offline = this.lastSync?.offline ?? false;
    return html`<footer part="footer" class="footer">
      ${state.source === 'feed'
        ? html`<span class="updated">${this.k('updatedOn', { date: fmt(Date.parse(state.directory.generatedAt)) })}</span>`
        : html`<span class="updated">${this.k('builtIn')}</span>`}
      ${state.source === 'feed' && state.expired ? html`<span class="expired" role="status">${this.k('expired')}</span>` : nothing}
      ${offline ? html`<span class="offline" role="status">${this.k('offline')}</span>` : nothing}
      ${state.directory.status === 'sample' ? html`<span class="sample">${this.k('sample')}</span>` : nothing}
    </footer>`;
  }

  /** A sync outcome in the operator's words: "updated", "unchanged (304)", "error (network): …". */
  private outcomeText(o: { status: string; errorKind?: string; reason?: string }): string {
    const t = (key: string, fallback: string) => this.i18n.tIn(this.kioskLang, key, { defaultValue: fallback });
    const kind = o.errorKind ? ` (${t(`status.kind.${o.errorKind}`, o.errorKind)})` : '';
    return `${t(`status.outcomes.${o.status}`, o.status)}${kind}${o.reason ? `: ${o.reason}` : ''}`;
  }

  private renderStatus() {
    const s = (key: string) => this.k(`status.${key}`);
    const last = this.lastSync;
    const uptime = Math.round((nowMs() - this.startedAt) / 1000);
    const heap = heapBytes();
    const time = (ms: number) =>
      new Intl.DateTimeFormat(this.kioskLang, { dateStyle: 'short', timeStyle: 'medium', timeZone: this.cfg?.timeZone }).format(ms);
    return html`<div class="status" role="dialog" aria-modal="true" aria-labelledby="status-title" lang=${this.kioskLang}>
      <div class="status-head">
        <button type="button" class="close" @click=${() => (this.statusOpen = false)}>${s('close')}</button>
        <h2 id="status-title">${s('title')}</h2>
      </div>
      <dl>
        <dt>${s('version')}</dt>
        <dd>${VERSION}</dd>
        <dt>${s('feed')}</dt>
        <dd>${this.cfg?.feedUrl ?? '—'}</dd>
        <dt>${s('lastSync')}</dt>
        <dd>${last ? time(last.at) : '—'}</dd>
        <dt>${s('outcome')}</dt>
        <dd class="outcome">${last ? this.outcomeText(last) : '—'}</dd>
        <dt>${s('etag')}</dt>
        <dd>${this.sync?.etag ?? '—'}</dd>
        <dt>${s('fetchedAt')}</dt>
        <dd>${this.directoryState.fetchedAt ? time(this.directoryState.fetchedAt) : '—'}</dd>
        <dt>${s('generatedAt')}</dt>
        <dd class="generated">${this.directoryState.source === 'feed' ? this.directoryState.directory.generatedAt : '—'}</dd>
        <dt>${s('expiresAt')}</dt>
        <dd class="expires">${this.directoryState.source === 'feed' && this.directoryState.directory.expiresAt
          ? `${this.directoryState.directory.expiresAt}${this.directoryState.expired ? ` (${s('expired')})` : ''}`
          : '—'}</dd>
        <dt>${s('errors')}</dt>
        <dd class="errors">
          ${this.errors.length
            ? html`<ul>
                ${this.errors.map((e) => html`<li>${time(e.at)} ${this.outcomeText({ status: 'error', errorKind: e.kind, reason: e.reason })}</li>`)}
              </ul>`
            : s('none')}
        </dd>
        <dt>${s('serviceWorker')}</dt>
        <dd class="offline-state">
          ${this.offlineReady ? s('yes') : !this.serviceWorker ? s('offlineOff') : s('no')}
          ${this.offline.length
            ? html`<ul>
                ${this.offline.map((p) => html`<li>${this.offlineMessage(p, this.kioskLang)}</li>`)}
              </ul>`
            : nothing}
        </dd>
        <dt>${s('uptime')}</dt>
        <dd>${Math.floor(uptime / 3600)} h ${Math.floor((uptime % 3600) / 60)} min</dd>
        <dt>${s('heap')}</dt>
        <dd>${heap ? `${(heap / 1048576).toFixed(1)} MB` : '—'}</dd>
        <dt>${s('wakeLock')}</dt>
        <dd>${this.wakeLock.held ? s('yes') : s('no')}</dd>
        <dt>${s('counters')}</dt>
        <dd class="counters">
          ${this.usage
            ? html`${s('countersOn')}
                <button type="button" class="export" @click=${() => this.exportCounters()}>${s('countersExport')}</button>`
            : s('countersOff')}
        </dd>
      </dl>
    </div>`;
  }

  /** Outside opening hours: the helpline alone on a dark, still screen; a touch wakes the kiosk. */
  private renderDimmed() {
    return html`<div part="base" class="frame dimmed" lang=${this.kioskLang} @pointerdown=${this.onActivity}>
      <main class="dim">
        <reper-hotline variant="banner"></reper-hotline>
        <p class="wake">${this.k('wake')}</p>
      </main>
    </div>`;
  }

  override render() {
    if (this.view === 'loading') {
      return html`<div part="base" class="frame loading" lang=${this.i18n.lang}><reper-hotline variant="banner"></reper-hotline></div>`;
    }
    if (this.view === 'config-error') {
      const lang = this.operatorLang ?? this.i18n.lang;
      const t = (key: string, values: Record<string, unknown> = {}) => this.i18n.tIn(lang, key, values);
      return html`<div part="base" class="frame config-error" lang=${lang}>
        <reper-hotline variant="banner" lang=${lang}></reper-hotline>
        <section class="operator" role="alert">
          <h1>${t('configErrorTitle')}</h1>
          <p>${t('configErrorText')}</p>
          <ul class="problems">
            ${this.problems.map(
              (p) =>
                html`<li>
                  <span class="path">${p.path || t('configWhole')}</span>
                  ${p.key ? t(`configProblem.${p.key}`, { ...p.values, defaultValue: p.reason }) : p.reason}
                </li>`,
            )}
          </ul>
        </section>
      </div>`;
    }
    if (this.dimmed) return this.renderDimmed();
    const view = this.views.find((v) => v.id === this.view) ?? this.views[0];
    return html`<div part="base" class="frame view-${view.id}" lang=${this.kioskLang}>
      ${this.renderTopbar()}
      <main class="main">${view.render()}</main>
      ${this.renderFooter()}
      ${this.idleLeft !== undefined
        ? html`<div class="idle-warning" role="status">${this.k('idleWarning', { count: this.idleLeft })}</div>`
        : nothing}
      ${this.statusOpen ? this.renderStatus() : nothing}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'reper-kiosk-reset': CustomEvent<KioskResetDetail>;
    'reper-sync': CustomEvent<SyncOutcome>;
  }
}

