import { createContext } from '@lit/context';
import type { DirectoryError } from './errors.js';
import type { Directory } from './schema.js';

/**
 * The directory a `<reper-provider>` shares with the elements inside it.
 *
 * - `source: 'built-in'`: the national lines bundled with Reper (no feed, or no good feed yet);
 * - `source: 'feed'`: the last feed that loaded and validated (kept when a later load fails).
 */
export interface DirectoryState {
  directory: Directory;
  source: 'built-in' | 'feed';
  /** `loading` while a feed is being fetched, `error` when the last attempt failed. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The feed URL, when there is one. */
  url?: string;
  /** The last load error, kept until a load succeeds. */
  error?: DirectoryError;
  /** When the shown feed was fetched (ms since epoch). */
  fetchedAt?: number;
  /** True when the shown feed is past its `expiresAt`: present it only as "may be out of date". */
  expired?: boolean;
}

/** Keyed by a global symbol so that two copies of Reper on a page still find each other. */
export const directoryContext = createContext<DirectoryState | undefined>(Symbol.for('reper.directory/1'));
