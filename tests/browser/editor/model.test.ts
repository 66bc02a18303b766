import { expect } from '@open-wc/testing';
import type { Problem } from '../../../src/directory/validate.js';
import { parseDirectory } from '../../../src/directory/validate.js';
import {
  asDraft,
  attentionOf,
  byAttention,
  canonical,
  downloadBase,
  duplicateService,
  feedBytes,
  nextReviewDate,
  newService,
  setAt,
  withText,
  type Draft,
} from '../../../src/editor/model.js';

const SAMPLE_URL = '/examples/data/cluj-sample.json';
const sample = async (): Promise<Draft> => {
  const r = asDraft(await (await fetch(SAMPLE_URL)).json());
  if (!r.ok) throw new Error('the sample is not a draft');
  return r.draft;
};
const NOW = new Date('2026-11-28T10:00:00Z');

describe('editor model', () => {
  it('refuses what is not a feed, with every reason', () => {
    expect(asDraft([])).to.deep.equal({ ok: false, problems: [{ path: '', reason: 'must be a JSON object (a reper-directory/1 feed)' }] });
    const r = asDraft({ schema: 'x', services: [1, {}, 'a'] });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problems.map((p: Problem) => p.path)).to.deep.equal(['schema', 'services[0]', 'services[2]']);
  });

  it('edits per-language texts without leaving empty languages behind', () => {
    expect(withText({ ro: 'a', en: 'b' }, 'en', '')).to.deep.equal({ ro: 'a' });
    expect(withText({ ro: 'a' }, 'ro', '')).to.equal(undefined);
    expect(withText(undefined, 'hu', 'c')).to.deep.equal({ hu: 'c' });
    expect(withText('x', null, '')).to.equal(undefined);
    expect(withText('x', null, 'y')).to.equal('y');
  });

  it('sets and removes values by path', () => {
    const o = { a: [{ b: 1 }, { b: 2 }] };
    setAt(o, ['a', 0, 'c', 'd'], 'x');
    expect(o).to.deep.equal({ a: [{ b: 1, c: { d: 'x' } }, { b: 2 }] });
    setAt(o, ['a', 0], undefined);
    expect(o).to.deep.equal({ a: [{ b: 2 }] });
  });

  it('lists what needs attention by the rules of reper stale, problems first', async () => {
    const draft = await sample();
    draft.services[3].reviewDue = '2026-11-01';
    draft.services[4].verifiedAt = '2025-11-28';
    const problems: Problem[] = [{ path: 'services[5].phones[0].number', reason: 'x' }, { path: 'services[5].email', reason: 'y' }, { path: 'publisher.email', reason: 'z' }];
    const att = attentionOf(draft, problems, NOW);
    expect(att[3].kinds).to.include('review');
    expect(att[3].date).to.equal('2026-11-01');
    expect(att[4].kinds).to.include('stale');
    expect(att[5]).to.include({ problems: 2 });
    const withheld = draft.services.findIndex((s) => (s.location as { confidentiality?: string } | undefined)?.confidentiality === 'withheld');
    expect(att[withheld].kinds).to.include('confidential');
    const order = [...att].sort(byAttention).map((a) => a.index);
    expect(order[0]).to.equal(5);
    expect(order.indexOf(3)).to.be.lessThan(order.indexOf(4));
  });

  it('offers the earliest future review date as the expiry', async () => {
    const draft = await sample();
    for (const s of draft.services) {
      s.verifiedAt = '2026-10-01';
      delete s.reviewDue;
    }
    draft.services[2].reviewDue = '2027-01-15';
    draft.services[3].reviewDue = '2026-01-15';
    expect(nextReviewDate(draft, NOW)).to.equal('2027-01-15');
  });

  it('adds a service with a free id whose missing parts are problems, and duplicates under a new id', async () => {
    const draft = await sample();
    const s = newService(draft, NOW);
    expect(s.id).to.equal('cluj-sample-new');
    draft.services.push(s);
    const r = parseDirectory(JSON.stringify(draft));
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).to.include.members([`services[${draft.services.length - 1}].name`, `services[${draft.services.length - 1}].categories`]);
    expect(newService(draft, NOW).id).to.equal('cluj-sample-new-2');
    const at = duplicateService(draft, 0);
    expect(at).to.equal(1);
    expect(draft.services[1].id).to.equal('cj-sample-01-copy');
  });

  it('writes the fields in the contract order, as 2-space JSON with a final newline, that validates', async () => {
    const draft = await sample();
    const svc = draft.services[0];
    delete svc.name;
    svc.name = { ro: 'Nume' };
    const text = new TextDecoder().decode(feedBytes(draft));
    expect(text.endsWith('}\n')).to.equal(true);
    expect(Object.keys((canonical(draft).services as Record<string, unknown>[])[0]).slice(0, 2)).to.deep.equal(['id', 'name']);
    expect(parseDirectory(text).ok).to.equal(true);
    expect(downloadBase('Directorul Cluj 2026.json', draft)).to.equal('Directorul-Cluj-2026');
    expect(downloadBase(undefined, draft)).to.equal('cluj-sample');
  });
});
