import { readFileSync, writeFileSync } from 'node:fs';
import { parseDirectory, type Problem } from '../directory/validate.js';
import type { Directory } from '../directory/schema.js';
import { InvalidInputError, UsageError } from './errors.js';

/** Reads a file, turning "not found" and friends into usage errors (exit 2). */
export function readInput(path: string, verb: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read ${path}: ${why}`, verb);
  }
}

export function writeOutput(path: string | undefined, text: string, verb: string): void {
  if (path === undefined || path === '-') {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, verb);
  }
}

/** How many problems the CLI lists; the count of the rest follows them. */
export const CLI_MAX_PROBLEMS = 1000;

/** Reads and validates a feed; every problem is reported as invalid input (exit 1). */
export function readFeed(path: string, verb: string): { directory: Directory; bytes: Buffer } {
  const bytes = readInput(path, verb);
  const result = parseDirectory(bytes, { maxProblems: CLI_MAX_PROBLEMS });
  if (!result.ok) throw new InvalidInputError(`${path} is not a valid reper-directory/1 feed`, result.problems, result.total);
  return { directory: result.directory, bytes };
}

/** Reads a JSON file (not necessarily a feed). */
export function readJson(path: string, verb: string): unknown {
  const text = readInput(path, verb).toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${path} is not valid JSON`, [{ path: '', reason: (error as Error).message }]);
  }
}

export function formatProblems(problems: readonly Problem[], total = problems.length): string {
  const lines = problems.map((p) => `  ${p.path || '(document)'}: ${p.reason}`);
  const rest = total - problems.length;
  if (rest > 0) lines.push(`  … and ${rest} more problem${rest === 1 ? '' : 's'}, not listed (fix these first)`);
  return lines.join('\n');
}

/** Warnings about a valid feed's dates, for validate and verify: an expired feed is shown only as "may be out of date". */
export function expiryWarnings(directory: Directory, now: Date = new Date()): string[] {
  if (!directory.expiresAt || Date.parse(directory.expiresAt) > +now) return [];
  return [
    `warning: the feed expired at ${directory.expiresAt}: kiosks and websites show it only with a "may be out of date" notice; ` +
      'review it, then publish it again with a later generatedAt and a new expiresAt',
  ];
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
