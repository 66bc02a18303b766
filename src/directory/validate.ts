import type { core } from 'zod/mini';
import { type Directory, directorySchema } from './schema.js';

/** One thing wrong with a feed: where (`services[3].phones[0].number`) and why, in plain English. */
export interface Problem {
  /** JSON path of the offending value; `""` is the whole document. */
  path: string;
  reason: string;
}

export type ValidationResult = { ok: true; directory: Directory } | { ok: false; problems: Problem[] };

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

function issueToProblems(issue: core.$ZodIssue, base: readonly Segment[], out: Problem[]): void {
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

/** Rules that span several fields, checked on the raw input so they are reported alongside the rest. */
function crossFieldProblems(input: unknown): Problem[] {
  const out: Problem[] = [];
  if (!isObject(input)) return out;
  if (typeof input.generatedAt === 'string' && typeof input.expiresAt === 'string') {
    if (Date.parse(input.expiresAt) <= Date.parse(input.generatedAt)) {
      out.push({ path: 'expiresAt', reason: 'must be later than generatedAt' });
    }
  }
  if (!Array.isArray(input.services)) return out;
  const seen = new Map<string, number>();
  input.services.forEach((service: unknown, i) => {
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
  });
  return out;
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

const byPath = (a: Problem, b: Problem) => a.path.localeCompare(b.path, 'en', { numeric: true });

/**
 * Validates a parsed feed against `reper-directory/1`, reporting every problem with its JSON path
 * and a plain-English reason: structure and types, unknown fields, categories and audiences,
 * E.164 phones, https-only links, ISO dates, duplicate service ids, and addresses or coordinates
 * on a location that is not public. Text is kept as text; nothing is interpreted as markup.
 */
export function validateDirectory(json: unknown): ValidationResult {
  const parsed = directorySchema.safeParse(json, { reportInput: true });
  const found: Problem[] = [];
  if (!parsed.success) for (const issue of parsed.error.issues) issueToProblems(issue, [], found);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const p of [...found, ...crossFieldProblems(json)]) {
    const key = `${p.path}\u0000${p.reason}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: problems.sort(byPath) };
  return { ok: true, directory: parsed.data };
}

/** Decodes UTF-8 (a byte-order mark is dropped); throws on bytes that are not UTF-8. */
export function decodeUtf8(bytes: ArrayBuffer | ArrayBufferView): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes as ArrayBuffer);
}

/**
 * Parses and validates feed bytes or text. JSON syntax errors and bytes that are not UTF-8 are
 * reported as problems too, never thrown.
 */
export function parseDirectory(input: string | ArrayBuffer | ArrayBufferView): ValidationResult {
  let textValue: string;
  if (typeof input === 'string') textValue = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    try {
      textValue = decodeUtf8(input);
    } catch {
      return { ok: false, problems: [{ path: '', reason: 'is not UTF-8 text' }] };
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(textValue);
  } catch (error) {
    return { ok: false, problems: [{ path: '', reason: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return validateDirectory(json);
}
