import { expect } from '@open-wc/testing';
import { validateDirectory } from '../../../src/directory/validate.js';
import { asDraft } from '../../../src/editor/model.js';
import { reasonIn } from '../../../src/editor/reasons.js';

/** A feed broken in every way the validator reports. */
async function broken(): Promise<unknown> {
  const feed = await (await fetch('/examples/data/cluj-sample.json')).json();
  feed.schema = 'reper-directory/2';
  feed.id = '-bad id';
  feed.expiresAt = '2020-01-01T00:00:00Z';
  feed.generatedAt = '2026-11-20T09:00:00Z';
  feed.locales = [];
  feed.status = 'draft';
  feed.publisher = { name: '', url: 'http://example.org', email: 'nope' };
  const [a, b, c] = feed.services;
  a.name = { ro: ' ', RO: 'x' };
  a.description = 'x'.repeat(2001);
  a.categories = ['shelterz'];
  a.audiences = [];
  a.phones = [{ number: '0264', kind: 'fax', hours: {} }];
  a.website = 'http://example.org';
  a.verifiedAt = '2026-13-45';
  a.reviewDue = 'soon';
  a.free = 'yes';
  a.languages = ['Romanian'];
  a.extra = 1;
  a.organization = 'a\u202Eb';
  b.id = c.id;
  b.location = { confidentiality: 'withheld', address: { street: 'x', locality: 'y', county: 'z', postalCode: '12' }, geo: { lat: 91, lon: 181 } };
  b.hours = { open247: true, weekly: [{ days: [], opens: '25:00', closes: '25:00' }] };
  c.reviewDue = '2000-01-01';
  c.hours = { weekly: [{ days: ['mo'], opens: '09:00', closes: '09:00' }] };
  c.areaServed = 'Cluj';
  delete c.name;
  return feed;
}

describe('editor reasons', () => {
  it('says every problem of a badly broken feed in Romanian and Hungarian', async () => {
    const result = validateDirectory(await broken());
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const reasons = [...new Set(result.problems.map((p) => p.reason))];
    expect(reasons.length).to.be.greaterThan(25);
    for (const lang of ['ro', 'hu'] as const) {
      const untranslated = reasons.filter((r) => reasonIn(lang, r) === r);
      expect(untranslated, `${lang}: untranslated reasons`).to.deep.equal([]);
      for (const r of reasons) expect(reasonIn(lang, r), `${lang}: ${r}`).to.not.match(/\{\{|\$\d/);
    }
    const open = asDraft({ schema: 'x', services: [1] });
    if (!open.ok) for (const p of open.problems) expect(reasonIn('ro', p.reason)).to.not.equal(p.reason);
  });

  it('keeps the values a reason quotes, and leaves English as it is', () => {
    expect(reasonIn('ro', 'must be at most 200 characters')).to.equal('poate avea cel mult 200 de caractere');
    expect(reasonIn('ro', 'must be a number, not text')).to.equal('trebuie să fie un număr, nu text');
    expect(reasonIn('hu', 'duplicate id "a" (already used by services[2])')).to.equal('ismétlődő azonosító: „a” (már használja: services[2])');
    expect(reasonIn('en', 'must be an e-mail address')).to.equal('must be an e-mail address');
    expect(reasonIn('ro', 'a reason nobody wrote a pattern for')).to.equal('a reason nobody wrote a pattern for');
  });
});
