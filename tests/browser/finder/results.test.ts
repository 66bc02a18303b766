import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/provider.js';
import { ContextProvider } from '@lit/context';
import { directoryContext } from '../../../src/directory/context.js';
import type { ReperFinderElement, ReperSearchDetail } from '../../../src/finder.js';
import { NATIONAL_DIRECTORY } from '../../../src/data/national.js';
import type { Directory, Service } from '../../../src/directory/schema.js';
import { phoneDisplay } from '../../../src/components/finder/links.js';
import { $, $$, allNames, choose, finder, namesOf, resultByName, sampleDirectory, text, typeQuery, SAMPLE_URL, kioskTile } from './helpers.js';
import { FakeClock } from '../fake-clock.js';
import { settle } from '../hardening/inspect.js';

const name = async (id: string) => (await namesOf([id]))[0];

describe('<reper-finder> data sources', () => {
  it('shows the national lines when nothing else is given', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><reper-finder></reper-finder></div>`);
    const el = wrapper.querySelector('reper-finder')!;
    await el.updateComplete;
    expect(el.directory).to.equal(NATIONAL_DIRECTORY);
    const hrefs = $$<HTMLAnchorElement>(el, '.phone').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:+40800500333');
    expect(hrefs).to.include('tel:112');
    expect($(el, '.notice')).to.equal(null);
  });

  it('uses the provider directory, and its own src over the provider', async () => {
    const sample = await sampleDirectory();
    const other: Directory = { ...sample, id: 'other', status: 'published', services: sample.services.slice(0, 2) };
    const viaProvider = await finder({ directory: other });
    expect($$(viaProvider, '.result')).to.have.length(2);
    expect($(viaProvider, '.notice')).to.equal(null);
    const own = await finder({ directory: other, src: SAMPLE_URL });
    expect(own.directory.id).to.equal('cluj-sample');
    expect(own.resultCount).to.equal(sample.services.length);
  });

  it('keeps the results on screen while a new directory is prepared, in tasks after the one that delivers it', async () => {
    // Building the search index and sorting places and languages (the page's first Intl.Collator
    // and Intl.DisplayNames) in the task that delivered a feed blocked phones for a few hundred ms.
    const sample = await sampleDirectory();
    const first: Directory = { ...sample, id: 'first', status: 'published', services: sample.services.slice(0, 2) };
    const next: Directory = { ...sample, id: 'next', status: 'published', services: sample.services.slice(2, 4) };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro"></div>`);
    const provider = new ContextProvider(wrapper, { context: directoryContext, initialValue: { directory: first, source: 'feed', status: 'ready' } });
    const el = document.createElement('reper-finder');
    wrapper.append(el);
    await el.updateComplete;
    const shown = () => $$(el, '.result .name').map(text).sort();
    const firstNames = (await namesOf(first.services.map((s) => s.id))).sort();
    const nextNames = (await namesOf(next.services.map((s) => s.id))).sort();
    expect(shown()).to.deep.equal(firstNames);
    // A task queued before the delivery runs right after it, its microtasks (lit's update) included.
    const afterDelivery = new Promise<string[]>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(shown());
      };
      channel.port2.postMessage(0);
    });
    provider.setValue({ directory: next, source: 'feed', status: 'ready' });
    expect(await afterDelivery, 'the previous results stay until the new ones are ready').to.deep.equal(firstNames);
    await el.updateComplete;
    expect(el.directory.id).to.equal('next');
    expect(shown()).to.deep.equal(nextNames);
  });

  it('falls back to the national lines, with a notice, when its own feed fails', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro"><reper-finder src="/does-not-exist.json"></reper-finder></div>`);
    const el = wrapper.querySelector('reper-finder')!;
    await waitUntil(() => $(el, '.notice'), 'no notice', { timeout: 5000 });
    expect(text($(el, '.notice'))).to.contain('liniile naționale');
    expect($$(el, '.phone').map((a) => a.getAttribute('href'))).to.include('tel:+40800500333');
  });
});

describe('<reper-finder> results', () => {
  it('says "sample data" visibly for a sample feed', async () => {
    const el = await finder();
    const notice = $(el, '.notice')!;
    expect(text(notice)).to.contain('Date de probă');
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows name, organisation, categories, description, phones, email, website, address, hours, languages, free and check date', async () => {
    const el = await finder({ lang: 'en' });
    const sample = await sampleDirectory();
    const s = sample.services.find((x) => x.id === 'cj-sample-06')!;
    const card = resultByName(el, (s.name as Record<string, string>).en)!;
    expect(card, 'result cj-sample-06').to.exist;
    const t = text(card);
    expect(t).to.contain('Counselling');
    expect(t).to.contain('Free');
    expect(t).to.contain('Information checked on October 15, 2026');
    expect(t).to.contain(String(s.organization));
    const phone = card.querySelector<HTMLAnchorElement>('a.phone')!;
    expect(phone.getAttribute('href')).to.equal('tel:+40264000006');
    expect(text(phone)).to.equal(s.phones[0].display);
    const mail = card.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.getAttribute('href')).to.equal(`mailto:${s.email}`);
    const web = card.querySelector<HTMLAnchorElement>(`a[href="${s.website}"]`)!;
    expect(web.target).to.equal('_blank');
    expect(web.rel).to.equal('noopener noreferrer');
    expect(t).to.contain(s.location!.address!.street);
    const map = card.querySelector<HTMLAnchorElement>('a.map')!;
    expect(map.getAttribute('href')).to.match(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/);
    expect(decodeURIComponent(map.getAttribute('href')!)).to.contain(s.location!.address!.street);
    expect(map.rel).to.equal('noopener noreferrer');
    expect(t).to.match(/Languages\s*Romanian, Hungarian, English/);
    expect(text(card.querySelector('.slots'))).to.match(/Mon.+Thu 08:00–18:00/);
  });

  it('formats E.164 numbers readably when the feed gives no display', () => {
    expect(phoneDisplay({ number: '+40264000001' })).to.equal('+40 264 000 001');
    expect(phoneDisplay({ number: '+40212345678' })).to.equal('+40 21 234 5678');
    expect(phoneDisplay({ number: '116111' })).to.equal('116 111');
    expect(phoneDisplay({ number: '112' })).to.equal('112');
    expect(phoneDisplay({ number: '+40264000001', display: '0264 000 001' })).to.equal('0264 000 001');
  });

  it('uses the map provider from the attribute or the provider, or no map link', async () => {
    const osm = await finder({ mapProvider: 'osm' });
    expect($<HTMLAnchorElement>(osm, 'a.map')!.getAttribute('href')).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    const none = await finder({ mapProvider: 'none' });
    expect($$(none, 'a.map')).to.have.length(0);
    expect(text($(none, '.address'))).to.contain('Strada Exemplu');
    const wrapper = await fixture<HTMLElement>(
      html`<reper-provider map-provider="osm"><reper-finder src=${SAMPLE_URL}></reper-finder></reper-provider>`,
    );
    const inside = wrapper.querySelector('reper-finder')!;
    await waitUntil(() => $$(inside, 'a.map').length > 0, 'no map links', { timeout: 5000 });
    expect($<HTMLAnchorElement>(inside, 'a.map')!.href).to.contain('openstreetmap.org');
  });

  it('never shows an address for a location that is not public', async () => {
    const el = await finder();
    const sample = await sampleDirectory();
    await allNames(el);
    for (const s of sample.services.filter((x) => x.location && x.location.confidentiality !== 'public')) {
      const card = resultByName(el, (s.name as Record<string, string>).ro)!;
      expect(text(card)).to.contain('Adresa se comunică la telefon');
      expect(card.querySelector('.address, a.map')).to.equal(null);
    }
    // Even when a feed that skipped validation carries one.
    const leaky = structuredClone(sample.services.find((x) => x.id === 'cj-sample-02')!) as Service;
    leaky.location = { confidentiality: 'withheld', address: { street: 'Strada Secretă 9', locality: 'Cluj-Napoca', county: 'Cluj' } };
    const el2 = await finder({ directory: { ...sample, services: [leaky] } });
    expect(text($(el2, '.result'))).not.to.contain('Secretă');
    expect($$(el2, 'a.map')).to.have.length(0);
  });

  it('marks information that may be out of date', async () => {
    const el = await finder();
    await allNames(el);
    expect(text(resultByName(el, await name('cj-sample-14'))!.querySelector('.stale'))).to.equal('Pot fi depășite');
    expect(resultByName(el, await name('cj-sample-16'))!.querySelector('.stale')).to.exist;
    expect(resultByName(el, await name('cj-sample-01'))!.querySelector('.stale')).to.equal(null);
  });

  it('with no results says so, suggests fewer filters and shows the national helpline', async () => {
    for (const lang of ['ro', 'hu', 'en', 'uk'] as const) {
      const el = await finder({ lang });
      await typeQuery(el, 'zzqqxx');
      const empty = $(el, '.empty')!;
      expect(empty).to.exist;
      const link = empty.querySelector<HTMLAnchorElement>('a[href="tel:0800500333"]')!;
      expect(text(link)).to.equal('0800 500 333');
      expect($$(el, '.result')).to.have.length(0);
    }
  });

  it('renders 20 results, then more on demand, and announces the count politely', async () => {
    const clock = new FakeClock();
    const el = await finder({ clock });
    expect($$(el, '.result')).to.have.length(20);
    const live = $(el, '[role="status"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    $<HTMLButtonElement>(el, '.more')!.click();
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(34);
    expect($(el, '.more')).to.equal(null);
    expect(text(live)).to.equal('Se afișează 34 din 34');
    await typeQuery(el, 'adapost');
    expect(text(live)).to.equal('Se afișează 34 din 34');
    await clock.advance(100);
    await el.updateComplete;
    expect(text(live), 'not while the person types').to.equal('Se afișează 34 din 34');
    await clock.advance(2_000);
    await el.updateComplete;
    expect(text(live)).to.match(/^\d+ servicii găsite$/);
    clock.uninstall();
  });

  // How fast is `npm run bench`'s figure (finder: filter 10,000 services, per keystroke); this
  // test checks what a person sees.
  it('with 10,000 services renders one page of results, and each keystroke narrows them to matches', async () => {
    const { generateFeed } = (await import(new URL('../../fixtures/generate-feed.mjs', import.meta.url).href)) as {
      generateFeed: (n: number, seed?: number) => Directory;
    };
    const big = generateFeed(10_000, 7);
    const el = await finder({ directory: big });
    expect(el.resultCount).to.equal(10_000);
    expect($$(el, '.result')).to.have.length(20);
    await typeQuery(el, 'turda');
    const turda = el.resultCount;
    expect(turda).to.be.greaterThan(0).and.lessThan(10_000);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect($$(el, '.result')).to.have.length(Math.min(20, turda));
    for (const r of $$(el, '.result')) expect(fold(text(r))).to.contain('turda');
    await typeQuery(el, 'turda 12');
    expect(el.resultCount).to.be.lessThan(turda);
    expect($$(el, '.result').length).to.be.at.most(20);
    expect(text($(el, '.count'))).to.match(new RegExp(`^${el.resultCount} `));
  });

  it('gives the same results, in the same order, when typing and deleting as when searching afresh', async () => {
    const { generateFeed } = (await import(new URL('../../fixtures/generate-feed.mjs', import.meta.url).href)) as {
      generateFeed: (n: number, seed?: number) => Directory;
    };
    const big = generateFeed(2_000, 11);
    const shown = (el: ReperFinderElement) => [el.resultCount, ...$$(el, '.result .name').map(text)].join('|');
    const typed = await finder({ directory: big });
    const word = 'centru de zi ';
    const seen = new Map<string, string>();
    for (let i = 1; i <= word.length; i++) {
      await typeQuery(typed, word.slice(0, i));
      seen.set(word.slice(0, i), shown(typed));
    }
    for (let i = word.length - 1; i >= 1; i--) {
      await typeQuery(typed, word.slice(0, i));
      expect(shown(typed)).to.equal(seen.get(word.slice(0, i)));
    }
    for (const q of ['c', 'centru', 'centru de z', 'centru de zi ']) {
      const fresh = await finder({ directory: big });
      await typeQuery(fresh, q);
      expect(shown(fresh), q).to.equal(seen.get(q));
    }
  });
});

describe('<reper-finder> untrusted feed text', () => {
  it('renders markup and script payloads as text and runs nothing', async () => {
    const sample = await sampleDirectory();
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=2</script>',
      '"><svg onload="window.__pwned=3">',
      '{{constructor.constructor("window.__pwned=4")()}}',
    ];
    const evil: Service = {
      ...sample.services.find((s) => s.id === 'cj-sample-06')!,
      id: 'evil',
      name: payloads[0],
      organization: payloads[1],
      description: { ro: payloads[2], en: payloads[3] },
      hours: { note: payloads[1], weekly: [{ days: ['mo'], opens: '09:00', closes: '10:00' }] },
      // A feed that skipped validation: never a link.
      website: 'javascript:window.__pwned=5',
      email: 'x@example.org?body=<script>',
      phones: [{ number: 'javascript:alert(1)', kind: 'voice' }, { number: '+40264000099', display: payloads[0], kind: 'voice' }],
      location: {
        confidentiality: 'public',
        address: { street: payloads[2], locality: '<b>Cluj</b>', county: payloads[1] },
      },
    };
    const el = await finder({ directory: { ...sample, name: payloads[0], services: [evil] } });
    await settle();
    expect(w.__pwned).to.equal(undefined);
    const card = $(el, '.result')!;
    expect(text(card.querySelector('.name'))).to.equal(payloads[0]);
    expect(text(card)).to.contain(payloads[1]);
    expect(text(card)).to.contain(payloads[2]);
    expect(card.querySelectorAll('img, script, svg, b')).to.have.length(0);
    for (const a of $$<HTMLAnchorElement>(el, 'a')) {
      expect(['https:', 'tel:', 'mailto:', 'geo:']).to.include(new URL(a.href).protocol);
    }
    expect($$<HTMLAnchorElement>(el, 'a.phone').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+40264000099']);
    expect($$(el, 'a[href^="mailto:"]')).to.have.length(0);
  });
});

describe('<reper-finder> events and traces', () => {
  // The finder's debounces run on this clock: its time moves only when a test moves it.
  let clock: FakeClock;
  beforeEach(() => {
    clock = new FakeClock();
  });
  afterEach(() => clock.uninstall());

  it('fires reper-search after a user change, debounced, with filters and count but never the query', async () => {
    const el = await finder({ clock });
    const events: CustomEvent<ReperSearchDetail>[] = [];
    el.addEventListener('reper-search', (e) => events.push(e));
    const secret = 'adapost turda';
    await typeQuery(el, secret.slice(0, 7));
    await clock.advance(100);
    await typeQuery(el, secret);
    expect(events, 'nothing while the person types').to.have.length(0);
    await clock.advance(2_000);
    expect(events, 'one event for the two changes').to.have.length(1);
    const [ev] = events;
    expect(ev.bubbles).to.equal(true);
    expect(ev.composed).to.equal(true);
    expect(ev.detail.results).to.equal(el.resultCount);
    const json = JSON.stringify(ev.detail);
    expect(json).not.to.contain('adapost');
    expect(json).not.to.contain('turda');
    await choose(el, 'f-category', 'legal');
    await clock.advance(2_000);
    expect(events).to.have.length(2);
    expect(events[1].detail.category).to.equal('legal');
  });

  it('fires nothing for attribute changes or reset()', async () => {
    const el = await finder({ clock });
    let fired = 0;
    el.addEventListener('reper-search', () => fired++);
    el.setAttribute('audience', 'perpetrator');
    await el.updateComplete;
    await typeQuery(el, 'x');
    el.reset();
    await clock.advance(60_000);
    expect(fired).to.equal(0);
    // The same change without reset() fires: the clock above did drive the finder's timers.
    await typeQuery(el, 'x');
    await clock.advance(60_000);
    expect(fired).to.equal(1);
  });

  it('leaves history, cookies and storage unchanged after a full interaction', async () => {
    const before = {
      history: history.length,
      url: location.href,
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
    };
    const el = await finder({ clock });
    await typeQuery(el, 'consiliere');
    await choose(el, 'f-audience', 'adult-victim');
    $$<HTMLLabelElement>(el, 'label.check').forEach((l) => l.querySelector('input')!.click());
    await el.updateComplete;
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    el.reset();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.more')?.click();
    const kiosk = await finder({ layout: 'kiosk', clock });
    $<HTMLButtonElement>(kiosk, '.kb-toggle')!.click();
    await kiosk.updateComplete;
    $$<HTMLButtonElement>(kiosk, '.key').find((k) => text(k) === 'ș')!.click();
    (await kioskTile(kiosk, 'Adăpost')).click();
    await kiosk.updateComplete;
    await clock.advance(60_000); // the debounced events and announcements, the minute re-render
    expect({
      history: history.length,
      url: location.href,
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
    }).to.deep.equal(before);
  });
});

describe('<reper-finder> layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 700 });
    for (const layout of ['list', 'kiosk'] as const) {
      const el = await finder({ layout });
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth, layout).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    }
  });

  for (const [w, h] of [
    [1080, 1920],
    [1920, 1080],
  ]) {
    it(`kiosk at ${w}×${h}: every control is a touch target of at least 48 px, with a QR code per result`, async () => {
      await setViewport({ width: w, height: h });
      const el = await finder({ layout: 'kiosk' });
      $<HTMLButtonElement>(el, '.kb-toggle')!.click();
      await el.updateComplete;
      const controls = $$(el, 'button, input, select, a');
      expect(controls.length).to.be.greaterThan(40);
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        expect(Math.min(r.width, r.height), `${c.tagName} ${text(c)}`).to.be.at.least(48);
      }
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      const qr = $(el, '.result reper-qr')!;
      expect(qr.getAttribute('value')).to.equal('tel:+40264000001');
      expect(parseFloat(getComputedStyle($(el, '.name')!).fontSize)).to.be.at.least(28);
    });
  }

  it('kiosk: tiles filter by who, what and where; the on-screen keyboard types Romanian letters', async () => {
    const el = await finder({ layout: 'kiosk' });
    const tile = (label: string) => kioskTile(el, label);
    const perpetrator = 'Pentru cineva care vrea să-și schimbe comportamentul';
    (await tile(perpetrator)).click();
    await el.updateComplete;
    expect($$(el, '.tiles'), 'choosing folds the group again').to.have.length(0);
    expect(text($(el, '.group-choice.chosen')), 'the folded row shows the choice').to.equal(perpetrator);
    expect((await tile(perpetrator)).getAttribute('aria-pressed')).to.equal('true');
    expect(el.resultCount).to.equal(3);
    (await tile('Dej')).click();
    await el.updateComplete;
    expect((await allNames(el))[0]).to.equal(await name('cj-sample-25'));
    (await tile('Dej')).click();
    await el.updateComplete;
    (await tile(perpetrator)).click();
    await el.updateComplete;
    expect(el.resultCount).to.equal(34);
    $<HTMLButtonElement>(el, '.kb-toggle')!.click();
    await el.updateComplete;
    const key = (k: string) => $$<HTMLButtonElement>(el, '.key').find((b) => b.getAttribute('aria-label') === k)!;
    for (const k of ['ă', 'â', 'î', 'ș', 'ț']) expect(key(k), k).to.exist;
    for (const k of 'adăpost') key(k).click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('adăpost');
    expect(await allNames(el)).to.include(await name('cj-sample-02'));
    key('Șterge ultima literă').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('adăpos');
    key('Șterge textul').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('');
    expect(el.resultCount).to.equal(34);
  });

  it('kiosk: the keyboard follows the language, Ukrainian ЙЦУКЕН with all 33 letters, keys at least 48 px', async () => {
    const letters: Record<string, string[]> = {
      ro: [...'qwertyuiopasdfghjklzxcvbnmăâîșț'],
      hu: [...'qwertzuiopasdfghjklyxcvbnmáéíóöőúüű'],
      en: [...'qwertyuiopasdfghjklzxcvbnm'],
      uk: [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'],
    };
    expect(letters.uk).to.have.length(33);
    for (const lang of ['ro', 'hu', 'en', 'uk'] as const) {
      const el = await finder({ layout: 'kiosk', lang });
      $<HTMLButtonElement>(el, '.kb-toggle')!.click();
      await el.updateComplete;
      const keys = $$<HTMLButtonElement>(el, '.key');
      const labels = keys.map((k) => text(k));
      for (const l of letters[lang]) expect(labels, `${lang} key ${l}`).to.include(l);
      if (lang !== 'uk') expect(labels.some((l) => /[\u0400-\u04ff]/.test(l)), `${lang} has no Cyrillic keys`).to.equal(false);
      else expect(labels.filter((l) => /^[a-z]$/.test(l)), 'no Latin letters on the Ukrainian keyboard').to.deep.equal([]);
      expect($(el, '.keyboard')!.getAttribute('lang')).to.equal(lang);
      for (const k of keys) {
        const r = k.getBoundingClientRect();
        expect(Math.min(r.width, r.height), `${lang} key ${text(k)}`).to.be.at.least(48);
      }
      if (lang === 'uk') {
        for (const k of 'їжак') keys.find((b) => text(b) === k)!.click();
        await el.updateComplete;
        expect($<HTMLInputElement>(el, '#q')!.value).to.equal('їжак');
      }
    }
  });

  it('kiosk: on a portrait screen the first view shows a service, and the filters fold to one row per group', async () => {
    const frame = document.createElement('div');
    frame.style.cssText = 'width:1080px;height:1920px;overflow:auto;font-size:25px';
    document.body.append(frame);
    const el = await finder({ layout: 'kiosk' });
    frame.append(el);
    await el.updateComplete;
    const first = $(el, '.result')!;
    const top = first.getBoundingClientRect().top - frame.getBoundingClientRect().top;
    expect(top, 'the first service starts on the first screen').to.be.below(1920 - 200);
    expect($$(el, '.tile.group')).to.have.length(3);
    expect($$(el, '.tiles')).to.have.length(0);
    frame.remove();
  });
});

describe('<reper-finder> language and wording', () => {
  it('follows a language change, results included', async () => {
    const el = await finder({ lang: 'ro' });
    expect(text($(el, '.result .tag'))).to.equal('Linie telefonică de sprijin');
    el.parentElement!.setAttribute('lang', 'hu');
    await waitUntil(() => text($(el, '.result .tag')) === 'Segélyvonal', 'results did not switch to Hungarian');
    expect(text($(el, '.title'))).to.equal('Segítő szolgálat keresése');
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('hu');
    expect(text($(el, '.result .name'))).to.equal('Megyei segélyvonal (minta)');
  });

  it('uses neutral wording for the title and the helpline line when asked', async () => {
    const el = await finder({ lang: 'en' });
    el.neutral = true;
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Find a service');
    await typeQuery(el, 'zzqqxx');
    expect(text($(el, '.helpline'))).to.contain('Free support line, open day and night');
    expect(text($(el, '.helpline'))).not.to.match(/violence/i);
  });

  it('re-renders every result when a string is overridden', async () => {
    const { registerTranslations } = await import('../../../src/internal/strings.js');
    const el = await finder({ lang: 'uk' });
    registerTranslations('uk', 'finder', { phones: 'Телефони служби' });
    await el.updateComplete;
    const labels = $$(el, '.result dt').filter((d) => text(d).startsWith('Телефон'));
    expect(labels.length).to.be.greaterThan(0);
    for (const d of labels) expect(text(d)).to.equal('Телефони служби');
  });
});
