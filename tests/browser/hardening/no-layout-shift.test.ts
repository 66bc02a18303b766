import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ReperExitElement } from '../../../src/exit.js';

// The page must not move when Reper's elements upgrade over their fallback (themes/fallback.css)
// or when a feed arrives (Lighthouse CLS ≤ 0.02, DESIGN.md). Nothing of Reper is defined before
// the fallback is measured: each test imports the element module itself, after measuring.

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const rect = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width), height: Math.round(r.height) };
};

let root: HTMLDivElement | undefined;

before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/themes/fallback.css';
  const loaded = new Promise((r) => (link.onload = r));
  document.head.append(link);
  await loaded;
  document.body.style.margin = '0';
});

afterEach(() => {
  root?.remove();
  root = undefined;
});

after(() => setViewport({ width: 800, height: 600 }));

describe('fallback space: the quick exit', () => {
  // 412 px: the phone Lighthouse measures. (One width per page: once defined, the fallback rules are gone.)
  for (const width of [412]) {
    it(`at ${width} px a pasted exit holds the corner in its fallback as once it runs, and a second one keeps its place in the page`, async () => {
      await setViewport({ width, height: 823 });
      root = document.createElement('div');
      root.lang = 'ro';
      // As a CMS page: a header first, then content blocks an editor pasted two exits into.
      root.innerHTML = `
        <header style="height:120px">Site</header>
        <main>
          <p>Text before.</p>
          <reper-exit info shortcut="none"><a href="https://www.meteoromania.ro/">Ieși rapid</a></reper-exit>
          <p>Between.</p>
          <section><reper-exit shortcut="none" label="Ieși (a doua)"><a href="https://www.meteoromania.ro/">Ieși (a doua)</a></reper-exit></section>
          <p id="after">After.</p>
        </main>`;
      document.body.append(root);
      await frame();
      const [corner, second] = [...root.querySelectorAll('reper-exit')] as ReperExitElement[];
      const after = root.querySelector('#after')!;
      const before = { corner: rect(corner), second: rect(second), after: rect(after) };
      expect(getComputedStyle(corner).position, 'first pasted exit: fallback in the corner').to.equal('fixed');
      expect(getComputedStyle(second).position, 'second exit: fallback in the page').to.equal('static');

      await import('../../../src/exit.js');
      await Promise.all([corner.updateComplete, second.updateComplete]);
      await frame();
      expect(corner.hasAttribute('corner'), 'the first pasted exit takes the corner').to.equal(true);
      expect(second.hasAttribute('corner'), 'one corner per page').to.equal(false);
      const upgraded = { corner: rect(corner), second: rect(second), after: rect(after) };
      // The corner box: same top and height (a shift is a move of its top-left corner).
      expect(Math.abs(upgraded.corner.top - before.corner.top), `corner top ${before.corner.top} → ${upgraded.corner.top}`).to.be.at.most(2);
      expect(Math.abs(upgraded.corner.left - before.corner.left), `corner left ${before.corner.left} → ${upgraded.corner.left}`).to.be.at.most(2);
      expect(Math.abs(upgraded.second.top - before.second.top), 'second exit top').to.be.at.most(2);
      expect(Math.abs(upgraded.after.top - before.after.top), `text after the exits ${before.after.top} → ${upgraded.after.top}`).to.be.at.most(4);
      document.documentElement.style.paddingBottom = document.documentElement.style.scrollPaddingBottom = '';
    });
  }
});

describe('fallback space: the finder', () => {
  it('does not move its form when the provider\'s sample feed replaces the built-in lines (the notice comes with the results)', async () => {
    await setViewport({ width: 412, height: 823 });
    await import('../../../src/provider.js');
    await import('../../../src/finder.js');
    root = document.createElement('div');
    root.lang = 'ro';
    root.innerHTML = `<reper-provider><reper-finder></reper-finder></reper-provider>`;
    document.body.append(root);
    const provider = root.querySelector('reper-provider')!;
    const finder = root.querySelector('reper-finder')!;
    await finder.updateComplete;
    await frame();
    const form = () => finder.shadowRoot!.querySelector('form')!;
    const formBefore = rect(form());
    expect(finder.shadowRoot!.querySelector('[part="notice"]'), 'no notice on the built-in lines').to.equal(null);

    const loaded = new Promise((r) => provider.addEventListener('reper-directory-load', r, { once: true }));
    provider.setAttribute('src', '/examples/data/cluj-sample.json');
    await loaded;
    await finder.updateComplete;
    await frame();
    const notice = finder.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent, 'the sample notice').to.contain('Date de probă');
    expect(rect(form()).top, 'the form did not move').to.equal(formBefore.top);
    expect(notice.getBoundingClientRect().top, 'the notice stands under the form, with the results').to.be.greaterThan(form().getBoundingClientRect().bottom);
    const count = finder.shadowRoot!.querySelector('[part="count"]')!;
    expect(notice.getBoundingClientRect().bottom, 'before the count').to.be.at.most(count.getBoundingClientRect().top);
  });
});
