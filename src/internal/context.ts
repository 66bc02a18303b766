import type { Context } from '@lit/context';
import type { Lang } from './lang.js';

export type MapProvider = 'google' | 'osm' | 'none';

/** Settings a `<reper-provider>` shares with every Reper element inside it. */
export interface ReperSettings {
  lang?: Lang;
  neutral: boolean;
  mapProvider: MapProvider;
  /**
   * IANA time zone used for "open now"; absent: `DEFAULT_TIME_ZONE` (`Europe/Bucharest`), which the
   * elements that need a zone (the finder) apply themselves. Not in `DEFAULT_SETTINGS`: that would
   * make every element share a chunk with the directory API (defaults.ts) in the CDN build.
   */
  timeZone?: string;
  /**
   * Set by `<reper-kiosk>`: a shared screen cannot call, mail or browse, so numbers and addresses
   * are shown as text (and QR codes), not as links.
   */
  kiosk?: boolean;
}

export const DEFAULT_SETTINGS: ReperSettings = Object.freeze({
  neutral: false,
  mapProvider: 'google',
});

/**
 * A context key: @lit/context's `createContext` (the identity on its key, typed), written here so
 * that the elements do not load it from a chunk of its own shared with the directory API.
 */
const createContext = <T>(key: symbol) => key as Context<symbol, T>;

/** Keys are global symbols so that two copies of Reper on a page still find each other's provider. */
export const settingsContext = createContext<ReperSettings | undefined>(Symbol.for('reper.settings/1'));

/**
 * What a quick exit does instead of navigating when it sits inside a host that handles it
 * (the kiosk resets to its attract screen). Returns true when it handled the exit.
 */
export type ExitHandler = (source: Element) => boolean;
export const exitHandlerContext = createContext<ExitHandler | undefined>(Symbol.for('reper.exit-handler/1'));
