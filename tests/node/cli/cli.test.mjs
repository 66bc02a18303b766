// The `reper` CLI, run as maintainers run it: `node dist/cli/reper.js <verb> …` (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, process.env.REPER_CLI ?? 'dist/cli/reper.js');
const SAMPLE = join(ROOT, 'examples/data/cluj-sample.json');
const VERBS = ['validate', 'keygen', 'sign', 'verify', 'diff', 'stale', 'export-csv', 'import-csv', 'export-hsds', 'import-hsds'];

let dir;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'reper-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI; returns { code, stdout, stderr }. */
function reper(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const file = (name) => join(dir, name);
const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8'));
const write = (name, value) => {
  writeFileSync(file(name), typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value, null, 2));
  return file(name);
};
function noStack(r) {
  assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
  assert.doesNotMatch(r.stderr, /node:internal|TypeError|SyntaxError/);
}

describe('reper --help', () => {
  it('lists every command', () => {
    const r = reper('--help');
    assert.equal(r.code, 0);
    for (const v of VERBS) assert.match(r.stdout, new RegExp(`^  ${v} `, 'm'));
  });
  for (const verb of VERBS) {
    it(`reper ${verb} --help shows its usage`, () => {
      const r = reper(verb, '--help');
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: reper ${verb}`));
    });
  }
});

describe('usage errors exit 2', () => {
  it('unknown command, missing argument, unknown option, unreadable file', () => {
    for (const args of [['frobnicate'], ['validate'], ['validate', SAMPLE, '--strict'], ['validate', 'missing.json'], ['diff', SAMPLE], ['sign', SAMPLE], ['stale', SAMPLE, '--months', 'x']]) {
      const r = reper(...args);
      assert.equal(r.code, 2, `reper ${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^reper: /);
      noStack(r);
    }
  });
});

describe('reper validate', () => {
  it('accepts the Cluj sample', () => {
    const r = reper('validate', SAMPLE);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /34 services, status "sample"/);
  });

  it('lists every problem with path and reason, exit 1, no stack trace', () => {
    const feed = sample();
    feed.services[0].phones[0].number = '0264 000 001';
    feed.services[1].website = 'javascript:alert(1)';
    feed.services[2].id = feed.services[0].id;
    feed.services[3].categories = ['therapy'];
    feed.services[4].verifiedAt = '01.02.2026';
    const shelter = feed.services.findIndex((s) => s.location?.confidentiality === 'withheld');
    feed.services[shelter].location.address = { street: 'Strada Exemplu 7', locality: 'Dej', county: 'Cluj' };
    const r = reper('validate', write('bad.json', feed));
    assert.equal(r.code, 1);
    noStack(r);
    for (const line of [
      'services[0].phones[0].number: must be an E.164 number',
      'services[1].website: must be an https:// link',
      'services[2].id: duplicate id "cj-sample-01"',
      'services[3].categories[0]: unknown category "therapy"',
      'services[4].verifiedAt: must be an ISO date',
      `services[${shelter}].location.address: must be left out`,
    ]) assert.ok(r.stderr.includes(line), `missing "${line}" in\n${r.stderr}`);
    assert.match(r.stderr, /\(6 problems\)/);
  });

  it('reports JSON syntax errors as a problem, and --json output', () => {
    const r = reper('validate', write('broken.json', '{"schema": '));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\(document\): is not valid JSON/);
    noStack(r);
    const j = reper('validate', write('bad2.json', { ...sample(), status: 'draft' }), '--json');
    assert.equal(j.code, 1);
    const out = JSON.parse(j.stdout);
    assert.equal(out.ok, false);
    assert.deepEqual(out.problems.map((p) => p.path), ['status']);
  });
});

describe('reper keygen / sign / verify', () => {
  it('signs and verifies; one changed byte and a wrong key are rejected', () => {
    assert.equal(reper('keygen', 'maint').code, 0);
    assert.equal(reper('keygen', 'other').code, 0);
    assert.equal(statSync(file('maint.key')).mode & 0o777, 0o600, 'private key readable only by its owner');
    const pub = readFileSync(file('maint.pub'), 'utf8').trim();
    assert.equal(Buffer.from(pub, 'base64').length, 32);
    const feed = write('feed.json', readFileSync(SAMPLE));
    const s = reper('sign', feed, '--key', file('maint.key'));
    assert.equal(s.code, 0, s.stderr);
    assert.equal(Buffer.from(readFileSync(`${feed}.sig`, 'utf8').trim(), 'base64').length, 64);
    assert.equal(reper('verify', feed, '--public-key', pub).code, 0);
    assert.equal(reper('verify', feed, '--public-key', file('maint.pub')).code, 0);
    assert.equal(reper('verify', feed, '--public-key', file('other.pub'), '--public-key', pub).code, 0, 'any pinned key may match');

    const wrong = reper('verify', feed, '--public-key', file('other.pub'));
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /bad signature/);
    noStack(wrong);

    const bytes = readFileSync(feed);
    bytes[500] = bytes[500] === 0x61 ? 0x62 : 0x61;
    writeFileSync(feed, bytes);
    assert.equal(reper('verify', feed, '--public-key', pub).code, 1);
  });

  it('refuses to sign an invalid feed, to overwrite keys, or a malformed public key', () => {
    reper('keygen', 'k2');
    const bad = write('invalid.json', { ...sample(), services: 'none' });
    const r = reper('sign', bad, '--key', file('k2.key'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /services: must be a list/);
    assert.equal(existsSync(`${bad}.sig`), false);
    assert.equal(reper('keygen', 'k2').code, 2);
    assert.equal(reper('keygen', 'k2', '--force').code, 0);
    const feed = write('feed2.json', readFileSync(SAMPLE));
    reper('sign', feed, '--key', file('k2.key'));
    assert.equal(reper('verify', feed, '--public-key', 'abc').code, 2);
    assert.equal(reper('verify', write('unsigned.json', readFileSync(SAMPLE)), '--public-key', readFileSync(file('k2.pub'), 'utf8').trim()).code, 1);
  });
});

describe('the signed sample', () => {
  it('examples/data/cluj-sample.json.sig matches sample-signing.pub (re-sign after editing the sample)', () => {
    const r = reper('verify', SAMPLE, '--public-key', join(ROOT, 'examples/data/sample-signing.pub'));
    assert.equal(r.code, 0, r.stderr);
  });
});

describe('reper diff', () => {
  it('lists added, removed and changed services with field changes', () => {
    const before = sample();
    const afterFeed = sample();
    afterFeed.services.splice(1, 1);
    afterFeed.services[0].phones[0].number = '+40264000099';
    afterFeed.services[2].hours = { open247: true };
    afterFeed.services.push({ ...structuredClone(before.services[5]), id: 'cj-sample-new' });
    afterFeed.status = 'published';
    const a = write('a.json', before);
    const b = write('b.json', afterFeed);
    const t = reper('diff', a, b);
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /^\+ added {3}cj-sample-new/m);
    assert.match(t.stdout, /^- removed cj-sample-02/m);
    assert.match(t.stdout, /^~ changed cj-sample-01/m);
    assert.match(t.stdout, /phones\[0\]\.number: "\+40264000001" → "\+40264000099"/);
    assert.match(t.stdout, /~ feed status: "sample" → "published"/);
    assert.match(t.stdout, /1 added, 1 removed, 2 changed/);
    const j = JSON.parse(reper('diff', a, b, '--json').stdout);
    assert.deepEqual(j.added.map((x) => x.id), ['cj-sample-new']);
    assert.deepEqual(j.removed.map((x) => x.id), ['cj-sample-02']);
    const c = j.changed.find((x) => x.id === 'cj-sample-04');
    assert.deepEqual(c.changes.find((x) => x.path === 'hours.open247'), { path: 'hours.open247', after: true });
    assert.ok(c.changes.some((x) => x.path === 'hours.weekly' && x.after === undefined));
    assert.equal(reper('diff', a, write('inv.json', { x: 1 })).code, 1);
  });
});

describe('reper stale', () => {
  it('lists services past reviewDue or verified 12+ months ago; exit 1 when any', () => {
    const r = reper('stale', SAMPLE, '--today', '2026-11-28');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /cj-sample-14 .*last verified on 2025-06-02/);
    assert.match(r.stdout, /cj-sample-16 .*review was due on 2026-08-10/);
    assert.match(r.stdout, /cj-sample-25 .*last verified on 2024-09-30/);
    assert.match(r.stdout, /3 of 34 services need review/);
    const j = JSON.parse(reper('stale', SAMPLE, '--today', '2026-11-28', '--months', '1', '--json').stdout);
    assert.ok(j.stale.length > 3);
    const fresh = sample();
    for (const svc of fresh.services) {
      svc.verifiedAt = '2026-10-01';
      delete svc.reviewDue;
    }
    const f = reper('stale', write('fresh.json', fresh), '--today', '2026-11-28');
    assert.equal(f.code, 0);
    assert.match(f.stdout, /0 of 34 services need review/);
  });
});

describe('reper export-csv / import-csv', () => {
  const envelope = () => file('envelope.json');

  it('round-trips every field, comma and semicolon, with and without BOM', () => {
    const e = reper('export-csv', SAMPLE, '--out', file('s.csv'), '--envelope', envelope());
    assert.equal(e.code, 0, e.stderr);
    const csv = readFileSync(file('s.csv'));
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
    assert.match(csv.toString('utf8'), /Adăpost de urgență/);
    for (const [name, bytes] of [
      ['comma-bom.csv', csv],
      ['comma-nobom.csv', csv.subarray(3)],
    ]) {
      write(name, bytes);
      const i = reper('import-csv', file(name), '--envelope', envelope(), '--out', file(`${name}.json`));
      assert.equal(i.code, 0, i.stderr);
      assert.deepEqual(JSON.parse(readFileSync(file(`${name}.json`), 'utf8')), sample());
    }
    const semi = reper('export-csv', SAMPLE, '--semicolon');
    assert.equal(semi.code, 0);
    assert.match(semi.stdout.split('\n')[0], /^\uFEFFid;name\.ro;/);
    write('semi.csv', semi.stdout);
    const i = reper('import-csv', file('semi.csv'), '--envelope', envelope());
    assert.equal(i.code, 0, i.stderr);
    assert.deepEqual(JSON.parse(i.stdout), sample());
  });

  it('reads a typical Excel export (semicolons, CRLF, TRUE/FALSE in Romanian, dd.mm.yyyy, decimal commas, national phone numbers, empty rows)', () => {
    const rows = [
      'id;name.ro;name.hu;categories;audiences;phone1.number;phone1.display;phone1.kind;phone1.tollFree;email;website;confidentiality;street;locality;county;lat;lon;areaServed;hours;free;languages;verifiedAt;reviewDue',
      'cj-x-1;Centru de consiliere (exemplu);Tanácsadó központ (minta);counselling|legal;adult-victim;0264 000 071;0264 000 071;voice;FALS;x1@example.org;https://example.org/x1;public;Strada Exemplu 71;Turda;Cluj;46,5667;23,7833;Turda;"Lu-Vi 08:00-16:00; Sâ 9:00-13:00";ADEVĂRAT;ro|hu;15.10.2026;15.04.2027',
      'cj-x-2;"Adăpost ""Speranța"" (exemplu)";;shelter;adult-victim, minor-victim;+40 264 000 072;;voice;;;;withheld;;;;;;Județul Cluj;24/7;da;ro;01.11.2026;',
      ';;;;;;;;;;;;;;;;;;;;;;',
      ';;;;;;;;;;;;;;;;;;;;;;',
    ];
    const body = `\uFEFF${rows.join('\r\n')}\r\n`;
    write('excel.csv', body);
    write('env.json', { schema: 'reper-directory/1', id: 'cluj-test', name: 'Test', publisher: { name: 'Test' }, region: 'Județul Cluj', generatedAt: '2026-11-01T00:00:00Z', locales: ['ro', 'hu'], status: 'sample' });
    const r = reper('import-csv', file('excel.csv'), '--envelope', file('env.json'));
    assert.equal(r.code, 0, r.stderr);
    const feed = JSON.parse(r.stdout);
    assert.equal(feed.services.length, 2);
    const [a, b] = feed.services;
    assert.deepEqual(a.phones[0], { number: '+40264000071', display: '0264 000 071', kind: 'voice', tollFree: false });
    assert.deepEqual(a.location.geo, { lat: 46.5667, lon: 23.7833 });
    assert.deepEqual(a.hours, { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }, { days: ['sa'], opens: '09:00', closes: '13:00' }] });
    assert.equal(a.free, true);
    assert.equal(a.verifiedAt, '2026-10-15');
    assert.equal(a.reviewDue, '2027-04-15');
    assert.deepEqual(a.name, { ro: 'Centru de consiliere (exemplu)', hu: 'Tanácsadó központ (minta)' });
    assert.deepEqual(b.name, { ro: 'Adăpost "Speranța" (exemplu)' });
    assert.deepEqual(b.audiences, ['adult-victim', 'minor-victim']);
    assert.deepEqual(b.location, { confidentiality: 'withheld' });
    assert.deepEqual(b.hours, { open247: true });

    // The same sheet saved as "CSV" (Windows-1250) by an older Excel.
    const cp1250 = Buffer.from(
      rows.join('\r\n').replace(/[ăâîșțĂÂÎȘȚá]/g, (c) => ({ ă: '\u00e3', â: '\u00e2', î: '\u00ee', ș: '\u00ba', ț: '\u00fe', Ă: '\u00c3', Â: '\u00c2', Î: '\u00ce', Ș: '\u00aa', Ț: '\u00de', á: '\u00e1' })[c]),
      'latin1',
    );
    write('excel-1250.csv', cp1250);
    const w = reper('import-csv', file('excel-1250.csv'), '--envelope', file('env.json'));
    assert.equal(w.code, 0, w.stderr);
    assert.match(w.stderr, /Windows-1250/);
    assert.deepEqual(JSON.parse(w.stdout).services, feed.services);
  });

  it('lists every problem with line and column', () => {
    const rows = [
      'id,name,categories,audiences,phone1.number,hours,free,languages,verifiedAt,areaServed,colour',
      'a-1,Centru (exemplu),counselling,adult-victim,4.02640E+10,Mo-Fr 8-16,maybe,ro,2026-10-01,Dej,red',
      'a-2,Centru 2 (exemplu),therapy,adult-victim,+40264000002,24/7,yes,ro,2026-10-01,Dej,',
    ];
    write('bad.csv', rows.join('\n'));
    const r = reper('import-csv', file('bad.csv'));
    assert.equal(r.code, 1);
    noStack(r);
    assert.match(r.stderr, /column 11 "colour": unknown column/);
    assert.match(r.stderr, /line 2, column phone1\.number: .*format the column as text/);
    assert.match(r.stderr, /line 2, column hours: cannot read "Mo-Fr 8-16"/);
    assert.match(r.stderr, /line 2, column free: "maybe" is not yes\/no/);
    rows[0] = rows[0].replace(',colour', '');
    write('bad2.csv', rows.map((l) => l.replace(/,(red)?$/, '')).join('\n').replace('4.02640E+10', '+40264000001').replace('Mo-Fr 8-16', 'Mo-Fr 08:00-16:00').replace('maybe', 'yes'));
    const v = reper('import-csv', file('bad2.csv'));
    assert.equal(v.code, 1);
    assert.match(v.stderr, /line 3 \(services\[1\]\.categories\[0\]\): unknown category "therapy"/);
  });
});

describe('reper export-hsds / import-hsds (Open Referral HSDS 3.0)', () => {
  it('writes HSDS 3.0 objects and field names', () => {
    const r = reper('export-hsds', SAMPLE, '--out', file('hsds.json'));
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(readFileSync(file('hsds.json'), 'utf8'));
    assert.equal(doc.hsds_version, '3.0');
    assert.ok(Array.isArray(doc.organizations) && Array.isArray(doc.taxonomy_terms));
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const s = doc.services.find((x) => x.service_at_locations.length > 0 && x.schedules.some((sc) => sc.byday === 'MO,TU,WE,TH'));
    assert.ok(s, 'a service with a location and weekly schedule');
    assert.match(s.id, uuid);
    assert.equal(s.organization_id, s.organization.id);
    assert.equal(s.status, 'active');
    assert.match(s.assured_date, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(Object.keys(s.phones[0]).sort(), ['description', 'id', 'number', 'service_id', 'type'].sort());
    const sch = s.schedules[0];
    assert.equal(sch.freq, 'WEEKLY');
    assert.match(sch.opens_at, /^\d\d:\d\d$/);
    const loc = s.service_at_locations[0].location;
    assert.equal(loc.location_type, 'physical');
    assert.equal(typeof loc.latitude, 'number');
    assert.equal(loc.addresses[0].country, 'RO');
    assert.ok(loc.addresses[0].address_1 && loc.addresses[0].city && loc.addresses[0].state_province);
    const cats = s.attributes.filter((a) => a.taxonomy_term.taxonomy === 'reper-category').map((a) => a.taxonomy_term.code);
    assert.ok(cats.length > 0);
    assert.ok(s.languages.every((l) => typeof l.code === 'string'));
    // A withheld shelter has no location in HSDS either.
    const shelterId = sample().services.find((x) => x.location?.confidentiality === 'withheld').id;
    const shelter = doc.services.find((x) => x.attributes.some((a) => a.value && JSON.parse(a.value).id === shelterId));
    assert.deepEqual(shelter.service_at_locations, []);
    assert.doesNotMatch(JSON.stringify(shelter), /Strada/);
  });

  it('round-trips the sample losslessly, with the envelope kept in the file or given', () => {
    reper('export-hsds', SAMPLE, '--out', file('h.json'));
    const r = reper('import-hsds', file('h.json'));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), sample());
    const env = sample();
    delete env.services;
    write('h-env.json', { ...env, id: 'other-id' });
    const e = reper('import-hsds', file('h.json'), '--envelope', file('h-env.json'));
    assert.equal(JSON.parse(e.stdout).id, 'other-id');
  });

  it('imports plain HSDS services from another publisher and lists problems', () => {
    const foreign = {
      services: [
        {
          id: '0b6a0f0e-0000-5000-8000-000000000001',
          name: 'Centru de informare (exemplu)',
          assured_date: '2026-09-01',
          phones: [{ number: '0264 000 081', type: 'voice' }],
          schedules: [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' }],
          service_areas: [{ name: 'Gherla' }],
          languages: [{ code: 'ro' }],
          cost_options: [{ amount: 0 }],
          organization: { name: 'Organizație exemplu' },
        },
        { id: 'x', name: 'Fără dată (exemplu)', phones: [] },
      ],
    };
    const r = reper('import-hsds', write('foreign.json', foreign));
    assert.equal(r.code, 1);
    // Problems name the HSDS field, then the Reper one.
    assert.match(r.stderr, /services\[1\]\.assured_date \(services\[1\]\.verifiedAt\): is required/);
    assert.match(r.stderr, /services\[1\]\.schedules \(services\[1\]\.hours\): must give open247/);
    foreign.services.pop();
    const ok = reper('import-hsds', write('foreign2.json', foreign));
    assert.equal(ok.code, 0, ok.stderr);
    const s = JSON.parse(ok.stdout).services[0];
    assert.deepEqual(s.phones, [{ number: '+40264000081', kind: 'voice' }]);
    assert.deepEqual(s.hours, { weekly: [{ days: ['mo', 'we'], opens: '09:00', closes: '12:00' }] });
    assert.equal(s.free, true);
    assert.equal(s.organization, 'Organizație exemplu');
  });
});

describe('schema/reper-directory-1.schema.json', () => {
  it('is generated from the zod schema and up to date', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-schema.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/reper-directory-1.schema.json'), 'utf8'));
    const service = schema.properties.services.items;
    assert.ok(service.properties.categories.items.enum.includes('perpetrator-programme'));
    assert.ok(service.properties.location.then, 'no address or geo on a non-public location');
    assert.equal(service.additionalProperties, false);
  });
});
