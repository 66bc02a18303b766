import { expect } from '@open-wc/testing';
import { NATIONAL_DIRECTORY } from '../../../src/data/national.js';
import { createSearchIndex, localitiesOf, normalizeText, searchServices } from '../../../src/directory/search.js';
import type { Directory } from '../../../src/directory/schema.js';
import { sampleFeed } from './helpers.js';

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('normalizeText', () => {
  it('folds Romanian and Hungarian diacritics and case, both comma and cedilla forms', () => {
    expect(normalizeText('Asistență')).to.equal('asistenta');
    expect(normalizeText('ASISTENŢĂ')).to.equal('asistenta');
    expect(normalizeText('Kolozsvár')).to.equal('kolozsvar');
    expect(normalizeText('Ș ş Ț ţ Â Î Ă')).to.equal('s s t t a i a');
    expect(normalizeText('Bánffyhunyad – őrző, űrlap')).to.equal('banffyhunyad orzo urlap');
  });
});

describe('searchServices', () => {
  let feed: Directory;
  before(async () => {
    feed = await sampleFeed();
  });

  it('"asistenta" finds "Asistență" in Romanian names', () => {
    const index = createSearchIndex(feed.services, 'ro');
    const found = searchServices(index, { query: 'asistenta' });
    expect(found.length).to.be.greaterThan(3);
    for (const s of found.slice(0, 3)) expect(normalizeText(JSON.stringify(s.name))).to.include('asistenta');
    expect(ids(searchServices(index, { query: 'ASISTENŢĂ' }))).to.deep.equal(ids(found));
  });

  it('"kolozsvar" finds services named "Kolozsvár" in Hungarian, whatever the UI language', () => {
    for (const lang of ['hu', 'ro']) {
      const found = searchServices(createSearchIndex(feed.services, lang), { query: 'kolozsvar' });
      expect(found.length).to.be.greaterThan(0);
      for (const s of found) expect(JSON.stringify(s.name)).to.include('Kolozsvár');
    }
  });

  it('needs every word to match and ranks name matches first', () => {
    const index = createSearchIndex(feed.services, 'ro');
    const found = searchServices(index, { query: 'program comportamentului dej' });
    expect(ids(found)).to.deep.equal(['cj-sample-25']);
    const consiliere = searchServices(index, { query: 'consiliere' });
    const firstNonName = consiliere.findIndex((s) => !normalizeText(JSON.stringify(s.name)).includes('consiliere'));
    const lastName = consiliere.map((s) => normalizeText(JSON.stringify(s.name)).includes('consiliere')).lastIndexOf(true);
    // The sample has both kinds, so the order is tested, not assumed.
    expect(lastName, 'a name match').to.be.at.least(0);
    expect(firstNonName, 'a match outside the name').to.be.greaterThan(-1);
    expect(lastName).to.be.lessThan(firstNonName);
  });

  it('combines audience, category, locality, language and free filters', () => {
    const index = createSearchIndex(feed.services, 'ro');
    expect(ids(searchServices(index, { audience: 'perpetrator', locality: 'Dej' }))).to.deep.equal(['cj-sample-25']);
    const kids = searchServices(index, { audience: ['minor-victim', 'child-witness'], category: 'shelter', free: true });
    expect(kids.length).to.be.greaterThan(0);
    for (const s of kids) {
      expect(s.categories).to.include('shelter');
      expect(s.free).to.equal(true);
      expect(s.audiences.some((a) => a === 'minor-victim' || a === 'child-witness')).to.equal(true);
    }
    const uk = searchServices(index, { language: 'uk', category: 'information' });
    expect(uk.length).to.be.greaterThan(0);
    for (const s of uk) expect(s.languages).to.include('uk');
    expect(searchServices(index, { locality: 'câmpia turzii' }).every((s) => JSON.stringify(s).includes('Câmpia Turzii'))).to.equal(true);
    expect(searchServices(index, { free: false }).length).to.equal(feed.services.length);
    expect(searchServices(index, { free: true }).length).to.be.lessThan(feed.services.length);
  });

  it('filters 24/7 services, by the service or one of its phones', () => {
    const index = createSearchIndex(feed.services, 'ro');
    const always = searchServices(index, { open247: true });
    expect(always.length).to.be.greaterThan(3);
    for (const s of always) expect(s.hours.open247 || s.phones.some((p) => p.hours?.open247)).to.equal(true);
  });

  it('filters services open at a given time in the given time zone', () => {
    const index = createSearchIndex(feed.services, 'ro');
    // Wednesday 25 November 2026, 16:30 in Bucharest (UTC+2): the Dej programme (We 15–19) is open.
    const wed = new Date('2026-11-25T14:30:00Z');
    expect(ids(searchServices(index, { audience: 'perpetrator', openAt: wed }))).to.deep.equal(['cj-sample-25']);
    // Wednesday 14:30 in Bucharest: nothing for perpetrators is open yet.
    expect(ids(searchServices(index, { audience: 'perpetrator', openAt: new Date('2026-11-25T12:30:00Z') }))).to.deep.equal([]);
    // Thursday 14:30 UTC is 16:30 in Bucharest (Cluj programme, Tu/Th 16–20, open) but 15:30 in Budapest (closed).
    const thu = new Date('2026-11-26T14:30:00Z');
    expect(ids(searchServices(index, { audience: 'perpetrator', openAt: thu }))).to.deep.equal(['cj-sample-24']);
    expect(ids(searchServices(index, { audience: 'perpetrator', openAt: thu, timeZone: 'Europe/Budapest' }))).to.deep.equal([]);
  });

  it('never shows services with unknown hours as open', () => {
    const index = createSearchIndex(NATIONAL_DIRECTORY.services, 'ro');
    const open = searchServices(index, { openAt: new Date('2026-11-25T14:30:00Z') });
    expect(ids(open)).not.to.include('ro-child-helpline-116111');
    expect(ids(open)).to.include('ro-national-helpline');
  });

  it('lists localities from addresses and areas served, sorted for Romanian', () => {
    const places = localitiesOf(feed);
    for (const p of ['Cluj-Napoca', 'Turda', 'Dej', 'Câmpia Turzii', 'Gherla', 'Huedin', 'Mociu', 'Județul Cluj']) expect(places).to.include(p);
    expect(places.indexOf('Câmpia Turzii')).to.be.lessThan(places.indexOf('Cluj-Napoca'));
    expect(new Set(places).size).to.equal(places.length);
  });
});
