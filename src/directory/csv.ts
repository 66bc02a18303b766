import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Directory, Hours, LocalizedText, Phone, Service } from './schema.js';
import type { Problem } from './validate.js';
import { clean, toBool, toDate, toList, toNumber, toPhone } from './cells.js';
import { formatSlots, parseSlots } from './hours-text.js';

/**
 * Spreadsheet import and export for the `reper` CLI and the directory editor. Browser-safe: no
 * `node:` imports, only `Uint8Array`, `TextDecoder` and the browser ES builds of csv-parse and
 * csv-stringify, so the same rules apply wherever a maintainer works.
 *
 * API:
 *   importCsv(bytes: Uint8Array): CsvImport
 *     → { services, problems, languages, delimiter, encoding, lines }. Never throws. `services` are
 *       not yet validated (run `validateDirectory` on `{ ...envelope, services }`); `lines[i]` is
 *       the CSV line of `services[i]`, to turn `services[i]…` paths back into lines. Every problem
 *       has `path` ("line 4, column phone1.number") and `reason`, plus `line` and `column` (1-based,
 *       with `columnName`) where they are known. Import nothing when `problems` is not empty.
 *   exportCsv(directory: Directory, delimiter?: ',' | ';'): string
 *     → UTF-8 CSV text starting with a byte-order mark, CRLF line ends, one row per service.
 *
 * The spreadsheet a maintainer edits: one row per service. Columns (see docs/maintainers.md):
 *
 *   id, name | name.<lang>…, description | description.<lang>…, organization | organization.<lang>…,
 *   categories, audiences,
 *   phone1.number, phone1.display, phone1.kind, phone1.tollFree, phone1.hours,
 *   phone1.hours.note[.<lang>], phone1.note[.<lang>], phone2.…,
 *   email, website, confidentiality, street, locality, county, postalCode, lat, lon,
 *   accessibility[.<lang>], areaServed, hours, hours.note[.<lang>], free, languages,
 *   verifiedAt, reviewDue, source
 *
 * A localized text is either one plain column (`name`) or one column per language (`name.ro`,
 * `name.hu`); lists are separated by `|`; yes/no columns take `yes`/`no`; hours are written
 * `24/7` or `Mo-Fr 08:00-16:00; Sa 09:00-13:00`.
 */

type Getter = (s: Service) => LocalizedText | undefined;

const SERVICE_TEXTS: [string, Getter][] = [
  ['name', (s) => s.name],
  ['description', (s) => s.description],
  ['organization', (s) => s.organization],
];
const LOCATION_TEXTS: [string, Getter][] = [['accessibility', (s) => s.location?.accessibility]];
const HOURS_TEXTS: [string, Getter][] = [['hours.note', (s) => s.hours.note]];

const PHONE_FIELDS = ['number', 'display', 'kind', 'tollFree', 'hours'] as const;

const LANG = '[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*';
const LOCALIZED_COLUMN = new RegExp(`^(name|description|organization|accessibility|hours\\.note)(?:\\.(${LANG}))?$`);
const PHONE_COLUMN = new RegExp(`^phone([1-9][0-9]?)\\.(number|display|kind|tollfree|hours|hours\\.note|note)(?:\\.(${LANG}))?$`, 'i');
const PLAIN_COLUMNS = [
  'id', 'categories', 'audiences', 'email', 'website', 'confidentiality', 'street', 'locality', 'county',
  'postalCode', 'lat', 'lon', 'areaServed', 'hours', 'free', 'languages', 'verifiedAt', 'reviewDue', 'source',
];

function localizedColumns(key: string, values: (LocalizedText | undefined)[], always: readonly string[]): string[] {
  const langs = new Set<string>();
  let plain = false;
  for (const v of values) {
    if (v === undefined) continue;
    if (typeof v === 'string') plain = true;
    else for (const k of Object.keys(v)) langs.add(k);
  }
  for (const l of always) langs.add(l);
  return [...(plain ? [key] : []), ...[...langs].map((l) => `${key}.${l}`)];
}

function putLocalized(row: Record<string, string>, key: string, value: LocalizedText | undefined): void {
  if (value === undefined) return;
  if (typeof value === 'string') row[key] = value;
  else for (const [lang, text] of Object.entries(value)) row[`${key}.${lang}`] = text;
}

const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? 'yes' : 'no');

/** The feed as spreadsheet rows, UTF-8 with a byte-order mark so that Excel reads the diacritics. */
export function exportCsv(directory: Directory, delimiter: ',' | ';' = ','): string {
  const services = directory.services;
  const locales = directory.locales;
  const maxPhones = Math.max(1, ...services.map((s) => s.phones.length));
  const columns: string[] = ['id'];
  for (const [key, get] of SERVICE_TEXTS) columns.push(...localizedColumns(key, services.map(get), key === 'organization' ? [] : locales));
  columns.push('categories', 'audiences');
  for (let i = 1; i <= maxPhones; i++) {
    const phones = services.map((s) => s.phones[i - 1]);
    columns.push(...PHONE_FIELDS.map((f) => `phone${i}.${f}`));
    columns.push(...localizedColumns(`phone${i}.hours.note`, phones.map((p) => p?.hours?.note), []));
    columns.push(...localizedColumns(`phone${i}.note`, phones.map((p) => p?.note), []));
  }
  columns.push('email', 'website', 'confidentiality', 'street', 'locality', 'county', 'postalCode', 'lat', 'lon');
  for (const [key, get] of LOCATION_TEXTS) columns.push(...localizedColumns(key, services.map(get), []));
  columns.push('areaServed', 'hours');
  for (const [key, get] of HOURS_TEXTS) columns.push(...localizedColumns(key, services.map(get), []));
  columns.push('free', 'languages', 'verifiedAt', 'reviewDue', 'source');

  const rows = services.map((s) => {
    const row: Record<string, string> = { id: s.id };
    for (const [key, get] of SERVICE_TEXTS) putLocalized(row, key, get(s));
    row.categories = s.categories.join('|');
    row.audiences = s.audiences.join('|');
    s.phones.forEach((p, i) => {
      const k = `phone${i + 1}`;
      row[`${k}.number`] = p.number;
      row[`${k}.display`] = p.display ?? '';
      row[`${k}.kind`] = p.kind;
      row[`${k}.tollFree`] = yesNo(p.tollFree);
      if (p.hours) row[`${k}.hours`] = formatSlots(p.hours.open247, p.hours.weekly);
      putLocalized(row, `${k}.hours.note`, p.hours?.note);
      putLocalized(row, `${k}.note`, p.note);
    });
    row.email = s.email ?? '';
    row.website = s.website ?? '';
    const loc = s.location;
    if (loc) {
      row.confidentiality = loc.confidentiality;
      row.street = loc.address?.street ?? '';
      row.locality = loc.address?.locality ?? '';
      row.county = loc.address?.county ?? '';
      row.postalCode = loc.address?.postalCode ?? '';
      row.lat = loc.geo ? String(loc.geo.lat) : '';
      row.lon = loc.geo ? String(loc.geo.lon) : '';
      putLocalized(row, 'accessibility', loc.accessibility);
    }
    row.areaServed = s.areaServed.join('|');
    row.hours = formatSlots(s.hours.open247, s.hours.weekly);
    putLocalized(row, 'hours.note', s.hours.note);
    row.free = yesNo(s.free);
    row.languages = s.languages.join('|');
    row.verifiedAt = s.verifiedAt;
    row.reviewDue = s.reviewDue ?? '';
    row.source = s.source ?? '';
    return columns.map((c) => row[c] ?? '');
  });
  return stringify([columns, ...rows], { delimiter, bom: true, record_delimiter: '\r\n' });
}

/**
 * Decodes spreadsheet bytes: UTF-8 (with or without BOM), else Windows-1250 (what Excel's plain
 * "CSV" writes with Romanian settings), with ş ţ turned into the correct ș ț.
 */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1250' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Windows-1250 only has the legacy cedilla forms; Romanian is written with the comma below.
    const text = new TextDecoder('windows-1250').decode(bytes).replace(/[şţŞŢ]/g, (c) => ({ ş: 'ș', ţ: 'ț', Ş: 'Ș', Ţ: 'Ț' })[c] ?? c);
    return { text, encoding: 'windows-1250' };
  }
}

/** The delimiter of the header line: `;` (Excel in Romanian), `,` or tab, whichever occurs most outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
}

function canonicalColumn(header: string): string | undefined {
  const h = header.trim();
  const plain = PLAIN_COLUMNS.find((c) => c.toLowerCase() === h.toLowerCase());
  if (plain) return plain;
  const loc = LOCALIZED_COLUMN.exec(h.replace(/^(name|description|organization|accessibility|hours\.note)/i, (m) => m.toLowerCase()));
  if (loc) return h.replace(/^(name|description|organization|accessibility|hours\.note)/i, (m) => m.toLowerCase());
  const ph = PHONE_COLUMN.exec(h);
  if (ph) return `phone${ph[1]}.${ph[2].toLowerCase() === 'tollfree' ? 'tollFree' : ph[2].toLowerCase()}${ph[3] ? `.${ph[3]}` : ''}`;
  return undefined;
}

/** A problem in a spreadsheet: `path` and `reason` as everywhere, and where in the sheet it is. */
export interface CsvProblem extends Problem {
  /** 1-based line of the CSV file (a quoted cell may span lines: the line the record starts on). */
  line?: number;
  /** 1-based column number. */
  column?: number;
  /** The column's header, as written in the file. */
  columnName?: string;
}

export interface CsvImport {
  services: Service[];
  problems: CsvProblem[];
  /** Languages seen in per-language columns, in column order. */
  languages: string[];
  delimiter: string;
  encoding: 'utf-8' | 'windows-1250';
  /** CSV line of each service, for messages. */
  lines: number[];
}

/** Reads the maintainer's spreadsheet. Problems name the line and column; nothing is thrown. */
export function importCsv(bytes: Uint8Array): CsvImport {
  const { text: raw, encoding } = decodeSpreadsheet(bytes);
  const text = raw.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const problems: CsvProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    return { services: [], problems: [{ path: '', reason: `is not readable CSV: ${(error as Error).message}` }], languages: [], delimiter, encoding, lines: [] };
  }
  if (records.length === 0) return { services: [], problems: [{ path: '', reason: 'is empty (no header row)' }], languages: [], delimiter, encoding, lines: [] };
  const header = records[0].record.map((h) => h.trim());
  const columns: (string | undefined)[] = [];
  const languages: string[] = [];
  header.forEach((h, i) => {
    if (!h) {
      columns.push(undefined);
      return;
    }
    const c = canonicalColumn(h);
    const where = { path: `column ${i + 1} "${h}"`, line: 1, column: i + 1, columnName: h };
    if (!c) problems.push({ ...where, reason: 'unknown column (see docs/maintainers.md for the columns)' });
    else if (columns.includes(c)) problems.push({ ...where, reason: 'appears twice' });
    const lang = c && /\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/.exec(c)?.[1];
    if (lang && !['number', 'display', 'kind', 'hours', 'note'].includes(lang) && !languages.includes(lang)) languages.push(lang);
    columns.push(c);
  });
  if (!columns.includes('id')) problems.push({ path: 'header', line: 1, reason: 'has no "id" column' });
  const phoneCount = Math.max(0, ...columns.map((c) => Number(/^phone(\d+)\./.exec(c ?? '')?.[1] ?? 0)));

  const services: Service[] = [];
  const lines: number[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.every((cell) => !cell.trim())) continue;
    const line = info.lines;
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (c) cells[c] = record[i] ?? '';
    });
    if (record.length > columns.length && record.slice(columns.length).some((c) => c.trim())) {
      problems.push({ path: `line ${line}`, line, reason: `has ${record.length} cells but the header has ${columns.length} columns` });
    }
    const at = (column: string): CsvProblem => {
      const index = columns.indexOf(column);
      return { path: `line ${line}, column ${column}`, line, reason: '', ...(index >= 0 ? { column: index + 1, columnName: header[index] } : {}) };
    };
    const bool = (column: string) => {
      const v = toBool(cells[column] ?? '');
      if (v instanceof Error) {
        problems.push({ ...at(column), reason: v.message });
        return undefined;
      }
      return v;
    };
    const num = (column: string) => {
      const v = toNumber(cells[column] ?? '');
      if (v instanceof Error) {
        problems.push({ ...at(column), reason: v.message });
        return undefined;
      }
      return v;
    };
    const localizedOf = (key: string): LocalizedText | undefined => {
      const perLang: Record<string, string> = {};
      for (const c of columns) {
        if (c?.startsWith(`${key}.`)) {
          const lang = c.slice(key.length + 1);
          if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) && !lang.includes('.')) {
            const v = clean(cells[c]);
            if (v !== undefined) perLang[lang] = v;
          }
        }
      }
      if (Object.keys(perLang).length > 0) return perLang;
      return clean(cells[key]);
    };
    const hoursOf = (cellKey: string, noteKey: string): Hours | undefined => {
      const parsed = parseSlots(cells[cellKey] ?? '');
      const note = localizedOf(noteKey);
      if ('error' in parsed) {
        problems.push({ ...at(cellKey), reason: parsed.error });
        return note ? { note } : {};
      }
      if (!parsed.open247 && !parsed.weekly && note === undefined) return undefined;
      return { ...parsed, ...(note !== undefined ? { note } : {}) };
    };

    const phones: Phone[] = [];
    for (let i = 1; i <= phoneCount; i++) {
      const k = `phone${i}`;
      const keys = columns.filter((c) => c?.startsWith(`${k}.`)) as string[];
      if (keys.every((c) => !clean(cells[c]))) continue;
      const number = toPhone(cells[`${k}.number`] ?? '');
      if (number instanceof Error) problems.push({ ...at(`${k}.number`), reason: number.message });
      const phone: Record<string, unknown> = {
        number: number instanceof Error ? cells[`${k}.number`] : number,
        display: clean(cells[`${k}.display`]),
        kind: clean(cells[`${k}.kind`])?.toLowerCase() ?? 'voice',
        tollFree: bool(`${k}.tollFree`),
        hours: hoursOf(`${k}.hours`, `${k}.hours.note`),
        note: localizedOf(`${k}.note`),
      };
      phones.push(dropUndefined(phone) as Phone);
    }

    const confidentiality = clean(cells.confidentiality)?.toLowerCase();
    const street = clean(cells.street);
    const locality = clean(cells.locality);
    const county = clean(cells.county);
    const postalCode = clean(cells.postalCode);
    const lat = num('lat');
    const lon = num('lon');
    const accessibility = localizedOf('accessibility');
    const hasAddress = street !== undefined || locality !== undefined || county !== undefined || postalCode !== undefined;
    const hasGeo = lat !== undefined || lon !== undefined;
    let location: Service['location'];
    if (confidentiality !== undefined || hasAddress || hasGeo || accessibility !== undefined) {
      location = dropUndefined({
        confidentiality: confidentiality ?? 'public',
        address: hasAddress ? dropUndefined({ street, locality, county, postalCode }) : undefined,
        geo: hasGeo ? { lat, lon } : undefined,
        accessibility,
      }) as Service['location'];
    }

    const service = dropUndefined({
      id: clean(cells.id),
      name: localizedOf('name'),
      description: localizedOf('description'),
      organization: localizedOf('organization'),
      categories: toList(cells.categories ?? '').map((c) => c.toLowerCase()),
      audiences: toList(cells.audiences ?? '').map((c) => c.toLowerCase()),
      phones,
      email: clean(cells.email),
      website: clean(cells.website),
      location,
      areaServed: toList(cells.areaServed ?? ''),
      hours: hoursOf('hours', 'hours.note') ?? {},
      free: bool('free'),
      languages: toList(cells.languages ?? '').map((l) => l.toLowerCase()),
      verifiedAt: toDate(cells.verifiedAt ?? ''),
      reviewDue: toDate(cells.reviewDue ?? ''),
      source: clean(cells.source),
    }) as Service;
    services.push(service);
    lines.push(line);
  }
  return { services, problems, languages, delimiter, encoding, lines };
}

function dropUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Partial<T>;
}
