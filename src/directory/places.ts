import { PLACE_NAMES } from '../data/place-names.js';
import type { Directory, PlaceNameEntry, Service } from './schema.js';
import { normalizeText } from './text.js';

/**
 * The directory's rules about places, in one place: which places a service is in or serves, which
 * places are wide areas (a county, the country) that serve every locality, and the names of a
 * place in every language (built-in table plus the feed's `placeNames`).
 */

const WIDE_RE = /^(judetul|judet|romania|national|country|county|orszagos)\b|\bmegye$/;

/** A county or the whole country: a service serving it serves every locality of the directory. */
export function isWideArea(place: string): boolean {
  return WIDE_RE.test(normalizeText(place));
}

/** Places a service is in or serves: its `areaServed`, then its address's locality. */
export function placesOf(service: Pick<Service, 'areaServed' | 'location'>): string[] {
  const address = service.location?.address;
  return address ? [...service.areaServed, address.locality] : [...service.areaServed];
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

interface Place {
  /** The name the feed uses (the canonical one). */
  name: string;
  /** Display names by language code. */
  names: Record<string, string>;
  /** Every name and alias, folded. */
  terms: string[];
}

const BUILT_IN: readonly PlaceNameEntry[] = PLACE_NAMES.map(({ ro, hu, aliases }): PlaceNameEntry => {
  const names: Record<string, string> = { ro };
  if (hu) names.hu = hu;
  return aliases ? { name: ro, names, aliases: [...aliases] } : { name: ro, names };
});

/**
 * Names of places in several languages. `key()` folds any known name or alias of a place to the
 * same key (so "Kolozsvár", "kolozsvar" and "Cluj-Napoca" are one place); `label()` gives the name
 * to show in a language; `terms()` every name, for search.
 */
export class PlaceNames {
  private readonly byTerm = new Map<string, Place>();

  constructor(extra: readonly PlaceNameEntry[] = []) {
    for (const entry of [...BUILT_IN, ...extra]) this.add(entry);
  }

  private add(entry: PlaceNameEntry): void {
    const key = normalizeText(entry.name);
    if (!key) return;
    let place = this.byTerm.get(key);
    if (!place) {
      place = { name: entry.name, names: {}, terms: [key] };
      this.byTerm.set(key, place);
    }
    for (const [lang, name] of Object.entries(entry.names ?? {})) place.names[primary(lang)] = name;
    for (const other of [...Object.values(entry.names ?? {}), ...(entry.aliases ?? [])]) {
      const term = normalizeText(other);
      if (!term || place.terms.includes(term)) continue;
      place.terms.push(term);
      // A term that already names another place keeps its first meaning.
      if (!this.byTerm.has(term)) this.byTerm.set(term, place);
    }
  }

  /** The folded key of a place, the same for all of its names; unknown places fold as they are. */
  key(name: string): string {
    const folded = normalizeText(name);
    const place = this.byTerm.get(folded);
    return place ? normalizeText(place.name) : folded;
  }

  /** The name to show for `name` in `lang`: the language's name when known, else `name`. */
  label(name: string, lang: string): string {
    return this.byTerm.get(normalizeText(name))?.names[primary(lang)] ?? name;
  }

  /** Every known name of the place, folded (the place's own folded name when it has no others). */
  terms(name: string): readonly string[] {
    const folded = normalizeText(name);
    return this.byTerm.get(folded)?.terms ?? [folded];
  }
}

const tables = new WeakMap<object, PlaceNames>();
const DEFAULT = new PlaceNames();

/** The place names of a directory: the built-in table plus its `placeNames`. Cached per directory. */
export function placeNamesOf(directory: Partial<Pick<Directory, 'placeNames'>>): PlaceNames {
  if (!directory.placeNames?.length) return DEFAULT;
  let table = tables.get(directory);
  if (!table) tables.set(directory, (table = new PlaceNames(directory.placeNames)));
  return table;
}
