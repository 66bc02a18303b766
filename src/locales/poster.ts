import type { LocaleTable } from '../internal/i18n.js';
import en from './en/poster.json';
import hu from './hu/poster.json';
import ro from './ro/poster.json';
import uk from './uk/poster.json';

export default { ro, hu, en, uk } satisfies LocaleTable;
