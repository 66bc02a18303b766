import type { LocaleTable } from '../internal/i18n.js';
import ro from './ro/qr.json';
import hu from './hu/qr.json';
import en from './en/qr.json';
import uk from './uk/qr.json';

/** Strings of `<reper-qr>` in every shipped language. */
export const qrLocales: LocaleTable = { ro, hu, en, uk };
