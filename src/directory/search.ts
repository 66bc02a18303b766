import { allTexts, localized } from './localized.js';
import { DEFAULT_TIME_ZONE, isServiceOpenAtWall, wallTime } from './hours.js';
import { isWideArea, placeNamesOf, placesOf, type PlaceNames } from './places.js';
import type { Audience, Category, Directory, Service } from './schema.js';
import { normalizeText } from './text.js';

export { normalizeText } from './text.js';

interface Entry {
  service: Service;
  /** Folded name in every language. */
  name: string;
  /** Folded name, organisation, description, every name of its places, languages and any extra text. */
  haystack: string;
  /** Keys of the places it is in or serves (and its county), through the place-name table. */
  places: Set<string>;
  /** It serves a county or the country: shown after local services for any locality. */
  wide: boolean;
  languages: Set<string>;
}

/** Precomputed, folded search data for a list of services; build it once per directory and language. */
export interface SearchIndex {
  readonly lang: string;
  readonly services: readonly Service[];
  /** @internal */
  readonly entries: readonly Entry[];
  /** @internal */
  readonly placeNames: PlaceNames;
}

export interface SearchIndexOptions {
  /** More searchable text per service, e.g. the UI's translated category names. */
  extraText?: (service: Service) => string;
  /** Names of places in other languages: the directory's table (`placeNamesOf(directory)`); default the built-in one. */
  placeNames?: PlaceNames;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Builds the search index for `services`. `lang` is the UI language: the name in that language
 * ranks first, but every language's text is searchable, and every known name of a place
 * ("Kolozsvár" for Cluj-Napoca) finds its services.
 */
export function createSearchIndex(services: readonly Service[], lang = 'ro', options: SearchIndexOptions = {}): SearchIndex {
  const placeNames = options.placeNames ?? placeNamesOf({});
  const entries = services.map((service): Entry => {
    const names = allTexts(service.name);
    const own = localized(service.name, lang);
    const places = placesOf(service);
    const county = service.location?.address?.county;
    const placeTerms = [...places, ...(county ? [county] : [])].flatMap((p) => placeNames.terms(p));
    const haystack = [
      own,
      ...names,
      ...allTexts(service.organization),
      ...allTexts(service.description),
      ...placeTerms,
      ...service.categories,
      options.extraText?.(service) ?? '',
    ].join(' ');
    return {
      service,
      name: normalizeText([own, ...names].join(' ')),
      haystack: ` ${normalizeText(haystack)}`,
      places: new Set([...places, ...(county ? [county] : [])].map((p) => placeNames.key(p))),
      wide: service.areaServed.some(isWideArea),
      languages: new Set(service.languages.map(primary)),
    };
  });
  return { lang, services, entries, placeNames };
}

export interface SearchQuery {
  /** Free text; every word must match (diacritics- and case-insensitive, any known name of a place). */
  query?: string;
  /** Any of these audiences. */
  audience?: Audience | readonly Audience[];
  /** Any of these categories. */
  category?: Category | readonly Category[];
  /**
   * A locality (any of its known names): the services in it or serving it (`address.locality`,
   * `address.county` or `areaServed`) first, then those serving a whole county or the country.
   */
  locality?: string;
  /** A language the service works in (`hu` matches `hu-RO`). */
  language?: string;
  /** Only free services. */
  free?: boolean;
  /** Only services open around the clock (the service or one of its phones). */
  open247?: boolean;
  /** Only services open at this instant (the service or one of its phones); unknown hours do not match. */
  openAt?: Date;
  /** IANA time zone for `openAt`; default Europe/Bucharest. */
  timeZone?: string;
}

const asList = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];

/** Every filter but the query and the locality, on the entries given. Best matches first. */
function filterEntries(entries: readonly Entry[], q: SearchQuery): Entry[] {
  const words = q.query ? normalizeText(q.query).split(' ').filter(Boolean) : [];
  const audiences = asList(q.audience);
  const categories = asList(q.category);
  const language = q.language ? primary(q.language) : undefined;
  const wall = q.openAt ? wallTime(q.openAt, q.timeZone ?? DEFAULT_TIME_ZONE) : undefined;
  const first = words[0];
  const ranked: Entry[][] = [[], [], []];
  for (const e of entries) {
    const s = e.service;
    if (audiences && !s.audiences.some((a) => audiences.includes(a))) continue;
    if (categories && !s.categories.some((c) => categories.includes(c))) continue;
    if (language !== undefined && !e.languages.has(language)) continue;
    if (q.free && !s.free) continue;
    if (q.open247 && !(s.hours.open247 || s.phones.some((p) => p.hours?.open247))) continue;
    if (wall && isServiceOpenAtWall(s, wall) !== true) continue;
    if (words.length === 0) {
      ranked[2].push(e);
      continue;
    }
    let all = true;
    for (const w of words) {
      if (!e.haystack.includes(w)) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    const inName = words.every((w) => e.name.includes(w));
    ranked[inName ? (e.name.startsWith(first) || e.name.includes(` ${first}`) ? 0 : 1) : 2].push(e);
  }
  return ranked[0].concat(ranked[1], ranked[2]);
}

/** The locality step: services of the place first, then wide-area ones; the others drop out. */
function byLocality(index: SearchIndex, entries: readonly Entry[], locality: string | undefined): Service[] {
  if (!locality?.trim()) return entries.map((e) => e.service);
  const key = index.placeNames.key(locality);
  const local: Service[] = [];
  const wider: Service[] = [];
  for (const e of entries) {
    if (e.places.has(key)) local.push(e.service);
    else if (e.wide) wider.push(e.service);
  }
  return local.concat(wider);
}

/**
 * Services matching every given filter, best matches first: the query's words in the name rank
 * above words found only in the description or places; otherwise the directory's order is kept.
 * With `locality`, the services of that place come first, then those serving a wider area.
 */
export function searchServices(index: SearchIndex, q: SearchQuery = {}): Service[] {
  return byLocality(index, filterEntries(index.entries, q), q.locality);
}

/**
 * Searches again and again as a person types, with exactly the results of `searchServices`: a
 * query that extends the previous one searches only the previous matches, and the matches of
 * recent queries (same filters) are kept, so deleting characters costs a lookup. For a finder on
 * a large directory, per keystroke.
 */
export class IncrementalSearch {
  private filterKey = '';
  private index?: SearchIndex;
  private last?: string;
  private readonly recent = new Map<string, Entry[]>();

  constructor(private readonly keep = 32) {}

  search(index: SearchIndex, q: SearchQuery = {}): Service[] {
    const key = [
      q.audience,
      q.category,
      q.language,
      q.free,
      q.open247,
      q.openAt ? Math.floor(q.openAt.getTime() / 60_000) : '',
      q.timeZone,
    ].join('\u0000');
    if (index !== this.index || key !== this.filterKey) {
      this.index = index;
      this.filterKey = key;
      this.recent.clear();
      this.last = undefined;
    }
    const query = normalizeText(q.query ?? '');
    let matches = this.recent.get(query);
    if (!matches) {
      const previous = this.last !== undefined && query.startsWith(this.last) ? this.recent.get(this.last) : undefined;
      matches = filterEntries(previous ?? index.entries, { ...q, query });
      this.recent.set(query, matches);
      if (this.recent.size > this.keep) this.recent.delete(this.recent.keys().next().value!);
    }
    this.last = query;
    return byLocality(index, matches, q.locality);
  }

  /** Forgets every cached result (the finder's reset). */
  clear(): void {
    this.index = undefined;
    this.recent.clear();
    this.last = undefined;
  }
}

/**
 * Distinct places of a directory (`areaServed` and address localities), each once under the name
 * the feed uses, sorted for `lang` by the name shown in `lang` (`placeNamesOf(directory).label`).
 */
export function localitiesOf(directory: Pick<Directory, 'services'> & Partial<Pick<Directory, 'placeNames'>>, lang = 'ro'): string[] {
  const names = placeNamesOf(directory);
  const byKey = new Map<string, string>();
  for (const s of directory.services) {
    for (const place of placesOf(s)) {
      const key = names.key(place);
      if (key && !byKey.has(key)) byKey.set(key, place);
    }
  }
  const collator = new Intl.Collator(lang);
  return [...byKey.values()].sort((a, b) => collator.compare(names.label(a, lang), names.label(b, lang)));
}

/** Language codes (primary subtags) the directory's services work in, in the order first met. */
export function languagesOf(directory: Pick<Directory, 'services'>): string[] {
  const langs = new Set<string>();
  for (const s of directory.services) for (const l of s.languages) langs.add(primary(l));
  return [...langs];
}
