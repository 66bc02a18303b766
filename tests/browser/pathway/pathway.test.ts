import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/pathway.js';
import '../../../src/finder.js';
import '../../../src/provider.js';
import type { ReperPathwayElement } from '../../../src/pathway.js';
import type { ReperFinderElement } from '../../../src/finder.js';
import { LANGS, type Lang } from '../../../src/internal/lang.js';
import { registerTranslations, type Strings } from '../../../src/internal/strings.js';
import roGeneral from '../../../src/locales/ro/pathway-general.json';
import huGeneral from '../../../src/locales/hu/pathway-general.json';
import enGeneral from '../../../src/locales/en/pathway-general.json';
import ukGeneral from '../../../src/locales/uk/pathway-general.json';
import roPro from '../../../src/locales/ro/pathway-professional.json';
import huPro from '../../../src/locales/hu/pathway-professional.json';
import enPro from '../../../src/locales/en/pathway-professional.json';
import ukPro from '../../../src/locales/uk/pathway-professional.json';

const FILES: Record<Lang, [Strings, Strings]> = {
  ro: [roGeneral, roPro],
  hu: [huGeneral, huPro],
  en: [enGeneral, enPro],
  uk: [ukGeneral, ukPro],
};
/** Each language's two files, as the element merges them. */
const TABLES = Object.fromEntries(LANGS.map((l) => [l, { ...FILES[l][0], ...FILES[l][1] }])) as Record<Lang, Strings>;
const AUDIENCES = ['general', 'professional'] as const;

/** The words neutral wording must not show, per language (the hotline's list). */
const FORBIDDEN: Record<Lang, RegExp> = {
  ro: /violen|abuz|agres|bătai|viol\b|victim/i,
  hu: /erőszak|bántalmaz|áldozat|verés/i,
  en: /violen|abus|assault|victim|batter|perpetrat/i,
  uk: /насил|насильств|жорсток|знущ|кривд|постражд/i,
};

/** Words that identify each language's text (the step headings in the general audience). */
const ASSESS: Record<Lang, string> = {
  ro: 'Poliția vine și evaluează riscul',
  hu: 'A rendőrség kiérkezik és felméri a kockázatot',
  en: 'The police come and assess the risk',
  uk: 'Поліція приїжджає й оцінює ризик',
};

async function pathway(lang: Lang, attrs: Partial<{ audience: string; neutral: boolean }> = {}) {
  const wrap = await fixture(html`<div lang=${lang}>
    <reper-pathway audience=${attrs.audience ?? 'general'} ?neutral=${attrs.neutral ?? false}></reper-pathway>
  </div>`);
  const el = wrap.querySelector<ReperPathwayElement>('reper-pathway')!;
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
const toggles = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
const detailOf = (el: Element, b: HTMLButtonElement) => root(el).getElementById(b.getAttribute('aria-controls')!)!;
const visible = (node: Element) => node.getBoundingClientRect().height > 0 && getComputedStyle(node).display !== 'none';

/** Every key path with a string value. */
function keys(table: Strings, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

describe('<reper-pathway>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('has the same shared lines (title, buttons, source) in both audience files of a language', () => {
    for (const lang of LANGS) {
      const [general, pro] = FILES[lang];
      const shared = (t: Strings) => Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'general' && k !== 'professional'));
      expect(shared(pro), lang).to.deep.equal(shared(general));
      expect(Object.keys(shared(general)), lang).to.include.members(['title', 'more', 'findLabel', 'find', 'source']);
    }
  });

  it('has the same texts in every language, and a neutral text only where a plain one exists', () => {
    const base = keys(TABLES.ro).sort();
    for (const lang of LANGS) expect(keys(TABLES[lang]).sort(), lang).to.deep.equal(base);
    for (const k of base.filter((k) => k.includes('.neutral.'))) {
      expect(base, k).to.include(k.replace('.neutral.', '.'));
    }
  });

  for (const lang of LANGS) {
    for (const audience of AUDIENCES) {
      it(`renders every step with 0800 500 333 and 112 as tel: links (${lang}, ${audience})`, async () => {
        const el = await pathway(lang, { audience });
        const base = root(el).querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal(TABLES[lang].title);
        // An ordered list: the assessment, the two branches, support at any level of risk.
        const steps = root(el).querySelectorAll('ol.steps > li');
        expect(steps).to.have.length(3);
        expect(steps[1].querySelectorAll('h4')).to.have.length(2);
        const section = TABLES[lang][audience] as Strings;
        for (const step of ['assess', 'imminent', 'notImminent', 'support', 'law']) {
          expect(text(el), `${step}.title`).to.include((section[step] as Strings).title as string);
          expect(text(el), `${step}.summary`).to.include(((section[step] as Strings).summary as string).split('{{')[0]);
        }
        const links = [...root(el).querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
        expect(links).to.deep.include(['tel:0800500333', '0800 500 333']);
        expect(links).to.deep.include(['tel:112', '112']);
        // The helpline comes before the steps.
        const first = root(el).querySelector('[part="first"]')!;
        expect(first.compareDocumentPosition(steps[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
        expect(first.textContent).to.include('0800 500 333');
        expect(first.textContent).to.include('112');
        expect(text(el)).not.to.match(/\{\{|\}\}/);
      });

      it(`passes axe, closed and open (${lang}, ${audience})`, async () => {
        const el = await pathway(lang, { audience });
        await expect(el).to.be.accessible();
        el.expandAll();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        const neutral = await pathway(lang, { audience, neutral: true });
        neutral.expandAll();
        await neutral.updateComplete;
        await expect(neutral).to.be.accessible();
      });

      it(`neutral wording names no violence, everything open (${lang}, ${audience})`, async () => {
        const el = await pathway(lang, { audience, neutral: true });
        el.expandAll();
        await el.updateComplete;
        expect(text(el)).not.to.match(FORBIDDEN[lang]);
        expect(text(el)).to.include('0800 500 333');
        expect(text(el)).to.include('112');
        // The plain wording does name it (so the neutral one is a real difference).
        const plain = await pathway(lang, { audience });
        plain.expandAll();
        await plain.updateComplete;
        expect(text(plain)).to.match(FORBIDDEN[lang]);
      });
    }
  }

  it('the professional audience names the laws, orders and the mobile team "where available"', async () => {
    const el = await pathway('en', { audience: 'professional' });
    el.expandAll();
    await el.updateComplete;
    const t = text(el);
    for (const s of ['Law 217/2003', 'Law 26/2024', 'Order 146/2578/2018', 'Order 138/2024', 'Order 2525/2018', 'where available', 'until the judge decides']) {
      expect(t).to.include(s);
    }
    const general = await pathway('en');
    expect(text(general)).not.to.include('Order 146/2578/2018');
  });

  it('lists what the case manager offers, after a lead-in line', async () => {
    const el = await pathway('en');
    el.expandAll();
    await el.updateComplete;
    const detail = root(el).getElementById('d-support')!;
    expect(detail.querySelector('p')!.textContent).to.match(/refers you to:$/);
    expect([...detail.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'protected shelters',
      'legal counselling',
      'psychological counselling and support groups',
      'guidance on work and training',
      'other services',
    ]);
  });

  it('uses the Romanian legal terms of the data file', async () => {
    const el = await pathway('ro', { audience: 'professional' });
    el.expandAll();
    await el.updateComplete;
    const t = text(el);
    for (const term of ['ordin de protecție provizoriu', 'ordin de protecție', 'Evaluarea riscului', 'echipa mobilă', 'locuințe protejate', 'manager de caz', 'parchet']) {
      expect(t).to.include(term);
    }
  });

  describe('disclosures', () => {
    it('are buttons, closed at first, that open with Enter and close with Space', async () => {
      const el = await pathway('en');
      const buttons = toggles(el);
      expect(buttons).to.have.length(5);
      for (const b of buttons) {
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        const detail = detailOf(el, b);
        expect(visible(detail)).to.equal(false);
        // The button says which step it belongs to.
        expect(root(el).getElementById(b.getAttribute('aria-describedby')!)!.tagName).to.match(/^H[34]$/);
        b.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(b.getAttribute('aria-expanded')).to.equal('true');
        expect(visible(detail)).to.equal(true);
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        expect(visible(detail)).to.equal(false);
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(b.getAttribute('aria-expanded')).to.equal('true');
      }
    });

    it('are reached with Tab in reading order, after the phone links', async () => {
      const el = await pathway('en');
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'Tab' });
        const active = root(el).activeElement as HTMLElement | null;
        order.push(active ? (active.getAttribute('href') ?? active.getAttribute('aria-controls') ?? '') : '');
      }
      expect(order).to.deep.equal(['tel:0800500333', 'tel:112', 'd-assess', 'd-imminent', 'd-notImminent', 'd-support', 'd-law', '']);
      before.remove();
    });
  });

  describe('the service finder on the same page', () => {
    it('offers no finder buttons when there is no finder', async () => {
      const el = await pathway('en');
      expect(root(el).querySelectorAll('[part="find"]')).to.have.length(0);
    });

    it('shows shelters, legal or psychological counselling in the finder, and moves focus there', async () => {
      const wrap = await fixture(html`<div lang="en">
        <reper-pathway></reper-pathway>
        <reper-finder></reper-finder>
      </div>`);
      const el = wrap.querySelector('reper-pathway')!;
      const finder = wrap.querySelector<ReperFinderElement>('reper-finder')!;
      await el.updateComplete;
      await finder.updateComplete;
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part="find"]')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Shelters', 'Legal counselling', 'Psychological counselling']);
      const select = () => finder.shadowRoot!.querySelector<HTMLSelectElement>('#f-category')!;
      for (const [i, category] of ['shelter', 'legal', 'psychological'].entries()) {
        buttons[i].focus();
        await sendKeys({ press: 'Enter' });
        await finder.updateComplete;
        expect(finder.getAttribute('category')).to.equal(category);
        expect(select().value).to.equal(category);
        expect(document.activeElement).to.equal(finder);
      }
      // The person changes the kind of help in the finder; the same button applies it again.
      select().value = '';
      select().dispatchEvent(new Event('change', { bubbles: true }));
      await finder.updateComplete;
      buttons[2].click();
      await finder.updateComplete;
      expect(select().value).to.equal('psychological');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    for (const lang of LANGS) {
      it(`has no sideways scroll at 320 px, everything open (${lang}, professional)`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await pathway(lang, { audience: 'professional' });
        el.expandAll();
        await el.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const base = root(el).querySelector('[part="base"]')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      });
    }

    it('puts the two branches side by side on a wide screen and stacked on a narrow one', async () => {
      await setViewport({ width: 1280, height: 800 });
      const wide = await pathway('en');
      const [a, b] = root(wide).querySelectorAll('.branch');
      expect(Math.round(a.getBoundingClientRect().top)).to.equal(Math.round(b.getBoundingClientRect().top));
      await setViewport({ width: 320, height: 640 });
      await wide.updateComplete;
      expect(b.getBoundingClientRect().top).to.be.greaterThan(a.getBoundingClientRect().bottom - 1);
    });

    it('prints every detail, without the buttons', async () => {
      const el = await pathway('en');
      await emulateMedia({ media: 'print' });
      try {
        for (const b of toggles(el)) {
          expect(visible(b)).to.equal(false);
          expect(visible(detailOf(el, b))).to.equal(true);
        }
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('language', () => {
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));

    it('follows lang changes, loading the other language', async () => {
      const wrap = await fixture(html`<div lang="ro"><reper-pathway></reper-pathway></div>`);
      const el = wrap.querySelector('reper-pathway')!;
      await el.updateComplete;
      expect(text(el)).to.include(ASSESS.ro);
      for (const lang of ['uk', 'hu', 'en'] as const) {
        wrap.setAttribute('lang', lang);
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(text(el)).to.include(ASSESS[lang]);
      }
    });

    it('switches audience, loading the other texts', async () => {
      const el = await pathway('uk');
      expect(text(el)).to.include(ASSESS.uk);
      el.audience = 'professional';
      await el.updateComplete;
      expect(text(el)).to.include('Оцінка ризику');
      el.audience = 'general';
      await el.updateComplete;
      expect(text(el)).to.include(ASSESS.uk);
    });

    it('follows neutral from a provider', async () => {
      const wrap = await fixture(html`<reper-provider neutral lang="en"><reper-pathway></reper-pathway></reper-provider>`);
      const el = wrap.querySelector('reper-pathway')!;
      await el.updateComplete;
      el.expandAll();
      await el.updateComplete;
      expect(text(el)).to.include('the other person');
      expect(text(el)).not.to.match(FORBIDDEN.en);
    });

    it('takes wording overrides, numbers included', async () => {
      registerTranslations('en', 'pathway', { title: 'After you call', general: { danger: 'Right now in danger? {{emergency}}' } });
      const el = await pathway('en');
      expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('After you call');
      const danger = root(el).querySelector('.danger')!;
      expect(danger.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Right now in danger? 112');
      expect(danger.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
      registerTranslations('en', 'pathway', { title: TABLES.en.title as string, general: { danger: (TABLES.en.general as Strings).danger as string } });
    });

    it('replaces its light-DOM fallback once its texts are there', async () => {
      const el = document.createElement('reper-pathway');
      el.lang = 'hu';
      el.innerHTML = '<p>Hívja: <a href="tel:0800500333">0800 500 333</a></p>';
      document.body.append(el);
      await el.updateComplete;
      expect(root(el).querySelector('slot')).to.equal(null);
      expect(text(el)).to.include(ASSESS.hu);
      el.remove();
    });
  });
});
