import { ReperError } from '../directory/errors.js';
import type { Problem } from '../directory/validate.js';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends ReperError {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly verb?: string,
  ) {
    super(message);
  }
}

/** The input is not acceptable: exit code 1, with every problem listed (`problemCount` counts those not listed too). */
export class InvalidInputError extends ReperError {
  override readonly name = 'InvalidInputError';
  readonly problemCount: number;
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
    problemCount?: number,
  ) {
    super(message);
    this.problemCount = problemCount ?? problems.length;
  }
}
