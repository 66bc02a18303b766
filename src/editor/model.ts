/**
 * The editor's data rules, without any UI: the working copy of a feed is plain JSON (it may be
 * invalid while someone types), edited by path, validated by the same `validateDirectory` as the
 * CLI, and serialised to the exact bytes that are signed and downloaded.
 */
import { addMonths, isStale } from '../directory/freshness.js';
import { localized } from '../directory/localized.js';
import type { Problem } from '../directory/validate.js';
import { formatPath } from '../directory/validate.js';
import { SCHEMA_ID } from '../directory/constants.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Segment = string | number;

/** A feed as it is being edited: an object whose `services` is a list of objects. */
export interface Draft extends JsonObject {
  services: JsonObject[];
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that parsed JSON has the shape the editor can work on (an object with a list of
 * service objects). Anything else is refused with every reason; finer problems are left to the
 * validator so that the maintainer can fix them in the form.
 */
export function asDraft(json: unknown): { ok: true; draft: Draft } | { ok: false; problems: Problem[] } {
  if (!isObject(json)) return { ok: false, problems: [{ path: '', reason: 'must be a JSON object (a reper-directory/1 feed)' }] };
  const problems: Problem[] = [];
  if (json.schema !== SCHEMA_ID) problems.push({ path: 'schema', reason: `must be "${SCHEMA_ID}"` });
  if (!Array.isArray(json.services)) problems.push({ path: 'services', reason: 'must be a list of services' });
  else
    json.services.forEach((s, i) => {
      if (!isObject(s)) problems.push({ path: `services[${i}]`, reason: 'must be an object' });
    });
  if (problems.length) return { ok: false, problems };
  return { ok: true, draft: structuredClone(json) as Draft };
}

export function getAt(root: Json | undefined, path: readonly Segment[]): Json | undefined {
  let cur: Json | undefined = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, Json>)[seg];
  }
  return cur;
}

/** Sets `value` at `path`, creating objects on the way; `undefined` removes the key. */
export function setAt(root: JsonObject, path: readonly Segment[], value: Json | undefined): void {
  let cur: JsonObject | Json[] = root;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i];
    let next = (cur as Record<string | number, Json>)[seg];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      (cur as Record<string | number, Json>)[seg] = next;
    }
    cur = next as JsonObject | Json[];
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1);
    else delete (cur as JsonObject)[last];
  } else (cur as Record<string | number, Json>)[last] = value;
}

/**
 * A per-language text after editing one language (`lang`) or the single text (`lang` null).
 * Empty texts are dropped; an object left with no language becomes `undefined`.
 */
export function withText(current: Json | undefined, lang: string | null, value: string): Json | undefined {
  if (lang === null) return value === '' ? undefined : value;
  const next: JsonObject = isObject(current) ? { ...current } : {};
  if (value === '') delete next[lang];
  else next[lang] = value;
  return Object.keys(next).length ? next : undefined;
}

/** Languages a per-language text is edited in: the feed's locales, then any other key it has. */
export function textLanguages(draft: Draft, value: Json | undefined): string[] {
  const locales = Array.isArray(draft.locales) ? draft.locales.filter((l): l is string => typeof l === 'string') : [];
  const langs = locales.length ? [...locales] : ['ro'];
  if (isObject(value)) for (const k of Object.keys(value)) if (!langs.includes(k)) langs.push(k);
  return langs;
}

/** The UI name of a service: its name in `lang` (any shape), else its id. */
export function serviceName(service: JsonObject, lang: string): string {
  const name = service.name;
  const text =
    typeof name === 'string' ? name : isObject(name) ? localized(name as Record<string, string>, lang) : '';
  return text.trim() || (typeof service.id === 'string' && service.id) || '—';
}

/** Problems of `services[i]` (and below), and the rest (envelope, document). */
export function problemsByService(problems: readonly Problem[]): { envelope: Problem[]; services: Map<number, Problem[]> } {
  const services = new Map<number, Problem[]>();
  const envelope: Problem[] = [];
  for (const p of problems) {
    const m = /^services\[(\d+)\]/.exec(p.path);
    if (!m) {
      envelope.push(p);
      continue;
    }
    const i = Number(m[1]);
    const list = services.get(i) ?? [];
    list.push(p);
    services.set(i, list);
  }
  return { envelope, services };
}

export type AttentionKind = 'problems' | 'review' | 'stale' | 'confidential';

export interface Attention {
  index: number;
  kinds: AttentionKind[];
  problems: number;
  /** `reviewDue` (review kind) or `verifiedAt` (stale kind). */
  date?: string;
  confidentiality?: string;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What each service needs, by the rules of `reper stale` (review date passed, or verified
 * `months` or more months ago), plus validation problems and non-public locations.
 */
export function attentionOf(draft: Draft, problems: readonly Problem[], now: Date, months = 12): Attention[] {
  const { services } = problemsByService(problems);
  const today = isoDay(now);
  return draft.services.map((s, index) => {
    const kinds: AttentionKind[] = [];
    const own = services.get(index)?.length ?? 0;
    if (own) kinds.push('problems');
    const verifiedAt = typeof s.verifiedAt === 'string' ? s.verifiedAt : '';
    const reviewDue = typeof s.reviewDue === 'string' ? s.reviewDue : undefined;
    let date: string | undefined;
    if (isStale({ verifiedAt, reviewDue }, now, months)) {
      if (reviewDue && reviewDue < today) {
        kinds.push('review');
        date = reviewDue;
      } else {
        kinds.push('stale');
        date = verifiedAt;
      }
    }
    const loc = s.location;
    const confidentiality = isObject(loc) && typeof loc.confidentiality === 'string' ? loc.confidentiality : undefined;
    if (confidentiality && confidentiality !== 'public') kinds.push('confidential');
    return { index, kinds, problems: own, date, confidentiality };
  });
}

const RANK: Record<AttentionKind, number> = { problems: 0, review: 1, stale: 2, confidential: 3 };

/** Services that need something first (problems, then review due, then stale), then the rest. */
export function byAttention(a: Attention, b: Attention): number {
  const ra = Math.min(4, ...a.kinds.map((k) => RANK[k]));
  const rb = Math.min(4, ...b.kinds.map((k) => RANK[k]));
  return ra - rb || a.index - b.index;
}

/** The next date a service must be checked (its `reviewDue`, or 12 months after `verifiedAt`), after today. */
export function nextReviewDate(draft: Draft, now: Date, months = 12): string | undefined {
  const today = isoDay(now);
  let best: string | undefined;
  for (const s of draft.services) {
    const verifiedAt = typeof s.verifiedAt === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.verifiedAt) ? s.verifiedAt : undefined;
    const candidates = [typeof s.reviewDue === 'string' ? s.reviewDue : undefined, verifiedAt && addMonths(verifiedAt, months)];
    const due = candidates.filter((d): d is string => !!d && d > today).sort()[0];
    if (due && (!best || due < best)) best = due;
  }
  return best;
}

/** An id not used yet by any service: `base`, `base-2`, `base-3`, … */
export function freeId(draft: Draft, base: string): string {
  const used = new Set(draft.services.map((s) => s.id));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new, empty service: what is still missing shows as problems in the form. */
export function newService(draft: Draft, now: Date): JsonObject {
  const prefix = typeof draft.id === 'string' && draft.id ? draft.id : 'service';
  const first = textLanguages(draft, undefined)[0];
  return {
    id: freeId(draft, `${prefix}-new`),
    name: {},
    categories: [],
    audiences: [],
    phones: [],
    areaServed: [],
    hours: {},
    free: true,
    languages: [first],
    verifiedAt: isoDay(now),
  };
}

/** A copy of a service under a new id, placed after it. */
export function duplicateService(draft: Draft, index: number): number {
  const copy = structuredClone(draft.services[index]);
  copy.id = freeId(draft, `${typeof copy.id === 'string' ? copy.id : 'service'}-copy`);
  draft.services.splice(index + 1, 0, copy);
  return index + 1;
}

const ENVELOPE_ORDER = ['schema', 'id', 'name', 'publisher', 'region', 'generatedAt', 'expiresAt', 'locales', 'status', 'services'];
const SERVICE_ORDER = [
  'id',
  'name',
  'description',
  'organization',
  'categories',
  'audiences',
  'phones',
  'email',
  'website',
  'location',
  'areaServed',
  'hours',
  'free',
  'languages',
  'verifiedAt',
  'reviewDue',
  'source',
];
const PHONE_ORDER = ['number', 'display', 'kind', 'tollFree', 'hours', 'note'];
const LOCATION_ORDER = ['confidentiality', 'address', 'geo', 'accessibility'];

function ordered(obj: JsonObject, order: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of order) if (k in obj) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
}

/** The draft with its fields in the contract's order (new fields land where a reader expects them). */
export function canonical(draft: Draft): JsonObject {
  const out = ordered(draft, ENVELOPE_ORDER);
  out.services = draft.services.map((s) => {
    const svc = ordered(s, SERVICE_ORDER);
    if (Array.isArray(svc.phones)) svc.phones = svc.phones.map((p) => (isObject(p) ? ordered(p, PHONE_ORDER) : p));
    if (isObject(svc.location)) svc.location = ordered(svc.location, LOCATION_ORDER);
    return svc;
  });
  return out;
}

/** The bytes that are downloaded, and signed: 2-space JSON and a final newline, like the CLI writes. */
export function feedBytes(draft: Draft): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(canonical(draft), null, 2)}\n`) as Uint8Array<ArrayBuffer>;
}

/** `services[3].phones[0].number` for a path given as segments. */
export const pathOf = (segments: readonly Segment[]): string => formatPath(segments);

/** The download name: the opened file's name without extension, else the feed id, else "directory". */
export function downloadBase(fileName: string | undefined, draft: Draft): string {
  const fromFile = fileName?.replace(/\.(json|csv)$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
  if (fromFile) return fromFile;
  return typeof draft.id === 'string' && /^[A-Za-z0-9._-]+$/.test(draft.id) ? draft.id : 'directory';
}
