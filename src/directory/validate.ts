import * as z from 'zod/mini';
import { type Directory, type Service, directorySchema, serviceSchema } from './schema.js';
import { nextTask } from '../internal/frame.js';

/** One thing wrong with a feed: where (`services[3].phones[0].number`) and why, in plain English. */
export interface Problem {
  /** JSON path of the offending value; `""` is the whole document. */
  path: string;
  reason: string;
}

/** `problems` lists at most the first `maxProblems` (by position in the feed); `total` counts every one. */
export type ValidationResult = { ok: true; directory: Directory } | { ok: false; problems: Problem[]; total: number };

type Segment = PropertyKey;

/** `['services', 3, 'phones', 0, 'number']` → `services[3].phones[0].number`. */
export function formatPath(segments: readonly Segment[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? (out ? '.' : '') + key : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true/false' : typeof value;
}

function issueToProblems(issue: z.core.$ZodIssue, base: readonly Segment[], out: Problem[]): void {
  const path = [...base, ...issue.path];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      out.push({
        path: formatPath(path),
        reason: issue.input === undefined ? 'is required' : `must be ${expected}, not ${describe(issue.input)}`,
      });
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push({ path: formatPath([...path, key]), reason: `unknown field "${key}"` });
      return;
    case 'invalid_union': {
      // Text-or-object unions: report the branch that matches the kind of value given.
      const branches = issue.errors.filter(
        (errs) => !(errs.length === 1 && errs[0].code === 'invalid_type' && errs[0].path.length === 0),
      );
      if (branches.length === 1) {
        for (const sub of branches[0]) issueToProblems(sub, path, out);
        return;
      }
      out.push({ path: formatPath(path), reason: issue.message });
      return;
    }
    case 'invalid_key':
      out.push({ path: formatPath(path), reason: issue.issues.map((i) => i.message).join('; ') || issue.message });
      return;
    default:
      break;
  }
  out.push({ path: formatPath(path), reason: issue.message });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rules of the envelope that span several fields. */
function envelopeProblems(input: unknown, out: Problem[]): void {
  if (!isObject(input)) return;
  if (typeof input.generatedAt === 'string' && typeof input.expiresAt === 'string') {
    if (Date.parse(input.expiresAt) <= Date.parse(input.generatedAt)) {
      out.push({ path: 'expiresAt', reason: 'must be later than generatedAt' });
    }
  }
}

/** Rules that span several fields of one service, checked on the raw input so they are reported alongside the rest. */
function serviceProblems(service: unknown, i: number, seen: Map<string, number>, out: Problem[]): void {
  if (!isObject(service)) return;
  const at = (...rest: Segment[]) => formatPath(['services', i, ...rest]);
  if (typeof service.id === 'string') {
    const first = seen.get(service.id);
    if (first === undefined) seen.set(service.id, i);
    else out.push({ path: at('id'), reason: `duplicate id "${service.id}" (already used by services[${first}])` });
  }
  const location = service.location;
  if (isObject(location) && location.confidentiality !== 'public') {
    const level = typeof location.confidentiality === 'string' ? `"${location.confidentiality}"` : 'not "public"';
    for (const field of ['address', 'geo'] as const) {
      if (location[field] !== undefined) {
        out.push({
          path: at('location', field),
          reason: `must be left out: location.confidentiality is ${level}, so the ${field === 'geo' ? 'coordinates' : 'address'} must never be published`,
        });
      }
    }
  }
  hoursProblems(service.hours, ['services', i, 'hours'], out);
  if (Array.isArray(service.phones)) {
    service.phones.forEach((phone: unknown, p) => {
      if (isObject(phone) && phone.hours !== undefined) hoursProblems(phone.hours, ['services', i, 'phones', p, 'hours'], out);
    });
  }
  if (typeof service.verifiedAt === 'string' && typeof service.reviewDue === 'string' && service.reviewDue < service.verifiedAt) {
    out.push({ path: at('reviewDue'), reason: 'must not be earlier than verifiedAt' });
  }
}

function hoursProblems(hours: unknown, base: Segment[], out: Problem[]): void {
  if (!isObject(hours)) return;
  if (hours.open247 !== true && hours.weekly === undefined && hours.note === undefined) {
    out.push({ path: formatPath(base), reason: 'must give open247: true, weekly slots or a note' });
  }
  if (hours.open247 === true && Array.isArray(hours.weekly) && hours.weekly.length > 0) {
    out.push({ path: formatPath([...base, 'weekly']), reason: 'must be left out when open247 is true' });
  }
  if (Array.isArray(hours.weekly)) {
    hours.weekly.forEach((slot: unknown, s) => {
      if (isObject(slot) && typeof slot.opens === 'string' && slot.opens === slot.closes) {
        out.push({ path: formatPath([...base, 'weekly', s, 'closes']), reason: 'must differ from opens' });
      }
    });
  }
}

// One collator, made when the first problems are sorted (a valid feed never needs it, and the first
// collator of a page costs a phone tens of milliseconds): `localeCompare` with options would build
// a new one for every comparison.
let collator: Intl.Collator | undefined;
const byPath = (a: Problem, b: Problem) => (collator ??= new Intl.Collator('en', { numeric: true })).compare(a.path, b.path);

/** How many problems a result lists by default; `total` counts them all. */
export const MAX_PROBLEMS = 100;

export interface ValidateOptions {
  /** List at most this many problems (default {@link MAX_PROBLEMS}); `total` still counts every one. */
  maxProblems?: number;
  /** Stops an asynchronous validation between two steps (it rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** The envelope alone: services are checked one by one, so that no single parse holds them all. */
const envelopeSchema = z.extend(directorySchema, { services: z.array(z.unknown()) });

/** Work between two chances for the page to handle input, in milliseconds. */
const SLICE_MS = 5;

/**
 * The validation, as steps: it yields whenever it has worked for {@link SLICE_MS}, so that the
 * asynchronous form can let the page breathe. Services are validated one at a time (zod builds
 * its issue list with `push(...spread)`, which overflows the stack on a whole feed of tens of
 * thousands of invalid services) and only the first `maxProblems` problems are kept.
 */
function* validationSteps(json: unknown, maxProblems: number): Generator<void, ValidationResult, void> {
  const problems: Problem[] = [];
  let total = 0;
  const add = (found: Problem[]) => {
    if (found.length === 0) return;
    const seen = new Set<string>();
    for (const p of found.sort(byPath)) {
      const key = `${p.path}\u0000${p.reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total++;
      if (problems.length < maxProblems) problems.push(p);
    }
  };
  let sliceStart = performance.now();
  const envelope = envelopeSchema.safeParse(json, { reportInput: true });
  const found: Problem[] = [];
  if (!envelope.success) for (const issue of envelope.error.issues) issueToProblems(issue, [], found);
  envelopeProblems(json, found);
  add(found);
  const raw = isObject(json) && Array.isArray(json.services) ? (json.services as unknown[]) : [];
  const services: Service[] = [];
  const ids = new Map<string, number>();
  for (let i = 0; i < raw.length; i++) {
    const parsed = serviceSchema.safeParse(raw[i], { reportInput: true });
    const own: Problem[] = [];
    if (!parsed.success) for (const issue of parsed.error.issues) issueToProblems(issue, ['services', i], own);
    serviceProblems(raw[i], i, ids, own);
    add(own);
    if (parsed.success && total === 0) services.push(parsed.data);
    if (performance.now() - sliceStart > SLICE_MS) {
      yield;
      sliceStart = performance.now();
    }
  }
  if (total > 0 || !envelope.success) return { ok: false, problems, total };
  return { ok: true, directory: { ...envelope.data, services } };
}

/**
 * Validates a parsed feed against `reper-directory/1`, reporting every problem with its JSON path
 * and a plain-English reason: structure and types, unknown fields, categories and audiences,
 * E.164 phones, https-only links, ISO dates, duplicate service ids, and addresses or coordinates
 * on a location that is not public. Text is kept as text; nothing is interpreted as markup.
 * At most `maxProblems` problems are listed (default 100); `total` counts them all.
 */
export function validateDirectory(json: unknown, options: ValidateOptions = {}): ValidationResult {
  const steps = validationSteps(json, options.maxProblems ?? MAX_PROBLEMS);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** {@link validateDirectory}, giving the page a chance to handle input every few milliseconds. */
export async function validateDirectoryAsync(json: unknown, options: ValidateOptions = {}): Promise<ValidationResult> {
  const steps = validationSteps(json, options.maxProblems ?? MAX_PROBLEMS);
  for (;;) {
    options.signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    await nextTask();
  }
}

/** Decodes UTF-8 (a byte-order mark is dropped); throws on bytes that are not UTF-8. */
export function decodeUtf8(bytes: ArrayBuffer | ArrayBufferView): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes as ArrayBuffer);
}

/** Feed bytes or text as JSON, or the problem that stops it being read. */
function parseJson(input: string | ArrayBuffer | ArrayBufferView): { ok: true; json: unknown } | { ok: false; problems: Problem[]; total: number } {
  let textValue: string;
  if (typeof input === 'string') textValue = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    try {
      textValue = decodeUtf8(input);
    } catch {
      return { ok: false, problems: [{ path: '', reason: 'is not UTF-8 text' }], total: 1 };
    }
  }
  try {
    return { ok: true, json: JSON.parse(textValue) };
  } catch (error) {
    return { ok: false, problems: [{ path: '', reason: `is not valid JSON: ${(error as Error).message}` }], total: 1 };
  }
}

/**
 * Parses and validates feed bytes or text. JSON syntax errors and bytes that are not UTF-8 are
 * reported as problems too, never thrown.
 */
export function parseDirectory(input: string | ArrayBuffer | ArrayBufferView, options: ValidateOptions = {}): ValidationResult {
  const parsed = parseJson(input);
  return parsed.ok ? validateDirectory(parsed.json, options) : parsed;
}

/** {@link parseDirectory}, yielding to the page while it validates (see {@link validateDirectoryAsync}). */
export async function parseDirectoryAsync(input: string | ArrayBuffer | ArrayBufferView, options: ValidateOptions = {}): Promise<ValidationResult> {
  const parsed = parseJson(input);
  return parsed.ok ? validateDirectoryAsync(parsed.json, options) : parsed;
}
