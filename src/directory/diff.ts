import { localized } from './localized.js';
import type { Directory, Service } from './schema.js';
import { formatPath } from './validate.js';

export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface DirectoryDiff {
  added: { id: string; name: string }[];
  removed: { id: string; name: string }[];
  changed: { id: string; name: string; changes: FieldChange[] }[];
  /** Changes outside `services` (name, publisher, status, …). */
  envelope: FieldChange[];
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isObjArray = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.every(isPlain);

/** Leaf-level differences between two JSON values, as paths relative to `base`. */
export function diffValues(before: unknown, after: unknown, base: PropertyKey[] = [], out: FieldChange[] = []): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return out;
  if (isPlain(before) && isPlain(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) diffValues(before[k], after[k], [...base, k], out);
    return out;
  }
  if (isObjArray(before) && isObjArray(after) && before.length === after.length) {
    before.forEach((b, i) => diffValues(b, after[i], [...base, i], out));
    return out;
  }
  const change: FieldChange = { path: formatPath(base) };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  out.push(change);
  return out;
}

const nameOf = (s: Service) => localized(s.name, 'ro');

export function diffDirectories(a: Directory, b: Directory): DirectoryDiff {
  const before = new Map(a.services.map((s) => [s.id, s]));
  const after = new Map(b.services.map((s) => [s.id, s]));
  const { services: _a, ...envA } = a;
  const { services: _b, ...envB } = b;
  void _a;
  void _b;
  return {
    added: b.services.filter((s) => !before.has(s.id)).map((s) => ({ id: s.id, name: nameOf(s) })),
    removed: a.services.filter((s) => !after.has(s.id)).map((s) => ({ id: s.id, name: nameOf(s) })),
    changed: b.services
      .filter((s) => before.has(s.id))
      .map((s) => ({ id: s.id, name: nameOf(s), changes: diffValues(before.get(s.id), s) }))
      .filter((c) => c.changes.length > 0),
    envelope: diffValues(envA, envB),
  };
}

const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));

export function formatDiff(d: DirectoryDiff): string {
  const lines: string[] = [];
  for (const c of d.envelope) lines.push(`~ feed ${c.path}: ${show(c.before)} → ${show(c.after)}`);
  for (const s of d.added) lines.push(`+ added   ${s.id}  ${s.name}`);
  for (const s of d.removed) lines.push(`- removed ${s.id}  ${s.name}`);
  for (const s of d.changed) {
    lines.push(`~ changed ${s.id}  ${s.name}`);
    for (const c of s.changes) lines.push(`    ${c.path}: ${show(c.before)} → ${show(c.after)}`);
  }
  lines.push(`${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`);
  return `${lines.join('\n')}\n`;
}
