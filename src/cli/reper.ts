import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { freshnessRefusal, staleReason } from '../directory/freshness.js';
import { localized } from '../directory/localized.js';
import { SCHEMA_ID, type Directory } from '../directory/schema.js';
import { formatPath, parseDirectory, type Problem, validateDirectory } from '../directory/validate.js';
import { type FlagSpec, type ParsedArgs, parseArgs } from './args.js';
import { csvSizeProblem, exportCsv, importCsv } from './csv.js';
import { diffDirectories, formatDiff } from '../directory/diff.js';
import { InvalidInputError, UsageError } from './errors.js';
import { exportHsds } from './hsds.js';
import { importHsds } from './hsds-import.js';
import { isDatapackage, readDatapackage } from './hsds-tabular.js';
import { CLI_MAX_PROBLEMS, expiryWarnings, formatProblems, readFeed, readInput, readJson, toJson, writeOutput } from './io.js';
import { generateKeys, privateKeyFrom, publicOf, signBytes, verifyBytes } from './keys.js';
import { reportVerb } from './report.js';

interface Verb {
  usage: string;
  summary: string;
  details: string;
  flags: Record<string, FlagSpec>;
  args: [min: number, max: number];
  run: (a: ParsedArgs) => number;
}

const json = { json: { type: 'boolean' } } as const;

const VERBS: Record<string, Verb> = {
  validate: {
    usage: 'reper validate <feed.json> [--json]',
    summary: 'check a feed against reper-directory/1 and list every problem',
    details:
      'Checks structure, categories, audiences, E.164 phones, https links, ISO dates, unique ids,\n' +
      'and that no confidential location carries an address or coordinates.\n' +
      'Exit 0 when valid, 1 with every problem (path: reason), 2 on usage errors.\n' +
      '  --json   print {"ok": …, "problems": […]} on stdout',
    flags: { ...json },
    args: [1, 1],
    run: ({ positionals: [file], flags }) => {
      const bytes = readInput(file, 'validate');
      const result = parseDirectory(bytes, { maxProblems: CLI_MAX_PROBLEMS });
      const warnings = result.ok ? expiryWarnings(result.directory) : [];
      if (flags.json) {
        process.stdout.write(
          toJson(
            result.ok
              ? { ok: true, services: result.directory.services.length, warnings }
              : { ok: false, problems: result.problems, total: result.total },
          ),
        );
        return result.ok ? 0 : 1;
      }
      if (!result.ok) throw new InvalidInputError(`${file} is not a valid reper-directory/1 feed`, result.problems, result.total);
      const d = result.directory;
      for (const w of warnings) process.stderr.write(`reper: ${w}\n`);
      process.stdout.write(`ok: ${file} is a valid ${SCHEMA_ID} feed — ${d.services.length} services, status "${d.status}"\n`);
      return 0;
    },
  },
  keygen: {
    usage: 'reper keygen <name> [--force]',
    summary: 'create an Ed25519 key pair: <name>.key (private) and <name>.pub (public)',
    details:
      'Writes <name>.key (PKCS#8 PEM, readable only by you: keep it secret and off the web server)\n' +
      'and <name>.pub (base64 raw public key: put it in the public-key attribute or kiosk config).\n' +
      '  --force  overwrite existing files',
    flags: { force: { type: 'boolean' } },
    args: [1, 1],
    run: ({ positionals: [name], flags }) => {
      const keyFile = `${name}.key`;
      const pubFile = `${name}.pub`;
      if (!flags.force) for (const f of [keyFile, pubFile]) if (existsSync(f)) throw new UsageError(`${f} exists; use --force to overwrite`, 'keygen');
      const { privatePem, publicBase64 } = generateKeys();
      try {
        writeFileSync(keyFile, privatePem, { mode: 0o600 });
        writeFileSync(pubFile, `${publicBase64}\n`);
      } catch (error) {
        throw new UsageError(`cannot write ${keyFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'keygen');
      }
      process.stdout.write(`wrote ${keyFile} (private, keep secret) and ${pubFile}\npublic key: ${publicBase64}\n`);
      return 0;
    },
  },
  sign: {
    usage: 'reper sign <feed.json> --key <name.key> [--out <feed.json.sig>]',
    summary: 'validate a feed and write its detached Ed25519 signature <feed.json>.sig',
    details:
      'Signs the exact bytes of the file; publish the feed and the .sig side by side and do not\n' +
      'reformat the feed afterwards. Refuses to sign an invalid feed (exit 1).',
    flags: { key: { type: 'string' }, out: { type: 'string' } },
    args: [1, 1],
    run: ({ positionals: [file], flags }) => {
      if (typeof flags.key !== 'string') throw new UsageError('--key <name.key> is required', 'sign');
      const { bytes } = readFeed(file, 'sign');
      let key;
      try {
        key = privateKeyFrom(readInput(flags.key, 'sign').toString('utf8'));
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new InvalidInputError(`${flags.key} is not a usable private key`, [{ path: '', reason: (error as Error).message }]);
      }
      const out = typeof flags.out === 'string' ? flags.out : `${file}.sig`;
      writeOutput(out, `${signBytes(bytes, key)}\n`, 'sign');
      process.stdout.write(`signed ${file} → ${out} (public key ${publicOf(key)})\n`);
      return 0;
    },
  },
  verify: {
    usage: 'reper verify <feed.json> --public-key <base64 | name.pub> [--public-key …] [--signature <file>]',
    summary: 'check <feed.json>.sig against one or more pinned public keys',
    details: 'Exit 0 when the signature matches one of the keys, 1 when it does not (or is missing).',
    flags: { 'public-key': { type: 'string', multiple: true }, signature: { type: 'string' } },
    args: [1, 1],
    run: ({ positionals: [file], flags }) => {
      const keys = (flags['public-key'] as string[] | undefined) ?? [];
      if (keys.length === 0) throw new UsageError('--public-key <base64 or .pub file> is required', 'verify');
      const bytes = readInput(file, 'verify');
      const sigFile = typeof flags.signature === 'string' ? flags.signature : `${file}.sig`;
      if (!existsSync(sigFile)) throw new InvalidInputError(`no signature for ${file}`, [{ path: '', reason: `${sigFile} does not exist` }]);
      const signature = readInput(sigFile, 'verify').toString('utf8');
      const problems: Problem[] = [];
      for (const k of keys) {
        const value = existsSync(k) ? readInput(k, 'verify').toString('utf8').trim() : k;
        try {
          if (verifyBytes(bytes, signature, value)) {
            const parsed = parseDirectory(bytes, { maxProblems: 1 });
            if (parsed.ok) for (const w of expiryWarnings(parsed.directory)) process.stderr.write(`reper: ${w}\n`);
            process.stdout.write(`ok: ${file} is signed by ${value.includes('\n') ? 'the PEM key' : value}\n`);
            return 0;
          }
        } catch (error) {
          throw new UsageError(`--public-key ${k}: ${(error as Error).message}`, 'verify');
        }
        problems.push({ path: '', reason: `signature ${sigFile} does not match key ${value}` });
      }
      throw new InvalidInputError(`${file}: bad signature (changed after signing, or signed with another key)`, problems);
    },
  },
  diff: {
    usage: 'reper diff <old.json> <new.json> [--json]',
    summary: 'list added, removed and changed services with their field changes',
    details: 'Services are matched by id. Both feeds must be valid.\n  --json   machine-readable output',
    flags: { ...json },
    args: [2, 2],
    run: ({ positionals: [a, b], flags }) => {
      const before = readFeed(a, 'diff').directory;
      const after = readFeed(b, 'diff').directory;
      const d = diffDirectories(before, after);
      // The rules every kiosk and website applies: say now what they would refuse.
      const warnings: string[] = [];
      const refusal = freshnessRefusal(after, { last: before });
      if (refusal) warnings.push(`${b} would be refused where ${a} is shown: ${refusal.reason}`);
      else if (Date.parse(after.generatedAt) <= Date.parse(before.generatedAt)) {
        warnings.push(`${b} has the same generatedAt as ${a} (${after.generatedAt}): publish changes with a later generatedAt`);
      }
      process.stdout.write(flags.json ? toJson({ ...d, warnings }) : formatDiff(d));
      if (!flags.json) for (const w of warnings) process.stderr.write(`reper: warning: ${w}\n`);
      return 0;
    },
  },
  stale: {
    usage: 'reper stale <feed.json> [--months N] [--today YYYY-MM-DD] [--json]',
    summary: 'list services past reviewDue or last verified N or more months ago (default 12)',
    details:
      'Exit 0 when every service is fresh, 1 when some need review (each is listed), so that a\n' +
      'scheduled job can alert the maintainer.\n' +
      '  --months N    verification age that counts as stale (default 12)\n' +
      '  --today DATE  check as of this date instead of today\n' +
      '  --json        machine-readable output',
    flags: { months: { type: 'string' }, today: { type: 'string' }, ...json },
    args: [1, 1],
    run: ({ positionals: [file], flags }) => {
      const months = flags.months === undefined ? 12 : Number(flags.months);
      if (!Number.isInteger(months) || months < 1) throw new UsageError('--months must be a whole number of months, 1 or more', 'stale');
      const today = typeof flags.today === 'string' ? flags.today : undefined;
      if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be a date YYYY-MM-DD', 'stale');
      const now = today ? new Date(`${today}T12:00:00Z`) : new Date();
      const { directory } = readFeed(file, 'stale');
      const stale = directory.services
        .map((s, i) => ({ s, i, reason: staleReason(s, now, months) }))
        .filter((x) => x.reason !== undefined)
        .map(({ s, i, reason }) => ({ path: formatPath(['services', i]), id: s.id, name: localized(s.name, 'ro'), verifiedAt: s.verifiedAt, reviewDue: s.reviewDue, reason: reason as string }));
      if (flags.json) process.stdout.write(toJson({ stale, total: directory.services.length }));
      else {
        for (const x of stale) process.stdout.write(`${x.path} ${x.id} (${x.name}): ${x.reason}\n`);
        process.stdout.write(`${stale.length} of ${directory.services.length} services need review\n`);
      }
      return stale.length > 0 ? 1 : 0;
    },
  },
  'export-csv': {
    usage: 'reper export-csv <feed.json> [--out file.csv] [--semicolon] [--envelope envelope.json]',
    summary: 'write the services as a spreadsheet (UTF-8 CSV with BOM, one row per service)',
    details:
      'Columns are described in docs/maintainers.md. A cell a spreadsheet would run as a formula\n' +
      '(=, +, -, @ first, such as +40… phone numbers) gets a leading apostrophe; import-csv removes it.\n' +
      '  --semicolon          use ";" between cells (Excel with Romanian regional settings)\n' +
      '  --envelope FILE      also write the feed envelope (name, publisher, …) for import-csv',
    flags: { out: { type: 'string' }, semicolon: { type: 'boolean' }, envelope: { type: 'string' } },
    args: [1, 1],
    run: ({ positionals: [file], flags }) => {
      const { directory } = readFeed(file, 'export-csv');
      writeOutput(flags.out as string | undefined, exportCsv(directory, flags.semicolon ? ';' : ','), 'export-csv');
      if (typeof flags.envelope === 'string') writeOutput(flags.envelope, toJson(envelopeOf(directory)), 'export-csv');
      return 0;
    },
  },
  'import-csv': {
    usage: 'reper import-csv <file.csv> [--out feed.json] [--envelope envelope.json]',
    summary: 'turn the maintainer spreadsheet into a validated feed',
    details:
      'Reads UTF-8 with or without BOM (or Windows-1250 from an old Excel), comma, semicolon or tab,\n' +
      'up to 20 MB. Short rows, other delimiters, broken quotes and stray bytes are named by line.\n' +
      'The envelope file gives schema, id, name, publisher, region, locales and status; generatedAt\n' +
      'is set to now unless the envelope gives it. Without --envelope a draft envelope with status\n' +
      '"sample" is written. Exit 1 lists every problem with its line and column.',
    flags: { out: { type: 'string' }, envelope: { type: 'string' } },
    args: [1, 1],
    run: ({ positionals: [file], flags }) => {
      // A huge file is refused from its size, before it is read into memory.
      const tooLarge = csvSizeProblem(existsSync(file) ? statSync(file).size : 0);
      if (tooLarge) throw new InvalidInputError(`${file} cannot be imported`, [tooLarge]);
      const imported = importCsv(readInput(file, 'import-csv'));
      if (imported.encoding !== 'utf-8') process.stderr.write(`note: ${file} is not UTF-8; read it as Windows-1250\n`);
      if (imported.problems.length) throw new InvalidInputError(`${file} cannot be imported`, imported.problems);
      const envelope = loadEnvelope(flags.envelope, file, imported.languages, 'import-csv');
      const directory = { ...envelope, services: imported.services };
      finish(directory, flags.out as string | undefined, 'import-csv', (p) => {
        const m = /^services\[(\d+)\](.*)$/.exec(p.path);
        return m ? { path: `line ${imported.lines[Number(m[1])]} (${p.path})`, reason: p.reason } : p;
      });
      return 0;
    },
  },
  'export-hsds': {
    usage: 'reper export-hsds <feed.json> [--out hsds.json]',
    summary: 'write the feed as Open Referral HSDS 3.0 JSON',
    details:
      'Each service becomes an HSDS service with its organization, phones, schedules, service areas,\n' +
      'languages, cost options, locations and attributes; Reper-only fields are kept in a "reper"\n' +
      'attribute so that import-hsds gives back the same feed.',
    flags: { out: { type: 'string' } },
    args: [1, 1],
    run: ({ positionals: [file], flags }) => {
      const { directory } = readFeed(file, 'export-hsds');
      writeOutput(flags.out as string | undefined, toJson(exportHsds(directory)), 'export-hsds');
      return 0;
    },
  },
  'import-hsds': {
    usage: 'reper import-hsds <hsds.json> [--out feed.json] [--envelope envelope.json]',
    summary: 'turn Open Referral HSDS 3.0 JSON into a validated feed',
    details:
      'Reads HSDS 3.0: one service, a list, an API page {"contents": [...]} of services, service_at_locations\n' +
      'or organizations, an organization with its services, export-hsds output, or a datapackage.json\n' +
      'with its CSV files. Every HSDS field Reper cannot show is named in a warning (HSDS path); HSDS\n' +
      'edits made after export-hsds win over the reper attribute, with a warning naming both values.\n' +
      'The envelope comes from --envelope, else from the file (as written by export-hsds), else a\n' +
      'draft with status "sample".',
    flags: { out: { type: 'string' }, envelope: { type: 'string' } },
    args: [1, 1],
    run: ({ positionals: [file], flags }) => {
      let doc = readJson(file, 'import-hsds');
      let taxonomyTerms;
      if (isDatapackage(doc)) {
        const tabular = readDatapackage(file, doc as Record<string, unknown>);
        if (tabular.problems.length) throw new InvalidInputError(`${file} cannot be imported`, tabular.problems);
        ({ doc, taxonomyTerms } = tabular);
      }
      const imported = importHsds(doc, { taxonomyTerms });
      for (const w of imported.warnings) process.stderr.write(`warning: ${w}\n`);
      if (imported.problems.length) throw new InvalidInputError(`${file} cannot be imported`, imported.problems);
      const envelope =
        flags.envelope === undefined && imported.envelope
          ? (imported.envelope as Omit<Directory, 'services'>)
          : loadEnvelope(flags.envelope, file, [], 'import-hsds');
      finish({ ...envelope, services: imported.services }, flags.out as string | undefined, 'import-hsds', (p) => {
        const m = /^services\[(\d+)\](.*)$/.exec(p.path);
        return m ? { path: `${imported.hsdsPath(Number(m[1]), m[2]) || '(document)'} (${p.path})`, reason: p.reason } : p;
      });
      return 0;
    },
  },
  report: reportVerb,
};

function envelopeOf(d: Directory): Omit<Directory, 'services'> {
  const { services: _s, ...envelope } = d;
  void _s;
  return envelope;
}

function loadEnvelope(path: unknown, input: string, languages: string[], verb: string): Omit<Directory, 'services'> {
  if (typeof path === 'string') {
    const value = readJson(path, verb);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InvalidInputError(`${path} is not an envelope`, [{ path: '', reason: 'must be a JSON object' }]);
    }
    const { services: _s, ...rest } = value as Record<string, unknown>;
    void _s;
    return { schema: SCHEMA_ID, generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), ...rest } as Omit<Directory, 'services'>;
  }
  process.stderr.write(`note: no --envelope: wrote a draft envelope with status "sample"; pass --envelope to set publisher, region and status\n`);
  const name = basename(input, extname(input));
  return {
    schema: SCHEMA_ID,
    id: name.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'directory',
    name,
    publisher: { name: 'unknown' },
    region: 'unknown',
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    locales: languages.length ? languages : ['ro'],
    status: 'sample',
  };
}

function finish(directory: unknown, out: string | undefined, verb: string, mapProblem: (p: Problem) => Problem = (p) => p): void {
  const result = validateDirectory(directory);
  if (!result.ok) throw new InvalidInputError('the result is not a valid reper-directory/1 feed', result.problems.map(mapProblem));
  writeOutput(out, toJson(result.directory), verb);
  if (out) process.stderr.write(`wrote ${out}: ${result.directory.services.length} services\n`);
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(VERBS).map((v) => v.length));
  return (
    'reper — maintain a reper-directory/1 service directory\n\n' +
    'Usage: reper <command> [arguments] [options]\n\nCommands:\n' +
    Object.entries(VERBS)
      .map(([name, v]) => `  ${name.padEnd(width)}  ${v.summary}`)
      .join('\n') +
    '\n\nRun "reper <command> --help" for details. Exit codes: 0 success, 1 invalid input, 2 usage error.\n'
  );
}

function verbHelp(name: string): string {
  const v = VERBS[name];
  return `Usage: ${v.usage}\n\n${v.summary[0].toUpperCase()}${v.summary.slice(1)}.\n${v.details}\n`;
}

export function main(argv: string[]): number {
  const [verb, ...rest] = argv;
  try {
    if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
      const topic = verb === 'help' ? rest[0] : undefined;
      process.stdout.write(topic && VERBS[topic] ? verbHelp(topic) : mainHelp());
      return 0;
    }
    if (verb === '--version' || verb === '-v') {
      process.stdout.write(`${SCHEMA_ID}\n`);
      return 0;
    }
    const spec = VERBS[verb];
    if (!spec) throw new UsageError(`unknown command "${verb}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(verbHelp(verb));
      return 0;
    }
    const parsed = parseArgs(verb, rest, spec.flags);
    const [min, max] = spec.args;
    if (parsed.positionals.length < min) throw new UsageError('missing argument', verb);
    if (parsed.positionals.length > max) throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`, verb);
    return spec.run(parsed);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`reper: ${error.message}\n${error.verb ? `usage: ${VERBS[error.verb].usage}` : 'run "reper --help" for the commands'}\n`);
      return 2;
    }
    if (error instanceof InvalidInputError) {
      const n = error.problems.length;
      const total = Math.max(error.problemCount, n);
      process.stderr.write(`reper: ${error.message}${total ? ` (${total} problem${total === 1 ? '' : 's'})` : ''}\n`);
      if (n) process.stderr.write(`${formatProblems(error.problems, total)}\n`);
      return 1;
    }
    process.stderr.write(`reper: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
