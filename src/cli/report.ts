/**
 * `reper report`: the figures a local authority puts in its annual report under Law 1/2025 —
 * what the directory covers (kinds of help, localities, audiences, gaps, hours, cost, languages),
 * how fresh it is, and, from kiosk exports, how often the lobby screens were used.
 *
 * Everything is computed from the feed and the counters files alone; nothing is looked up. The
 * HTML is one self-contained page (no scripts, no external resources) that prints to A4; the CSV
 * is one row per figure (columns in docs/guides/annual-report.md).
 */
import { stringify } from 'csv-stringify/sync';
import * as z from 'zod';
import { addMonths } from '../directory/freshness.js';
import { localized } from '../directory/localized.js';
import { AUDIENCES, CATEGORIES, type Audience, type Category, type Directory, type Service } from '../directory/schema.js';
import { isWideArea, placeNamesOf, placesOf } from '../directory/places.js';
import { normalizeText as normalize } from '../directory/text.js';
import type { Problem } from '../directory/validate.js';
import { neutralise } from '../directory/csv.js';
import type { FlagSpec, ParsedArgs } from './args.js';
import { InvalidInputError, UsageError } from './errors.js';
import { readFeed, readInput, readJson, writeOutput } from './io.js';

export type ReportLang = 'ro' | 'en';
export const REPORT_LANGS: readonly ReportLang[] = ['ro', 'en'];

/** Counts under this are never shown, only as "< 5". */
export const SUPPRESS_BELOW = 5;
export const COUNTERS_SCHEMA = 'reper-kiosk-counters/1';

// ---------------------------------------------------------------------------------------------
// Kiosk counters files (`kiosk-counters.json`, written by the kiosk's status panel)

/** A count as exported: a whole number, or "<5" when it was 1 to 4. */
const COUNT_ERROR = 'must be a whole number of 0 or more, or "<5"';
const countSchema = z.union([z.number({ error: COUNT_ERROR }).int({ error: COUNT_ERROR }).min(0, { error: COUNT_ERROR }), z.literal('<5')], { error: COUNT_ERROR });
const monthSchema = z.strictObject({
  sessions: countSchema,
  finderOpens: countSchema,
  categories: z.record(z.string(), countSchema),
  languages: z.record(z.string(), countSchema),
  qrViews: countSchema,
  pathwayViews: countSchema,
});
const countersFileSchema = z.strictObject({
  schema: z.literal(COUNTERS_SCHEMA, { error: `must be "${COUNTERS_SCHEMA}"` }),
  kiosk: z.string().min(1, { error: 'must name the kiosk' }).max(200),
  exported: z.optional(z.iso.date({ error: 'must be a date YYYY-MM-DD' })),
  months: z.record(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'months must be keyed "YYYY-MM"' }), monthSchema),
});

export type Count = number | '<5';
export type CountersMonth = z.infer<typeof monthSchema>;
export type CountersFile = z.infer<typeof countersFileSchema>;

/** Checks a parsed counters file; every problem with its path. */
export function parseCounters(value: unknown): { ok: true; counters: CountersFile } | { ok: false; problems: Problem[] } {
  const r = countersFileSchema.safeParse(value);
  if (r.success) return { ok: true, counters: r.data };
  return {
    ok: false,
    problems: r.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((k) => ({ path: [...i.path, k].join('.'), reason: `unknown field "${k}"` }))
        : i.code === 'invalid_key'
          ? [{ path: i.path.join('.'), reason: `${JSON.stringify(String(i.path.at(-1)))} is not a month (YYYY-MM)` }]
          : [{ path: i.path.join('.'), reason: i.code === 'invalid_type' && i.input === undefined ? 'is required' : i.message }],
    ),
  };
}

/**
 * A total of counts of which some are suppressed: exact when none is, else the range it must lie
 * in (each "<5" is 1 to 4).
 */
export interface Total {
  min: number;
  max: number;
}
const addCount = (t: Total, c: Count | undefined): Total =>
  c === undefined ? t : c === '<5' ? { min: t.min + 1, max: t.max + SUPPRESS_BELOW - 1 } : { min: t.min + c, max: t.max + c };
const ZERO: Total = { min: 0, max: 0 };

/** How a count or total is printed: small ones as "< 5", uncertain totals as a range. */
export function showTotal(t: Total): string {
  if (t.max < SUPPRESS_BELOW && t.max > 0) return '< 5';
  if (t.min === t.max) return String(t.min);
  return `${Math.max(t.min, SUPPRESS_BELOW)}–${t.max}`;
}

// ---------------------------------------------------------------------------------------------
// The report's figures

export interface ReportOptions {
  lang: ReportLang;
  /** The year the counters are reported for. */
  year: number;
  /** The date freshness is measured at. */
  asOf: Date;
  counters: { label: string; file: CountersFile }[];
  /** Localities the authority covers, to find those the feed does not name at all. */
  localities?: string[];
}

interface LocalityRow {
  name: string;
  services: number;
  byCategory: Record<Category, number>;
  missing: Category[];
}

interface UsageRow {
  kiosk: string;
  month: string;
  sessions: Total;
  finderOpens: Total;
  qrViews: Total;
  pathwayViews: Total;
  categories: Map<string, Total>;
  languages: Map<string, Total>;
}

export interface Report {
  lang: ReportLang;
  year: number;
  asOf: string;
  sample: boolean;
  feed: { id: string; name: string; publisher: string; region: string; status: string; generatedAt: string; expiresAt?: string; expired: boolean; services: number };
  categories: { id: Category; count: number; countyWide: number }[];
  audiences: { id: Audience; count: number }[];
  localities: LocalityRow[];
  /** Services that serve the whole county or country rather than named localities. */
  countyWide: number;
  gaps: { category: Category; localities: string[]; countyWide: number }[];
  open247: number;
  free: number;
  languages: { code: string; count: number }[];
  freshness: FreshnessRow;
  byOrganization: (FreshnessRow & { organization: string })[];
  usage: UsageRow[];
  usageTotal?: UsageRow;
  ignoredMonths: number;
}

interface FreshnessRow {
  services: number;
  within6: number;
  within12: number;
  stale: number;
  pastReviewDue: number;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A collator per language so that Romanian names sort as Romanian readers expect. */
const collators = new Map<string, Intl.Collator>();
const collator = (lang: string) => collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang)).get(lang)!;

/** `fn` remembered per argument: feeds repeat the same places and dates thousands of times. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) seen.set(s, (v = fn(s)));
    return v as T;
  };
}

export function buildReport(directory: Directory, options: ReportOptions): Report {
  const { lang, asOf } = options;
  const today = isoDay(asOf);
  const normalizeText = memo(normalize);
  const plus6 = memo((d) => addMonths(d, 6));
  const plus12 = memo((d) => addMonths(d, 12));
  const places = placeNamesOf(directory);
  const placeKey = memo((p) => places.key(p));
  // Wide areas: the shared rule (a county, the country), plus the feed's region and the counties of
  // its addresses written bare ("Cluj"), which serve every locality as well.
  const wide = new Set<string>([normalizeText(directory.region)]);
  for (const s of directory.services) if (s.location?.address) wide.add(normalizeText(s.location.address.county));
  const isWide = memo((place: string) => isWideArea(place) || wide.has(normalizeText(place)));

  // Localities by folded name, displayed as first written.
  const display = new Map<string, string>();
  const localOf = (s: Service): Set<string> => {
    const out = new Set<string>();
    const named = placesOf(s);
    for (const p of named) {
      if (isWide(p)) continue;
      // One place whatever name it is written with ("Kolozsvár" is Cluj-Napoca).
      const key = placeKey(p);
      if (!display.has(key)) display.set(key, places.label(p.trim(), lang));
      out.add(key);
    }
    return out;
  };
  for (const l of options.localities ?? []) {
    const key = placeKey(l);
    if (key && !display.has(key)) display.set(key, places.label(l.trim(), lang));
  }

  const zeroByCategory = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const perLocality = new Map<string, { services: number; byCategory: Record<Category, number> }>();
  const ensure = (key: string) => perLocality.get(key) ?? perLocality.set(key, { services: 0, byCategory: zeroByCategory() }).get(key)!;
  const categoryCount = zeroByCategory();
  const categoryWide = zeroByCategory();
  const audienceCount = Object.fromEntries(AUDIENCES.map((a) => [a, 0])) as Record<Audience, number>;
  const languageCount = new Map<string, number>();
  let countyWide = 0;
  let open247 = 0;
  let free = 0;

  for (const s of directory.services) {
    const categories = new Set(s.categories);
    for (const c of categories) categoryCount[c]++;
    for (const a of new Set(s.audiences)) audienceCount[a]++;
    const local = localOf(s);
    const servesWide = s.areaServed.some(isWide) || (s.areaServed.length === 0 && local.size === 0);
    if (servesWide) {
      countyWide++;
      for (const c of categories) categoryWide[c]++;
    }
    for (const key of local) {
      const row = ensure(key);
      row.services++;
      for (const c of categories) row.byCategory[c]++;
    }
    if (s.hours.open247 || s.phones.some((p) => p.hours?.open247)) open247++;
    if (s.free) free++;
    for (const l of new Set(s.languages.map((x) => x.toLowerCase().split('-')[0]))) languageCount.set(l, (languageCount.get(l) ?? 0) + 1);
  }
  for (const key of display.keys()) ensure(key);

  const cmp = collator(lang);
  const localities: LocalityRow[] = [...perLocality.entries()]
    .map(([key, v]) => ({ name: display.get(key)!, ...v, missing: CATEGORIES.filter((c) => v.byCategory[c] === 0) }))
    .sort((a, b) => cmp.compare(a.name, b.name));

  const freshnessOf = (services: readonly Service[]): FreshnessRow => {
    const row: FreshnessRow = { services: services.length, within6: 0, within12: 0, stale: 0, pastReviewDue: 0 };
    for (const s of services) {
      if (plus6(s.verifiedAt) > today) row.within6++;
      if (plus12(s.verifiedAt) > today) row.within12++;
      else row.stale++;
      if (s.reviewDue && s.reviewDue < today) row.pastReviewDue++;
    }
    return row;
  };
  const orgs = new Map<string, Service[]>();
  for (const s of directory.services) {
    const org = localized(s.organization, lang) || (lang === 'ro' ? '(fără organizație)' : '(no organisation)');
    (orgs.get(org) ?? orgs.set(org, []).get(org)!).push(s);
  }

  const { usage, total, ignored } = usageRows(options.counters, options.year);
  return {
    lang,
    year: options.year,
    asOf: today,
    sample: directory.status === 'sample',
    feed: {
      id: directory.id,
      name: localized(directory.name, lang),
      publisher: directory.publisher.name,
      region: directory.region,
      status: directory.status,
      generatedAt: directory.generatedAt,
      expiresAt: directory.expiresAt,
      expired: directory.expiresAt !== undefined && Date.parse(directory.expiresAt) < asOf.getTime(),
      services: directory.services.length,
    },
    categories: CATEGORIES.map((id) => ({ id, count: categoryCount[id], countyWide: categoryWide[id] })),
    audiences: AUDIENCES.map((id) => ({ id, count: audienceCount[id] })),
    localities,
    countyWide,
    gaps: CATEGORIES.map((category) => ({
      category,
      localities: localities.filter((l) => l.byCategory[category] === 0).map((l) => l.name),
      countyWide: categoryWide[category],
    })).filter((g) => g.localities.length > 0),
    open247,
    free,
    languages: [...languageCount.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    freshness: freshnessOf(directory.services),
    byOrganization: [...orgs.entries()]
      .map(([organization, services]) => ({ organization, ...freshnessOf(services) }))
      .sort((a, b) => b.stale - a.stale || cmp.compare(a.organization, b.organization)),
    usage,
    usageTotal: total,
    ignoredMonths: ignored,
  };
}

function usageRows(files: ReportOptions['counters'], year: number): { usage: UsageRow[]; total?: UsageRow; ignored: number } {
  const usage: UsageRow[] = [];
  let ignored = 0;
  const empty = (kiosk: string, month: string): UsageRow => ({
    kiosk,
    month,
    sessions: ZERO,
    finderOpens: ZERO,
    qrViews: ZERO,
    pathwayViews: ZERO,
    categories: new Map(),
    languages: new Map(),
  });
  const add = (into: UsageRow, m: CountersMonth | UsageRow) => {
    const plus = (t: Total, c: Count | Total) => (typeof c === 'object' ? { min: t.min + c.min, max: t.max + c.max } : addCount(t, c));
    into.sessions = plus(into.sessions, m.sessions);
    into.finderOpens = plus(into.finderOpens, m.finderOpens);
    into.qrViews = plus(into.qrViews, m.qrViews);
    into.pathwayViews = plus(into.pathwayViews, m.pathwayViews);
    for (const [key, target] of [['categories', into.categories], ['languages', into.languages]] as const) {
      const source = m[key];
      const entries: [string, Count | Total][] = source instanceof Map ? [...source.entries()] : Object.entries(source);
      for (const [k, c] of entries) target.set(k, plus(target.get(k) ?? ZERO, c));
    }
  };
  const total = empty('', String(year));
  for (const { label, file } of files) {
    const kioskTotal = empty(label, String(year));
    for (const month of Object.keys(file.months).sort()) {
      if (!month.startsWith(`${year}-`)) {
        ignored++;
        continue;
      }
      const row = empty(label, month);
      add(row, file.months[month]);
      usage.push(row);
      add(kioskTotal, row);
    }
    usage.push(kioskTotal);
    add(total, kioskTotal);
  }
  return { usage, total: files.length ? total : undefined, ignored };
}

// ---------------------------------------------------------------------------------------------
// Words

const CATEGORY_LABEL: Record<ReportLang, Record<Category, string>> = {
  ro: {
    helpline: 'Linie telefonică de sprijin',
    shelter: 'Adăpost / locuință protejată',
    counselling: 'Consiliere',
    psychological: 'Sprijin psihologic',
    legal: 'Asistență juridică',
    medical: 'Îngrijire medicală',
    'social-assistance': 'Asistență socială',
    'child-protection': 'Protecția copilului',
    police: 'Poliție',
    'perpetrator-programme': 'Program pentru agresori (schimbarea comportamentului)',
    information: 'Informare',
  },
  en: {
    helpline: 'Helpline',
    shelter: 'Shelter / protected housing',
    counselling: 'Counselling',
    psychological: 'Psychological support',
    legal: 'Legal assistance',
    medical: 'Medical care',
    'social-assistance': 'Social assistance',
    'child-protection': 'Child protection',
    police: 'Police',
    'perpetrator-programme': 'Programme for perpetrators (behaviour change)',
    information: 'Information',
  },
};

const AUDIENCE_LABEL: Record<ReportLang, Record<Audience, string>> = {
  ro: {
    'adult-victim': 'Victime adulte',
    'minor-victim': 'Victime minore',
    'child-witness': 'Copii martori ai violenței',
    perpetrator: 'Agresori (programe de schimbare)',
    'relative-or-witness': 'Rude, prieteni, martori',
    professional: 'Profesioniști',
  },
  en: {
    'adult-victim': 'Adult victims',
    'minor-victim': 'Minor victims',
    'child-witness': 'Children who witness violence',
    perpetrator: 'Perpetrators (behaviour-change programmes)',
    'relative-or-witness': 'Relatives, friends, witnesses',
    professional: 'Professionals',
  },
};

const T = {
  ro: {
    title: 'Raport privind serviciile de sprijin pentru victimele violenței domestice',
    sampleBanner: 'DATE DE PROBĂ — acest raport este făcut dintr-un director de probă: serviciile, numerele și cifrele nu sunt reale și nu pot fi citate.',
    intro: 'Cifre calculate de comanda „reper report” din directorul publicat (și, unde sunt date, din contoarele chioșcurilor). Ce înseamnă și ce nu înseamnă fiecare cifră: ghidul „Using Reper for the annual report” din documentația Reper.',
    year: 'Anul raportat',
    asOf: 'Situația directorului la data',
    feed: 'Directorul',
    feedId: 'Identificator',
    publisher: 'Publicat de',
    region: 'Regiunea',
    status: 'Stare',
    statusSample: 'date de probă',
    statusPublished: 'publicat',
    generatedAt: 'Generat la',
    expiresAt: 'Valabil până la',
    noExpiry: 'nespecificat',
    expired: 'expirat: nu mai poate fi prezentat ca actual',
    services: 'Servicii în director',
    coverage: 'Acoperire: ce tipuri de ajutor există',
    category: 'Tipul de ajutor',
    byCategory: 'Servicii după tipul de ajutor',
    count: 'Servicii',
    countyWide: 'din care pentru tot județul sau toată țara',
    audience: 'Pentru cine',
    byAudience: 'Servicii după publicul căruia i se adresează',
    byLocality: 'Servicii după localitate',
    locality: 'Localitate',
    localServices: 'Servicii cu sediul în localitate sau care o deservesc',
    missingKinds: 'Tipuri de ajutor fără niciun serviciu local',
    none: 'niciunul',
    wideNote: (n: number) => `În plus, ${n} servicii deservesc tot județul sau toată țara (de exemplu liniile telefonice); ele nu sunt numărate pe localități.`,
    gaps: 'Lipsuri: localități fără un serviciu de un anumit tip',
    gapsIntro: 'Pentru fiecare tip de ajutor: localitățile din director (sau din lista dată cu --localities) unde nu există niciun serviciu local de acel tip. Un serviciu pentru tot județul poate acoperi lipsa, dar nu este un punct de contact în localitate.',
    gapLocalities: 'Localități fără serviciu local',
    gapCountyWide: 'Servicii pentru tot județul',
    noGaps: 'Fiecare localitate are cel puțin un serviciu local de fiecare tip.',
    hoursCost: 'Program și cost',
    figure: 'Indicator',
    open247: 'Servicii non-stop (24/7)',
    free: 'Servicii gratuite',
    notFree: 'Servicii cu plată sau cu cost nespecificat ca gratuit',
    languages: 'Limbile în care se oferă serviciile',
    language: 'Limba',
    freshness: 'Actualitatea informațiilor',
    freshnessIntro: 'Data la care fiecare serviciu a fost verificat ultima dată (verifiedAt) și data până la care trebuia reverificat (reviewDue).',
    within6: 'Verificate în ultimele 6 luni',
    within12: 'Verificate în ultimele 12 luni',
    stale: 'Neverificate de mai mult de 12 luni',
    pastDue: 'Cu termenul de reverificare depășit',
    byOrganization: 'După organizația care oferă serviciul',
    organization: 'Organizația',
    usage: 'Utilizarea chioșcurilor',
    usageIntro: 'Contoare lunare ale chioșcurilor care le au activate: doar totaluri pe lună, niciodată ce s-a căutat, ora sau ceva despre o persoană. Cifrele sub 5 apar ca „< 5”; un total care include astfel de cifre apare ca interval.',
    noUsage: 'Nu s-au dat fișiere de contoare (--counters): raportul nu conține cifre de utilizare.',
    kiosk: 'Chioșc',
    month: 'Luna',
    allMonths: 'tot anul',
    allKiosks: 'Toate chioșcurile',
    sessions: 'Sesiuni',
    finderOpens: 'Căutări de servicii deschise',
    qrViews: 'Coduri QR afișate',
    pathwayViews: 'Pașii procedurii citiți',
    chosenCategories: 'Tipuri de ajutor alese ca filtru',
    chosenLanguages: 'Limbi alese',
    ignored: (n: number, y: number) => `${n} luni din fișierele de contoare nu sunt din ${y} și nu sunt incluse.`,
    notes: 'Ce nu spun aceste cifre',
    notesText: [
      'Directorul arată serviciile pe care le cunoaște cine îl întreține; un serviciu care lipsește din director poate exista.',
      'O sesiune la chioșc înseamnă că cineva a atins ecranul; nu înseamnă o persoană, un caz sau o victimă.',
      'Adresele adăposturilor nu apar în director și nici în acest raport.',
    ],
  },
  en: {
    title: 'Report on support services for victims of domestic violence',
    sampleBanner: 'SAMPLE DATA — this report is made from a sample directory: the services, numbers and figures are not real and must not be cited.',
    intro: 'Figures computed by the “reper report” command from the published directory (and, where given, from the kiosks’ counters). What each figure does and does not mean: the guide “Using Reper for the annual report” in the Reper documentation.',
    year: 'Reporting year',
    asOf: 'Directory as of',
    feed: 'The directory',
    feedId: 'Identifier',
    publisher: 'Published by',
    region: 'Region',
    status: 'Status',
    statusSample: 'sample data',
    statusPublished: 'published',
    generatedAt: 'Generated at',
    expiresAt: 'Valid until',
    noExpiry: 'not given',
    expired: 'expired: must not be presented as current',
    services: 'Services in the directory',
    coverage: 'Coverage: which kinds of help exist',
    category: 'Kind of help',
    byCategory: 'Services by kind of help',
    count: 'Services',
    countyWide: 'of which for the whole county or country',
    audience: 'For whom',
    byAudience: 'Services by audience',
    byLocality: 'Services by locality',
    locality: 'Locality',
    localServices: 'Services based in or serving the locality',
    missingKinds: 'Kinds of help with no local service',
    none: 'none',
    wideNote: (n: number) => `In addition, ${n} services serve the whole county or country (helplines, for example); they are not counted per locality.`,
    gaps: 'Gaps: localities with no service of a kind',
    gapsIntro: 'For each kind of help: the localities in the directory (or in the --localities list) with no local service of that kind. A county-wide service may cover the gap, but it is not a contact point in the locality.',
    gapLocalities: 'Localities with no local service',
    gapCountyWide: 'County-wide services',
    noGaps: 'Every locality has at least one local service of every kind.',
    hoursCost: 'Hours and cost',
    figure: 'Figure',
    open247: 'Services open 24/7',
    free: 'Free services',
    notFree: 'Services not marked free',
    languages: 'Languages the services work in',
    language: 'Language',
    freshness: 'Freshness of the information',
    freshnessIntro: 'The date each service was last checked (verifiedAt) and the date by which it was due to be checked again (reviewDue).',
    within6: 'Verified in the last 6 months',
    within12: 'Verified in the last 12 months',
    stale: 'Not verified for more than 12 months',
    pastDue: 'Past their review date',
    byOrganization: 'By the organisation that runs the service',
    organization: 'Organisation',
    usage: 'Kiosk use',
    usageIntro: 'Monthly counters of the kiosks that have them switched on: monthly totals only, never what was searched, the time of day or anything about a person. Counts under 5 are shown as “< 5”; a total that includes such counts is shown as a range.',
    noUsage: 'No counters files were given (--counters): the report has no usage figures.',
    kiosk: 'Kiosk',
    month: 'Month',
    allMonths: 'whole year',
    allKiosks: 'All kiosks',
    sessions: 'Sessions',
    finderOpens: 'Service searches opened',
    qrViews: 'QR codes shown',
    pathwayViews: 'Pathway views',
    chosenCategories: 'Kinds of help chosen as a filter',
    chosenLanguages: 'Languages chosen',
    ignored: (n: number, y: number) => `${n} months in the counters files are not in ${y} and are left out.`,
    notes: 'What these figures do not say',
    notesText: [
      'The directory shows the services its maintainers know of; a service missing from it may exist.',
      'A kiosk session means that someone touched the screen; it is not a person, a case or a victim.',
      'Shelter addresses are not in the directory, nor in this report.',
    ],
  },
} as const;

function languageName(code: string, lang: ReportLang): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((n / of) * 100)} %`);

// ---------------------------------------------------------------------------------------------
// HTML

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

const CSS = `
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { color: #111; background: #fff; font: 11pt/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; } }
/* The sample notice is the header of a one-cell layout table, which browsers repeat on every printed page. */
table.sheet { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.sheet > * > tr > td { padding: 0; vertical-align: top; }
.sample { margin: 0 0 1rem; padding: .5rem .75rem; border: 3px solid #111; background: #fff3b0; font-weight: 700; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid #111; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; break-after: avoid; }
table.data { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .95em; }
.data caption { text-align: left; font-weight: 700; padding: .25rem 0; }
.data th, .data td { border: 1px solid #555; padding: .25rem .45rem; text-align: left; vertical-align: top; }
.data thead th { background: #e8e8e8; }
.data td.n, .data th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.data tr { break-inside: avoid; }
.gap { font-weight: 700; }
.wrap { overflow-x: auto; }
.wrap:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.data th, .data td { overflow-wrap: break-word; hyphens: auto; }
.data td.n, .data th.n { min-width: 4.5em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.warn { font-weight: 700; }
@media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .4rem; } }
@media print { body { max-width: none; padding: 0; } .wrap { overflow: visible; } a { color: inherit; } }
`;

type Cell = string | number | { text: string | number; num?: boolean; cls?: string; head?: boolean };

function table(caption: string, head: Cell[], rows: Cell[][]): string {
  const cell = (c: Cell, tag: 'th' | 'td', scope?: string) => {
    const o = typeof c === 'object' ? c : { text: c, num: typeof c === 'number' };
    const t = o.head ? 'th' : tag;
    const cls = [o.num ? 'n' : '', o.cls ?? ''].filter(Boolean).join(' ');
    return `<${t}${scope || o.head ? ` scope="${scope ?? 'row'}"` : ''}${cls ? ` class="${cls}"` : ''}>${esc(o.text)}</${t}>`;
  };
  return (
    // A wide table scrolls inside its own box on a phone; the box takes focus so the keyboard can scroll it.
    `<div class="wrap" role="region" tabindex="0" aria-label="${esc(caption)}"><table class="data"><caption>${esc(caption)}</caption>` +
    `<thead><tr>${head.map((h) => cell(h, 'th', 'col')).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell(i === 0 && typeof c !== 'object' ? { text: c, head: true } : c, 'td')).join('')}</tr>`).join('')}</tbody></table></div>`
  );
}

const num = (n: number | string): Cell => ({ text: n, num: true });

export function reportHtml(r: Report): string {
  const t = T[r.lang];
  const cat = CATEGORY_LABEL[r.lang];
  const aud = AUDIENCE_LABEL[r.lang];
  const out: string[] = [];
  out.push(`<h1>${esc(t.title)} — ${esc(r.feed.region)}, ${r.year}</h1>`);
  out.push(`<p>${esc(t.intro)}</p>`);
  out.push(
    `<dl class="facts">` +
      [
        [t.year, String(r.year)],
        [t.asOf, r.asOf],
        [t.feed, r.feed.name],
        [t.feedId, r.feed.id],
        [t.publisher, r.feed.publisher],
        [t.region, r.feed.region],
        [t.status, r.sample ? t.statusSample : t.statusPublished],
        [t.generatedAt, r.feed.generatedAt],
        [t.expiresAt, (r.feed.expiresAt ?? t.noExpiry) + (r.feed.expired ? ` — ${t.expired}` : '')],
        [t.services, String(r.feed.services)],
      ]
        .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
        .join('') +
      `</dl>`,
  );

  out.push(`<section aria-labelledby="s-coverage"><h2 id="s-coverage">${esc(t.coverage)}</h2>`);
  out.push(table(t.byCategory, [t.category, num(t.count), num(t.countyWide)], r.categories.map((c) => [cat[c.id], num(c.count), num(c.countyWide)])));
  out.push(table(t.byAudience, [t.audience, num(t.count)], r.audiences.map((a) => [aud[a.id], num(a.count)])));
  out.push(
    table(
      t.byLocality,
      [t.locality, num(t.localServices), t.missingKinds],
      r.localities.map((l) => [l.name, num(l.services), l.missing.length ? l.missing.map((c) => cat[c]).join('; ') : t.none]),
    ),
  );
  out.push(`<p>${esc(t.wideNote(r.countyWide))}</p></section>`);

  out.push(`<section aria-labelledby="s-gaps"><h2 id="s-gaps">${esc(t.gaps)}</h2><p>${esc(t.gapsIntro)}</p>`);
  out.push(
    r.gaps.length
      ? table(
          t.gapLocalities,
          [t.category, t.gapLocalities, num(t.gapCountyWide)],
          r.gaps.map((g) => [cat[g.category], { text: g.localities.join(', '), cls: 'gap' }, num(g.countyWide)]),
        )
      : `<p>${esc(t.noGaps)}</p>`,
  );
  out.push(`</section>`);

  out.push(`<section aria-labelledby="s-hours"><h2 id="s-hours">${esc(t.hoursCost)}</h2>`);
  out.push(
    table(`${t.open247}, ${t.free.toLowerCase()}`, [t.figure, num(t.count), num('%')], [
      [t.open247, num(r.open247), num(pct(r.open247, r.feed.services))],
      [t.free, num(r.free), num(pct(r.free, r.feed.services))],
      [t.notFree, num(r.feed.services - r.free), num(pct(r.feed.services - r.free, r.feed.services))],
    ]),
  );
  out.push(table(t.languages, [t.language, num(t.count)], r.languages.map((l) => [languageName(l.code, r.lang), num(l.count)])));
  out.push(`</section>`);

  out.push(`<section aria-labelledby="s-fresh"><h2 id="s-fresh">${esc(t.freshness)}</h2><p>${esc(t.freshnessIntro)}</p>`);
  const f = r.freshness;
  out.push(
    table(`${t.freshness} — ${r.feed.publisher}`, [t.figure, num(t.count), num('%')], [
      [t.within6, num(f.within6), num(pct(f.within6, f.services))],
      [t.within12, num(f.within12), num(pct(f.within12, f.services))],
      [t.stale, { text: f.stale, num: true, cls: f.stale ? 'warn' : '' }, num(pct(f.stale, f.services))],
      [t.pastDue, { text: f.pastReviewDue, num: true, cls: f.pastReviewDue ? 'warn' : '' }, num(pct(f.pastReviewDue, f.services))],
    ]),
  );
  out.push(
    table(
      t.byOrganization,
      [t.organization, num(t.count), num(t.within6), num(t.within12), num(t.stale), num(t.pastDue)],
      r.byOrganization.map((o) => [o.organization, num(o.services), num(o.within6), num(o.within12), num(o.stale), num(o.pastReviewDue)]),
    ),
  );
  out.push(`</section>`);

  out.push(`<section aria-labelledby="s-usage"><h2 id="s-usage">${esc(t.usage)}</h2><p>${esc(t.usageIntro)}</p>`);
  if (!r.usageTotal) out.push(`<p>${esc(t.noUsage)}</p>`);
  else {
    const rows = [...r.usage, { ...r.usageTotal, kiosk: t.allKiosks }];
    out.push(
      table(
        `${t.usage}: ${t.kiosk.toLowerCase()}, ${t.month.toLowerCase()}`,
        [t.kiosk, t.month, num(t.sessions), num(t.finderOpens), num(t.qrViews), num(t.pathwayViews)],
        rows.map((u) => [
          u.kiosk,
          u.month === String(r.year) ? t.allMonths : u.month,
          num(showTotal(u.sessions)),
          num(showTotal(u.finderOpens)),
          num(showTotal(u.qrViews)),
          num(showTotal(u.pathwayViews)),
        ]),
      ),
    );
    const tot = r.usageTotal;
    out.push(
      table(
        `${t.chosenCategories} (${t.allKiosks}, ${r.year})`,
        [t.category, num(t.count)],
        CATEGORIES.map((c) => [cat[c], num(showTotal(tot.categories.get(c) ?? ZERO))]),
      ),
    );
    out.push(
      table(
        `${t.chosenLanguages} (${t.allKiosks}, ${r.year})`,
        [t.language, num(t.count)],
        [...tot.languages.entries()].sort((a, b) => b[1].max - a[1].max).map(([code, c]) => [languageName(code, r.lang), num(showTotal(c))]),
      ),
    );
    if (r.ignoredMonths) out.push(`<p>${esc(t.ignored(r.ignoredMonths, r.year))}</p>`);
  }
  out.push(`</section>`);

  out.push(`<section aria-labelledby="s-notes"><h2 id="s-notes">${esc(t.notes)}</h2><ul>${t.notesText.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>`);

  const banner = r.sample ? `<thead><tr><td><header><p class="sample">${esc(t.sampleBanner)}</p></header></td></tr></thead>` : '';
  return (
    `<!doctype html>\n<html lang="${r.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<title>${esc(r.sample ? `[${r.lang === 'ro' ? 'DATE DE PROBĂ' : 'SAMPLE DATA'}] ` : '')}${esc(t.title)} — ${esc(r.feed.region)}, ${r.year}</title>\n` +
    `<style>${CSS}</style>\n</head>\n<body>\n<table class="sheet" role="presentation">${banner}<tbody><tr><td><main>\n${out.join('\n')}\n</main></td></tr></tbody></table>\n</body>\n</html>\n`
  );
}

// ---------------------------------------------------------------------------------------------
// CSV: one row per figure

/** The CSV's columns, in order (documented in docs/guides/annual-report.md). */
export const CSV_COLUMNS = ['section', 'subject', 'month', 'measure', 'label', 'value', 'note'] as const;

export function reportCsv(r: Report, delimiter = ','): string {
  const t = T[r.lang];
  const cat = CATEGORY_LABEL[r.lang];
  const aud = AUDIENCE_LABEL[r.lang];
  const rows: (string | number)[][] = [];
  // A sample feed's figures say so on every row, so that a filtered spreadsheet still does.
  const mark = r.sample ? t.statusSample : '';
  const row = (section: string, subject: string, month: string, measure: string, label: string, value: string | number, note = '') =>
    rows.push([section, subject, month, measure, label, value, [mark, note].filter(Boolean).join('; ')]);
  row('feed', r.feed.id, '', 'status', t.status, r.feed.status, r.sample ? t.sampleBanner : '');
  row('feed', r.feed.id, '', 'services', t.services, r.feed.services);
  row('feed', r.feed.id, '', 'publisher', t.publisher, r.feed.publisher);
  row('feed', r.feed.id, '', 'region', t.region, r.feed.region);
  row('feed', r.feed.id, '', 'generatedAt', t.generatedAt, r.feed.generatedAt);
  row('feed', r.feed.id, '', 'expiresAt', t.expiresAt, r.feed.expiresAt ?? '', r.feed.expired ? t.expired : '');
  row('feed', r.feed.id, '', 'asOf', t.asOf, r.asOf);
  for (const c of r.categories) {
    row('category', '', '', c.id, cat[c.id], c.count);
    row('category-county-wide', '', '', c.id, cat[c.id], c.countyWide);
  }
  for (const a of r.audiences) row('audience', '', '', a.id, aud[a.id], a.count);
  for (const l of r.localities) {
    row('locality', l.name, '', 'services', t.localServices, l.services);
    for (const c of CATEGORIES) row('locality-category', l.name, '', c, cat[c], l.byCategory[c]);
  }
  row('county-wide', '', '', 'services', t.countyWide, r.countyWide);
  for (const g of r.gaps) for (const l of g.localities) row('gap', l, '', g.category, cat[g.category], 0, `${t.gapCountyWide}: ${g.countyWide}`);
  row('hours-cost', '', '', 'open247', t.open247, r.open247);
  row('hours-cost', '', '', 'free', t.free, r.free);
  for (const l of r.languages) row('language', '', '', l.code, languageName(l.code, r.lang), l.count);
  const fresh = (subject: string, f: FreshnessRow) => {
    row('freshness', subject, '', 'services', t.services, f.services);
    row('freshness', subject, '', 'verified-6-months', t.within6, f.within6);
    row('freshness', subject, '', 'verified-12-months', t.within12, f.within12);
    row('freshness', subject, '', 'stale', t.stale, f.stale);
    row('freshness', subject, '', 'past-review-due', t.pastDue, f.pastReviewDue);
  };
  fresh(r.feed.publisher, r.freshness);
  for (const o of r.byOrganization) fresh(o.organization, o);
  if (r.usageTotal) {
    for (const u of [...r.usage, { ...r.usageTotal, kiosk: t.allKiosks }]) {
      const month = u.month === String(r.year) ? String(r.year) : u.month;
      row('usage', u.kiosk, month, 'sessions', t.sessions, showTotal(u.sessions));
      row('usage', u.kiosk, month, 'finderOpens', t.finderOpens, showTotal(u.finderOpens));
      row('usage', u.kiosk, month, 'qrViews', t.qrViews, showTotal(u.qrViews));
      row('usage', u.kiosk, month, 'pathwayViews', t.pathwayViews, showTotal(u.pathwayViews));
      for (const [c, v] of u.categories) row('usage-category', u.kiosk, month, c, (cat as Record<string, string>)[c] ?? c, showTotal(v));
      for (const [l, v] of u.languages) row('usage-language', u.kiosk, month, l, languageName(l, r.lang), showTotal(v));
    }
  }
  // A text cell a spreadsheet would run as a formula (a locality or organisation named "=…") gets
  // a leading apostrophe, by the same rule as export-csv.
  const safe = rows.map((cells) => cells.map((c) => (typeof c === 'string' ? neutralise(c) : c)));
  return stringify([[...CSV_COLUMNS], ...safe], { delimiter, bom: true, record_delimiter: '\r\n' });
}

// ---------------------------------------------------------------------------------------------
// The verb

const flags: Record<string, FlagSpec> = {
  counters: { type: 'string', multiple: true },
  year: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  today: { type: 'string' },
  localities: { type: 'string' },
  semicolon: { type: 'boolean' },
};

/** `reper report`, registered in reper.ts. */
export const reportVerb = {
  usage:
    'reper report <feed.json> [--counters kiosk-counters.json …] [--year YYYY] [--format html|csv] [--lang ro|en]\n' +
    '                    [--out file] [--localities file.txt] [--today YYYY-MM-DD] [--semicolon]',
  summary: 'figures for the annual report: coverage, gaps, freshness and kiosk use (HTML or CSV)',
  details:
    'HTML (default) is one page to open in a browser and print to PDF (A4); CSV has one row per\n' +
    'figure (columns in docs/guides/annual-report.md). Counts under 5 from kiosks show as "< 5".\n' +
    '  --counters FILE    a kiosk-counters.json from a kiosk status panel; repeat for every kiosk\n' +
    '  --year YYYY        the year the kiosk figures are for (default: the current year)\n' +
    '  --format html|csv  output format (default html)\n' +
    '  --lang ro|en       Romanian (default) or English\n' +
    '  --out FILE         write there instead of stdout\n' +
    '  --localities FILE  every locality the authority covers, one per line, so that those with\n' +
    '                     no service at all show up as gaps too\n' +
    '  --today DATE       measure freshness as of this date instead of today\n' +
    '  --semicolon        CSV with ";" between cells (Excel with Romanian regional settings)',
  flags,
  args: [1, 1] as [number, number],
  run: ({ positionals: [file], flags: f }: ParsedArgs): number => {
    const verb = 'report';
    const format = (f.format as string | undefined) ?? 'html';
    if (format !== 'html' && format !== 'csv') throw new UsageError('--format must be html or csv', verb);
    const lang = (f.lang as string | undefined) ?? 'ro';
    if (!REPORT_LANGS.includes(lang as ReportLang)) throw new UsageError('--lang must be ro or en', verb);
    const today = f.today as string | undefined;
    if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be a date YYYY-MM-DD', verb);
    const asOf = today ? new Date(`${today}T12:00:00Z`) : new Date();
    if (Number.isNaN(asOf.getTime())) throw new UsageError('--today must be a date YYYY-MM-DD', verb);
    const yearText = f.year as string | undefined;
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError('--year must be a year such as 2026', verb);
    const year = yearText ? Number(yearText) : asOf.getUTCFullYear();

    const { directory } = readFeed(file, verb);
    // Every counters file is checked before anything is written: one report, or every problem.
    const problems: Problem[] = [];
    const counters: ReportOptions['counters'] = [];
    for (const path of (f.counters as string[] | undefined) ?? []) {
      let value: unknown;
      try {
        value = readJson(path, verb);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        problems.push(...error.problems.map((p) => ({ path: `${path}`, reason: `is not valid JSON: ${p.reason}` })));
        continue;
      }
      const parsed = parseCounters(value);
      if (parsed.ok) counters.push({ label: parsed.counters.kiosk, file: parsed.counters });
      else problems.push(...parsed.problems.map((p) => ({ path: `${path}${p.path ? ` ${p.path}` : ''}`, reason: p.reason })));
    }
    if (problems.length) throw new InvalidInputError('the counters cannot be used', problems);
    const localities =
      typeof f.localities === 'string'
        ? readInput(f.localities, verb)
            .toString('utf8')
            .replace(/^\uFEFF/, '')
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#'))
        : undefined;
    const report = buildReport(directory, { lang: lang as ReportLang, year, asOf, counters, localities });
    writeOutput(f.out as string | undefined, format === 'csv' ? reportCsv(report, f.semicolon ? ';' : ',') : reportHtml(report), verb);
    if (report.ignoredMonths) process.stderr.write(`note: ${report.ignoredMonths} counter months are not in ${year} and are left out (--year)\n`);
    if (report.sample) process.stderr.write(`note: ${file} is sample data; the report says so on every page\n`);
    if (f.out) process.stderr.write(`wrote ${f.out as string}\n`);
    return 0;
  },
};
