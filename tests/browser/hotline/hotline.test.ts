import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/hotline.js';
import '../../../src/provider.js';
import type { ReperHotlineElement } from '../../../src/hotline.js';
import { LANGS, type Lang } from '../../../src/internal/lang.js';
import { registerTranslations } from '../../../src/internal/strings.js';

const VARIANTS = ['banner', 'compact', 'card'] as const;

function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function links(el: Element): HTMLAnchorElement[] {
  return [...(el.shadowRoot?.querySelectorAll('a') ?? [])];
}

async function hotline(lang: Lang, attrs: Partial<{ variant: string; audience: string; neutral: boolean }> = {}) {
  const el = await fixture<ReperHotlineElement>(html`<div lang=${lang}>
    <reper-hotline variant=${attrs.variant ?? 'banner'} audience=${attrs.audience ?? 'general'} ?neutral=${attrs.neutral ?? false}></reper-hotline>
  </div>`);
  const hl = el.querySelector('reper-hotline')!;
  await hl.updateComplete;
  return hl;
}

describe('<reper-hotline>', () => {
  for (const lang of LANGS) {
    for (const variant of VARIANTS) {
      it(`shows 0800 500 333 and 112 as tel: links (${lang}, ${variant})`, async () => {
        const el = await hotline(lang, { variant });
        const hrefs = links(el).map((a) => a.getAttribute('href'));
        expect(hrefs).to.include('tel:0800500333');
        expect(hrefs).to.include('tel:112');
        const national = links(el).find((a) => a.getAttribute('href') === 'tel:0800500333')!;
        expect(national.textContent!.trim()).to.equal('0800 500 333');
        expect(national.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
      });

      it(`passes axe (${lang}, ${variant})`, async () => {
        const el = await hotline(lang, { variant });
        await expect(el).to.be.accessible();
        const kids = await hotline(lang, { variant, audience: 'children' });
        await expect(kids).to.be.accessible();
        const neutral = await hotline(lang, { variant, neutral: true });
        await expect(neutral).to.be.accessible();
      });
    }
  }

  it('says free and 24/7 in the page language — what the operator states, nothing more', async () => {
    expect(shadowText(await hotline('ro'))).to.match(/Gratuit, 24\/7(?!,)/);
    expect(shadowText(await hotline('hu'))).to.match(/Ingyenes, éjjel-nappal(?!,)/);
    expect(shadowText(await hotline('en'))).to.match(/Free, 24\/7(?!,)/);
    expect(shadowText(await hotline('uk'))).to.match(/Безкоштовно, цілодобово(?!,)/);
  });

  it('adds 119 and 116 111 only for the children audience', async () => {
    const general = links(await hotline('ro')).map((a) => a.getAttribute('href'));
    expect(general).not.to.include('tel:119');
    expect(general).not.to.include('tel:116111');
    const kids = links(await hotline('ro', { audience: 'children' })).map((a) => a.getAttribute('href'));
    expect(kids).to.include.members(['tel:0800500333', 'tel:112', 'tel:119', 'tel:116111']);
  });

  it('never shows numbers that Romania does not operate', async () => {
    for (const lang of LANGS) {
      const text = shadowText(await hotline(lang, { audience: 'children' }));
      for (const bad of ['116 016', '116016', '116 123', '116123', '116 006', '116006']) expect(text).not.to.include(bad);
    }
  });

  describe('neutral mode', () => {
    const FORBIDDEN: Record<Lang, RegExp> = {
      ro: /violen|abuz|agres|bătai|viol\b|victim/i,
      hu: /erőszak|bántalmaz|áldozat|verés/i,
      en: /violen|abus|assault|victim|batter/i,
      uk: /насил|насильств|жорсток|знущ|кривд|постражд/i,
    };
    for (const lang of LANGS) {
      for (const variant of VARIANTS) {
        for (const audience of ['general', 'children']) {
          it(`names no violence or abuse (${lang}, ${variant}, ${audience})`, async () => {
            const el = await hotline(lang, { variant, audience, neutral: true });
            const text = shadowText(el);
            const label = el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label') ?? '';
            expect(text + ' ' + label).not.to.match(FORBIDDEN[lang]);
            expect(text).to.include('0800 500 333');
            expect(text).to.include('112');
          });
        }
      }
    }

    it('follows neutral from a provider', async () => {
      const wrap = await fixture(html`<reper-provider neutral lang="en"><reper-hotline></reper-hotline></reper-provider>`);
      const el = wrap.querySelector('reper-hotline')!;
      await el.updateComplete;
      expect(shadowText(el)).to.include('Need to talk to someone?');
    });
  });

  describe('language resolution', () => {
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));

    it('uses its own lang first, then the closest [lang] ancestor, then <html lang>, then ro', async () => {
      document.documentElement.setAttribute('lang', 'hu');
      const wrap = await fixture(html`<div lang="uk">
        <reper-hotline id="own" lang="en"></reper-hotline>
        <reper-hotline id="ancestor"></reper-hotline>
      </div>`);
      const own = wrap.querySelector<ReperHotlineElement>('#own')!;
      const ancestor = wrap.querySelector<ReperHotlineElement>('#ancestor')!;
      await own.updateComplete;
      expect(shadowText(own)).to.include('Free, 24/7');
      expect(shadowText(ancestor)).to.include('Безкоштовно');

      const bare = await fixture<ReperHotlineElement>(html`<reper-hotline></reper-hotline>`);
      expect(shadowText(bare)).to.include('Ingyenes');

      document.documentElement.removeAttribute('lang');
      await new Promise((r) => setTimeout(r));
      await bare.updateComplete;
      expect(shadowText(bare)).to.include('Gratuit, 24/7');
    });

    it('skips languages it does not ship and accepts region subtags', async () => {
      document.documentElement.setAttribute('lang', 'hu-HU');
      const wrap = await fixture(html`<div lang="de"><reper-hotline></reper-hotline></div>`);
      const el = wrap.querySelector('reper-hotline')!;
      await el.updateComplete;
      expect(shadowText(el)).to.include('Ingyenes');
    });

    it('re-renders when lang changes on itself or an ancestor', async () => {
      const wrap = await fixture(html`<div lang="ro"><reper-hotline></reper-hotline></div>`);
      const el = wrap.querySelector('reper-hotline')!;
      expect(shadowText(el)).to.include('Gratuit');
      wrap.setAttribute('lang', 'uk');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(shadowText(el)).to.include('Безкоштовно');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(shadowText(el)).to.include('Free, 24/7');
    });
  });

  it('lets the page override any string', async () => {
    registerTranslations('en', 'hotline', { title: 'Our school supports you.' });
    const el = await hotline('en');
    expect(shadowText(el)).to.include('Our school supports you.');
    registerTranslations('en', 'hotline', { title: 'Domestic violence? You are not alone.' });
  });

  it('takes a theme token override', async () => {
    const wrap = await fixture(html`<div lang="ro">
      <reper-hotline></reper-hotline>
    </div>`);
    const el = wrap.querySelector('reper-hotline')!;
    const base = () => el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base()).backgroundColor).to.equal('rgb(74, 31, 110)');
    el.style.setProperty('--reper-color-brand', 'rgb(0, 80, 40)');
    expect(getComputedStyle(base()).backgroundColor).to.equal('rgb(0, 80, 40)');
    el.style.setProperty('--reper-hotline-background', 'rgb(10, 20, 30)');
    expect(getComputedStyle(base()).backgroundColor).to.equal('rgb(10, 20, 30)');
  });

  it('hides its fallback content once upgraded, and the fallback itself is a working link', async () => {
    const wrap = await fixture(html`<div lang="ro">
      <reper-hotline><a id="fb" href="tel:0800500333">0800 500 333</a></reper-hotline>
    </div>`);
    const fb = wrap.querySelector<HTMLAnchorElement>('#fb')!;
    expect(fb.getAttribute('href')).to.equal('tel:0800500333');
    // Not slotted: the shadow root replaces it, so the number is not shown twice.
    expect(fb.getBoundingClientRect().height).to.equal(0);
  });

  it('fits 320 px without horizontal overflow', async () => {
    for (const variant of VARIANTS) {
      const wrap = await fixture(html`<div lang="ro" style="width: 320px"><reper-hotline variant=${variant} audience="children"></reper-hotline></div>`);
      const el = wrap.querySelector('reper-hotline')!;
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.scrollWidth, variant).to.be.at.most(320);
    }
  });
});

describe('<reper-provider> defined after its children', () => {
  it('still reaches elements that upgraded first', async () => {
    const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
    const { ReperProviderElement } = await import('../../../src/components/provider/provider.component.js');
    const wrap = await fixture(html`<div></div>`);
    const late = document.createElement(tag);
    late.setAttribute('neutral', '');
    late.setAttribute('lang', 'en');
    late.append(document.createElement('reper-hotline'));
    wrap.append(late);
    const hl = late.querySelector('reper-hotline')!;
    await hl.updateComplete;
    expect(shadowText(hl)).to.include('Domestic violence');
    customElements.define(tag, class extends ReperProviderElement {});
    await new Promise((r) => setTimeout(r, 0));
    await hl.updateComplete;
    expect(shadowText(hl)).to.include('Need to talk to someone?');
  });
});

describe('<reper-hotline> on a kiosk', () => {
  it('shows the numbers as text, not as links a shared screen cannot follow', async () => {
    const { ContextProvider } = await import('@lit/context');
    const { settingsContext } = await import('../../../src/internal/context.js');
    const host = await fixture<HTMLDivElement>(html`<div lang="ro"></div>`);
    new ContextProvider(host, { context: settingsContext, initialValue: { neutral: false, mapProvider: 'none', timeZone: 'Europe/Bucharest', kiosk: true } });
    const el = document.createElement('reper-hotline');
    el.setAttribute('audience', 'children');
    host.append(el);
    await el.updateComplete;
    expect(links(el)).to.have.length(0);
    const text = shadowText(el);
    for (const n of ['0800 500 333', '112', '119', '116 111']) expect(text).to.include(n);
  });
});

describe('<reper-hotline> in print', () => {
  afterEach(async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ media: 'screen' });
  });

  it('prints black on white with a border, whatever the theme', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const el = await hotline('ro');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    const number = el.shadowRoot!.querySelector('[part="number"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(74, 31, 110)');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(base).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(number).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(base).borderTopStyle).to.equal('solid');
  });
});
