import { expect } from '@open-wc/testing';
import { $, $$, allNames, at, choose, finder, kioskTile, namesOf, resultByName, sampleDirectory, text, tick, typeQuery } from './helpers.js';

const sorted = (a: string[]) => [...a].sort();

describe('<reper-finder> filters on the sample data', () => {
  it('shows every sample service with no filter', async () => {
    const el = await finder();
    const dir = await sampleDirectory();
    expect(await allNames(el)).to.have.length(dir.services.length);
  });

  it('filters by audience, with respectful wording for perpetrator programmes', async () => {
    const el = await finder();
    const option = $$<HTMLOptionElement>(el, '#f-audience option').find((o) => o.value === 'perpetrator')!;
    expect(text(option)).to.equal('Pentru cineva care vrea să-și schimbe comportamentul');
    await choose(el, 'f-audience', 'perpetrator');
    expect(sorted(await allNames(el))).to.deep.equal(sorted(await namesOf(['cj-sample-24', 'cj-sample-25', 'cj-sample-26'])));
  });

  it('filters by category', async () => {
    const el = await finder();
    await choose(el, 'f-category', 'shelter');
    const expected = await namesOf(['cj-sample-02', 'cj-sample-03', 'cj-sample-04', 'cj-sample-05', 'cj-sample-22']);
    expect(sorted(await allNames(el))).to.deep.equal(sorted(expected));
  });

  it('filters by locality from the data: local services first, then county-wide ones', async () => {
    const el = await finder();
    const options = $$<HTMLOptionElement>(el, '#f-locality option').map((o) => o.value);
    expect(options).to.include.members(['', 'Turda', 'Dej', 'Cluj-Napoca', 'Câmpia Turzii', 'Județul Cluj']);
    await choose(el, 'f-locality', 'Turda');
    const names = await allNames(el);
    const local = await namesOf(['cj-sample-03', 'cj-sample-09', 'cj-sample-23']);
    expect(sorted(names.slice(0, 3))).to.deep.equal(sorted(local));
    expect(names).to.include(await namesOf(['cj-sample-01']).then((n) => n[0]));
    expect(names).not.to.include((await namesOf(['cj-sample-14']))[0]);
    expect(names).not.to.include((await namesOf(['cj-sample-06']))[0]);
  });

  it('in Hungarian, names places in Hungarian and finds them by their Hungarian names', async () => {
    const el = await finder({ lang: 'hu' });
    const options = $$<HTMLOptionElement>(el, '#f-locality option');
    const turda = options.find((o) => o.value === 'Turda')!;
    expect(text(turda)).to.equal('Torda');
    expect(text(options.find((o) => o.value === 'Cluj-Napoca'))).to.equal('Kolozsvár');
    expect(text(options.find((o) => o.value === 'Județul Cluj'))).to.equal('Kolozs megye');
    await choose(el, 'f-locality', 'Turda');
    const byTile = await allNames(el);
    await choose(el, 'f-locality', '');
    await typeQuery(el, 'torda');
    expect(await allNames(el)).to.include.members(await namesOf(['cj-sample-03', 'cj-sample-09', 'cj-sample-23'], 'hu'));
    await typeQuery(el, 'kolozsvar');
    expect((await allNames(el)).length).to.be.greaterThan(10);
    await typeQuery(el, '');
    expect(byTile.length).to.be.greaterThan(3);
  });

  it('kiosk place tiles say the Hungarian names on a Hungarian screen', async () => {
    const el = await finder({ lang: 'hu', layout: 'kiosk' });
    // Unfolds the "where" group (the groups are folded to one row each on a kiosk).
    const torda = await kioskTile(el, 'Torda');
    const tiles = $$(el, '.tiles.places .tile:not(.group)').map(text);
    for (const name of ['Kolozsvár', 'Torda', 'Dés', 'Szamosújvár', 'Bánffyhunyad', 'Aranyosgyéres']) expect(tiles).to.include(name);
    expect(tiles).not.to.include('Turda');
    torda.click();
    await el.updateComplete;
    expect(sorted((await allNames(el)).slice(0, 3))).to.deep.equal(sorted(await namesOf(['cj-sample-03', 'cj-sample-09', 'cj-sample-23'], 'hu')));
  });

  it('a preset locality in Hungarian ("Torda") selects Turda and shows its services', async () => {
    const el = await finder({ lang: 'hu', locality: 'Torda' });
    const select = $<HTMLSelectElement>(el, '#f-locality')!;
    expect(text(select.selectedOptions[0])).to.equal('Torda');
    const names = await allNames(el);
    expect(sorted(names.slice(0, 3))).to.deep.equal(sorted(await namesOf(['cj-sample-03', 'cj-sample-09', 'cj-sample-23'], 'hu')));
  });

  it('filters by language', async () => {
    const el = await finder();
    const dir = await sampleDirectory();
    await choose(el, 'f-language', 'uk');
    const expected = dir.services.filter((s) => s.languages.includes('uk')).map((s) => (s.name as Record<string, string>).ro);
    expect(sorted(await allNames(el))).to.deep.equal(sorted(expected));
    const label = $$<HTMLOptionElement>(el, '#f-language option').find((o) => o.value === 'uk')!;
    expect(text(label).toLowerCase()).to.contain('ucrainean');
  });

  it('filters free services', async () => {
    const el = await finder();
    await tick(el, 'Gratuit');
    const names = await allNames(el);
    expect(names).to.have.length(33);
    expect(names).not.to.include((await namesOf(['cj-sample-12']))[0]);
  });

  it('filters services open 24/7 (the service or one of its lines)', async () => {
    const el = await finder();
    const dir = await sampleDirectory();
    await tick(el, 'Non-stop');
    const expected = dir.services
      .filter((s) => s.hours.open247 || s.phones.some((p) => p.hours?.open247))
      .map((s) => (s.name as Record<string, string>).ro);
    expect(sorted(await allNames(el))).to.deep.equal(sorted(expected));
  });

  it('combines filters', async () => {
    const el = await finder();
    await choose(el, 'f-audience', 'adult-victim');
    await choose(el, 'f-category', 'legal');
    await choose(el, 'f-locality', 'Cluj-Napoca');
    await tick(el, 'Gratuit');
    expect(sorted(await allNames(el))).to.deep.equal(sorted(await namesOf(['cj-sample-08', 'cj-sample-11'])));
    await typeQuery(el, 'juridica gratuita');
    expect(await allNames(el)).to.deep.equal(await namesOf(['cj-sample-08']));
  });

  it('matches without diacritics and in any case, and finds category names', async () => {
    const el = await finder();
    await typeQuery(el, 'campia turzii');
    const names = await allNames(el);
    expect(names).to.include.members(await namesOf(['cj-sample-03', 'cj-sample-21']));
    await typeQuery(el, 'FLOREȘTI');
    expect(await allNames(el)).to.include((await namesOf(['cj-sample-17']))[0]);
    await typeQuery(el, 'floresti');
    expect(await allNames(el)).to.include((await namesOf(['cj-sample-17']))[0]);
    await typeQuery(el, 'adapost');
    expect(await allNames(el)).to.include.members(await namesOf(['cj-sample-02', 'cj-sample-03']));
  });

  it('presets filters from attributes and restores them on reset()', async () => {
    const el = await finder({ audience: 'perpetrator', locality: 'Dej' });
    expect((await allNames(el))[0]).to.equal((await namesOf(['cj-sample-25']))[0]);
    await choose(el, 'f-audience', '');
    await typeQuery(el, 'asistenta');
    el.reset();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('');
    expect($<HTMLSelectElement>(el, '#f-audience')!.value).to.equal('perpetrator');
    expect($<HTMLSelectElement>(el, '#f-locality')!.value).to.equal('Dej');
  });

  it('reset() clears query, filters, "show more" and the on-screen keyboard', async () => {
    const el = await finder({ layout: 'kiosk' });
    (await kioskTile(el, 'Adăpost')).click();
    $<HTMLButtonElement>(el, '.kb-toggle')!.click();
    await el.updateComplete;
    expect($(el, '.keyboard')).to.exist;
    el.reset();
    await el.updateComplete;
    expect($(el, '.keyboard')).to.equal(null);
    expect($$(el, '.tile[aria-pressed="true"]')).to.have.length(0);
    expect($$(el, '.result')).to.have.length(20);
  });
});

describe('<reper-finder> open now (Europe/Bucharest, fixed clock)', () => {
  async function openNow(iso: string): Promise<string[]> {
    const el = await finder({ now: at(iso) });
    await tick(el, 'Deschis acum');
    return allNames(el);
  }

  // Daylight saving starts on Sunday 29 March 2026 at 03:00 (UTC+2 → UTC+3).
  it('Saturday 28 March 2026, 20:15 EET (before the change)', async () => {
    const names = await openNow('2026-03-28T18:15:00Z');
    expect(names).to.include.members(await namesOf(['cj-sample-34', 'cj-sample-01']));
    expect(names).not.to.include.members(await namesOf(['cj-sample-24']));
  });

  it('Sunday 29 March 2026, 20:15 EEST (after the change)', async () => {
    // With a wrong offset this would read 19:15, before the night line opens.
    const names = await openNow('2026-03-29T17:15:00Z');
    expect(names).to.include.members(await namesOf(['cj-sample-34', 'cj-sample-01']));
    expect(names).not.to.include.members(await namesOf(['cj-sample-06']));
  });

  it('Tuesday 24 March 16:30 EET and Tuesday 31 March 16:30 EEST open the same services', async () => {
    const before = await openNow('2026-03-24T14:30:00Z');
    const after = await openNow('2026-03-31T13:30:00Z');
    expect(before).to.include.members(await namesOf(['cj-sample-24', 'cj-sample-08', 'cj-sample-06']));
    expect(before).not.to.include.members(await namesOf(['cj-sample-09']));
    expect(sorted(after)).to.deep.equal(sorted(before));
  });

  it('says "open now", "closed, opens …" and "open 24/7" on the results', async () => {
    const el = await finder({ now: at('2026-03-29T17:15:00Z') });
    await allNames(el);
    const perpetrators = resultByName(el, (await namesOf(['cj-sample-24']))[0])!;
    expect(text(perpetrators.querySelector('.status'))).to.match(/^Închis, se deschide marți,? 16:00$/);
    const night = resultByName(el, (await namesOf(['cj-sample-34']))[0])!;
    expect(text(night.querySelector('.status'))).to.equal('Deschis acum');
    const line = resultByName(el, (await namesOf(['cj-sample-01']))[0])!;
    expect(text(line.querySelector('.status'))).to.equal('Non-stop');
  });
});
