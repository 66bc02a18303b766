import type { LocaleTable } from '../internal/i18n.js';
import en from './en/exit.json';
import hu from './hu/exit.json';
import ro from './ro/exit.json';
import uk from './uk/exit.json';

export default { ro, hu, en, uk } satisfies LocaleTable;
