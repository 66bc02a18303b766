import { expect, waitUntil } from '@open-wc/testing';
import type { ReperFinderElement } from '../../../src/finder.js';
import { $$, finder, sampleDirectory, text, typeQuery } from './helpers.js';

/** The decoded parts of a "report a change" mailto: link. */
function parts(href: string) {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '', keys: [...url.searchParams.keys()] };
}

const reporting = async (options: Parameters<typeof finder>[0] = {}): Promise<ReperFinderElement> => {
  const el = await finder(options);
  el.setAttribute('report-changes', '');
  await el.updateComplete;
  return el;
};

describe('<reper-finder report-changes>', () => {
  it('is off by default', async () => {
    const el = await finder({ lang: 'en' });
    expect($$(el, '.result')).to.not.have.length(0);
    expect($$(el, '[part="report-link"]')).to.have.length(0);
  });

  it('gives each result a mailto: link to the publisher with the service id and name, never the search text', async () => {
    const sample = await sampleDirectory();
    const el = await reporting({ lang: 'en' });
    const results = $$(el, '.result');
    const links = $$<HTMLAnchorElement>(el, '[part="report-link"]');
    expect(links).to.have.length(results.length);
    const first = sample.services.find((s) => text(results[0].querySelector('.name')) === (typeof s.name === 'string' ? s.name : s.name.en))!;
    const p = parts(links[0].href);
    expect(p.to).to.equal(sample.publisher.email);
    expect(p.keys).to.deep.equal(['subject', 'body']);
    expect(p.subject).to.contain(first.id);
    expect(p.subject).to.contain(typeof first.name === 'string' ? first.name : first.name.en);
    expect(p.body).to.contain(`Id: ${first.id}`);
    expect(text(links[0])).to.equal(`Report a change: ${typeof first.name === 'string' ? first.name : first.name.en}`);

    // The link is the same whatever was searched: the query never goes into it.
    const before = new Map(results.map((r) => [text(r.querySelector('.name')), r.querySelector<HTMLAnchorElement>('[part="report-link"]')!.href]));
    await typeQuery(el, 'Mociu');
    await waitUntil(() => $$(el, '[part="report-link"]').length > 0 && el.resultCount < sample.services.length, 'the search did not narrow the list');
    const after = $$(el, '.result').filter((r) => before.has(text(r.querySelector('.name'))));
    expect(after).to.not.have.length(0);
    for (const r of after) expect(r.querySelector<HTMLAnchorElement>('[part="report-link"]')!.href).to.equal(before.get(text(r.querySelector('.name'))));
    await expect(el).to.be.accessible();
  });

  it('speaks the page language', async () => {
    const el = await reporting({ lang: 'ro' });
    const a = $$<HTMLAnchorElement>(el, '[part="report-link"]')[0];
    expect(text(a)).to.match(/^Semnalează o schimbare: /);
    expect(parts(a.href).body).to.match(/^Serviciul: .*\nIdentificator: cj-sample-/);
  });

  it('is never shown on a kiosk, nor when the feed names no publisher e-mail', async () => {
    const kiosk = await reporting({ lang: 'en', layout: 'kiosk' });
    expect($$(kiosk, '.result')).to.not.have.length(0);
    expect($$(kiosk, '[part="report-link"]')).to.have.length(0);
    const sample = await sampleDirectory();
    const noEmail = await reporting({ lang: 'en', directory: { ...sample, publisher: { name: 'No e-mail' } } });
    expect($$(noEmail, '.result')).to.not.have.length(0);
    expect($$(noEmail, '[part="report-link"]')).to.have.length(0);
  });
});
