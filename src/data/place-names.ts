/**
 * Names of places in the languages the directory speaks, so that a person who types or picks
 * "Kolozsvár" finds the services of Cluj-Napoca, and a Hungarian screen shows "Torda" on the tile
 * for Turda. A feed adds its own with the envelope's `placeNames` (docs/maintainers.md).
 *
 * Only names that can be sourced are listed. The Romanian names are the official ones of the
 * localities (the `areaServed` and `address.locality` values a Romanian feed uses); the Hungarian
 * names are the established Hungarian names of the same localities, as listed in:
 * - Varga E. Árpád, "Erdély etnikai és felekezeti statisztikája (1850–2002)", helységnévtár for
 *   Kolozs megye (the Hungarian gazetteer of Transylvanian localities, Teleki László Foundation /
 *   KIA library), and
 * - the Romanian- and Hungarian-language Wikipedia articles of each locality and of Cluj County
 *   ("Județul Cluj" / "Kolozs megye"), which give the same pairs.
 * Forms without diacritics ("kolozsvar", "campia turzii") need no entry: the search folds them.
 * English uses the Romanian names. No Ukrainian names are listed: none could be sourced here.
 */
export interface PlaceName {
  /** The official Romanian name, as a feed writes it. */
  ro: string;
  /** The Hungarian name. */
  hu?: string;
  /** Other names or spellings people search for (any language), not shown. */
  aliases?: readonly string[];
}

/** Cluj County: the county itself, its municipalities and towns, and the communes of the sample directory. */
export const PLACE_NAMES: readonly PlaceName[] = [
  { ro: 'Județul Cluj', hu: 'Kolozs megye', aliases: ['Kolozs'] },
  { ro: 'Cluj-Napoca', hu: 'Kolozsvár' },
  { ro: 'Turda', hu: 'Torda' },
  { ro: 'Dej', hu: 'Dés' },
  { ro: 'Câmpia Turzii', hu: 'Aranyosgyéres' },
  { ro: 'Gherla', hu: 'Szamosújvár' },
  { ro: 'Huedin', hu: 'Bánffyhunyad' },
  { ro: 'Florești', hu: 'Szászfenes' },
  { ro: 'Apahida', hu: 'Apahida' },
  { ro: 'Baciu', hu: 'Kisbács' },
  { ro: 'Gilău', hu: 'Gyalu' },
  { ro: 'Bonțida', hu: 'Bonchida' },
  { ro: 'Mociu', hu: 'Mócs' },
];
