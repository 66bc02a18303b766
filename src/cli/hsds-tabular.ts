import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Problem } from '../directory/validate.js';
import type { Json } from './hsds.js';

/**
 * The tabular form of HSDS 3.0: a `datapackage.json` whose `resources` name one CSV file per
 * table (services.csv, phones.csv, schedules.csv, service_at_location.csv, locations.csv,
 * addresses.csv, …), joined by their `*_id` columns. Assembled here into nested services, the
 * shape `importHsds` reads, so the same rules and warnings apply. Empty cells are absent values.
 */

const TABLES = [
  'service', 'organization', 'phone', 'schedule', 'service_area', 'language', 'cost_option', 'service_at_location', 'location',
  'address', 'accessibility', 'attribute', 'taxonomy_term', 'contact', 'funding', 'program', 'required_document',
] as const;
type Table = (typeof TABLES)[number];

export function isDatapackage(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && Array.isArray((doc as Json).resources);
}

export function readDatapackage(file: string, doc: Json): { doc: Json; taxonomyTerms: Map<unknown, Json>; problems: Problem[] } {
  const problems: Problem[] = [];
  const tables = {} as Record<Table, Json[]>;
  for (const t of TABLES) tables[t] = [];
  (doc.resources as Json[]).forEach((r, i) => {
    const name = typeof r?.name === 'string' ? r.name : '';
    const path = typeof r?.path === 'string' ? r.path : '';
    if (!(TABLES as readonly string[]).includes(name) || !path) return;
    const csv = join(dirname(file), path);
    if (/(^|[\\/])\.\.([\\/]|$)/.test(path) || path.startsWith('/')) {
      problems.push({ path: `resources[${i}].path`, reason: `${JSON.stringify(path)} must be a file next to datapackage.json` });
      return;
    }
    if (!existsSync(csv)) {
      problems.push({ path: `resources[${i}].path`, reason: `${path} does not exist next to ${file}` });
      return;
    }
    try {
      const rows = parse(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      tables[name as Table] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '')));
    } catch (error) {
      const e = error as { lines?: number; message: string };
      problems.push({ path: `${path}${e.lines ? `, line ${e.lines}` : ''}`, reason: `is not readable CSV (${e.message.split(':')[0]})` });
    }
  });
  const by = (t: Table, key: string, id: unknown) => tables[t].filter((r) => r[key] === id);
  const locations = new Map(
    tables.location.map((l) => [
      l.id,
      { ...l, addresses: by('address', 'location_id', l.id), accessibility: by('accessibility', 'location_id', l.id) } as Json,
    ]),
  );
  const orgs = new Map(tables.organization.map((o) => [o.id, o]));
  const services = tables.service.map((s) => ({
    ...s,
    ...(orgs.has(s.organization_id) ? { organization: orgs.get(s.organization_id) } : {}),
    phones: by('phone', 'service_id', s.id),
    schedules: by('schedule', 'service_id', s.id),
    service_areas: by('service_area', 'service_id', s.id),
    languages: by('language', 'service_id', s.id).filter((l) => !l.phone_id),
    cost_options: by('cost_option', 'service_id', s.id),
    contacts: by('contact', 'service_id', s.id),
    funding: by('funding', 'service_id', s.id),
    required_documents: by('required_document', 'service_id', s.id),
    attributes: by('attribute', 'link_id', s.id),
    service_at_locations: by('service_at_location', 'service_id', s.id).map((sal) => ({ ...sal, ...(locations.has(sal.location_id) ? { location: locations.get(sal.location_id) } : {}) })),
  }));
  return { doc: { services }, taxonomyTerms: new Map(tables.taxonomy_term.map((t) => [t.id, t])), problems };
}
