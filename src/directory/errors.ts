import type { Problem } from './validate.js';

export type DirectoryErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'invalid' | 'signature';

/** Why a feed could not be loaded. `problems` is set for `invalid`, `status` for `http`. */
export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
  readonly kind: DirectoryErrorKind;
  /** HTTP status for `http` errors. */
  readonly status?: number;
  /** Every validation problem for `invalid` errors. */
  readonly problems: readonly Problem[];
  /** The feed URL. */
  readonly url: string;

  constructor(kind: DirectoryErrorKind, message: string, init: { url: string; status?: number; problems?: Problem[]; cause?: unknown }) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.url = init.url;
    this.status = init.status;
    this.problems = init.problems ?? [];
  }
}
