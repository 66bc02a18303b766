import type { LocaleTable } from '../internal/i18n.js';
import type { Lang } from '../internal/lang.js';
import type { Strings } from '../internal/strings.js';

export type PathwayAudience = 'general' | 'professional';

/**
 * The pathway's texts, filled in as elements need them. They are long, so each language and
 * audience is its own small chunk (`<lang>/pathway-general.json`, `<lang>/pathway-professional.json`,
 * each with the few shared lines such as the title) and a page downloads only the one it shows;
 * the kiosk precaches them all for offline use.
 */
export const pathwayLocales: LocaleTable = { ro: {}, hu: {}, en: {}, uk: {} };

type Loader = () => Promise<{ default: Strings }>;
const loaders: Record<Lang, Record<PathwayAudience, Loader>> = {
  ro: { general: () => import('./ro/pathway-general.json'), professional: () => import('./ro/pathway-professional.json') },
  hu: { general: () => import('./hu/pathway-general.json'), professional: () => import('./hu/pathway-professional.json') },
  en: { general: () => import('./en/pathway-general.json'), professional: () => import('./en/pathway-professional.json') },
  uk: { general: () => import('./uk/pathway-general.json'), professional: () => import('./uk/pathway-professional.json') },
};

const loaded = new Set<string>();
const pending = new Map<string, Promise<void>>();

/** True once the texts of `lang` for `audience` are in {@link pathwayLocales}. */
export function hasPathwayLocale(lang: Lang, audience: PathwayAudience): boolean {
  return loaded.has(`${lang}/${audience}`);
}

/** Loads the texts of one language and audience once (later calls share the first request). */
export function loadPathwayLocale(lang: Lang, audience: PathwayAudience): Promise<void> {
  const key = `${lang}/${audience}`;
  let p = pending.get(key);
  if (!p) {
    p = loaders[lang][audience]().then(
      (m) => {
        pathwayLocales[lang] = { ...pathwayLocales[lang], ...m.default };
        loaded.add(key);
      },
      (error: unknown) => {
        // A failed request (offline, a deploy in progress) is tried again on the next render.
        pending.delete(key);
        throw error;
      },
    );
    pending.set(key, p);
  }
  return p;
}
