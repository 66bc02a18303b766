import type { DirectoryError, DirectoryErrorKind } from './errors.js';
import type { Directory } from './schema.js';
import type { Problem } from './validate.js';

/** Detail of `reper-directory-load`: a feed loaded (or was confirmed unchanged) and is now shown. */
export interface DirectoryLoadDetail {
  directory: Directory;
  url: string;
  /** True when the server answered 304 Not Modified to a revalidation. */
  notModified: boolean;
  etag?: string;
  /** True when the directory is past its `expiresAt`: show it only as "may be out of date". */
  expired: boolean;
}

/** Detail of `reper-directory-error`: the feed could not be used; the last good directory stays. */
export interface DirectoryErrorDetail {
  url: string;
  kind: DirectoryErrorKind;
  message: string;
  /** The first validation problems (at most 100), for `kind: 'invalid'`. */
  problems: readonly Problem[];
  /** How many problems there are in all. */
  problemCount: number;
  error: DirectoryError;
  /** What is shown instead: the last good feed, or the built-in national lines. */
  showing: 'feed' | 'built-in';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'reper-directory-load': CustomEvent<DirectoryLoadDetail>;
    'reper-directory-error': CustomEvent<DirectoryErrorDetail>;
  }
}
