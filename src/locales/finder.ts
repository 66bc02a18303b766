import type { LocaleTable } from '../internal/i18n.js';
import en from './en/finder.json';
import hu from './hu/finder.json';
import ro from './ro/finder.json';
import uk from './uk/finder.json';

export default { ro, hu, en, uk } satisfies LocaleTable;
