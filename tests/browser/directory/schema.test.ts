import { expect } from '@open-wc/testing';
import { NATIONAL_DIRECTORY } from '../../../src/data/national.js';
import { AUDIENCES, CATEGORIES } from '../../../src/directory/schema.js';
import { parseDirectory, validateDirectory, type Problem } from '../../../src/directory/validate.js';
import { clone, sampleFeed } from './helpers.js';

function problemsOf(json: unknown): Problem[] {
  const r = validateDirectory(json);
  expect(r.ok, 'expected the feed to be rejected').to.equal(false);
  return r.ok ? [] : r.problems;
}

function reasonAt(problems: Problem[], path: string): string {
  const p = problems.find((x) => x.path === path);
  expect(p, `no problem at ${path}; got ${JSON.stringify(problems)}`).to.exist;
  return p!.reason;
}

describe('reper-directory/1 schema', () => {
  it('accepts the Cluj sample feed, which covers every category and audience', async () => {
    const feed = await sampleFeed();
    const r = validateDirectory(feed);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).to.equal(true);
    expect(feed.status).to.equal('sample');
    expect(feed.services.length).to.be.at.least(30);
    const cats = new Set(feed.services.flatMap((s) => s.categories));
    const auds = new Set(feed.services.flatMap((s) => s.audiences));
    expect(CATEGORIES.filter((c) => !cats.has(c))).to.deep.equal([]);
    expect(AUDIENCES.filter((a) => !auds.has(a))).to.deep.equal([]);
  });

  it('accepts the built-in national directory, with only the lines marked show', () => {
    const r = validateDirectory(NATIONAL_DIRECTORY);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).to.equal(true);
    const numbers = NATIONAL_DIRECTORY.services.flatMap((s) => s.phones.map((p) => p.number));
    expect(numbers).to.deep.equal(['+40800500333', '112', '113', '119', '116111']);
    for (const never of ['116016', '116123', '116006']) expect(numbers).not.to.include(never);
    const sms = NATIONAL_DIRECTORY.services.find((s) => s.phones.some((p) => p.number === '113'))!;
    expect(sms.phones[0].note, '113 carries its registration note').to.exist;
    const child = NATIONAL_DIRECTORY.services.find((s) => s.phones.some((p) => p.number === '116111'))!;
    expect(child.hours.open247).to.equal(undefined);
    expect(child.hours.weekly).to.equal(undefined);
  });

  it('rejects unknown categories and audiences at their paths', async () => {
    const feed = clone(await sampleFeed());
    (feed.services[2].categories as string[]).push('therapy');
    (feed.services[4].audiences as string[])[0] = 'everyone';
    const problems = problemsOf(feed);
    expect(reasonAt(problems, 'services[2].categories[1]')).to.match(/unknown category "therapy"/);
    expect(reasonAt(problems, 'services[4].audiences[0]')).to.match(/unknown audience "everyone"/);
  });

  it('accepts placeNames and names every problem in them', async () => {
    const feed = clone(await sampleFeed());
    const ok = { ...feed, placeNames: [{ name: 'Mociu', names: { hu: 'Mócs', uk: 'Моч' }, aliases: ['Motsch'] }] };
    const r = validateDirectory(ok);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).to.equal(true);
    const problems = problemsOf({ ...feed, placeNames: [{ name: '' }, { name: 'Dej', names: { Hungarian: 'Dés' } }, { name: 'Gherla', other: 1 }] });
    expect(reasonAt(problems, 'placeNames[0].name')).to.match(/empty/);
    expect(reasonAt(problems, 'placeNames[1].names.Hungarian')).to.match(/language/);
    expect(problems.some((p) => p.path.startsWith('placeNames[2]'))).to.equal(true);
  });

  it('rejects duplicate ids, naming the first use', async () => {
    const feed = clone(await sampleFeed());
    feed.services[7].id = feed.services[1].id;
    expect(reasonAt(problemsOf(feed), 'services[7].id')).to.equal(`duplicate id "${feed.services[1].id}" (already used by services[1])`);
  });

  it('rejects phone numbers that are not E.164', async () => {
    const feed = clone(await sampleFeed());
    feed.services[3].phones[0].number = '0264 000 003';
    feed.services[5].phones[0].number = '+0264000005';
    const problems = problemsOf(feed);
    expect(reasonAt(problems, 'services[3].phones[0].number')).to.match(/E\.164/);
    expect(reasonAt(problems, 'services[5].phones[0].number')).to.match(/E\.164/);
  });

  it('rejects links that are not https, including javascript:', async () => {
    const feed = clone(await sampleFeed());
    feed.services[5].website = 'http://example.org/x';
    feed.services[6].website = 'javascript:alert(1)';
    feed.services[7].email = 'javascript:alert(1)';
    feed.publisher.url = 'data:text/html,<b>x</b>';
    const problems = problemsOf(feed);
    expect(reasonAt(problems, 'services[5].website')).to.equal('must be an https:// link');
    expect(reasonAt(problems, 'services[6].website')).to.equal('must be an https:// link');
    expect(reasonAt(problems, 'services[7].email')).to.equal('must be an e-mail address');
    expect(reasonAt(problems, 'publisher.url')).to.equal('must be an https:// link');
  });

  it('rejects dates that are not ISO', async () => {
    const feed = clone(await sampleFeed());
    feed.services[0].verifiedAt = '15.10.2026';
    feed.services[1].reviewDue = '2026-02-30';
    feed.generatedAt = 'yesterday';
    const problems = problemsOf(feed);
    expect(reasonAt(problems, 'services[0].verifiedAt')).to.match(/ISO date/);
    expect(reasonAt(problems, 'services[1].reviewDue')).to.match(/ISO date/);
    expect(reasonAt(problems, 'generatedAt')).to.match(/ISO date and time/);
  });

  it('rejects an address or coordinates on a location that is not public', async () => {
    const feed = clone(await sampleFeed());
    const shelter = feed.services.findIndex((s) => s.location?.confidentiality === 'withheld');
    const intake = feed.services.findIndex((s) => s.location?.confidentiality === 'intake-only');
    feed.services[shelter].location!.address = { street: 'Strada Exemplu 99', locality: 'Cluj-Napoca', county: 'Cluj' };
    feed.services[intake].location!.geo = { lat: 46.77, lon: 23.6 };
    const problems = problemsOf(feed);
    expect(reasonAt(problems, `services[${shelter}].location.address`)).to.match(/"withheld".*never be published/);
    expect(reasonAt(problems, `services[${intake}].location.geo`)).to.match(/"intake-only".*coordinates/);
  });

  it('reports every problem at once, with readable paths and no duplicates', async () => {
    const feed = clone(await sampleFeed()) as unknown as Record<string, unknown> & { services: Record<string, unknown>[] };
    delete feed.services[0].hours;
    feed.services[1].free = 'yes';
    feed.services[2].phone = '+40264000002';
    feed.services[3].name = { ro: '' };
    feed.services[4].name = { RO: 'Adăpost' };
    feed.status = 'draft';
    const problems = problemsOf(feed);
    expect(reasonAt(problems, 'services[4].name.RO')).to.match(/language codes such as "ro"/);
    expect(reasonAt(problems, 'services[0].hours')).to.equal('is required');
    expect(reasonAt(problems, 'services[1].free')).to.equal('must be true or false, not text');
    expect(reasonAt(problems, 'services[2].phone')).to.equal('unknown field "phone"');
    expect(reasonAt(problems, 'services[3].name.ro')).to.equal('must not be empty');
    expect(reasonAt(problems, 'status')).to.match(/unknown status "draft"/);
    const keys = problems.map((p) => `${p.path}|${p.reason}`);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('keeps markup as inert text', async () => {
    const feed = clone(await sampleFeed());
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    feed.services[0].name = markup;
    feed.services[0].description = { ro: '<b>bold</b> &amp; more' };
    const r = validateDirectory(feed);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.directory.services[0].name).to.equal(markup);
    expect(r.directory.services[0].description).to.deep.equal({ ro: '<b>bold</b> &amp; more' });
  });

  it('rejects control and bidi-override characters in text', async () => {
    const feed = clone(await sampleFeed());
    feed.services[0].name = 'Adăpost\u202Etxt.exe';
    expect(reasonAt(problemsOf(feed), 'services[0].name')).to.match(/control or bidi-override/);
  });

  it('reports JSON syntax errors and non-UTF-8 bytes as problems, and reads a BOM', async () => {
    const bad = parseDirectory('{"schema": "reper-directory/1",');
    expect(bad.ok).to.equal(false);
    expect(!bad.ok && bad.problems[0].path).to.equal('');
    expect(!bad.ok && bad.problems[0].reason).to.match(/^is not valid JSON/);
    const latin = parseDirectory(new Uint8Array([0x7b, 0xe2, 0x7d]));
    expect(!latin.ok && latin.problems[0].reason).to.equal('is not UTF-8 text');
    const text = JSON.stringify(await sampleFeed());
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(parseDirectory(withBom).ok).to.equal(true);
    expect(parseDirectory(`\uFEFF${text}`).ok).to.equal(true);
  });
});
