import { createContext } from '@lit/context';
import { DEFAULT_TIME_ZONE } from './defaults.js';
import type { Lang } from './lang.js';

export type MapProvider = 'google' | 'osm' | 'none';

/** Settings a `<reper-provider>` shares with every Reper element inside it. */
export interface ReperSettings {
  lang?: Lang;
  neutral: boolean;
  mapProvider: MapProvider;
  /** IANA time zone used for "open now"; default `Europe/Bucharest`. */
  timeZone: string;
  /**
   * Set by `<reper-kiosk>`: a shared screen cannot call, mail or browse, so numbers and addresses
   * are shown as text (and QR codes), not as links.
   */
  kiosk?: boolean;
}

export const DEFAULT_SETTINGS: ReperSettings = Object.freeze({
  neutral: false,
  mapProvider: 'google',
  timeZone: DEFAULT_TIME_ZONE,
});

/** Keys are global symbols so that two copies of Reper on a page still find each other's provider. */
export const settingsContext = createContext<ReperSettings | undefined>(Symbol.for('reper.settings/1'));

/**
 * What a quick exit does instead of navigating when it sits inside a host that handles it
 * (the kiosk resets to its attract screen). Returns true when it handled the exit.
 */
export type ExitHandler = (source: Element) => boolean;
export const exitHandlerContext = createContext<ExitHandler | undefined>(Symbol.for('reper.exit-handler/1'));
