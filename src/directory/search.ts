import { allTexts, localized } from './localized.js';
import { DEFAULT_TIME_ZONE, isOpenAtWall, wallTime } from './hours.js';
import type { Audience, Category, Directory, Service } from './schema.js';

const MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const EXTRA: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', đ: 'd' };
const EXTRA_RE = /[ıłøßđ]/g;

/**
 * Folds text for matching: lower case, no diacritics (Romanian ă â î ș ş ț ţ, Hungarian á é í ó ö
 * ő ú ü ű, Ukrainian й stays a letter after folding), punctuation as spaces. "Asistență" →
 * "asistenta", "Kolozsvár" → "kolozsvar", "Șţ" and "Şț" → "st".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
    .replace(NON_WORD_RE, ' ')
    .trim();
}

interface Entry {
  service: Service;
  /** Folded name in every language. */
  name: string;
  /** Folded name, organisation, description, places, languages and any extra text. */
  haystack: string;
  localities: Set<string>;
  languages: Set<string>;
}

/** Precomputed, folded search data for a list of services; build it once per directory and language. */
export interface SearchIndex {
  readonly lang: string;
  readonly services: readonly Service[];
  /** @internal */
  readonly entries: readonly Entry[];
}

export interface SearchIndexOptions {
  /** More searchable text per service, e.g. the UI's translated category names. */
  extraText?: (service: Service) => string;
}

/** Localities a service is in or serves (address locality and county, and `areaServed`). */
function placesOf(service: Service): string[] {
  const out = [...service.areaServed];
  const address = service.location?.address;
  if (address) out.push(address.locality, address.county);
  return out;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Builds the search index for `services`. `lang` is the UI language: the name in that language
 * ranks first, but every language's text is searchable.
 */
export function createSearchIndex(services: readonly Service[], lang = 'ro', options: SearchIndexOptions = {}): SearchIndex {
  const entries = services.map((service): Entry => {
    const names = allTexts(service.name);
    const own = localized(service.name, lang);
    const places = placesOf(service);
    const haystack = [
      own,
      ...names,
      ...allTexts(service.organization),
      ...allTexts(service.description),
      ...places,
      ...service.categories,
      options.extraText?.(service) ?? '',
    ].join(' ');
    return {
      service,
      name: normalizeText([own, ...names].join(' ')),
      haystack: ` ${normalizeText(haystack)}`,
      localities: new Set(places.map(normalizeText)),
      languages: new Set(service.languages.map(primary)),
    };
  });
  return { lang, services, entries };
}

export interface SearchQuery {
  /** Free text; every word must match (diacritics- and case-insensitive). */
  query?: string;
  /** Any of these audiences. */
  audience?: Audience | readonly Audience[];
  /** Any of these categories. */
  category?: Category | readonly Category[];
  /** A locality or county the service is in or serves (`address` or `areaServed`). */
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

/**
 * Services matching every given filter, best matches first: the query's words in the name rank
 * above words found only in the description or places; otherwise the directory's order is kept.
 */
export function searchServices(index: SearchIndex, q: SearchQuery = {}): Service[] {
  const words = q.query ? normalizeText(q.query).split(' ').filter(Boolean) : [];
  const audiences = asList(q.audience);
  const categories = asList(q.category);
  const locality = q.locality ? normalizeText(q.locality) : undefined;
  const language = q.language ? primary(q.language) : undefined;
  const wall = q.openAt ? wallTime(q.openAt, q.timeZone ?? DEFAULT_TIME_ZONE) : undefined;
  const first = words[0];
  const ranked: Service[][] = [[], [], []];
  for (const e of index.entries) {
    const s = e.service;
    if (audiences && !s.audiences.some((a) => audiences.includes(a))) continue;
    if (categories && !s.categories.some((c) => categories.includes(c))) continue;
    if (locality !== undefined && !e.localities.has(locality)) continue;
    if (language !== undefined && !e.languages.has(language)) continue;
    if (q.free && !s.free) continue;
    if (q.open247 && !(s.hours.open247 || s.phones.some((p) => p.hours?.open247))) continue;
    if (wall && !(isOpenAtWall(s.hours, wall) === true || s.phones.some((p) => isOpenAtWall(p.hours, wall) === true))) continue;
    if (words.length === 0) {
      ranked[2].push(s);
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
    ranked[inName ? (e.name.startsWith(first) || e.name.includes(` ${first}`) ? 0 : 1) : 2].push(s);
  }
  return ranked[0].concat(ranked[1], ranked[2]);
}

/** Distinct places of a directory (address localities and `areaServed`), sorted for Romanian. */
export function localitiesOf(directory: Pick<Directory, 'services'>): string[] {
  const byKey = new Map<string, string>();
  for (const s of directory.services) {
    const places = s.location?.address ? [s.location.address.locality, ...s.areaServed] : s.areaServed;
    for (const place of places) {
      const key = normalizeText(place);
      if (key && !byKey.has(key)) byKey.set(key, place);
    }
  }
  const collator = new Intl.Collator('ro');
  return [...byKey.values()].sort(collator.compare);
}
