import type { Problem } from './validate.js';

/**
 * The base of every error Reper throws on purpose (directory, CLI). Each subclass sets a stable
 * `name` as a literal, so that `error.name` survives minification (class names do not) and code
 * can tell the errors apart without `instanceof` across two copies of the library.
 */
export class ReperError extends Error {
  override readonly name: string = 'ReperError';
}

/**
 * Why a feed was not used:
 * - `network`, `timeout`, `http`: it could not be fetched;
 * - `too-large`: it (or its signature) passed the size limit while streaming;
 * - `invalid`: it is not a valid `reper-directory/1` feed (`problems` lists why);
 * - `signature`: no pinned key verifies it, or `public-key` holds no usable key;
 * - `rollback`: its `generatedAt` is older than the directory already shown;
 * - `other-feed`: its `id` differs from the directory already shown, or from the one pinned
 *   (the kiosk's `feedId`).
 */
export type DirectoryErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'invalid' | 'signature' | 'rollback' | 'other-feed';

/** Why a feed could not be loaded. `problems` is set for `invalid`, `status` for `http`. */
export class DirectoryError extends ReperError {
  override readonly name = 'DirectoryError';
  readonly kind: DirectoryErrorKind;
  /** HTTP status for `http` errors. */
  readonly status?: number;
  /** Validation problems for `invalid` errors: the first ones, at most `MAX_PROBLEMS`. */
  readonly problems: readonly Problem[];
  /** How many problems were found in all (`problems` may list fewer). */
  readonly problemCount: number;
  /** The feed URL. */
  readonly url: string;

  constructor(
    kind: DirectoryErrorKind,
    message: string,
    init: { url: string; status?: number; problems?: Problem[]; problemCount?: number; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.url = init.url;
    this.status = init.status;
    this.problems = init.problems ?? [];
    this.problemCount = init.problemCount ?? this.problems.length;
  }
}
