import { createHash } from 'node:crypto';
import { localized } from '../directory/localized.js';
import { DAYS, type Day, type Directory, type Hours, type LocalizedText, type Phone } from '../directory/schema.js';

/**
 * Open Referral HSDS 3.0 as JSON: `{ hsds_version, organizations, services, taxonomies,
 * taxonomy_terms }`, where each service is a complete HSDS `service` object with its nested
 * `organization`, `phones`, `schedules`, `service_areas`, `languages`, `cost_options`,
 * `service_at_locations[].location` (with `addresses`, `accessibility`) and `attributes`.
 *
 * What maps, maps: name, description, email, url, assured_date (verifiedAt), phones (number,
 * type, description), weekly schedules (RRULE-style `freq`/`byday`/`opens_at`/`closes_at`),
 * service areas, language codes, free (a zero-cost option), public addresses and coordinates,
 * and categories and audiences as attributes linked to taxonomy terms of the `reper-category`
 * and `reper-audience` taxonomies. Everything Reper has that HSDS cannot say exactly (ids,
 * per-language texts, phone kinds and notes, 24/7, notes, confidentiality, reviewDue, source) is
 * kept in one attribute of the `reper` taxonomy whose `value` is JSON, so that
 * export → import gives back the same feed. The feed envelope is kept in `reper_directory`.
 */

const NAMESPACE = 'reper-directory/1';

/** A deterministic UUID (version 5 layout, SHA-1) for a Reper entity, so exports are stable. */
export function uuidFor(kind: string, key: string): string {
  const h = createHash('sha1').update(`${NAMESPACE}:${kind}:${key}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export const PHONE_TYPE: Record<Phone['kind'], string> = { voice: 'voice', sms: 'text', whatsapp: 'cell', textphone: 'textphone' };

export interface ReperExtra {
  id: string;
  name?: LocalizedText;
  description?: LocalizedText;
  organization?: LocalizedText;
  phones: Phone[];
  hours: Hours;
  confidentiality?: string;
  accessibility?: LocalizedText;
  reviewDue?: string;
  source?: string;
  free: boolean;
}

export type Json = Record<string, unknown>;

const TERM_DESCRIPTION: Record<string, string> = {
  'reper-category': 'Kind of service (Reper category)',
  'reper-audience': 'Who the service is for (Reper audience)',
  reper: 'Reper fields that HSDS cannot express, as JSON in the attribute value',
};

function term(taxonomy: string, code: string): Json {
  return {
    id: uuidFor('term', `${taxonomy}:${code}`),
    code,
    name: code,
    description: TERM_DESCRIPTION[taxonomy] ?? taxonomy,
    taxonomy,
    taxonomy_id: uuidFor('taxonomy', taxonomy),
  };
}

const LINK_TYPE: Record<string, string> = { 'reper-category': 'category', 'reper-audience': 'audience', reper: 'reper' };

function attribute(serviceUuid: string, taxonomy: string, code: string, value?: string): Json {
  const t = term(taxonomy, code);
  return {
    id: uuidFor('attribute', `${serviceUuid}:${taxonomy}:${code}`),
    link_id: serviceUuid,
    link_type: LINK_TYPE[taxonomy] ?? taxonomy,
    link_entity: 'service',
    taxonomy_term_id: t.id,
    ...(value !== undefined ? { value } : {}),
    taxonomy_term: t,
  };
}

const RRULE_DAY = (d: Day) => d.toUpperCase();
/** Opening times are local wall-clock times; a fixed UTC offset would be wrong for half the year. */
export const LOCAL_TIME = 'Local time in Romania (Europe/Bucharest)';

export function schedules(serviceUuid: string, hours: Hours, lang: string): Json[] {
  const out: Json[] = [];
  const note = hours.note === undefined ? undefined : localized(hours.note, lang);
  if (hours.open247) {
    out.push({
      id: uuidFor('schedule', `${serviceUuid}:247`),
      service_id: serviceUuid,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: DAYS.map(RRULE_DAY).join(','),
      opens_at: '00:00',
      closes_at: '23:59',
      description: 'Open 24 hours a day, 7 days a week',
      ...(note ? { notes: note } : {}),
    });
  }
  (hours.weekly ?? []).forEach((slot, i) => {
    out.push({
      id: uuidFor('schedule', `${serviceUuid}:${i}`),
      service_id: serviceUuid,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: slot.days.map(RRULE_DAY).join(','),
      opens_at: slot.opens,
      closes_at: slot.closes,
      description: LOCAL_TIME,
      ...(note ? { notes: note } : {}),
    });
  });
  if (out.length === 0 && note) out.push({ id: uuidFor('schedule', `${serviceUuid}:note`), service_id: serviceUuid, notes: note });
  return out;
}

/** A Reper feed as an HSDS 3.0 document. */
export function exportHsds(directory: Directory): Json {
  const lang = directory.locales[0] ?? 'ro';
  const organizations = new Map<string, Json>();
  const usedTerms = new Map<string, Json>();
  const services = directory.services.map((s) => {
    const sid = uuidFor('service', s.id);
    const orgName = s.organization === undefined ? localized(directory.publisher.name, lang) : localized(s.organization, lang);
    const oid = uuidFor('organization', orgName);
    const organization = { id: oid, name: orgName, description: orgName };
    organizations.set(oid, organization);
    const extra: ReperExtra = {
      id: s.id,
      phones: s.phones,
      hours: s.hours,
      free: s.free,
      ...(typeof s.name === 'object' ? { name: s.name } : {}),
      ...(typeof s.description === 'object' ? { description: s.description } : {}),
      ...(s.organization !== undefined ? { organization: s.organization } : {}),
      ...(s.location ? { confidentiality: s.location.confidentiality } : {}),
      ...(s.location?.accessibility !== undefined ? { accessibility: s.location.accessibility } : {}),
      ...(s.reviewDue ? { reviewDue: s.reviewDue } : {}),
      ...(s.source ? { source: s.source } : {}),
    };
    const attributes = [
      ...s.categories.map((c) => attribute(sid, 'reper-category', c)),
      ...s.audiences.map((a) => attribute(sid, 'reper-audience', a)),
      attribute(sid, 'reper', 'reper-service', JSON.stringify(extra)),
    ];
    for (const a of attributes) usedTerms.set((a.taxonomy_term as Json).id as string, a.taxonomy_term as Json);
    const service: Json = {
      id: sid,
      organization_id: oid,
      name: localized(s.name, lang),
      ...(s.description !== undefined ? { description: localized(s.description, lang) } : {}),
      ...(s.website ? { url: s.website } : {}),
      ...(s.email ? { email: s.email } : {}),
      status: 'active',
      assured_date: s.verifiedAt,
      phones: s.phones.map((p, i) => ({
        id: uuidFor('phone', `${sid}:${i}`),
        service_id: sid,
        number: p.number,
        type: PHONE_TYPE[p.kind],
        ...(p.display ? { description: p.display } : {}),
      })),
      schedules: schedules(sid, s.hours, lang),
      service_areas: s.areaServed.map((area, i) => ({ id: uuidFor('service_area', `${sid}:${i}`), service_id: sid, name: area })),
      languages: s.languages.map((code, i) => ({ id: uuidFor('language', `${sid}:${i}`), service_id: sid, code })),
      cost_options: s.free ? [{ id: uuidFor('cost_option', sid), service_id: sid, option: 'Free of charge', amount: 0, currency: 'RON' }] : [],
      attributes,
      organization,
    };
    const loc = s.location;
    if (loc && loc.confidentiality === 'public' && (loc.address || loc.geo)) {
      const lid = uuidFor('location', sid);
      const location: Json = {
        id: lid,
        location_type: 'physical',
        organization_id: oid,
        name: localized(s.name, lang),
        ...(loc.geo ? { latitude: loc.geo.lat, longitude: loc.geo.lon } : {}),
        addresses: loc.address
          ? [{
              id: uuidFor('address', lid),
              location_id: lid,
              address_1: loc.address.street,
              city: loc.address.locality,
              region: loc.address.county,
              state_province: loc.address.county,
              postal_code: loc.address.postalCode ?? '',
              country: 'RO',
              address_type: 'physical',
            }]
          : [],
        accessibility: loc.accessibility !== undefined ? [{ id: uuidFor('accessibility', lid), location_id: lid, description: localized(loc.accessibility, lang) }] : [],
      };
      service.service_at_locations = [{ id: uuidFor('service_at_location', sid), service_id: sid, location_id: lid, location }];
    } else service.service_at_locations = [];
    return service;
  });
  const { services: _omit, ...envelope } = directory;
  void _omit;
  return {
    hsds_version: '3.0',
    reper_directory: envelope,
    organizations: [...organizations.values()],
    services,
    taxonomies: ['reper-category', 'reper-audience', 'reper'].map((t) => ({ id: uuidFor('taxonomy', t), name: t, description: `Reper ${t} terms` })),
    taxonomy_terms: [...usedTerms.values()],
  };
}
