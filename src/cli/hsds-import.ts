import { toPhone } from '../directory/cells.js';
import { formatSlots } from '../directory/hours-text.js';
import { localized } from '../directory/localized.js';
import { DAYS, type Day, type Hours, type LocalizedText, type Phone, type Service, type Slot } from '../directory/schema.js';
import type { Problem } from '../directory/validate.js';
import { type Json, LOCAL_TIME, PHONE_TYPE, type ReperExtra, schedules } from './hsds.js';

/**
 * Reads what HSDS 3.0 publishers produce, lossless or loud:
 *
 * - shapes: one service (`/services/{id}`), an API page `{ total_items, …, contents: [...] }` of
 *   services, service_at_locations or organizations, a bare list of them, one service_at_location,
 *   one organization with its `services`, Reper's own `export-hsds` document `{ services, … }`, and
 *   (through hsds-tabular.ts) the tabular datapackage;
 * - every HSDS field that Reper cannot show is named in a warning with its HSDS path, per service;
 *   nothing is turned into something else (a fax is not a voice line, a monthly schedule is not
 *   weekly hours, a postal address is not a place to visit, a fee is not lost behind free: false);
 * - the `reper` attribute written by export-hsds restores what HSDS cannot say (per-language
 *   texts, phone kinds and notes, 24/7…), but a field edited in another HSDS tool after the export
 *   wins, with a warning naming both values; a conflict that could expose a confidential place is
 *   an error;
 * - `hsdsPath(i, reperPath)` turns a validation problem on `services[i]…` into the HSDS field the
 *   maintainer can find (`latitude` rather than `location.geo.lat`).
 */

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null && !Array.isArray(x)) as Json[]) : []);
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const q = (v: unknown) => JSON.stringify(v);

const KIND_FROM_TYPE: Record<string, Phone['kind']> = { voice: 'voice', text: 'sms', cell: 'voice', textphone: 'textphone' };
/** Keys that only link records together; they are never information a person would miss. */
const LINK_KEY = /^(id|[a-z_]*_id|link_type|link_entity|metadata|taxonomy_detail|parent_id|hsds_version)$/;

export interface HsdsImport {
  services: Service[];
  envelope?: Json;
  problems: Problem[];
  warnings: string[];
  /** The HSDS path for a problem on `services[i]` + `rest` (e.g. `.location.geo.lat`). */
  hsdsPath: (i: number, rest: string) => string;
}

interface Item {
  h: Json;
  base: string;
  org?: Json;
}

const isSal = (x: Json) => obj(x.service) !== undefined && (obj(x.location) !== undefined || typeof x.location_id === 'string');
const isOrganization = (x: Json) => Array.isArray(x.services) && typeof x.name === 'string' && !('hsds_version' in x) && !('reper_directory' in x);
const isOrganizationOnly = (x: Json) => !('status' in x) && ['tax_status', 'legal_status', 'year_incorporated', 'website', 'organization_identifiers'].some((k) => k in x);
const isService = (x: Json) => typeof x.name === 'string' && ['status', 'phones', 'organization_id', 'service_at_locations', 'schedules', 'organization', 'url', 'email'].some((k) => k in x);

/** A service_at_location as a service with that one location. */
function fromSal(sal: Json): Json {
  const service = obj(sal.service) ?? {};
  const { service: _s, ...rest } = sal;
  void _s;
  return { ...service, service_at_locations: [...arr(service.service_at_locations), rest] };
}

function itemsOf(doc: unknown, problems: Problem[]): Item[] {
  const fromList = (list: Json[], prefix: string): Item[] => {
    const out: Item[] = [];
    const byId = new Map<string, Item>();
    list.forEach((x, i) => {
      const base = `${prefix}[${i}]`;
      if (isSal(x)) {
        // One service at several locations appears once per location: gather them.
        const h = fromSal(x);
        const prior = typeof h.id === 'string' ? byId.get(h.id) : undefined;
        if (prior) prior.h.service_at_locations = [...arr(prior.h.service_at_locations), ...arr(h.service_at_locations)];
        else {
          const item = { h, base: `${base}.service` };
          out.push(item);
          if (typeof h.id === 'string') byId.set(h.id, item);
        }
      } else if (isOrganization(x)) arr(x.services).forEach((h, k) => out.push({ h, base: `${base}.services[${k}]`, org: x }));
      else if (isOrganizationOnly(x)) problems.push({ path: base, reason: `is an organization (${str(x.name) ?? ''}) without services: ask the publisher for services, or for /organizations/{id} with full=true` });
      else out.push({ h: x, base });
    });
    return out;
  };
  if (Array.isArray(doc)) return fromList(arr(doc), '');
  const root = obj(doc);
  if (root && Array.isArray(root.contents)) return fromList(arr(root.contents), 'contents');
  if (root && isOrganization(root)) return arr(root.services).map((h, k) => ({ h, base: `services[${k}]`, org: root }));
  if (root && Array.isArray(root.services)) return fromList(arr(root.services), 'services');
  if (root && isSal(root)) return [{ h: fromSal(root), base: 'service' }];
  if (root && isService(root)) return [{ h: root, base: '' }];
  problems.push({
    path: '',
    reason:
      'is not an HSDS 3.0 document Reper reads: expected one service, a list of services, an API page {"contents": [...]}, ' +
      'a service_at_location, an organization with "services", or a datapackage.json',
  });
  return [];
}

const join = (base: string, path: string) => (base && path ? `${base}${path.startsWith('[') ? '' : '.'}${path}` : base || path);

/** Marks which HSDS fields were read, then lists the others that hold something. */
class Tracker {
  readonly used = new Set<string>();
  use(...paths: string[]): void {
    for (const p of paths) this.used.add(p);
  }
  /** Paths (relative to the service) of values nothing read; a subtree nothing read is one path. */
  unused(value: unknown, path = ''): string[] {
    if (this.used.has(path) && path) return [];
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
    if (typeof value !== 'object') return [path];
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [`${path}[${i}]`, v]) : Object.entries(value).filter(([k]) => !LINK_KEY.test(k)).map(([k, v]) => [path ? `${path}.${k}` : k, v]);
    const touched = [...this.used].some((u) => u.startsWith(path));
    const inner = entries.flatMap(([p, v]) => this.unused(v, p));
    if (!touched && path && inner.length > 1) return [path];
    return inner;
  }
}

const normSchedules = (list: Json[]) =>
  q(list.map((s) => [str(s.freq) ?? '', str(s.byday) ?? '', str(s.opens_at)?.slice(0, 5) ?? '', str(s.closes_at)?.slice(0, 5) ?? '', str(s.notes) ?? '']));

function hoursFromSchedules(list: Json[], t: Tracker, at: string, warn: (m: string) => void): Hours {
  const weekly: Slot[] = [];
  let open247 = false;
  const notes: string[] = [];
  list.forEach((s, j) => {
    const p = `schedules[${j}]`;
    t.use(`${p}.freq`, `${p}.byday`, `${p}.opens_at`, `${p}.closes_at`, `${p}.wkst`, `${p}.notes`);
    const note = str(s.notes);
    const description = str(s.description);
    if (description === LOCAL_TIME || description === 'Open 24 hours a day, 7 days a week') t.use(`${p}.description`);
    const freq = str(s.freq)?.toUpperCase();
    const byday = str(s.byday) ?? '';
    const interval = typeof s.interval === 'number' ? s.interval : Number(str(s.interval) ?? 1);
    const special = (['bymonthday', 'byyearday', 'byweekno', 'count', 'until'] as const).filter((k) => str(s[k]) !== undefined);
    if (special.length === 0) t.use(`${p}.interval`);
    const dayCodes = byday.split(',').map((d) => d.trim()).filter(Boolean);
    const plain = dayCodes.every((d) => /^(MO|TU|WE|TH|FR|SA|SU)$/i.test(d));
    if (freq && (freq !== 'WEEKLY' || !plain || interval !== 1 || special.length)) {
      const rule = [`freq ${freq}`, byday && `byday "${byday}"`, interval !== 1 && `interval ${interval}`, ...special.map((k) => `${k} ${q(s[k])}`)].filter(Boolean).join(', ');
      t.use(`${p}.interval`, ...special.map((k) => `${p}.${k}`));
      if (description) t.use(`${p}.description`);
      warn(`${join(at, p)}: a schedule that is not the same every week (${rule}) cannot be shown as weekly hours: left out${description ? '; its description is kept as the hours note' : ''}`);
      if (description) notes.push(description);
      if (note) notes.push(note);
      return;
    }
    if (note) notes.push(note);
    const days = dayCodes.map((d) => d.toLowerCase()).filter((d): d is Day => (DAYS as readonly string[]).includes(d));
    const opens = str(s.opens_at)?.slice(0, 5);
    const closes = str(s.closes_at)?.slice(0, 5);
    if (days.length === 7 && opens === '00:00' && (closes === '23:59' || closes === '24:00')) open247 = true;
    else if (days.length && opens && closes) weekly.push({ days, opens, closes });
    else if (!freq && description) {
      t.use(`${p}.description`);
      notes.push(description);
    }
  });
  const note = [...new Set(notes)].join(' ');
  if (open247) return { open247: true, ...(note ? { note } : {}) };
  return { ...(weekly.length ? { weekly } : {}), ...(note ? { note } : {}) };
}

const hoursText = (h: Hours) => [formatSlots(h.open247, h.weekly), h.note === undefined ? '' : localized(h.note, 'ro')].filter(Boolean).join('; ') || '(none)';

/**
 * An HSDS 3.0 document as Reper services. `lang` is the language HSDS's single texts are in
 * (the feed's first locale; `ro` when unknown).
 */
export function importHsds(doc: unknown, options: { taxonomyTerms?: Map<unknown, Json> } = {}): HsdsImport {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const root = obj(doc) ?? {};
  const envelope = obj(root.reper_directory);
  const lang = (Array.isArray(envelope?.locales) && typeof envelope.locales[0] === 'string' ? envelope.locales[0] : undefined) ?? 'ro';
  const orgs = new Map(arr(root.organizations).map((o) => [o.id, o]));
  const terms = options.taxonomyTerms ?? new Map(arr(root.taxonomy_terms).map((t) => [t.id, t]));
  const origins: Record<string, string>[] = [];
  const bases: string[] = [];
  const services: Service[] = [];

  for (const { h, base, org: parentOrg } of itemsOf(doc, problems)) {
    const t = new Tracker();
    const origin: Record<string, string> = {};
    const notes: string[] = [];
    const warn = (m: string) => notes.push(m);
    const label = str(h.name) ?? str(h.id) ?? '';
    const at = (p: string) => join(base, p);
    t.use('name', 'status');
    const status = str(h.status);
    if (status && status !== 'active') {
      warnings.push(`${base || '(document)'} (${label}): status "${status}": not imported, Reper lists only active services`);
      continue;
    }

    // The reper attribute, categories and audiences.
    let extra: Partial<ReperExtra> | undefined;
    const categories: string[] = [];
    const audiences: string[] = [];
    arr(h.attributes).forEach((a, k) => {
      const term = obj(a.taxonomy_term) ?? terms.get(a.taxonomy_term_id) ?? {};
      const taxonomy = str(term.taxonomy);
      const code = str(term.code) ?? str(term.name);
      const mine = taxonomy === 'reper' || taxonomy === 'reper-category' || taxonomy === 'reper-audience';
      if (mine) t.use(`attributes[${k}]`);
      if (taxonomy === 'reper' && code === 'reper-service' && typeof a.value === 'string') {
        try {
          extra = JSON.parse(a.value) as ReperExtra;
        } catch {
          problems.push({ path: at(`attributes[${k}].value`), reason: 'the reper-service attribute is not valid JSON' });
        }
      } else if (taxonomy === 'reper-category' && code) categories.push(code);
      else if (taxonomy === 'reper-audience' && code) audiences.push(code);
    });
    origin.categories = 'attributes';
    origin.audiences = 'attributes';
    if (!categories.length) {
      categories.push('information');
      warn(`${at('attributes')}: no reper-category attribute; used "information" (say which kind of help in the attributes, taxonomy "reper-category")`);
    }
    if (!audiences.length) {
      audiences.push('adult-victim');
      warn(`${at('attributes')}: no reper-audience attribute; used "adult-victim" (say who it is for in the attributes, taxonomy "reper-audience")`);
    }
    const x: Partial<ReperExtra> = extra ?? {};

    /** A text that HSDS holds in one language and the reper attribute in several: an HSDS edit wins for `lang`. */
    const text = (hsdsPath: string, hsds: string | undefined, mine: LocalizedText | undefined, field: string): LocalizedText | undefined => {
      origin[field] = hsdsPath;
      if (mine === undefined) return hsds;
      const projected = localized(mine, lang);
      if (hsds === undefined || hsds === projected) return mine;
      if (typeof mine === 'string') {
        warn(`${at(hsdsPath)}: ${q(hsds)} in HSDS, ${q(mine)} in the reper attribute: used the HSDS text`);
        return hsds;
      }
      const others = Object.keys(mine).filter((l) => l !== lang);
      warn(`${at(hsdsPath)}: ${q(hsds)} in HSDS, ${q(projected)} in the reper attribute: used the HSDS text for "${lang}"${others.length ? `; check the ${others.join(', ')} texts, kept from the export` : ''}`);
      return { ...mine, [lang]: hsds };
    };

    const name = text('name', str(h.name), x.name, 'name');
    t.use('description');
    const description = text('description', str(h.description), x.description, 'description');
    const org = obj(h.organization) ?? (orgs.get(h.organization_id) as Json | undefined) ?? parentOrg;
    const orgPath = obj(h.organization) ? 'organization.name' : 'organization_id';
    t.use('organization.name');
    const organization = extra && x.organization === undefined ? undefined : text(orgPath, str(org?.name), x.organization, 'organization');
    if (obj(h.organization)) {
      if (str(org?.description) === str(org?.name)) t.use('organization.description');
      const rest = t.unused(h.organization, 'organization');
      if (rest.length) warn(`${at('organization')}: only the organization's name is shown; not imported: ${rest.map((r) => r.slice('organization.'.length)).join(', ')}`);
      t.use('organization');
    }

    t.use('email', 'url', 'assured_date', 'last_modified');
    const email = str(h.email);
    origin.email = 'email';
    let website = str(h.url);
    origin.website = 'url';
    if (website && !/^https:\/\//i.test(website)) {
      warn(`${at('url')}: ${q(website)} is not an https: address; Reper links only to https: pages: left out`);
      website = undefined;
    }
    const verifiedAt = str(h.assured_date)?.slice(0, 10) ?? str(h.last_modified)?.slice(0, 10);
    origin.verifiedAt = 'assured_date';

    // Phones: callable and textable lines only.
    const hsdsPhones: { p: Json; i: number }[] = [];
    arr(h.phones).forEach((p, i) => {
      t.use(`phones[${i}].number`, `phones[${i}].type`, `phones[${i}].description`);
      const type = (str(p.type) ?? 'voice').toLowerCase();
      if (!(type in KIND_FROM_TYPE)) {
        t.use(`phones[${i}]`);
        warn(`${at(`phones[${i}]`)}: a ${type} number (${str(p.number) ?? ''}) cannot be shown: Reper lists lines to call or text: left out`);
      } else hsdsPhones.push({ p, i });
    });
    const hsdsNumber = (p: Json) => {
      const raw = (str(p.number) ?? '').replace(/^["']+|["']+$/g, '');
      const n = toPhone(raw);
      return n instanceof Error || n === undefined ? raw : n;
    };
    const shape = (list: [string, string, string][]) => q(list);
    let phones: Phone[];
    const fromHsds = hsdsPhones.map(({ p }): [string, string, string] => [hsdsNumber(p), (str(p.type) ?? 'voice').toLowerCase(), str(p.description) ?? '']);
    if (x.phones && shape(x.phones.map((p) => [p.number, PHONE_TYPE[p.kind], p.display ?? ''])) === shape(fromHsds)) phones = x.phones;
    else {
      phones = fromHsds.map(([number, type, display]) => {
        const mine = x.phones?.find((m) => m.number === number);
        const { display: _d, ...kept } = mine ?? ({} as Partial<Phone>);
        void _d;
        const kind = mine && PHONE_TYPE[mine.kind] === type ? mine.kind : (KIND_FROM_TYPE[type] ?? 'voice');
        // HSDS's description is free text: a number written out is Reper's display, anything else its note.
        const asDisplay = display && display.length <= 40 && /^[\d\s+().\-/]+$/.test(display);
        const note = display && !asDisplay && (mine?.note === undefined || localized(mine.note, lang) !== display) ? { note: display } : {};
        return { ...kept, number, kind, ...(asDisplay ? { display } : {}), ...note } as Phone;
      });
      if (x.phones) {
        warn(`${at('phones')}: ${fromHsds.map((f) => f[0]).join(', ') || '(none)'} in HSDS, ${x.phones.map((p) => p.number).join(', ') || '(none)'} in the reper attribute: used the HSDS phones (hours and notes kept for numbers in both)`);
      }
    }
    hsdsPhones.forEach(({ i }, k) => (origin[`phones[${k}]`] = `phones[${i}]`));

    // Hours.
    origin.hours = 'schedules';
    const hsdsSchedules = arr(h.schedules);
    let hours: Hours;
    if (x.hours && normSchedules(schedules(str(h.id) ?? '', x.hours, lang)) === normSchedules(hsdsSchedules)) {
      hours = x.hours;
      hsdsSchedules.forEach((_s, j) => t.use(`schedules[${j}].description`, `schedules[${j}].freq`, `schedules[${j}].byday`, `schedules[${j}].opens_at`, `schedules[${j}].closes_at`, `schedules[${j}].wkst`, `schedules[${j}].notes`));
    } else {
      hours = hoursFromSchedules(hsdsSchedules, t, base, warn);
      if (x.hours) warn(`${at('schedules')}: ${q(hoursText(hours))} in HSDS, ${q(hoursText(x.hours))} in the reper attribute: used the HSDS schedules`);
    }

    // Cost.
    origin.free = 'cost_options';
    const costs = arr(h.cost_options);
    costs.forEach((_c, k) => t.use(`cost_options[${k}].amount`, `cost_options[${k}].option`, `cost_options[${k}].currency`));
    const zero = costs.some((c) => c.amount === 0 || str(c.amount) === '0');
    const fees = costs.filter((c) => !(c.amount === 0 || str(c.amount) === '0'));
    let free: boolean | undefined;
    if (fees.length) {
      free = false;
      fees.forEach((c) => {
        const k = costs.indexOf(c);
        t.use(`cost_options[${k}].amount_description`);
        const what = [str(c.option), [str(c.amount), str(c.currency)?.toUpperCase()].filter(Boolean).join(' '), str(c.amount_description)].filter(Boolean).join(', ');
        warn(`${at(`cost_options[${k}]`)}: the fee (${what}) cannot be shown: Reper only says whether a service is free; marked not free`);
      });
    } else if (zero) free = true;
    else if (str(h.fees_description) || str(h.fees)) free = false;
    else free = x.free;
    if (x.free !== undefined && free !== x.free) warn(`${at('cost_options')}: ${free ? 'free' : 'not free'} in HSDS, ${x.free ? 'free' : 'not free'} in the reper attribute: used HSDS`);

    // Place: one visiting address per service.
    const sals = arr(h.service_at_locations);
    sals.slice(1).forEach((sal, k) => {
      t.use(`service_at_locations[${k + 1}]`);
      const l = obj(sal.location);
      warn(`${at(`service_at_locations[${k + 1}]`)}: another location${l && str(l.name) ? ` (${str(l.name)})` : ''} cannot be shown: Reper keeps one place per service (the first); left out`);
    });
    const lp = 'service_at_locations[0].location';
    const location = obj(sals[0]?.location);
    let loc: Service['location'];
    const confidentiality = x.confidentiality ?? (location ? 'public' : undefined);
    if (location) {
      t.use(`${lp}.location_type`, `${lp}.latitude`, `${lp}.longitude`, `${lp}.name`, `${lp}.accessibility[0].description`);
      const type = str(location.location_type) ?? 'physical';
      const addresses = arr(location.addresses);
      const visiting: { a: Json; k: number }[] = [];
      addresses.forEach((a, k) => {
        const kind = str(a.address_type) ?? 'physical';
        t.use(`${lp}.addresses[${k}]`);
        if (kind !== 'physical') warn(`${at(`${lp}.addresses[${k}]`)}: a ${kind} address is not a place to visit: left out`);
        else visiting.push({ a, k });
      });
      visiting.slice(1).forEach(({ k }) => warn(`${at(`${lp}.addresses[${k}]`)}: a second physical address cannot be shown: left out`));
      const lat = typeof location.latitude === 'number' ? location.latitude : Number(str(location.latitude) ?? NaN);
      const lon = typeof location.longitude === 'number' ? location.longitude : Number(str(location.longitude) ?? NaN);
      const hasGeo = Number.isFinite(lat) && Number.isFinite(lon);
      if (type !== 'physical') {
        warn(`${at(`${lp}.location_type`)}: a ${type} location is not a place to visit: left out`);
      } else if (confidentiality && confidentiality !== 'public' && (visiting.length || hasGeo)) {
        problems.push({
          path: at(lp),
          reason: `has ${visiting.length ? 'an address' : 'coordinates'} in HSDS, but the reper attribute says the place is "${confidentiality}" (confidential, never published): remove the address and coordinates, or change confidentiality in the reper attribute if the place really is public`,
        });
      } else {
        loc = { confidentiality: (confidentiality ?? 'public') as 'public' };
        const first = visiting[0];
        if (first) {
          const a = first.a;
          const ap = `${lp}.addresses[${first.k}]`;
          const street = [str(a.address_1), str(a.address_2)].filter(Boolean).join(', ');
          const region = str(a.state_province) ?? str(a.region);
          if (str(a.region) && str(a.state_province) && str(a.region) !== str(a.state_province)) warn(`${at(`${ap}.region`)}: ${q(str(a.region))} left out (the county is state_province ${q(str(a.state_province))})`);
          if (str(a.attention)) warn(`${at(`${ap}.attention`)}: ${q(str(a.attention))} cannot be shown: left out`);
          const country = str(a.country);
          if (country && country.toUpperCase() !== 'RO') warn(`${at(`${ap}.country`)}: ${q(country)}: Reper's addresses are in Romania`);
          loc.address = { street, locality: str(a.city) ?? '', county: region ?? '', ...(str(a.postal_code) ? { postalCode: str(a.postal_code) } : {}) };
          Object.assign(origin, {
            'location.address.street': `${ap}.address_1`,
            'location.address.locality': `${ap}.city`,
            'location.address.county': `${ap}.state_province`,
            'location.address.postalCode': `${ap}.postal_code`,
            'location.address': ap,
          });
        }
        if (hasGeo) loc.geo = { lat, lon };
        origin['location.geo.lat'] = `${lp}.latitude`;
        origin['location.geo.lon'] = `${lp}.longitude`;
        origin['location.geo'] = lp;
        origin.location = lp;
      }
      if (str(location.name) && str(location.name) !== str(h.name)) t.used.delete(`${lp}.name`);
      const hsdsAccess = str(arr(location.accessibility)[0]?.description);
      const access = text(`${lp}.accessibility[0].description`, hsdsAccess, x.accessibility, 'location.accessibility');
      if (loc && access !== undefined) loc.accessibility = access;
      t.use(`service_at_locations[0].location_id`);
    } else if (confidentiality) loc = { confidentiality: confidentiality as 'public', ...(x.accessibility !== undefined ? { accessibility: x.accessibility } : {}) };

    t.use('service_areas', 'languages');
    const areaServed = arr(h.service_areas).map((a) => str(a.name) ?? str(a.description) ?? '').filter(Boolean);
    arr(h.service_areas).forEach((a, k) => {
      origin[`areaServed[${k}]`] = `service_areas[${k}].name`;
      const rest = ['description', 'extent', 'uri'].filter((f) => str(a[f]) && !(f === 'description' && !str(a.name)));
      if (rest.length) warn(`${at(`service_areas[${k}]`)}: only the name is shown; not imported: ${rest.join(', ')}`);
    });
    const languages = arr(h.languages).map((l) => str(l.code) ?? '').filter(Boolean);
    arr(h.languages).forEach((l, k) => {
      origin[`languages[${k}]`] = `languages[${k}].code`;
      if (!str(l.code)) warn(`${at(`languages[${k}]`)}: ${q(str(l.name) ?? '')} has no code (ISO 639-1, e.g. "hu"): left out`);
      if (str(l.note)) warn(`${at(`languages[${k}].note`)}: ${q(str(l.note))} cannot be shown: left out`);
    });

    const unused = t.unused(h).filter((p) => !p.startsWith('attributes') || !t.used.has(p.replace(/\..*$/, '')));
    if (unused.length) warn(`${base || '(document)'} (${label}): not imported, Reper has no place for: ${unused.join(', ')}`);

    const service: Record<string, unknown> = {
      id: x.id ?? str(h.id),
      name,
      description,
      organization,
      categories,
      audiences,
      phones,
      email,
      website,
      location: loc,
      areaServed,
      hours,
      free,
      languages,
      verifiedAt,
      reviewDue: x.reviewDue,
      source: x.source,
    };
    for (const k of Object.keys(service)) if (service[k] === undefined) delete service[k];
    services.push(service as unknown as Service);
    origins.push(origin);
    bases.push(base);
    warnings.push(...notes);
  }

  const hsdsPath = (i: number, rest: string) => {
    const r = rest.replace(/^\./, '');
    const o = origins[i] ?? {};
    const key = Object.keys(o)
      .filter((k) => r === k || r.startsWith(`${k}.`) || r.startsWith(`${k}[`))
      .sort((a, b) => b.length - a.length)[0];
    const mapped = key ? o[key] + r.slice(key.length) : r;
    return join(bases[i] ?? `services[${i}]`, mapped);
  };
  return { services, ...(envelope ? { envelope } : {}), problems, warnings, hsdsPath };
}
