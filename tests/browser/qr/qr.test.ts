import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/qr.js';
import type { ReperQr } from '../../../src/qr.js';
import { trackingParams } from '../../../src/qr.js';
import { decode, rasterise, settle } from './raster.js';

const LEVELS = ['L', 'M', 'Q', 'H'] as const;
const VALUES = [
  'https://example.org/ajutor',
  'https://example.org/help/violenta-domestica?lang=hu#servicii',
  'tel:0800500333',
  'tel:112',
  'Ajutor gratuit, non-stop: sună la 0800 500 333. Șansă, țară, înțelegere, învățătoare.',
  'Segítség: hívja a 0800 500 333 számot. Árvíztűrő tükörfúrógép, őszintén, üzenet.',
  'Допомога: 0800 500 333, безкоштовно.',
];

async function qr(value: string, ecc = 'M', lang = 'en'): Promise<ReperQr> {
  const el = await fixture<ReperQr>(html`<reper-qr lang=${lang} value=${value} ecc=${ecc}></reper-qr>`);
  await settle(el);
  return el;
}

function rgb(el: ReperQr, selector: 'rect' | 'path'): string {
  const node = el.shadowRoot!.querySelector(selector)!;
  return getComputedStyle(node).fill;
}

describe('<reper-qr>', () => {
  describe('decodes back to its exact value', () => {
    for (const ecc of LEVELS) {
      for (const value of VALUES) {
        it(`${ecc}: ${value.slice(0, 40)}`, async () => {
          const el = await qr(value, ecc);
          expect(await decode(el)).to.equal(value);
        });
      }
    }
  });

  it('uses more modules at a higher error-correction level', async () => {
    const sides: number[] = [];
    for (const ecc of LEVELS) {
      const el = await qr('https://example.org/ajutor/servicii-locale', ecc);
      sides.push(el.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width);
    }
    expect(sides[3]).to.be.greaterThan(sides[0]);
  });

  it('defaults to M and treats an unknown level as M', async () => {
    const a = await fixture<ReperQr>(html`<reper-qr value="https://example.org/x"></reper-qr>`);
    const b = await qr('https://example.org/x', 'Z');
    expect(a.level).to.equal('M');
    expect(b.level).to.equal('M');
    expect(b.shadowRoot!.querySelector('path')!.getAttribute('d')).to.equal(
      a.shadowRoot!.querySelector('path')!.getAttribute('d'),
    );
  });

  it('keeps a light quiet zone of four modules on every side, and the symbol starts right after it', async () => {
    const el = await qr('https://example.org/ajutor', 'H');
    const { image, side, px } = await rasterise(el, 4);
    const at = (x: number, y: number) => image.data[(y * image.width + x) * 4];
    const band = 4 * px;
    for (let y = 0; y < side * px; y += 2) {
      for (let x = 0; x < side * px; x += 2) {
        const inQuiet = x < band || y < band || x >= (side - 4) * px || y >= (side - 4) * px;
        if (inQuiet) expect(at(x, y), `pixel ${x},${y}`).to.equal(255);
      }
    }
    // The top-left finder pattern's corner module is dark, right inside the quiet zone.
    expect(at(band + 1, band + 1)).to.equal(0);
  });

  describe('colours', () => {
    async function themed(style: string): Promise<ReperQr> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>
        <reper-qr lang="en" value="https://example.org/ajutor"></reper-qr>
      </div>`);
      const el = wrapper.querySelector('reper-qr')!;
      await settle(el);
      return el;
    }

    it('is black on white with no theme', async () => {
      const el = await qr('https://example.org/ajutor');
      expect(rgb(el, 'path')).to.equal('rgb(0, 0, 0)');
      expect(rgb(el, 'rect')).to.equal('rgb(255, 255, 255)');
    });

    it("uses the theme's colours when they are dark on light with enough contrast", async () => {
      const el = await themed('--reper-qr-dark: #1d3557; --reper-qr-light: #f1faee');
      expect(rgb(el, 'path')).to.equal('rgb(29, 53, 87)');
      expect(rgb(el, 'rect')).to.equal('rgb(241, 250, 238)');
      expect(await decode(el)).to.equal('https://example.org/ajutor');
    });

    const bad: Record<string, string> = {
      inverted: '--reper-qr-dark: #fff; --reper-qr-light: #000',
      'low contrast': '--reper-qr-dark: #666; --reper-qr-light: #999',
      'transparent background': '--reper-qr-dark: #000; --reper-qr-light: transparent',
      'translucent modules': '--reper-qr-dark: rgb(0 0 0 / 0.3); --reper-qr-light: #fff',
      'not a colour': '--reper-qr-dark: banana; --reper-qr-light: #fff',
      'dark theme tokens': '--reper-qr-dark: #e0e0e0; --reper-qr-light: #121212',
    };
    for (const [name, style] of Object.entries(bad)) {
      it(`falls back to black on white for a theme with ${name}`, async () => {
        const el = await themed(style);
        expect(rgb(el, 'path')).to.equal('rgb(0, 0, 0)');
        expect(rgb(el, 'rect')).to.equal('rgb(255, 255, 255)');
        expect(await decode(el)).to.equal('https://example.org/ajutor');
      });
    }
  });

  it('has an accessible name that says what the code opens', async () => {
    const cases: Array<[string, string, string]> = [
      ['https://example.org/ajutor/?utm_x=1', 'en', 'QR code that opens the page example.org/ajutor'],
      ['tel:0800500333', 'en', 'QR code that calls 0800500333'],
      ['tel:0800500333', 'ro', 'Cod QR care apelează numărul 0800500333'],
      ['mailto:ajutor@example.org?subject=x', 'en', 'QR code that writes an email to ajutor@example.org'],
      ['Sună la 112', 'hu', 'QR-kód ezzel a szöveggel: Sună la 112'],
    ];
    for (const [value, lang, name] of cases) {
      const el = await qr(value, 'M', lang);
      const svgEl = el.shadowRoot!.querySelector('svg')!;
      expect(svgEl.getAttribute('role')).to.equal('img');
      expect(svgEl.getAttribute('aria-label')).to.equal(name);
    }
  });

  it('shows its label as a visible caption', async () => {
    const el = await fixture<ReperQr>(
      html`<reper-qr lang="ro" value="https://example.org/ajutor" label="Scanează pentru ajutor"></reper-qr>`,
    );
    const caption = el.shadowRoot!.querySelector('figcaption')!;
    expect(caption.textContent).to.equal('Scanează pentru ajutor');
    expect(caption.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('sizes the code from `size` in pixels or as a CSS length', async () => {
    const a = await fixture<ReperQr>(html`<reper-qr value="https://example.org/" size="200"></reper-qr>`);
    expect(a.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.closeTo(200, 0.5);
    const b = await fixture<ReperQr>(html`<reper-qr value="https://example.org/" size="4cm"></reper-qr>`);
    expect(b.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.closeTo((4 / 2.54) * 96, 0.5);
  });

  it('never grows wider than its container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 120px"><reper-qr value="https://example.org/" size="400"></reper-qr></div>`,
    );
    const svgEl = wrapper.querySelector('reper-qr')!.shadowRoot!.querySelector('svg')!;
    expect(svgEl.getBoundingClientRect().width).to.be.at.most(120);
  });

  it('shows a message instead of a broken code when the value is too long', async () => {
    const el = await qr('x'.repeat(3000), 'H');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('too long');
  });

  it('renders nothing but its base with no value', async () => {
    const el = await fixture<ReperQr>(html`<reper-qr></reper-qr>`);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.exist;
  });

  it('re-renders when the value changes', async () => {
    const el = await qr('tel:112');
    el.value = 'tel:0800500333';
    await settle(el);
    expect(await decode(el)).to.equal('tel:0800500333');
  });

  describe('tracking parameters', () => {
    it('finds utm_*, fbclid, gclid and mc_eid', () => {
      expect(
        trackingParams('https://example.org/a?utm_source=poster&utm_medium=print&fbclid=1&gclid=2&mc_eid=3&q=ok'),
      ).to.deep.equal(['utm_source', 'utm_medium', 'fbclid', 'gclid', 'mc_eid']);
      expect(trackingParams('https://example.org/a?lang=ro&page=2')).to.deep.equal([]);
      expect(trackingParams('tel:0800500333')).to.deep.equal([]);
    });

    it('warns in development when the URL carries them', async () => {
      const original = console.warn;
      const messages: string[] = [];
      console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
      try {
        await qr('https://example.org/ajutor?utm_source=afis-spital&fbclid=abc');
        await qr('https://example.org/ajutor?lang=ro');
      } finally {
        console.warn = original;
      }
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('utm_source').and.to.contain('fbclid');
    });
  });

  describe('accessibility', () => {
    for (const lang of ['ro', 'hu', 'en', 'uk']) {
      it(`has no axe violations in ${lang}`, async () => {
        const el = await fixture<ReperQr>(
          html`<reper-qr lang=${lang} value="https://example.org/ajutor" label="0800 500 333"></reper-qr>`,
        );
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('draws real SVG elements with crisp edges', async () => {
    const el = await qr('https://example.org/ajutor');
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    expect(svgEl.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svgEl.querySelector('path')!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svgEl.getAttribute('shape-rendering')).to.equal('crispEdges');
  });
});

describe('<reper-qr> never draws a module under 2 CSS px', () => {
  const LONG = 'https://servicii-sociale.primaria-exemplu.ro/sprijin/violenta-domestica/servicii-locale?limba=ro&judet=cluj#lista';
  const perModule = (el: ReperQr) => {
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    return svgEl.getBoundingClientRect().width / svgEl.viewBox.baseVal.width;
  };

  // [ecc, size, whether that size is too small for the code as asked (a development warning)]
  const CASES = [['H', '60', true], ['M', '60', true], ['L', '40', true], ['H', '200', false], ['Q', '3rem', true]] as const;
  for (const [ecc, size, tooSmall] of CASES) {
    it(`a long URL at ${ecc}, size ${size}: ≥ 2 px per module, and it decodes at the size drawn`, async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...a: unknown[]) => void warnings.push(a.join(' '));
      try {
        const el = await fixture<ReperQr>(html`<reper-qr value=${LONG} ecc=${ecc} size=${size}></reper-qr>`);
        await settle(el);
        await new Promise((r) => requestAnimationFrame(r));
        await settle(el);
        const px = perModule(el);
        expect(px, 'CSS px per module').to.be.at.least(2);
        // jsQR on the pixels at the drawn size (rounded up to whole pixels per module).
        const { image } = await rasterise(el, Math.ceil(px));
        const { default: jsQR } = await import('jsqr');
        expect(jsQR(image.data, image.width, image.height)?.data).to.equal(LONG);
        expect(warnings.some((w) => /too small for this code/.test(w)), 'a development warning').to.equal(tooSmall);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('keeps the requested level when the code is large enough', async () => {
    const el = await fixture<ReperQr>(html`<reper-qr value="https://example.org/" ecc="H" size="300"></reper-qr>`);
    await settle(el);
    const high = el.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width;
    const low = await fixture<ReperQr>(html`<reper-qr value="https://example.org/" ecc="L" size="300"></reper-qr>`);
    await settle(low);
    expect(high).to.be.greaterThan(low.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width);
  });
});
