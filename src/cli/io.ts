import { readFileSync, writeFileSync } from 'node:fs';
import { parseDirectory, type Problem } from '../directory/validate.js';
import type { Directory } from '../directory/schema.js';
import { InvalidInput, UsageError } from './errors.js';

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

/** Reads and validates a feed; every problem is reported as invalid input (exit 1). */
export function readFeed(path: string, verb: string): { directory: Directory; bytes: Buffer } {
  const bytes = readInput(path, verb);
  const result = parseDirectory(bytes);
  if (!result.ok) throw new InvalidInput(`${path} is not a valid reper-directory/1 feed`, result.problems);
  return { directory: result.directory, bytes };
}

/** Reads a JSON file (not necessarily a feed). */
export function readJson(path: string, verb: string): unknown {
  const text = readInput(path, verb).toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidInput(`${path} is not valid JSON`, [{ path: '', reason: (error as Error).message }]);
  }
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.path || '(document)'}: ${p.reason}`).join('\n');
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
