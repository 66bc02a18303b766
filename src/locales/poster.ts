import type { LocaleTable } from '../internal/i18n.js';
import ro from './ro/poster.json';
import hu from './hu/poster.json';
import en from './en/poster.json';
import uk from './uk/poster.json';

/** Strings of `<reper-poster>` in every shipped language. */
export const posterLocales: LocaleTable = { ro, hu, en, uk };
