import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/qr.js';
import type { ReperQrElement } from '../../../src/qr.js';
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

async function qr(value: string, ecc = 'M', lang = 'en'): Promise<ReperQrElement> {
  const el = await fixture<ReperQrElement>(html`<reper-qr lang=${lang} value=${value} ecc=${ecc}></reper-qr>`);
  await settle(el);
  return el;
}

function rgb(el: ReperQrElement, selector: 'rect' | 'path'): string {
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
    const a = await fixture<ReperQrElement>(html`<reper-qr value="https://example.org/x"></reper-qr>`);
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
    async function themed(style: string): Promise<ReperQrElement> {
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
    it('checks its colours again when the colour scheme changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>
          @media (prefers-color-scheme: dark) {
            .themed { --reper-qr-dark: #e0e0e0; --reper-qr-light: #121212; }
          }
        </style>
        <div class="themed">
          <reper-qr lang="en" value="https://example.org/ajutor"></reper-qr>
        </div>
      </div>`);
      const el = wrapper.querySelector('reper-qr')!;
      await emulateMedia({ colorScheme: 'light' });
      await settle(el);
      expect(rgb(el, 'path')).to.equal('rgb(0, 0, 0)');
      try {
        // Dark theme tokens (light modules on dark): unusable, so black on white stays.
        await emulateMedia({ colorScheme: 'dark' });
        // The media query's change event comes with the next rendering step.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await settle(el);
        expect(getComputedStyle(el).getPropertyValue('--reper-qr-dark').trim()).to.equal('#e0e0e0');
        expect(rgb(el, 'path')).to.equal('rgb(0, 0, 0)');
        expect(rgb(el, 'rect')).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

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
    const el = await fixture<ReperQrElement>(
      html`<reper-qr lang="ro" value="https://example.org/ajutor" label="Scanează pentru ajutor"></reper-qr>`,
    );
    const caption = el.shadowRoot!.querySelector('figcaption')!;
    expect(caption.textContent).to.equal('Scanează pentru ajutor');
    expect(caption.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('sizes the code from `size` in pixels or as a CSS length', async () => {
    const a = await fixture<ReperQrElement>(html`<reper-qr value="https://example.org/" size="200"></reper-qr>`);
    expect(a.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.closeTo(200, 0.5);
    const b = await fixture<ReperQrElement>(html`<reper-qr value="https://example.org/" size="4cm"></reper-qr>`);
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
    const el = await fixture<ReperQrElement>(html`<reper-qr></reper-qr>`);
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
        const el = await fixture<ReperQrElement>(
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
  const perModule = (el: ReperQrElement) => {
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
        const el = await fixture<ReperQrElement>(html`<reper-qr value=${LONG} ecc=${ecc} size=${size}></reper-qr>`);
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

  it('fits a new value again: a short value made long still has 2 px per module', async () => {
    const el = await fixture<ReperQrElement>(html`<reper-qr value="tel:112" ecc="H" size="60"></reper-qr>`);
    await settle(el);
    el.value = LONG;
    await settle(el);
    expect(perModule(el), 'CSS px per module').to.be.at.least(2);
    const { image } = await rasterise(el, Math.ceil(perModule(el)));
    const { default: jsQR } = await import('jsqr');
    expect(jsQR(image.data, image.width, image.height)?.data).to.equal(LONG);
  });

  it('keeps the requested level when the code is large enough', async () => {
    const el = await fixture<ReperQrElement>(html`<reper-qr value="https://example.org/" ecc="H" size="300"></reper-qr>`);
    await settle(el);
    const high = el.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width;
    const low = await fixture<ReperQrElement>(html`<reper-qr value="https://example.org/" ecc="L" size="300"></reper-qr>`);
    await settle(low);
    expect(high).to.be.greaterThan(low.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width);
  });
});

describe('<reper-qr> reads the page as little as it can', () => {
  // Reading a computed style or a size makes the browser bring its style or layout up to date
  // there and then. A kiosk-layout finder draws a code per result, so a read too many per code
  // is a pass over the page too many per code, which a slow phone feels.
  const LONG = 'https://servicii-sociale.primaria-exemplu.ro/sprijin/violenta-domestica/servicii-locale?limba=ro&judet=cluj#lista';
  const isCode = (node: unknown): node is HTMLElement => node instanceof HTMLElement && node.localName === 'reper-qr';
  const codeOf = (node: Element): Element | undefined => {
    const root = node.getRootNode();
    return root instanceof ShadowRoot && isCode(root.host) ? root.host : undefined;
  };

  /**
   * Records, while `body` runs, each read of a code's theme and size, with the number of timer
   * callbacks run before it: reads made in different timer tasks get different numbers.
   */
  async function reads(body: () => Promise<void>) {
    const log: Array<{ kind: 'theme' | 'size'; code: Element; task: number }> = [];
    let task = 0;
    const { getComputedStyle: gcs, setTimeout: timeout } = window;
    const rect = Element.prototype.getBoundingClientRect;
    window.getComputedStyle = function (el: Element, pseudo?: string | null) {
      if (isCode(el)) log.push({ kind: 'theme', code: el, task });
      return gcs.call(window, el, pseudo);
    };
    // Each timer callback counts as a task of its own.
    const counted = (fn: TimerHandler, ms?: number) =>
      timeout(() => {
        task += 1;
        if (typeof fn === 'function') (fn as () => void)();
      }, ms);
    window.setTimeout = counted as unknown as typeof window.setTimeout;
    Element.prototype.getBoundingClientRect = function () {
      const code = this.localName === 'svg' ? codeOf(this) : undefined;
      if (code) log.push({ kind: 'size', code, task });
      return rect.call(this);
    };
    try {
      await body();
    } finally {
      window.getComputedStyle = gcs;
      window.setTimeout = timeout;
      Element.prototype.getBoundingClientRect = rect;
    }
    return log;
  }

  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 20));
  };

  it('does not read its theme or measure itself again when it re-draws after fitting itself', async () => {
    let reports = 0;
    const observer = new ResizeObserver(() => void (reports += 1));
    const log = await reads(async () => {
      const el = document.createElement('reper-qr');
      // 110 px: too fine at H (65 modules) and Q (61), fine at M (53): fitted without growing.
      Object.assign(el, { value: LONG, ecc: 'H', size: '110' });
      observer.observe(el);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await settle(el);
      await frames(3);
      await settle(el);
      // It did fit itself: drawn at a lower level than asked.
      const svgEl = el.shadowRoot!.querySelector('svg')!;
      const asked = (await fixture<ReperQrElement>(html`<reper-qr value=${LONG} ecc="H" size="600"></reper-qr>`)).shadowRoot!;
      expect(svgEl.viewBox.baseVal.width).to.be.lessThan(asked.querySelector('svg')!.viewBox.baseVal.width);
    });
    observer.disconnect();
    const first = log[0]?.code;
    const own = log.filter((r) => r.code === first);
    expect(own.filter((r) => r.kind === 'theme'), 'theme reads').to.have.length(1);
    expect(own.filter((r) => r.kind === 'size').length, 'measures, against size reports').to.be.at.most(reports);
  });

  it('reads the theme of codes drawn together in one task, not one task each', async () => {
    const log = await reads(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        ${Array.from({ length: 12 }, (_, i) => html`<reper-qr size="120" value=${`tel:07000000${String(i).padStart(2, '0')}`}></reper-qr>`)}
      </div>`);
      for (const el of wrapper.querySelectorAll('reper-qr')) await settle(el);
      await frames(2);
    });
    const themes = log.filter((r) => r.kind === 'theme');
    expect(new Set(themes.map((r) => r.code)).size, 'codes whose theme was read').to.equal(12);
    expect(new Set(themes.map((r) => r.task)).size, 'tasks that read a theme').to.equal(1);
    const sizes = log.filter((r) => r.kind === 'size');
    expect(new Set(sizes.map((r) => r.task)).size, 'tasks that measured a code').to.equal(1);
  });
});
