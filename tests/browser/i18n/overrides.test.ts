// One test for the one translator: every element takes a wording override the same way, plural
// keys included, and every locale table follows the same plural and fallback rules. A new element
// (e.g. <reper-pathway>) adds its row to ELEMENTS and its table to TABLES.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../../src/hotline.js';
import '../../../src/exit.js';
import '../../../src/qr.js';
import '../../../src/poster.js';
import '../../../src/kiosk.js';
import '../../../src/pathway.js';
import { exitHandlerContext } from '../../../src/internal/context.js';
import { translate, type LocaleTable } from '../../../src/internal/i18n.js';
import { LANGS, type Lang } from '../../../src/internal/lang.js';
import { registerTranslations, type Strings } from '../../../src/internal/strings.js';
import exitLocales from '../../../src/locales/exit.js';
import finderLocales from '../../../src/locales/finder.js';
import hotlineLocales from '../../../src/locales/hotline.js';
import kioskLocales from '../../../src/locales/kiosk.js';
import posterLocales from '../../../src/locales/poster.js';
import qrLocales from '../../../src/locales/qr.js';
import pathwayRo from '../../../src/locales/ro/pathway-general.json';
import pathwayHu from '../../../src/locales/hu/pathway-general.json';
import pathwayEn from '../../../src/locales/en/pathway-general.json';
import pathwayUk from '../../../src/locales/uk/pathway-general.json';
import { $, finder, text, typeQuery } from '../finder/helpers.js';

const TABLES: Record<string, LocaleTable> = {
  hotline: hotlineLocales,
  exit: exitLocales,
  qr: qrLocales,
  finder: finderLocales,
  poster: posterLocales,
  kiosk: kioskLocales,
  // The pathway loads its tables lazily; its general-audience files are what it shows by default.
  pathway: { ro: pathwayRo, hu: pathwayHu, en: pathwayEn, uk: pathwayUk },
};

/** Puts the shipped wording of a namespace back, so one case's override does not leak into the next. */
function restore(ns: string): void {
  for (const lang of LANGS) registerTranslations(lang, ns, TABLES[ns][lang]);
}

const shadowText = (el: Element, sel: string) => text(el.shadowRoot!.querySelector(sel));

describe('one translator: overrides through registerTranslations, for every element', () => {
  afterEach(() => {
    for (const ns of Object.keys(TABLES)) restore(ns);
    fixtureCleanup();
  });

  it('hotline: plain and neutral keys, before and after it renders', async () => {
    registerTranslations('en', 'hotline', { title: 'Our school supports you.' });
    const el = await fixture(html`<reper-hotline lang="en"></reper-hotline>`);
    expect(shadowText(el, '.title')).to.equal('Our school supports you.');
    registerTranslations('en', 'hotline', { neutral: { title: 'Talk to someone.' } });
    el.toggleAttribute('neutral', true);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el, '.title')).to.equal('Talk to someone.');
  });

  it('exit: its label, and each plural form of the countdown it announces', async () => {
    registerTranslations('en', 'exit', {
      label: 'Leave now',
      remaining_one: 'One more {{key}}.',
      remaining_other: '{{count}} more {{key}}.',
    });
    // Inside a host with an exit handler, so the third Shift does not navigate the test page away.
    const host = document.createElement('div');
    host.lang = 'en';
    new ContextProvider(host, { context: exitHandlerContext, initialValue: () => true });
    host.innerHTML = '<reper-exit></reper-exit>';
    document.body.append(host);
    try {
      const el = host.querySelector('reper-exit')!;
      await el.updateComplete;
      expect(shadowText(el, '[part="button"]')).to.equal('Leave now');
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(shadowText(el, '[role="status"]')).to.equal('2 more Shift.');
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(shadowText(el, '[role="status"]')).to.equal('One more Shift.');
    } finally {
      host.remove();
    }
  });

  it('qr: the accessible name of the code, with its interpolated target', async () => {
    registerTranslations('hu', 'qr', { name: { tel: 'Hívás: {{target}}' } });
    const el = await fixture(html`<reper-qr lang="hu" value="tel:0800500333"></reper-qr>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.match(/^Hívás: /);
  });

  it('finder: a plain key and every plural form of the result count (uk: one, few, many)', async () => {
    registerTranslations('uk', 'finder', {
      results_one: '{{count}} служба (перевизначено)',
      results_few: '{{count}} служби (перевизначено)',
      results_many: '{{count}} служб (перевизначено)',
    });
    const el = await finder({ lang: 'uk' });
    const word = { one: 'служба', few: 'служби', many: 'служб' } as Record<string, string>;
    const expectCount = () => {
      const n = Number(/^\d+/.exec(text($(el, '.count')))![0]);
      expect(text($(el, '.count'))).to.match(new RegExp(`^${n} ${word[new Intl.PluralRules('uk').select(n)]} \\(перевизначено\\)`));
      return new Intl.PluralRules('uk').select(n);
    };
    const forms = new Set([expectCount()]); // 34 services in the sample: "few"
    await typeQuery(el, 'zzqqxx');
    forms.add(expectCount()); // 0: "many"
    await typeQuery(el, 'Linie de sprijin județeană');
    forms.add(expectCount()); // 1: "one"
    expect([...forms].sort()).to.deep.equal(['few', 'many', 'one']);
  });

  it('poster: one key in each of the languages it shows at once', async () => {
    registerTranslations('ro', 'poster', { scan: 'Scanați (RO)' });
    registerTranslations('uk', 'poster', { scan: 'Скануйте (UK)' });
    const el = await fixture(html`<reper-poster langs="ro,uk" url="https://example.org/help"></reper-poster>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const lines = [...el.shadowRoot!.querySelectorAll('.scan .lines span')].map((s) => text(s));
    expect(lines).to.deep.equal(['Scanați (RO)', 'Скануйте (UK)']);
  });

  it('pathway: a shared line and an audience line with a number placeholder', async () => {
    registerTranslations('hu', 'pathway', { title: 'Mi jön ezután?', general: { danger: 'Most veszélyben? {{emergency}}' } });
    const el = await fixture(html`<reper-pathway lang="hu"></reper-pathway>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el, 'h2')).to.equal('Mi jön ezután?');
    expect(shadowText(el, '.danger')).to.equal('Most veszélyben? 112');
    expect(el.shadowRoot!.querySelector('.danger a')!.getAttribute('href')).to.equal('tel:112');
  });

  it('kiosk: the attract line in every offered language', async () => {
    for (const lang of LANGS) registerTranslations(lang, 'kiosk', { touch: `touch-${lang}` });
    const el = await fixture(html`<reper-kiosk config="/kiosk/config.json"></reper-kiosk>`);
    const lines = () => [...el.shadowRoot!.querySelectorAll('.touch-line')].map((p) => text(p));
    await waitUntil(() => lines().length > 0, 'the kiosk did not reach its attract screen', { timeout: 5000 });
    expect(lines()).to.deep.equal(LANGS.map((l) => `touch-${l}`));
  });
});

describe('one translator: the same rules for every locale table', () => {
  afterEach(() => {
    for (const ns of Object.keys(TABLES)) restore(ns);
  });

  /** Every `key_<form>` base key of a table (`results`, `remaining`, `idleWarning`). */
  const pluralKeys = (table: Strings) => [...new Set(Object.keys(table).filter((k) => /_(zero|one|two|few|many|other)$/.test(k)).map((k) => k.replace(/_[a-z]+$/, '')))];

  for (const [ns, table] of Object.entries(TABLES)) {
    for (const lang of LANGS) {
      for (const key of pluralKeys(table[lang])) {
        it(`${ns} ${lang}: ${key} has the form Intl.PluralRules picks for 0–30 and 101, and an override of each form wins`, () => {
          for (const n of [...Array(31).keys(), 101]) {
            const form = new Intl.PluralRules(lang).select(n);
            const shipped = translate(table, ns, lang, key, { count: n, key: 'Shift' });
            expect(shipped, `${n}`).to.not.equal(key);
            expect(shipped, `${n}`).to.not.match(/\{\{count\}\}/);
            registerTranslations(lang, ns, { [`${key}_${form}`]: `[${form} ${n}] {{count}}` });
            expect(translate(table, ns, lang, key, { count: n })).to.equal(`[${form} ${n}] ${n}`);
          }
        });
      }
    }
  }

  it('falls back to Romanian, then to the key, for a key a language lacks', () => {
    const table = { ro: { only: 'doar ro', n_one: 'un {{count}}', n_other: '{{count}} de' }, hu: {}, en: {}, uk: {} } as LocaleTable;
    expect(translate(table, 'test-ns', 'en', 'only')).to.equal('doar ro');
    expect(translate(table, 'test-ns', 'uk', 'n', { count: 1 })).to.equal('un 1');
    expect(translate(table, 'test-ns', 'uk', 'n', { count: 20 })).to.equal('20 de');
    expect(translate(table, 'test-ns', 'en', 'missing')).to.equal('missing');
  });

  it('interpolates every placeholder and leaves one without a value as written', () => {
    const table = { ro: { t: '{{a}} și {{ b }} și {{c}}' }, hu: {}, en: {}, uk: {} } as LocaleTable;
    expect(translate(table, 'test-ns', 'ro', 't', { a: 1, b: '<b>' })).to.equal('1 și <b> și {{c}}');
  });

  it('an override in one language leaves the others alone', () => {
    registerTranslations('hu' as Lang, 'hotline', { title: 'felülírva' });
    expect(translate(hotlineLocales, 'hotline', 'hu', 'title')).to.equal('felülírva');
    expect(translate(hotlineLocales, 'hotline', 'ro', 'title')).to.equal(hotlineLocales.ro.title);
  });
});
