/**
 * The kiosk's opt-in usage counters (config `counters`, default off) for the authority's annual
 * report: monthly totals only — sessions, finder opens, kinds of help chosen as filters, languages
 * chosen, QR pages opened, pathway views. Nothing else can be stored: every key is a month
 * (`YYYY-MM`, in the kiosk's time zone), a category of the feed's vocabulary or a language Reper
 * ships, and every value a count. No query text, no time of day, no per-session record.
 *
 * The totals live in the kiosk's own Cache Storage (they survive reloads and the idle reset: they
 * hold nothing of a person). Whatever leaves the kiosk — the exported `kiosk-counters.json`, the
 * heartbeat — shows counts from 1 to 4 as `"<5"`.
 */
import { CATEGORIES } from '../../directory/constants.js';
import type { Category } from '../../directory/schema.js';
import { wallTime } from '../../directory/hours.js';
import { LANGS, type Lang } from '../../internal/lang.js';

export const COUNTERS_SCHEMA = 'reper-kiosk-counters/1';
export const COUNTERS_CACHE = 'reper-kiosk-counters/1';
/** The one entry of the counters cache (a same-origin URL that is never fetched). */
const ENTRY = '/__reper-kiosk-counters__.json';
/** Months kept; older months are dropped (export at least once a year). */
export const KEEP_MONTHS = 24;
/** Counts under this leave the kiosk only as `"<5"`. */
export const SUPPRESS_BELOW = 5;

export interface MonthCounters {
  /** Times someone went from the attract screen to using the kiosk. */
  sessions: number;
  /** Times the finder was opened. */
  finderOpens: number;
  /** Kinds of help chosen as a filter (each counted once per session). */
  categories: Partial<Record<Category, number>>;
  /** Languages chosen on the language buttons (each counted once per session). */
  languages: Partial<Record<Lang, number>>;
  /** Times the QR-code page was opened. */
  qrViews: number;
  /** Times the pathway ("what happens when you ask for help") was opened. */
  pathwayViews: number;
}

/** `{ "YYYY-MM": MonthCounters }`, what `<reper-kiosk>.counters()` returns. */
export type Counters = Record<string, MonthCounters>;

export type Suppressed = number | '<5';
export interface SuppressedMonth {
  sessions: Suppressed;
  finderOpens: Suppressed;
  categories: Record<string, Suppressed>;
  languages: Record<string, Suppressed>;
  qrViews: Suppressed;
  pathwayViews: Suppressed;
}

/** The exported file, `kiosk-counters.json` (read by `reper report --counters`). */
export interface CountersFile {
  schema: typeof COUNTERS_SCHEMA;
  kiosk: string;
  exported: string;
  months: Record<string, SuppressedMonth>;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const empty = (): MonthCounters => ({ sessions: 0, finderOpens: 0, categories: {}, languages: {}, qrViews: 0, pathwayViews: 0 });

/** A count as it may leave the kiosk. */
export const suppress = (n: number): Suppressed => (n > 0 && n < SUPPRESS_BELOW ? '<5' : n);

function suppressMonth(m: MonthCounters): SuppressedMonth {
  const map = (o: Record<string, number | undefined>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, suppress(v ?? 0)]));
  return {
    sessions: suppress(m.sessions),
    finderOpens: suppress(m.finderOpens),
    categories: map(m.categories),
    languages: map(m.languages),
    qrViews: suppress(m.qrViews),
    pathwayViews: suppress(m.pathwayViews),
  };
}

/**
 * Reads stored counters, keeping only what the format allows: a month key, the known fields, known
 * categories and languages, whole counts. Anything else (a damaged or foreign entry) is dropped.
 */
export function sanitizeCounters(value: unknown): Counters {
  const out: Counters = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [month, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!MONTH_RE.test(month) || typeof raw !== 'object' || raw === null) continue;
    const r = raw as Record<string, unknown>;
    const m = empty();
    for (const key of ['sessions', 'finderOpens', 'qrViews', 'pathwayViews'] as const) if (isCount(r[key])) m[key] = r[key];
    const cats = (r.categories ?? {}) as Record<string, unknown>;
    for (const c of CATEGORIES) if (isCount(cats[c]) && cats[c] > 0) m.categories[c] = cats[c];
    const langs = (r.languages ?? {}) as Record<string, unknown>;
    for (const l of LANGS) if (isCount(langs[l]) && langs[l] > 0) m.languages[l] = langs[l];
    out[month] = m;
  }
  return out;
}

export interface KioskCountersOptions {
  /** IANA time zone the month is taken in (the kiosk config's `timeZone`). */
  timeZone: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** Cache Storage, for tests; `null` keeps the counters in memory only. */
  caches?: CacheStorage | null;
}

/**
 * Monthly usage aggregates of one kiosk. Call `load()` once; then the `count…` methods as people
 * use the kiosk, `endSession()` at every reset. Each change is written to Cache Storage.
 */
export class KioskCounters {
  private data: Counters = {};
  private inSession = false;
  /** What this session has already counted, so a filter chosen twice counts once. Only kinds, never text. */
  private readonly chosen = new Set<string>();
  private writing: Promise<void> = Promise.resolve();
  private readonly now: () => Date;
  private readonly store: CacheStorage | null;

  constructor(private readonly options: KioskCountersOptions) {
    this.now = options.now ?? (() => new Date());
    this.store = options.caches === undefined ? (typeof caches === 'undefined' ? null : caches) : options.caches;
  }

  /** Reads the stored totals (kept across reloads). */
  async load(): Promise<void> {
    if (!this.store) return;
    try {
      const hit = await (await this.store.open(COUNTERS_CACHE)).match(ENTRY);
      const stored = hit ? sanitizeCounters(await hit.json()) : {};
      // Counts made before the stored copy was read are added to it, not lost.
      for (const [month, m] of Object.entries(this.data)) stored[month] = add(stored[month] ?? empty(), m);
      this.data = stored;
    } catch {
      // Unreadable storage: count from zero rather than stop the kiosk.
    }
  }

  /** The month key of now, in the kiosk's time zone. */
  month(): string {
    const w = wallTime(this.now(), this.options.timeZone);
    return `${w.year}-${String(w.month).padStart(2, '0')}`;
  }

  /** A copy of the raw monthly totals (what `counters()` returns). */
  snapshot(): Counters {
    return structuredClone(this.data);
  }

  /** Monthly totals with counts under 5 as `"<5"`: for the heartbeat. */
  suppressed(): Record<string, SuppressedMonth> {
    return Object.fromEntries(Object.entries(this.data).map(([month, m]) => [month, suppressMonth(m)]));
  }

  /** The `kiosk-counters.json` document. */
  exportFile(kiosk: string): CountersFile {
    return { schema: COUNTERS_SCHEMA, kiosk: kiosk || 'kiosk', exported: this.today(), months: this.suppressed() };
  }

  /** Someone started using the kiosk (left the attract screen or chose a language); once per session. */
  startSession(): void {
    if (this.inSession) return;
    this.inSession = true;
    this.bump((m) => m.sessions++);
  }

  /** The kiosk reset to its attract screen: the next use is a new session. */
  endSession(): void {
    this.inSession = false;
    this.chosen.clear();
  }

  /** A view was opened: `finder`, `resources` (the QR codes) or `pathway`. Other views are not counted. */
  countView(view: string): void {
    if (view === 'finder') this.bump((m) => m.finderOpens++);
    else if (view === 'resources') this.bump((m) => m.qrViews++);
    else if (view === 'pathway') this.bump((m) => m.pathwayViews++);
  }

  /** A kind of help chosen as a filter; anything that is not a category is ignored. */
  countCategory(category: string | undefined): void {
    if (!category || !(CATEGORIES as readonly string[]).includes(category) || this.chosen.has(`c:${category}`)) return;
    this.chosen.add(`c:${category}`);
    this.bump((m) => (m.categories[category as Category] = (m.categories[category as Category] ?? 0) + 1));
  }

  /** A language chosen on the language buttons; anything that is not a shipped language is ignored. */
  countLanguage(lang: string): void {
    if (!(LANGS as readonly string[]).includes(lang) || this.chosen.has(`l:${lang}`)) return;
    this.chosen.add(`l:${lang}`);
    this.bump((m) => (m.languages[lang as Lang] = (m.languages[lang as Lang] ?? 0) + 1));
  }

  /** Resolves when every change so far is in Cache Storage. */
  flush(): Promise<void> {
    return this.writing;
  }

  private today(): string {
    const w = wallTime(this.now(), this.options.timeZone);
    return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  }

  private bump(change: (m: MonthCounters) => void): void {
    // Every counted action is a use: one that comes first starts the session.
    if (!this.inSession) this.startSession();
    const key = this.month();
    change((this.data[key] ??= empty()));
    const months = Object.keys(this.data).sort();
    for (const old of months.slice(0, Math.max(0, months.length - KEEP_MONTHS))) delete this.data[old];
    this.persist();
  }

  private persist(): void {
    if (!this.store) return;
    const body = JSON.stringify(this.data);
    const store = this.store;
    this.writing = this.writing
      .then(async () => {
        const cache = await store.open(COUNTERS_CACHE);
        await cache.put(ENTRY, new Response(body, { headers: { 'content-type': 'application/json' } }));
      })
      .catch(() => undefined);
  }
}

function add(a: MonthCounters, b: MonthCounters): MonthCounters {
  const merge = <K extends string>(x: Partial<Record<K, number>>, y: Partial<Record<K, number>>) => {
    const out: Partial<Record<K, number>> = { ...x };
    for (const [k, v] of Object.entries(y) as [K, number][]) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    sessions: a.sessions + b.sessions,
    finderOpens: a.finderOpens + b.finderOpens,
    categories: merge(a.categories, b.categories),
    languages: merge(a.languages, b.languages),
    qrViews: a.qrViews + b.qrViews,
    pathwayViews: a.pathwayViews + b.pathwayViews,
  };
}
