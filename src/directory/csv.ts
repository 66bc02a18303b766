// csv-parse's browser build (its own Buffer shim). The CLI build (rollup.config.mjs) swaps in the
// Node build of the same version, with native Buffer and about 3× faster: same options, same results.
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

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or carriage
 * return) as a formula: `=HYPERLINK("http://evil","x")` in a service name becomes a live link, and
 * `+40264000001` becomes the number 40264000001 (OWASP "CSV injection"). Export puts an apostrophe
 * before such a cell, which every spreadsheet keeps as text, and import takes exactly one
 * apostrophe off again, so the text comes back unchanged. A cell that already starts with
 * apostrophes and then a formula character gets one more, so that it too comes back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
export function restore(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

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
  return stringify([columns, ...rows.map((r) => r.map(neutralise))], { delimiter, bom: true, record_delimiter: '\r\n' });
}

/** Larger files are refused before they are parsed: 20 MB is about 20,000 services. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** The problem with a file of this many bytes, if it is over the limit (check before reading it). */
export function csvSizeProblem(size: number): CsvProblem | undefined {
  if (size <= MAX_CSV_BYTES) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { path: '', reason: `is ${mb(size)}; the limit is ${mb(MAX_CSV_BYTES)} (about 20,000 services): split the directory or remove what is not a service` };
}

export type Decoded = { text: string; encoding: 'utf-8' | 'windows-1250' } | { problem: CsvProblem };

/** Offset of the first byte that breaks UTF-8, and how many well-formed multi-byte characters there are. */
function utf8Scan(bytes: Uint8Array): { firstInvalid: number; invalid: number; multibyte: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = n > 0 && i + n < bytes.length;
    for (let k = 1; ok && k <= n; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8 either.
    const c = bytes[i + 1];
    if (ok && ((b === 0xe0 && c < 0xa0) || (b === 0xed && c >= 0xa0) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c >= 0x90))) ok = false;
    if (ok) {
      multibyte++;
      i += n + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, invalid, multibyte };
}

/**
 * Decodes spreadsheet bytes: UTF-8 (with or without BOM); a file with no UTF-8 characters at all
 * but bytes above 127 is Windows-1250 (what Excel's plain "CSV" writes with Romanian settings),
 * with ş ţ turned into the correct ș ț. A file that is mostly UTF-8 with some broken bytes is not
 * silently read as another encoding: the problem names the line of the first broken byte.
 */
export function decodeSpreadsheet(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const scan = utf8Scan(bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom || scan.multibyte >= scan.invalid) {
      let line = 1;
      let start = 0;
      for (let i = 0; i < scan.firstInvalid; i++) {
        if (bytes[i] === 0x0a) {
          line++;
          start = i + 1;
        }
      }
      const before = new TextDecoder('utf-8').decode(bytes.subarray(start, scan.firstInvalid)).replace(/\r$/, '');
      const byte = bytes[scan.firstInvalid].toString(16).toUpperCase().padStart(2, '0');
      return {
        problem: {
          path: `line ${line}`,
          line,
          reason:
            `byte 0x${byte} after "${before.slice(-30)}" is not UTF-8 (${scan.invalid} such byte${scan.invalid === 1 ? '' : 's'} in the file, ` +
            'which is otherwise UTF-8): the file was damaged or pasted from another encoding; fix the text and save it again as "CSV UTF-8"',
        },
      };
    }
    // Windows-1250 only has the legacy cedilla forms; Romanian is written with the comma below.
    const text = new TextDecoder('windows-1250').decode(bytes).replace(/[şţŞŢ]/g, (c) => ({ ş: 'ș', ţ: 'ț', Ş: 'Ș', Ţ: 'Ț' })[c] ?? c);
    return { text, encoding: 'windows-1250' };
  }
}

const DELIMITERS = [',', ';', '\t'];
const DELIMITER_NAME: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars "|"', ':': 'colons ":"' };

/**
 * The delimiter of the header line, whichever of `;` (Excel in Romanian), `,`, tab — or `|` and
 * `:`, which are detected only to be refused by name — occurs most outside quotes; `''` if none.
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0, '|': 0, ':': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n === 0 ? '' : best;
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


/** What csv-parse's error codes mean for someone who edits the file in a spreadsheet. */
function parseProblem(error: { code?: string; lines?: number; column?: number | string }, header: string[], text: string): CsvProblem {
  const line = error.lines ?? 0;
  const index = typeof error.column === 'number' ? error.column : -1;
  const column = index >= 0 ? { column: index + 1, ...(header[index] ? { columnName: header[index] } : {}) } : {};
  const at = index >= 0 ? `line ${line}, column ${header[index] || index + 1}` : `line ${line}`;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      const opened = unclosedQuoteLine(text);
      return { path: `line ${opened}`, line: opened, reason: 'a quoted cell starts here and its closing quote (") is missing; everything after it was read as one cell' };
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { path: at, line, ...column, reason: 'has text after the closing quote of a quoted cell (write a quote inside a cell as two quotes "")' };
    case 'INVALID_OPENING_QUOTE':
      return { path: at, line, ...column, reason: 'has a quote (") inside a cell that is not quoted (quote the whole cell and write the inner quote as "")' };
    default:
      return { path: at, line, ...column, reason: 'cannot be read as CSV' };
  }
}

/** The line on which the quote that never closes was opened. */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let openedAt = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else {
        quoted = !quoted;
        if (quoted) openedAt = line;
      }
    }
  }
  return openedAt;
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Reads the maintainer's spreadsheet. Problems name the line and column; nothing is thrown. */
export function importCsv(bytes: Uint8Array): CsvImport {
  const fail = (problems: CsvProblem[], delimiter = '', encoding: CsvImport['encoding'] = 'utf-8'): CsvImport => ({ services: [], problems, languages: [], delimiter, encoding, lines: [] });
  const tooLarge = csvSizeProblem(bytes.length);
  if (tooLarge) return fail([tooLarge]);
  const decoded = decodeSpreadsheet(bytes);
  if ('problem' in decoded) return fail([decoded.problem]);
  const { encoding } = decoded;
  const text = decoded.text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  if (!DELIMITERS.includes(delimiter)) {
    const found = delimiter ? `its cells are separated by ${DELIMITER_NAME[delimiter]}` : 'it has no comma, semicolon or tab';
    if (delimiter || !/^\s*id\s*$/i.test(text.split(/\r?\n/)[0])) {
      return fail([{ path: 'line 1', line: 1, reason: `the header line cannot be split into columns: ${found}; save the sheet as "CSV UTF-8 (comma delimited)", or with semicolons or tabs` }], delimiter, encoding);
    }
  }
  const problems: CsvProblem[] = [];
  const parseErrors: CsvProblem[] = [];
  const firstLine = text.split(/\r?\n/, 1)[0];
  const rawHeader = firstLine.split(delimiter || ',').map((h) => h.trim().replace(/^"|"$/g, ''));
  let records: string[][];
  try {
    // No `info`/`raw` (they double the parse time): a record's line is counted from the cells,
    // and empty lines come through as records of one empty cell.
    records = parse(text, {
      delimiter: delimiter || ',',
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) parseErrors.push(parseProblem(error as unknown as Parameters<typeof parseProblem>[0], rawHeader, text));
      },
    }) as string[][];
  } catch (error) {
    parseErrors.push(parseProblem(error as Parameters<typeof parseProblem>[0], rawHeader, text));
    records = [];
  }
  if (parseErrors.length) {
    // After a broken quote the parser is out of step with the file: what follows is an echo.
    const first = parseErrors[0];
    const more = parseErrors.length > 1 ? ' (the rest of the file was not checked: fix this first)' : '';
    return fail([{ ...first, reason: first.reason + more }], delimiter, encoding);
  }
  if (records.length === 0) return fail([{ path: '', reason: 'is empty (no header row)' }], delimiter, encoding);
  const lineOf: number[] = [];
  let nextLine = 1;
  for (const r of records) {
    lineOf.push(nextLine);
    nextLine += 1;
    for (const cell of r) for (let k = cell.indexOf('\n'); k >= 0; k = cell.indexOf('\n', k + 1)) nextLine++;
  }
  const headerAt = records.findIndex((r) => r.some((c) => c.trim()));
  if (headerAt < 0) return fail([{ path: '', reason: 'is empty (no header row)' }], delimiter, encoding);
  const header = records[headerAt].map((h) => h.trim());
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
  const width = columns.length;
  // Per-language columns of each localized key (`name` → [['name.ro','ro'], …]), found once.
  const langCache = new Map<string, [string, string][]>();
  const langColumns = (key: string) => {
    let list = langCache.get(key);
    if (!list) {
      list = [];
      for (const c of columns) {
        if (!c?.startsWith(`${key}.`)) continue;
        const lang = c.slice(key.length + 1);
        if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) && !lang.includes('.')) list.push([c, lang]);
      }
      langCache.set(key, list);
    }
    return list;
  };
  const phoneColumns: string[][] = [];
  for (let i = 1; i <= phoneCount; i++) phoneColumns[i] = columns.filter((c): c is string => !!c?.startsWith(`phone${i}.`));
  for (let r = headerAt + 1; r < records.length; r++) {
    const rawRecord = records[r];
    if (rawRecord.every((cell) => !cell.trim())) continue;
    const line = lineOf[r];
    const record = rawRecord.map(restore);
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (c) cells[c] = record[i] ?? '';
    });
    if (record.length !== width && (record.length < width || record.slice(width).some((c) => c.trim()))) {
      const joined = rawRecord.join(delimiter);
      const other = DELIMITERS.find((d) => d !== delimiter && joined.split(d).length === width);
      const hint = other ? `; this line seems to be separated by ${DELIMITER_NAME[other]}, the header by ${DELIMITER_NAME[delimiter]}` : '';
      if (record.length < width) {
        const missing = header.slice(record.length).map((h, k) => h || columnLetter(record.length + k + 1));
        const letters = `${columnLetter(record.length + 1)}${width - record.length > 1 ? `–${columnLetter(width)}` : ''}`;
        problems.push({
          path: `line ${line}`,
          line,
          column: record.length + 1,
          ...(header[record.length] ? { columnName: header[record.length] } : {}),
          reason: `has ${record.length} cell${record.length === 1 ? '' : 's'} but the header has ${width} columns: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''} (column${width - record.length > 1 ? 's' : ''} ${letters}) ${missing.length > 1 ? 'are' : 'is'} missing${hint}`,
        });
      } else {
        problems.push({
          path: `line ${line}`,
          line,
          column: width + 1,
          reason: `has ${record.length} cells but the header has ${width} columns (a cell that contains ${DELIMITER_NAME[delimiter]} must be in quotes)${hint}`,
        });
      }
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
      let perLang: Record<string, string> | undefined;
      for (const [c, lang] of langColumns(key)) {
        const v = clean(cells[c]);
        if (v !== undefined) (perLang ??= {})[lang] = v;
      }
      return perLang ?? clean(cells[key]);
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
      const keys = phoneColumns[i];
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
