// `reper export-hsds` / `import-hsds` against the Open Referral HSDS 3.0 specification itself: its
// JSON Schemas, its examples and its tabular datapackage (vendored in tests/fixtures/hsds-3.0), and
// against what other HSDS tools do to an exported file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hsdsErrors } from '../helpers/hsds-schema.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, process.env.REPER_CLI ?? 'dist/cli/reper.js');
const SAMPLE = join(ROOT, 'examples/data/cluj-sample.json');
const SPEC = join(ROOT, 'tests/fixtures/hsds-3.0/examples');

let dir;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'reper-hsds-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const reper = (...args) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const write = (name, value) => {
  writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  return join(dir, name);
};
const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8'));
const spec = (name) => JSON.parse(readFileSync(join(SPEC, name), 'utf8'));
const ENVELOPE = { schema: 'reper-directory/1', id: 'hsds-test', name: 'Test', publisher: { name: 'Test' }, region: 'Județul Cluj', generatedAt: '2026-11-01T00:00:00Z', locales: ['ro'], status: 'sample' };
const env = () => write('env.json', ENVELOPE);
const warnings = (r) => r.stderr.split('\n').filter((l) => l.startsWith('warning: '));
function exported() {
  const r = reper('export-hsds', SAMPLE, '--out', join(dir, 'export.json'));
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(readFileSync(join(dir, 'export.json'), 'utf8'));
}

describe('export-hsds against the official HSDS 3.0 JSON Schemas', () => {
  it('every service, organization, taxonomy and term is valid', () => {
    const doc = exported();
    assert.ok(doc.services.length > 30);
    const errors = [
      ...doc.services.flatMap((s, i) => hsdsErrors('service', s).map((e) => `services[${i}]${e}`)),
      ...doc.organizations.flatMap((o, i) => hsdsErrors('organization', o).map((e) => `organizations[${i}]${e}`)),
      ...doc.taxonomies.flatMap((t, i) => hsdsErrors('taxonomy', t).map((e) => `taxonomies[${i}]${e}`)),
      ...doc.taxonomy_terms.flatMap((t, i) => hsdsErrors('taxonomy_term', t).map((e) => `taxonomy_terms[${i}]${e}`)),
    ];
    assert.deepEqual(errors, []);
  });

  it('the validator catches a broken service (so the check above can fail)', () => {
    const s = exported().services[0];
    assert.notDeepEqual(hsdsErrors('service', { ...s, status: 'open', phones: [{ ...s.phones[0], number: 264 }] }), []);
  });

  it("the specification's own examples are valid against the same schemas", () => {
    assert.deepEqual(hsdsErrors('service', spec('service_full.json')), []);
    assert.deepEqual(hsdsErrors('organization', spec('organization_full.json')), []);
    assert.deepEqual(hsdsErrors('service_at_location', spec('service_at_location_full.json')), []);
  });
});

describe("import-hsds reads the specification's examples", () => {
  const SHAPES = [
    ['service_full.json', 'one service (/services/{id})', ''],
    ['service_list.json', 'an API page of services', 'contents[0]'],
    ['service_at_location_full.json', 'one service_at_location', 'service'],
    ['service_at_location_list.json', 'an API page of service_at_locations', 'contents[0].service'],
    ['organization_full.json', 'an organization with its services', 'services[0]'],
    ['csv/datapackage.json', 'the tabular datapackage', 'services[0]'],
  ];
  for (const [name, what, base] of SHAPES) {
    it(`${what}: ${name}`, () => {
      const r = reper('import-hsds', join(SPEC, name), '--envelope', env());
      assert.doesNotMatch(r.stderr, /is required: a list|is not an HSDS 3\.0 document/);
      // The examples are not Romanian services (no Reper categories, a US postal address…): each
      // such field is a warning with its HSDS path, never silently dropped.
      const w = warnings(r);
      assert.ok(w.some((l) => l.startsWith(`warning: ${base ? `${base}.` : ''}attributes: no reper-category attribute`)), r.stderr);
      assert.ok(w.some((l) => l.includes('url: "http://example.com/counselling" is not an https: address')), r.stderr);
      assert.ok(w.some((l) => / \(Community Counselling\): not imported, Reper has no place for: alternate_name, interpretation_services, application_process, .*eligibility_description/.test(l)), r.stderr);
      // Whatever is invalid is named by its HSDS field first.
      for (const line of r.stderr.split('\n').filter((l) => /^ {2}\S/.test(l))) assert.match(line, new RegExp(`^  ${base.replace(/[[\].]/g, '\\$&')}`));
    });
  }

  it('the full service example: each loss is named', () => {
    const r = reper('import-hsds', join(SPEC, 'service_full.json'), '--envelope', env());
    const w = warnings(r).join('\n');
    assert.match(w, /schedules\[0\]: a schedule that is not the same every week \(freq WEEKLY, byday "TH,FR", bymonthday "2,3,4"/);
    assert.match(w, /cost_options\[0\]: the fee \(Under 18s and Over 60s, 35 GBP, per 1 hour session\) cannot be shown/);
    assert.match(w, /service_at_locations\[0\]\.location\.addresses\[0\]: a postal address is not a place to visit/);
    assert.match(w, /languages\[0\]\.note: "Translation services/);
    assert.match(w, /Reper has no place for: .*phones\[0\]\.extension.*contacts/);
    // The example's latitude 100 is not on Earth: the error names HSDS's field.
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^ {2}service_at_locations\[0\]\.location\.latitude \(services\[0\]\.location\.geo\.lat\): must be between -90 and 90$/m);
  });

  it('the same example, with its coordinates fixed, imports with what Reper can show', () => {
    const doc = spec('service_full.json');
    doc.service_at_locations[0].location.latitude = 46.77;
    doc.service_at_locations[0].location.longitude = 23.6;
    doc.service_areas[0].name = 'MyCity';
    const r = reper('import-hsds', write('fixed.json', doc), '--envelope', env());
    assert.equal(r.code, 0, r.stderr);
    const [s] = JSON.parse(r.stdout).services;
    assert.equal(s.name, 'Community Counselling');
    assert.equal(s.free, false);
    assert.deepEqual(s.phones.map((p) => [p.number, p.kind]), [['+441234234567', 'voice']]);
    assert.match(s.phones[0].note, /^Our main reception phone number/, 'a long phone description is a note, not the display');
    assert.equal(s.hours.weekly, undefined, 'no weekly hours invented from a non-weekly rule');
    assert.match(s.hours.note, /available from 10 am to 6pm weekdays/);
    assert.deepEqual(s.location, { confidentiality: 'public', geo: { lat: 46.77, lon: 23.6 }, accessibility: 'The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels.' });
    assert.equal(s.website, undefined);
    assert.equal(s.organization, 'Example Organization Inc.');
  });

  it('service_package and organization_package: lists of full services and of organizations with their services', () => {
    for (const [name, doc, base] of [
      ['service_package.json', [spec('service_full.json')], '[0]'],
      ['organization_package.json', [spec('organization_full.json')], '[0].services[0]'],
    ]) {
      const r = reper('import-hsds', write(name, doc), '--envelope', env());
      assert.ok(warnings(r).some((l) => l.startsWith(`warning: ${base}.attributes: no reper-category attribute`)), `${name}: ${r.stderr}`);
      const esc = (x) => x.replace(/[[\]().]/g, '\\$&');
      assert.match(r.stderr, new RegExp(`^  ${esc(`${base}.service_at_locations[0].location.latitude (services[0].location.geo.lat)`)}`, 'm'));
    }
  });

  it('an organization list without services is refused with a reason', () => {
    const r = reper('import-hsds', join(SPEC, 'organization_list.json'), '--envelope', env());
    assert.equal(r.code, 1);
    assert.match(r.stderr, /contents\[0\]: is an organization \(Example Organization Inc\.\) without services/);
  });
});

describe('import-hsds is lossless or loud', () => {
  const service = () => ({
    id: 'b1c2d3e4-0000-5000-8000-000000000001',
    name: 'Centru de consiliere (exemplu)',
    alternate_name: 'CCE',
    status: 'active',
    eligibility_description: 'Adulți din județ',
    application_process: 'Sunați înainte',
    assured_date: '2026-10-01',
    phones: [
      { id: 'p1', number: '+40 264 000 201', extension: '12', type: 'voice' },
      { id: 'p2', number: '+40 264 000 202', type: 'fax' },
    ],
    schedules: [
      { id: 's1', freq: 'WEEKLY', byday: 'TU,TH', opens_at: '09:00', closes_at: '13:00' },
      { id: 's2', freq: 'MONTHLY', byday: '1MO', opens_at: '16:00', closes_at: '18:00', description: 'Grup de sprijin, prima luni din lună' },
    ],
    cost_options: [{ id: 'c1', amount: 50, currency: 'RON', option: 'Ședință individuală' }],
    contacts: [{ id: 'k1', name: 'Persoană de contact (exemplu)' }],
    attributes: [
      { id: 'a1', taxonomy_term: { id: 't1', code: 'counselling', taxonomy: 'reper-category' } },
      { id: 'a2', taxonomy_term: { id: 't2', code: 'adult-victim', taxonomy: 'reper-audience' } },
    ],
    service_at_locations: [
      {
        id: 'sal1',
        location: {
          id: 'l1',
          location_type: 'physical',
          transportation: 'Autobuzul 9 (exemplu)',
          latitude: 46.77,
          longitude: 23.59,
          addresses: [
            { id: 'ad1', address_1: 'Căsuța poștală 1 (exemplu)', city: 'Cluj-Napoca', state_province: 'Cluj', address_type: 'postal', country: 'RO' },
            { id: 'ad2', address_1: 'Strada Exemplu 201', address_2: 'etaj 1', city: 'Cluj-Napoca', state_province: 'Cluj', postal_code: '400000', address_type: 'physical', country: 'RO' },
          ],
        },
      },
      { id: 'sal2', location: { id: 'l2', name: 'Punct de lucru Dej (exemplu)', location_type: 'physical' } },
    ],
  });

  it('each field Reper cannot show is a warning with its HSDS path; nothing becomes something else', () => {
    const r = reper('import-hsds', write('loud.json', { contents: [service()], total_items: 1, total_pages: 1, page_number: 1, size: 1, first_page: true, last_page: true, empty: false }), '--envelope', env());
    assert.equal(r.code, 0, r.stderr);
    const [s] = JSON.parse(r.stdout).services;
    const w = warnings(r).join('\n');
    assert.match(w, /contents\[0\]\.phones\[1\]: a fax number \(\+40 264 000 202\) cannot be shown/);
    assert.deepEqual(s.phones, [{ number: '+40264000201', kind: 'voice' }], 'the fax is not turned into a voice line');
    assert.match(w, /contents\[0\]\.schedules\[1\]: a schedule that is not the same every week \(freq MONTHLY, byday "1MO"\)/);
    assert.deepEqual(s.hours, { weekly: [{ days: ['tu', 'th'], opens: '09:00', closes: '13:00' }], note: 'Grup de sprijin, prima luni din lună' }, 'not every Monday');
    assert.match(w, /contents\[0\]\.cost_options\[0\]: the fee \(Ședință individuală, 50 RON\) cannot be shown/);
    assert.equal(s.free, false);
    assert.match(w, /contents\[0\]\.service_at_locations\[0\]\.location\.addresses\[0\]: a postal address is not a place to visit/);
    assert.deepEqual(s.location.address, { street: 'Strada Exemplu 201, etaj 1', locality: 'Cluj-Napoca', county: 'Cluj', postalCode: '400000' });
    assert.match(w, /contents\[0\]\.service_at_locations\[1\]: another location \(Punct de lucru Dej \(exemplu\)\) cannot be shown/);
    const rest = warnings(r).find((l) => l.includes('Reper has no place for'));
    for (const f of ['alternate_name', 'eligibility_description', 'application_process', 'phones[0].extension', 'contacts', 'service_at_locations[0].location.transportation']) assert.ok(rest.includes(f), `${f} in ${rest}`);
  });

  it('an inactive service is not imported, and says so', () => {
    const r = reper('import-hsds', write('inactive.json', [{ ...service(), status: 'defunct' }]), '--envelope', env());
    assert.match(r.stderr, /warning: \[0\] \(Centru de consiliere \(exemplu\)\): status "defunct": not imported/);
  });
});

describe('edits made in another HSDS tool after export-hsds', () => {
  it('an untouched export comes back exactly, without a single warning', () => {
    exported();
    const r = reper('import-hsds', join(dir, 'export.json'));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(warnings(r), []);
    assert.deepEqual(JSON.parse(r.stdout), sample());
  });

  it('a changed phone number, name, schedule and email win over the reper attribute, each with both values', () => {
    const doc = exported();
    const i = doc.services.findIndex((s) => s.attributes.some((a) => a.value && JSON.parse(a.value).id === 'cj-sample-06'));
    const s = doc.services[i];
    s.name = 'Centru nou (exemplu)';
    s.phones[0].number = '+40264000606';
    s.email = 'nou@example.org';
    s.schedules = [{ id: s.schedules[0].id, service_id: s.id, freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }];
    const r = reper('import-hsds', write('edited.json', doc));
    assert.equal(r.code, 0, r.stderr);
    const got = JSON.parse(r.stdout).services.find((x) => x.id === 'cj-sample-06');
    const before = sample().services.find((x) => x.id === 'cj-sample-06');
    assert.equal(got.name.ro, 'Centru nou (exemplu)');
    assert.equal(got.name.hu, before.name.hu, 'the other languages are kept');
    assert.equal(got.phones[0].number, '+40264000606');
    assert.equal(got.email, 'nou@example.org');
    assert.deepEqual(got.hours, { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }] });
    const w = warnings(r).join('\n');
    assert.match(w, new RegExp(`services\\[${i}\\]\\.name: "Centru nou \\(exemplu\\)" in HSDS, "${before.name.ro.replace(/[()]/g, '\\$&')}" in the reper attribute: used the HSDS text for "ro"; check the ${Object.keys(before.name).filter((l) => l !== 'ro').join(', ')} texts`));
    assert.match(w, new RegExp(`services\\[${i}\\]\\.phones: \\+40264000606 in HSDS, \\+40264000006 in the reper attribute: used the HSDS phones`));
    assert.match(w, new RegExp(`services\\[${i}\\]\\.schedules: "Mo-Fr 09:00-17:00" in HSDS, "Mo-Th 08:00-18:00; Fr 08:00-14:00" in the reper attribute: used the HSDS schedules`));
    // Untouched services come back exactly.
    const others = JSON.parse(r.stdout).services.filter((x) => x.id !== 'cj-sample-06');
    assert.deepEqual(others, sample().services.filter((x) => x.id !== 'cj-sample-06'));
  });

  it('an address added to a place the reper attribute marks confidential is an error naming both', () => {
    const doc = exported();
    const i = doc.services.findIndex((s) => s.attributes.some((a) => a.value && JSON.parse(a.value).id === 'cj-sample-02'));
    doc.services[i].service_at_locations = [{ id: 'x', location: { id: 'y', location_type: 'physical', addresses: [{ id: 'z', address_1: 'Strada Ascunsă 1', city: 'Cluj-Napoca', state_province: 'Cluj', address_type: 'physical' }] } }];
    const r = reper('import-hsds', write('leak.json', doc));
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`services\\[${i}\\]\\.service_at_locations\\[0\\]\\.location: has an address in HSDS, but the reper attribute says the place is "withheld"`));
  });
});
