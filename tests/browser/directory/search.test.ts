import { expect } from '@open-wc/testing';
import { NATIONAL_DIRECTORY } from '../../../src/data/national.js';
import { createSearchIndex, IncrementalSearch, localitiesOf, normalizeText, searchServices } from '../../../src/directory/search.js';
import { isWideArea, placeNamesOf, placesOf } from '../../../src/directory/places.js';
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

  it('"kolozsvar" finds services named "Kolozsvár" first, then every service in Cluj-Napoca, whatever the UI language', () => {
    const inCluj = feed.services.filter((s) => placesOf(s).includes('Cluj-Napoca'));
    expect(inCluj.length).to.be.greaterThan(3);
    for (const lang of ['hu', 'ro']) {
      const found = searchServices(createSearchIndex(feed.services, lang), { query: 'kolozsvar' });
      const named = found.filter((s) => JSON.stringify(s.name).includes('Kolozsvár'));
      expect(named.length).to.be.greaterThan(0);
      expect(found.slice(0, named.length)).to.deep.equal(named);
      for (const s of inCluj) expect(found).to.include(s);
      for (const s of found) expect(JSON.stringify(s.name).includes('Kolozsvár') || placesOf(s).includes('Cluj-Napoca')).to.equal(true);
    }
  });

  it('finds a locality by its Hungarian name or without diacritics, as text and as the locality filter', () => {
    const index = createSearchIndex(feed.services, 'hu');
    const turda = searchServices(index, { locality: 'Turda' });
    const turdaLocal = turda.filter((s) => placesOf(s).includes('Turda'));
    expect(turdaLocal.length).to.be.greaterThan(0);
    for (const name of ['Torda', 'torda', 'TORDA']) expect(ids(searchServices(index, { locality: name }))).to.deep.equal(ids(turda));
    expect(ids(searchServices(index, { query: 'torda' }))).to.include.members(ids(turdaLocal));
    for (const [hu, ro] of [
      ['Dés', 'Dej'],
      ['Szamosújvár', 'Gherla'],
      ['Bánffyhunyad', 'Huedin'],
      ['aranyosgyeres', 'Câmpia Turzii'],
      ['Kolozsvár', 'Cluj-Napoca'],
    ]) {
      expect(ids(searchServices(index, { locality: hu })), hu).to.deep.equal(ids(searchServices(index, { locality: ro })));
      const local = feed.services.filter((s) => placesOf(s).includes(ro));
      expect(local.length, ro).to.be.greaterThan(0);
      expect(ids(searchServices(index, { query: hu })), hu).to.include.members(ids(local));
    }
    expect(searchServices(index, { query: 'torda' }).length).to.be.lessThan(feed.services.length);
  });

  it('uses the place names a feed adds in placeNames', () => {
    const withNames: Directory = { ...feed, placeNames: [{ name: 'Mociu', names: { uk: 'Моч' }, aliases: ['Motsch'] }] };
    const names = placeNamesOf(withNames);
    const index = createSearchIndex(feed.services, 'uk', { placeNames: names });
    const mociu = feed.services.filter((s) => placesOf(s).includes('Mociu'));
    expect(mociu.length).to.be.greaterThan(0);
    expect(ids(searchServices(index, { query: 'motsch' }))).to.deep.equal(ids(mociu));
    expect(ids(searchServices(index, { locality: 'Моч' }))).to.deep.equal(ids(searchServices(index, { locality: 'Mociu' })));
    expect(names.label('Mociu', 'uk')).to.equal('Моч');
    // The built-in names stay: Mócs is still Mociu in Hungarian.
    expect(names.label('Mociu', 'hu')).to.equal('Mócs');
    expect(placeNamesOf(feed).label('Mociu', 'uk')).to.equal('Mociu');
  });

  it('needs every word to match and ranks name matches first', () => {
    const index = createSearchIndex(feed.services, 'ro');
    const found = searchServices(index, { query: 'program comportamentului dej' });
    expect(ids(found)).to.deep.equal(['cj-sample-25']);
    const consiliere = searchServices(index, { query: 'consiliere' });
    const firstNonName = consiliere.findIndex((s) => !normalizeText(JSON.stringify(s.name)).includes('consiliere'));
    const lastName = consiliere.map((s) => normalizeText(JSON.stringify(s.name)).includes('consiliere')).lastIndexOf(true);
    // Both kinds exist in the sample, so the order is really checked.
    expect(firstNonName).to.be.greaterThan(0);
    expect(lastName).to.be.lessThan(firstNonName);
  });

  it('combines audience, category, locality, language and free filters', () => {
    const index = createSearchIndex(feed.services, 'ro');
    // Dej's own programme first, then the one serving the whole county.
    expect(ids(searchServices(index, { audience: 'perpetrator', locality: 'Dej' }))).to.deep.equal(['cj-sample-25', 'cj-sample-26']);
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
    const campia = searchServices(index, { locality: 'câmpia turzii' });
    const firstWide = campia.findIndex((s) => !placesOf(s).includes('Câmpia Turzii'));
    expect(firstWide).to.be.greaterThan(0);
    for (const s of campia.slice(firstWide)) expect(s.areaServed.some(isWideArea), s.id).to.equal(true);
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

  it('lists localities under their Hungarian names in Hungarian order', () => {
    const places = localitiesOf(feed, 'hu');
    const labels = places.map((p) => placeNamesOf(feed).label(p, 'hu'));
    for (const p of ['Kolozsvár', 'Torda', 'Dés', 'Aranyosgyéres', 'Szamosújvár', 'Bánffyhunyad', 'Mócs', 'Kolozs megye']) expect(labels).to.include(p);
    expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('hu').compare));
    expect([...places].sort()).to.deep.equal([...localitiesOf(feed)].sort());
  });

  it('lists localities from addresses and areas served, sorted for Romanian', () => {
    const places = localitiesOf(feed);
    for (const p of ['Cluj-Napoca', 'Turda', 'Dej', 'Câmpia Turzii', 'Gherla', 'Huedin', 'Mociu', 'Județul Cluj']) expect(places).to.include(p);
    expect(places.indexOf('Câmpia Turzii')).to.be.lessThan(places.indexOf('Cluj-Napoca'));
    expect(new Set(places).size).to.equal(places.length);
  });
});

describe('IncrementalSearch', () => {
  it('gives exactly the results of searchServices while a person types, deletes and changes filters', async () => {
    const feed = await sampleFeed();
    const index = createSearchIndex(feed.services, 'ro');
    const search = new IncrementalSearch();
    const steps = ['c', 'co', 'con', 'cons', 'con', 'co', 'cluj', 'kolozsvar', 'k', ''];
    for (const filters of [{}, { category: 'shelter' as const }, { locality: 'Torda' }, { free: true, locality: 'Dej' }]) {
      for (const query of steps) {
        expect(ids(search.search(index, { ...filters, query })), `${JSON.stringify(filters)} ${query}`).to.deep.equal(
          ids(searchServices(index, { ...filters, query })),
        );
      }
    }
  });
});
