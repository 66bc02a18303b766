import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/poster.js';
import type { ReperPosterElement } from '../../../src/poster.js';
import type { ReperQrElement } from '../../../src/qr.js';
import { decode, settle } from '../qr/raster.js';

const ALL = 'ro,hu,en,uk';

async function poster(attrs: { langs?: string; size?: string; url?: string; neutral?: boolean; lang?: string } = {}) {
  const el = await fixture<ReperPosterElement>(html`<reper-poster
    lang=${attrs.lang ?? 'ro'}
    langs=${attrs.langs ?? ''}
    size=${attrs.size ?? 'A4'}
    url=${attrs.url ?? ''}
    ?neutral=${attrs.neutral ?? false}
  ></reper-poster>`);
  await el.updateComplete;
  const qr = el.shadowRoot!.querySelector('reper-qr')!;
  await settle(qr);
  return el;
}

const part = (el: ReperPosterElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const visibleText = (el: ReperPosterElement) => part(el, 'base').innerText;

/** True when nothing inside the sheet runs past its bottom edge (the sheet clips, it never grows). */
function fits(el: ReperPosterElement): boolean {
  const base = part(el, 'base');
  const bottom = base.getBoundingClientRect().bottom;
  const last = base.querySelector('.operator')!.getBoundingClientRect().bottom;
  return base.scrollHeight <= base.clientHeight + 1 && last <= bottom + 0.5;
}

describe('<reper-poster>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('shows the national helpline large, and 112, as phone links', async () => {
    const el = await poster();
    const number = part(el, 'number').querySelector('a')!;
    expect(number.textContent).to.equal('0800 500 333');
    expect(number.getAttribute('href')).to.equal('tel:0800500333');
    const emergency = part(el, 'emergency').querySelector('a')!;
    expect(emergency.textContent).to.equal('112');
    expect(emergency.getAttribute('href')).to.equal('tel:112');
    const numberSize = parseFloat(getComputedStyle(number).fontSize);
    const titleSize = parseFloat(getComputedStyle(part(el, 'title')).fontSize);
    expect(numberSize).to.be.greaterThan(titleSize);
  });

  it('says what the line offers and who may call', async () => {
    const el = await poster({ langs: 'en' });
    const text = visibleText(el);
    expect(text).to.contain('Free from any network, 24/7');
    expect(text).to.contain('Victims, witnesses and relatives can call.');
    expect(text).to.contain('In immediate danger? Call');
  });

  it('adds the short "what happens next" in every language only with `pathway`, and still fits the sheet', async () => {
    const plain = await poster({ langs: ALL });
    expect(plain.shadowRoot!.querySelector('[part="pathway"]')).to.equal(null);
    const el = await fixture<ReperPosterElement>(html`<reper-poster langs=${ALL} pathway></reper-poster>`);
    await el.updateComplete;
    const spans = [...el.shadowRoot!.querySelectorAll('[part="pathway"] > span')];
    expect(spans.map((s) => s.getAttribute('lang'))).to.deep.equal(['ro', 'hu', 'en', 'uk']);
    expect(spans[0].textContent).to.include('ordin de protecție provizoriu');
    expect(spans[2].textContent).to.include('provisional protection order');
    const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
    expect(base.scrollHeight).to.be.at.most(base.clientHeight + 1);
  });

  it('prints every listed language, in order, each marked with its lang', async () => {
    const el = await poster({ langs: 'hu, ro' });
    const spans = [...part(el, 'title').querySelectorAll('span')];
    expect(spans.map((s) => s.lang)).to.deep.equal(['hu', 'ro']);
    expect(spans[0].textContent).to.equal('Családon belüli erőszak? Nincs egyedül.');
    expect(spans[1].textContent).to.equal('Violență în familie? Nu ești singur(ă).');
    expect(part(el, 'base').lang).to.equal('hu');
  });

  it('ignores unknown and repeated languages and keeps at most four', async () => {
    const el = await poster({ langs: 'ro,xx,ro,hu,en,uk,de' });
    expect(el.languages).to.deep.equal(['ro', 'hu', 'en', 'uk']);
    expect(part(el, 'title').querySelectorAll('span')).to.have.length(4);
  });

  it("prints the element's own language when `langs` is not set", async () => {
    const el = await poster({ lang: 'uk' });
    expect(el.languages).to.deep.equal(['uk']);
    expect(part(el, 'title').textContent).to.contain('Ви не самі');
  });

  it('links its QR code to `url`, which decodes back exactly', async () => {
    const url = 'https://example.org/ajutor';
    const el = await poster({ url });
    const qr = el.shadowRoot!.querySelector<ReperQrElement>('reper-qr')!;
    expect(qr.value).to.equal(url);
    expect(await decode(qr)).to.equal(url);
    expect(part(el, 'qr').textContent).to.contain('example.org/ajutor');
  });

  it('dials the helpline from its QR code without a usable https: url', async () => {
    for (const url of ['', 'http://example.org/', 'javascript:alert(1)', 'not a url']) {
      const el = await poster({ url, langs: 'en' });
      const qr = el.shadowRoot!.querySelector<ReperQrElement>('reper-qr')!;
      expect(qr.value, url).to.equal('tel:0800500333');
      expect(await decode(qr)).to.equal('tel:0800500333');
      expect(part(el, 'qr').textContent).to.contain('Scan the code to call');
    }
  });

  describe('neutral wording', () => {
    const STIGMA = /violen|abuz|agresi|victim|erőszak|bántalm|áldozat|abuse|violence|victim|насильств|кривд|постражд/i;
    it('names neither violence nor abuse, in any language', async () => {
      const el = await poster({ langs: ALL, neutral: true });
      expect(visibleText(el)).to.not.match(STIGMA);
      expect(part(el, 'number').textContent).to.contain('0800 500 333');
      expect(part(el, 'emergency').textContent).to.contain('112');
    });
    it('is different from the standard wording (the check above can fail)', async () => {
      const el = await poster({ langs: ALL });
      expect(visibleText(el)).to.match(STIGMA);
    });
  });

  it("shows the institution's name and logo from slots, and no empty header without them", async () => {
    const el = await fixture<ReperPosterElement>(html`<reper-poster lang="ro">
      <span slot="institution">Spitalul Exemplu (sample)</span>
    </reper-poster>`);
    await el.updateComplete;
    const header = part(el, 'institution');
    expect(getComputedStyle(header).display).to.not.equal('none');
    const slot = header.querySelector<HTMLSlotElement>('slot[name="institution"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Spitalul Exemplu (sample)');

    const bare = await poster();
    expect(getComputedStyle(part(bare, 'institution')).display).to.equal('none');
  });

  it('fits itself to the sheet after its first size report, not in the task that renders it', async () => {
    // Fitting in updated() forced a style and layout pass of the whole loading page, per poster.
    // A first fit starts at 100 %, which clears the text scale (--_fit) on the sheet: count those.
    const proto = CSSStyleDeclaration.prototype;
    const real = proto.removeProperty;
    let fits = 0;
    proto.removeProperty = function (this: CSSStyleDeclaration, name: string) {
      if (name === '--_fit') fits++;
      return real.call(this, name);
    };
    try {
      const el = document.createElement('reper-poster') as ReperPosterElement;
      document.body.append(el);
      // lit's first update runs in microtasks of this task: wait for those, not for another task.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(el.shadowRoot!.querySelector('[part="number"]'), 'rendered').to.not.equal(null);
      expect(fits, 'fits in the rendering task').to.equal(0);
      await el.updateComplete;
      expect(fits, 'fitted once laid out').to.be.greaterThan(0);
      el.remove();
    } finally {
      proto.removeProperty = real;
    }
  });

  it('refits from the text scale in use (twice for no change) and jumps to the step an overflow points at, not one layout per step', async () => {
    // Each step tried is a style and layout pass of the poster; a late font, logo or QR code
    // triggers a refit, often with nothing changed.
    const el = await fixture<ReperPosterElement>(html`<div style="width: 320px">
      <reper-poster langs=${ALL} pathway url="https://example.org/ajutor/servicii"></reper-poster>
    </div>`).then((d) => d.querySelector('reper-poster')!);
    await el.updateComplete;
    const base = part(el, 'base');
    const scale = () => base.style.getPropertyValue('--_fit');
    const before = scale();
    expect(Number(before), 'the text is scaled down several steps').to.be.below(0.94);
    expect(fits(el)).to.equal(true);
    /** Refits the poster as a late image load (a slotted logo) does; returns the sheet's measures. */
    const refit = (): number => {
      const real = window.getComputedStyle;
      let measures = 0;
      window.getComputedStyle = function (node: Element, pseudo?: string | null) {
        if (node === base) measures++;
        return real.call(window, node, pseudo);
      };
      try {
        el.dispatchEvent(new Event('load'));
      } finally {
        window.getComputedStyle = real;
      }
      return measures;
    };
    expect(refit(), 'measures of the sheet').to.equal(2);
    expect(scale(), 'the same scale').to.equal(before);
    expect(fits(el)).to.equal(true);
    // From 100 %, it jumps to the step the overflow points at: fewer layouts than steps.
    const steps = Math.round((1 - Number(before)) / 0.03);
    base.style.removeProperty('--_fit');
    const layouts = refit();
    expect(scale(), 'the same scale').to.equal(before);
    expect(layouts, `measures of the sheet for ${steps} steps`).to.be.below(steps + 1).and.at.most(4);
    // From there it goes up when the text gets shorter, and down again to the same scale.
    el.langs = 'ro';
    await el.updateComplete;
    expect(Number(scale() || 1)).to.be.above(Number(before));
    expect(fits(el)).to.equal(true);
    el.langs = ALL;
    await el.updateComplete;
    expect(scale()).to.equal(before);
    expect(fits(el)).to.equal(true);
  });

  it('keeps the A4 (and A3) proportions: the sheet is 1 : √2', async () => {
    for (const size of ['A4', 'A3']) {
      const el = await poster({ size });
      const r = part(el, 'base').getBoundingClientRect();
      expect(r.height / r.width).to.be.closeTo(297 / 210, 0.01);
    }
  });

  describe('print', () => {
    it('sets the paper size with a named @page in the document, and removes it with the last poster', async () => {
      const el = await poster({ size: 'A3' });
      const rules = () =>
        document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSPageRule) as CSSPageRule[];
      const a3 = rules().find((r) => r.selectorText === 'reper-poster-a3');
      expect(a3, 'an @page reper-poster-a3 rule').to.exist;
      expect(a3!.style.getPropertyValue('size')).to.match(/A3/i);
      expect(getComputedStyle(el).getPropertyValue('page')).to.equal('reper-poster-a3');
      el.remove();
      expect(rules().find((r) => r.selectorText === 'reper-poster-a3')).to.equal(undefined);
    });

    it('is exactly the paper width in print', async () => {
      await emulateMedia({ media: 'print' });
      const a4 = await poster({ size: 'A4' });
      expect(a4.getBoundingClientRect().width).to.be.closeTo((210 / 25.4) * 96, 1);
      const a3 = await poster({ size: 'a3' });
      expect(a3.getBoundingClientRect().width).to.be.closeTo((297 / 25.4) * 96, 1);
    });

    for (const langs of ['ro', 'hu', 'en', 'uk', 'ro,hu', 'uk,en,hu', ALL, 'uk,hu,en,ro']) {
      for (const neutral of [false, true]) {
        it(`fits on the sheet in ${langs}${neutral ? ' (neutral)' : ''}`, async () => {
          await emulateMedia({ media: 'print' });
          const el = await fixture<ReperPosterElement>(html`<reper-poster langs=${langs} ?neutral=${neutral} url="https://example.org/ajutor/servicii">
            <span slot="institution">Școala Gimnazială „Exemplu” nr. 1, Cluj-Napoca (sample)</span>
          </reper-poster>`);
          await el.updateComplete;
          expect(fits(el)).to.equal(true);
        });
      }
    }

    it('the fit check fails on a sheet that overflows', async () => {
      const el = await poster({ langs: ALL });
      const extra = document.createElement('p');
      extra.style.height = '2000px';
      extra.style.flexShrink = '0';
      part(el, 'base').append(extra);
      expect(fits(el)).to.equal(false);
    });
  });

  it('fits on a 320 px wide screen and a 1080x1920 portrait screen', async () => {
    for (const [width, height] of [
      [320, 640],
      [1080, 1920],
    ]) {
      await setViewport({ width, height });
      const el = await poster({ langs: ALL });
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
      expect(fits(el)).to.equal(true);
    }
    await setViewport({ width: 800, height: 600 });
  });

  describe('accessibility', () => {
    for (const langs of ['ro', 'hu', 'en', 'uk', ALL]) {
      for (const neutral of [false, true]) {
        it(`has no axe violations in ${langs}${neutral ? ' (neutral)' : ''}`, async () => {
          const el = await poster({ langs, neutral, url: 'https://example.org/ajutor' });
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});

describe('<reper-poster> colours', () => {
  it("stays dark on white paper under a dark screen theme (it is paper, not the site's surface)", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div
      style="--reper-color-surface: #17141c; --reper-color-text: #f3eff8; --reper-color-brand: #d7b8ff; --reper-qr-dark: #eee; --reper-qr-light: #111"
    >
      <reper-poster langs="en"></reper-poster>
    </div>`);
    const el = wrapper.querySelector('reper-poster')!;
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(base).color).to.equal('rgb(29, 27, 32)');
    const qr = el.shadowRoot!.querySelector('reper-qr')!;
    await settle(qr);
    expect(getComputedStyle(qr.shadowRoot!.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
  });

  it('takes its brand from --reper-poster-brand', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--reper-poster-brand: #003366">
      <reper-poster langs="en"></reper-poster>
    </div>`);
    const el = wrapper.querySelector('reper-poster')!;
    await el.updateComplete;
    const number = el.shadowRoot!.querySelector<HTMLElement>('[part="number"]')!;
    expect(getComputedStyle(number).backgroundColor).to.equal('rgb(0, 51, 102)');
  });
});
