import type { Problem } from '../directory/validate.js';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly verb?: string,
  ) {
    super(message);
  }
}

/** The input is not acceptable: exit code 1, with every problem listed. */
export class InvalidInput extends Error {
  override readonly name = 'InvalidInput';
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}
